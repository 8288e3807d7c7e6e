/* SPDX-License-Identifier: MIT */
/* Printed documents: aligned by display width, capitals, masking; and docnum. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db/db.h"
#include "money/docnum.h"
#include "money/document.h"
#include "db/settings.h"
#include "util/text.h"
#include "unit.h"
#include "util/xalloc.h"

/* The display column where needle starts on the line of s holding key. */
static int
column_of(const char *s, const char *key, const char *needle)
{
	const char *line = strstr(s, key), *end, *at;
	char *prefix;
	int w;

	if (line == NULL)
		return -1;
	while (line > s && line[-1] != '\n')
		line--;
	end = strchr(line, '\n');
	at = strstr(line, needle);
	if (at == NULL || (end != NULL && at > end))
		return -1;
	prefix = xstrndup(line, (size_t)(at - line));
	w = text_width(prefix);
	free(prefix);
	return w;
}

static void
test_render(void)
{
	struct doc *d = xcalloc(1, sizeof *d);
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	d->kind = DOC_RECEIPT;
	d->number = xstrdup("R2021-0007");
	d->state = xstrdup("issued");
	d->date = xstrdup("2021-03-01");
	d->school = xstrdup("示例学院");
	d->payer = xstrdup("张三");
	d->payer_id_number = xstrdup("110105194912310010");
	d->payee_name = xstrdup("大学生图像采集中心");
	doc_add_line(d, "scatter-premium-shoot", "散拍（精拍）化妆、服装、拍摄费", 2, 3000);
	doc_add_line(d, "scatter-premium-mail", "mailing", 2, 1025);
	CHECK(d->total_fen == 8050);
	doc_render_text(d, 0, 60, &sb);
	s = strbuf_str(&sb);
	CHECK(strstr(s, "R2021-0007") != NULL);
	CHECK(strstr(s, "人民币捌拾元零伍角") != NULL);
	CHECK(strstr(s, "¥80.50") != NULL);
	CHECK(strstr(s, "110105********0010") != NULL);
	CHECK(strstr(s, "110105194912310010") == NULL);
	/* amounts end in the same display column whatever the item's script */
	CHECK(column_of(s, "拍摄费", "60.00") + 5 == column_of(s, "mailing", "20.50") + 5);
	CHECK(column_of(s, "拍摄费", "60.00") > 0);
	strbuf_reset(&sb);
	doc_render_text(d, 1, 60, &sb);
	CHECK(strstr(strbuf_str(&sb), "110105194912310010") != NULL);
	strbuf_free(&sb);
	doc_free(&d);
	CHECK(d == NULL);
}

static void
test_docnum(void)
{
	char path[] = "/tmp/caiji-test-docnum.XXXXXX", *cause = NULL, *a, *b, *c;
	struct db *db;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	close(fd);
	unlink(path);
	db = db_open(path, DB_CREATE, &cause);
	CHECK(db != NULL);
	if (db == NULL)
		return;
	CHECK(db_begin(db, &cause) == 0);
	CHECK(docnum_next(db, "receipt", "R", &cause) == NULL);	/* no season yet */
	free(cause);
	cause = NULL;
	CHECK(settings_set(db, "season", "2022", &cause) == 0);
	a = docnum_next(db, "receipt", "R", &cause);
	b = docnum_next(db, "receipt", "R", &cause);
	c = docnum_next(db, "invoice", "", &cause);
	CHECK_STR(a, "R2022-0001");
	CHECK_STR(b, "R2022-0002");
	CHECK_STR(c, "2022-0001");
	db_rollback(db);	/* a rolled-back number is given back */
	free(a);
	CHECK(db_begin(db, &cause) == 0);
	CHECK(settings_set(db, "season", "2022", &cause) == 0);
	a = docnum_next(db, "receipt", "R", &cause);
	CHECK_STR(a, "R2022-0001");
	CHECK(db_commit(db, &cause) == 0);
	free(a);
	free(b);
	free(c);
	db_free(&db);
	unlink(path);
	{
		char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);

		unlink(wal);
		unlink(shm);
		free(wal);
		free(shm);
	}
}

int
main(void)
{
	text_init();
	test_render();
	test_docnum();
	return unit_done();
}
