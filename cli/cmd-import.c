/* SPDX-License-Identifier: MIT */
/* caiji import: rosters (and the Xuexin reference) into the season. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/roster.h"
#include "util/text.h"
#include "util/xalloc.h"

/*
 * The lists are written to temporary files while the import runs and shown
 * only once it has succeeded: memory stays flat and a refused import shows
 * nothing but its reason.
 */
struct cmd_import_out {
	FILE	*files, *added, *changed, *unchanged, *absent;
};

static void
cmd_import_put(FILE *f, const char *s)
{
	char *t = text_sanitize(s != NULL && *s != '\0' ? s : "-");

	fputs(t, f);
	free(t);
}

static void
cmd_import_event(void *arg, const struct roster_event *ev)
{
	struct cmd_import_out *o = arg;
	FILE *f;

	switch (ev->kind) {
	case ROSTER_FILE:
		cmd_import_put(o->files, ev->file);
		fprintf(o->files, _(": %s, header on line %d, %ld rows\n"), ev->encoding, ev->line,
		    ev->rows);
		return;
	case ROSTER_ADDED: f = o->added; break;
	case ROSTER_CHANGED: f = o->changed; break;
	case ROSTER_UNCHANGED: f = o->unchanged; break;
	default: f = o->absent; break;
	}
	fputs("  ", f);
	if (ev->file != NULL) {
		cmd_import_put(f, ev->file);
		fprintf(f, ":%d  ", ev->line);
	}
	cmd_import_put(f, ev->student_no);
	fputs("  ", f);
	cmd_import_put(f, ev->name);
	if (ev->kind == ROSTER_CHANGED) {
		fputs("  ", f);
		cmd_import_put(f, ev->field);
		fputs(": ", f);
		cmd_import_put(f, ev->old_value);
		fputs(" → ", f);
		cmd_import_put(f, ev->new_value);
	}
	fputc('\n', f);
}

static void
cmd_import_copy(FILE *from)
{
	char buf[8192];
	size_t n;

	rewind(from);
	while ((n = fread(buf, 1, sizeof buf, from)) > 0)
		fwrite(buf, 1, n, stdout);
}

static int
cmd_import_reference(struct cmd_ctx *ctx, const char *file, enum csvread_encoding enc,
    int dry_run)
{
	struct roster_summary sum;
	char *cause = NULL;
	struct db *db;

	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (roster_import_reference(db, file, enc, dry_run, &sum, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Loaded %ld Xuexin reference records from %s (the previous reference was replaced)\n"),
	    sum.rows, file);
	printf(_("Roster flags now: %ld errors, %ld warnings (caiji check lists them)\n"),
	    sum.errors, sum.warnings);
	if (dry_run)
		printf(_("Dry run: nothing was changed.\n"));
	return sum.errors > 0 ? CMD_PROBLEMS : CMD_OK;
}

static int
cmd_import_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "cohort", required_argument, NULL, 'c' },
		{ "college", required_argument, NULL, 'C' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "reference", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	struct roster_options opt = { NULL, NULL, CSVREAD_AUTO, 0 };
	struct cmd_import_out o;
	struct roster_summary sum;
	const char *reference = NULL;
	char *cause = NULL;
	struct db *db;
	int c, e, rc = CMD_FAIL;

	while ((c = getopt_long(argc, argv, "n", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': opt.cohort = optarg; break;
		case 'C': opt.college = optarg; break;
		case 'n': opt.dry_run = 1; break;
		case 'r': reference = optarg; break;
		case 'e':
			if ((e = csvread_encoding_parse(optarg)) < 0) {
				cmd_error(_("unknown encoding \"%s\"; use auto, utf-8 or gb18030"),
				    optarg);
				return CMD_FAIL;
			}
			opt.encoding = (enum csvread_encoding)e;
			break;
		default:
			return cmd_usage(&cmd_import_entry);
		}
	}
	if (reference != NULL) {
		if (optind != argc || opt.cohort != NULL || opt.college != NULL)
			return cmd_usage(&cmd_import_entry);
		return cmd_import_reference(ctx, reference, opt.encoding, opt.dry_run);
	}
	if (optind == argc)
		return cmd_usage(&cmd_import_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;

	memset(&o, 0, sizeof o);
	if ((o.files = tmpfile()) == NULL || (o.added = tmpfile()) == NULL ||
	    (o.changed = tmpfile()) == NULL || (o.unchanged = tmpfile()) == NULL ||
	    (o.absent = tmpfile()) == NULL) {
		cmd_error(_("cannot create a temporary file"));
		goto out;
	}
	if (roster_import(db, (const char *const *)argv + optind, (size_t)(argc - optind), &opt,
	    cmd_import_event, &o, &sum, &cause) != 0) {
		rc = cmd_fail(cause);
		goto out;
	}
	cmd_import_copy(o.files);
	printf(_("Added %ld:\n"), sum.added);
	cmd_import_copy(o.added);
	printf(_("Changed %ld (field: old → new):\n"), sum.changed);
	cmd_import_copy(o.changed);
	printf(_("Unchanged %ld:\n"), sum.unchanged);
	cmd_import_copy(o.unchanged);
	printf(_("Not in the files %ld (kept, not deleted):\n"), sum.absent);
	cmd_import_copy(o.absent);
	printf(_("%ld rows read, %ld values normalised\n"), sum.rows, sum.normalised);
	printf(_("Roster flags now: %ld errors, %ld warnings (caiji check lists them)\n"),
	    sum.errors, sum.warnings);
	if (opt.dry_run)
		printf(_("Dry run: nothing was changed.\n"));
	rc = sum.errors > 0 ? CMD_PROBLEMS : CMD_OK;
out:
	if (o.files != NULL) fclose(o.files);
	if (o.added != NULL) fclose(o.added);
	if (o.changed != NULL) fclose(o.changed);
	if (o.unchanged != NULL) fclose(o.unchanged);
	if (o.absent != NULL) fclose(o.absent);
	return rc;
}

const struct cmd_entry cmd_import_entry = {
	"import", NULL,
	N_("[--cohort C] [--college NAME] [--encoding auto|utf-8|gb18030] [--dry-run] FILE...\n"
	   "       import --reference FILE [--encoding E] [--dry-run]"),
	N_("read roster CSV files (or the Xuexin reference) into the season and check every row"),
	cmd_import_exec
};
