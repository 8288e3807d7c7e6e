/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "money/docnum.h"
#include "util/i18n.h"
#include "money/method.h"
#include "money/money.h"
#include "money/receipt.h"
#include "db/settings.h"
#include "util/user.h"
#include "util/xalloc.h"

/* The printed name of an order's part: the tier's item name and the part's. */
static char *
receipt_line_name(struct db *db, const char *fee_code, const char *part)
{
	sqlite3_stmt *st;
	char *cause = NULL, *tier = NULL, *name = NULL, *s;

	st = db_prepare(db, "SELECT (SELECT name FROM fee_items WHERE code = ?1),"
	    " (SELECT name FROM fee_items WHERE parent = ?1 AND part = ?2 LIMIT 1)", &cause);
	if (st != NULL) {
		db_bind_text(st, 1, fee_code);
		db_bind_text(st, 2, part);
		if (sqlite3_step(st) == SQLITE_ROW) {
			tier = db_column_strdup(st, 0);
			name = db_column_strdup(st, 1);
		}
		sqlite3_finalize(st);
	}
	free(cause);
	s = xasprintf("%s%s", tier != NULL ? tier : fee_code,
	    name != NULL ? name : strcmp(part, "shoot") == 0 ? _("shooting") : _("mailing"));
	free(tier);
	free(name);
	return s;
}

static int
receipt_add_line(struct db *db, int64_t receipt, int pos, const char *code,
    const char *part, const char *name, int64_t fen, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	st = db_prepare(db, "INSERT INTO receipt_lines(receipt_id, pos, code, part, name,"
	    " quantity, unit_fen, amount_fen) VALUES (?, ?, ?, ?, ?, 1, ?, ?)", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, receipt);
	sqlite3_bind_int(st, 2, pos);
	db_bind_text(st, 3, code);
	db_bind_text(st, 4, part);
	db_bind_text(st, 5, name);
	sqlite3_bind_int64(st, 6, fen);
	sqlite3_bind_int64(st, 7, fen);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot write the receipt"));
		return -1;
	}
	return 0;
}

