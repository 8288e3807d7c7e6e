/* SPDX-License-Identifier: MIT */
/*
 * On-site check-in: the clerk types an ID number, or a keyboard-wedge reader
 * types it with Enter, and the student is marked collected (checkin.c).  A
 * number that is unknown, already collected or shared is shown loudly.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "roster/checkin.h"
#include "tui/draw.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "tui/input.h"
#include "tui/screen.h"
#include "db/share.h"
#include "util/when.h"
#include "util/xalloc.h"

#define CHECKIN_HISTORY 64

struct checkin_screen {
	struct input		 in;
	struct checkin_result	 history[CHECKIN_HISTORY];	/* newest first */
	int			 n;
	int64_t			 onsite, collected;
	long long		 seen;		/* the database generation counted */
};

static void
checkin_screen_count(struct tui *t, struct checkin_screen *s)
{
	char *cause = NULL;

	if (checkin_counts(tui_db(t), &s->onsite, &s->collected, &cause) != 0)
		tui_fail(t, cause);
}

static void *
checkin_open(struct tui *t, const struct screen_arg *arg)
{
	struct checkin_screen *s = xcalloc(1, sizeof *s);

	(void)arg;
	s->seen = share_generation(tui_db(t));
	checkin_screen_count(t, s);
	return s;
}

static void
checkin_close(void *state)
{
	struct checkin_screen *s = state;

	for (int i = 0; i < s->n; i++)
		checkin_result_free(&s->history[i]);
	free(s);
}

static enum draw_role
checkin_role(enum checkin_status st)
{
	return st == CHECKIN_MARKED ? DR_GOOD : DR_ALERT;
}

/* One line about a result: what happened, and to whom. */
static char *
checkin_describe(const struct checkin_result *r)
{
	char *masked = *r->number != '\0' ? idcard_mask(r->number) : xstrdup("");
	char *when = when_local(r->at), *line;

	switch (r->status) {
	case CHECKIN_MARKED:
		line = xasprintf("%s  %s %s  %s  %s", _(checkin_status_text(r->status)), r->seq,
		    r->name, r->college, when);
		break;
	case CHECKIN_ALREADY:
		line = xasprintf(_("%s  %s %s: at %s by %s"), _(checkin_status_text(r->status)),
		    r->seq, r->name, when, r->by != NULL ? r->by : "");
		break;
	case CHECKIN_NOT_ONSITE:
		line = xasprintf("%s  %s %s  %s", _(checkin_status_text(r->status)), r->seq,
		    r->name, r->cohort);
		break;
	default:
		line = xasprintf("%s  %s", _(checkin_status_text(r->status)), masked);
		break;
	}
	free(masked);
	free(when);
	return line;
}

static void
checkin_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct checkin_screen *s = state;
	int y = a->y;
	char *line;

	(void)t;
	draw_text(y++, 1, a->w - 1, _("On-site check-in: type or scan an ID number, then Enter"),
	    DR_HEADER, DRAW_CUT);
	draw_printf(y++, 1, a->w - 1, DR_NORMAL, _("Collected: %lld of %lld on-site students"),
	    (long long)s->collected, (long long)s->onsite);
	y++;
	if (s->n > 0) {
		/* the last result, loud: a full-width coloured band */
		line = checkin_describe(&s->history[0]);
		draw_fill(y, 0, a->w, checkin_role(s->history[0].status));
		draw_fill(y + 2, 0, a->w, checkin_role(s->history[0].status));
		draw_printf(y + 1, 0, a->w, checkin_role(s->history[0].status), "  %s %s",
		    s->history[0].status == CHECKIN_MARKED ? draw_glyph("\xe2\x9c\x93", "OK") :
		    draw_glyph("\xe2\x9c\x97", "!!"), line);
		free(line);
	}
	y += 4;
	draw_text(y++, 1, a->w - 1, _("Earlier:"), DR_DIM, 0);
	for (int i = 1; i < s->n && y < a->y + a->h - 1; i++, y++) {
		line = checkin_describe(&s->history[i]);
		draw_text(y, 3, a->w - 4, line, s->history[i].status == CHECKIN_MARKED ? DR_OK :
		    DR_ERROR, DRAW_CUT);
		free(line);
	}
	/* the entry, last so that the cursor stays there */
	draw_fill(a->y + 2, 0, a->w, DR_NORMAL);
	input_draw(&s->in, a->y + 2, 1, a->w - 2, _("ID number: "));
	curs_set(1);
}

static void
checkin_submit(struct tui *t, struct checkin_screen *s)
{
	struct checkin_result r;
	char *text = input_text(&s->in), *cause = NULL;

	input_clear(&s->in);
	if (checkin_scan(tui_db(t), text, &r, &cause) != 0) {
		tui_fail(t, cause);
		free(text);
		return;
	}
	free(text);
	if (*r.number == '\0') {
		checkin_result_free(&r);
		return;
	}
	if (s->n == CHECKIN_HISTORY)
		checkin_result_free(&s->history[--s->n]);
	memmove(&s->history[1], &s->history[0], (size_t)s->n * sizeof s->history[0]);
	s->history[0] = r;
	s->n++;
	if (r.status != CHECKIN_MARKED)
		beep();
	checkin_screen_count(t, s);
}

static int
checkin_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct checkin_screen *s = state;

	if (k->action == KA_REFRESH) {
		if (tui_stale(t, k, &s->seen))
			checkin_screen_count(t, s);
		return 0;
	}
	switch (input_key(&s->in, k)) {
	case INPUT_CHANGED:
		return 1;
	case INPUT_DONE:
		checkin_submit(t, s);
		return 1;
	case INPUT_CANCEL:
		if (s->in.len > 0) {
			input_clear(&s->in);
			return 1;
		}
		return 0;	/* Esc on an empty entry goes back */
	case INPUT_NONE:
		break;
	}
	return 0;
}

static void
checkin_resize(struct tui *t, void *state, const struct tui_area *a)
{
	(void)t;
	(void)state;
	(void)a;
}

const struct screen_ops screen_checkin_ops = {
	"checkin", checkin_open, checkin_draw, checkin_key, checkin_resize, checkin_close
};
