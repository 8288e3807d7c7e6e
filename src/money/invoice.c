/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "season/cohort.h"
#include "season/college.h"
#include "money/docnum.h"
#include "util/i18n.h"
#include "money/invoice.h"
#include "money/method.h"
#include "money/money.h"
#include "money/order.h"
#include "db/settings.h"
#include "util/user.h"
#include "util/xalloc.h"

/* The fee item an invoice bills per student. */
#define INVOICE_FEE "collection"

int
invoice_find(struct db *db, const char *ref, int64_t *id, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if (strchr(ref, '-') != NULL)
		st = db_prepare(db, "SELECT id FROM invoices WHERE number = ?", cause);
	else {
		int64_t n;

		if (order_parse_id(ref, &n, cause) != 0) {
			free(*cause);
			*cause = xasprintf(_("\"%s\" is neither an invoice number (2021-0001)"
			    " nor a draft's id"), ref);
			return -1;
		}
		st = db_prepare(db, "SELECT id FROM invoices WHERE id = ?", cause);
		if (st != NULL)
			sqlite3_bind_int64(st, 1, n);
	}
	if (st == NULL)
		return -1;
	if (strchr(ref, '-') != NULL)
		db_bind_text(st, 1, ref);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	*cause = rc == SQLITE_DONE ?
	    xasprintf(_("there is no invoice %s; see caiji invoice list"), ref) :
	    db_error(db, _("cannot read the invoice"));
	return -1;
}

/* Runs sql (one int64 and up to two text parameters); -1 with doing as the cause. */
static int
invoice_exec(struct db *db, const char *sql, int64_t id, const char *a, const char *b,
    const char *doing, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, sql, cause);
	int rc;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (a != NULL)
		db_bind_text(st, 2, a);
	if (b != NULL)
		db_bind_text(st, 3, b);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, doing);
		return -1;
	}
	return 0;
}

static int
invoice_audit(struct db *db, const char *action, int64_t id, const char *field,
    const char *old_value, const char *new_value, char **cause)
{
	char key[32];

	snprintf(key, sizeof key, "%lld", (long long)id);
	return db_audit(db, action, "invoice", key, field, old_value, new_value, cause);
}

/* The state and number of invoice id, inside the transaction. */
static int
invoice_state(struct db *db, int64_t id, char **state, char **number, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT state, number FROM invoices WHERE id = ?",
	    cause);

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		*cause = db_error(db, _("cannot read the invoice"));
		return -1;
	}
	*state = db_column_strdup(st, 0);
	*number = db_column_strdup(st, 1);
	sqlite3_finalize(st);
	return 0;
}

