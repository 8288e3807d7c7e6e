/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include "cohort.h"
#include "i18n.h"
#include "strbuf.h"
#include "xalloc.h"

int
cohort_find(struct db *db, const char *name, char **cause)
{
	sqlite3_stmt *st;
	int id = 0, r;

	st = db_prepare(db, "SELECT id FROM cohorts WHERE code = ?1 COLLATE NOCASE"
	    " OR name = ?1 ORDER BY id LIMIT 1", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, name);
	if ((r = sqlite3_step(st)) == SQLITE_ROW)
		id = sqlite3_column_int(st, 0);
	else if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the cohorts"));
		id = -1;
	}
	sqlite3_finalize(st);
	return id;
}

char *
cohort_codes(struct db *db)
{
	struct strbuf sb = STRBUF_INIT;
	sqlite3_stmt *st;
	char *cause = NULL;

	if ((st = db_prepare(db, "SELECT code FROM cohorts ORDER BY id", &cause)) == NULL) {
		free(cause);
		return xstrdup("");
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (sb.len > 0)
			strbuf_puts(&sb, ", ");
		strbuf_puts(&sb, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return sb.s != NULL ? strbuf_detach(&sb) : xstrdup("");
}
