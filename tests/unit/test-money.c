/* SPDX-License-Identifier: MIT */
/* Money: parsing yuan strings to fen, figures and Chinese capitals. */
#include "config.h"

#include <stdlib.h>

#include "money/money.h"
#include "unit.h"

static const struct {
	int64_t		 fen;
	const char	*capitals;
	const char	*figures;
} cases[] = {
	{ 1, "壹分", "0.01" },
	{ 5, "伍分", "0.05" },
	{ 10, "壹角", "0.10" },
	{ 55, "伍角伍分", "0.55" },
	{ 105, "壹元零伍分", "1.05" },
	{ 110, "壹元壹角", "1.10" },
	{ 100, "壹元整", "1.00" },
	{ 1000, "壹拾元整", "10.00" },
	{ 1500, "壹拾伍元整", "15.00" },
	{ 2000, "贰拾元整", "20.00" },
	{ 3500, "叁拾伍元整", "35.00" },
	{ 3550, "叁拾伍元伍角", "35.50" },
	{ 3555, "叁拾伍元伍角伍分", "35.55" },
	{ 3505, "叁拾伍元零伍分", "35.05" },
	{ 8000, "捌拾元整", "80.00" },
	{ 10000, "壹佰元整", "100.00" },
	{ 10050, "壹佰元零伍角", "100.50" },
	{ 10500, "壹佰零伍元整", "105.00" },
	{ 11000, "壹佰壹拾元整", "110.00" },
	{ 100500, "壹仟零伍元整", "1,005.00" },
	{ 105000, "壹仟零伍拾元整", "1,050.00" },
	{ 100100, "壹仟零壹元整", "1,001.00" },
	{ 168032, "壹仟陆佰捌拾元零叁角贰分", "1,680.32" },
	{ 600714, "陆仟零柒元壹角肆分", "6,007.14" },
	{ 1005000, "壹万零伍拾元整", "10,050.00" },
	{ 1000000, "壹万元整", "10,000.00" },
	{ 1000500, "壹万零伍元整", "10,005.00" },
	{ 1050000, "壹万零伍佰元整", "10,500.00" },
	{ 10000000, "壹拾万元整", "100,000.00" },
	{ 10001000, "壹拾万零壹拾元整", "100,010.00" },
	{ 10700053, "壹拾万零柒仟元零伍角叁分", "107,000.53" },
	{ 100000001, "壹佰万元零壹分", "1,000,000.01" },
	{ 100010000, "壹佰万零壹佰元整", "1,000,100.00" },
	{ 1000100000, "壹仟万零壹仟元整", "10,001,000.00" },
	{ 1000000000, "壹仟万元整", "10,000,000.00" },
	{ 1010101010, "壹仟零壹拾万零壹仟零壹拾元零壹角", "10,101,010.10" },
	{ 9999999999, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "99,999,999.99" },
	{ 0, "零元整", "0.00" },
	{ -3500, "负叁拾伍元整", "-35.00" },
};

static const struct {
	const char	*s;
	int64_t		 fen;	/* -1: refused */
} parses[] = {
	{ "35", 3500 }, { "35.5", 3550 }, { "35.50", 3550 }, { "0.01", 1 },
	{ "0", 0 }, { "080", 8000 }, { "99999999.99", 9999999999 },
	{ "-35", -1 }, { "", -1 }, { "abc", -1 }, { "35.505", -1 }, { "35.", -1 },
	{ ".5", -1 }, { "+35", -1 }, { " 35", -1 }, { "35 ", -1 }, { "1,050", -1 },
	{ "1e3", -1 }, { "100000000", -1 }, { "99999999999999999999999", -1 },
	{ "３５", -1 },
};

int
main(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *c = money_capitals(cases[i].fen), *f = money_figures(cases[i].fen);

		CHECK_STR(c, cases[i].capitals);
		CHECK_STR(f, cases[i].figures);
		free(c);
		free(f);
	}
	CHECK(money_capitals(MONEY_MAX_FEN + 1) == NULL);
	for (size_t i = 0; i < sizeof parses / sizeof parses[0]; i++) {
		char *cause = NULL;
		int64_t fen = -7;
		int rc = money_parse(parses[i].s, &fen, &cause);

		if (parses[i].fen < 0) {
			CHECK(rc == -1 && cause != NULL);
			if (rc == 0)
				fprintf(stderr, "accepted \"%s\"\n", parses[i].s);
		} else {
			CHECK(rc == 0 && fen == parses[i].fen);
			if (rc != 0 || fen != parses[i].fen)
				fprintf(stderr, "\"%s\": %s\n", parses[i].s, cause ? cause : "?");
		}
		free(cause);
	}
	{
		char *p = money_plain(105000);

		CHECK_STR(p, "1050.00");
		free(p);
		p = money_plain(-5);
		CHECK_STR(p, "-0.05");
		free(p);
	}
	return unit_done();
}
