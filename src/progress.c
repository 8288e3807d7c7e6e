#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "progress.h"
#include "xalloc.h"

/*
 * One row per college: a photo is "ok" when a checked photo file belongs to
 * the student and no photo rule found an error; "failing" when one did;
 * "missing" when there is no photo file.
 */
static const char progress_sql[] =
	"WITH st AS (SELECT s.id, s.college_id,"
	"  EXISTS (SELECT 1 FROM photos p WHERE p.student_id = s.id) AS has_photo,"
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

int
progress_load(struct db *db, int college_id, int cohort_id, struct progress *pr,
    char **cause)
{
	sqlite3_stmt *st;
	int step;

	memset(pr, 0, sizeof *pr);
	if ((st = db_prepare(db, progress_sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int(st, 1, college_id);
	sqlite3_bind_int(st, 2, cohort_id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct progress_row *r;

		pr->v = xreallocarray(pr->v, pr->n + 1, sizeof *pr->v);
		r = &pr->v[pr->n++];
		r->college_id = sqlite3_column_int(st, 0);
		r->college = db_column_strdup(st, 1);
		r->roster = sqlite3_column_int(st, 2);
		r->photo_ok = sqlite3_column_int(st, 3);
		r->photo_failing = sqlite3_column_int(st, 4);
		r->photo_missing = sqlite3_column_int(st, 5);
		r->roster_errors = sqlite3_column_int(st, 6);
		r->submitted = sqlite3_column_int(st, 7);
		pr->total.roster += r->roster;
		pr->total.photo_ok += r->photo_ok;
		pr->total.photo_failing += r->photo_failing;
		pr->total.photo_missing += r->photo_missing;
		pr->total.roster_errors += r->roster_errors;
		pr->total.submitted += r->submitted;
	}
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(db, _("cannot count the progress"));
		progress_free(pr);
		return -1;
	}
	return 0;
}

void
progress_free(struct progress *pr)
{
	for (size_t i = 0; i < pr->n; i++)
		free(pr->v[i].college);
	free(pr->v);
	memset(pr, 0, sizeof *pr);
}
