/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "util/strbuf.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/pinyin.h"
#include "util/user.h"
#include "util/xalloc.h"

/* How long a clerk's write waits for another clerk's before giving up. */
#define DB_BUSY_MS 15000

char *
db_error(struct db *db, const char *doing)
{
	return xasprintf(_("%s: %s (database %s)"), doing, sqlite3_errmsg(db->h), db->path);
}

int
db_schema_version(void)
{
	int v = 0;

	for (const struct db_migration *m = db_migrations; m->sql != NULL; m++)
		v = m->version;
	return v;
}

int
db_exec(struct db *db, const char *sql, char **cause)
{
	char *msg = NULL;

	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK) {
		*cause = xasprintf(_("database error: %s (database %s)"),
		    msg != NULL ? msg : sqlite3_errmsg(db->h), db->path);
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

sqlite3_stmt *
db_prepare(struct db *db, const char *sql, char **cause)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		*cause = db_error(db, _("cannot prepare a query"));
		return NULL;
	}
	return st;
}

int
db_step(struct db *db, sqlite3_stmt *st, const char *doing, char **cause)
{
	switch (sqlite3_step(st)) {
	case SQLITE_ROW:
		return 1;
	case SQLITE_DONE:
		return 0;
	default:
		*cause = db_error(db, doing);
		return -1;
	}
}

void
db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

char *
db_column_strdup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s == NULL ? NULL : xstrdup((const char *)s);
}

int
db_begin(struct db *db, char **cause)
{
	if (db->readonly) {
		*cause = xasprintf(_("%s is read-only for you (user %s): you can look, but changes"
		    " need write permission on the file (see caiji init --group)"), db->path,
		    user_name());
		return -1;
	}
	return db_exec(db, "BEGIN IMMEDIATE", cause);
}

int
db_commit(struct db *db, char **cause)
{
	return db_exec(db, "COMMIT", cause);
}

void
db_rollback(struct db *db)
{
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

int
db_audit(struct db *db, const char *action, const char *entity, const char *key,
    const char *field, const char *old_value, const char *new_value, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if (db->audit_st == NULL)
		db->audit_st = db_prepare(db, "INSERT INTO audit(user, action, entity, key,"
		    " field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)", cause);
	if ((st = db->audit_st) == NULL)
		return -1;
	db_bind_text(st, 1, user_name());
	db_bind_text(st, 2, action);
	db_bind_text(st, 3, entity != NULL ? entity : "");
	db_bind_text(st, 4, key != NULL ? key : "");
	db_bind_text(st, 5, field != NULL ? field : "");
	db_bind_text(st, 6, old_value);
	db_bind_text(st, 7, new_value);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot write the audit log"));
		return -1;
	}
	return 0;
}

static int
db_user_version(struct db *db)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Applies the migrations newer than the file's user_version, each in one transaction. */
static int
db_migrate(struct db *db, int readonly, char **cause)
{
	int have = db_user_version(db);

	if (have < 0) {
		*cause = xasprintf(_("%s is not a caiji database (not an SQLite file, or damaged)"),
		    db->path);
		return -1;
	}
	if (have > db_schema_version()) {
		*cause = xasprintf(_("%s was written by a newer caiji (schema %d, this program knows %d);"
		    " upgrade caiji"), db->path, have, db_schema_version());
		return -1;
	}
	for (const struct db_migration *m = db_migrations; m->sql != NULL; m++) {
		char *pragma;

		if (m->version <= have)
			continue;
		if (readonly) {
			*cause = xasprintf(_("%s needs a schema upgrade but was opened read-only"),
			    db->path);
			return -1;
		}
		if (db_begin(db, cause) != 0)
			return -1;
		if (db_user_version(db) >= m->version) {	/* another clerk did it */
			db_rollback(db);
			continue;
		}
		pragma = xasprintf("PRAGMA user_version = %d", m->version);
		if (db_exec(db, m->sql, cause) != 0 || db_exec(db, pragma, cause) != 0) {
			free(pragma);
			db_rollback(db);
			return -1;
		}
		free(pragma);
		if (db_commit(db, cause) != 0) {
			db_rollback(db);
			return -1;
		}
	}
	return 0;
}

/*
 * A WAL database can only be read by someone who may write its -shm file or
 * create it beside the database.  When a read-only clerk cannot, open the
 * file as an immutable snapshot instead: no locks, and changes made by
 * others after this moment are not seen, which a read-only look can afford.
 */
