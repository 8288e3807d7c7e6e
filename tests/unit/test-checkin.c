/* SPDX-License-Identifier: MIT */
/* On-site check-in: each status, the audit, the counts. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "roster/checkin.h"
#include "db/db.h"
#include "season/season.h"
#include "unit.h"

static int
count(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	int n = -1;

	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-checkin-XXXXXX", path[256], *cause = NULL;
	struct checkin_result r;
	struct db *db;
	int64_t onsite, collected;
	int created;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/season.db", dir);
	if ((db = db_open(path, DB_CREATE, &cause)) == NULL ||
	    season_init(db, getenv("CAIJI_DATADIR"), NULL, NULL, &created, &cause) != 0 ||
	    db_exec(db, "INSERT INTO students(cohort_id, seq, name, id_number) VALUES"
	    " (3, '3001', 'A', '370102200001011234'),"		/* on site */
	    " (1, '1001', 'B', '370102200001015678'),"		/* sends photos */
	    " (3, '3002', 'C', '11010120000101999X'),"		/* on site, check letter X */
	    " (3, '3003', 'D', '440101200001010001'),"		/* shared by two on site */
	    " (3, '3004', 'E', '440101200001010001')", &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}

	CHECK(checkin_counts(db, &onsite, &collected, &cause) == 0);
	CHECK(onsite == 4 && collected == 0);

	CHECK(checkin_scan(db, " 370102200001011234\r\n", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_MARKED);
	CHECK_STR(r.seq, "3001");
	CHECK(r.at != NULL && r.by != NULL);
	checkin_result_free(&r);
	CHECK(count(db, "SELECT count(*) FROM students WHERE seq = '3001'"
	    " AND collected_at IS NOT NULL AND collected_by <> ''") == 1);
	CHECK(count(db, "SELECT count(*) FROM audit WHERE action = 'checkin' AND key = '3001'"
	    " AND field = 'collected_at' AND new_value IS NOT NULL") == 1);

	CHECK(checkin_scan(db, "370102200001011234", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_ALREADY);
	checkin_result_free(&r);
	CHECK(count(db, "SELECT count(*) FROM audit WHERE action = 'checkin'") == 1);

	CHECK(checkin_scan(db, "370102200001015678", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_NOT_ONSITE);
	checkin_result_free(&r);
	CHECK(count(db, "SELECT count(*) FROM students WHERE seq = '1001'"
	    " AND collected_at IS NOT NULL") == 0);

	CHECK(checkin_scan(db, "11010120000101999x", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_MARKED);
	checkin_result_free(&r);

	CHECK(checkin_scan(db, "440101200001010001", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_AMBIGUOUS);
	CHECK(r.matches == 2);
	checkin_result_free(&r);

	CHECK(checkin_scan(db, "999", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_UNKNOWN);
	checkin_result_free(&r);
	CHECK(checkin_scan(db, "   ", &r, &cause) == 0);
	CHECK(r.status == CHECKIN_UNKNOWN);
	checkin_result_free(&r);

	CHECK(checkin_counts(db, &onsite, &collected, &cause) == 0);
	CHECK(onsite == 4 && collected == 2);

	db_free(&db);
	unit_remove_season(dir);
	return unit_done();
}
