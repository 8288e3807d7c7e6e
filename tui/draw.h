/* SPDX-License-Identifier: MIT */
#ifndef DRAW_H
#define DRAW_H
/*
 * Drawing on the terminal: colours by role (with a monochrome fallback and
 * NO_COLOR), text cut and padded by display width with the wide-character
 * calls, and plain ASCII when the clerk's locale is not UTF-8.  Every string
 * from data goes through here, so none reaches the terminal unsanitised.
 */
#include "tui/tcurses.h"

enum draw_role {
	DR_NORMAL,
	DR_TITLE,	/* the top line */
	DR_HEADER,	/* column headings */
	DR_CURSOR,	/* the selected line */
	DR_ERROR,
	DR_WARNING,
	DR_OK,
	DR_DIM,
	DR_KEY,		/* a key on the function-key bar */
	DR_KEYLABEL,
	DR_BAR_DONE,	/* progress bars: submitted */
	DR_BAR_BAD,	/* students with errors */
	DR_BAR_REST,
	DR_ALERT,	/* a loud check-in result */
	DR_GOOD,	/* a successful check-in */
	DR__COUNT
};

/* Sets up colours (when the terminal has them and NO_COLOR is unset). */
void	 draw_init(void);
/* 0 monochrome, else the number of colours in use (8, 16, 256). */
int	 draw_colours(void);
/* 1 when the terminal takes UTF-8 (else only ASCII is drawn). */
int	 draw_utf8(void);
attr_t	 draw_attr(enum draw_role);
/* The colour pair of a role (0 when monochrome). */
short	 draw_pair(enum draw_role);

enum {
	DRAW_RIGHT = 1,		/* align to the right */
	DRAW_CUT = 2,		/* mark a cut with an ellipsis */
};

/*
 * Draws s at (y, x) in exactly w columns: sanitised, cut by display width,
 * padded with spaces.  Returns the columns used by the text itself.
 */
int	 draw_text(int y, int x, int w, const char *s, enum draw_role, int flags);
/* Like draw_text with a printf format; the result is sanitised too. */
int	 draw_printf(int y, int x, int w, enum draw_role, const char *fmt, ...)
	    __attribute__((format(printf, 5, 6)));
/* Fills w columns with spaces in a role's colour. */
void	 draw_fill(int y, int x, int w, enum draw_role);
/*
 * Draws s wrapped into lines of w columns (at spaces where it can, anywhere
 * in CJK text), leaving out its first skip lines and drawing at most max
 * lines from (y, x).  Returns how many lines s needs in all; with max 0 it
 * only counts.
 */
int	 draw_wrap(int y, int x, int w, int skip, int max, const char *s, enum draw_role);
/*
 * A horizontal bar of w columns: done and bad parts of total (bad drawn
 * after done), the rest empty.  Distinct characters carry the meaning too,
 * for monochrome terminals.
 */
void	 draw_bar(int y, int x, int w, long long done, long long bad, long long total);
/* A character for the terminal: the UTF-8 one, or the ASCII stand-in. */
const char *draw_glyph(const char *utf8, const char *ascii);
#endif
