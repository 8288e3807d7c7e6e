/* SPDX-License-Identifier: MIT */
#ifndef KEYS_H
#define KEYS_H
/* Key actions and their bindings, from keys.def. */
#include <stdio.h>
#include <wchar.h>

enum key_action {
	KA_NONE,
#define KEY(a, name, keys, help, bar) KA_##a,
#include "tui/keys.def"
#undef KEY
	KA__COUNT
};

struct key_entry {
	enum key_action	 action;
	const char	*name;		/* "page-down" */
	const char	*keys;		/* "PgDn C-f Space" */
	const char	*help;		/* N_() */
	const char	*bar;		/* N_() label on the function-key bar, or NULL */
};

/* A key as read: a character (is_code 0) or a curses KEY_* code. */
struct tui_key {
	enum key_action	 action;	/* KA_NONE when unbound */
	int		 is_code;
	wint_t		 ch;
};

extern const struct key_entry key_table[];	/* ends with action KA_NONE */

/* Builds the lookup from the table; call once. */
void		 keys_init(void);
/* The action bound to a key. */
enum key_action	 keys_action(int is_code, wint_t ch);
const struct key_entry *keys_entry(enum key_action);
/*
 * Parses one key name ("PgDn", "C-f", "?", "中") into is_code/ch; the
 * length of the name consumed, or 0 when it is not a key name.
 */
int		 keys_parse(const char *name, size_t len, int *is_code, wint_t *ch);
/* The first function key of an action's bindings ("F3"), or NULL. */
const char	*keys_fkey(enum key_action, char *buf, size_t size);
/*
 * Moves *pos within 0..last by a movement key (up, down, a page of page
 * lines, home, end); 1 when k was one, 0 (pos untouched) otherwise.  Every
 * list and preview scrolls through it.
 */
int		 keys_move(const struct tui_key *k, int *pos, int last, int page);
/* Prints the table as TSV: name, keys, help (untranslated). */
void		 keys_list(FILE *);
#endif
