/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>

#include "util/pinyin.h"
#include "util/pinyin-table.h"
#include "util/strbuf.h"

/*
 * Initials come from Unicode's Unihan kMandarin readings (pinyin-table.c,
 * made by tools/gen-pinyin-table): every ideograph of CJK Extension A, the
 * Unified Ideographs and the supplementary planes that has a reading, so a
 * rare character in a name (鑫, 淼, 堃, 𠀋) has its initial too.
 *
 * A character's first reading is its common one, but some surnames read
 * otherwise: 单 is dān in a word and Shàn as a family name.  In a name's
 * first position these take their surname reading.
 */
static const struct {
	unsigned	 cp;
	char		 initial;
} pinyin_surnames[] = {
	{ 0x4E50, 'y' },	/* 乐 Yuè (lè) */
	{ 0x4EC7, 'q' },	/* 仇 Qiú (chóu) */
	{ 0x4F74, 'n' },	/* 佴 Nài (èr) */
	{ 0x5355, 's' },	/* 单 Shàn (dān) */
	{ 0x53E5, 'g' },	/* 句 Gōu (jù) */
	{ 0x53EC, 's' },	/* 召 Shào (zhào) */
	{ 0x533A, 'o' },	/* 区 Ōu (qū) */
	{ 0x5B93, 'f' },	/* 宓 Fú (mì) */
	{ 0x66FE, 'z' },	/* 曾 Zēng (céng) */
	{ 0x6734, 'p' },	/* 朴 Piáo (pǔ) */
	{ 0x67E5, 'z' },	/* 查 Zhā (chá) */
	{ 0x79CD, 'c' },	/* 种 Chóng (zhǒng) */
	{ 0x79D8, 'b' },	/* 秘 Bì (mì) */
	{ 0x7E41, 'p' },	/* 繁 Pó (fán) */
	{ 0x7FDF, 'z' },	/* 翟 Zhái (dí) */
	{ 0x8983, 'q' },	/* 覃 Qín (tán) */
	{ 0x89E3, 'x' },	/* 解 Xiè (jiě) */
	{ 0x891A, 'c' },	/* 褚 Chǔ (zhǔ) */
	{ 0x91CD, 'c' },	/* 重 Chóng (zhòng) */
	{ 0x9697, 'w' },	/* 隗 Wěi (kuí) */
};

/* The code point at *pp (advancing it); 0 at a malformed byte, skipped. */
static unsigned
pinyin_decode(const unsigned char **pp)
{
	const unsigned char *p = *pp;
	unsigned u;
	int n;

	if (p[0] < 0x80) {
		*pp = p + 1;
		return p[0];
	}
	if (p[0] >= 0xc2 && p[0] < 0xe0)
		u = p[0] & 0x1fu, n = 1;
	else if (p[0] >= 0xe0 && p[0] < 0xf0)
		u = p[0] & 0x0fu, n = 2;
	else if (p[0] >= 0xf0 && p[0] < 0xf5)
		u = p[0] & 0x07u, n = 3;
	else {
		*pp = p + 1;
		return 0;
	}
	for (int i = 1; i <= n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*pp = p + 1;
			return 0;
		}
		u = u << 6 | (p[i] & 0x3fu);
	}
	*pp = p + n + 1;
	return u;
}

/* The initial of code point u, or 0 when it has none. */
static char
pinyin_initial_of(unsigned u)
{
	unsigned lo = 0, hi = pinyin_table_nsmp;

	if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
		return (char)(u | 0x20);
	if (u >= PINYIN_BMP_FIRST && u <= PINYIN_BMP_LAST)
		return pinyin_table_bmp[u - PINYIN_BMP_FIRST] != ' ' ?
		    pinyin_table_bmp[u - PINYIN_BMP_FIRST] : 0;
	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;

		if (pinyin_table_smp[mid].cp == u)
			return pinyin_table_smp[mid].initial;
		if (pinyin_table_smp[mid].cp < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static char
pinyin_surname_initial(unsigned u)
{
	for (size_t i = 0; i < sizeof pinyin_surnames / sizeof pinyin_surnames[0]; i++)
		if (pinyin_surnames[i].cp == u)
			return pinyin_surnames[i].initial;
	return pinyin_initial_of(u);
}

char *
pinyin_initials(const char *name)
{
	const unsigned char *p = (const unsigned char *)name;
	struct strbuf sb = STRBUF_INIT;
	int first = 1;
	char c;

	while (*p != '\0') {
		unsigned u = pinyin_decode(&p);

		/* the family name comes first; spaces before it do not count */
		if (u == ' ' || u == 0x3000)
			continue;
		c = first ? pinyin_surname_initial(u) : pinyin_initial_of(u);
		first = 0;
		if (c != 0)
			strbuf_putc(&sb, c);
	}
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
