/* SPDX-License-Identifier: MIT */
/* caiji check: every flag of the season, one row per flag. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "flag/check.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "util/out.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

enum cmd_check_format { CHECK_TEXT, CHECK_TSV, CHECK_CSV, CHECK_JSON };

struct cmd_check {
	enum cmd_check_format	 format;
	int			 show_id;
	long			 rows;
	long			 errors, warnings;
	char			*college;	/* text: the group being printed */
	long			 student;	/* text: the student being printed */
	int			 any_student;
	struct out_csv		*csv;		/* CHECK_CSV */
};

static void
cmd_check_json_string(const char *key, const char *s, int last)
{
	struct strbuf sb = STRBUF_INIT;

	out_json_string(&sb, s);
	printf("\"%s\":%s%s", key, strbuf_str(&sb), last ? "" : ",");
	strbuf_free(&sb);
}

/* The text form fits a terminal of this width. */
#define CHECK_COLUMNS 80

/*
 * Prints s (sanitised UTF-8) indented by indent columns and wrapped to
 * CHECK_COLUMNS by display width: at a space when there is one, else between
 * characters (Chinese has no spaces).
 */
static void
cmd_check_wrap(const char *s, int indent)
{
	mbstate_t ps;
	const char *p = s, *line = s, *space = NULL;
	int width = 0, w;
	size_t n;
	wchar_t wc;

	memset(&ps, 0, sizeof ps);
	while (*p != '\0') {
		n = mbrtowc(&wc, p, strlen(p), &ps);
		if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
			memset(&ps, 0, sizeof ps);
			n = 1;
			wc = L'?';
		}
		w = wcwidth(wc);
		if (w < 0)
			w = 1;
		if (wc == L' ')
			space = p;
		if (indent + width + w > CHECK_COLUMNS && p > line) {
			const char *end = space != NULL && space > line ? space : p;

			printf("%*s%.*s\n", indent, "", (int)(end - line), line);
			line = end == space ? end + 1 : end;
			space = NULL;
			p = line;
			width = 0;
			memset(&ps, 0, sizeof ps);
			continue;
		}
		width += w;
		p += n;
	}
	if (*line != '\0')
		printf("%*s%s\n", indent, "", line);
}

/* Appends s with every occurrence of id replaced by its mask. */
static char *
cmd_check_mask(const char *s, const char *id)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = s, *hit;
	size_t n = strlen(id);
	char *mask = idcard_mask(id);

	while ((hit = strstr(p, id)) != NULL) {
		strbuf_add(&sb, p, (size_t)(hit - p));
		strbuf_puts(&sb, mask);
		p = hit + n;
	}
	strbuf_puts(&sb, p);
	free(mask);
	return sb.s != NULL ? strbuf_detach(&sb) : xstrdup("");
}

/*
 * The detail, with the student's ID number masked unless asked for (and the
 * 18-digit form suggested for a 15-digit number, which holds the same digits).
 */
static char *
cmd_check_detail(const struct cmd_check *cc, const struct check_row *r)
{
	char *d, *up, *t;

	if (cc->show_id || strlen(r->id_number) < 8)
		return xstrdup(r->detail);
	d = cmd_check_mask(r->detail, r->id_number);
	if ((up = idcard_upgrade15(r->id_number)) != NULL) {
		t = cmd_check_mask(d, up);
		free(d);
		free(up);
		d = t;
	}
	return d;
}

static void
cmd_check_text(struct cmd_check *cc, const struct check_row *r)
{
	struct strbuf sb = STRBUF_INIT;
	const struct flag_info *fi;
	char *detail, *id, *safe;
	const char *text;
	int code = flag_lookup(r->code);

	if (cc->college == NULL || strcmp(cc->college, r->college) != 0) {
		free(cc->college);
		cc->college = xstrdup(r->college);
		safe = text_sanitize(*r->college != '\0' ? r->college : _("(no college)"));
		printf("%s%s\n", cc->rows > 0 ? "\n" : "", safe);
		free(safe);
		cc->any_student = 0;
	}
	if (!cc->any_student || cc->student != r->student_id || r->student_id == 0) {
		id = cc->show_id ? xstrdup(r->id_number) : idcard_mask(r->id_number);
		strbuf_puts(&sb, "  ");
		text_pad(&sb, *r->seq != '\0' ? r->seq : "----", 4, 0, 0);
		strbuf_puts(&sb, "  ");
		text_pad(&sb, r->student_no, 14, 0, 1);
		strbuf_puts(&sb, "  ");
		text_pad(&sb, r->name, 10, 0, 1);
		strbuf_puts(&sb, "  ");
		safe = text_sanitize(id);
		strbuf_puts(&sb, safe);
		free(safe);
		printf("%s\n", strbuf_str(&sb));
		strbuf_reset(&sb);
		free(id);
		cc->student = r->student_id;
		cc->any_student = 1;
	}
	fi = code >= 0 ? flag_info((enum flag_code)code) : NULL;
	detail = cmd_check_detail(cc, r);
	strbuf_puts(&sb, "        ");
	text_pad(&sb, r->severity == SEV_ERROR ? _("error") : _("warning"), 8, 0, 0);
	strbuf_puts(&sb, r->code);
	text = *detail != '\0' ? detail : fi != NULL ? _(fi->message) : "";
	safe = text_sanitize(text);
	if (text_width(strbuf_str(&sb)) + 2 + text_width(safe) <= CHECK_COLUMNS) {
		printf("%s  %s\n", strbuf_str(&sb), safe);
	} else {
		printf("%s\n", strbuf_str(&sb));
		cmd_check_wrap(safe, 10);
	}
	free(safe);
	free(detail);
	strbuf_free(&sb);
}

