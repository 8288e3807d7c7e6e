/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/datafile.h"
#include "util/i18n.h"
#include "season/season.h"
#include "db/settings.h"
#include "util/xalloc.h"

/*
 * 1 when this program is the build tree's (src/caiji before `make install`):
 * its defaults are then the source tree's data/, not an installed copy that
 * may be missing or older.
 */
static int
season_uninstalled(void)
{
	char exe[PATH_MAX], *top = realpath(CAIJI_BUILDDIR, NULL);
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	int in = 0;

	if (n > 0 && top != NULL) {
		size_t k = strlen(top);

		exe[n] = '\0';
		in = strncmp(exe, top, k) == 0 && exe[k] == '/';
	}
	free(top);
	return in;
}

const char *
season_datadir(void)
{
	static int uninstalled = -1;
	const char *env = getenv("CAIJI_DATADIR");

	if (env != NULL && *env != '\0')
		return env;
	if (uninstalled < 0)
		uninstalled = season_uninstalled();
	return uninstalled ? CAIJI_SRCDATADIR : PKGDATADIR;
}

int
season_is_initialised(struct db *db)
{
	char *v = settings_get(db, "season");
	int ok = v != NULL;

	free(v);
	return ok;
}

/*
 * Loads one data file: each row's fields are bound, in order, to the
 * placeholders of sql.  Empty fields bind as NULL when null_empty is set.
 */
static int
season_load(struct db *db, const char *datadir, const char *file,
    const char *const *columns, const char *sql, int null_empty, char **cause)
{
	char *path = xasprintf("%s/%s", datadir, file), **fields, *why = NULL;
	struct datafile *df;
	sqlite3_stmt *st;
	int rc = -1, r;

	if ((df = datafile_open(path, columns, cause)) == NULL)
		goto out;
	if ((st = db_prepare(db, sql, cause)) == NULL)
		goto out;
	while ((r = datafile_next(df, &fields, cause)) == 1) {
		for (int i = 0; columns[i] != NULL; i++)
			db_bind_text(st, i + 1,
			    null_empty && fields[i][0] == '\0' ? NULL : fields[i]);
		if (sqlite3_step(st) != SQLITE_DONE) {
			why = db_error(db, _("cannot load a row"));
			*cause = xasprintf("%s:%d: %s", path, datafile_line(df), why);
			free(why);
			break;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (r == 0)
		rc = 0;
out:
	datafile_free(&df);
	free(path);
	return rc;
}

static int
season_load_all(struct db *db, const char *datadir, char **cause)
{
	static const char *const settings_cols[] = { "key", "value", NULL };
	static const char *const college_cols[] = { "name", "name_en", "seq_first", "seq_last", NULL };
	static const char *const cohort_cols[] = { "code", "name", "mode", NULL };
	static const char *const fee_cols[] = { "code", "parent", "amount_fen", "name", "name_en",
		"part", NULL };
	static const char *const manifest_cols[] = { "pos", "field", "header", NULL };

	if (season_load(db, datadir, "settings.tsv", settings_cols,
	    "INSERT INTO settings(key, value) VALUES (?, ?)", 0, cause) != 0 ||
	    season_load(db, datadir, "colleges.tsv", college_cols,
	    "INSERT INTO colleges(name, name_en, seq_first, seq_last) VALUES (?, ?, ?, ?)", 0, cause) != 0 ||
	    season_load(db, datadir, "cohorts.tsv", cohort_cols,
	    "INSERT INTO cohorts(code, name, mode) VALUES (?, ?, ?)", 0, cause) != 0 ||
	    season_load(db, datadir, "fees.tsv", fee_cols,
	    "INSERT INTO fee_items(code, parent, amount_fen, name, name_en, part)"
	    " VALUES (?, ?, ?, ?, ?, coalesce(?, ''))", 1, cause) != 0 ||
	    season_load(db, datadir, "manifest.tsv", manifest_cols,
	    "INSERT INTO manifest_columns(pos, field, header) VALUES (?, ?, ?)", 0, cause) != 0)
		return -1;
	return 0;
}

int
season_init(struct db *db, const char *datadir, const char *code, const char *name,
    int *created, char **cause)
{
	*created = 0;
	if (db_begin(db, cause) != 0)
		return -1;
	if (!season_is_initialised(db)) {
		char *first = xasprintf("%s/settings.tsv", datadir);
		int there = access(first, R_OK) == 0;

		free(first);
		if (!there) {
			*cause = xasprintf(_("the season defaults (settings.tsv and the rest) are not in"
			    " %s: install caiji with `make install`, or name the data folder of its"
			    " source with --data DIR or CAIJI_DATADIR"), datadir);
			goto fail;
		}
		if (season_load_all(db, datadir, cause) != 0)
			goto fail;
		if (db_audit(db, "init", "season", "", "", NULL, datadir, cause) != 0)
			goto fail;
		*created = 1;
	}
	if (code != NULL && settings_set(db, "institution_code", code, cause) != 0)
		goto fail;
	if (name != NULL && settings_set(db, "institution_name", name, cause) != 0)
		goto fail;
	return db_commit(db, cause);
fail:
	db_rollback(db);
	return -1;
}
