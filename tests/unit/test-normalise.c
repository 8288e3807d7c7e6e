/* SPDX-License-Identifier: MIT */
/* Roster value normalisation and header recognition. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "roster/normalise.h"
#include "roster/roster.h"
#include "unit.h"

static int changes;

static void
count(void *arg, const char *old_value, const char *new_value)
{
	(void)arg;
	(void)old_value;
	(void)new_value;
	changes++;
}

static void
text(const char *in, const char *want)
{
	char *got = normalise_text(in);

	CHECK_STR(got, want);
	free(got);
}

static void
field(enum roster_field f, const char *in, const char *want, int nchanges)
{
	char *got;

	changes = 0;
	got = roster_normalise(f, in, count, NULL);
	CHECK_STR(got, want);
	if (changes != nchanges)
		fprintf(stderr, "%s: %d changes, want %d\n", in, changes, nchanges);
	CHECK(changes == nchanges);
	free(got);
}

int
main(void)
{
	text("", "");
	text("  张三 ", "张三");
	text("\t张三\t", "张三");
	text("\xe3\x80\x80张三\xe3\x80\x80", "张三");		/* U+3000 */
	text("\xc2\xa0张 三\xc2\xa0", "张 三");			/* NBSP; inner space kept */
	text("\xe3\x80\x80 \xe3\x80\x80", "");
	text("２０１７００１", "2017001");				/* full-width digits */
	text("ＡＢｃ１", "ABc1");					/* full-width letters */
	text("（张）", "（张）");					/* other full-width kept */
	text("张\xef\xbc\x90", "张0");

	CHECK_STR(normalise_gender("男"), "男");
	CHECK_STR(normalise_gender("M"), "男");
	CHECK_STR(normalise_gender("male"), "男");
	CHECK_STR(normalise_gender("MALE"), "男");
	CHECK_STR(normalise_gender("1"), "男");
	CHECK_STR(normalise_gender("女"), "女");
	CHECK_STR(normalise_gender("f"), "女");
	CHECK_STR(normalise_gender("Female"), "女");
	CHECK_STR(normalise_gender("2"), "女");
	CHECK(normalise_gender("3") == NULL);
	CHECK(normalise_gender("") == NULL);
	CHECK(normalise_gender("X") == NULL);

	{
		char id[] = "11010519491231002x", other[] = "x1234";

		normalise_id(id);
		CHECK_STR(id, "11010519491231002X");
		normalise_id(other);
		CHECK_STR(other, "x1234");
	}

	field(ROSTER_SEQ, "1001", "1001", 0);
	field(ROSTER_SEQ, "12", "0012", 1);
	field(ROSTER_SEQ, " ５ ", "0005", 2);		/* trim+width, then padding */
	field(ROSTER_SEQ, "12345", "12345", 0);		/* left for SEQ_FORMAT */
	field(ROSTER_SEQ, "", "", 0);
	field(ROSTER_GENDER, "F", "女", 1);
	field(ROSTER_GENDER, "未知", "未知", 0);
	field(ROSTER_ID_NUMBER, " 11010519491231002x", "11010519491231002X", 1);
	field(ROSTER_NAME, "张三", "张三", 0);

	CHECK(roster_header_field("学号") == ROSTER_STUDENT_NO);
	CHECK(roster_header_field(" Student_No ") == ROSTER_STUDENT_NO);
	CHECK(roster_header_field("拍摄序号") == ROSTER_SEQ);
	CHECK(roster_header_field("序号") == ROSTER_SEQ);
	CHECK(roster_header_field("身份证号码") == ROSTER_ID_NUMBER);
	CHECK(roster_header_field("证件号码") == ROSTER_ID_NUMBER);
	CHECK(roster_header_field("学历类别") == ROSTER_LEVEL);
	CHECK(roster_header_field("院系") == ROSTER_COLLEGE);
	CHECK(roster_header_field("\xe3\x80\x80姓名") == ROSTER_NAME);
	CHECK(roster_header_field("备注") == -1);
	CHECK(roster_header_field("") == -1);
	return unit_done();
}
