/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cmd-out.h"
#include "util/i18n.h"
#include "db/settings.h"
#include "util/xalloc.h"

int
cmd_out_format(const char *arg, enum cmd_format *f)
{
	if (strcmp(arg, "text") == 0)
		*f = CMD_FORMAT_TEXT;
	else if (strcmp(arg, "csv") == 0)
		*f = CMD_FORMAT_CSV;
	else {
		cmd_error(_("unknown format \"%s\"; use text or csv"), arg);
		return -1;
	}
	return 0;
}

static int
cmd_out_csv(const struct table *t)
{
	struct out_csv *csv = out_csv_new(stdout, OUT_UTF8_BOM, 1);
	char *cause = NULL;

	table_render_csv(t, csv);
	if (out_csv_free(&csv, &cause) != 0)
		return cmd_fail(cause);
	return CMD_OK;
}

int
cmd_out_table(const struct table *t, enum cmd_format f)
{
	struct strbuf head = STRBUF_INIT, body = STRBUF_INIT;

	if (f == CMD_FORMAT_CSV)
		return cmd_out_csv(t);
	table_render_text(t, &head, &body);
	fputs(strbuf_str(&head), stdout);
	fputs(strbuf_str(&body), stdout);
	strbuf_free(&head);
	strbuf_free(&body);
	return CMD_OK;
}

int
cmd_out_lines_per_page(struct db *db)
{
	char *v = settings_get(db, "report_lines_per_page");
	int n = v != NULL ? atoi(v) : 0;

	free(v);
	return n >= 10 && n <= 1000 ? n : 60;
}

int
cmd_out_report(struct db *db, const char *title, const struct table *t, const char *footer,
    const struct report_opts *o)
{
	struct report_opts to_stdout = *o;
	char *cause = NULL;

	to_stdout.to = stdout;
	if (report_emit_table(db, &to_stdout, title, t, footer, &cause) != 0)
		return cmd_fail(cause);
	if (o->print)
		fprintf(stderr, "%s\n", _("Sent to the printer."));
	return CMD_OK;
}

int
cmd_out_doc(struct db *db, const struct doc *d, int show_id, enum cmd_format f)
{
	struct strbuf out = STRBUF_INIT;

	if (f == CMD_FORMAT_CSV) {
		struct out_csv *csv = out_csv_new(stdout, OUT_UTF8_BOM, 1);
		char *cause = NULL;

		doc_render_csv(d, show_id, csv);
		if (out_csv_free(&csv, &cause) != 0)
			return cmd_fail(cause);
		return CMD_OK;
	}
	doc_render_text(d, show_id, cmd_out_lines_per_page(db), &out);
	fputs(strbuf_str(&out), stdout);
	strbuf_free(&out);
	return CMD_OK;
}

int
cmd_out_show_doc(struct cmd_ctx *ctx, int argc, char **argv, const struct cmd_entry *self,
    struct doc *(*load)(struct db *, const char *number, char **cause))
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	struct doc *d;
	char *cause = NULL;
	struct db *db;
	int c, rc, show_id = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'I': show_id = 1; break;
		case 'f':
			if (cmd_out_format(optarg, &fmt) != 0)
				return CMD_FAIL;
			break;
		default:
			return cmd_usage(self);
		}
	}
	if (optind != argc - 1)
		return cmd_usage(self);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((d = load(db, argv[optind], &cause)) == NULL)
		return cmd_fail(cause);
	rc = cmd_out_doc(db, d, show_id, fmt);
	doc_free(&d);
	return rc;
}