static int
cmd_check_row(void *arg, const struct check_row *r, char **cause)
{
	struct cmd_check *cc = arg;
	char *detail;

	(void)cause;
	if (r->severity == SEV_ERROR)
		cc->errors++;
	else
		cc->warnings++;
	switch (cc->format) {
	case CHECK_TEXT:
		cmd_check_text(cc, r);
		break;
	case CHECK_TSV:
		detail = cmd_check_detail(cc, r);
		out_tsv_cell(stdout, r->seq, 0);
		out_tsv_cell(stdout, r->student_no, 0);
		out_tsv_cell(stdout, r->code, 0);
		out_tsv_cell(stdout, flag_severity_name(r->severity), 0);
		out_tsv_cell(stdout, detail, 1);
		free(detail);
		break;
	case CHECK_CSV:
		detail = cmd_check_detail(cc, r);
		out_csv_cell(cc->csv, r->seq);
		out_csv_cell(cc->csv, r->student_no);
		out_csv_cell(cc->csv, r->code);
		out_csv_cell(cc->csv, flag_severity_name(r->severity));
		out_csv_cell(cc->csv, detail);
		out_csv_end_row(cc->csv);
		free(detail);
		break;
	case CHECK_JSON:
		detail = cmd_check_detail(cc, r);
		fputs(cc->rows > 0 ? ",\n {" : "\n {", stdout);
		cmd_check_json_string("seq", r->seq, 0);
		cmd_check_json_string("student_no", r->student_no, 0);
		cmd_check_json_string("name", r->name, 0);
		if (cc->show_id)
			cmd_check_json_string("id_number", r->id_number, 0);
		cmd_check_json_string("college", r->college, 0);
		cmd_check_json_string("cohort", r->cohort, 0);
		cmd_check_json_string("code", r->code, 0);
		cmd_check_json_string("severity", flag_severity_name(r->severity), 0);
		cmd_check_json_string("detail", detail, 0);
		cmd_check_json_string("source", r->source, 1);
		putchar('}');
		free(detail);
		break;
	}
	cc->rows++;
	return 0;
}

static int
cmd_check_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "college", required_argument, NULL, 'C' },
		{ "cohort", required_argument, NULL, 'c' },
		{ "format", required_argument, NULL, 'f' },
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	struct check_filter flt;
	struct cmd_check cc;
	char *cause = NULL;
	struct db *db;
	int c, rc;

	memset(&flt, 0, sizeof flt);
	memset(&cc, 0, sizeof cc);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'C': flt.college = optarg; break;
		case 'c': flt.cohort = optarg; break;
		case 'I': cc.show_id = 1; break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				cc.format = CHECK_TEXT;
			else if (strcmp(optarg, "tsv") == 0)
				cc.format = CHECK_TSV;
			else if (strcmp(optarg, "csv") == 0)
				cc.format = CHECK_CSV;
			else if (strcmp(optarg, "json") == 0)
				cc.format = CHECK_JSON;
			else {
				cmd_error(_("unknown format \"%s\"; use text, tsv, csv or json"), optarg);
				return CMD_FAIL;
			}
			break;
		default:
			return cmd_usage(&cmd_check_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_check_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (cc.format == CHECK_TSV)
		printf("seq\tstudent_no\tcode\tseverity\tdetail\n");
	else if (cc.format == CHECK_CSV) {
		static const char *const head[] = {
			"seq", "student_no", "code", "severity", "detail"
		};

		cc.csv = out_csv_new(stdout, OUT_UTF8_BOM, 1);
		for (size_t i = 0; i < 5; i++)
			out_csv_cell(cc.csv, head[i]);
		out_csv_end_row(cc.csv);
	}
	else if (cc.format == CHECK_JSON)
		putchar('[');
	rc = check_each(db, &flt, cmd_check_row, &cc, &cause);
	free(cc.college);
	if (cc.csv != NULL) {
		char *why = NULL;

		if (out_csv_free(&cc.csv, &why) != 0 && rc == 0) {
			rc = -1;
			cause = why;
		} else
			free(why);
	}
	if (rc != 0)
		return cmd_fail(cause);
	if (cc.format == CHECK_JSON)
		printf("%s]\n", cc.rows > 0 ? "\n" : "");
	else if (cc.format == CHECK_TEXT) {
		if (cc.rows > 0)
			putchar('\n');
		printf(_("%ld errors, %ld warnings\n"), cc.errors, cc.warnings);
	}
	return cc.errors > 0 ? CMD_PROBLEMS : CMD_OK;
}

const struct cmd_entry cmd_check_entry = {
	"check", NULL,
	N_("[--college NAME] [--cohort C] [--format text|tsv|csv|json] [--show-id]"),
	N_("list every problem found, one row per flag"),
	cmd_check_exec
};
