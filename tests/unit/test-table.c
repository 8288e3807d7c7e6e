/* SPDX-License-Identifier: MIT */
/* CSV/TSV/JSON writers, atomic files, aligned tables and A4 pages. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/out.h"
#include "util/table.h"
#include "util/text.h"
#include "unit.h"

static char *
slurp(FILE *f)
{
	long n;
	char *s;

	fflush(f);
	n = ftell(f);
	s = calloc(1, (size_t)n + 1);
	rewind(f);
	if (fread(s, 1, (size_t)n, f) != (size_t)n)
		abort();
	return s;
}

static void
test_csv(void)
{
	FILE *f = tmpfile();
	struct out_csv *w = out_csv_new(f, OUT_UTF8_BOM, 1);
	char *cause = NULL, *s;

	out_csv_cell(w, "张三");
	out_csv_cell(w, "=HYPERLINK(\"http://x\")");
	out_csv_cell(w, "a,b");
	out_csv_number(w, "-15.00");
	out_csv_cell(w, "@x");
	out_csv_end_row(w);
	CHECK(out_csv_free(&w, &cause) == 0);
	s = slurp(f);
	CHECK_STR(s, "\xef\xbb\xbf张三,\"'=HYPERLINK(\"\"http://x\"\")\",\"a,b\",-15.00,'@x\r\n");
	free(s);
	fclose(f);

	f = tmpfile();
	w = out_csv_new(f, OUT_GB18030, 0);
	out_csv_cell(w, "张三");
	out_csv_end_row(w);
	CHECK(out_csv_free(&w, &cause) == 0);
	s = slurp(f);
	CHECK_STR(s, "\xd5\xc5\xc8\xfd\r\n");
	free(s);
	fclose(f);
}

static void
test_json_tsv(void)
{
	struct strbuf sb = STRBUF_INIT;
	FILE *f = tmpfile();
	char *s;

	out_json_string(&sb, "a\"b\\c\n\x1b");
	CHECK_STR(strbuf_str(&sb), "\"a\\\"b\\\\c\\n\\u001b\"");
	strbuf_free(&sb);
	out_tsv_cell(f, "a\tb", 0);
	out_tsv_cell(f, "c\nd", 1);
	s = slurp(f);
	CHECK_STR(s, "a b\tc d\n");
	free(s);
	fclose(f);
}

static void
test_atomic(void)
{
	char dir[] = "/tmp/caiji-test-atomic-XXXXXX", path[256];
	struct out_atomic *a;
	char *cause = NULL;
	struct stat sb;

	if (mkdtemp(dir) == NULL)
		exit(99);
	snprintf(path, sizeof path, "%s/x.csv", dir);
	a = out_atomic_open(path, &cause);
	CHECK(a != NULL);
	fputs("hello\n", a->f);
	CHECK(stat(path, &sb) != 0);		/* not there until committed */
	CHECK(out_atomic_commit(&a, &cause) == 0);
	CHECK(a == NULL);
	CHECK(stat(path, &sb) == 0 && sb.st_size == 6 && (sb.st_mode & 0777) == 0600);
	unlink(path);
	a = out_atomic_open(path, &cause);
	fputs("half", a->f);
	out_atomic_abort(&a);
	CHECK(stat(path, &sb) != 0);
	rmdir(dir);
	CHECK(rmdir(dir) != 0);			/* removed: nothing was left behind */
}

static void
test_table(void)
{
	static const struct table_col cols[] = {
		{ "学院", 0, 0 }, { "n", 1, 0 },
	};
	struct table *t = table_new(2, cols);
	struct strbuf head = STRBUF_INIT, body = STRBUF_INIT;

	table_add(t, "传媒学院", "12");
	table_add(t, "Aviation", "7");
	table_add(t, "bad\x1b[2J", "1");
	table_render_text(t, &head, &body);
	CHECK_STR(strbuf_str(&head), "学院       n\n------------\n");
	CHECK_STR(strbuf_str(&body), "传媒学院  12\nAviation   7\nbad?[2J    1\n");
	table_free(&t);
	CHECK(t == NULL);
	strbuf_free(&head);
	strbuf_free(&body);
}

static void
test_pages(void)
{
	struct page_opts o = { "Title", "School", "2021-03-09", 6 };
	struct strbuf out = STRBUF_INIT;

	/* 6 lines a page: 3 header + 1 repeated + 2 body */
	page_render(&o, "H\n", "1\n2\n3\n\f4\n", &out);
	CHECK_STR(strbuf_str(&out),
	    "Title\nSchool  2021-03-09  page 1/3\n\nH\n1\n2\n"
	    "\fTitle\nSchool  2021-03-09  page 2/3\n\nH\n3\n"
	    "\fTitle\nSchool  2021-03-09  page 3/3\n\nH\n4\n");
	strbuf_free(&out);
}

int
main(void)
{
	text_init();
	test_csv();
	test_json_tsv();
	test_atomic();
	test_table();
	test_pages();
	return unit_done();
}
