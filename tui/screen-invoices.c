/* SPDX-License-Identifier: MIT */
/*
 * Invoices of the collection fee (invoice.c): the list, and each invoice
 * previewed as the A4 text that caiji invoice show prints, list of students
 * included, ID numbers masked; P prints the preview.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "money/document.h"
#include "tui/draw.h"
#include "util/i18n.h"
#include "money/invoice.h"
#include "util/print.h"
#include "tui/screen.h"
#include "db/settings.h"
#include "db/share.h"
#include "util/strbuf.h"
#include "util/table.h"
#include "tui/textlines.h"
#include "util/xalloc.h"

struct invoices {
	struct table	*t;
	struct textlines head, body;	/* the list as rendered, one body line per invoice */
	int		 cursor, top, height;
	struct textlines preview;	/* the invoice shown, or n == 0 */
	char		*text;		/* the preview as it prints */
	char		*ref;		/* the previewed invoice's number (or draft id) */
	int		 ptop;
	long long	 seen;
};

static void
invoices_load(struct tui *t, struct invoices *v)
{
	struct strbuf head = STRBUF_INIT, body = STRBUF_INIT;
	char *cause = NULL;

	table_free(&v->t);
	textlines_free(&v->head);
	textlines_free(&v->body);
	if ((v->t = invoice_table(tui_db(t), NULL, NULL, &cause)) == NULL) {
		tui_fail(t, cause);
		return;
	}
	table_render_text(v->t, &head, &body);
	textlines_split(&v->head, strbuf_str(&head));
	textlines_split(&v->body, strbuf_str(&body));
	strbuf_free(&head);
	strbuf_free(&body);
	if (v->cursor >= v->body.n)
		v->cursor = v->body.n > 0 ? v->body.n - 1 : 0;
}

static void *
invoices_open(struct tui *t, const struct screen_arg *arg)
{
	struct invoices *v = xcalloc(1, sizeof *v);

	(void)arg;
	v->height = tui_body(t).h - 3;
	v->seen = share_generation(tui_db(t));
	invoices_load(t, v);
	return v;
}

static void
invoices_close(void *state)
{
	struct invoices *v = state;

	table_free(&v->t);
	textlines_free(&v->head);
	textlines_free(&v->body);
	textlines_free(&v->preview);
	free(v->text);
	free(v->ref);
	free(v);
}

/* Enter: the invoice under the cursor as it prints. */
static void
invoices_preview(struct tui *t, struct invoices *v)
{
	const char *number, *ref;
	char *cause = NULL, *per_page;
	struct strbuf sb = STRBUF_INIT;
	struct doc *doc;
	int64_t id;

	if (v->t == NULL || (size_t)v->cursor >= table_rows(v->t))
		return;
	number = table_cell(v->t, (size_t)v->cursor, 1);
	ref = *number != '\0' ? number : table_cell(v->t, (size_t)v->cursor, 0);
	if (invoice_find(tui_db(t), ref, &id, &cause) != 0 ||
	    (doc = invoice_load(tui_db(t), id, &cause)) == NULL) {
		tui_fail(t, cause);
		return;
	}
	per_page = settings_get_default(tui_db(t), "report_lines_per_page", "60");
	doc_render_text(doc, 0, atoi(per_page) > 10 ? atoi(per_page) : 60, &sb);
	textlines_split(&v->preview, strbuf_str(&sb));
	v->ptop = 0;
	free(v->text);
	v->text = strbuf_detach(&sb);
	free(v->ref);
	v->ref = xstrdup(ref);
	free(per_page);
	doc_free(&doc);
}

/* P in a preview: the invoice to the default printer, or how to save it. */
static void
invoices_print(struct tui *t, struct invoices *v)
{
	char *cause = NULL, *title;

	if (print_spooler() == NULL) {
		tui_message(t, TUI_ERROR, _("No printer here (neither lp nor lpr is "
		    "installed): save the invoice with caiji invoice show %s > FILE and print "
		    "that file on another computer."), v->ref);
		return;
	}
	title = xasprintf(_("Invoice %s"), v->ref);
	if (print_text(NULL, title, v->text, strlen(v->text), &cause) != 0) {
		free(title);
		tui_fail(t, cause);
		return;
	}
	tui_message(t, TUI_INFO, _("Invoice %s was sent to the printer."), v->ref);
	free(title);
}

static void
invoices_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct invoices *v = state;
	int y = a->y;

	(void)t;
	if (v->preview.n > 0) {
		for (int i = v->ptop; i < v->preview.n && y < a->y + a->h; i++, y++)
			draw_text(y, 1, a->w - 1, v->preview.v[i], DR_NORMAL, DRAW_CUT);
		return;
	}
	draw_printf(y++, 1, a->w - 1, DR_HEADER, ngettext("Invoices: %d", "Invoices: %d",
	    v->body.n), v->body.n);
	for (int i = 0; i < v->head.n && y < a->y + a->h; i++, y++)
		draw_text(y, 1, a->w - 1, v->head.v[i], DR_HEADER, DRAW_CUT);
	v->height = a->y + a->h - y;
	if (v->height < 1)
		v->height = 1;
	if (v->cursor < v->top)
		v->top = v->cursor;
	if (v->cursor >= v->top + v->height)
		v->top = v->cursor - v->height + 1;
	if (v->body.n == 0)
		draw_text(y, 1, a->w - 1, _("No invoices yet; caiji invoice create makes one."),
		    DR_DIM, 0);
	for (int i = v->top; i < v->body.n && y < a->y + a->h; i++, y++) {
		draw_fill(y, 0, a->w, i == v->cursor ? DR_CURSOR : DR_NORMAL);
		draw_text(y, 1, a->w - 1, v->body.v[i], i == v->cursor ? DR_CURSOR : DR_NORMAL,
		    DRAW_CUT);
	}
}

static int
invoices_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct invoices *v = state;
	struct tui_area a = tui_body(t);

	if (k->action == KA_REFRESH) {
		if (tui_stale(t, k, &v->seen))
			invoices_load(t, v);
		return 0;
	}
	if (v->preview.n > 0) {
		if (k->action == KA_BACK) {
			textlines_free(&v->preview);
			return 1;
		}
		if (k->action == KA_PRINT) {
			invoices_print(t, v);
			return 1;
		}
		return keys_move(k, &v->ptop, v->preview.n > a.h ? v->preview.n - a.h : 0,
		    a.h);
	}
	if (k->action == KA_ENTER) {
		invoices_preview(t, v);
		return 1;
	}
	return keys_move(k, &v->cursor, v->body.n > 0 ? v->body.n - 1 : 0, v->height);
}

static void
invoices_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct invoices *v = state;

	(void)t;
	v->height = a->h - 3 > 0 ? a->h - 3 : 1;
	v->ptop = 0;
}

const struct screen_ops screen_invoices_ops = {
	"invoices", invoices_open, invoices_draw, invoices_key, invoices_resize, invoices_close
};