static int
db_open_snapshot(struct db *db)
{
	struct strbuf uri = STRBUF_INIT;
	sqlite3 *h = NULL;

	if (sqlite3_exec(db->h, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) == SQLITE_OK)
		return 0;
	strbuf_puts(&uri, "file:");
	for (const unsigned char *p = (const unsigned char *)db->path; *p != '\0'; p++) {
		if (*p == '%' || *p == '?' || *p == '#' || *p < 0x20)
			strbuf_printf(&uri, "%%%02X", *p);
		else
			strbuf_putc(&uri, (char)*p);
	}
	strbuf_puts(&uri, "?immutable=1");
	if (sqlite3_open_v2(strbuf_str(&uri), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
	    NULL) != SQLITE_OK) {
		sqlite3_close(h);
		strbuf_free(&uri);
		return -1;
	}
	strbuf_free(&uri);
	sqlite3_close(db->h);
	db->h = h;
	return 0;
}

struct db *
db_open(const char *path, int flags, char **cause)
{
	struct db *db;
	int oflags, fd;
	char *msg = NULL;

	if (!(flags & DB_READONLY) && (flags & DB_CREATE)) {
		/* Create it ourselves so that it is never world-readable. */
		fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, fsmode_file());
		if (fd >= 0)
			close(fd);
		else if (errno != EEXIST) {
			*cause = xasprintf(_("cannot create %s: %s"), path, strerror(errno));
			return NULL;
		}
	} else if (access(path, F_OK) != 0) {
		*cause = xasprintf(_("%s does not exist; create it with `caiji init`"), path);
		return NULL;
	}

	/* a season shared with a group makes everything it writes group-writable */
	fsmode_follow(path);
	db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	/* a clerk without write permission may still look */
	db->readonly = (flags & DB_READONLY) || access(path, W_OK) != 0;
	oflags = db->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (sqlite3_open_v2(path, &db->h, oflags, NULL) != SQLITE_OK ||
	    (db->readonly && db_open_snapshot(db) != 0)) {
		*cause = xasprintf(_("cannot open %s: %s"), path,
		    db->h != NULL ? sqlite3_errmsg(db->h) : strerror(errno));
		db_free(&db);
		return NULL;
	}
	sqlite3_busy_timeout(db->h, DB_BUSY_MS);
	sqlite3_extended_result_codes(db->h, 1);
	if (sqlite3_exec(db->h, "PRAGMA foreign_keys = ON", NULL, NULL, &msg) != SQLITE_OK ||
	    (!db->readonly &&
	    sqlite3_exec(db->h, "PRAGMA journal_mode = WAL", NULL, NULL, &msg) != SQLITE_OK)) {
		*cause = xasprintf(_("%s is not a caiji database: %s"), path,
		    msg != NULL ? msg : sqlite3_errmsg(db->h));
		sqlite3_free(msg);
		db_free(&db);
		return NULL;
	}
	/*
	 * FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a
	 * power cut, and those are receipts already printed and handed over.
	 */
	sqlite3_exec(db->h, "PRAGMA synchronous = FULL", NULL, NULL, NULL);
	/* the core writes a name's initials with it, migration 6 too */
	if (pinyin_register(db->h) != 0) {
		*cause = xasprintf(_("cannot open %s: %s"), path, sqlite3_errmsg(db->h));
		db_free(&db);
		return NULL;
	}
	if (db_migrate(db, db->readonly, cause) != 0) {
		db_free(&db);
		return NULL;
	}
	return db;
}

void
db_free(struct db **dbp)
{
	struct db *db = *dbp;

	if (db == NULL)
		return;
	sqlite3_finalize(db->audit_st);
	if (db->h != NULL)
		sqlite3_close_v2(db->h);
	free(db->path);
	free(db);
	*dbp = NULL;
}

char *
db_data_home(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/caiji", xdg);
	return xasprintf("%s/.local/share/caiji", home != NULL && *home != '\0' ? home : ".");
}

char *
db_default_path(void)
{
	const char *env = getenv("CAIJI_DB");
	char *home, *path;

	/* only a name: its folder is made when a season is created (cmd_db) */
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	home = db_data_home();
	path = xasprintf("%s/season.db", home);
	free(home);
	return path;
}

void
db_remove_files(const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		char *p = xasprintf("%s%s", path, suffix[i]);

		unlink(p);
		free(p);
	}
}
