/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* The top-level commands, in the order --help lists them. */
const struct cmd_entry *const cmd_table[] = {
	&cmd_init_entry,
	&cmd_rules_entry,
	&cmd_photo_entry,
	&cmd_photos_entry,
	&cmd_import_entry,
	&cmd_check_entry,
	&cmd_seq_entry,
	&cmd_student_entry,
	&cmd_demo_entry,
	&cmd_order_entry,
	&cmd_receipt_entry,
	&cmd_invoice_entry,
	&cmd_fees_entry,
	&cmd_report_entry,
	&cmd_checkin_entry,
	&cmd_tui_entry,
	&cmd_backup_entry,
	&cmd_restore_entry,
	&cmd_export_entry,
	&cmd_resubmit_entry,
	NULL
};

void
cmd_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("caiji: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cmd_fail(char *cause)
{
	cmd_error("%s", cause != NULL ? cause : _("unknown error"));
	free(cause);
	return CMD_FAIL;
}

struct db *
cmd_db(struct cmd_ctx *ctx, int create)
{
	char *cause = NULL;

	if (ctx->db != NULL)
		return ctx->db;
	/* the XDG folder is made for a season being created, never just to look */
	if (create && ctx->db_default && fsmode_mkdirs(ctx->db_path, &cause) != 0) {
		cmd_fail(cause);
		return NULL;
	}
	ctx->db = db_open(ctx->db_path, create ? DB_CREATE : 0, &cause);
	if (ctx->db == NULL)
		cmd_fail(cause);
	return ctx->db;
}

void
cmd_remove_db(struct cmd_ctx *ctx)
{
	db_free(&ctx->db);
	db_remove_files(ctx->db_path);
}

static const struct cmd_entry *
cmd_find(const struct cmd_entry *const *table, const char *name, int *ambiguous)
{
	const struct cmd_entry *found = NULL;
	size_t len = strlen(name);

	*ambiguous = 0;
	for (const struct cmd_entry *const *ep = table; *ep != NULL; ep++)
		if (strcmp((*ep)->name, name) == 0 ||
		    ((*ep)->alias != NULL && strcmp((*ep)->alias, name) == 0))
			return *ep;
	for (const struct cmd_entry *const *ep = table; *ep != NULL; ep++) {
		const struct cmd_entry *e = *ep;

		if (strncmp(e->name, name, len) != 0)
			continue;
		if (found != NULL) {
			*ambiguous = 1;
			return NULL;
		}
		found = e;
	}
	return found;
}

void
cmd_print_help(const struct cmd_entry *const *table, const char *family, FILE *f)
{
	fprintf(f, _("usage: caiji [--db FILE] %s%sCOMMAND [ARGS]\n\n"), family,
	    *family != '\0' ? " " : "");
	for (const struct cmd_entry *const *ep = table; *ep != NULL; ep++) {
		const struct cmd_entry *e = *ep;

		fprintf(f, "  %s%s%s %s\n", family, *family != '\0' ? " " : "", e->name,
		    *e->usage != '\0' ? _(e->usage) : "");
		fprintf(f, "      %s\n", _(e->summary));
	}
}

/* The family of the command being run ("order"), for its usage line. */
static const char *cmd_family = "";

/* Prints "usage: caiji [FAMILY] NAME ARGS" and the summary to f. */
static void
cmd_print_usage(const struct cmd_entry *e, FILE *f)
{
	fprintf(f, _("usage: caiji %s%s%s %s\n"), cmd_family, *cmd_family != '\0' ? " " : "",
	    e->name, *e->usage != '\0' ? _(e->usage) : "");
	fprintf(f, "  %s\n", _(e->summary));
}

int
cmd_usage(const struct cmd_entry *e)
{
	fflush(stdout);
	cmd_print_usage(e, stderr);
	return CMD_FAIL;
}

int
cmd_dispatch(const struct cmd_entry *const *table, const char *family, struct cmd_ctx *ctx,
    int argc, char **argv)
{
	const struct cmd_entry *e;
	int ambiguous;

	if (argc < 1 || strcmp(argv[0], "--help") == 0 || strcmp(argv[0], "-h") == 0 ||
	    strcmp(argv[0], "help") == 0) {
		cmd_print_help(table, family, argc < 1 ? stderr : stdout);
		return argc < 1 ? CMD_FAIL : CMD_OK;
	}
	e = cmd_find(table, argv[0], &ambiguous);
	if (e == NULL) {
		if (ambiguous)
			cmd_error(_("\"%s\" is ambiguous; see caiji %s --help"), argv[0], family);
		else
			cmd_error(_("unknown command \"%s\"; see caiji %s --help"), argv[0], family);
		return CMD_FAIL;
	}
	cmd_family = family;
	/* every command answers --help, whatever options it parses itself */
	if (!e->family && argc == 2 &&
	    (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		cmd_print_usage(e, stdout);
		return CMD_OK;
	}
	return e->exec(ctx, argc, argv);
}
