/* SPDX-License-Identifier: MIT */
/*
 * Scatter-shoot orders (order.c): the list, an order's history, a form to
 * take a new one, and its moves: pay (how), shot, mail (carrier, tracking),
 * cancel, refund (why).  Each move is the core's, one audited transaction.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/draw.h"
#include "money/fee.h"
#include "tui/form.h"
#include "util/i18n.h"
#include "money/method.h"
#include "money/money.h"
#include "money/order.h"
#include "tui/screen.h"
#include "db/share.h"
#include "util/strbuf.h"
#include "util/table.h"
#include "util/xalloc.h"

enum orders_form {
	OF_NONE,
	OF_NEW,
	OF_PAY,
	OF_MAIL,
	OF_CANCEL,
	OF_REFUND,
};

/* The fields of the new-order form, in order. */
enum { NF_STUDENT, NF_NAME, NF_ID, NF_PHONE, NF_TIER, NF_RECIPIENT, NF_RPHONE, NF_ADDRESS,
	NF_POSTCODE };

struct orders {
	struct order	**v;
	size_t		 n;
	int		 cursor, top, height;
	int		 history;	/* show the history of the order under the cursor */
	long long	 seen;
	enum orders_form form_kind;
	struct form	 form;
	char		*tiers[8];	/* the fee schedule's tiers, NULL-terminated */
	const char	*method_labels[METHOD__COUNT + 1];
};

static void
orders_load(struct tui *t, struct orders *o)
{
	struct order_filter f;
	char *cause = NULL;

	order_list_free(o->v, o->n);
	o->v = NULL;
	o->n = 0;
	memset(&f, 0, sizeof f);
	if (order_list(tui_db(t), &f, &o->v, &o->n, &cause) != 0)
		tui_fail(t, cause);
	if (o->cursor >= (int)o->n)
		o->cursor = o->n > 0 ? (int)o->n - 1 : 0;
}

/* The tiers "standard, premium" as choices. */
static void
orders_load_tiers(struct tui *t, struct orders *o)
{
	char *names = fee_tier_names(tui_db(t)), *p, *save = NULL;
	int n = 0;

	for (p = strtok_r(names, ", ", &save); p != NULL && n < 7; p = strtok_r(NULL, ", ", &save))
		o->tiers[n++] = xstrdup(p);
	o->tiers[n] = NULL;
	free(names);
}

static void *
orders_open(struct tui *t, const struct screen_arg *arg)
{
	struct orders *o = xcalloc(1, sizeof *o);

	(void)arg;
	o->height = tui_body(t).h - 3;
	o->seen = share_generation(tui_db(t));
	orders_load_tiers(t, o);
	for (int i = 0; method_names[i] != NULL; i++)
		o->method_labels[i] = method_label(method_names[i]);
	orders_load(t, o);
	o->cursor = o->n > 0 ? (int)o->n - 1 : 0;	/* the newest */
	return o;
}

static void
orders_close(void *state)
{
	struct orders *o = state;

	order_list_free(o->v, o->n);
	for (int i = 0; o->tiers[i] != NULL; i++)
		free(o->tiers[i]);
	free(o);
}

static const int orders_widths[] = { 5, 8, 9, 10, 4, 14, 10, 0 };	/* 0: the rest */
#define ORDERS_NCOLS (sizeof orders_widths / sizeof orders_widths[0])

/* One row per order, laid out by display width. */
static void
orders_draw_cells(const char *const *cells, int y, int w, enum draw_role role)
{
	int x = 1;

	draw_fill(y, 0, w, role);
	for (size_t c = 0; c < ORDERS_NCOLS && x < w; c++) {
		int cw = orders_widths[c] != 0 ? orders_widths[c] : w - x;

		draw_text(y, x, cw, cells[c], role, (c == 6 ? DRAW_RIGHT : 0) | DRAW_CUT);
		x += cw + 1;
	}
}

static void
orders_draw_row(const struct order *r, int y, int w, enum draw_role role)
{
	char *amount = money_figures(r->amount_fen), no[24];
	const char *cells[ORDERS_NCOLS];

	snprintf(no, sizeof no, "%lld", (long long)r->id);
	cells[0] = no;
	cells[1] = order_state_label(r->state);
	cells[2] = r->tier;
	cells[3] = r->name;
	cells[4] = r->seq;
	cells[5] = r->college;
	cells[6] = amount;
	cells[7] = r->tracking_no != NULL ? r->tracking_no : r->address;
	orders_draw_cells(cells, y, w, role);
	free(amount);
}

