/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "money/document.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "money/method.h"
#include "money/money.h"
#include "util/table.h"
#include "util/text.h"
#include "util/xalloc.h"

/* The width of a printed document: 80 columns fit A4 at 10 characters an inch. */
#define DOC_WIDTH 78

void
doc_add_line(struct doc *d, const char *code, const char *name, int64_t quantity,
    int64_t unit_fen)
{
	struct doc_line *l;

	d->lines = xreallocarray(d->lines, d->nlines + 1, sizeof *d->lines);
	l = &d->lines[d->nlines++];
	l->code = xstrdup(code);
	l->name = xstrdup(name);
	l->quantity = quantity;
	l->unit_fen = unit_fen;
	l->amount_fen = quantity * unit_fen;
	d->total_fen += l->amount_fen;
}

void
doc_free(struct doc **dp)
{
	struct doc *d = *dp;

	if (d == NULL)
		return;
	for (size_t i = 0; i < d->nlines; i++) {
		free(d->lines[i].code);
		free(d->lines[i].name);
	}
	for (size_t i = 0; i < d->npeople; i++) {
		free(d->people[i].seq);
		free(d->people[i].student_no);
		free(d->people[i].name);
		free(d->people[i].id_number);
	}
	free(d->lines);
	free(d->people);
	free(d->number);
	free(d->state);
	free(d->date);
	free(d->clerk);
	free(d->school);
	free(d->payer);
	free(d->payer_id_number);
	free(d->cohort);
	free(d->method);
	free(d->reason);
	free(d->order_ref);
	free(d->void_reason);
	free(d->voided_at);
	free(d->voided_by);
	free(d->payee_name);
	free(d->payee_address);
	free(d->payee_phones);
	free(d);
	*dp = NULL;
}

const char *
doc_title(const struct doc *d)
{
	switch (d->kind) {
	case DOC_INVOICE:
		return _("Invoice");
	case DOC_REFUND:
		return _("Refund receipt");
	default:
		return _("Receipt");
	}
}

static const char *
doc_or(const char *s)
{
	return s != NULL ? s : "";
}

/* "label: value" with the label padded so values line up. */
static void
doc_field(struct strbuf *sb, const char *label, const char *value)
{
	char *safe = text_sanitize(doc_or(value));

	text_pad(sb, label, 14, 0, 0);
	strbuf_puts(sb, safe);
	strbuf_putc(sb, '\n');
	free(safe);
}

static void
doc_rule(struct strbuf *sb, char c)
{
	for (int i = 0; i < DOC_WIDTH; i++)
		strbuf_putc(sb, c);
	strbuf_putc(sb, '\n');
}

static char *
doc_id(const char *number, int show_id)
{
	if (number == NULL || *number == '\0')
		return xstrdup("");
	return show_id ? xstrdup(number) : idcard_mask(number);
}