int
receipt_issue(struct db *db, const struct receipt_for *o, enum doc_kind kind, const char *method,
    const char *reason, char **number, char **cause)
{
	static const char *const parts[] = { "shoot", "mail" };
	sqlite3_stmt *st = NULL;
	char *school = settings_get_default(db, "institution_name", "");
	char *payee = settings_get_default(db, "centre_name", "");
	char *addr = settings_get_default(db, "centre_address", "");
	char *phones = settings_get_default(db, "centre_phones", "");
	char *no = NULL, *total = NULL;
	int64_t rid;
	int rc = -1;

	*number = NULL;
	if ((no = docnum_next(db, "receipt", "R", cause)) == NULL)
		goto out;
	if ((st = db_prepare(db, "INSERT INTO receipts(number, kind, order_id, payer,"
	    " payer_id_number, method, reason, total_fen, school, payee_name, payee_address,"
	    " payee_phones, clerk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    cause)) == NULL)
		goto out;
	db_bind_text(st, 1, no);
	db_bind_text(st, 2, kind == DOC_REFUND ? "refund" : "payment");
	sqlite3_bind_int64(st, 3, o->order_id);
	db_bind_text(st, 4, o->payer);
	db_bind_text(st, 5, o->payer_id_number);
	db_bind_text(st, 6, method != NULL ? method : "");
	db_bind_text(st, 7, reason != NULL ? reason : "");
	sqlite3_bind_int64(st, 8, o->shoot_fen + o->mail_fen);
	db_bind_text(st, 9, school);
	db_bind_text(st, 10, payee);
	db_bind_text(st, 11, addr);
	db_bind_text(st, 12, phones);
	db_bind_text(st, 13, user_name());
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = db_error(db, _("cannot write the receipt"));
		goto out;
	}
	rid = sqlite3_last_insert_rowid(db->h);
	for (int i = 0; i < 2; i++) {
		char *code = xasprintf("%s-%s", o->fee_code, parts[i]);
		char *name = receipt_line_name(db, o->fee_code, parts[i]);
		int r = receipt_add_line(db, rid, i + 1, code, parts[i], name,
		    i == 0 ? o->shoot_fen : o->mail_fen, cause);

		free(code);
		free(name);
		if (r != 0)
			goto out;
	}
	total = money_plain(o->shoot_fen + o->mail_fen);
	if (db_audit(db, kind == DOC_REFUND ? "refund-receipt" : "receipt", "receipt", no,
	    "total", NULL, total, cause) != 0)
		goto out;
	*number = no;
	no = NULL;
	rc = 0;
out:
	sqlite3_finalize(st);
	free(school);
	free(payee);
	free(addr);
	free(phones);
	free(no);
	free(total);
	return rc;
}

struct doc *
receipt_load(struct db *db, const char *number, char **cause)
{
	sqlite3_stmt *st;
	struct doc *d = NULL;
	int rc;

	st = db_prepare(db, "SELECT r.id, r.number, r.kind,"
	    " strftime('%Y-%m-%d', r.issued_at, 'localtime'), r.clerk, r.school, r.payer,"
	    " r.payer_id_number, r.method, r.reason, r.order_id, r.payee_name,"
	    " r.payee_address, r.payee_phones, r.total_fen FROM receipts r WHERE r.number = ?",
	    cause);
	if (st == NULL)
		return NULL;
	db_bind_text(st, 1, number);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		*cause = rc == SQLITE_DONE ?
		    xasprintf(_("there is no receipt %s; see caiji receipt list"), number) :
		    db_error(db, _("cannot read the receipt"));
		sqlite3_finalize(st);
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->id = sqlite3_column_int64(st, 0);
	d->number = db_column_strdup(st, 1);
	d->kind = strcmp((const char *)sqlite3_column_text(st, 2), "refund") == 0 ?
	    DOC_REFUND : DOC_RECEIPT;
	d->state = xstrdup("issued");
	d->date = db_column_strdup(st, 3);
	d->clerk = db_column_strdup(st, 4);
	d->school = db_column_strdup(st, 5);
	d->payer = db_column_strdup(st, 6);
	d->payer_id_number = db_column_strdup(st, 7);
	d->method = db_column_strdup(st, 8);
	d->reason = db_column_strdup(st, 9);
	d->order_ref = xasprintf("%lld", (long long)sqlite3_column_int64(st, 10));
	d->payee_name = db_column_strdup(st, 11);
	d->payee_address = db_column_strdup(st, 12);
	d->payee_phones = db_column_strdup(st, 13);
	sqlite3_finalize(st);
	st = db_prepare(db, "SELECT code, name, quantity, unit_fen FROM receipt_lines"
	    " WHERE receipt_id = ? ORDER BY pos", cause);
	if (st == NULL) {
		doc_free(&d);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, d->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		doc_add_line(d, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), sqlite3_column_int64(st, 2),
		    sqlite3_column_int64(st, 3));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the receipt"));
		doc_free(&d);
	}
	return d;
}

struct table *
receipt_table(struct db *db, int64_t order_id, char **cause)
{
	const struct table_col cols[] = {
		{ _("Number"), 0, 0 },
		{ _("Kind"), 0, 0 },
		{ _("Date"), 0, 0 },
		{ _("Order"), 1, 0 },
		{ _("Payer"), 0, 12 },
		{ _("Method"), 0, 0 },
		{ _("Amount"), 1, 0 },
		{ _("Clerk"), 0, 0 },
	};
	sqlite3_stmt *st;
	struct table *t;
	int rc;

	st = db_prepare(db, "SELECT number, kind, strftime('%Y-%m-%d', issued_at, 'localtime'),"
	    " order_id, payer, method, total_fen, clerk FROM receipts"
	    " WHERE ?1 = 0 OR order_id = ?1 ORDER BY id", cause);
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, order_id);
	t = table_new((int)(sizeof cols / sizeof cols[0]), cols);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int refund = strcmp((const char *)sqlite3_column_text(st, 1), "refund") == 0;
		int64_t fen = sqlite3_column_int64(st, 6);
		char *amount = money_plain(refund ? -fen : fen);

		table_add(t, (const char *)sqlite3_column_text(st, 0),
		    refund ? _("refund") : _("payment"),
		    (const char *)sqlite3_column_text(st, 2),
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4),
		    method_label((const char *)sqlite3_column_text(st, 5)), amount,
		    (const char *)sqlite3_column_text(st, 7));
		free(amount);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot list the receipts"));
		table_free(&t);
	}
	return t;
}
