/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include "util/i18n.h"
#include "db/share.h"
#include "util/xalloc.h"

/* Tries after the first busy timeout (each waits the db's busy timeout). */
#define SHARE_RETRIES 2

long
share_data_version(struct db *db)
{
	sqlite3_stmt *st;
	long v = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA data_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

long long
share_generation(struct db *db)
{
	return (long long)share_data_version(db) << 32 |
	    (unsigned int)sqlite3_total_changes(db->h);
}

int
share_busy(struct db *db)
{
	int rc = sqlite3_errcode(db->h) & 0xff;

	return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

int
share_begin(struct db *db, char **cause)
{
	for (int i = 0; i <= SHARE_RETRIES; i++) {
		char *msg = NULL;

		if (db_begin(db, &msg) == 0)
			return 0;
		if (!share_busy(db)) {
			*cause = msg;
			return -1;
		}
		free(msg);
	}
	*cause = xasprintf(_("another clerk is writing to %s and has not finished;"
	    " nothing was changed, try again in a moment"), db->path);
	return -1;
}
