/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db/backup.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/xalloc.h"

/* Copies all of from's main database into to's. */
static int
backup_copy(sqlite3 *to, sqlite3 *from, char **cause)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	int rc;

	if (b == NULL) {
		*cause = xasprintf(_("cannot start the copy: %s"), sqlite3_errmsg(to));
		return -1;
	}
	/* one step: a single consistent snapshot of the source */
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
		sqlite3_sleep(100);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		*cause = xasprintf(_("the copy failed: %s"), sqlite3_errstr(rc));
		return -1;
	}
	return 0;
}

/* Checks that path is an intact caiji database of a schema this program reads. */
static int
backup_verify(const char *path, char **cause)
{
	struct db *db;
	sqlite3_stmt *st;
	int ok = 0;

	if ((db = db_open(path, DB_READONLY, cause)) == NULL)
		return -1;
	if ((st = db_prepare(db, "PRAGMA integrity_check", cause)) == NULL) {
		db_free(&db);
		return -1;
	}
	if (sqlite3_step(st) == SQLITE_ROW &&
	    strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0)
		ok = 1;
	sqlite3_finalize(st);
	db_free(&db);
	if (!ok) {
		*cause = xasprintf(_("%s is damaged (integrity check failed)"), path);
		return -1;
	}
	return 0;
}

int
backup_create(struct db *db, const char *path, char **cause)
{
	char *tmp = xasprintf("%s.tmp-%ld", path, (long)getpid());
	sqlite3 *to = NULL;
	int fd, rc = -1;

	if (access(path, F_OK) == 0) {
		*cause = xasprintf(_("%s already exists; choose a new file name"), path);
		free(tmp);
		return -1;
	}
	fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, fsmode_file());
	if (fd < 0) {
		*cause = xasprintf(_("cannot create %s: %s"), tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	close(fd);
	if (sqlite3_open_v2(tmp, &to, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		*cause = xasprintf(_("cannot open %s: %s"), tmp, sqlite3_errmsg(to));
		goto out;
	}
	if (backup_copy(to, db->h, cause) != 0)
		goto out;
	/* a backup is one self-contained file: no WAL beside it */
	sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
	sqlite3_close(to);
	to = NULL;
	if (backup_verify(tmp, cause) != 0)
		goto out;
	if (rename(tmp, path) != 0) {
		*cause = xasprintf(_("cannot rename %s to %s: %s"), tmp, path, strerror(errno));
		goto out;
	}
	rc = db_audit(db, "backup", "season", "", "", NULL, path, cause);
out:
	if (to != NULL)
		sqlite3_close(to);
	if (rc != 0 || access(tmp, F_OK) == 0) {
		unlink(tmp);
		/* the temporary file's journal, if the copy died midway */
		char *j = xasprintf("%s-journal", tmp);
		unlink(j);
		free(j);
	}
	free(tmp);
	return rc;
}

int
backup_restore(struct db *db, const char *path, char **saved_path, char **cause)
{
	sqlite3 *from = NULL;
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	int rc = -1;

	*saved_path = NULL;
	if (backup_verify(path, cause) != 0)
		return -1;
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	*saved_path = xasprintf("%s.before-restore-%s", db->path, stamp);
	if (backup_create(db, *saved_path, cause) != 0)
		goto fail;
	if (sqlite3_open_v2(path, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		*cause = xasprintf(_("cannot open %s: %s"), path, sqlite3_errmsg(from));
		goto fail;
	}
	if (backup_copy(db->h, from, cause) != 0)
		goto fail;
	/* the restored file may be of an older schema: bring it up to date */
	sqlite3_close(from);
	from = NULL;
	{
		char *p = xstrdup(db->path);
		struct db *again;

		again = db_open(p, 0, cause);
		free(p);
		if (again == NULL)
			goto fail;
		rc = db_audit(again, "restore", "season", "", "", *saved_path, path, cause);
		db_free(&again);
	}
	return rc;
fail:
	if (from != NULL)
		sqlite3_close(from);
	return -1;
}
