/* SPDX-License-Identifier: MIT */
/* Keyset paging through the roster: every order, both ways, filters, search. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "view/browse.h"
#include "db/db.h"
#include "util/pinyin.h"
#include "season/season.h"
#include "roster/student.h"
#include "unit.h"
#include "util/xalloc.h"

#define N 257

static struct db *
setup(char *dir, char *path, size_t size)
{
	char *cause = NULL;
	struct db *db;
	int created;

	if (mkdtemp(dir) == NULL)
		exit(99);
	snprintf(path, size, "%s/season.db", dir);
	if ((db = db_open(path, DB_CREATE, &cause)) == NULL ||
	    season_init(db, getenv("CAIJI_DATADIR"), NULL, NULL, &created, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		exit(99);
	}
	/*
	 * names repeat, so that ties are broken by the row id; the initials
	 * written as the core writes them (caiji_initials, on its connections)
	 */
	if (db_exec(db, "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k"
	    " WHERE i < 257) INSERT INTO students(cohort_id, college_id, seq, student_no, name,"
	    " initials, gender, id_number, major, level) SELECT 1 + i % 3,"
	    " CASE WHEN i % 10 = 0 THEN NULL"
	    " ELSE 1 + i % 7 END, printf('%04d', 1000 + (i * 37) % 1000),"
	    " printf('S%05d', (i * 101) % 257), substr('王李张', 1 + i % 3, 1) ||"
	    " substr('小大', 1 + i % 2, 1), caiji_initials(substr('王李张', 1 + i % 3, 1) ||"
	    " substr('小大', 1 + i % 2, 1)), CASE WHEN i % 2 THEN '男' ELSE '女' END,"
	    " printf('3701022000010100%02d', i % 100), 'm' || (i % 5), 'l' || (i % 2) FROM k;"
	    "INSERT INTO flags(student_id, code, severity, source) SELECT id, 'PHOTO_MISSING',"
	    " 'error', 'photo' FROM students WHERE id % 4 = 0;"
	    "INSERT INTO flags(student_id, code, severity, source) SELECT id, 'PHOTO_DPI',"
	    " 'error', 'photo' FROM students WHERE id % 5 = 0;", &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		exit(99);
	}
	return db;
}

