/* SPDX-License-Identifier: MIT */
/* The help screen, generated from the key table (keys.def). */
#include "config.h"

#include <stdlib.h>

#include "tui/draw.h"
#include "util/i18n.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "util/text.h"
#include "util/xalloc.h"

struct help {
	int	 top;
	int	 height;
};

static int
help_count(void)
{
	int n = 0;

	while (key_table[n].action != KA_NONE)
		n++;
	return n;
}

static void *
help_open(struct tui *t, const struct screen_arg *arg)
{
	struct help *h = xcalloc(1, sizeof *h);

	(void)arg;
	h->height = tui_body(t).h - 2;
	return h;
}

static void
help_close(void *state)
{
	free(state);
}

static void
help_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct help *h = state;
	int y = a->y, keyw = 18;

	(void)t;
	draw_text(y++, 1, a->w - 1, _("Keys (q goes back)"), DR_HEADER, DRAW_CUT);
	y++;
	for (int i = h->top; key_table[i].action != KA_NONE && y < a->y + a->h; i++, y++) {
		draw_text(y, 1, keyw, key_table[i].keys, DR_OK, 0);
		draw_text(y, 2 + keyw, a->w - 3 - keyw, _(key_table[i].help), DR_NORMAL, DRAW_CUT);
	}
}

static int
help_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct help *h = state;
	int last = help_count() - h->height;

	(void)t;
	if (last < 0)
		last = 0;
	switch (k->action) {
	case KA_UP: case KA_PAGE_UP: case KA_HOME:
		h->top = k->action == KA_UP && h->top > 0 ? h->top - 1 : 0;
		return 1;
	case KA_DOWN:
		if (h->top < last)
			h->top++;
		return 1;
	case KA_PAGE_DOWN: case KA_END:
		h->top = last;
		return 1;
	default:
		return 0;
	}
}

static void
help_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct help *h = state;

	(void)t;
	h->height = a->h - 2;
	h->top = 0;
}

const struct screen_ops screen_help_ops = {
	"help", help_open, help_draw, help_key, help_resize, help_close
};