int
invoice_create(struct db *db, const char *college, const char *cohort, int64_t *id,
    size_t *students, char **cause)
{
	struct college_list cl = { NULL, 0 };
	const struct college *c;
	sqlite3_stmt *st = NULL, *ins = NULL;
	char *school = NULL, *payee = NULL, *addr = NULL, *phones = NULL, *fee_name = NULL;
	char *detail = NULL;
	int64_t cohort_id = 0, unit = -1;
	size_t n = 0;
	int rc, r;

	*students = 0;
	if (db_begin(db, cause) != 0)
		return -1;
	if (college_list_load(db, &cl, cause) != 0)
		goto fail;
	if (college == NULL || (c = college_list_find(&cl, college)) == NULL) {
		*cause = xasprintf(_("there is no college \"%s\" (or the name is ambiguous)"),
		    college != NULL ? college : "");
		goto fail;
	}
	if (cohort != NULL && (cohort_id = cohort_require(db, cohort, cause)) < 0)
		goto fail;
	if ((st = db_prepare(db, "SELECT amount_fen, name FROM fee_items WHERE code = ?",
	    cause)) == NULL)
		goto fail;
	db_bind_text(st, 1, INVOICE_FEE);
	if ((r = db_step(db, st, _("cannot read the fee schedule"), cause)) == 1) {
		unit = sqlite3_column_int64(st, 0);
		fee_name = db_column_strdup(st, 1);
	}
	sqlite3_finalize(st);
	st = NULL;
	if (r < 0)
		goto fail;
	if (unit < 0) {
		*cause = xstrdup(_("the fee schedule has no collection fee; see caiji fees list"));
		goto fail;
	}
	school = settings_get_default(db, "institution_name", "");
	payee = settings_get_default(db, "centre_name", "");
	addr = settings_get_default(db, "centre_address", "");
	phones = settings_get_default(db, "centre_phones", "");
	if ((st = db_prepare(db, "INSERT INTO invoices(college_id, cohort_id, payer, school,"
	    " total_fen, payee_name, payee_address, payee_phones, created_by)"
	    " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)", cause)) == NULL)
		goto fail;
	sqlite3_bind_int(st, 1, c->id);
	if (cohort_id != 0)
		sqlite3_bind_int64(st, 2, cohort_id);
	db_bind_text(st, 3, c->name);
	db_bind_text(st, 4, school);
	db_bind_text(st, 5, payee);
	db_bind_text(st, 6, addr);
	db_bind_text(st, 7, phones);
	db_bind_text(st, 8, user_name());
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	st = NULL;
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot save the invoice"));
		goto fail;
	}
	*id = sqlite3_last_insert_rowid(db->h);
	/* the billable: in a package, of this college (and cohort), in no live invoice */
	if ((st = db_prepare(db, "SELECT DISTINCT s.id, s.seq FROM submissions b"
	    " JOIN students s ON s.id = b.student_id"
	    " WHERE s.college_id = ?1 AND (?2 = 0 OR s.cohort_id = ?2)"
	    " AND NOT EXISTS (SELECT 1 FROM invoice_students x JOIN invoices i"
	    "  ON i.id = x.invoice_id WHERE x.student_id = s.id AND i.state <> 'void')"
	    " ORDER BY s.seq, s.id", cause)) == NULL)
		goto fail;
	sqlite3_bind_int(st, 1, c->id);
	sqlite3_bind_int64(st, 2, cohort_id);
	if ((ins = db_prepare(db, "INSERT INTO invoice_students(invoice_id, student_id)"
	    " VALUES (?, ?)", cause)) == NULL)
		goto fail;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, *id);
		sqlite3_bind_int64(ins, 2, sqlite3_column_int64(st, 0));
		if (sqlite3_step(ins) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot save the invoice"));
			goto fail;
		}
		n++;
	}
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot find the students to bill"));
		goto fail;
	}
	if (n == 0) {
		*cause = xasprintf(_("no student of %s%s%s in a Xuexin package is left to bill;"
		    " each student is billed once (see caiji invoice list)"), c->name,
		    cohort != NULL ? " " : "", cohort != NULL ? cohort : "");
		goto fail;
	}
	{
		sqlite3_stmt *ln = db_prepare(db, "INSERT INTO invoice_lines(invoice_id, pos,"
		    " code, name, quantity, unit_fen, amount_fen) VALUES (?, 1, ?, ?, ?, ?, ?)",
		    cause);

		if (ln == NULL)
			goto fail;
		sqlite3_bind_int64(ln, 1, *id);
		db_bind_text(ln, 2, INVOICE_FEE);
		db_bind_text(ln, 3, fee_name);
		sqlite3_bind_int64(ln, 4, (int64_t)n);
		sqlite3_bind_int64(ln, 5, unit);
		sqlite3_bind_int64(ln, 6, (int64_t)n * unit);
		rc = sqlite3_step(ln);
		sqlite3_finalize(ln);
		if (rc != SQLITE_DONE) {
			*cause = db_error(db, _("cannot save the invoice"));
			goto fail;
		}
	}
	{
		sqlite3_stmt *up = db_prepare(db, "UPDATE invoices SET total_fen = ? WHERE id = ?",
		    cause);

		if (up == NULL)
			goto fail;
		sqlite3_bind_int64(up, 1, (int64_t)n * unit);
		sqlite3_bind_int64(up, 2, *id);
		rc = sqlite3_step(up);
		sqlite3_finalize(up);
		if (rc != SQLITE_DONE) {
			*cause = db_error(db, _("cannot save the invoice"));
			goto fail;
		}
	}
	{
		char *total = money_plain((int64_t)n * unit);

		detail = xasprintf("%s %s%s%zu x %s", c->name, cohort != NULL ? cohort : "",
		    cohort != NULL ? " " : "", n, total);
		free(total);
	}
	if (invoice_audit(db, "create", *id, "draft", NULL, detail, cause) != 0)
		goto fail;
	sqlite3_finalize(st);
	sqlite3_finalize(ins);
	st = ins = NULL;
	if (db_commit(db, cause) != 0)
		goto fail;
	*students = n;
	rc = 0;
	goto out;
