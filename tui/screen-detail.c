/* SPDX-License-Identifier: MIT */
/*
 * One student: every field, the ID number decoded (birth date, age, sex,
 * province), every flag with its message, what normalisation changed, the
 * on-site collection, the packages, and the photo as a thumbnail.  The ID
 * number stays masked until the clerk reveals it (audited).
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "view/detail.h"
#include "tui/draw.h"
#include "flag/flag.h"
#include "tui/form.h"
#include "tui/halfblock.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "money/money.h"
#include "money/order.h"
#include "tui/screen.h"
#include "db/share.h"
#include "roster/field.h"
#include "roster/student.h"
#include "util/text.h"
#include "photo/thumb.h"
#include "util/when.h"
#include "util/xalloc.h"

struct detail_line {
	char		*label;		/* NULL for a line of text only */
	char		*text;
	enum draw_role	 role;
};

struct detail_screen {
	int64_t			 id;
	struct detail		 d;
	int			 loaded;
	int			 revealed;
	struct detail_line	*lines;
	size_t			 nlines;
	int			 top;		/* first screen line shown */
	int			 height;	/* screen lines for the text */
	int			 rows;		/* screen lines the text needs */
	struct thumb		 thumb;		/* width 0 when there is none */
	long long		 seen;		/* the database generation shown */
	int			 editing;	/* the edit form is open */
	struct form		 form;
	const char		*field_labels[16];
};

/* What the clerk reads for each of student_fields[]: its heading (student-fields.def). */
static const char *
detail_field_label(const char *field)
{
	int f = roster_field_lookup(field);

	return f >= 0 ? roster_field_heading(f) : field;
}

/* e: a form with the field to correct and its new value. */
static void
detail_start_edit(struct detail_screen *s)
{
	int n = 0;

	while (student_fields[n] != NULL && n < 15) {
		s->field_labels[n] = detail_field_label(student_fields[n]);
		n++;
	}
	s->field_labels[n] = NULL;
	form_init(&s->form, _("Correct a field"));
	form_add(&s->form, _("Field"), student_fields, s->field_labels);
	form_add(&s->form, _("New value"), NULL, NULL);
	s->editing = 1;
}

