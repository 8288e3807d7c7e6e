/* SPDX-License-Identifier: MIT */
/*
 * The roster: every student, a screenful at a time (keyset paging through
 * browse.c, so the roster is never read whole), with filters, a search as
 * you type and a sort on any column.  Enter opens the student.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view/browse.h"
#include "season/college.h"
#include "tui/draw.h"
#include "view/flaggroup.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "tui/input.h"
#include "tui/screen.h"
#include "db/share.h"
#include "util/text.h"
#include "util/xalloc.h"

struct roster {
	struct browse		*b;
	struct browse_filter	 f;		/* flag and search owned */
	enum browse_sort	 sort;
	int			 descending;
	struct browse_rows	 rows;		/* the window on screen */
	int			 cursor;	/* index into rows */
	int			 height;	/* rows in the window */
	int64_t			 count;
	int			 count_more;	/* a search matched more than count */
	struct college_list	 colleges;
	struct browse_choices	 cohorts;
	struct input		 search;
	int			 searching;
	long long		 seen;		/* the database generation shown */
};

/* The columns: shown by priority as the width allows, drawn in this order. */
enum roster_col { RC_SEQ, RC_NO, RC_NAME, RC_GENDER, RC_ID, RC_COLLEGE, RC_MAJOR,
	RC_LEVEL, RC_COHORT, RC_FLAGS, RC__COUNT };
static const struct {
	const char	*header;	/* N_() */
	int		 width;
	int		 priority;	/* 0 first */
	int		 sort;		/* the browse_sort, or -1 */
} roster_cols[RC__COUNT] = {
	[RC_SEQ] = { N_("Seq."), 4, 0, BROWSE_SORT_SEQ },
	[RC_NO] = { N_("Student no."), 12, 1, BROWSE_SORT_STUDENT_NO },
	[RC_NAME] = { N_("Name"), 10, 0, BROWSE_SORT_NAME },
	[RC_GENDER] = { N_("Sex"), 4, 3, BROWSE_SORT_GENDER },
	[RC_ID] = { N_("ID number"), 18, 2, BROWSE_SORT_ID_NUMBER },
	[RC_COLLEGE] = { N_("College"), 14, 5, BROWSE_SORT_COLLEGE },
	[RC_MAJOR] = { N_("Major"), 18, 6, BROWSE_SORT_MAJOR },
	[RC_LEVEL] = { N_("Level"), 6, 7, BROWSE_SORT_LEVEL },
	[RC_COHORT] = { N_("Cohort"), 16, 8, BROWSE_SORT_COHORT },
	[RC_FLAGS] = { N_("Problems"), 9, 4, -1 },
};

static void
roster_fetch(struct tui *t, struct roster *r, const struct browse_row *from, int dir,
    int inclusive)
{
	char *cause = NULL;

	if (browse_fetch(r->b, from, dir, inclusive, (size_t)r->height, &r->rows, &cause) != 0)
		tui_fail(t, cause);
}

/* Reads the window again from its first row; fills it from the end when short. */
static void
roster_reload(struct tui *t, struct roster *r)
{
	char *cause = NULL;

	if (r->rows.n > 0)
		roster_fetch(t, r, &r->rows.v[0], 1, 1);
	else
		roster_fetch(t, r, NULL, 1, 0);
	if ((int)r->rows.n < r->height)
		roster_fetch(t, r, NULL, -1, 0);
	if (r->cursor >= (int)r->rows.n)
		r->cursor = r->rows.n > 0 ? (int)r->rows.n - 1 : 0;
	if (browse_count_upto(r->b, BROWSE_COUNT_CAP, &r->count, &r->count_more, &cause) != 0)
		tui_fail(t, cause);
}

