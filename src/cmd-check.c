/* caiji check: every flag of the season, one row per flag. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cmd.h"
#include "i18n.h"
#include "idcard.h"
#include "strbuf.h"
#include "text.h"
#include "xalloc.h"

enum cmd_check_format { CHECK_TEXT, CHECK_TSV, CHECK_CSV, CHECK_JSON };

struct cmd_check {
	enum cmd_check_format	 format;
	int			 show_id;
	long			 rows;
	long			 errors, warnings;
	char			*college;	/* text: the group being printed */
	long			 student;	/* text: the student being printed */
	int			 any_student;
};

/* A TSV cell: tabs and line breaks would break the row. */
static void
cmd_check_tsv(const char *s, int last)
{
	for (; *s != '\0'; s++)
		putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
	putchar(last ? '\n' : '\t');
}

/* A CSV cell for Excel/WPS: quoted when needed, formulas neutralised. */
static void
cmd_check_csv(const char *s, int last)
{
	int quote = strpbrk(s, ",\"\r\n") != NULL;

	if (quote)
		putchar('"');
	if (*s == '=' || *s == '+' || *s == '-' || *s == '@')
		putchar('\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	if (quote)
		putchar('"');
	fputs(last ? "\r\n" : ",", stdout);
}

static void
cmd_check_json_string(const char *key, const char *s, int last)
{
	printf("\"%s\":\"", key);
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20)
			printf("\\u%04x", *p);
		else
			putchar(*p);
	}
	fputs(last ? "\"" : "\",", stdout);
}

/* The detail, with the student's ID number masked unless asked for. */
static char *
cmd_check_detail(const struct cmd_check *cc, const struct check_row *r)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = r->detail, *hit;
	size_t n = strlen(r->id_number);
	char *mask;

	if (cc->show_id || n < 8)
		return xstrdup(r->detail);
	mask = idcard_mask(r->id_number);
	while ((hit = strstr(p, r->id_number)) != NULL) {
		strbuf_add(&sb, p, (size_t)(hit - p));
		strbuf_puts(&sb, mask);
		p = hit + n;
	}
	strbuf_puts(&sb, p);
	free(mask);
	return strbuf_detach(&sb);
}

static void
cmd_check_text(struct cmd_check *cc, const struct check_row *r)
{
	struct strbuf sb = STRBUF_INIT;
	const struct flag_info *fi;
	char *detail, *id, *safe;
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
	if (*detail != '\0')
		strbuf_printf(&sb, "  %s", detail);
	else if (fi != NULL)
		strbuf_printf(&sb, "  %s", _(fi->message));
	safe = text_sanitize(strbuf_str(&sb));
	printf("%s\n", safe);
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
	case CHECK_CSV:
		detail = cmd_check_detail(cc, r);
		void (*cell)(const char *, int) = cc->format == CHECK_TSV ? cmd_check_tsv :
		    cmd_check_csv;
		cell(r->seq, 0);
		cell(r->student_no, 0);
		cell(r->code, 0);
		cell(flag_severity_name(r->severity), 0);
		cell(detail, 1);
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
	else if (cc.format == CHECK_CSV)
		printf("\xef\xbb\xbfseq,student_no,code,severity,detail\r\n");
	else if (cc.format == CHECK_JSON)
		putchar('[');
	rc = check_each(db, &flt, cmd_check_row, &cc, &cause);
	free(cc.college);
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
