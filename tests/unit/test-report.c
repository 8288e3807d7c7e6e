/* SPDX-License-Identifier: MIT */
/* The report core: sections, pagination by display width, masking, CSV. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report/report.h"
#include "util/text.h"
#include "unit.h"
#include "util/when.h"

static const struct report_col cols[] = {
	{ "seq", 0, 0, REPORT_COL_BOTH, 0 },
	{ "name", 0, 0, REPORT_COL_BOTH, 0 },
	{ "college", 0, 0, REPORT_COL_CSV, 0 },
	{ "n", 1, 0, REPORT_COL_BOTH, 0 },
	{ "sign", 0, 0, REPORT_COL_TEXT, 0 },
};

int
main(void)
{
	struct report_opts opts = REPORT_OPTS_INIT;
	struct report_ctx ctx;
	struct report *r;
	struct strbuf sb = STRBUF_INIT;
	char *s;

	text_init();
	memset(&ctx, 0, sizeof ctx);
	ctx.opts = &opts;
	ctx.school = "示例学院";
	ctx.today = "2021-03-09";
	ctx.lines = 10;		/* 3 header lines, then 7 */

	r = report_new("进度", 5, cols);
	report_section(r, "传媒学院");
	report_add(r, "1001", "张三", "传媒学院", "1", "____");
	report_add(r, "1002", "=HYPERLINK(1)", "传媒学院", "12", "____");
	report_add(r, "1003", "欧阳娜娜", "传媒学院", "3", "____");
	report_add(r, "1004", "李四", "传媒学院", "4", "____");
	report_section(r, "航空学院");
	report_add(r, "7001", "王五", "航空学院", "5", "____");
	report_render_text(r, &ctx, &sb);
	CHECK_STR(strbuf_str(&sb),
	    "进度\n示例学院  2021-03-09  page 1/3\n\n"
	    "传媒学院\n\n"
	    "seq   name            n  sign\n"
	    "-----------------------------\n"
	    "1001  张三            1  ____\n"
	    "1002  =HYPERLINK(1)  12  ____\n"
	    "1003  欧阳娜娜        3  ____\n"
	    "\f进度\n示例学院  2021-03-09  page 2/3\n\n"
	    "传媒学院 (continued)\n\n"
	    "seq   name            n  sign\n"
	    "-----------------------------\n"
	    "1004  李四            4  ____\n"
	    "\f进度\n示例学院  2021-03-09  page 3/3\n\n"
	    "航空学院\n\n"
	    "seq   name            n  sign\n"
	    "-----------------------------\n"
	    "7001  王五            5  ____\n");
	strbuf_reset(&sb);

	/* CSV for Excel: a BOM, CRLF, the CSV-only column in, the paper-only
	 * one out, no sections or pages, a formula neutralised */
	{
		char path[] = "/tmp/caiji-test-report-XXXXXX", buf[1024];
		char *cause = NULL;
		FILE *f;
		size_t n;
		int fd = mkstemp(path);

		CHECK(fd >= 0);
		close(fd);
		opts.format = REPORT_CSV;
		opts.out = path;
		CHECK(report_emit(r, &ctx, &cause) == 0);
		free(cause);
		f = fopen(path, "rb");
		n = f != NULL ? fread(buf, 1, sizeof buf - 1, f) : 0;
		buf[n] = '\0';
		if (f != NULL)
			fclose(f);
		unlink(path);
		CHECK_STR(buf, "\xef\xbb\xbf" "seq,name,college,n\r\n"
		    "1001,张三,传媒学院,1\r\n"
		    "1002,'=HYPERLINK(1),传媒学院,12\r\n"
		    "1003,欧阳娜娜,传媒学院,3\r\n"
		    "1004,李四,传媒学院,4\r\n"
		    "7001,王五,航空学院,5\r\n");
		opts.format = REPORT_TEXT;
		opts.out = NULL;
	}

	/* masking unless --show-id */
	s = report_id(&ctx, "370102199001011234");
	CHECK_STR(s, "370102********1234");
	free(s);
	opts.show_id = 1;
	s = report_id(&ctx, "370102199001011234");
	CHECK_STR(s, "370102199001011234");
	free(s);
	report_free(&r);
	CHECK(r == NULL);

	/* an empty report says so */
	r = report_new("进度", 5, cols);
	report_set_empty(r, "Nobody.");
	report_render_text(r, &ctx, &sb);
	CHECK_STR(strbuf_str(&sb), "进度\n示例学院  2021-03-09  page 1/1\n\nNobody.\n");
	report_free(&r);
	strbuf_free(&sb);

	/* wrapping by display width, at spaces when near, anywhere in CJK */
	{
		static const struct report_col wc[] = {
			{ "seq", 0, 0, REPORT_COL_BOTH, 0 },
			{ "fix", 0, 10, REPORT_COL_BOTH, 1 },
		};
		char **v;
		size_t n;

		v = report_wrap("请学院提供以拍摄序号命名的照片", 10, &n);
		CHECK(n == 3);
		CHECK_STR(v[0], "请学院提供");
		CHECK_STR(v[2], "命名的照片");
		report_wrap_free(v, n);
		v = report_wrap("Save the photo upright", 10, &n);
		CHECK(n == 3);
		CHECK_STR(v[0], "Save the");
		CHECK_STR(v[1], "photo");
		CHECK_STR(v[2], "upright");
		report_wrap_free(v, n);

		r = report_new("W", 2, wc);
		report_add(r, "1001", "请学院提供以拍摄序号命名的照片");
		report_add(r, "1002", "无");
		report_render_text(r, &ctx, &sb);
		CHECK_STR(strbuf_str(&sb), "W\n示例学院  2021-03-09  page 1/1\n\n"
		    "seq   fix\n----------------\n"
		    "1001  请学院提供\n      以拍摄序号\n      命名的照片\n1002  无\n");
		strbuf_free(&sb);
		report_free(&r);
	}

	/* ID numbers inside free text are masked too */
	opts.show_id = 0;
	s = report_mask_text(&ctx, "身份证号 370102199001011234 与学信网 37010219900101123X 不符；学号 2017123456789012");
	CHECK_STR(s, "身份证号 370102********1234 与学信网 370102********123X 不符；学号 2017123456789012");
	free(s);

	/* $CAIJI_TODAY pins the date */
	setenv("CAIJI_TODAY", "2021-01-02", 1);
	s = when_today(0);
	CHECK_STR(s, "2021-01-02");
	free(s);
	/* days after it, across a month and a leap day */
	s = when_today(30);
	CHECK_STR(s, "2021-02-01");
	free(s);
	setenv("CAIJI_TODAY", "2024-02-25", 1);
	s = when_today(7);
	CHECK_STR(s, "2024-03-03");
	free(s);
	return unit_done();
}
