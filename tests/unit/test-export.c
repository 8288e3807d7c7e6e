/* SPDX-License-Identifier: MIT */
/* The export's file work: names never carry path characters from data. */
#include "config.h"

#include <stdlib.h>

#include "export/export-files.h"
#include "unit.h"

static void
check_name(const char *in, const char *want)
{
	char *s = export_safe_name(in, "x");

	CHECK_STR(s, want);
	free(s);
}

int
main(void)
{
	check_name("传媒学院", "传媒学院");
	check_name("../../etc/passwd", "etcpasswd");
	check_name("a/b\\c:d*e?f\"g<h>i|j", "abcdefghij");
	check_name("..", "x");
	check_name("", "x");
	check_name(" .hidden. ", "hidden");
	check_name("line\nbreak\ttab\x7f", "linebreaktab");
	return unit_done();
}
