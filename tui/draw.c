/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui/draw.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

static int draw_ncolours;
static attr_t draw_attrs[DR__COUNT];
static short draw_pairs[DR__COUNT];

/* role: foreground, background (-1 default), attributes; and the monochrome look */
static const struct {
	short	 fg, bg;
	attr_t	 colour_attr;
	attr_t	 mono_attr;
} draw_roles[DR__COUNT] = {
	[DR_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[DR_TITLE] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[DR_HEADER] = { COLOR_CYAN, -1, A_BOLD, A_UNDERLINE },
	[DR_CURSOR] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[DR_ERROR] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[DR_WARNING] = { COLOR_YELLOW, -1, A_NORMAL, A_UNDERLINE },
	[DR_OK] = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[DR_DIM] = { -1, -1, A_DIM, A_DIM },
	[DR_KEY] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[DR_KEYLABEL] = { -1, -1, A_NORMAL, A_NORMAL },
	[DR_BAR_DONE] = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[DR_BAR_BAD] = { COLOR_RED, -1, A_NORMAL, A_BOLD },
	[DR_BAR_REST] = { -1, -1, A_DIM, A_DIM },
	[DR_ALERT] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	[DR_GOOD] = { COLOR_BLACK, COLOR_GREEN, A_BOLD, A_BOLD },
};

void
draw_init(void)
{
	const char *no_colour = getenv("NO_COLOR");

	draw_ncolours = 0;
	if (has_colors() && (no_colour == NULL || *no_colour == '\0') && start_color() == OK) {
		use_default_colors();
		draw_ncolours = COLORS >= 256 ? 256 : COLORS >= 16 ? 16 : 8;
	}
	for (int r = 0; r < DR__COUNT; r++) {
		if (draw_ncolours == 0) {
			draw_attrs[r] = draw_roles[r].mono_attr;
			draw_pairs[r] = 0;
			continue;
		}
		draw_pairs[r] = (short)(r + 1);
		init_pair(draw_pairs[r], draw_roles[r].fg, draw_roles[r].bg);
		draw_attrs[r] = draw_roles[r].colour_attr | COLOR_PAIR(draw_pairs[r]);
	}
}

int
draw_colours(void)
{
	return draw_ncolours;
}

int
draw_utf8(void)
{
	return text_locale_is_utf8();
}

attr_t
draw_attr(enum draw_role r)
{
	return draw_attrs[r];
}

short
draw_pair(enum draw_role r)
{
	return draw_pairs[r];
}

const char *
draw_glyph(const char *utf8, const char *ascii)
{
	return draw_utf8() ? utf8 : ascii;
}

/*
 * The wide string to draw for already padded UTF-8 text; on a terminal that
 * is not UTF-8, each character becomes ASCII ('?' for each column of one
 * that has no stand-in) so that columns still line up.
 */
static wchar_t *
draw_wide(const char *s)
{
	size_t n = strlen(s);
	wchar_t *w = xreallocarray(NULL, n * 2 + 1, sizeof *w);
	mbstate_t ps;
	size_t i = 0;

	memset(&ps, 0, sizeof ps);
	while (*s != '\0') {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s, strlen(s), &ps);

		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			w[i++] = L'?';
			memset(&ps, 0, sizeof ps);
			s++;
			continue;
		}
		s += k;
		if (!draw_utf8() && wc >= 0x80) {
			int cw = wcwidth(wc);

			if (wc == 0x2026)	/* the ellipsis of a cut */
				w[i++] = L'~';
			else
				for (int c = 0; c < (cw < 1 ? 1 : cw); c++)
					w[i++] = L'?';
			continue;
		}
		w[i++] = wc;
	}
	w[i] = L'\0';
	return w;
}

int
draw_text(int y, int x, int w, const char *s, enum draw_role role, int flags)
{
	struct strbuf sb = STRBUF_INIT;
	wchar_t *ws;
	int used;

	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + w > COLS)
		w = COLS - x;
	if (s == NULL)
		s = "";
	used = text_width(s);
	if (used > w)
		used = w;
	text_pad(&sb, s, w, flags & DRAW_RIGHT, flags & DRAW_CUT);
	ws = draw_wide(strbuf_str(&sb));
	attrset(draw_attrs[role]);
	mvaddwstr(y, x, ws);
	attrset(A_NORMAL);
	free(ws);
	strbuf_free(&sb);
	return used;
}

int
draw_printf(int y, int x, int w, enum draw_role role, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int used;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	used = draw_text(y, x, w, s, role, DRAW_CUT);
	free(s);
	return used;
}

/* The byte length of the next line of s that fits in w columns. */
static size_t
draw_wrap_next(const char *s, int w)
{
	mbstate_t ps;
	size_t i = 0, space = 0;
	int used = 0;

	memset(&ps, 0, sizeof ps);
	while (s[i] != '\0') {
		wchar_t wc;
		size_t k = mbrtowc(&wc, s + i, strlen(s + i), &ps);
		int cw;

		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&ps, 0, sizeof ps);
			k = 1;
			cw = 1;
		} else if ((cw = wcwidth(wc)) < 0)
			cw = 1;
		if (used + cw > w)
			break;
		used += cw;
		i += k;
		if (wc == L' ')
			space = i;
	}
	if (s[i] == '\0' || i == 0)
		return i == 0 && s[0] != '\0' ? strlen(s) : i;
	/* break after the last space when there is one, else mid-text */
	return space > 0 ? space : i;
}

int
draw_wrap(int y, int x, int w, int skip, int max, const char *s, enum draw_role role)
{
	char *safe = text_sanitize(s != NULL ? s : ""), *p = safe;
	int lines = 0;

	if (w < 1)
		w = 1;
	do {
		size_t n = draw_wrap_next(p, w);
		char *line = xstrndup(p, n);

		if (lines >= skip && lines - skip < max)
			draw_text(y + lines - skip, x, w, line, role, DRAW_CUT);
		free(line);
		lines++;
		p += n;
		while (*p == ' ')
			p++;
	} while (*p != '\0');
	free(safe);
	return lines;
}

void
draw_fill(int y, int x, int w, enum draw_role role)
{
	draw_text(y, x, w, "", role, 0);
}

void
draw_bar(int y, int x, int w, long long done, long long bad, long long total)
{
	int nd = 0, nb = 0;
	const char *gd = draw_glyph("\xe2\x96\x88", "#");	/* █ */
	const char *gb = draw_glyph("\xe2\x96\x93", "!");	/* ▓ */
	const char *gr = draw_glyph("\xe2\x96\x91", ".");	/* ░ */

	if (w <= 0)
		return;
	if (total > 0) {
		nd = (int)(done * w / total);
		nb = (int)(bad * w / total);
		if (bad > 0 && nb == 0)
			nb = 1;		/* a problem is never invisible */
		if (nd + nb > w)
			nd = w - nb;
	}
	for (int i = 0; i < w; i++) {
		enum draw_role r = i < nd ? DR_BAR_DONE : i < nd + nb ? DR_BAR_BAD : DR_BAR_REST;

		draw_text(y, x + i, 1, i < nd ? gd : i < nd + nb ? gb : gr, r, 0);
	}
}
