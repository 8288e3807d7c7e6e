/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "db/settings.h"
#include "util/xalloc.h"

char *
settings_get(struct db *db, const char *key)
{
	sqlite3_stmt *st;
	char *value = NULL, *cause = NULL;

	st = db_prepare(db, "SELECT value FROM settings WHERE key = ?", &cause);
	if (st == NULL) {
		free(cause);
		return NULL;
	}
	db_bind_text(st, 1, key);
	if (sqlite3_step(st) == SQLITE_ROW)
		value = db_column_strdup(st, 0);
	sqlite3_finalize(st);
	return value;
}

char *
settings_get_default(struct db *db, const char *key, const char *def)
{
	char *value = settings_get(db, key);

	return value != NULL ? value : xstrdup(def);
}

int
settings_set_many(struct db *db, const char *const *kv, char **cause)
{
	if (db_begin(db, cause) != 0)
		return -1;
	for (; kv[0] != NULL; kv += 2)
		if (settings_set(db, kv[0], kv[1], cause) != 0) {
			db_rollback(db);
			return -1;
		}
	return db_commit(db, cause);
}

int
settings_set(struct db *db, const char *key, const char *value, char **cause)
{
	sqlite3_stmt *st;
	char *old = settings_get(db, key);
	int rc;

	if (old != NULL && strcmp(old, value) == 0) {
		free(old);
		return 0;
	}
	st = db_prepare(db, "INSERT INTO settings(key, value) VALUES (?, ?)"
	    " ON CONFLICT(key) DO UPDATE SET value = excluded.value", cause);
	if (st == NULL) {
		free(old);
		return -1;
	}
	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot save a setting"));
		free(old);
		return -1;
	}
	rc = db_audit(db, "set", "setting", key, "value", old, value, cause);
	free(old);
	return rc;
}
