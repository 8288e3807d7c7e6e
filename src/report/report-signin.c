/* SPDX-License-Identifier: MIT */
/*
 * caiji report signin: the sign-in sheet for the on-site day, one page per
 * college, every student of an on-site cohort (mode 'onsite') with a box to
 * sign in.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "report/report.h"
#include "db/settings.h"
#include "util/xalloc.h"

int
report_signin(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_CSV, 0 },
		{ N_("Seq"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Student no."), 0, 12, REPORT_COL_BOTH, 0 },
		{ N_("Name"), 0, 8, REPORT_COL_BOTH, 0 },
		{ N_("Gender"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("ID number"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Major"), 0, 0, REPORT_COL_CSV, 0 },
		{ N_("Signature"), 0, 0, REPORT_COL_TEXT, 0 },
	};
	sqlite3_stmt *st;
	struct report *r;
	char *last = NULL, *day, *title, *heading;
	int step;

	st = db_prepare(ctx->db, "SELECT c.name, s.seq, s.student_no, s.name, s.gender,"
	    " s.id_number, s.major"
	    " FROM students s JOIN cohorts k ON k.id = s.cohort_id"
	    " LEFT JOIN colleges c ON c.id = s.college_id"
	    " WHERE k.mode = 'onsite' AND (?1 = 0 OR s.college_id = ?1)"
	    "  AND (?2 = 0 OR s.cohort_id = ?2)"
	    " ORDER BY coalesce(c.seq_first, 100000), s.seq, s.student_no, s.id", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, ctx->college != NULL ? ctx->college->id : 0);
	sqlite3_bind_int(st, 2, ctx->cohort_id);
	day = settings_get_default(ctx->db, "onsite_date", "");
	title = xasprintf(_("On-site sign-in sheet %s"), day);
	r = report_new(title, 8, cols);
	free(title);
	free(day);
	report_set_empty(r, _("No student belongs to an on-site cohort."));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *college = db_column_text(st, 0);
		char *id = report_id(ctx, db_column_text(st, 5));

		if (college == NULL)
			college = _("(no college)");
		if (last == NULL || strcmp(last, college) != 0) {
			free(last);
			last = xstrdup(college);
			heading = xasprintf(_("%s: sign when photographed"), college);
			report_section(r, heading);
			free(heading);
		}
		report_add(r, college, db_column_text(st, 1), db_column_text(st, 2),
		    db_column_text(st, 3), db_column_text(st, 4), id,
		    db_column_text(st, 6), "________________");
		free(id);
	}
	free(last);
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(ctx->db, _("cannot read the students"));
		report_free(&r);
		return -1;
	}
	*out = r;
	return 0;
}
