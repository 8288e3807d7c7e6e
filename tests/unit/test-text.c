/* SPDX-License-Identifier: MIT */
/* Display width and sanitising: CJK is two columns, control characters are inert. */
#include "config.h"

#include <stdlib.h>

#include "util/text.h"
#include "unit.h"

int
main(void)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	text_init();
	CHECK(text_width("abc") == 3);
	CHECK(text_width("传媒学院") == 8);
	CHECK(text_width("A张三") == 5);
	CHECK(text_width("") == 0);

	text_pad(&sb, "张三", 6, 0, 0);
	CHECK_STR(strbuf_str(&sb), "张三  ");
	strbuf_reset(&sb);
	text_pad(&sb, "张三", 6, 1, 0);
	CHECK_STR(strbuf_str(&sb), "  张三");
	strbuf_reset(&sb);
	/* a cut never splits a wide character: 5 columns hold two of them and a space */
	text_pad(&sb, "环境艺术设计学院", 5, 0, 0);
	CHECK_STR(strbuf_str(&sb), "环境 ");
	strbuf_reset(&sb);
	text_pad(&sb, "环境艺术设计学院", 5, 0, 1);
	CHECK_STR(strbuf_str(&sb), "环境\xe2\x80\xa6");
	CHECK(text_width(strbuf_str(&sb)) == 5);
	strbuf_free(&sb);

	s = text_sanitize("a\x1b[31mred\x07");
	CHECK_STR(s, "a?[31mred?");
	free(s);
	s = text_sanitize("x\xe2\x80\xaey");	/* U+202E right-to-left override */
	CHECK_STR(s, "x?y");
	free(s);
	s = text_sanitize("bad\xff");
	CHECK_STR(s, "bad?");
	free(s);
	CHECK(text_valid_utf8("张三", 6));
	CHECK(!text_valid_utf8("\xd5\xc5\xc8\xfd", 4));	/* 张三 in GB18030 */
	return unit_done();
}
