/* SPDX-License-Identifier: MIT */
#ifndef PINYIN_TABLE_H
#define PINYIN_TABLE_H
/* The generated table of pinyin initials (tools/gen-pinyin-table). */

#define PINYIN_BMP_FIRST	0x3400	/* CJK Extension A, then the Unified Ideographs */
#define PINYIN_BMP_LAST		0x9fff

struct pinyin_smp {
	unsigned	 cp;
	char		 initial;
};

extern const char pinyin_table_bmp[PINYIN_BMP_LAST - PINYIN_BMP_FIRST + 2];
/* Sorted by code point. */
extern const struct pinyin_smp pinyin_table_smp[];
extern const unsigned pinyin_table_nsmp;
#endif