static void
orders_draw_history(struct tui *t, const struct order *r, int y, int h, int w)
{
	struct strbuf head = STRBUF_INIT, body = STRBUF_INIT;
	char *cause = NULL;
	struct table *tb;
	const char *p;

	if ((tb = order_events_table(tui_db(t), r->id, &cause)) == NULL) {
		tui_fail(t, cause);
		return;
	}
	table_render_text(tb, &head, &body);
	table_free(&tb);
	draw_printf(y++, 1, w - 1, DR_HEADER, _("Order %lld: %s, %s"), (long long)r->id, r->name,
	    r->recipient_phone);
	strbuf_puts(&head, strbuf_str(&body));
	for (p = strbuf_str(&head); *p != '\0' && h > 1; h--) {
		size_t len = strcspn(p, "\n");
		char *line = xstrndup(p, len);

		draw_text(y++, 1, w - 1, line, DR_NORMAL, DRAW_CUT);
		free(line);
		p += len + (p[len] == '\n');
	}
	strbuf_free(&head);
	strbuf_free(&body);
}

static void
orders_draw(struct tui *t, void *state, const struct tui_area *a)
{
	struct orders *o = state;
	int y = a->y, listh = o->history ? (a->h - 2) / 2 : a->h - 2;
	const char *heads[ORDERS_NCOLS] = { _("No."), _("State"), _("Tier"), _("Name"),
	    _("Seq."), _("College"), _("Amount"), _("Tracking or address") };

	draw_printf(y++, 1, a->w - 1, DR_HEADER, ngettext("Scatter-shoot orders: %zu",
	    "Scatter-shoot orders: %zu", o->n), o->n);
	orders_draw_cells(heads, y++, a->w, DR_HEADER);
	o->height = listh > 1 ? listh : 1;
	if (o->cursor < o->top)
		o->top = o->cursor;
	if (o->cursor >= o->top + o->height)
		o->top = o->cursor - o->height + 1;
	if (o->n == 0)
		draw_text(y, 1, a->w - 1, _("No orders yet; a takes one."), DR_DIM, 0);
	for (int i = o->top; i < (int)o->n && i < o->top + o->height; i++, y++)
		orders_draw_row(o->v[i], y, a->w, i == o->cursor ? DR_CURSOR : DR_NORMAL);
	if (o->history && o->n > 0)
		orders_draw_history(t, o->v[o->cursor], a->y + 2 + listh, a->h - 2 - listh, a->w);
	if (o->form_kind != OF_NONE)
		form_draw(&o->form, a->y, a->x, a->h, a->w);
}

/* Opens a form for the order under the cursor, or a new one. */
static void
orders_start_form(struct orders *o, enum orders_form kind)
{
	static char title[160];
	const struct order *r = o->n > 0 ? o->v[o->cursor] : NULL;

	o->form_kind = kind;
	switch (kind) {
	case OF_NEW:
		form_init(&o->form, _("New scatter-shoot order"));
		form_add(&o->form, _("Student (seq, student no. or ID; empty for a walk-in)"), NULL,
		    NULL);
		form_add(&o->form, _("Walk-in: name"), NULL, NULL);
		form_add(&o->form, _("Walk-in: ID number"), NULL, NULL);
		form_add(&o->form, _("Phone"), NULL, NULL);
		form_add(&o->form, _("Tier"), (const char *const *)o->tiers, NULL);
		form_add(&o->form, _("Recipient (empty: the student)"), NULL, NULL);
		form_add(&o->form, _("Recipient's phone (empty: the phone)"), NULL, NULL);
		form_add(&o->form, _("Mailing address"), NULL, NULL);
		form_add(&o->form, _("Postcode"), NULL, NULL);
		return;
	case OF_PAY:
		snprintf(title, sizeof title, _("Pay order %lld"), (long long)r->id);
		form_init(&o->form, title);
		form_add(&o->form, _("Paid by"), method_names, o->method_labels);
		return;
	case OF_MAIL:
		snprintf(title, sizeof title, _("Mail order %lld"), (long long)r->id);
		form_init(&o->form, title);
		form_add(&o->form, _("Carrier"), NULL, NULL);
		form_add(&o->form, _("Tracking number"), NULL, NULL);
		return;
	case OF_CANCEL:
		snprintf(title, sizeof title, _("Cancel order %lld"), (long long)r->id);
		form_init(&o->form, title);
		form_add(&o->form, _("Reason (may be empty)"), NULL, NULL);
		return;
	case OF_REFUND:
		snprintf(title, sizeof title, _("Refund order %lld in full"), (long long)r->id);
		form_init(&o->form, title);
		form_add(&o->form, _("Reason"), NULL, NULL);
		return;
	case OF_NONE:
		return;
	}
}

/* "" becomes NULL: the core's "not given". */
static const char *
orders_given(const char *s)
{
	return *s != '\0' ? s : NULL;
}

