/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "money/docnum.h"
#include "util/i18n.h"
#include "db/settings.h"
#include "util/xalloc.h"

/* Runs sql with kind and year bound; a SELECT's one value goes to *value. */
static int
docnum_step(struct db *db, const char *sql, const char *kind, long year, long long *value,
    char **cause)
{
	sqlite3_stmt *st = db_prepare(db, sql, cause);
	int rc;

	if (st == NULL)
		return -1;
	db_bind_text(st, 1, kind);
	sqlite3_bind_int64(st, 2, year);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (value != NULL)
			*value = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot take the next document number"));
		return -1;
	}
	return 0;
}

char *
docnum_next(struct db *db, const char *kind, const char *prefix, char **cause)
{
	char *season = settings_get(db, "season"), *end;
	long year = season != NULL ? strtol(season, &end, 10) : 0;
	long long last = -1;

	if (season == NULL || *end != '\0' || year < 2000 || year > 9999) {
		*cause = xasprintf(_("the season setting \"%s\" is not a year;"
		    " documents are numbered by year"), season != NULL ? season : "");
		free(season);
		return NULL;
	}
	free(season);
	/* three statements rather than RETURNING, which needs SQLite 3.35 */
	if (docnum_step(db, "INSERT OR IGNORE INTO doc_counters(kind, year, last)"
	    " VALUES (?, ?, 0)", kind, year, NULL, cause) != 0 ||
	    docnum_step(db, "UPDATE doc_counters SET last = last + 1"
	    " WHERE kind = ? AND year = ?", kind, year, NULL, cause) != 0 ||
	    docnum_step(db, "SELECT last FROM doc_counters WHERE kind = ? AND year = ?",
	    kind, year, &last, cause) != 0)
		return NULL;
	if (last < 1) {
		*cause = db_error(db, _("cannot take the next document number"));
		return NULL;
	}
	return xasprintf("%s%ld-%04lld", prefix, year, last);
}
