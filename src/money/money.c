/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "money/money.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

int
money_parse(const char *s, int64_t *fen, char **cause)
{
	int64_t yuan = 0, frac = 0;
	const char *p = s;
	int ndig = 0, nfrac = 0;

	if (s == NULL || *s == '\0') {
		*cause = xstrdup(_("an amount is missing; write yuan such as 35 or 35.50"));
		return -1;
	}
	if (*p == '-') {
		*cause = xasprintf(_("\"%s\" is negative; an amount is never below zero"), s);
		return -1;
	}
	for (; *p >= '0' && *p <= '9'; p++) {
		yuan = yuan * 10 + (*p - '0');
		if (yuan > MONEY_MAX_FEN / 100)
			goto too_big;
		ndig++;
	}
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++) {
			if (++nfrac > 2) {
				*cause = xasprintf(_("\"%s\" has more than two decimals;"
				    " an amount is in yuan and fen (35.50)"), s);
				return -1;
			}
			frac = frac * 10 + (*p - '0');
		}
		if (nfrac == 0)
			ndig = 0;
	}
	if (ndig == 0 || *p != '\0') {
		*cause = xasprintf(_("\"%s\" is not an amount; write yuan such as 35 or 35.50"),
		    s);
		return -1;
	}
	if (nfrac == 1)
		frac *= 10;
	*fen = yuan * 100 + frac;
	return 0;
too_big:
	*cause = xasprintf(_("\"%s\" is too large; the largest amount is 99999999.99"), s);
	return -1;
}

char *
money_plain(int64_t fen)
{
	uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;

	return xasprintf("%s%llu.%02llu", fen < 0 ? "-" : "",
	    (unsigned long long)(a / 100), (unsigned long long)(a % 100));
}

char *
money_figures(int64_t fen)
{
	uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;
	char digits[32];
	struct strbuf sb = STRBUF_INIT;
	size_t n;

	snprintf(digits, sizeof digits, "%llu", (unsigned long long)(a / 100));
	n = strlen(digits);
	if (fen < 0)
		strbuf_putc(&sb, '-');
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			strbuf_putc(&sb, ',');
		strbuf_putc(&sb, digits[i]);
	}
	strbuf_printf(&sb, ".%02llu", (unsigned long long)(a % 100));
	return strbuf_detach(&sb);
}

char *
money_capitals(int64_t fen)
{
	static const char *const digit[] = {
		"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"
	};
	/* the unit after a digit at each place of the yuan, from 仟万 down */
	static const char *const place[] = { "仟", "佰", "拾", "", "仟", "佰", "拾", "" };
	struct strbuf sb = STRBUF_INIT;
	uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;
	int d[10], started = 0, zero = 0, wan = 0;

	if (a > (uint64_t)MONEY_MAX_FEN)
		return NULL;
	if (a == 0)
		return xstrdup("零元整");
	if (fen < 0)
		strbuf_puts(&sb, "负");
	/* d[0..7] the yuan from 仟万 to 元, d[8] jiao, d[9] fen */
	for (int i = 9; i >= 0; i--) {
		d[i] = (int)(a % 10);
		a /= 10;
	}
	for (int i = 0; i < 10; i++) {
		if (d[i] == 0) {
			zero = started;	/* a 零 is due only between non-zero digits */
		} else {
			if (zero)
				strbuf_puts(&sb, "零");
			zero = 0;
			started = 1;
			strbuf_puts(&sb, digit[d[i]]);
			strbuf_puts(&sb, i < 8 ? place[i] : i == 8 ? "角" : "分");
			if (i < 4)
				wan = 1;
		}
		if (i == 3 && wan)
			strbuf_puts(&sb, "万");
		if (i == 7 && started)
			strbuf_puts(&sb, "元");
	}
	if (d[8] == 0 && d[9] == 0)
		strbuf_puts(&sb, "整");
	return strbuf_detach(&sb);
}
