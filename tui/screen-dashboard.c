/* SPDX-License-Identifier: MIT */
/*
 * The dashboard: per-college progress, with bars and totals, and the days
 * left to the photo deadline and the on-site collection.  Enter on a
 * college opens its roster.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tui/draw.h"
#include "util/i18n.h"
#include "money/money.h"
#include "view/progress.h"
#include "tui/screen.h"
#include "db/share.h"
#include "util/text.h"
#include "util/xalloc.h"

struct dashboard {
	struct progress	 p;
	int		 loaded;
	int		 cursor;	/* 0..n-1 the colleges, n the total */
	long long	 seen;		/* the database generation loaded */
};

/* The counted columns, in order; money columns only when the width allows. */
static const struct {
	const char	*header;	/* N_() */
	size_t		 offset;
	int		 money;		/* fen, shown in yuan */
} dashboard_cols[] = {
	{ N_("Roster"), offsetof(struct progress_row, roster), 0 },
	/* photos: scanned and without error, missing, failing */
	{ N_("OK"), offsetof(struct progress_row, photo_ok), 0 },
	{ N_("Missing"), offsetof(struct progress_row, photo_missing), 0 },
	{ N_("Failing"), offsetof(struct progress_row, photo_failing), 0 },
	{ N_("Errors"), offsetof(struct progress_row, with_errors), 0 },
	{ N_("Submitted"), offsetof(struct progress_row, submitted), 0 },
	{ N_("On site"), offsetof(struct progress_row, collected), 0 },
	{ N_("Billed"), offsetof(struct progress_row, billed_fen), 1 },
	{ N_("Paid"), offsetof(struct progress_row, paid_fen), 1 },
};
/* the narrowest bar worth drawing */
#define DASHBOARD_BAR_MIN 8
#define DASHBOARD_NCOLS (sizeof dashboard_cols / sizeof dashboard_cols[0])

static int64_t
dashboard_value(const struct progress_row *r, size_t col)
{
	return *(const int64_t *)((const char *)r + dashboard_cols[col].offset);
}

/* A cell's text: a count, or an amount in yuan ("1,050.00"). */
static char *
dashboard_cell(const struct progress_row *r, size_t col)
{
	int64_t v = dashboard_value(r, col);

	return dashboard_cols[col].money ? money_figures(v) : xasprintf("%lld", (long long)v);
}

