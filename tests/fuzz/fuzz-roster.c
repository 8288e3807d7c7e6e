/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: arbitrary bytes as a roster file through the whole
 * import (encoding detection, libcsv, header search, normalisation, matching,
 * validation), as a dry run on one season database, so every input starts
 * from the same state.  Invariants: an import either succeeds or gives a
 * cause; a dry run leaves no student behind.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "roster/csvread.h"
#include "roster/roster.h"
#include "season/season.h"

static struct db *db;
static char path[64], dbpath[64];

static void
fuzz_setup(void)
{
	const char *dir = getenv("CAIJI_DATADIR");
	char *cause = NULL;
	int created;

	snprintf(dbpath, sizeof dbpath, "/tmp/caiji-fuzz-%ld.db", (long)getpid());
	snprintf(path, sizeof path, "/tmp/caiji-fuzz-%ld.csv", (long)getpid());
	unlink(dbpath);
	db = db_open(dbpath, DB_CREATE, &cause);
	if (db == NULL || season_init(db, dir != NULL ? dir : "data", "19999", "示范学院",
	    &created, &cause) != 0) {
		fprintf(stderr, "fuzz-roster: %s (set CAIJI_DATADIR to the data directory)\n",
		    cause != NULL ? cause : "?");
		abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct roster_options opt = { "2021-uncollected", "传媒学院", CSVREAD_AUTO, 1 };
	struct roster_summary sum;
	const char *files[1] = { path };
	char *cause = NULL;
	sqlite3_stmt *st;
	FILE *f;
	int bom, rc;

	if (db == NULL)
		fuzz_setup();
	(void)csvread_detect(data, size, &bom);
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	opt.encoding = size > 0 ? (enum csvread_encoding)(data[0] % 3) : CSVREAD_AUTO;
	rc = roster_import(db, files, 1, &opt, NULL, NULL, &sum, &cause);
	if (rc != 0 && cause == NULL)
		abort();
	free(cause);
	st = db_prepare(db, "SELECT count(*) FROM students", &cause);
	if (st == NULL || sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) != 0)
		abort();
	sqlite3_finalize(st);
	return 0;
}