void
doc_render_text(const struct doc *d, int show_id, int lines_per_page, struct strbuf *out)
{
	const struct table_col cols[] = {
		{ _("Item"), 0, 36 },
		{ _("Quantity"), 1, 0 },
		{ _("Unit price"), 1, 0 },
		{ _("Amount"), 1, 0 },
	};
	struct strbuf body = STRBUF_INIT, head = STRBUF_INIT, rows = STRBUF_INIT;
	struct table *t = table_new(4, cols);
	struct page_opts po;
	char *title, *total = money_figures(d->total_fen), *caps = money_capitals(d->total_fen);
	char *s;

	if (d->number != NULL)
		title = xasprintf("%s  %s %s", doc_title(d), _("No."), d->number);
	else
		title = xasprintf("%s  %s", doc_title(d), _("(draft, not valid)"));
	if (strcmp(doc_or(d->state), "void") == 0) {
		s = xasprintf(_("VOID on %s by %s: %s"), doc_or(d->voided_at), doc_or(d->voided_by),
		    doc_or(d->void_reason));
		strbuf_printf(&body, "*** %s ***\n\n", s);
		free(s);
	} else if (d->number == NULL)
		strbuf_printf(&body, "*** %s ***\n\n",
		    _("DRAFT: not an invoice until it is issued with a number"));
	doc_field(&body, _("School:"), d->school);
	doc_field(&body, _("Payer:"), d->payer);
	if (d->payer_id_number != NULL && *d->payer_id_number != '\0') {
		s = doc_id(d->payer_id_number, show_id);
		doc_field(&body, _("ID number:"), s);
		free(s);
	}
	if (d->cohort != NULL && *d->cohort != '\0')
		doc_field(&body, _("Cohort:"), d->cohort);
	if (d->order_ref != NULL)
		doc_field(&body, _("Order:"), d->order_ref);
	if (d->method != NULL && *d->method != '\0')
		doc_field(&body, _("Paid by:"), method_label(d->method));
	if (d->reason != NULL && *d->reason != '\0')
		doc_field(&body, _("Reason:"), d->reason);
	doc_field(&body, _("Date:"), d->date);
	strbuf_putc(&body, '\n');

	for (size_t i = 0; i < d->nlines; i++) {
		char *q = xasprintf("%lld", (long long)d->lines[i].quantity);
		char *u = money_figures(d->lines[i].unit_fen);
		char *a = money_figures(d->lines[i].amount_fen);

		table_add(t, d->lines[i].name, q, u, a);
		free(q);
		free(u);
		free(a);
	}
	table_render_text(t, &head, &rows);
	strbuf_puts(&body, strbuf_str(&head));
	strbuf_puts(&body, strbuf_str(&rows));
	doc_rule(&body, '-');
	s = xasprintf("%s%s", d->kind == DOC_REFUND ? "-" : "", total);
	strbuf_printf(&body, "%s  ¥%s\n", _("Total:"), s);
	free(s);
	strbuf_printf(&body, "%s  %s%s\n", _("In capitals:"),
	    d->kind == DOC_REFUND ? "退还" : "人民币", caps != NULL ? caps : "");
	strbuf_putc(&body, '\n');
	doc_field(&body, _("Payee:"), d->payee_name);
	doc_field(&body, _("Address:"), d->payee_address);
	doc_field(&body, _("Telephone:"), d->payee_phones);
	doc_field(&body, _("Clerk:"), d->clerk);
	strbuf_putc(&body, '\n');
	strbuf_printf(&body, "%s ____________        %s ____________\n", _("Received by:"),
	    _("Seal:"));

	if (d->npeople > 0) {
		const struct table_col pcols[] = {
			{ _("#"), 1, 0 },
			{ _("Seq"), 0, 0 },
			{ _("Student no."), 0, 0 },
			{ _("Name"), 0, 16 },
			{ _("ID number"), 0, 0 },
		};
		struct table *p = table_new(5, pcols);

		for (size_t i = 0; i < d->npeople; i++) {
			char *n = xasprintf("%zu", i + 1), *id = doc_id(d->people[i].id_number, show_id);

			table_add(p, n, d->people[i].seq, d->people[i].student_no, d->people[i].name, id);
			free(n);
			free(id);
		}
		strbuf_reset(&head);
		strbuf_reset(&rows);
		table_render_text(p, &head, &rows);
		strbuf_printf(&body, "\f%s (%zu)\n\n", _("Students billed"), d->npeople);
		strbuf_puts(&body, strbuf_str(&head));
		strbuf_puts(&body, strbuf_str(&rows));
		table_free(&p);
	}

	po.title = title;
	po.school = d->school;
	po.date = d->date;
	po.lines = lines_per_page > 10 ? lines_per_page : 60;
	page_render(&po, NULL, strbuf_str(&body), out);
	table_free(&t);
	strbuf_free(&body);
	strbuf_free(&head);
	strbuf_free(&rows);
	free(title);
	free(total);
	free(caps);
}

void
doc_render_csv(const struct doc *d, int show_id, struct out_csv *csv)
{
	static const char *const heads[] = {
		N_("number"), N_("kind"), N_("state"), N_("date"), N_("school"), N_("payer"),
		N_("payer ID number"), N_("item"), N_("quantity"), N_("unit price"),
		N_("amount"), N_("total"), N_("total in capitals"), N_("clerk"),
	};
	char *caps = money_capitals(d->total_fen), *total = money_plain(d->total_fen);
	char *id = doc_id(d->payer_id_number, show_id);

	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
		out_csv_cell(csv, _(heads[i]));
	out_csv_end_row(csv);
	for (size_t i = 0; i < d->nlines; i++) {
		char *q = xasprintf("%lld", (long long)d->lines[i].quantity);
		char *u = money_plain(d->lines[i].unit_fen), *a = money_plain(d->lines[i].amount_fen);

		out_csv_cell(csv, d->number);
		out_csv_cell(csv, doc_title(d));
		out_csv_cell(csv, d->state);
		out_csv_cell(csv, d->date);
		out_csv_cell(csv, d->school);
		out_csv_cell(csv, d->payer);
		out_csv_cell(csv, id);
		out_csv_cell(csv, d->lines[i].name);
		out_csv_number(csv, q);
		out_csv_number(csv, u);
		out_csv_number(csv, a);
		out_csv_number(csv, total);
		out_csv_cell(csv, caps);
		out_csv_cell(csv, d->clerk);
		out_csv_end_row(csv);
		free(q);
		free(u);
		free(a);
	}
	free(caps);
	free(total);
	free(id);
}
