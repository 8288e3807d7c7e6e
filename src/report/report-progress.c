/* SPDX-License-Identifier: MIT */
/*
 * caiji report progress: per college, how far the season has come: roster
 * size, photos ok / failing / missing, students with roster errors, and how
 * many have been submitted.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "util/i18n.h"
#include "report/report.h"
#include "util/xalloc.h"

/*
 * One row per college: a photo is "ok" when a checked photo file has the
 * student's seq (photos are matched by seq only) and no photo rule found an error; "failing" when one did;
 * "missing" when there is no photo file.
 */
static const char progress_sql[] =
	"WITH st AS (SELECT s.id, s.college_id,"
	"  EXISTS (SELECT 1 FROM photos p WHERE p.seq = s.seq AND s.seq <> '') AS has_photo,"
	"  EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id AND f.source = 'photo'"
	"   AND f.severity = 'error' AND f.code <> 'PHOTO_MISSING') AS photo_error,"
	"  EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id AND f.source = 'roster'"
	"   AND f.severity = 'error') AS roster_error,"
	"  EXISTS (SELECT 1 FROM submissions b WHERE b.student_id = s.id) AS submitted"
	"  FROM students s WHERE (?2 = 0 OR s.cohort_id = ?2))"
	" SELECT c.id, c.name, count(st.id),"
	"  coalesce(sum(st.has_photo AND NOT st.photo_error), 0),"
	"  coalesce(sum(st.has_photo AND st.photo_error), 0),"
	"  coalesce(sum(NOT st.has_photo), 0),"
	"  coalesce(sum(st.roster_error), 0), coalesce(sum(st.submitted), 0)"
	" FROM colleges c LEFT JOIN st ON st.college_id = c.id"
	" WHERE ?1 = 0 OR c.id = ?1"
	" GROUP BY c.id ORDER BY c.seq_first";

static void
progress_add(struct report *r, const char *name, const int *n)
{
	char v[6][16];

	for (int i = 0; i < 6; i++)
		snprintf(v[i], sizeof v[i], "%d", n[i]);
	report_add(r, name, v[0], v[1], v[2], v[3], v[4], v[5]);
}

int
report_progress(struct report_ctx *ctx, struct report **out, char **cause)
{
	static const struct report_col cols[] = {
		{ N_("College"), 0, 0, REPORT_COL_BOTH, 0 },
		{ N_("Roster"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Photo OK"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Failing"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Missing"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Bad rows"), 1, 0, REPORT_COL_BOTH, 0 },
		{ N_("Submitted"), 1, 0, REPORT_COL_BOTH, 0 },
	};
	sqlite3_stmt *st;
	struct report *r;
	int total[6] = { 0 }, n[6], step;

	if ((st = db_prepare(ctx->db, progress_sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, ctx->college != NULL ? ctx->college->id : 0);
	sqlite3_bind_int(st, 2, ctx->cohort_id);
	r = report_new(_("Progress by college"), 7, cols);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < 6; i++) {
			n[i] = sqlite3_column_int(st, 2 + i);
			total[i] += n[i];
		}
		progress_add(r, (const char *)sqlite3_column_text(st, 1), n);
	}
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(ctx->db, _("cannot count the progress"));
		report_free(&r);
		return -1;
	}
	if (ctx->college == NULL)
		progress_add(r, _("Total"), total);
	*out = r;
	return 0;
}
