/* SPDX-License-Identifier: MIT */
/*
 * What the TUI's screens read: progress, a student's detail and the audited
 * reveal, flag groups, the database generation, local times, thumbnails.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jpeglib.h>

#include "db/db.h"
#include "view/detail.h"
#include "view/flaggroup.h"
#include "view/progress.h"
#include "season/season.h"
#include "db/share.h"
#include "photo/thumb.h"
#include "unit.h"
#include "util/when.h"

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

/* A w × h JPEG: blue above, skin-ish below. */
static int
write_jpeg(const char *path, int w, int h)
{
	struct jpeg_compress_struct c;
	struct jpeg_error_mgr err;
	unsigned char *row = malloc((size_t)w * 3);
	FILE *f = fopen(path, "wb");

	if (f == NULL || row == NULL)
		return -1;
	c.err = jpeg_std_error(&err);
	jpeg_create_compress(&c);
	jpeg_stdio_dest(&c, f);
	c.image_width = (JDIMENSION)w;
	c.image_height = (JDIMENSION)h;
	c.input_components = 3;
	c.in_color_space = JCS_RGB;
	jpeg_set_defaults(&c);
	jpeg_start_compress(&c, TRUE);
	while (c.next_scanline < c.image_height) {
		int top = c.next_scanline < (JDIMENSION)h / 2;

		for (int x = 0; x < w; x++) {
			row[x * 3] = top ? 100 : 230;
			row[x * 3 + 1] = top ? 197 : 180;
			row[x * 3 + 2] = top ? 255 : 150;
		}
		jpeg_write_scanlines(&c, &row, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	fclose(f);
	free(row);
	return 0;
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-views-XXXXXX", path[256], jpg[256], *cause = NULL, *s;
	struct progress p;
	struct detail d;
	struct flaggroup_list fl;
	struct thumb t;
	struct db *db;
	long long gen;
	int created, ok, days;
	time_t now;
	struct tm tm;

	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof path, "%s/season.db", dir);
	if ((db = db_open(path, DB_CREATE, &cause)) == NULL ||
	    season_init(db, getenv("CAIJI_DATADIR"), NULL, NULL, &created, &cause) != 0 ||
	    db_exec(db, "INSERT INTO students(cohort_id, college_id, seq, name, id_number, gender)"
	    " VALUES (1, 1, '1001', '张三', '370102200105031232', '男'),"
	    " (1, 1, '1002', '李四', '', '女'), (3, 2, '2001', '王五', '', '男'),"
	    " (1, NULL, '', '无院', '', '');"
	    "UPDATE students SET collected_at = '2021-03-16T01:30:00Z' WHERE seq = '2001';"
	    "INSERT INTO flags(student_id, code, severity, detail, source) VALUES"
	    " (1, 'PHOTO_MISSING', 'error', '', 'photo'), (2, 'PHOTO_DPI', 'error', '', 'photo'),"
	    " (2, 'PHOTO_BACKGROUND', 'warning', 'dark', 'photo'),"
	    " (3, 'PHOTO_BACKGROUND', 'warning', '', 'photo'),"
	    " (NULL, 'PHOTO_NAME', 'error', 'x.jpg', 'photo');"
	    "INSERT INTO normalisations(student_id, field, old_value, new_value)"
	    " VALUES (1, 'seq', '1', '0001');", &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}

	/* progress: by college, totals, no-college row, dates */
	now = time(NULL);
	CHECK(progress_load(db, now, &p, &cause) == 0);
	CHECK(p.n == 8);	/* seven colleges and "no college" */
	CHECK(p.v[0].college_id == 1 && p.v[0].roster == 2 && p.v[0].photo_missing == 1 &&
	    p.v[0].photo_failing == 1 && p.v[0].with_errors == 2 && p.v[0].collected == 0);
	CHECK(p.v[1].roster == 1 && p.v[1].collected == 1 && p.v[1].with_errors == 0);
	CHECK(p.v[7].college_id == 0 && p.v[7].roster == 1);
	CHECK(p.total.roster == 4 && p.total.photo_missing == 1 && p.total.with_errors == 2 &&
	    p.total.collected == 1 && p.total.submitted == 0);
	CHECK_STR(p.photo_deadline, "2021-03-09");
	CHECK_STR(p.onsite_date, "2021-03-16");
	CHECK(p.onsite_days - p.photo_days == 7);

	/*
	 * progress_refresh keeps the counts while progress_generation stays:
	 * a check-in (collected_at) does not move it and is counted anyway;
	 * anything else the counts read moves it, from any connection.
	 */
	CHECK(db_exec(db, "UPDATE students SET collected_at = '2021-03-16T01:31:00Z'"
	    " WHERE seq = '1001'", &cause) == 0);
	gen = p.generation;
	CHECK(progress_refresh(db, now, &p, &cause) == 0);
	CHECK(p.generation == gen);
	CHECK(p.v[0].collected == 1 && p.total.collected == 2 && p.v[0].roster == 2 &&
	    p.v[0].photo_missing == 1 && p.total.with_errors == 2 && p.v[7].roster == 1);
	CHECK(db_exec(db, "DELETE FROM flags WHERE student_id = 1", &cause) == 0);
	CHECK(progress_refresh(db, now, &p, &cause) == 0);
	CHECK(p.generation != gen);
	CHECK(p.v[0].photo_missing == 0 && p.total.with_errors == 1 && p.v[0].roster == 2);
	gen = p.generation;
	{
		/* another clerk moves a student to another college */
		sqlite3 *h;

		CHECK(sqlite3_open(path, &h) == SQLITE_OK);
		CHECK(sqlite3_exec(h, "UPDATE students SET college_id = 2 WHERE seq = '1002'",
		    NULL, NULL, NULL) == SQLITE_OK);
		sqlite3_close(h);
	}
	CHECK(progress_refresh(db, now, &p, &cause) == 0);
	CHECK(p.generation != gen);
	CHECK(p.v[0].roster == 1 && p.v[1].roster == 2 && p.v[1].photo_failing == 1 &&
	    p.v[0].photo_failing == 0);
	CHECK(db_exec(db, "UPDATE students SET college_id = 1 WHERE seq = '1002';"
	    "UPDATE students SET collected_at = NULL WHERE seq = '1001';"
	    "INSERT INTO flags(student_id, code, severity, detail, source)"
	    " VALUES (1, 'PHOTO_MISSING', 'error', '', 'photo')", &cause) == 0);
	progress_free(&p);

	localtime_r(&now, &tm);
	tm.tm_mday += 3;
	tm.tm_isdst = -1;
	mktime(&tm);
	{
		char iso[16];

		strftime(iso, sizeof iso, "%Y-%m-%d", &tm);
		days = progress_days_until(iso, now, &ok);
		CHECK(ok && days == 3);
	}
	progress_days_until("2021-13-01", now, &ok);
	CHECK(!ok);
	progress_days_until("soon", now, &ok);
	CHECK(!ok);

	/* detail and the audited reveal */
	CHECK(detail_load(db, 1, &d, &cause) == 0);
	CHECK_STR(d.name, "张三");
	CHECK_STR(d.college, "传媒学院");
	CHECK(d.nflags == 1 && strcmp(d.flags[0].code, "PHOTO_MISSING") == 0);
	CHECK(d.nchanges == 1 && strcmp(d.changes[0].new_value, "0001") == 0);
	CHECK(d.collected_at == NULL);
	s = detail_audit_key(&d);
	CHECK_STR(s, "1001");
	free(s);
	gen = share_generation(db);
	CHECK(detail_reveal_id(db, &d, &cause) == 0);
	CHECK(count(db, "SELECT count(*) FROM audit WHERE action = 'reveal-id' AND key = '1001'"
	    " AND entity = 'student' AND field = 'id_number'") == 1);
	CHECK(share_generation(db) != gen);
	detail_free(&d);
	CHECK(detail_load(db, 2, &d, &cause) == 0);
	CHECK(d.nflags == 2 && strcmp(d.flags[0].severity, "error") == 0);	/* errors first */
	detail_free(&d);
	CHECK(detail_load(db, 99, &d, &cause) == -1);
	CHECK(cause != NULL);
	free(cause);
	cause = NULL;

	/*
	 * flag groups: errors first, then by students, flags and code; a
	 * student with two flags of a code counted once; the single student
	 * named
	 */
	CHECK(db_exec(db, "INSERT INTO flags(student_id, code, severity, detail, source)"
	    " VALUES (2, 'PHOTO_BACKGROUND', 'warning', 'again', 'photo')", &cause) == 0);
	CHECK(flaggroup_load(db, &fl, &cause) == 0);
	CHECK(fl.n == 4);
	CHECK(fl.v[0].errors == 1);
	CHECK(fl.n == 4 && strcmp(fl.v[0].code, "PHOTO_DPI") == 0 &&
	    strcmp(fl.v[1].code, "PHOTO_MISSING") == 0 && strcmp(fl.v[2].code, "PHOTO_NAME") == 0);
	CHECK(strcmp(fl.v[fl.n - 1].code, "PHOTO_BACKGROUND") == 0 && fl.v[fl.n - 1].students == 2 &&
	    fl.v[fl.n - 1].flags == 3 && fl.v[fl.n - 1].errors == 0);
	CHECK(db_exec(db, "DELETE FROM flags WHERE detail = 'again'", &cause) == 0);
	for (size_t i = 0; i < fl.n; i++) {
		if (strcmp(fl.v[i].code, "PHOTO_MISSING") == 0)
			CHECK(fl.v[i].one_student == 1);
		if (strcmp(fl.v[i].code, "PHOTO_NAME") == 0)
			CHECK(fl.v[i].students == 0 && fl.v[i].flags == 1);
	}
	flaggroup_list_free(&fl);
	CHECK(flaggroup_next(db, NULL, &s, &cause) == 0);
	CHECK_STR(s, "PHOTO_BACKGROUND");
	free(s);
	CHECK(flaggroup_next(db, "PHOTO_MISSING", &s, &cause) == 0);
	CHECK(s == NULL);	/* PHOTO_NAME has no student */

	/* local time */
	s = when_local("2021-03-16T01:30:00Z");
	CHECK_STR(s, "2021-03-16 09:30");
	free(s);

	/* thumbnails keep the proportions and fit the box */
	snprintf(jpg, sizeof jpg, "%s/1001.jpg", dir);
	CHECK(write_jpeg(jpg, 960, 1280) == 0);
	CHECK(thumb_load(jpg, 24, 40, &t, &cause) == 0);
	CHECK(t.width == 24 && t.height == 32 && t.photo_width == 960 && t.photo_height == 1280);
	CHECK(t.rgb[2] > 200 && t.rgb[0] < 130);	/* blue at the top */
	thumb_free(&t);
	CHECK(thumb_load(jpg, 40, 20, &t, &cause) == 0);
	CHECK(t.height == 20 && t.width == 15);
	thumb_free(&t);
	CHECK(thumb_load(path, 20, 20, &t, &cause) == -1);	/* not a JPEG */
	free(cause);
	unlink(jpg);

	db_free(&db);
	unit_remove_season(dir);
	return unit_done();
}
