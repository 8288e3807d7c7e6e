/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: arbitrary bytes as a photo profile file.  Invariants:
 * a profile is either refused with a cause or loaded with sane values (a
 * KB of 1000 or 1024, a decode scale of 1, 2, 4 or 8, no more backgrounds
 * than there is room for, ranges in order).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "photo/profile.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[64];
	struct profile *p;
	char *cause = NULL;
	FILE *f;

	if (path[0] == '\0')
		snprintf(path, sizeof path, "/tmp/caiji-fuzz-profile-%ld", (long)getpid());
	if ((f = fopen(path, "wb")) == NULL)
		return 0;
	fwrite(data, 1, size, f);
	fclose(f);
	p = profile_load_file(path, &cause);
	if (p == NULL) {
		if (cause == NULL)
			abort();	/* refused without saying why */
		free(cause);
		return 0;
	}
	if ((p->kb != 1000 && p->kb != 1024) ||
	    (p->scale != 1 && p->scale != 2 && p->scale != 4 && p->scale != 8) ||
	    p->nbackgrounds < 0 || p->nbackgrounds > PROFILE_MAX_BACKGROUNDS ||
	    p->size_kb[0] > p->size_kb[1] || p->head_top[0] > p->head_top[1] ||
	    p->side_margin[0] > p->side_margin[1] || p->face_width[0] > p->face_width[1])
		abort();
	profile_free(&p);
	return 0;
}
