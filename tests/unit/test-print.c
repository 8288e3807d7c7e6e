/* SPDX-License-Identifier: MIT */
/* Printing through the spooler: a fake lp records its arguments and stdin. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/print.h"
#include "unit.h"

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *s = calloc(1, 4096);

	if (f != NULL) {
		if (fread(s, 1, 4095, f) == 0)
			s[0] = '\0';
		fclose(f);
	}
	return s;
}

static void
fake(const char *dir, const char *name, int status)
{
	char path[512];
	FILE *f;
	const char *cat;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	cat = access("/bin/cat", X_OK) == 0 ? "/bin/cat" : "/usr/bin/cat";
	f = fopen(path, "w");
	/* PATH holds only the fakes, so the script names cat in full */
	fprintf(f, "#!/bin/sh\nprintf '%%s\\n' \"$0\" \"$@\" > \"%s/args\"\n"
	    "%s > \"%s/stdin\"\nexit %d\n", dir, cat, dir, status);
	fclose(f);
	chmod(path, 0755);
}

int
main(void)
{
	char dir[] = "/tmp/caiji-test-print-XXXXXX", path[512];
	char *cause = NULL, *s;
	const char *text = "第一页\n\f第二页; $(touch pwned) `id`\n";

	if (mkdtemp(dir) == NULL)
		return 99;
	setenv("PATH", dir, 1);

	/* neither lp nor lpr: a clear message naming --out */
	CHECK(print_spooler() == NULL);
	CHECK(print_text(NULL, NULL, text, strlen(text), &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "--out") != NULL);
	free(cause);
	cause = NULL;

	/* lpr only */
	fake(dir, "lpr", 0);
	CHECK(print_spooler() != NULL && strcmp(print_spooler(), "lpr") == 0);
	CHECK(print_text("office;rm -rf /", "进度", text, strlen(text), &cause) == 0);
	snprintf(path, sizeof path, "%s/args", dir);
	s = slurp(path);
	CHECK(strstr(s, "/lpr\n-P\noffice;rm -rf /\n-J\n进度\n") != NULL);
	free(s);

	/* lp preferred; the text arrives byte for byte, never through a shell */
	fake(dir, "lp", 0);
	CHECK(print_text("hp", NULL, text, strlen(text), &cause) == 0);
	s = slurp(path);
	CHECK(strstr(s, "/lp\n-d\nhp\n") != NULL);
	free(s);
	snprintf(path, sizeof path, "%s/stdin", dir);
	s = slurp(path);
	CHECK_STR(s, text);
	free(s);
	snprintf(path, sizeof path, "%s/pwned", dir);
	CHECK(access(path, F_OK) != 0);

	/* a spooler that refuses the job */
	fake(dir, "lp", 1);
	CHECK(print_text("nosuch", NULL, text, strlen(text), &cause) == -1);
	CHECK(cause != NULL && strstr(cause, "status 1") != NULL);
	free(cause);

	for (const char *const *n = (const char *const[]){ "args", "stdin", "lp", "lpr", NULL };
	    *n != NULL; n++) {
		snprintf(path, sizeof path, "%s/%s", dir, *n);
		unlink(path);
	}
	rmdir(dir);
	return unit_done();
}
