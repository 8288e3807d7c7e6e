/* SPDX-License-Identifier: MIT */
#ifndef TUI_H
#define TUI_H
/*
 * The terminal interface (SPEC §12): the one entry the program calls.  No
 * curses here, so that the command layer can include it.
 */
#include <stdio.h>

struct db;

struct tui_options {
	/*
	 * A key script to replay instead of reading the keyboard (tests and
	 * bench/tui), like tig's TIG_SCRIPT: see tui_script_* in script.h.
	 */
	const char	*script;
	/* Where to write each key's handling time and the peak RSS, or NULL. */
	const char	*timings;
};

/*
 * Runs the TUI on db until the clerk quits.  0, or -1 with *cause when the
 * terminal cannot be used.  The terminal is restored on every way out.
 */
int	 tui_main(struct db *, const struct tui_options *, char **cause);

/* Prints the key table (name, keys, help) as TSV, for the man page's test. */
void	 tui_list_keys(FILE *);
#endif
