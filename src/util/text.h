/* SPDX-License-Identifier: MIT */
#ifndef TEXT_H
#define TEXT_H
/*
 * UTF-8 text as people see it: display width by wcwidth(3) (CJK is two
 * columns), padding and truncation by width, and making data safe to show.
 * The program runs with a UTF-8 LC_CTYPE (text_init), so wcwidth works even
 * when the clerk's locale is C.
 */
#include <stddef.h>

#include "util/strbuf.h"

/* Sets LC_ALL from the environment, then makes sure LC_CTYPE is UTF-8. */
void	 text_init(void);
/* 1 when the environment's own locale is UTF-8 (before text_init forced it). */
int	 text_locale_is_utf8(void);

/* Columns needed to show s; invalid bytes and control characters count 1. */
int	 text_width(const char *s);
/*
 * Appends s to sb, cut to at most width columns (an ellipsis "…" marks a cut
 * when ellipsis is set), then padded with spaces to exactly width columns.
 * right aligns to the right.  Control characters are replaced (text_sanitize).
 */
void	 text_pad(struct strbuf *sb, const char *s, int width, int right, int ellipsis);
/*
 * Returns a copy of s that is safe to print on a terminal: C0/C1 control
 * characters, DEL, bidi overrides and invalid UTF-8 become U+FFFD or '?'.
 */
char	*text_sanitize(const char *s);
/* 1 when s is valid UTF-8. */
int	 text_valid_utf8(const char *s, size_t len);
#endif