/* Reads the whole list page by page; returns the ids in order in out. */
static size_t
walk(struct browse *b, int dir, size_t page, int64_t *out)
{
	struct browse_rows rows = { NULL, 0 };
	char *cause = NULL;
	size_t n = 0;

	if (browse_fetch(b, NULL, dir, 0, page, &rows, &cause) != 0)
		return 0;
	while (rows.n > 0 && n <= N) {
		if (dir > 0)
			for (size_t i = 0; i < rows.n; i++)
				out[n++] = rows.v[i].id;
		else
			for (size_t i = rows.n; i > 0; i--)
				out[n++] = rows.v[i - 1].id;
		if (browse_fetch(b, &rows.v[dir > 0 ? rows.n - 1 : 0], dir, 0, page, &rows,
		    &cause) != 0)
			break;
	}
	browse_rows_free(&rows);
	return n;
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-browse-XXXXXX", path[256], *cause = NULL, *s;
	struct db *db = setup(dir, path, sizeof path);
	struct browse *b = browse_new(db);
	struct browse_filter f;
	struct browse_rows rows = { NULL, 0 };
	int64_t fwd[N + 2], back[N + 2], count;
	struct browse_choices cohorts;

	memset(&f, 0, sizeof f);
	for (int sort = 0; sort < BROWSE_SORT__COUNT; sort++)
		for (int desc = 0; desc < 2; desc++) {
			size_t nf, nb;

			CHECK(browse_set(b, &f, (enum browse_sort)sort, desc, &cause) == 0);
			nf = walk(b, 1, 10, fwd);
			nb = walk(b, -1, 7, back);
			CHECK(nf == N);
			CHECK(nb == N);
			/* forwards and backwards meet the same rows, no row twice */
			for (size_t i = 0; i < nf && i < nb; i++)
				CHECK(fwd[i] == back[nb - 1 - i]);
			for (size_t i = 0; i < nf; i++)
				for (size_t j = i + 1; j < nf; j++)
					if (fwd[i] == fwd[j])
						CHECK(!"a row came twice");
		}

	/* the sort order is the order asked for */
	CHECK(browse_set(b, &f, BROWSE_SORT_NAME, 0, &cause) == 0);
	CHECK(browse_fetch(b, NULL, 1, 0, N, &rows, &cause) == 0);
	CHECK(rows.n == N);
	for (size_t i = 1; i < rows.n; i++)
		CHECK(strcmp(rows.v[i - 1].name, rows.v[i].name) < 0 ||
		    (strcmp(rows.v[i - 1].name, rows.v[i].name) == 0 &&
		    rows.v[i - 1].id < rows.v[i].id));
	/* inclusive fetch starts at the row itself */
	CHECK(browse_fetch(b, &rows.v[5], 1, 1, 3, &rows, &cause) == 0);
	CHECK(rows.n == 3);

	/* filters and counts */
	f.college_id = 2;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 34);	/* i % 7 == 1, not i % 10 == 0 */
	CHECK(walk(b, 1, 4, fwd) == 34);
	f.college_id = 0;
	f.photo = BROWSE_PHOTO_MISSING;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == N / 4);
	CHECK(walk(b, 1, 9, fwd) == N / 4);
	f.photo = BROWSE_PHOTO_FAILING;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == N / 5);
	/* photo ok: a photo scanned for the seq and no photo error */
	if (db_exec(db, "INSERT INTO photos(path, dir, name, seq, size, mtime_ns, profile, verdict)"
	    " SELECT '/p/' || id || '.jpg', '/p', id || '.jpg', seq, 1, 1, 'x', 'ok'"
	    " FROM students WHERE id <= 40", &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	f.photo = BROWSE_PHOTO_OK;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	/* ids 1-40 have photos (seq repeats bring in others), less those with photo errors */
	{
		sqlite3_stmt *st;
		int64_t want = -1;

		if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM students s WHERE s.seq IN"
		    " (SELECT seq FROM photos) AND NOT EXISTS (SELECT 1 FROM flags f WHERE"
		    " f.student_id = s.id AND f.code LIKE 'PHOTO%' AND f.severity = 'error')",
		    -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
			want = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		CHECK(want > 0 && count == want);
		CHECK((int64_t)walk(b, 1, 6, fwd) == want);
	}
	f.photo = BROWSE_PHOTO_ANY;
	f.flag = "PHOTO_DPI";
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == N / 5);
	/* counted from the flags alone, or with the students: the same */
	f.photo = BROWSE_PHOTO_MISSING;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == N / 20);	/* id % 4 == 0 and id % 5 == 0 */
	CHECK(walk(b, 1, 3, fwd) == N / 20);
	f.photo = BROWSE_PHOTO_ANY;
	f.college_id = 2;
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK((int64_t)walk(b, 1, 3, fwd) == count && count > 0 && count < N / 5);
	f.college_id = 0;
	f.flag = NULL;

	/* search: prefixes of the seq, the student number, the name, the ID; initials */
	f.search = "S0000";
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 10);
	f.search = "王小";		/* i % 6 == 0 */
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 42);
	f.search = "wx";
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 42);
	CHECK(walk(b, 1, 5, fwd) == 42);
	/* a capped count: the first cap matches, and a word that there are more */
	{
		int more = -1;

		CHECK(browse_count_upto(b, 40, &count, &more, &cause) == 0);
		CHECK(count == 40 && more == 1);
		CHECK(browse_count_upto(b, 42, &count, &more, &cause) == 0);
		CHECK(count == 42 && more == 0);
		f.search = NULL;	/* without a search, always the whole count */
		CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
		CHECK(browse_count_upto(b, 40, &count, &more, &cause) == 0);
		CHECK(count > 40 && more == 0);
		f.search = "wx";
		CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	}
	f.search = "37010220000101009";	/* i % 100 from 90 to 99 */
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 20);

	s = pinyin_initials("张三 Li");
	CHECK_STR(s, "zsli");
	free(s);
	s = pinyin_initials("欧阳娜娜");
	CHECK_STR(s, "oynn");
	free(s);

	/* a name corrected is found by its new initials, not by its old ones */
	CHECK(student_set_field(db, 1, "name", "欧阳娜娜", &cause) == 0);
	f.search = "oyn";
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 1);
	CHECK(browse_fetch(b, NULL, 1, 0, 5, &rows, &cause) == 0);
	CHECK(rows.n == 1 && rows.v[0].id == 1);
	f.search = "ld";	/* 李大, i % 6 == 1: 43, less id 1 */
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 42);
	f.search = "lx";	/* 李小, i % 6 == 4 */
	CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, 0, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 43);
	f.search = NULL;

	/* a college and a cohort together (counted and fetched by different indexes) */
	f.college_id = 2;
	f.cohort_id = 2;
	CHECK(browse_set(b, &f, BROWSE_SORT_GENDER, 1, &cause) == 0);
	CHECK(browse_count(b, &count, &cause) == 0);
	CHECK(count == 12);	/* i % 21 == 1 (13 of them), not i == 190 */
	CHECK(walk(b, 1, 4, fwd) == 12);
	CHECK(walk(b, -1, 3, back) == 12);
	for (size_t i = 0; i < 12; i++)
		CHECK(fwd[i] == back[11 - i]);
	f.college_id = f.cohort_id = 0;

	/*
	 * A search that matches many (1000 or more) pages by walking the sort
	 * order instead of from the search's indexes: the same rows.
	 */
	if (db_exec(db, "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k"
	    " WHERE i < 1100) INSERT INTO students(cohort_id, seq, student_no, name, initials)"
	    " SELECT 1, printf('%04d', 5000 + i * 7 % 1100), 'Z' || i, '张伟', caiji_initials('张伟')"
	    " FROM k", &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	for (int desc = 0; desc < 2; desc++) {
		int64_t prev = -1;
		size_t seen = 0;

		f.search = "zw";
		CHECK(browse_set(b, &f, BROWSE_SORT_SEQ, desc, &cause) == 0);
		CHECK(browse_count(b, &count, &cause) == 0);
		CHECK(count == 1100);
		CHECK(browse_fetch(b, NULL, 1, 0, 64, &rows, &cause) == 0);
		while (rows.n > 0 && seen <= 1100) {
			for (size_t i = 0; i < rows.n; i++) {
				int64_t seq = strtol(rows.v[i].seq, NULL, 10);

				CHECK(strcmp(rows.v[i].name, "张伟") == 0);
				CHECK(prev < 0 || (desc ? seq < prev : seq > prev));
				prev = seq;
				seen++;
			}
			CHECK(browse_fetch(b, &rows.v[rows.n - 1], 1, 0, 64, &rows, &cause) == 0);
		}
		CHECK(seen == 1100);
	}
	f.search = NULL;

	CHECK(browse_cohorts(db, &cohorts, &cause) == 0);
	CHECK(cohorts.n == 3);
	browse_choices_free(&cohorts);

	browse_rows_free(&rows);
	browse_free(&b);
	CHECK(b == NULL);
	db_free(&db);
	unit_remove_season(dir);
	return unit_done();
}