static void
detail_add(struct detail_screen *s, const char *label, enum draw_role role, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
detail_add(struct detail_screen *s, const char *label, enum draw_role role, const char *fmt, ...)
{
	struct detail_line *l;
	va_list ap;

	s->lines = xreallocarray(s->lines, s->nlines + 1, sizeof *s->lines);
	l = &s->lines[s->nlines++];
	l->label = label != NULL ? xstrdup(label) : NULL;
	va_start(ap, fmt);
	l->text = xvasprintf(fmt, ap);
	va_end(ap);
	l->role = role;
}

static void
detail_clear_lines(struct detail_screen *s)
{
	for (size_t i = 0; i < s->nlines; i++) {
		free(s->lines[i].label);
		free(s->lines[i].text);
	}
	free(s->lines);
	s->lines = NULL;
	s->nlines = 0;
}

/* Birth date, age, sex and province from the ID number. */
static void
detail_add_decoded(struct detail_screen *s)
{
	struct idcard_info info;
	time_t now = time(NULL);
	struct tm tm;
	const char *province;
	int age;

	if (idcard_decode(s->d.id_number, &info) != 0) {
		detail_add(s, _("Decoded"), DR_WARNING, "%s",
		    _("the ID number cannot be decoded (see the flags)"));
		return;
	}
	localtime_r(&now, &tm);
	age = tm.tm_year + 1900 - info.year;
	if (tm.tm_mon + 1 < info.month || (tm.tm_mon + 1 == info.month && tm.tm_mday < info.day))
		age--;
	province = idcard_province_name(info.province);
	detail_add(s, _("Born"), DR_NORMAL, _("%04d-%02d-%02d (age %d)"), info.year,
	    info.month, info.day, age);
	detail_add(s, _("Sex by ID"), DR_NORMAL, "%s", info.male ? _("male") : _("female"));
	detail_add(s, _("Province"), DR_NORMAL, "%s%s%s", province != NULL ? province : "?",
	    info.foreigner ? " " : "", info.foreigner ? _("(foreigner's permanent residence card)") : "");
}

/* The photo's verdict and what was measured (photos scan). */
static void
detail_add_photo(struct detail_screen *s)
{
	const struct detail_photo *p = s->d.photo;
	enum draw_role role;

	if (p == NULL) {
		detail_add(s, _("Photo"), DR_WARNING, "%s", *s->d.seq == '\0' ?
		    _("none: without a seq no photo file can be matched") :
		    _("none scanned for this seq"));
		return;
	}
	role = strcmp(p->verdict, "error") == 0 ? DR_ERROR :
	    strcmp(p->verdict, "warning") == 0 ? DR_WARNING : DR_OK;
	detail_add(s, _("Photo"), role, _("%s: %s (profile %s)"), p->path,
	    strcmp(p->verdict, "ok") == 0 ? _("passes every check") :
	    strcmp(p->verdict, "error") == 0 ? _("has errors") : _("has warnings"), p->profile);
	detail_add(s, _("Measured"), DR_NORMAL, _("%dx%d px, %.0fx%.0f dpi, %lld KB"),
	    p->width, p->height, p->dpi_x, p->dpi_y, (long long)(p->size / 1024));
	if (*p->background != '\0' || p->head_top >= 0)
		detail_add(s, "", DR_NORMAL, _("background %s, head top %d px, sides %d/%d px"),
		    *p->background != '\0' ? p->background : "?", p->head_top, p->margin_left,
		    p->margin_right);
}

/* The student's scatter-shoot orders, oldest first (order.c). */
static void
detail_add_orders(struct tui *t, struct detail_screen *s)
{
	struct order_filter f;
	struct order **v = NULL;
	char *cause = NULL;
	size_t n = 0;
	int shown = 0;

	memset(&f, 0, sizeof f);
	f.student = *s->d.student_no != '\0' ? s->d.student_no : s->d.seq;
	if (*f.student == '\0')
		return;
	if (order_list(tui_db(t), &f, &v, &n, &cause) != 0) {
		tui_fail(t, cause);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		char *amount;

		if (v[i]->student_id != s->d.id)
			continue;	/* another student with the same number or name */
		if (!shown++) {
			detail_add(s, NULL, DR_NORMAL, "%s", "");
			detail_add(s, NULL, DR_HEADER, "%s", _("Scatter-shoot orders:"));
		}
		amount = money_figures(v[i]->amount_fen);
		detail_add(s, NULL, DR_NORMAL, _("No. %lld  %s  %s  %s yuan  %s%s%s"),
		    (long long)v[i]->id, v[i]->created_at, v[i]->tier, amount,
		    order_state_label(v[i]->state), v[i]->tracking_no != NULL ? "  " : "",
		    v[i]->tracking_no != NULL ? v[i]->tracking_no : "");
		free(amount);
	}
	order_list_free(v, n);
}

static void
detail_build(struct tui *t, struct detail_screen *s)
{
	struct detail *d = &s->d;
	char *masked, *when;

	detail_clear_lines(s);
	masked = *d->id_number == '\0' ? xstrdup("") : s->revealed ? xstrdup(d->id_number) :
	    idcard_mask(d->id_number);
	detail_add(s, _("Seq."), DR_NORMAL, "%s", d->seq);
	detail_add(s, _("Student no."), DR_NORMAL, "%s", d->student_no);
	detail_add(s, _("Name"), DR_NORMAL, "%s", d->name);
	detail_add(s, _("Sex"), DR_NORMAL, "%s", d->gender);
	detail_add(s, _("ID number"), DR_NORMAL, "%s  %s%s", masked, d->id_type,
	    s->revealed ? "" : _("  (v shows it)"));
	free(masked);
	detail_add_decoded(s);
	detail_add(s, _("College"), DR_NORMAL, "%s", d->college);
	detail_add(s, _("Cohort"), DR_NORMAL, "%s%s", d->cohort,
	    strcmp(d->cohort_mode, "onsite") == 0 ? _(" (on site)") : "");
	detail_add(s, _("Major"), DR_NORMAL, "%s", d->major);
	detail_add(s, _("Level"), DR_NORMAL, "%s", d->level);
	if (*d->institution_code != '\0' || *d->institution_name != '\0')
		detail_add(s, _("Institution"), DR_NORMAL, "%s %s", d->institution_code,
		    d->institution_name);
	if (*d->source_file != '\0')
		detail_add(s, _("Source"), DR_DIM, _("%s, line %d"), d->source_file,
		    d->source_line);
	if (d->collected_at != NULL) {
		when = when_local(d->collected_at);
		detail_add(s, _("On site"), DR_OK, _("collected %s by %s"), when,
		    d->collected_by != NULL ? d->collected_by : "");
		free(when);
	} else if (strcmp(d->cohort_mode, "onsite") == 0)
		detail_add(s, _("On site"), DR_WARNING, "%s", _("not collected yet"));
	for (size_t i = 0; i < d->nsubmissions; i++) {
		when = when_local(d->submissions[i].at);
		detail_add(s, _("Submitted"), DR_OK, _("in %s, %s by %s"), d->submissions[i].package,
		    when, d->submissions[i].clerk);
		free(when);
	}
	detail_add_photo(s);
	detail_add(s, NULL, DR_NORMAL, "%s", "");
	if (d->nflags == 0)
		detail_add(s, NULL, DR_OK, "%s", _("No problems found."));
	else
		detail_add(s, NULL, DR_HEADER, ngettext("%zu problem:", "%zu problems:",
		    d->nflags), d->nflags);
	for (size_t i = 0; i < d->nflags; i++) {
		int code = flag_lookup(d->flags[i].code);
		int error = strcmp(d->flags[i].severity, "error") == 0;

		detail_add(s, d->flags[i].code, error ? DR_ERROR : DR_WARNING, "%s%s%s",
		    code >= 0 ? _(flag_info((enum flag_code)code)->message) : "",
		    *d->flags[i].detail != '\0' ? ": " : "", d->flags[i].detail);
	}
	detail_add_orders(t, s);
	if (d->nchanges > 0) {
		detail_add(s, NULL, DR_NORMAL, "%s", "");
		detail_add(s, NULL, DR_HEADER, "%s", _("Changed on import:"));
	}
	for (size_t i = 0; i < d->nchanges; i++)
		detail_add(s, d->changes[i].field, DR_DIM, "%s \xe2\x86\x92 %s",
		    d->changes[i].old_value, d->changes[i].new_value);
}

static void
detail_screen_load(struct tui *t, struct detail_screen *s)
{
	char *cause = NULL;

	if (s->loaded)
		detail_free(&s->d);
	s->loaded = 0;
	if (detail_load(tui_db(t), s->id, &s->d, &cause) != 0) {
		tui_fail(t, cause);
		detail_clear_lines(s);
		return;
	}
	s->loaded = 1;
	detail_build(t, s);
}

/* The thumbnail's box for an area: about a quarter of the width. */
static void
detail_thumb_box(const struct tui_area *a, int *w, int *rows)
{
	*w = a->w >= 70 ? (a->w >= 120 ? 36 : 24) : 0;
	if (*w * 3 > a->w)
		*w = a->w / 3;
	*rows = a->h - 2;
	if (*rows > *w * 2 / 3 + 1)
		*rows = *w * 2 / 3 + 1;
}

/* Decodes the photo for the thumbnail box of the area (none when no room). */
static void
detail_load_thumb(struct tui *t, struct detail_screen *s, const struct tui_area *a)
{
	char *cause = NULL;
	int tw, trows;

	thumb_free(&s->thumb);
	detail_thumb_box(a, &tw, &trows);
	if (!s->loaded || s->d.photo == NULL || tw == 0 || trows < 2)
		return;
	/* a damaged photo is already flagged: say so quietly, no bell */
	if (thumb_load(s->d.photo->path, tw, trows * 2, &s->thumb, &cause) != 0) {
		tui_message(t, TUI_INFO, _("No thumbnail: %s"), cause);
		free(cause);
	}
}

static void
detail_layout(struct tui *t, struct detail_screen *s, const struct tui_area *a)
{
	detail_load_thumb(t, s, a);
	s->height = a->h - 1;
	s->rows = (int)s->nlines;	/* until drawn at this size */
	s->top = 0;
}

static void *
detail_open(struct tui *t, const struct screen_arg *arg)
{
	struct detail_screen *s = xcalloc(1, sizeof *s);
	struct tui_area a = tui_body(t);

	s->id = arg->student_id;
	s->seen = share_generation(tui_db(t));
	detail_screen_load(t, s);
	if (!s->loaded) {
		free(s);
		return NULL;
	}
	detail_layout(t, s, &a);
	return s;
}

static void
detail_close(void *state)
{
	struct detail_screen *s = state;

	if (s->loaded)
		detail_free(&s->d);
	detail_clear_lines(s);
	thumb_free(&s->thumb);
	free(s);
}

/* Label and text columns for an area; the thumbnail takes the right side. */
static void
detail_columns(const struct detail_screen *s, const struct tui_area *a, int *labelw,
    int *textw, int *tw)
{
	int trows;

	detail_thumb_box(a, tw, &trows);
	if (s->thumb.width == 0)
		*tw = 0;
	*textw = a->w - 1 - (*tw > 0 ? *tw + 2 : 0);
	*labelw = 0;
	for (size_t i = 0; i < s->nlines; i++)
		if (s->lines[i].label != NULL && text_width(s->lines[i].label) > *labelw)
			*labelw = text_width(s->lines[i].label);
	if (*labelw > *textw / 3)
		*labelw = *textw / 3;
}

static void
detail_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct detail_screen *s = state;
	int labelw, textw, tw, row = 0, y0 = a->y + 1, rows = a->h - 1;

	(void)t;
	if (!s->loaded)
		return;
	draw_printf(a->y, 1, a->w - 1, DR_HEADER, _("Student %s %s"), s->d.seq, s->d.name);
	detail_columns(s, a, &labelw, &textw, &tw);
	/* long texts wrap; s->top counts screen lines */
	for (size_t i = 0; i < s->nlines; i++) {
		const struct detail_line *l = &s->lines[i];
		int x = l->label != NULL ? 2 + labelw : 1, w = textw - (x - 1);
		int skip = s->top > row ? s->top - row : 0;
		int max = rows - (row + skip - s->top), n;

		n = draw_wrap(y0 + row + skip - s->top, x, w, skip, max > 0 ? max : 0, l->text,
		    l->role);
		if (l->label != NULL && row >= s->top && row - s->top < rows)
			draw_text(y0 + row - s->top, 1, labelw, l->label, l->role == DR_ERROR ||
			    l->role == DR_WARNING ? l->role : DR_DIM, DRAW_CUT);
		row += n;
	}
	s->rows = row;
	s->height = rows;
	if (tw > 0 && s->thumb.width > 0)
		halfblock_draw(&s->thumb, y0, a->w - tw - 1 + (tw - s->thumb.width) / 2);
	if (s->editing)
		form_draw(&s->form, a->y, a->x, a->h, a->w);
}