static void
dashboard_load(struct tui *t, struct dashboard *d)
{
	char *cause = NULL;

	/* keeps what has not changed: the counts take 100 ms at 100,000 students */
	d->loaded = 0;
	if (progress_refresh(tui_db(t), time(NULL), &d->p, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	d->loaded = 1;
	if (d->cursor > (int)d->p.n)
		d->cursor = (int)d->p.n;
}

static void *
dashboard_open(struct tui *t, const struct screen_arg *arg)
{
	struct dashboard *d = xcalloc(1, sizeof *d);

	(void)arg;
	d->seen = share_generation(tui_db(t));
	dashboard_load(t, d);
	return d;
}

/* "5 days left", "today", "3 days ago" for a date. */
static char *
dashboard_days(int days)
{
	if (days > 0)
		return xasprintf(ngettext("%d day left", "%d days left", days), days);
	if (days == 0)
		return xstrdup(_("today"));
	return xasprintf(ngettext("passed %d day ago", "passed %d days ago", -days), -days);
}

/* Two lines: the photo deadline and the on-site date, each with its days. */
static void
dashboard_draw_dates(const struct dashboard *d, int y, int w)
{
	char *days;

	if (*d->p.photo_deadline != '\0') {
		days = dashboard_days(d->p.photo_days);
		draw_printf(y, 1, w - 1, d->p.photo_days < 0 ? DR_DIM : d->p.photo_days <= 3 ?
		    DR_WARNING : DR_NORMAL, _("Photo deadline %s (%s)"), d->p.photo_deadline, days);
		free(days);
	} else
		draw_text(y, 1, w - 1, _("No photo deadline set"), DR_DIM, DRAW_CUT);
	if (*d->p.onsite_date != '\0') {
		days = dashboard_days(d->p.onsite_days);
		draw_printf(y + 1, 1, w - 1, d->p.onsite_days < 0 ? DR_DIM : DR_NORMAL,
		    _("On-site collection %s (%s)"), d->p.onsite_date, days);
		free(days);
	}
}

static void
dashboard_draw_row(const struct progress_row *r, const char *name, int y, int namew,
    const int *colw, int barw, enum draw_role role)
{
	int x = 1;

	draw_fill(y, 0, COLS, role);
	draw_text(y, x, namew, name, role, DRAW_CUT);
	x += namew;
	for (size_t c = 0; c < DASHBOARD_NCOLS; c++) {
		int64_t v = dashboard_value(r, c);
		enum draw_role vr = role;
		char *cell;

		if (colw[c] == 0)
			continue;
		if (role == DR_NORMAL && v > 0 && (c == 2 || c == 3 || c == 4))
			vr = c == 2 ? DR_WARNING : DR_ERROR;
		cell = dashboard_cell(r, c);
		draw_text(y, x + 1, colw[c], cell, vr, DRAW_RIGHT);
		free(cell);
		x += colw[c] + 1;
	}
	if (barw >= DASHBOARD_BAR_MIN)
		draw_bar(y, x + 2, barw, r->submitted, r->with_errors, r->roster);
}

static void
dashboard_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct dashboard *d = state;
	int colw[DASHBOARD_NCOLS], namew = 0, used, barw, y = a->y;

	(void)t;
	draw_text(y++, 1, a->w - 1, _("Progress by college (photos: OK, missing, failing)"),
	    DR_HEADER, DRAW_CUT);
	if (!d->loaded)
		return;
	dashboard_draw_dates(d, y, a->w);
	y += 3;
	for (size_t i = 0; i < d->p.n; i++) {
		int nw = text_width(*d->p.v[i].college != '\0' ? d->p.v[i].college :
		    _("(no college)"));

		if (nw > namew)
			namew = nw;
	}
	if (text_width(_("Total")) > namew)
		namew = text_width(_("Total"));
	if (namew > a->w / 4)
		namew = a->w / 4;
	used = 1 + namew;
	for (size_t c = 0; c < DASHBOARD_NCOLS; c++) {
		char *cell = dashboard_cell(&d->p.total, c);
		int hw = text_width(_(dashboard_cols[c].header));

		colw[c] = text_width(cell);
		free(cell);
		if (hw > colw[c])
			colw[c] = hw;
		/* money only where it fits beside a bar; the totals line has it */
		if (dashboard_cols[c].money && used + colw[c] + 1 + 3 + DASHBOARD_BAR_MIN > a->w)
			colw[c] = 0;
		else
			used += colw[c] + 1;
	}
	barw = a->w - used - 3;
	/* the headings */
	draw_text(y, 1, namew, _("College"), DR_HEADER, DRAW_CUT);
	for (size_t c = 0, x = (size_t)(1 + namew); c < DASHBOARD_NCOLS; c++) {
		if (colw[c] == 0)
			continue;
		draw_text(y, (int)x + 1, colw[c], _(dashboard_cols[c].header), DR_HEADER,
		    DRAW_RIGHT);
		x += (size_t)colw[c] + 1;
	}
	if (barw >= DASHBOARD_BAR_MIN)
		draw_text(y, used + 2, barw, _("submitted / errors"), DR_HEADER, DRAW_CUT);
	y++;
	for (size_t i = 0; i < d->p.n && y < a->y + a->h - 2; i++, y++)
		dashboard_draw_row(&d->p.v[i], *d->p.v[i].college != '\0' ? d->p.v[i].college :
		    _("(no college)"), y, namew, colw, barw,
		    (int)i == d->cursor ? DR_CURSOR : DR_NORMAL);
	dashboard_draw_row(&d->p.total, _("Total"), y + 1, namew, colw, barw,
	    d->cursor == (int)d->p.n ? DR_CURSOR : DR_HEADER);
	if (y + 3 < a->y + a->h) {
		char *billed = money_figures(d->p.total.billed_fen);
		char *paid = money_figures(d->p.total.paid_fen);
		char *owed = money_figures(d->p.total.billed_fen - d->p.total.paid_fen);

		draw_printf(y + 3, 1, a->w - 1, DR_NORMAL,
		    _("Collection fee: billed %s yuan, paid %s, outstanding %s"), billed, paid, owed);
		free(billed);
		free(paid);
		free(owed);
	}
	if (y + 5 < a->y + a->h)
		draw_text(y + 5, 1, a->w - 1, _("Enter: open the college's roster    ?: every key"),
		    DR_DIM, DRAW_CUT);
}

static int
dashboard_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct dashboard *d = state;
	int last = d->loaded ? (int)d->p.n : 0;
	struct screen_arg arg;

	/* the colleges and the totals fit a screen: a page is the whole list */
	if (keys_move(k, &d->cursor, last, last))
		return 1;
	switch (k->action) {
	case KA_ENTER:
		if (!d->loaded)
			return 1;
		memset(&arg, 0, sizeof arg);
		if (d->cursor < (int)d->p.n)
			arg.college_id = d->p.v[d->cursor].college_id;
		if (arg.college_id == 0 && d->cursor < (int)d->p.n)
			return 1;	/* no college to filter on */
		tui_push(t, &screen_roster_ops, &arg);
		return 1;
	case KA_REFRESH:
		if (tui_stale(t, k, &d->seen))
			dashboard_load(t, d);
		return 0;	/* the loop reads the top line again too */
	default:
		return 0;
	}
}

static void
dashboard_resize(struct tui *t, void *state, const struct tui_area *a)
{
	(void)t;
	(void)state;
	(void)a;
}

static void
dashboard_close(void *state)
{
	struct dashboard *d = state;

	if (d->loaded)
		progress_free(&d->p);
	free(d);
}

const struct screen_ops screen_dashboard_ops = {
	"dashboard", dashboard_open, dashboard_draw, dashboard_key, dashboard_resize,
	dashboard_close
};
