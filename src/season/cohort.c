/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include "season/cohort.h"
#include "util/i18n.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

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

int
cohort_require(struct db *db, const char *name, char **cause)
{
	int id = cohort_find(db, name, cause);
	char *codes;

	if (id != 0)
		return id;
	codes = cohort_codes(db);
	*cause = xasprintf(_("there is no cohort \"%s\"; the cohorts are: %s"), name, codes);
	free(codes);
	return -1;
}

int
cohort_load(struct db *db, int id, char **code, char **name, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT code, name FROM cohorts WHERE id = ?", cause);
	int r;

	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, id);
	if ((r = db_step(db, st, _("cannot read the cohorts"), cause)) == 1) {
		if (code != NULL)
			*code = db_column_strdup(st, 0);
		if (name != NULL)
			*name = db_column_strdup(st, 1);
	} else if (r == 0)
		*cause = xasprintf(_("there is no cohort number %d"), id);
	sqlite3_finalize(st);
	return r == 1 ? 0 : -1;
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