fail:
	sqlite3_finalize(st);
	sqlite3_finalize(ins);
	db_rollback(db);
	rc = -1;
out:
	college_list_free(&cl);
	free(school);
	free(payee);
	free(addr);
	free(phones);
	free(fee_name);
	free(detail);
	return rc;
}

/* Begins a transaction and finds ref, refusing unless its state is want. */
static int
invoice_begin(struct db *db, const char *ref, const char *want, int64_t *id,
    char **number, char **cause)
{
	char *state = NULL;

	*number = NULL;
	if (db_begin(db, cause) != 0)
		return -1;
	if (invoice_find(db, ref, id, cause) != 0 ||
	    invoice_state(db, *id, &state, number, cause) != 0)
		goto fail;
	if (strcmp(state, want) == 0) {
		free(state);
		return 0;
	}
	if (strcmp(state, "draft") == 0)
		*cause = xasprintf(_("invoice %s is a draft that was never issued; it has no"
		    " number to void or pay (issue it, or discard it)"), ref);
	else if (strcmp(state, "void") == 0)
		*cause = xasprintf(_("invoice %s is void (voided invoices never change)"),
		    *number);
	else
		*cause = xasprintf(_("invoice %s is already issued and cannot change"
		    " (void it with a reason instead)"), *number);
	free(state);
fail:
	free(*number);
	*number = NULL;
	db_rollback(db);
	return -1;
}

static int
invoice_end(struct db *db, int rc, char **cause)
{
	if (rc == 0 && db_commit(db, cause) == 0)
		return 0;
	db_rollback(db);
	return -1;
}

int
invoice_issue(struct db *db, const char *ref, char **number, char **cause)
{
	char *school, *payee, *addr, *phones, *old;
	sqlite3_stmt *st;
	int64_t id;
	int rc = -1;

	*number = NULL;
	if (invoice_begin(db, ref, "draft", &id, &old, cause) != 0)
		return -1;
	free(old);	/* a draft has no number */
	if ((*number = docnum_next(db, "invoice", "", cause)) == NULL)
		return invoice_end(db, -1, cause);
	school = settings_get_default(db, "institution_name", "");
	payee = settings_get_default(db, "centre_name", "");
	addr = settings_get_default(db, "centre_address", "");
	phones = settings_get_default(db, "centre_phones", "");
	/* the payee as it stands on the day of issue */
	st = db_prepare(db, "UPDATE invoices SET number = ?, state = 'issued',"
	    " issued_at = strftime('%Y-%m-%dT%H:%M:%SZ','now'), issued_by = ?, school = ?,"
	    " payee_name = ?, payee_address = ?, payee_phones = ? WHERE id = ?"
	    " AND state = 'draft'", cause);
	if (st != NULL) {
		db_bind_text(st, 1, *number);
		db_bind_text(st, 2, user_name());
		db_bind_text(st, 3, school);
		db_bind_text(st, 4, payee);
		db_bind_text(st, 5, addr);
		db_bind_text(st, 6, phones);
		sqlite3_bind_int64(st, 7, id);
		if (sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(db->h) == 1)
			rc = 0;
		else
			*cause = db_error(db, _("cannot issue the invoice"));
		sqlite3_finalize(st);
	}
	if (rc == 0)
		rc = invoice_audit(db, "issue", id, "number", NULL, *number, cause);
	free(school);
	free(payee);
	free(addr);
	free(phones);
	if (invoice_end(db, rc, cause) != 0) {
		free(*number);
		*number = NULL;
		return -1;
	}
	return 0;
}