/* Saves the edit through student_set_field: checked, normalised, audited. */
static int
detail_save_edit(struct tui *t, struct detail_screen *s)
{
	char *field = form_value(&s->form, 0), *value = form_value(&s->form, 1);
	char *cause = NULL;
	int rc;

	rc = student_set_field(tui_db(t), (long)s->id, field, value, &cause);
	if (rc != 0)
		tui_fail(t, cause);
	else {
		tui_message(t, TUI_INFO, _("%s saved."), detail_field_label(field));
		detail_screen_load(t, s);
		s->seen = share_generation(tui_db(t));
	}
	free(field);
	free(value);
	return rc;
}

static int
detail_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct detail_screen *s = state;
	int last = s->rows - s->height;
	char *cause = NULL;

	if (last < 0)
		last = 0;
	if (s->editing && k->action != KA_REFRESH) {
		switch (form_key(&s->form, k)) {
		case FORM_CANCEL:
			s->editing = 0;
			break;
		case FORM_SUBMIT:
			if (detail_save_edit(t, s) == 0)
				s->editing = 0;
			break;
		case FORM_GOING:
			break;
		}
		return 1;
	}
	if (keys_move(k, &s->top, last, s->height))
		return 1;
	switch (k->action) {
	case KA_EDIT:
		if (s->loaded)
			detail_start_edit(s);
		return 1;
	case KA_REVEAL:
		if (!s->loaded || s->revealed || *s->d.id_number == '\0')
			return 1;
		if (detail_reveal_id(tui_db(t), &s->d, &cause) != 0) {
			tui_fail(t, cause);
			return 1;
		}
		s->revealed = 1;
		detail_build(t, s);
		tui_message(t, TUI_INFO, "%s", _("The full ID number is shown; this was recorded in the audit log."));
		return 1;
	case KA_REFRESH:
		if (tui_stale(t, k, &s->seen)) {
			struct tui_area a = tui_body(t);

			detail_screen_load(t, s);
			detail_load_thumb(t, s, &a);
		}
		return 0;
	default:
		return 0;
	}
}

static void
detail_resize(struct tui *t, void *state, const struct tui_area *a)
{
	detail_layout(t, state, a);
}

const struct screen_ops screen_detail_ops = {
	"detail", detail_open, detail_draw, detail_key, detail_resize, detail_close
};
