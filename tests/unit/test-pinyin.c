/* SPDX-License-Identifier: MIT */
/* Pinyin initials from Unihan: rare characters, surnames read as surnames. */
#include "config.h"

#include <stdlib.h>

#include "util/pinyin.h"
#include "unit.h"

static void
check(const char *name, const char *want)
{
	char *s = pinyin_initials(name);

	CHECK_STR(s, want);
	free(s);
}

int
main(void)
{
	/* characters the GB 2312 first level lacked */
	check("王鑫", "wx");
	check("李昊天", "lht");
	check("张琪", "zq");
	check("陈淼", "cm");
	check("周喆", "zz");
	check("刘堃", "lk");
	/* a polyphonic surname by its surname reading, elsewhere by its common one */
	check("单田芳", "stf");
	check("王单", "wd");
	check("曾国藩", "zgf");
	check("解缙", "xj");
	check("仇英", "qy");
	check("区家麟", "ojl");
	check("朴树", "ps");
	check("查良镛", "zly");
	check("翟天临", "ztl");
	/* leading spaces (an ideographic one too) do not hide the surname */
	check("\u3000单雄信", "sxx");
	/* a supplementary-plane ideograph (CJK Extension B) */
	check("王\U0002000A", "wc");	/* 𠀊 cāo */
	check("\U0002000B", "");	/* 𠀋 has no Mandarin reading */
	/* letters kept, lower-cased; other marks dropped */
	check("欧阳娜娜", "oynn");
	check("张三 Li", "zsli");
	check("·", "");
	check("", "");
	/* malformed UTF-8 is skipped, not read past */
	check("\xe5\xbc", "");
	check("\xff\xfe王", "w");
	return unit_done();
}
