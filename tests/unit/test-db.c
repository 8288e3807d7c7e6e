/* SPDX-License-Identifier: MIT */
/* The season database: creation mode, migrations, settings and the audit log. */
#include "config.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db/db.h"
#include "season/season.h"
#include "db/settings.h"
#include "unit.h"

int
main(void)
{
	char dir[] = "/tmp/caiji-test-db-XXXXXX", path[256];
	char *cause = NULL, *v;
	struct db *db;
	struct stat sb;
	int created;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/season.db", dir);
	umask(022);	/* the library must not rely on the caller's umask */
	db = db_open(path, DB_CREATE, &cause);
	CHECK(db != NULL);
	if (db == NULL) {
		fprintf(stderr, "%s\n", cause);
		return 1;
	}
	CHECK(stat(path, &sb) == 0 && (sb.st_mode & 0777) == 0600);
	/* committed is durable: FULL (2) even in WAL mode, where NORMAL may lose commits */
	{
		sqlite3_stmt *st = db_prepare(db, "PRAGMA synchronous", &cause);

		CHECK(st != NULL && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 2);
		sqlite3_finalize(st);
	}

	CHECK(season_init(db, getenv("CAIJI_DATADIR"), "99999", "示例学院", &created, &cause) == 0);
	CHECK(created == 1);
	v = settings_get(db, "photo_deadline");
	CHECK_STR(v, "2021-03-09");
	free(v);
	v = settings_get(db, "institution_name");
	CHECK_STR(v, "示例学院");
	free(v);
	/* a second init loads nothing twice */
	CHECK(season_init(db, getenv("CAIJI_DATADIR"), NULL, NULL, &created, &cause) == 0);
	CHECK(created == 0);

	/* every change is audited, and the audit log cannot be rewritten */
	CHECK(settings_set(db, "onsite_date", "2021-03-17", &cause) == 0);
	CHECK(db_exec(db, "UPDATE audit SET user = 'x'", &cause) == -1);
	free(cause);
	cause = NULL;
	CHECK(db_exec(db, "DELETE FROM audit", &cause) == -1);
	free(cause);
	cause = NULL;
	{
		sqlite3_stmt *st = db_prepare(db, "SELECT old_value, new_value FROM audit"
		    " WHERE key = 'onsite_date'", &cause);
		CHECK(st != NULL && sqlite3_step(st) == SQLITE_ROW);
		CHECK_STR((const char *)sqlite3_column_text(st, 0), "2021-03-16");
		CHECK_STR((const char *)sqlite3_column_text(st, 1), "2021-03-17");
		sqlite3_finalize(st);
	}
	db_free(&db);
	CHECK(db == NULL);

	/* a file from a newer schema is refused, and left alone */
	{
		sqlite3 *h;
		sqlite3_open(path, &h);
		sqlite3_exec(h, "PRAGMA user_version = 999", NULL, NULL, NULL);
		sqlite3_close(h);
		db = db_open(path, 0, &cause);
		CHECK(db == NULL && cause != NULL);
		free(cause);
		cause = NULL;
	}
	/*
	 * migration 6 on a season made at 5: the initials of the names already
	 * there are filled in, and the dashboard's counter starts
	 */
	{
		sqlite3 *h;
		sqlite3_stmt *st;

		snprintf(path, sizeof path, "%s/five.db", dir);
		CHECK(sqlite3_open(path, &h) == SQLITE_OK);
		for (const struct db_migration *m = db_migrations; m->sql != NULL; m++)
			if (m->version <= 5)
				CHECK(sqlite3_exec(h, m->sql, NULL, NULL, NULL) == SQLITE_OK);
		CHECK(sqlite3_exec(h, "PRAGMA user_version = 5;"
		    "INSERT INTO cohorts(id, code, name) VALUES (1, 'c', 'c');"
		    "INSERT INTO students(id, cohort_id, name) VALUES (1, 1, '张三'),"
		    " (2, 1, '欧阳娜娜'), (3, 1, ''), (4, 1, 'Li Lei'), (5, 1, '单鑫')",
		    NULL, NULL, NULL) == SQLITE_OK);
		sqlite3_close(h);
		db = db_open(path, 0, &cause);
		CHECK(db != NULL);
		if (db == NULL) {
			fprintf(stderr, "%s\n", cause);
			return 1;
		}
		st = db_prepare(db, "SELECT group_concat(initials, ','), (SELECT n FROM"
		    " progress_generation) FROM (SELECT initials FROM students ORDER BY id)", &cause);
		CHECK(st != NULL && sqlite3_step(st) == SQLITE_ROW);
		/* migrations 6 and 7: initials from Unihan, 单 as a surname */
		CHECK_STR((const char *)sqlite3_column_text(st, 0), "zs,oynn,,lilei,sx");
		CHECK(sqlite3_column_int(st, 1) == 0);
		sqlite3_finalize(st);
		/* a write the counts read moves the counter; a check-in does not */
		CHECK(db_exec(db, "UPDATE students SET collected_at = 'now' WHERE id = 1", &cause) == 0);
		st = db_prepare(db, "SELECT n FROM progress_generation", &cause);
		CHECK(st != NULL && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0);
		sqlite3_finalize(st);
		CHECK(db_exec(db, "INSERT INTO flags(student_id, code, severity, source)"
		    " VALUES (1, 'PHOTO_MISSING', 'error', 'photo')", &cause) == 0);
		st = db_prepare(db, "SELECT n FROM progress_generation", &cause);
		CHECK(st != NULL && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 1);
		sqlite3_finalize(st);
		db_free(&db);
	}
	/* a file that is not SQLite is refused */
	{
		FILE *f;
		snprintf(path, sizeof path, "%s/junk.db", dir);
		f = fopen(path, "w");
		fputs("this is not a database, just some text long enough to look like a header\n", f);
		fclose(f);
		db = db_open(path, 0, &cause);
		CHECK(db == NULL && cause != NULL);
		free(cause);
	}
	{
		char cmd[300];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
		if (system(cmd) != 0)
			return 99;
	}
	return unit_done();
}
