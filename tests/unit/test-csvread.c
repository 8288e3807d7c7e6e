/* SPDX-License-Identifier: MIT */
/* Encoding detection, UTF-8 validation and the streaming CSV reader. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "roster/csvread.h"
#include "util/strbuf.h"
#include "unit.h"

static int
valid(const char *s, size_t n)
{
	struct csvread_utf8 u = { 0, 0, 0 };

	return csvread_utf8_feed(&u, (const unsigned char *)s, n) < 0 &&
	    csvread_utf8_end(&u) == 0;
}

static enum csvread_encoding
detect(const char *s, size_t n, int *bom)
{
	return csvread_detect((const unsigned char *)s, n, bom);
}

/* Rows as "LINE:a|b|c;" for comparing. */
static int
collect(void *arg, const struct csvread_row *row, char **cause)
{
	struct strbuf *sb = arg;

	(void)cause;
	strbuf_printf(sb, "%d:", row->line);
	for (size_t i = 0; i < row->n; i++)
		strbuf_printf(sb, "%s%s", i > 0 ? "|" : "", row->v[i]);
	strbuf_putc(sb, ';');
	return 0;
}

static char tmp[64];

static const char *
file(const char *content, size_t n)
{
	FILE *f;

	snprintf(tmp, sizeof tmp, "/tmp/caiji-csvread-%ld.csv", (long)getpid());
	f = fopen(tmp, "wb");
	fwrite(content, 1, n, f);
	fclose(f);
	return tmp;
}

/* Reads content; returns the rows, or "ERR: cause". */
static char *
parse(const char *content, size_t n, enum csvread_encoding enc, enum csvread_encoding *used)
{
	struct strbuf sb = STRBUF_INIT;
	char *cause = NULL;
	int bom;

	if (csvread_file(file(content, n), enc, used, &bom, collect, &sb, &cause) != 0) {
		strbuf_free(&sb);
		sb = (struct strbuf)STRBUF_INIT;
		strbuf_printf(&sb, "ERR: %s", cause);
		free(cause);
	}
	unlink(tmp);
	return sb.s != NULL ? strbuf_detach(&sb) : calloc(1, 1);
}

#define PARSE(lit, enc, used) parse((lit), sizeof(lit) - 1, (enc), (used))

int
main(void)
{
	enum csvread_encoding used;
	char *got;
	int bom;

	/* strict UTF-8 */
	CHECK(valid("abc", 3));
	CHECK(valid("张三", strlen("张三")));
	CHECK(valid("\xf0\x9f\x98\x80", 4));		/* U+1F600 */
	CHECK(!valid("\xc0\xaf", 2));			/* overlong */
	CHECK(!valid("\xe0\x80\xaf", 3));		/* overlong */
	CHECK(!valid("\xed\xa0\x80", 3));		/* surrogate */
	CHECK(!valid("\xf4\x90\x80\x80", 4));		/* above U+10FFFF */
	CHECK(!valid("\xe5\xbc", 2));			/* truncated */
	CHECK(!valid("\xd5\xc5\xc8\xfd", 4));		/* 张三 in GBK */
	{
		/* a character split across two feeds */
		struct csvread_utf8 u = { 0, 0, 0 };

		CHECK(csvread_utf8_feed(&u, (const unsigned char *)"a\xe5\xbc", 3) < 0);
		CHECK(csvread_utf8_end(&u) != 0);
		CHECK(csvread_utf8_feed(&u, (const unsigned char *)"\xa0z", 2) < 0);
		CHECK(csvread_utf8_end(&u) == 0);
	}

	/* detection */
	CHECK(detect("\xef\xbb\xbfx", 4, &bom) == CSVREAD_UTF8 && bom);
	CHECK(detect("学号", strlen("学号"), &bom) == CSVREAD_UTF8 && !bom);
	CHECK(detect("\xd1\xa7\xba\xc5", 4, &bom) == CSVREAD_GB18030 && !bom);	/* 学号 */
	CHECK(detect("plain ascii", 11, &bom) == CSVREAD_UTF8);
	CHECK(csvread_sniff((const unsigned char *)"PK\003\004", 4) != NULL);
	CHECK(csvread_sniff((const unsigned char *)"\xff\xfe", 2) != NULL);
	CHECK(csvread_sniff((const unsigned char *)"学号", 6) == NULL);
	CHECK(csvread_encoding_parse("GBK") == CSVREAD_GB18030);
	CHECK(csvread_encoding_parse("utf-8") == CSVREAD_UTF8);
	CHECK(csvread_encoding_parse("latin1") == -1);

	/* the reader: CRLF, quotes, embedded line breaks, blank lines, line numbers */
	got = PARSE("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\r\nlast,row", CSVREAD_AUTO,
	    &used);
	CHECK_STR(got, "1:a|b;2:x, y|say \"hi\";4:two\nlines|z;6:last|row;");
	CHECK(used == CSVREAD_UTF8);
	free(got);
	got = PARSE(" a , b \n", CSVREAD_AUTO, &used);
	CHECK_STR(got, "1: a | b ;");	/* spaces kept for normalisation to record */
	free(got);
	got = PARSE("\xef\xbb\xbf\xe5\xa7\x93\xe5\x90\x8d,x\n", CSVREAD_AUTO, &used);
	CHECK_STR(got, "1:姓名|x;");	/* BOM not part of the first cell */
	free(got);
	got = PARSE("\xd0\xd5\xc3\xfb,x\r\n\xd5\xc5\xc8\xfd,y\r\n", CSVREAD_AUTO, &used);
	CHECK_STR(got, "1:姓名|x;2:张三|y;");
	CHECK(used == CSVREAD_GB18030);
	free(got);

	/* failures name the line */
	got = PARSE("a,b\n\"open,c\nd,e\n", CSVREAD_AUTO, &used);
	CHECK(strstr(got, ":2: a quoted field") != NULL);
	free(got);
	got = PARSE("a,b\nc\0d,e\n", CSVREAD_AUTO, &used);
	CHECK(strstr(got, ":2: the file contains NUL") != NULL);
	free(got);
	got = PARSE("a,b\n\xd0\xd5,x\n", CSVREAD_UTF8, &used);
	CHECK(strstr(got, ":2: invalid UTF-8") != NULL);
	free(got);
	got = PARSE("", CSVREAD_AUTO, &used);
	CHECK(strstr(got, "is empty") != NULL);
	free(got);
	return unit_done();
}