/* The filter, search or order changed: back to the first row. */
static void
roster_apply(struct tui *t, struct roster *r)
{
	char *cause = NULL;

	if (browse_set(r->b, &r->f, r->sort, r->descending, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	browse_rows_free(&r->rows);
	r->cursor = 0;
	roster_reload(t, r);
}

static void
roster_layout(struct roster *r, const struct tui_area *a)
{
	r->height = a->h - 3;
	if (r->height < 1)
		r->height = 1;
}

static void *
roster_open(struct tui *t, const struct screen_arg *arg)
{
	struct roster *r = xcalloc(1, sizeof *r);
	struct tui_area a = tui_body(t);
	char *cause = NULL;

	r->b = browse_new(tui_db(t));
	r->seen = share_generation(tui_db(t));
	r->f.college_id = arg->college_id;
	r->f.flag = arg->flag != NULL ? xstrdup(arg->flag) : NULL;
	r->f.photo = arg->photo;
	if (college_list_load(tui_db(t), &r->colleges, &cause) != 0 ||
	    browse_cohorts(tui_db(t), &r->cohorts, &cause) != 0)
		tui_fail(t, cause);
	roster_layout(r, &a);
	roster_apply(t, r);
	return r;
}

static void
roster_close(void *state)
{
	struct roster *r = state;

	browse_rows_free(&r->rows);
	browse_free(&r->b);
	college_list_free(&r->colleges);
	browse_choices_free(&r->cohorts);
	free((char *)r->f.flag);
	free((char *)r->f.search);
	free(r);
}

/* Which columns fit in w, by priority. */
static void
roster_fit(int w, int *shown)
{
	int used = 0;

	memset(shown, 0, RC__COUNT * sizeof *shown);
	for (int p = 0; p <= 8; p++)
		for (int c = 0; c < RC__COUNT; c++) {
			if (roster_cols[c].priority != p)
				continue;
			if (used + roster_cols[c].width + 1 > w)
				return;		/* the rest are less important */
			shown[c] = 1;
			used += roster_cols[c].width + 1;
		}
}

static const char *
roster_college_name(const struct roster *r)
{
	const struct college *c = college_list_by_id(&r->colleges, r->f.college_id);

	return c != NULL ? c->name : _("all");
}

static const char *
roster_cohort_name(const struct roster *r)
{
	for (size_t i = 0; i < r->cohorts.n; i++)
		if (r->cohorts.v[i].id == r->f.cohort_id)
			return r->cohorts.v[i].name;
	return _("all");
}

static void
roster_draw_row(const struct browse_row *row, int y, const int *shown, enum draw_role role)
{
	char *masked = *row->id_number != '\0' ? idcard_mask(row->id_number) : xstrdup("");
	char flags[32];
	int x = 1;

	/* ✗2 errors, !1 warnings, ✓ none; ● collected on site */
	flags[0] = '\0';
	if (row->errors > 0)
		snprintf(flags, sizeof flags, "%s%d ", draw_glyph("\xe2\x9c\x97", "E"),
		    row->errors);
	if (row->warnings > 0)
		snprintf(flags + strlen(flags), sizeof flags - strlen(flags), "!%d ",
		    row->warnings);
	if (row->errors == 0 && row->warnings == 0)
		snprintf(flags, sizeof flags, "%s ", draw_glyph("\xe2\x9c\x93", "ok"));
	if (row->collected)
		snprintf(flags + strlen(flags), sizeof flags - strlen(flags), "%s",
		    draw_glyph("\xe2\x97\x8f", "*"));
	draw_fill(y, 0, COLS, role);
	for (int c = 0; c < RC__COUNT; c++) {
		const char *v = "";
		enum draw_role cr = role;

		if (!shown[c])
			continue;
		switch (c) {
		case RC_SEQ: v = row->seq; break;
		case RC_NO: v = row->student_no; break;
		case RC_NAME: v = row->name; break;
		case RC_GENDER: v = row->gender; break;
		case RC_ID: v = masked; break;
		case RC_COLLEGE: v = row->college; break;
		case RC_MAJOR: v = row->major; break;
		case RC_LEVEL: v = row->level; break;
		case RC_COHORT: v = row->cohort; break;
		case RC_FLAGS:
			v = flags;
			if (role == DR_NORMAL)
				cr = row->errors > 0 ? DR_ERROR : row->warnings > 0 ?
				    DR_WARNING : DR_OK;
			break;
		}
		draw_text(y, x, roster_cols[c].width, v, cr, DRAW_CUT);
		x += roster_cols[c].width + 1;
	}
	free(masked);
}

static void
roster_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct roster *r = state;
	int shown[RC__COUNT], x = 1, y = a->y;
	char *search = input_text(&r->search);

	(void)t;
	if (r->count_more)
		draw_printf(y++, 1, a->w - 1, DR_HEADER,
		    ngettext("Roster: more than %lld student", "Roster: more than %lld students",
		    r->count), (long long)r->count);
	else
		draw_printf(y++, 1, a->w - 1, DR_HEADER,
		    ngettext("Roster: %lld student", "Roster: %lld students", r->count),
		    (long long)r->count);
	draw_printf(y++, 1, a->w - 1, DR_DIM,
	    _("College: %s  Cohort: %s  Flag: %s  Photo: %s  Sort: %s %s"),
	    roster_college_name(r), roster_cohort_name(r),
	    r->f.flag != NULL ? r->f.flag : _("any"), _(browse_photo_name(r->f.photo)),
	    _(browse_sort_name(r->sort)), r->descending ? draw_glyph("\xe2\x96\xbc", "v") :
	    draw_glyph("\xe2\x96\xb2", "^"));
	roster_fit(a->w - 1, shown);
	draw_fill(y, 0, a->w, DR_HEADER);
	for (int c = 0; c < RC__COUNT; c++) {
		if (!shown[c])
			continue;
		draw_text(y, x, roster_cols[c].width, _(roster_cols[c].header),
		    roster_cols[c].sort == (int)r->sort ? DR_CURSOR : DR_HEADER, DRAW_CUT);
		x += roster_cols[c].width + 1;
	}
	y++;
	for (size_t i = 0; i < r->rows.n && y < a->y + a->h; i++, y++)
		roster_draw_row(&r->rows.v[i], y, shown, (int)i == r->cursor ? DR_CURSOR :
		    DR_NORMAL);
	if (r->rows.n == 0)
		draw_text(y, 1, a->w - 1, _("No student matches."), DR_DIM, 0);
	if (r->searching) {
		draw_fill(LINES - 2, 0, COLS, DR_NORMAL);
		input_draw(&r->search, LINES - 2, 0, COLS, _("Search: "));
		curs_set(1);
	} else if (*search != '\0')
		draw_printf(LINES - 2, 0, COLS, DR_DIM, _("Search: %s  (x clears)"), search);
	free(search);
}

static void
roster_down(struct tui *t, struct roster *r)
{
	struct browse_rows next = { NULL, 0 };
	char *cause = NULL;

	if (r->cursor + 1 < (int)r->rows.n) {
		r->cursor++;
		return;
	}
	if ((int)r->rows.n < r->height || r->rows.n < 2)
		return;		/* the window is not full: this is the end */
	if (browse_fetch(r->b, &r->rows.v[1], 1, 1, (size_t)r->height, &next, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	if ((int)next.n == r->height) {
		browse_rows_free(&r->rows);
		r->rows = next;
	} else
		browse_rows_free(&next);
}

static void
roster_up(struct tui *t, struct roster *r)
{
	struct browse_rows prev = { NULL, 0 };
	char *cause = NULL;

	if (r->cursor > 0) {
		r->cursor--;
		return;
	}
	if (r->rows.n == 0)
		return;
	if (browse_fetch(r->b, &r->rows.v[0], -1, 0, 1, &prev, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	if (prev.n == 1)
		roster_fetch(t, r, &prev.v[0], 1, 1);
	browse_rows_free(&prev);
}

static void
roster_page(struct tui *t, struct roster *r, int dir)
{
	struct browse_rows page = { NULL, 0 };
	char *cause = NULL;

	if (r->rows.n == 0)
		return;
	if (browse_fetch(r->b, &r->rows.v[dir > 0 ? r->rows.n - 1 : 0], dir, 0,
	    (size_t)r->height, &page, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	if ((int)page.n == r->height) {
		browse_rows_free(&r->rows);
		r->rows = page;
		return;
	}
	browse_rows_free(&page);
	/* less than a screen left: show the first or the last screen */
	roster_fetch(t, r, NULL, dir, 0);
	r->cursor = dir > 0 ? (int)r->rows.n - 1 : 0;
	if (r->cursor < 0)
		r->cursor = 0;
}

/* Cycles a filter through its choices and "all". */
static int
roster_next_id(int cur, const int *ids, size_t n)
{
	if (cur == 0)
		return n > 0 ? ids[0] : 0;
	for (size_t i = 0; i + 1 < n; i++)
		if (ids[i] == cur)
			return ids[i + 1];
	return 0;
}

static void
roster_cycle(struct tui *t, struct roster *r, enum key_action a)
{
	char *cause = NULL;
	int ids[64];
	size_t n = 0;

	if (a == KA_FILTER_COLLEGE) {
		for (size_t i = 0; i < r->colleges.n && n < 64; i++)
			ids[n++] = r->colleges.v[i].id;
		r->f.college_id = roster_next_id(r->f.college_id, ids, n);
	} else if (a == KA_FILTER_COHORT) {
		for (size_t i = 0; i < r->cohorts.n && n < 64; i++)
			ids[n++] = r->cohorts.v[i].id;
		r->f.cohort_id = roster_next_id(r->f.cohort_id, ids, n);
	} else if (a == KA_FILTER_PHOTO)
		r->f.photo = (r->f.photo + 1) % BROWSE_PHOTO__COUNT;
	else if (a == KA_FILTER_FLAG) {
		/* the codes that students have, one after another, then none */
		char *next = NULL;

		if (flaggroup_next(tui_db(t), r->f.flag, &next, &cause) != 0) {
			tui_fail(t, cause);
			return;
		}
		free((char *)r->f.flag);
		r->f.flag = next;
	}
	roster_apply(t, r);
}

static int
roster_search_key(struct tui *t, struct roster *r, const struct tui_key *k)
{
	switch (input_key(&r->search, k)) {
	case INPUT_CHANGED:
		free((char *)r->f.search);
		r->f.search = input_text(&r->search);
		roster_apply(t, r);
		return 1;
	case INPUT_DONE:
		r->searching = 0;
		return 1;
	case INPUT_CANCEL:
		r->searching = 0;
		input_clear(&r->search);
		free((char *)r->f.search);
		r->f.search = NULL;
		roster_apply(t, r);
		return 1;
	case INPUT_NONE:
		break;
	}
	/* moving in the list while typing is allowed */
	return k->action == KA_UP || k->action == KA_DOWN ? 0 : 1;
}

static int
roster_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct roster *r = state;
	struct screen_arg arg;

	if (r->searching && k->action != KA_REFRESH && roster_search_key(t, r, k))
		return 1;
	switch (k->action) {
	case KA_UP: roster_up(t, r); return 1;
	case KA_DOWN: roster_down(t, r); return 1;
	case KA_PAGE_UP: roster_page(t, r, -1); return 1;
	case KA_PAGE_DOWN: roster_page(t, r, 1); return 1;
	case KA_HOME:
		roster_fetch(t, r, NULL, 1, 0);
		r->cursor = 0;
		return 1;
	case KA_END:
		roster_fetch(t, r, NULL, -1, 0);
		r->cursor = r->rows.n > 0 ? (int)r->rows.n - 1 : 0;
		return 1;
	case KA_ENTER:
		if (r->rows.n == 0)
			return 1;
		memset(&arg, 0, sizeof arg);
		arg.student_id = r->rows.v[r->cursor].id;
		tui_push(t, &screen_detail_ops, &arg);
		return 1;
	case KA_SEARCH:
		r->searching = 1;
		return 1;
	case KA_SORT:
		r->sort = (r->sort + 1) % BROWSE_SORT__COUNT;
		roster_apply(t, r);
		return 1;
	case KA_SORT_REVERSE:
		r->descending = !r->descending;
		roster_apply(t, r);
		return 1;
	case KA_FILTER_COLLEGE:
	case KA_FILTER_COHORT:
	case KA_FILTER_FLAG:
	case KA_FILTER_PHOTO:
		roster_cycle(t, r, k->action);
		return 1;
	case KA_FILTER_CLEAR:
		free((char *)r->f.flag);
		free((char *)r->f.search);
		memset(&r->f, 0, sizeof r->f);
		input_clear(&r->search);
		roster_apply(t, r);
		return 1;
	case KA_REFRESH:
		if (tui_stale(t, k, &r->seen))
			roster_reload(t, r);
		return 0;
	default:
		return 0;
	}
}

static void
roster_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct roster *r = state;

	roster_layout(r, a);
	roster_reload(t, r);
}

const struct screen_ops screen_roster_ops = {
	"roster", roster_open, roster_draw, roster_key, roster_resize, roster_close
};
