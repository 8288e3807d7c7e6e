/* SPDX-License-Identifier: MIT */
/*
 * caiji report chase: for each college, on its own page, the students who
 * must still do something and what, in plain words, for the college
 * secretary.  Errors only (warnings are in the flags report), and not the
 * export's own ALREADY_SUBMITTED, which is nothing a college can fix.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "report/report.h"
#include "util/xalloc.h"

int
report_chase(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_CSV, 0 },
		{ N_("Seq"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Student no."), 0, 12, REPORT_COL_BOTH, 0 },
		{ N_("Name"), 0, 8, REPORT_COL_BOTH, 0 },
		{ N_("Problem"), 0, 22, REPORT_COL_BOTH, 1 },
		{ N_("What to do"), 0, 26, REPORT_COL_BOTH, 1 },
	};
	sqlite3_stmt *st;
	struct report *r;
	char *last = NULL, *heading;
	int step;

	if ((st = report_flags_query(ctx, 1, 1, cause)) == NULL)
		return -1;
	r = report_new(_("Chase list"), 6, cols);
	report_set_empty(r, _("Nobody has anything left to fix."));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *college = db_column_text(st, 0);
		const char *code = db_column_text(st, 4);
		char *text = report_flag_text(ctx, code, db_column_text(st, 6));

		if (college == NULL)
			college = _("(no college)");
		if (last == NULL || strcmp(last, college) != 0) {
			free(last);
			last = xstrdup(college);
			heading = xasprintf(_("%s: students who must still act"), college);
			report_section(r, heading);
			free(heading);
		}
		report_add(r, college, db_column_text(st, 1), db_column_text(st, 2),
		    db_column_text(st, 3), text, report_flag_fix(code));
		free(text);
	}
	free(last);
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(ctx->db, _("cannot read the flags"));
		report_free(&r);
		return -1;
	}
	*out = r;
	return 0;
}
