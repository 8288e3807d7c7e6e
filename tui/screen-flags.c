/* SPDX-License-Identifier: MIT */
/*
 * The flags: every code found this season with how many students it
 * concerns, errors first.  Enter opens the roster of the students with
 * that flag, or the student when there is one.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "flag/flag.h"
#include "view/flaggroup.h"
#include "util/i18n.h"
#include "tui/screen.h"
#include "db/share.h"
#include "util/xalloc.h"

struct flags_screen {
	struct flaggroup_list	 l;
	int			 loaded;
	int			 cursor;
	int			 top;
	int			 height;
	long long		 seen;		/* the database generation shown */
};

static void
flags_load(struct tui *t, struct flags_screen *s)
{
	char *cause = NULL;

	if (s->loaded)
		flaggroup_list_free(&s->l);
	s->loaded = flaggroup_load(tui_db(t), &s->l, &cause) == 0;
	if (!s->loaded)
		tui_fail(t, cause);
	if (s->cursor >= (int)s->l.n)
		s->cursor = s->l.n > 0 ? (int)s->l.n - 1 : 0;
}

static void *
flags_open(struct tui *t, const struct screen_arg *arg)
{
	struct flags_screen *s = xcalloc(1, sizeof *s);

	(void)arg;
	s->height = tui_body(t).h - 2;
	s->seen = share_generation(tui_db(t));
	flags_load(t, s);
	return s;
}

static void
flags_close(void *state)
{
	struct flags_screen *s = state;

	if (s->loaded)
		flaggroup_list_free(&s->l);
	free(s);
}

static void
flags_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct flags_screen *s = state;
	int y = a->y, codew = 22, numw = 9;

	(void)t;
	draw_printf(y++, 1, a->w - 1, DR_HEADER, "%s", _("Problems by flag code"));
	draw_fill(y, 0, a->w, DR_HEADER);
	draw_text(y, 1, codew, _("Code"), DR_HEADER, 0);
	draw_text(y, 2 + codew, numw, _("Students"), DR_HEADER, DRAW_RIGHT);
	draw_text(y, 3 + codew + numw, numw, _("Flags"), DR_HEADER, DRAW_RIGHT);
	draw_text(y, 4 + codew + 2 * numw, a->w - 5 - codew - 2 * numw, _("Meaning"),
	    DR_HEADER, DRAW_CUT);
	y++;
	if (s->l.n == 0)
		draw_text(y, 1, a->w - 1, _("No problems found."), DR_OK, 0);
	if (s->cursor < s->top)
		s->top = s->cursor;
	if (s->cursor >= s->top + s->height)
		s->top = s->cursor - s->height + 1;
	for (int i = s->top; i < (int)s->l.n && y < a->y + a->h; i++, y++) {
		const struct flaggroup *g = &s->l.v[i];
		int code = flag_lookup(g->code);
		enum draw_role role = i == s->cursor ? DR_CURSOR : g->errors ? DR_ERROR : DR_WARNING;

		draw_fill(y, 0, a->w, i == s->cursor ? DR_CURSOR : DR_NORMAL);
		draw_text(y, 1, codew, g->code, role, DRAW_CUT);
		draw_printf(y, 2 + codew, numw, i == s->cursor ? DR_CURSOR : DR_NORMAL, "%*lld",
		    numw, (long long)g->students);
		draw_printf(y, 3 + codew + numw, numw, i == s->cursor ? DR_CURSOR : DR_NORMAL,
		    "%*lld", numw, (long long)g->flags);
		draw_text(y, 4 + codew + 2 * numw, a->w - 5 - codew - 2 * numw,
		    code >= 0 ? _(flag_info((enum flag_code)code)->message) : "",
		    i == s->cursor ? DR_CURSOR : DR_NORMAL, DRAW_CUT);
	}
}

static int
flags_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct flags_screen *s = state;
	int last = s->l.n > 0 ? (int)s->l.n - 1 : 0;
	struct screen_arg arg;
	const struct flaggroup *g;

	if (keys_move(k, &s->cursor, last, s->height))
		return 1;
	switch (k->action) {
	case KA_ENTER:
		if (s->l.n == 0)
			return 1;
		g = &s->l.v[s->cursor];
		memset(&arg, 0, sizeof arg);
		if (g->students == 0) {
			tui_message(t, TUI_INFO, "%s", _("These flags are on photo files that match no student; see caiji check."));
			return 1;
		}
		if (g->one_student != 0) {
			arg.student_id = g->one_student;
			tui_push(t, &screen_detail_ops, &arg);
		} else {
			arg.flag = g->code;
			tui_push(t, &screen_roster_ops, &arg);
		}
		return 1;
	case KA_REFRESH:
		if (tui_stale(t, k, &s->seen))
			flags_load(t, s);
		return 0;
	default:
		return 0;
	}
}

static void
flags_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct flags_screen *s = state;

	(void)t;
	s->height = a->h - 2;
	if (s->height < 1)
		s->height = 1;
}

const struct screen_ops screen_flags_ops = {
	"flags", flags_open, flags_draw, flags_key, flags_resize, flags_close
};
