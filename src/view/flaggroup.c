/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view/flaggroup.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Errors first, then more students, then more flags, then by code. */
static int
flaggroup_cmp(const void *a, const void *b)
{
	const struct flaggroup *x = a, *y = b;

	if (x->errors != y->errors)
		return y->errors - x->errors;
	if (x->students != y->students)
		return y->students > x->students ? 1 : -1;
	if (x->flags != y->flags)
		return y->flags > x->flags ? 1 : -1;
	return strcmp(x->code, y->code);
}

/*
 * Code by code (a handful): whether any is an error and the lowest student
 * are one index seek each, the flags a count over the index; the students
 * of a code come in order from flags_code_student_order (migration 6), so
 * counting the distinct ones needs no sorting, which one GROUP BY over every
 * flag did (15 ms at 26,000 flags).
 */
int
flaggroup_load(struct db *db, struct flaggroup_list *l, char **cause)
{
	sqlite3_stmt *next, *st = NULL;
	int rc;

	l->v = NULL;
	l->n = 0;
	next = db_prepare(db, "SELECT min(code) FROM flags WHERE code > ?", cause);
	if (next == NULL)
		return -1;
	/* each from the index that answers it soonest, one row a code */
	st = db_prepare(db, "SELECT"
	    " EXISTS (SELECT 1 FROM flags WHERE code = ?1 AND severity = 'error'),"
	    " (SELECT count(*) FROM flags WHERE code = ?1),"
	    " (SELECT min(student_id) FROM flags WHERE code = ?1),"
	    " (SELECT count(DISTINCT student_id) FROM flags WHERE code = ?1)", cause);
	if (st == NULL) {
		sqlite3_finalize(next);
		return -1;
	}
	db_bind_text(next, 1, "");
	while ((rc = sqlite3_step(next)) == SQLITE_ROW &&
	    sqlite3_column_type(next, 0) != SQLITE_NULL) {
		struct flaggroup *g;

		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		g = &l->v[l->n++];
		g->code = db_column_strdup(next, 0);
		sqlite3_reset(next);
		db_bind_text(next, 1, g->code);
		db_bind_text(st, 1, g->code);
		if ((rc = sqlite3_step(st)) != SQLITE_ROW)
			break;
		g->errors = sqlite3_column_int(st, 0);
		g->flags = sqlite3_column_int64(st, 1);
		g->students = sqlite3_column_int64(st, 3);
		g->one_student = g->students == 1 ? sqlite3_column_int64(st, 2) : 0;
		sqlite3_reset(st);
	}
	sqlite3_finalize(next);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		flaggroup_list_free(l);
		*cause = db_error(db, _("cannot read the flags"));
		return -1;
	}
	if (l->n > 1)	/* qsort must not be given NULL, even with no element */
		qsort(l->v, l->n, sizeof *l->v, flaggroup_cmp);
	return 0;
}

void
flaggroup_list_free(struct flaggroup_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].code);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int
flaggroup_next(struct db *db, const char *after, char **code, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	*code = NULL;
	st = db_prepare(db, "SELECT code FROM flags WHERE code > ? AND student_id IS NOT NULL"
	    " ORDER BY code LIMIT 1", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, after != NULL ? after : "");
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*code = db_column_strdup(st, 0);
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the flags"));
		return -1;
	}
	return 0;
}
