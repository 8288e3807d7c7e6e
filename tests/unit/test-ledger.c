/* SPDX-License-Identifier: MIT */
/* The submission ledger: submit, block, resubmit once, flags rewritten. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "ledger/ledger.h"
#include "season/season.h"
#include "unit.h"

static char *
current_sha(struct db *db, int64_t id)
{
	(void)db;
	return strdup(id == 1 ? "aaaa" : "changed");
}

static int
count(struct db *db, const char *sql)
{
	char *cause = NULL;
	sqlite3_stmt *st = db_prepare(db, sql, &cause);
	int n = -1;

	if (st != NULL && sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	free(cause);
	return n;
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-ledger-XXXXXX", path[256];
	char *cause = NULL;
	struct db *db;
	int64_t pkg;
	int created, blocked = -1;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/season.db", dir);
	db = db_open(path, DB_CREATE, &cause);
	if (db == NULL || season_init(db, getenv("CAIJI_DATADIR"), "99999", "示例学院",
	    &created, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	CHECK(db_exec(db, "INSERT INTO students(id, cohort_id, college_id, seq, name)"
	    " VALUES (1, 1, 1, '1001', '张三'), (2, 1, 1, '1002', '李四'),"
	    " (3, 1, 1, '1003', '王五'), (4, 1, 1, '1003', '赵六')", &cause) == 0);

	CHECK(ledger_blocked(db, 1, &blocked, &cause) == 0 && blocked == 0);
	/* never submitted: nothing to resubmit */
	CHECK(ledger_resubmit(db, "1001", "lost", &cause) == -1);
	free(cause);
	cause = NULL;

	CHECK(db_begin(db, &cause) == 0);
	pkg = ledger_package_add(db, "99999_传媒学院_20210309", 1, 1, "/x", &cause);
	CHECK(pkg > 0);
	CHECK(ledger_submit(db, pkg, 1, "aaaa", &cause) == 0);
	CHECK(ledger_submit(db, pkg, 2, "bbbb", &cause) == 0);
	CHECK(ledger_refresh_flags(db, current_sha, &cause) == 0);
	CHECK(db_commit(db, &cause) == 0);

	CHECK(ledger_blocked(db, 1, &blocked, &cause) == 0 && blocked == 1);
	CHECK(count(db, "SELECT count(*) FROM flags WHERE code = 'ALREADY_SUBMITTED'"
	    " AND source = 'export' AND severity = 'error'") == 2);
	/* the photo of 1002 changed since it was submitted: the flag says so */
	CHECK(count(db, "SELECT count(*) FROM flags WHERE seq = '1002'"
	    " AND detail LIKE '%changed%'") == 1);
	CHECK(count(db, "SELECT count(*) FROM flags WHERE seq = '1001'"
	    " AND detail LIKE '%changed%'") == 0);

	/* a reason is required; a duplicate seq is refused */
	CHECK(ledger_resubmit(db, "1001", "  ", &cause) == -1);
	free(cause);
	cause = NULL;
	CHECK(ledger_resubmit(db, "1003", "x", &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "1003") != NULL);
	free(cause);
	cause = NULL;

	/* one resubmission lets one more export in, and only one */
	CHECK(db_begin(db, &cause) == 0);
	CHECK(ledger_resubmit(db, "1001", "照片重拍", &cause) == 0);
	CHECK(db_commit(db, &cause) == 0);
	CHECK(ledger_blocked(db, 1, &blocked, &cause) == 0 && blocked == 0);
	CHECK(count(db, "SELECT count(*) FROM flags WHERE seq = '1001'") == 0);
	CHECK(count(db, "SELECT count(*) FROM audit WHERE action = 'resubmit'"
	    " AND new_value = '照片重拍'") == 1);
	CHECK(ledger_resubmit(db, "1001", "again", &cause) == -1);
	free(cause);
	cause = NULL;
	CHECK(db_begin(db, &cause) == 0);
	pkg = ledger_package_add(db, "second", 1, 1, "/y", &cause);
	CHECK(ledger_submit(db, pkg, 1, "aaaa", &cause) == 0);
	CHECK(ledger_refresh_flags(db, NULL, &cause) == 0);
	CHECK(db_commit(db, &cause) == 0);
	CHECK(ledger_blocked(db, 1, &blocked, &cause) == 0 && blocked == 1);
	CHECK(count(db, "SELECT count(*) FROM resubmissions WHERE used_by_package IS NOT NULL")
	    == 1);
	CHECK(count(db, "SELECT count(*) FROM flags WHERE code = 'ALREADY_SUBMITTED'") == 2);

	/* the guard fails closed: no such student, or a read that fails, blocks */
	blocked = 0;
	CHECK(ledger_blocked(db, 999, &blocked, &cause) == -1 && blocked == 1 && cause != NULL);
	free(cause);
	cause = NULL;
	/* a view in the table's place whose every read fails at step time */
	CHECK(db_exec(db, "ALTER TABLE submissions RENAME TO submissions_real;"
	    " CREATE VIEW submissions AS SELECT student_id FROM submissions_real"
	    " WHERE abs(-9223372036854775807 - 1) > 0", &cause) == 0);
	blocked = 0;
	CHECK(ledger_blocked(db, 2, &blocked, &cause) == -1 && blocked == 1 && cause != NULL);
	free(cause);
	cause = NULL;

	db_free(&db);
	unit_remove_season(dir);
	return unit_done();
}
