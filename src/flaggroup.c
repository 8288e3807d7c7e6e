#include "config.h"

#include <stdlib.h>

#include "flaggroup.h"
#include "i18n.h"
#include "xalloc.h"

int
flaggroup_load(struct db *db, struct flaggroup_list *l, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	l->v = NULL;
	l->n = 0;
	st = db_prepare(db, "SELECT code, max(severity = 'error'), count(*),"
	    " count(DISTINCT student_id), min(student_id)"
	    " FROM flags GROUP BY code ORDER BY 2 DESC, 4 DESC, 3 DESC, code", cause);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct flaggroup *g;

		l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
		g = &l->v[l->n++];
		g->code = db_column_strdup(st, 0);
		g->errors = sqlite3_column_int(st, 1);
		g->flags = sqlite3_column_int64(st, 2);
		g->students = sqlite3_column_int64(st, 3);
		g->one_student = g->students == 1 ? sqlite3_column_int64(st, 4) : 0;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		flaggroup_list_free(l);
		*cause = db_error(db, _("cannot read the flags"));
		return -1;
	}
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