int
invoice_discard(struct db *db, const char *ref, char **cause)
{
	char *number;
	int64_t id;
	int rc;

	if (invoice_begin(db, ref, "draft", &id, &number, cause) != 0)
		return -1;
	rc = invoice_exec(db, "DELETE FROM invoice_students WHERE invoice_id = ?", id, NULL,
	    NULL, _("cannot discard the draft"), cause);
	if (rc == 0)
		rc = invoice_exec(db, "DELETE FROM invoice_lines WHERE invoice_id = ?", id, NULL,
		    NULL, _("cannot discard the draft"), cause);
	if (rc == 0)
		rc = invoice_exec(db, "DELETE FROM invoices WHERE id = ?", id, NULL, NULL,
		    _("cannot discard the draft"), cause);
	if (rc == 0)
		rc = invoice_audit(db, "discard", id, "draft", "draft", NULL, cause);
	return invoice_end(db, rc, cause);
}

int
invoice_void(struct db *db, const char *ref, const char *reason, char **cause)
{
	char *number;
	int64_t id;
	int rc;

	if (reason == NULL || reason[strspn(reason, " \t")] == '\0') {
		*cause = xstrdup(_("voiding needs a reason; give --reason"));
		return -1;
	}
	if (invoice_begin(db, ref, "issued", &id, &number, cause) != 0)
		return -1;
	rc = invoice_exec(db, "UPDATE invoices SET state = 'void',"
	    " voided_at = strftime('%Y-%m-%dT%H:%M:%SZ','now'), voided_by = ?3,"
	    " void_reason = ?2 WHERE id = ?1", id, reason, user_name(),
	    _("cannot void the invoice"), cause);
	if (rc == 0)
		rc = invoice_audit(db, "void", id, "state", "issued", reason, cause);
	free(number);
	return invoice_end(db, rc, cause);
}

/*
 * The invoice's total and what has been paid against it, in fen.  A read
 * that fails is an error: taking it for "nothing paid" would let a payment
 * go over the total.
 */
