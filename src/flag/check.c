/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "flag/check.h"
#include "season/cohort.h"
#include "season/college.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Every flag with its student and college; the college of an orphan photo by block. */
static const char check_sql[] =
	"SELECT coalesce(f.student_id, 0), f.seq, coalesce(s.student_no, ''),"
	" coalesce(s.name, ''), coalesce(s.id_number, ''), coalesce(c.name, ''),"
	" coalesce(h.code, ''), f.code, f.severity, f.detail, f.source"
	" FROM flags f"
	" LEFT JOIN students s ON s.id = f.student_id"
	" LEFT JOIN cohorts h ON h.id = s.cohort_id"
	" LEFT JOIN colleges c ON c.id = CASE WHEN s.id IS NOT NULL THEN s.college_id ELSE"
	"  (SELECT b.id FROM colleges b WHERE f.seq GLOB '[0-9][0-9][0-9][0-9]'"
	"   AND CAST(f.seq AS INTEGER) BETWEEN b.seq_first AND b.seq_last) END"
	" WHERE (?1 IS NULL OR c.id = ?1)"
	" AND (?2 IS NULL OR s.cohort_id = ?2)"
	" AND (?3 IS NULL OR f.source = ?3)"
	" AND (?4 = 0 OR f.severity = 'error')"
	" AND (?5 IS NULL OR f.student_id = ?5)"
	" ORDER BY c.id IS NULL, c.seq_first, f.seq = '', f.seq, s.student_no, f.student_id,"
	" f.code, f.id";

/* Resolves the filter's names to ids, binding them to st. */
static int
check_bind(struct db *db, sqlite3_stmt *st, const struct check_filter *flt, char **cause)
{
	struct college_list cl;
	const struct college *c;
	int id;

	if (flt == NULL) {
		sqlite3_bind_int(st, 4, 0);
		return 0;
	}
	if (flt->college != NULL) {
		if (college_list_load(db, &cl, cause) != 0)
			return -1;
		c = college_list_find(&cl, flt->college);
		if (c != NULL)
			sqlite3_bind_int(st, 1, c->id);
		college_list_free(&cl);
		if (c == NULL) {
			*cause = xasprintf(_("unknown college \"%s\""), flt->college);
			return -1;
		}
	}
	if (flt->cohort != NULL) {
		if ((id = cohort_find(db, flt->cohort, cause)) < 0)
			return -1;
		if (id == 0) {
			*cause = xasprintf(_("unknown cohort \"%s\""), flt->cohort);
			return -1;
		}
		sqlite3_bind_int(st, 2, id);
	}
	db_bind_text(st, 3, flt->source);
	sqlite3_bind_int(st, 4, flt->errors_only);
	if (flt->student_id != 0)
		sqlite3_bind_int64(st, 5, flt->student_id);
	return 0;
}

int
check_each(struct db *db, const struct check_filter *flt, check_cb cb, void *arg,
    char **cause)
{
	struct check_row row;
	sqlite3_stmt *st;
	int r, rc = -1;

	if ((st = db_prepare(db, check_sql, cause)) == NULL)
		return -1;
	if (check_bind(db, st, flt, cause) != 0)
		goto out;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		row.student_id = (long)sqlite3_column_int64(st, 0);
		row.seq = (const char *)sqlite3_column_text(st, 1);
		row.student_no = (const char *)sqlite3_column_text(st, 2);
		row.name = (const char *)sqlite3_column_text(st, 3);
		row.id_number = (const char *)sqlite3_column_text(st, 4);
		row.college = (const char *)sqlite3_column_text(st, 5);
		row.cohort = (const char *)sqlite3_column_text(st, 6);
		row.code = (const char *)sqlite3_column_text(st, 7);
		row.severity = strcmp((const char *)sqlite3_column_text(st, 8), "error") == 0 ?
		    SEV_ERROR : SEV_WARNING;
		row.detail = (const char *)sqlite3_column_text(st, 9);
		row.source = (const char *)sqlite3_column_text(st, 10);
		if (cb(arg, &row, cause) != 0)
			goto out;
	}
	if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the flags"));
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	return rc;
}

struct check_counter {
	struct check_counts	*counts;
};

static int
check_count_one(void *arg, const struct check_row *row, char **cause)
{
	struct check_counter *cc = arg;

	(void)cause;
	if (row->severity == SEV_ERROR)
		cc->counts->errors++;
	else
		cc->counts->warnings++;
	return 0;
}

int
check_count(struct db *db, const struct check_filter *flt, struct check_counts *counts,
    char **cause)
{
	struct check_counter cc = { counts };
	sqlite3_stmt *st;
	int rc;

	memset(counts, 0, sizeof *counts);
	if (check_each(db, flt, check_count_one, &cc, cause) != 0)
		return -1;
	/* distinct students: the same query, counted in SQL */
	st = db_prepare(db, "SELECT count(DISTINCT coalesce(f.student_id, 0)) FROM flags f"
	    " LEFT JOIN students s ON s.id = f.student_id"
	    " LEFT JOIN colleges c ON c.id = CASE WHEN s.id IS NOT NULL THEN s.college_id ELSE"
	    "  (SELECT b.id FROM colleges b WHERE f.seq GLOB '[0-9][0-9][0-9][0-9]'"
	    "   AND CAST(f.seq AS INTEGER) BETWEEN b.seq_first AND b.seq_last) END"
	    " WHERE f.student_id IS NOT NULL AND (?1 IS NULL OR c.id = ?1)"
	    " AND (?2 IS NULL OR s.cohort_id = ?2) AND (?3 IS NULL OR f.source = ?3)"
	    " AND (?4 = 0 OR f.severity = 'error') AND (?5 IS NULL OR f.student_id = ?5)", cause);
	if (st == NULL)
		return -1;
	rc = check_bind(db, st, flt, cause);
	if (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
		counts->students = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc;
}
