/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <iconv.h>
#include <stdlib.h>

#include "util/pinyin.h"
#include "util/strbuf.h"

/*
 * The 3755 first-level characters of GB 2312 are in pinyin order, so the
 * row-and-cell code of the first character of each initial is enough to
 * give any of them its initial.  Built once, through iconv, as a table over
 * the CJK Unified Ideographs block.
 */
#define PINYIN_CJK_FIRST 0x4e00
#define PINYIN_CJK_LAST 0x9fff
static unsigned char pinyin_initial_of[PINYIN_CJK_LAST - PINYIN_CJK_FIRST + 1];
static int pinyin_ready;

static void
pinyin_build(void)
{
	static const int first[] = { 1601, 1637, 1833, 2078, 2274, 2302, 2433, 2594,
	    2787, 3106, 3212, 3472, 3635, 3722, 3730, 3858, 4027, 4086, 4390, 4558,
	    4684, 4925, 5249, 5590 };
	static const char letters[] = "abcdefghjklmnopqrstwxyz";
	iconv_t cd;
	int li = 0;

	pinyin_ready = 1;
	if ((cd = iconv_open("UTF-32LE", "GB18030")) == (iconv_t)-1)
		return;
	for (int code = first[0]; code < first[23]; code++) {
		char in[2], out[8], *ip = in, *op = out;
		size_t il = 2, ol = sizeof out;
		unsigned int u;

		if (code % 100 < 1 || code % 100 > 94)
			continue;
		while (code >= first[li + 1])
			li++;
		in[0] = (char)(code / 100 + 0xa0);
		in[1] = (char)(code % 100 + 0xa0);
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || ol != 4)
			continue;
		u = (unsigned char)out[0] | (unsigned char)out[1] << 8 |
		    (unsigned int)(unsigned char)out[2] << 16;
		if (u >= PINYIN_CJK_FIRST && u <= PINYIN_CJK_LAST)
			pinyin_initial_of[u - PINYIN_CJK_FIRST] = (unsigned char)letters[li];
	}
	iconv_close(cd);
}

/* The initial of one character at p (advancing p), or 0 when it has none. */
static char
pinyin_initial_next(const unsigned char **pp)
{
	const unsigned char *p = *pp;

	if (p[0] >= 0xe0 && p[0] < 0xf0 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		unsigned int u = (p[0] & 0x0fu) << 12 | (p[1] & 0x3fu) << 6 | (p[2] & 0x3fu);

		*pp = p + 3;
		if (u >= PINYIN_CJK_FIRST && u <= PINYIN_CJK_LAST)
			return (char)pinyin_initial_of[u - PINYIN_CJK_FIRST];
		return 0;
	}
	*pp = p + 1;
	if ((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z'))
		return (char)(p[0] | 0x20);
	return 0;
}

char *
pinyin_initials(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	struct strbuf sb = STRBUF_INIT;
	char c;

	if (!pinyin_ready)
		pinyin_build();
	while (*p != '\0')
		if ((c = pinyin_initial_next(&p)) != 0)
			strbuf_putc(&sb, c);
	return strbuf_detach(&sb);
}

/* caiji_initials(name): the initials of the name, "" for NULL. */
static void
pinyin_sql(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *name = sqlite3_value_text(argv[0]);
	char *s;

	(void)argc;
	s = pinyin_initials(name != NULL ? (const char *)name : "");
	sqlite3_result_text(ctx, s, -1, free);
}

int
pinyin_register(sqlite3 *h)
{
	return sqlite3_create_function(h, "caiji_initials", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL, pinyin_sql, NULL,
	    NULL) == SQLITE_OK ? 0 : -1;
}
