/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "tui/form.h"
#include "util/i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

void
form_init(struct form *fm, const char *title)
{
	memset(fm, 0, sizeof *fm);
	fm->title = title;
}

int
form_add(struct form *fm, const char *label, const char *const *choices,
    const char *const *labels)
{
	struct form_field *f;

	if (fm->n == FORM_MAX)
		return -1;
	f = &fm->f[fm->n];
	f->label = label;
	f->choices = choices;
	f->labels = labels;
	input_clear(&f->in);
	return fm->n++;
}

static int
form_nchoices(const struct form_field *f)
{
	int n = 0;

	while (f->choices[n] != NULL)
		n++;
	return n;
}

enum form_result
form_key(struct form *fm, const struct tui_key *k)
{
	struct form_field *f = &fm->f[fm->cur];

	if (!k->is_code && k->ch == 27)
		return FORM_CANCEL;
	if ((!k->is_code && (k->ch == L'\n' || k->ch == L'\r')) ||
	    (k->is_code && k->ch == KEY_ENTER)) {
		if (fm->cur == fm->n - 1)
			return FORM_SUBMIT;
		fm->cur++;
		return FORM_GOING;
	}
	if (k->action == KA_NEXT_FIELD || (k->is_code && k->ch == KEY_DOWN)) {
		fm->cur = (fm->cur + 1) % fm->n;
		return FORM_GOING;
	}
	if (k->is_code && (k->ch == KEY_UP || k->ch == KEY_BTAB)) {
		fm->cur = (fm->cur + fm->n - 1) % fm->n;
		return FORM_GOING;
	}
	if (f->choices != NULL) {
		int n = form_nchoices(f);

		if ((k->is_code && k->ch == KEY_RIGHT) || (!k->is_code && k->ch == L' '))
			f->choice = (f->choice + 1) % n;
		else if (k->is_code && k->ch == KEY_LEFT)
			f->choice = (f->choice + n - 1) % n;
		return FORM_GOING;
	}
	input_key(&f->in, k);
	return FORM_GOING;
}

char *
form_value(const struct form *fm, int i)
{
	const struct form_field *f = &fm->f[i];

	if (f->choices != NULL)
		return xstrdup(f->choices[f->choice]);
	return input_text(&f->in);
}

void
form_draw(const struct form *fm, int y, int x, int h, int w)
{
	int labelw = 0, bh = fm->n + 4, bw = w > 72 ? 72 : w, by, bx, cy = -1, cx = 0;

	for (int i = 0; i < fm->n; i++)
		if (text_width(fm->f[i].label) > labelw)
			labelw = text_width(fm->f[i].label);
	if (labelw > bw / 2)
		labelw = bw / 2;
	by = y + (h > bh ? (h - bh) / 2 : 0);
	bx = x + (w - bw) / 2;
	for (int r = 0; r < bh && by + r < y + h; r++)
		draw_fill(by + r, bx, bw, DR_NORMAL);
	draw_fill(by, bx, bw, DR_TITLE);
	draw_text(by, bx + 1, bw - 2, fm->title, DR_TITLE, DRAW_CUT);
	for (int i = 0; i < fm->n && by + 2 + i < y + h; i++) {
		const struct form_field *f = &fm->f[i];
		int fy = by + 2 + i, fx = bx + 3 + labelw, fw = bw - labelw - 5;

		draw_text(fy, bx + 2, labelw, f->label, i == fm->cur ? DR_HEADER : DR_DIM, DRAW_CUT);
		if (f->choices != NULL) {
			draw_printf(fy, fx, fw, i == fm->cur ? DR_CURSOR : DR_NORMAL, "%s %s %s",
			    draw_glyph("\xe2\x97\x80", "<"),
			    f->labels != NULL ? f->labels[f->choice] : f->choices[f->choice],
			    draw_glyph("\xe2\x96\xb6", ">"));
		} else if (i == fm->cur) {
			input_draw(&f->in, fy, fx, fw, "");
			getyx(stdscr, cy, cx);
		} else {
			char *v = input_text(&f->in);

			draw_text(fy, fx, fw, v, DR_NORMAL, DRAW_CUT);
			free(v);
		}
	}
	draw_text(by + bh - 1, bx + 2, bw - 4,
	    _("Tab: next field  Left/Right: choose  Enter on the last field: save  Esc: cancel"),
	    DR_DIM, DRAW_CUT);
	if (cy >= 0) {
		move(cy, cx);
		curs_set(1);
	}
}
