/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "tui/halfblock.h"

/* Colour pairs from here up are the photo's; the roles use the first few. */
#define HALFBLOCK_PAIR_BASE 64

static const int halfblock_levels[6] = { 0, 95, 135, 175, 215, 255 };

static int
halfblock_level(int v)
{
	int best = 0;

	for (int i = 1; i < 6; i++)
		if (abs(halfblock_levels[i] - v) < abs(halfblock_levels[best] - v))
			best = i;
	return best;
}

/* The nearest of the 256 colours: the 6×6×6 cube or the 24 greys. */
static short
halfblock_colour(const unsigned char *p)
{
	int r = halfblock_level(p[0]), g = halfblock_level(p[1]), b = halfblock_level(p[2]);
	int dr = halfblock_levels[r] - p[0], dg = halfblock_levels[g] - p[1];
	int db = halfblock_levels[b] - p[2];
	int grey = (p[0] + p[1] + p[2]) / 3, gi = (grey - 8 + 5) / 10, gv, dgr;

	if (gi < 0)
		gi = 0;
	if (gi > 23)
		gi = 23;
	gv = 8 + gi * 10;
	dgr = (gv - p[0]) * (gv - p[0]) + (gv - p[1]) * (gv - p[1]) + (gv - p[2]) * (gv - p[2]);
	if (dgr < dr * dr + dg * dg + db * db)
		return (short)(232 + gi);
	return (short)(16 + 36 * r + 6 * g + b);
}

static int
halfblock_luma(const unsigned char *p)
{
	return (p[0] * 299 + p[1] * 587 + p[2] * 114) / 1000;
}

/* Shades: the two pixels of a cell averaged into one character. */
static void
halfblock_draw_shades(const struct thumb *t, int y, int x)
{
	static const char *const utf8[] = { " ", "\xe2\x96\x91", "\xe2\x96\x92",
	    "\xe2\x96\x93", "\xe2\x96\x88" };
	static const char ascii[] = " .:-=+*#%@";

	for (int row = 0; row < t->height / 2; row++)
		for (int col = 0; col < t->width; col++) {
			const unsigned char *top = t->rgb + ((size_t)(2 * row) * t->width + col) * 3;
			const unsigned char *bot = top + (size_t)t->width * 3;
			int l = (halfblock_luma(top) + halfblock_luma(bot)) / 2;
			char a[2] = { ascii[l * 10 / 256], '\0' };

			draw_text(y + row, x + col, 1, draw_utf8() ? utf8[l * 5 / 256] : a,
			    DR_NORMAL, 0);
		}
}

void
halfblock_draw(const struct thumb *t, int y, int x)
{
	/* fg, bg → pair, rebuilt for every drawing */
	static int keys[1024];
	static short pairs[1024];
	int npairs = 0, max_pairs = COLOR_PAIRS < 32767 ? COLOR_PAIRS : 32767;

	if (draw_colours() < 256 || !draw_utf8() ||
	    max_pairs - HALFBLOCK_PAIR_BASE < t->width * (t->height / 2)) {
		halfblock_draw_shades(t, y, x);
		return;
	}
	memset(keys, 0, sizeof keys);
	for (int row = 0; row < t->height / 2; row++)
		for (int col = 0; col < t->width; col++) {
			const unsigned char *top = t->rgb + ((size_t)(2 * row) * t->width + col) * 3;
			short fg = halfblock_colour(top);
			short bg = halfblock_colour(top + (size_t)t->width * 3);
			int key = (fg << 8 | bg) + 1, h = (key * 31) & 1023;
			cchar_t cc;

			while (keys[h] != 0 && keys[h] != key)
				h = (h + 1) & 1023;
			if (keys[h] == 0) {
				if (npairs >= 1000)
					continue;
				keys[h] = key;
				pairs[h] = (short)(HALFBLOCK_PAIR_BASE + npairs++);
				init_pair(pairs[h], fg, bg);
			}
			setcchar(&cc, L"\x2580", A_NORMAL, pairs[h], NULL);
			mvadd_wch(y + row, x + col, &cc);
		}
}
