/* SPDX-License-Identifier: MIT */
/* Shoot sequence numbers: padding, shape and the college's block. */
#include "config.h"

#include <string.h>

#include "roster/seq.h"
#include "unit.h"

static const char *
codes(const char *seq, const struct college *c)
{
	static char buf[128];
	struct flag_list fl = FLAG_LIST_INIT;

	buf[0] = '\0';
	seq_check(seq, c, &fl);
	for (size_t i = 0; i < fl.n; i++) {
		if (i > 0)
			strcat(buf, ",");
		strcat(buf, flag_info(fl.v[i].code)->name);
	}
	flag_list_clear(&fl);
	return buf;
}

int
main(void)
{
	struct college media = { 1, "传媒学院", "Media", 1001, 1999 };
	char out[16];
	int padded;

	CHECK(seq_normalise("1001", out, sizeof out, &padded) == 1001 && !padded);
	CHECK_STR(out, "1001");
	CHECK(seq_normalise("42", out, sizeof out, &padded) == 42 && padded);
	CHECK_STR(out, "0042");
	CHECK(seq_normalise("7", out, sizeof out, &padded) == 7 && padded);
	CHECK_STR(out, "0007");
	CHECK(seq_normalise("", out, sizeof out, &padded) == 0);
	CHECK(seq_normalise("0000", out, sizeof out, &padded) == -1);
	CHECK(seq_normalise("12345", out, sizeof out, &padded) == -1);
	CHECK(seq_normalise("10a1", out, sizeof out, &padded) == -1);
	CHECK(seq_normalise("../../x", out, sizeof out, &padded) == -1);

	CHECK_STR(codes("1001", &media), "");
	CHECK_STR(codes("1999", &media), "");
	CHECK_STR(codes("2001", &media), "SEQ_RANGE");
	CHECK_STR(codes("1000", &media), "SEQ_RANGE");
	CHECK_STR(codes("0001", &media), "SEQ_RANGE");
	CHECK_STR(codes("2001", NULL), "");
	CHECK_STR(codes("12a4", &media), "SEQ_FORMAT");
	CHECK_STR(codes("0000", &media), "SEQ_FORMAT");
	CHECK_STR(codes("", &media), "");
	return unit_done();
}
