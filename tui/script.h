/* SPDX-License-Identifier: MIT */
#ifndef SCRIPT_H
#define SCRIPT_H
/*
 * Key scripts: a file of keys replayed instead of the keyboard, for tests
 * and bench/tui (like tig's TIG_SCRIPT).  Each line is typed as it stands,
 * a name in angle brackets being one key (<Enter>, <Down>, <F3>, <C-l>,
 * <Esc>, any name of keys.def); an unknown name in brackets is an error, a
 * lone < is typed.  The end of a line is not a key; lines that start with #
 * are comments.
 */
#include <stddef.h>

#include "tui/keys.h"

struct script_key {
	struct tui_key	 key;
	char		 label[16];	/* how the key was written, for timings */
};

struct script {
	struct script_key	*v;
	size_t			 n;
	size_t			 next;
};

/* Reads a script; -1 with *cause naming the line of a bad key name. */
int	 script_load(const char *path, struct script *, char **cause);
void	 script_free(struct script *);
#endif