/* Runs the form's action through the core; 0 when done, -1 to stay in the form. */
static int
orders_submit(struct tui *t, struct orders *o)
{
	char *v[FORM_MAX] = { NULL }, *cause = NULL, *receipt = NULL;
	struct order_new n;
	int64_t id = o->n > 0 ? o->v[o->cursor]->id : 0, new_id;
	int rc = -1;

	for (int i = 0; i < o->form.n; i++)
		v[i] = form_value(&o->form, i);
	switch (o->form_kind) {
	case OF_NEW:
		memset(&n, 0, sizeof n);
		n.student = orders_given(v[NF_STUDENT]);
		n.name = orders_given(v[NF_NAME]);
		n.id_number = orders_given(v[NF_ID]);
		n.phone = orders_given(v[NF_PHONE]);
		n.tier = v[NF_TIER];
		n.recipient = orders_given(v[NF_RECIPIENT]);
		n.recipient_phone = orders_given(v[NF_RPHONE]);
		n.address = orders_given(v[NF_ADDRESS]);
		n.postcode = orders_given(v[NF_POSTCODE]);
		if ((rc = order_add(tui_db(t), &n, &new_id, &cause)) == 0)
			tui_message(t, TUI_INFO, _("Order %lld taken."), (long long)new_id);
		break;
	case OF_PAY:
		if ((rc = order_pay(tui_db(t), id, v[0], &receipt, &cause)) == 0)
			tui_message(t, TUI_INFO, _("Order %lld paid; receipt %s."), (long long)id,
			    receipt);
		break;
	case OF_MAIL:
		if ((rc = order_mail(tui_db(t), id, v[0], v[1], &cause)) == 0)
			tui_message(t, TUI_INFO, _("Order %lld mailed."), (long long)id);
		break;
	case OF_CANCEL:
		if ((rc = order_cancel(tui_db(t), id, orders_given(v[0]), &cause)) == 0)
			tui_message(t, TUI_INFO, _("Order %lld cancelled."), (long long)id);
		break;
	case OF_REFUND:
		if ((rc = order_refund(tui_db(t), id, v[0], &receipt, &cause)) == 0)
			tui_message(t, TUI_INFO, _("Order %lld refunded; receipt %s."), (long long)id,
			    receipt);
		break;
	case OF_NONE:
		break;
	}
	for (int i = 0; i < o->form.n; i++)
		free(v[i]);
	free(receipt);
	if (rc != 0) {
		tui_fail(t, cause);
		return -1;
	}
	if (o->form_kind == OF_NEW) {
		orders_load(t, o);
		o->cursor = o->n > 0 ? (int)o->n - 1 : 0;
	} else
		orders_load(t, o);
	o->seen = share_generation(tui_db(t));
	return 0;
}

/* m: the next move for the order's state. */
static void
orders_move(struct tui *t, struct orders *o)
{
	const struct order *r;
	char *cause = NULL;

	if (o->n == 0)
		return;
	r = o->v[o->cursor];
	switch (order_forward_move(r->state)) {
	case ORDER_MOVE_PAY:
		orders_start_form(o, OF_PAY);
		break;
	case ORDER_MOVE_SHOOT:
		if (order_shoot(tui_db(t), r->id, &cause) != 0) {
			tui_fail(t, cause);
			return;
		}
		tui_message(t, TUI_INFO, _("Order %lld shot."), (long long)r->id);
		orders_load(t, o);
		break;
	case ORDER_MOVE_MAIL:
		orders_start_form(o, OF_MAIL);
		break;
	default:
		tui_message(t, TUI_ERROR, _("Order %lld is %s: it does not move on."),
		    (long long)r->id, order_state_label(r->state));
		break;
	}
}

static int
orders_key(struct tui *t, void *state, const struct tui_key *k)
{
	struct orders *o = state;
	int last = o->n > 0 ? (int)o->n - 1 : 0;

	if (o->form_kind != OF_NONE && k->action != KA_REFRESH) {
		switch (form_key(&o->form, k)) {
		case FORM_CANCEL:
			o->form_kind = OF_NONE;
			break;
		case FORM_SUBMIT:
			if (orders_submit(t, o) == 0)
				o->form_kind = OF_NONE;
			break;
		case FORM_GOING:
			break;
		}
		return 1;
	}
	if (keys_move(k, &o->cursor, last, o->height))
		return 1;
	switch (k->action) {
	case KA_ENTER: o->history = !o->history; return 1;
	case KA_ADD: orders_start_form(o, OF_NEW); return 1;
	case KA_MOVE: orders_move(t, o); return 1;
	case KA_CANCEL:
		if (o->n > 0)
			orders_start_form(o, OF_CANCEL);
		return 1;
	case KA_REFUND:
		if (o->n > 0)
			orders_start_form(o, OF_REFUND);
		return 1;
	case KA_REFRESH:
		if (tui_stale(t, k, &o->seen))
			orders_load(t, o);
		return 0;
	default:
		return 0;
	}
}

static void
orders_resize(struct tui *t, void *state, const struct tui_area *a)
{
	struct orders *o = state;

	(void)t;
	o->height = a->h - 3 > 0 ? a->h - 3 : 1;
}

const struct screen_ops screen_orders_ops = {
	"orders", orders_open, orders_draw, orders_key, orders_resize, orders_close
};
