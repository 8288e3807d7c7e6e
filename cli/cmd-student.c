/* SPDX-License-Identifier: MIT */
/* caiji student show|set: one student, and the single edit path. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flag/check.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "util/strbuf.h"
#include "roster/student.h"
#include "util/text.h"
#include "roster/validate.h"
#include "util/xalloc.h"

extern const struct cmd_entry cmd_student_show_entry, cmd_student_set_entry;

static void
cmd_student_line(const char *label, const char *value)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_puts(&sb, "  ");
	text_pad(&sb, label, 18, 0, 0);
	text_pad(&sb, value, 58, 0, 1);
	printf("%s\n", strbuf_str(&sb));
	strbuf_free(&sb);
}

static int
cmd_student_flag(void *arg, const struct check_row *r, char **cause)
{
	char *safe;

	(void)arg;
	(void)cause;
	safe = text_sanitize(r->detail);
	printf("  %-8s %s  %s\n", r->severity == SEV_ERROR ? _("error") : _("warning"), r->code,
	    safe);
	free(safe);
	return 0;
}

static int
cmd_student_print(struct db *db, long id, int show_id)
{
	struct check_filter flt;
	struct student *s;
	char *cause = NULL, *idn, where[32];

	if ((s = student_load(db, id, &cause)) == NULL)
		return cmd_fail(cause);
	idn = show_id ? xstrdup(s->id_number) : idcard_mask(s->id_number);
	cmd_student_line(validate_field_label("seq"), s->seq);
	cmd_student_line(validate_field_label("student_no"), s->student_no);
	cmd_student_line(validate_field_label("name"), s->name);
	cmd_student_line(validate_field_label("gender"), s->gender);
	cmd_student_line(validate_field_label("id_number"), idn);
	cmd_student_line(validate_field_label("id_type"), s->id_type);
	cmd_student_line(validate_field_label("institution_code"), s->institution_code);
	cmd_student_line(validate_field_label("institution_name"), s->institution_name);
	cmd_student_line(validate_field_label("major"), s->major);
	cmd_student_line(validate_field_label("level"), s->level);
	cmd_student_line(validate_field_label("college"), s->college);
	cmd_student_line(validate_field_label("cohort"), s->cohort);
	cmd_student_line(_("other columns"), s->extra);
	snprintf(where, sizeof where, ":%d", s->source_line);
	{
		char *src = xasprintf("%s%s", s->source_file, *s->source_file != '\0' ? where : "");

		cmd_student_line(_("from"), src);
		free(src);
	}
	free(idn);
	memset(&flt, 0, sizeof flt);
	flt.student_id = id;
	printf(_("Flags:\n"));
	if (check_each(db, &flt, cmd_student_flag, NULL, &cause) != 0) {
		student_free(&s);
		return cmd_fail(cause);
	}
	student_free(&s);
	return CMD_OK;
}

static int
cmd_student_show_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	char *cause = NULL;
	struct db *db;
	long id;
	int c, show_id = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'I')
			return cmd_usage(&cmd_student_show_entry);
		show_id = 1;
	}
	if (argc - optind != 1)
		return cmd_usage(&cmd_student_show_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((id = student_find(db, argv[optind], &cause)) == 0)
		return cmd_fail(cause);
	if (show_id && db_audit(db, "reveal-id", "student", argv[optind], "id_number", NULL,
	    NULL, &cause) != 0)
		return cmd_fail(cause);
	return cmd_student_print(db, id, show_id);
}

static int
cmd_student_set_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	char *cause = NULL;
	struct db *db;
	long id;

	if (argc != 4 || argv[1][0] == '-')
		return cmd_usage(&cmd_student_set_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((id = student_find(db, argv[1], &cause)) == 0)
		return cmd_fail(cause);
	if (student_set_field(db, id, argv[2], argv[3], &cause) != 0)
		return cmd_fail(cause);
	return cmd_student_print(db, id, 0);
}

const struct cmd_entry cmd_student_show_entry = {
	"show", NULL,
	N_("[--show-id] SEQ|STUDENT_NO"),
	N_("show a student's fields and flags"),
	cmd_student_show_exec
};

const struct cmd_entry cmd_student_set_entry = {
	"set", NULL,
	N_("SEQ|STUDENT_NO FIELD VALUE"),
	N_("correct one field of a student (normalised, audited, revalidated)"),
	cmd_student_set_exec
};

static const struct cmd_entry *const cmd_student_table[] = {
	&cmd_student_show_entry,
	&cmd_student_set_entry,
	NULL
};

static int
cmd_student_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_student_table, "student", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_student_entry = {
	"student", NULL,
	N_("show|set ..."),
	N_("show or correct one student"),
	cmd_student_exec,
	CMD_FAMILY
};
