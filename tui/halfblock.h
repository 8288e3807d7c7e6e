/* SPDX-License-Identifier: MIT */
#ifndef HALFBLOCK_H
#define HALFBLOCK_H
/*
 * A photo drawn in character cells: each cell is "▀" with the upper pixel
 * as its foreground and the lower as its background, in the 256-colour
 * palette.  Lesser terminals get shades of grey as characters (░▒▓█, or
 * " .:-=+*#%@" in ASCII).
 */
#include "photo/thumb.h"

/* Draws t with its top-left cell at (y, x); t->height / 2 rows. */
void	 halfblock_draw(const struct thumb *, int y, int x);
#endif
