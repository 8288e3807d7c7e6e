/* SPDX-License-Identifier: MIT */
/*
 * The writes a clerk triggers from the TUI (edit, orders, check-in) start
 * with share_begin: while another clerk holds the write lock they wait and
 * try again, then say so in words instead of "database is locked".
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "roster/checkin.h"
#include "db/db.h"
#include "money/order.h"
#include "season/season.h"
#include "db/share.h"
#include "roster/student.h"
#include "unit.h"

#define IN_WORDS "another clerk is writing"

/* 1 when the write failed with the words share_begin uses (frees cause). */
static int
refused_in_words(int rc, char **cause)
{
	int ok = rc != 0 && *cause != NULL && strstr(*cause, IN_WORDS) != NULL;

	if (!ok)
		fprintf(stderr, "rc %d, cause \"%s\"\n", rc, *cause != NULL ? *cause : "(null)");
	free(*cause);
	*cause = NULL;
	return ok;
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-share-XXXXXX", path[256], *cause = NULL, *receipt = NULL;
	struct checkin_result r;
	struct order_new on;
	struct db *db, *other;
	int64_t order, order2;
	int created;

	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/season.db", dir);
	if ((db = db_open(path, DB_CREATE, &cause)) == NULL ||
	    season_init(db, getenv("CAIJI_DATADIR"), NULL, NULL, &created, &cause) != 0 ||
	    db_exec(db, "INSERT INTO students(cohort_id, college_id, seq, name, id_number) VALUES"
	    " (3, 1, '3001', 'A', '370102200001011234'),"
	    " (1, 1, '1001', 'B', '370102200001015678')", &cause) != 0 ||
	    (other = db_open(path, 0, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	memset(&on, 0, sizeof on);
	on.student = "1001";
	on.tier = "standard";
	on.address = "济南市玉函路 7 号";
	on.recipient_phone = "13800000000";
	if (order_add(db, &on, &order, &cause) != 0 || order_add(db, &on, &order2, &cause) != 0 ||
	    order_pay(db, order2, "cash", &receipt, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	free(receipt);
	receipt = NULL;

	/* another clerk holds the write lock; waiting is cut short for the test */
	sqlite3_busy_timeout(db->h, 1);
	CHECK(db_exec(other, "BEGIN IMMEDIATE", &cause) == 0);

	CHECK(refused_in_words(student_set_field(db, 2, "name", "C", &cause), &cause));
	CHECK(refused_in_words(order_add(db, &on, &order, &cause), &cause));
	CHECK(refused_in_words(order_pay(db, order, "cash", &receipt, &cause), &cause));
	CHECK(refused_in_words(order_shoot(db, order2, &cause), &cause));
	CHECK(refused_in_words(order_cancel(db, order, NULL, &cause), &cause));
	CHECK(refused_in_words(checkin_scan(db, "370102200001011234", &r, &cause), &cause));
	CHECK(receipt == NULL);

	/* the lock released, the same writes go through */
	CHECK(db_exec(other, "COMMIT", &cause) == 0);
	CHECK(student_set_field(db, 2, "name", "C", &cause) == 0);
	CHECK(order_pay(db, order, "cash", &receipt, &cause) == 0);
	CHECK(receipt != NULL);
	free(receipt);

	db_free(&other);
	db_free(&db);
	unit_remove_season(dir);
	return unit_done();
}