static int
invoice_amounts(struct db *db, int64_t id, int64_t *total, int64_t *paid, char **cause)
{
	sqlite3_stmt *st;
	int r;

	st = db_prepare(db, "SELECT total_fen, (SELECT coalesce(sum(amount_fen), 0)"
	    " FROM invoice_payments WHERE invoice_id = ?1) FROM invoices WHERE id = ?1", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if ((r = db_step(db, st, _("cannot read the invoice"), cause)) == 1) {
		*total = sqlite3_column_int64(st, 0);
		*paid = sqlite3_column_int64(st, 1);
	} else if (r == 0)
		*cause = xasprintf(_("there is no invoice number %lld"), (long long)id);
	sqlite3_finalize(st);
	return r == 1 ? 0 : -1;
}

int
invoice_pay(struct db *db, const char *ref, int64_t amount, const char *method,
    char **cause)
{
	sqlite3_stmt *st;
	char *number, *a = NULL, *o = NULL;
	int64_t id, total = 0, paid = 0, due;
	int rc = -1;

	if (method == NULL || !method_valid(method)) {
		*cause = xasprintf(_("\"%s\" is not a way of paying; use one of %s"),
		    method != NULL ? method : "", method_list());
		return -1;
	}
	if (amount < 0) {
		*cause = xstrdup(_("a payment is never below zero"));
		return -1;
	}
	if (invoice_begin(db, ref, "issued", &id, &number, cause) != 0)
		return -1;
	if (invoice_amounts(db, id, &total, &paid, cause) != 0)
		goto out;
	due = total - paid;
	if (amount == 0)
		amount = due;
	if (due <= 0 || amount > due) {
		a = money_plain(amount);
		o = money_plain(due);
		*cause = due <= 0 ? xasprintf(_("invoice %s is paid in full"), number) :
		    xasprintf(_("%s would overpay invoice %s: only %s is outstanding"), a, number, o);
		goto out;
	}
	a = money_plain(amount);
	if ((st = db_prepare(db, "INSERT INTO invoice_payments(invoice_id, amount_fen, method,"
	    " clerk) VALUES (?, ?, ?, ?)", cause)) == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, amount);
	db_bind_text(st, 3, method);
	db_bind_text(st, 4, user_name());
	if (sqlite3_step(st) == SQLITE_DONE)
		rc = 0;
	else
		*cause = db_error(db, _("cannot record the payment"));
	sqlite3_finalize(st);
	if (rc == 0)
		rc = invoice_audit(db, "pay", id, "paid", NULL, a, cause);
out:
	free(number);
	free(a);
	free(o);
	return invoice_end(db, rc, cause);
}

struct doc *
invoice_load(struct db *db, int64_t id, char **cause)
{
	sqlite3_stmt *st;
	struct doc *d;
	int rc;

	st = db_prepare(db, "SELECT i.number, i.state,"
	    " strftime('%Y-%m-%d', coalesce(i.issued_at, i.created_at), 'localtime'),"
	    " coalesce(i.issued_by, i.created_by), i.school, i.payer, coalesce(k.name, ''),"
	    " i.void_reason, strftime('%Y-%m-%d %H:%M', i.voided_at, 'localtime'), i.voided_by,"
	    " i.payee_name, i.payee_address, i.payee_phones"
	    " FROM invoices i LEFT JOIN cohorts k ON k.id = i.cohort_id WHERE i.id = ?", cause);
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		*cause = rc == SQLITE_DONE ? xasprintf(_("there is no invoice %lld"), (long long)id) :
		    db_error(db, _("cannot read the invoice"));
		sqlite3_finalize(st);
		return NULL;
	}
	d = xcalloc(1, sizeof *d);
	d->kind = DOC_INVOICE;
	d->id = id;
	d->number = db_column_strdup(st, 0);
	d->state = db_column_strdup(st, 1);
	d->date = db_column_strdup(st, 2);
	d->clerk = db_column_strdup(st, 3);
	d->school = db_column_strdup(st, 4);
	d->payer = db_column_strdup(st, 5);
	d->cohort = db_column_strdup(st, 6);
	d->void_reason = db_column_strdup(st, 7);
	d->voided_at = db_column_strdup(st, 8);
	d->voided_by = db_column_strdup(st, 9);
	d->payee_name = db_column_strdup(st, 10);
	d->payee_address = db_column_strdup(st, 11);
	d->payee_phones = db_column_strdup(st, 12);
	sqlite3_finalize(st);

	st = db_prepare(db, "SELECT code, name, quantity, unit_fen FROM invoice_lines"
	    " WHERE invoice_id = ? ORDER BY pos", cause);
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		doc_add_line(d, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1), sqlite3_column_int64(st, 2),
		    sqlite3_column_int64(st, 3));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail_db;

	st = db_prepare(db, "SELECT s.seq, s.student_no, s.name, s.id_number"
	    " FROM invoice_students x JOIN students s ON s.id = x.student_id"
	    " WHERE x.invoice_id = ? ORDER BY s.seq, s.id", cause);
	if (st == NULL)
		goto fail;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct doc_person *p;

		d->people = xreallocarray(d->people, d->npeople + 1, sizeof *d->people);
		p = &d->people[d->npeople++];
		p->seq = db_column_strdup(st, 0);
		p->student_no = db_column_strdup(st, 1);
		p->name = db_column_strdup(st, 2);
		p->id_number = db_column_strdup(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		goto fail_db;
	return d;
fail_db:
	*cause = db_error(db, _("cannot read the invoice"));
fail:
	doc_free(&d);
	return NULL;
}

