/* SPDX-License-Identifier: MIT */
#ifndef UNIT_H
#define UNIT_H
/*
 * A tiny unit-test harness: CHECK records a failure and goes on, so one run
 * shows every broken case; unit_done() turns the count into the exit status
 * automake expects (0 pass, 1 fail).
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int unit_failures;
static int unit_checks;

#define CHECK(cond) do {						\
	unit_checks++;							\
	if (!(cond)) {							\
		unit_failures++;					\
		fprintf(stderr, "%s:%d: CHECK failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *unit_g = (got), *unit_w = (want);			\
	unit_checks++;							\
	if (unit_g == NULL || strcmp(unit_g, unit_w) != 0) {		\
		unit_failures++;					\
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n",	\
		    __FILE__, __LINE__, unit_g ? unit_g : "(null)", unit_w); \
	}								\
} while (0)

/* Removes a test's scratch season: dir/season.db, its -wal and -shm, and dir. */
static inline void
unit_remove_season(const char *dir)
{
	static const char *const suffix[] = { "", "-wal", "-shm" };
	char path[512];

	for (size_t i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
		snprintf(path, sizeof path, "%s/season.db%s", dir, suffix[i]);
		unlink(path);
	}
	rmdir(dir);
}

static inline int
unit_done(void)
{
	fprintf(stderr, "%d checks, %d failed\n", unit_checks, unit_failures);
	return unit_failures == 0 ? 0 : 1;
}
#endif
