/* SPDX-License-Identifier: MIT */
/* caiji report flags: every flag, by college and sequence number. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "flag/flag.h"
#include "util/i18n.h"
#include "report/report.h"
#include "util/xalloc.h"

/*
 * Every flag with its student and college.  A photo that matches no student
 * belongs to the college whose block holds the seq in its name.  ?1 is the
 * college filter, ?2 the cohort filter (0: all); ?3 1 for errors only, ?4 1
 * to leave out the export pass's own flags.
 */
static const char report_flags_sql[] =
	"SELECT c.name, coalesce(s.seq, f.seq), coalesce(s.student_no, ''),"
	" coalesce(s.name, ''), f.code, f.severity, f.detail, s.id, s.id_number"
	" FROM flags f LEFT JOIN students s ON s.id = f.student_id"
	" LEFT JOIN colleges c ON c.id = coalesce(s.college_id,"
	"  (SELECT id FROM colleges WHERE CAST(f.seq AS INTEGER)"
	"   BETWEEN seq_first AND seq_last))"
	" WHERE (?1 = 0 OR c.id = ?1) AND (?2 = 0 OR s.cohort_id = ?2)"
	"  AND (?3 = 0 OR f.severity = 'error') AND (?4 = 0 OR f.source <> 'export')"
	" ORDER BY coalesce(c.seq_first, 100000), coalesce(s.seq, f.seq), s.id, f.code, f.id";

/* The flag's message and its detail in one sentence, IDs masked. */
char *
report_flag_text(const struct report_ctx *ctx, const char *code, const char *detail)
{
	int i = flag_lookup(code);
	const char *msg = i >= 0 ? _(flag_info(i)->message) : code;
	char *masked, *s;

	if (detail == NULL || *detail == '\0')
		return xstrdup(msg);
	masked = report_mask_text(ctx, detail);
	s = xasprintf(_("%s (%s)"), msg, masked);
	free(masked);
	return s;
}

/* The plain-words fix for a flag code. */
const char *
report_flag_fix(const char *code)
{
	int i = flag_lookup(code);

	return i >= 0 ? _(flag_info(i)->fix) : "";
}

sqlite3_stmt *
report_flags_query(struct report_ctx *ctx, int errors_only, int no_export, char **cause)
{
	sqlite3_stmt *st = db_prepare(ctx->db, report_flags_sql, cause);

	if (st == NULL)
		return NULL;
	sqlite3_bind_int(st, 1, ctx->college != NULL ? ctx->college->id : 0);
	sqlite3_bind_int(st, 2, ctx->cohort_id);
	sqlite3_bind_int(st, 3, errors_only);
	sqlite3_bind_int(st, 4, no_export);
	return st;
}

int
report_flags(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_CSV, 0 },
		{ N_("Seq"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Student no."), 0, 0, REPORT_COL_CSV, 0 },
		{ N_("Name"), 0, 8, REPORT_COL_BOTH, 0 },
		{ N_("Code"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Severity"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Problem"), 0, 32, REPORT_COL_BOTH, 1 },
	};
	sqlite3_stmt *st;
	struct report *r;
	char *last = NULL;
	int step;

	if ((st = report_flags_query(ctx, 0, 0, cause)) == NULL)
		return -1;
	r = report_new(_("All flags"), 7, cols);
	report_set_empty(r, _("No flags: nothing was found wrong."));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *college = db_column_text(st, 0);
		const char *sev = db_column_text(st, 5);
		char *text = report_flag_text(ctx, db_column_text(st, 4),
		    db_column_text(st, 6));

		if (college == NULL)
			college = _("(no college)");
		if (last == NULL || strcmp(last, college) != 0) {
			free(last);
			last = xstrdup(college);
			report_section(r, college);
		}
		report_add(r, college, db_column_text(st, 1), db_column_text(st, 2),
		    db_column_text(st, 3), db_column_text(st, 4),
		    strcmp(sev, "error") == 0 ? _("error") : _("warning"), text);
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