struct table *
invoice_table(struct db *db, const char *college, const char *state, char **cause)
{
	const struct table_col cols[] = {
		{ _("Draft"), 1, 0 },
		{ _("Number"), 0, 0 },
		{ _("State"), 0, 0 },
		{ _("College"), 0, 16 },
		{ _("Cohort"), 0, 0 },
		{ _("Students"), 1, 0 },
		{ _("Total"), 1, 0 },
		{ _("Paid"), 1, 0 },
		{ _("Date"), 0, 0 },
		{ _("Clerk"), 0, 0 },
	};
	struct college_list cl = { NULL, 0 };
	const struct college *c = NULL;
	sqlite3_stmt *st;
	struct table *t;
	int rc;

	if (state != NULL && strcmp(state, "draft") != 0 && strcmp(state, "issued") != 0 &&
	    strcmp(state, "void") != 0) {
		*cause = xasprintf(_("there is no invoice state \"%s\"; the states are draft,"
		    " issued, void"), state);
		return NULL;
	}
	if (college != NULL) {
		if (college_list_load(db, &cl, cause) != 0)
			return NULL;
		if ((c = college_list_find(&cl, college)) == NULL) {
			*cause = xasprintf(_("there is no college \"%s\" (or the name is"
			    " ambiguous)"), college);
			college_list_free(&cl);
			return NULL;
		}
	}
	st = db_prepare(db, "SELECT i.id, coalesce(i.number, ''), i.state, i.payer,"
	    " coalesce(k.code, ''),"
	    " (SELECT count(*) FROM invoice_students x WHERE x.invoice_id = i.id), i.total_fen,"
	    " (SELECT coalesce(sum(amount_fen), 0) FROM invoice_payments p"
	    "  WHERE p.invoice_id = i.id),"
	    " strftime('%Y-%m-%d', coalesce(i.issued_at, i.created_at), 'localtime'),"
	    " coalesce(i.issued_by, i.created_by)"
	    " FROM invoices i LEFT JOIN cohorts k ON k.id = i.cohort_id"
	    " WHERE (?1 = 0 OR i.college_id = ?1) AND (?2 IS NULL OR i.state = ?2)"
	    " ORDER BY i.number IS NULL, i.number, i.id", cause);
	if (st == NULL) {
		college_list_free(&cl);
		return NULL;
	}
	sqlite3_bind_int(st, 1, c != NULL ? c->id : 0);
	db_bind_text(st, 2, state);
	college_list_free(&cl);
	t = table_new((int)(sizeof cols / sizeof cols[0]), cols);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *s = (const char *)sqlite3_column_text(st, 2);
		char *total = money_plain(sqlite3_column_int64(st, 6));
		char *paid = money_plain(sqlite3_column_int64(st, 7));

		table_add(t, (const char *)sqlite3_column_text(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    strcmp(s, "draft") == 0 ? _("draft") : strcmp(s, "void") == 0 ? _("void") :
		    _("issued"),
		    (const char *)sqlite3_column_text(st, 3),
		    (const char *)sqlite3_column_text(st, 4),
		    (const char *)sqlite3_column_text(st, 5), total, paid,
		    (const char *)sqlite3_column_text(st, 8),
		    (const char *)sqlite3_column_text(st, 9));
		free(total);
		free(paid);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot list the invoices"));
		table_free(&t);
	}
	return t;
}
