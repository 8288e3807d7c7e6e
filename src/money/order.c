/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "season/college.h"
#include "money/fee.h"
#include "flag/flag.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "money/method.h"
#include "money/money.h"
#include "money/order.h"
#include "money/receipt.h"
#include "db/share.h"
#include "util/user.h"
#include "util/xalloc.h"

#define OM_FROM(s) (1u << ORDER_##s)
static const struct {
	const char	*name;
	const char	*label;
	unsigned	 from;		/* OM_FROM bits */
	enum order_state to;
	int		 forward;
} order_moves[] = {
#define ORDER_MOVE(m, name, label, from, to, forward) { name, label, from, ORDER_##to, forward },
#include "money/order-moves.def"
#undef ORDER_MOVE
};

static const struct {
	const char	*name;
	const char	*label;
} order_states[] = {
#define ORDER_STATE(e, name, label) { name, label },
	ORDER_STATES
#undef ORDER_STATE
};

const char *
order_state_name(enum order_state s)
{
	return (unsigned)s < ORDER__COUNT ? order_states[s].name : "?";
}

const char *
order_state_label(enum order_state s)
{
	return (unsigned)s < ORDER__COUNT ? _(order_states[s].label) : "?";
}

int
order_state_lookup(const char *s)
{
	for (int i = 0; i < ORDER__COUNT; i++)
		if (strcmp(order_states[i].name, s) == 0)
			return i;
	return -1;
}

int
order_parse_id(const char *s, int64_t *id, char **cause)
{
	char *end;
	long long v;

	if (*s == '#')
		s++;
	v = strtoll(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0' || v <= 0) {
		*cause = xasprintf(_("\"%s\" is not an order number"), s);
		return -1;
	}
	*id = v;
	return 0;
}

static int
order_blank(const char *s)
{
	return s == NULL || s[strspn(s, " \t")] == '\0';
}

/*
 * Finds the one student whose seq, student number or ID number is key.
 * Until the roster module's lookup lands this is the module's own query.
 */
static int
order_find_student(struct db *db, const char *key, int64_t *id, char **cause)
{
	sqlite3_stmt *st;
	int n = 0, rc;

	st = db_prepare(db, "SELECT id FROM students WHERE seq = ?1 OR student_no = ?1"
	    " OR upper(id_number) = upper(?1) ORDER BY id", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (n++ == 0)
			*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot look the student up"));
		return -1;
	}
	if (n == 0) {
		*cause = xasprintf(_("no student on the roster has the seq, student number"
		    " or ID number \"%s\""), key);
		return -1;
	}
	if (n > 1) {
		*cause = xasprintf(_("\"%s\" matches %d students; give the student number"
		    " or the ID number"), key, n);
		return -1;
	}
	return 0;
}

/* Checks a walk-in's ID number: nothing at error severity. */
static int
order_check_id(const char *number, char **cause)
{
	struct flag_list fl = FLAG_LIST_INIT;
	int rc = 0;

	idcard_check(NULL, number, NULL, NULL, NULL, &fl);
	for (size_t i = 0; i < fl.n; i++) {
		if (fl.v[i].severity != SEV_ERROR)
			continue;
		*cause = xasprintf(_("the ID number \"%s\" is not valid: %s"), number,
		    fl.v[i].detail != NULL && *fl.v[i].detail != '\0' ? fl.v[i].detail :
		    _(flag_info(fl.v[i].code)->message));
		rc = -1;
		break;
	}
	flag_list_clear(&fl);
	return rc;
}

/* Records one move of an order: an event and the audit log. */
static int
order_event(struct db *db, int64_t id, const char *move, const char *from, const char *to,
    const char *detail, char **cause)
{
	sqlite3_stmt *st;
	char key[32];
	int rc;

	st = db_prepare(db, "INSERT INTO order_events(order_id, move, from_state, to_state,"
	    " detail, clerk) VALUES (?, ?, ?, ?, ?, ?)", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, move);
	db_bind_text(st, 3, from);
	db_bind_text(st, 4, to);
	db_bind_text(st, 5, detail != NULL ? detail : "");
	db_bind_text(st, 6, user_name());
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot record the order's move"));
		return -1;
	}
	snprintf(key, sizeof key, "%lld", (long long)id);
	if (detail != NULL && *detail != '\0') {
		char *nv = xasprintf("%s: %s", to, detail);

		rc = db_audit(db, move, "order", key, "state", from, nv, cause);
		free(nv);
		return rc;
	}
	return db_audit(db, move, "order", key, "state", from, to, cause);
}

int
order_add(struct db *db, const struct order_new *on, int64_t *id, char **cause)
{
	struct fee_tier tier;
	sqlite3_stmt *st = NULL;
	int64_t student = 0;
	char *name = NULL, *idno = NULL, *detail = NULL;
	const char *recipient, *rphone;
	int have_college = 0, college_id = 0;

	memset(&tier, 0, sizeof tier);
	if (order_blank(on->tier)) {
		*cause = xstrdup(_("the tier is missing; give --tier standard or --tier premium"));
		return -1;
	}
	if (order_blank(on->address)) {
		*cause = xstrdup(_("the mailing address is missing; give --address"));
		return -1;
	}
	if (order_blank(on->recipient_phone) && order_blank(on->phone)) {
		*cause = xstrdup(_("the mailing address has no telephone number;"
		    " give --recipient-phone (or --phone)"));
		return -1;
	}
	if (on->student != NULL && on->name != NULL) {
		*cause = xstrdup(_("give either a roster student or a walk-in's name, not both"));
		return -1;
	}
	if (on->student == NULL) {
		if (order_blank(on->name) || order_blank(on->id_number) || order_blank(on->phone)) {
			*cause = xstrdup(_("a walk-in needs --name, --id-number and --phone"
			    " (or give a roster student with --student)"));
			return -1;
		}
	}
	if (on->student == NULL) {
		idno = xstrdup(on->id_number);
		for (char *p = idno; *p != '\0'; p++)	/* the check letter is X */
			if (*p == 'x')
				*p = 'X';
		if (order_check_id(idno, cause) != 0) {
			free(idno);
			return -1;
		}
	}
	if (share_begin(db, cause) != 0)
		goto fail;
	if (fee_tier_get(db, on->tier, &tier, cause) != 0)
		goto fail;
	if (on->student != NULL) {
		if (order_find_student(db, on->student, &student, cause) != 0)
			goto fail;
		if ((st = db_prepare(db, "SELECT name, id_number, college_id FROM students"
		    " WHERE id = ?", cause)) == NULL)
			goto fail;
		sqlite3_bind_int64(st, 1, student);
		if (sqlite3_step(st) != SQLITE_ROW) {
			*cause = db_error(db, _("cannot read the student"));
			goto fail;
		}
		name = db_column_strdup(st, 0);
		idno = db_column_strdup(st, 1);
		if (sqlite3_column_type(st, 2) != SQLITE_NULL) {
			have_college = 1;
			college_id = sqlite3_column_int(st, 2);
		}
		sqlite3_finalize(st);
		st = NULL;
	} else {
		name = xstrdup(on->name);
	}
	recipient = !order_blank(on->recipient) ? on->recipient : name;
	rphone = !order_blank(on->recipient_phone) ? on->recipient_phone : on->phone;
	if ((st = db_prepare(db, "INSERT INTO orders(student_id, college_id, name, id_number,"
	    " phone, tier, fee_code, amount_fen, shoot_fen, mail_fen, recipient,"
	    " recipient_phone, address, postcode, created_by)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cause)) == NULL)
		goto fail;
	if (student != 0)
		sqlite3_bind_int64(st, 1, student);
	if (have_college)
		sqlite3_bind_int(st, 2, college_id);
	db_bind_text(st, 3, name);
	db_bind_text(st, 4, idno);
	db_bind_text(st, 5, on->phone != NULL ? on->phone : "");
	db_bind_text(st, 6, on->tier);
	db_bind_text(st, 7, tier.code);
	sqlite3_bind_int64(st, 8, tier.amount_fen);
	sqlite3_bind_int64(st, 9, tier.shoot_fen);
	sqlite3_bind_int64(st, 10, tier.mail_fen);
	db_bind_text(st, 11, recipient);
	db_bind_text(st, 12, rphone);
	db_bind_text(st, 13, on->address);
	db_bind_text(st, 14, on->postcode != NULL ? on->postcode : "");
	db_bind_text(st, 15, user_name());
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = db_error(db, _("cannot save the order"));
		goto fail;
	}
	*id = sqlite3_last_insert_rowid(db->h);
	sqlite3_finalize(st);
	st = NULL;
	{
		char *amount = money_plain(tier.amount_fen);

		detail = xasprintf("%s %s %s", on->tier, name, amount);
		free(amount);
	}
	if (order_event(db, *id, "order", NULL, "ordered", detail, cause) != 0)
		goto fail;
	free(detail);
	free(name);
	free(idno);
	fee_tier_clear(&tier);
	return db_commit(db, cause) == 0 ? 0 : (db_rollback(db), -1);
fail:
	sqlite3_finalize(st);
	db_rollback(db);
	free(detail);
	free(name);
	free(idno);
	fee_tier_clear(&tier);
	return -1;
}

#define ORDER_SELECT							\
	"SELECT o.id, coalesce(o.student_id, 0), coalesce(s.seq, ''),"	\
	" coalesce(s.student_no, ''), coalesce(c.name, ''), coalesce(k.code, ''),"	\
	" o.name, o.id_number, o.phone, o.tier, o.fee_code, o.amount_fen,"	\
	" o.shoot_fen, o.mail_fen, o.recipient, o.recipient_phone, o.address,"	\
	" o.postcode, o.state, o.pay_method, o.carrier, o.tracking_no,"	\
	" strftime('%Y-%m-%d %H:%M', o.created_at, 'localtime'), o.created_by"	\
	" FROM orders o LEFT JOIN students s ON s.id = o.student_id"	\
	" LEFT JOIN colleges c ON c.id = o.college_id"			\
	" LEFT JOIN cohorts k ON k.id = s.cohort_id"

static struct order *
order_from_row(sqlite3_stmt *st)
{
	struct order *o = xcalloc(1, sizeof *o);
	int state;

	o->id = sqlite3_column_int64(st, 0);
	o->student_id = sqlite3_column_int64(st, 1);
	o->seq = db_column_strdup(st, 2);
	o->student_no = db_column_strdup(st, 3);
	o->college = db_column_strdup(st, 4);
	o->cohort = db_column_strdup(st, 5);
	o->name = db_column_strdup(st, 6);
	o->id_number = db_column_strdup(st, 7);
	o->phone = db_column_strdup(st, 8);
	o->tier = db_column_strdup(st, 9);
	o->fee_code = db_column_strdup(st, 10);
	o->amount_fen = sqlite3_column_int64(st, 11);
	o->shoot_fen = sqlite3_column_int64(st, 12);
	o->mail_fen = sqlite3_column_int64(st, 13);
	o->recipient = db_column_strdup(st, 14);
	o->recipient_phone = db_column_strdup(st, 15);
	o->address = db_column_strdup(st, 16);
	o->postcode = db_column_strdup(st, 17);
	state = order_state_lookup((const char *)sqlite3_column_text(st, 18));
	o->state = state < 0 ? ORDER_ORDERED : (enum order_state)state;
	o->pay_method = db_column_strdup(st, 19);
	o->carrier = db_column_strdup(st, 20);
	o->tracking_no = db_column_strdup(st, 21);
	o->created_at = db_column_strdup(st, 22);
	o->created_by = db_column_strdup(st, 23);
	return o;
}

void
order_free(struct order **op)
{
	struct order *o = *op;

	if (o == NULL)
		return;
	free(o->seq);
	free(o->student_no);
	free(o->college);
	free(o->cohort);
	free(o->name);
	free(o->id_number);
	free(o->phone);
	free(o->tier);
	free(o->fee_code);
	free(o->recipient);
	free(o->recipient_phone);
	free(o->address);
	free(o->postcode);
	free(o->pay_method);
	free(o->carrier);
	free(o->tracking_no);
	free(o->created_at);
	free(o->created_by);
	free(o);
	*op = NULL;
}

struct order *
order_get(struct db *db, int64_t id, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, ORDER_SELECT " WHERE o.id = ?", cause);
	struct order *o = NULL;
	int rc;

	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		o = order_from_row(st);
	else if (rc == SQLITE_DONE)
		*cause = xasprintf(_("there is no order %lld"), (long long)id);
	else
		*cause = db_error(db, _("cannot read the order"));
	sqlite3_finalize(st);
	return o;
}

/* What can still happen to an order in state s, for a refusal; allocated. */
static char *
order_next_moves(enum order_state s)
{
	enum order_state to[ORDER_MOVE__COUNT];
	int n = 0;

	for (int m = 0; m < ORDER_MOVE__COUNT; m++)
		if (order_moves[m].from & (1u << s))
			to[n++] = order_moves[m].to;
	switch (n) {
	case 0:
		return xstrdup(_("it cannot move any more; take a new order"));
	case 1:
		return xasprintf(_("it can only be %s"), order_state_label(to[0]));
	default:
		/* the table never lets a state move three ways */
		return xasprintf(_("it can be %s or %s"), order_state_label(to[0]),
		    order_state_label(to[1]));
	}
}

/* A move as the history shows it: translated; "order" is the taking of it. */
static const char *
order_move_label(const char *name)
{
	if (name != NULL && strcmp(name, "order") == 0)
		return _("take the order");
	for (int m = 0; name != NULL && m < ORDER_MOVE__COUNT; m++)
		if (strcmp(order_moves[m].name, name) == 0)
			return _(order_moves[m].label);
	return name != NULL ? name : "";
}

int
order_forward_move(enum order_state s)
{
	for (int m = 0; m < ORDER_MOVE__COUNT; m++)
		if (order_moves[m].forward && (order_moves[m].from & (1u << s)))
			return m;
	return -1;
}

/*
 * Starts move m: begins the transaction and loads the order, refusing
 * unless the table lets the order's state make that move.
 */
static struct order *
order_move_begin(struct db *db, int64_t id, enum order_move m, char **cause)
{
	unsigned allowed = order_moves[m].from;
	enum order_state to = order_moves[m].to;
	struct order *o;

	if (share_begin(db, cause) != 0)
		return NULL;
	if ((o = order_get(db, id, cause)) == NULL) {
		db_rollback(db);
		return NULL;
	}
	if (!(allowed & (1u << o->state))) {
		char *next = order_next_moves(o->state);

		if (o->state == to)
			*cause = xasprintf(_("order %lld is already %s; %s"), (long long)id,
			    order_state_label(o->state), next);
		else
			*cause = xasprintf(_("order %lld is %s and cannot be %s; %s"),
			    (long long)id, order_state_label(o->state), order_state_label(to),
			    next);
		free(next);
		order_free(&o);
		db_rollback(db);
		return NULL;
	}
	return o;
}

/* Sets the state (and the extra column, when given) and records move m. */
static int
order_move_finish(struct db *db, struct order *o, enum order_move m,
    const char *col1, const char *val1, const char *col2, const char *val2,
    const char *detail, char **cause)
{
	const char *move = order_moves[m].name;
	enum order_state to = order_moves[m].to;
	sqlite3_stmt *st;
	char *sql;
	int rc;

	/* column names come from this file only, never from input */
	sql = xasprintf("UPDATE orders SET state = ?%s%s%s%s WHERE id = ? AND state = ?",
	    col1 != NULL ? ", " : "", col1 != NULL ? col1 : "",
	    col2 != NULL ? ", " : "", col2 != NULL ? col2 : "");
	st = db_prepare(db, sql, cause);
	free(sql);
	if (st == NULL)
		goto fail;
	{
		int i = 1;

		db_bind_text(st, i++, order_state_name(to));
		if (col1 != NULL)
			db_bind_text(st, i++, val1);
		if (col2 != NULL)
			db_bind_text(st, i++, val2);
		sqlite3_bind_int64(st, i++, o->id);
		db_bind_text(st, i, order_state_name(o->state));
	}
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE || sqlite3_changes(db->h) != 1) {
		*cause = db_error(db, _("cannot move the order"));
		goto fail;
	}
	if (order_event(db, o->id, move, order_state_name(o->state), order_state_name(to),
	    detail, cause) != 0)
		goto fail;
	if (db_commit(db, cause) != 0)
		goto fail;
	order_free(&o);
	return 0;
fail:
	db_rollback(db);
	order_free(&o);
	return -1;
}


/* The receipt's view of o. */
static const struct receipt_for *
order_receipt_for(const struct order *o, struct receipt_for *rf)
{
	rf->order_id = o->id;
	rf->payer = o->name;
	rf->payer_id_number = o->id_number;
	rf->fee_code = o->fee_code;
	rf->shoot_fen = o->shoot_fen;
	rf->mail_fen = o->mail_fen;
	return rf;
}

int
order_pay(struct db *db, int64_t id, const char *method, char **receipt, char **cause)
{
	struct receipt_for rf;
	struct order *o;
	char *detail;
	int rc;

	*receipt = NULL;
	if (method == NULL || !method_valid(method)) {
		*cause = xasprintf(_("\"%s\" is not a way of paying; use one of %s"),
		    method != NULL ? method : "", method_list());
		return -1;
	}
	if ((o = order_move_begin(db, id, ORDER_MOVE_PAY, cause)) == NULL)
		return -1;
	free(o->pay_method);
	o->pay_method = xstrdup(method);
	if (receipt_issue(db, order_receipt_for(o, &rf), DOC_RECEIPT, method, NULL, receipt, cause) != 0) {
		db_rollback(db);
		order_free(&o);
		return -1;
	}
	detail = xasprintf("%s %s", method, *receipt);
	rc = order_move_finish(db, o, ORDER_MOVE_PAY, "pay_method = ?", method, NULL, NULL,
	    detail, cause);
	free(detail);
	if (rc != 0) {
		free(*receipt);
		*receipt = NULL;
	}
	return rc;
}

int
order_shoot(struct db *db, int64_t id, char **cause)
{
	struct order *o;

	if ((o = order_move_begin(db, id, ORDER_MOVE_SHOOT, cause)) == NULL)
		return -1;
	return order_move_finish(db, o, ORDER_MOVE_SHOOT, NULL, NULL, NULL, NULL, NULL,
	    cause);
}

int
order_mail(struct db *db, int64_t id, const char *carrier, const char *tracking_no,
    char **cause)
{
	struct order *o;
	char *detail;
	int rc;

	if (order_blank(carrier) || order_blank(tracking_no)) {
		*cause = xstrdup(_("mailing needs the carrier and the tracking number"));
		return -1;
	}
	if ((o = order_move_begin(db, id, ORDER_MOVE_MAIL, cause)) == NULL)
		return -1;
	detail = xasprintf("%s %s", carrier, tracking_no);
	rc = order_move_finish(db, o, ORDER_MOVE_MAIL, "carrier = ?", carrier,
	    "tracking_no = ?", tracking_no, detail, cause);
	free(detail);
	return rc;
}

int
order_cancel(struct db *db, int64_t id, const char *reason, char **cause)
{
	struct order *o;

	/* a paid order is refunded, not cancelled: the refusal says so */
	if ((o = order_move_begin(db, id, ORDER_MOVE_CANCEL, cause)) == NULL)
		return -1;
	return order_move_finish(db, o, ORDER_MOVE_CANCEL, NULL, NULL, NULL, NULL,
	    reason, cause);
}

int
order_refund(struct db *db, int64_t id, const char *reason, char **receipt, char **cause)
{
	struct receipt_for rf;
	struct order *o;
	char *detail;
	int rc;

	*receipt = NULL;
	if (order_blank(reason)) {
		*cause = xstrdup(_("a refund needs a reason; give --reason"));
		return -1;
	}
	if ((o = order_move_begin(db, id, ORDER_MOVE_REFUND, cause)) == NULL)
		return -1;
	if (receipt_issue(db, order_receipt_for(o, &rf), DOC_REFUND, o->pay_method, reason, receipt, cause) != 0) {
		db_rollback(db);
		order_free(&o);
		return -1;
	}
	detail = xasprintf("%s %s", *receipt, reason);
	rc = order_move_finish(db, o, ORDER_MOVE_REFUND, NULL, NULL, NULL, NULL, detail,
	    cause);
	free(detail);
	if (rc != 0) {
		free(*receipt);
		*receipt = NULL;
	}
	return rc;
}

void
order_list_free(struct order **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		order_free(&v[i]);
	free(v);
}

int
order_list(struct db *db, const struct order_filter *f, struct order ***vp, size_t *np,
    char **cause)
{
	struct college_list cl = { NULL, 0 };
	sqlite3_stmt *st;
	struct order **v = NULL;
	size_t n = 0, cap = 0;
	int rc;

	*vp = NULL;
	*np = 0;
	if (f->state != NULL && order_state_lookup(f->state) < 0) {
		*cause = xasprintf(_("there is no order state \"%s\"; the states are"
		    " ordered, paid, shot, mailed, cancelled, refunded"), f->state);
		return -1;
	}
	if (f->tier != NULL) {
		struct fee_tier t;

		if (fee_tier_get(db, f->tier, &t, cause) != 0)
			return -1;
		fee_tier_clear(&t);
	}
	st = db_prepare(db, ORDER_SELECT " WHERE (?1 IS NULL OR o.state = ?1)"
	    " AND (?2 IS NULL OR o.tier = ?2)"
	    " AND (?3 IS NULL OR (?3 = -1 AND o.college_id IS NULL) OR o.college_id = ?3)"
	    " AND (?4 IS NULL OR k.code = ?4)"
	    " AND (?5 IS NULL OR s.seq = ?5 OR s.student_no = ?5"
	    "  OR upper(o.id_number) = upper(?5) OR o.name = ?5)"
	    " ORDER BY o.id", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, f->state);
	db_bind_text(st, 2, f->tier);
	if (f->college != NULL) {
		const struct college *c;

		if (strcmp(f->college, "walk-in") == 0)
			sqlite3_bind_int(st, 3, -1);
		else if (college_list_load(db, &cl, cause) != 0) {
			sqlite3_finalize(st);
			return -1;
		} else if ((c = college_list_find(&cl, f->college)) == NULL) {
			*cause = xasprintf(_("there is no college \"%s\" (or the name is"
			    " ambiguous)"), f->college);
			college_list_free(&cl);
			sqlite3_finalize(st);
			return -1;
		} else
			sqlite3_bind_int(st, 3, c->id);
		college_list_free(&cl);
	}
	db_bind_text(st, 4, f->cohort);
	db_bind_text(st, 5, f->student);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap == 0 ? 32 : cap * 2;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[n++] = order_from_row(st);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot list the orders"));
		order_list_free(v, n);
		return -1;
	}
	*vp = v;
	*np = n;
	return 0;
}

struct table *
order_table(struct order *const *v, size_t n, int show_id)
{
	const struct table_col cols[] = {
		{ _("No."), 1, 0 },
		{ _("State"), 0, 0 },
		{ _("Tier"), 0, 0 },
		{ _("Name"), 0, 12 },
		{ _("Seq"), 0, 0 },
		{ _("College"), 0, 16 },
		{ _("ID number"), 0, 0 },
		{ _("Amount"), 1, 0 },
		{ _("Recipient"), 0, 12 },
		{ _("Phone"), 0, 0 },
		{ _("Address"), 0, 30 },
		{ _("Tracking"), 0, 0 },
	};
	struct table *t = table_new((int)(sizeof cols / sizeof cols[0]), cols);

	for (size_t i = 0; i < n; i++) {
		const struct order *o = v[i];
		char *no = xasprintf("%lld", (long long)o->id);
		char *amount = money_plain(o->amount_fen);
		char *idno = show_id ? xstrdup(o->id_number) : idcard_mask(o->id_number);
		char *track = o->tracking_no != NULL ?
		    xasprintf("%s %s", o->carrier, o->tracking_no) : xstrdup("");
		char *addr = *o->postcode != '\0' ?
		    xasprintf("%s %s", o->address, o->postcode) : xstrdup(o->address);

		table_add(t, no, order_state_label(o->state), o->tier, o->name, o->seq,
		    *o->college != '\0' ? o->college : _("walk-in"), idno, amount,
		    o->recipient, o->recipient_phone, addr, track);
		free(no);
		free(amount);
		free(idno);
		free(track);
		free(addr);
	}
	return t;
}

struct table *
order_events_table(struct db *db, int64_t id, char **cause)
{
	const struct table_col cols[] = {
		{ _("Time"), 0, 0 },
		{ _("Move"), 0, 0 },
		{ _("From"), 0, 0 },
		{ _("To"), 0, 0 },
		{ _("Clerk"), 0, 0 },
		{ _("Detail"), 0, 40 },
	};
	sqlite3_stmt *st;
	struct table *t;
	int rc;

	st = db_prepare(db, "SELECT strftime('%Y-%m-%d %H:%M:%S', at, 'localtime'), move,"
	    " coalesce(from_state, ''), to_state, clerk, detail FROM order_events"
	    " WHERE order_id = ? ORDER BY id", cause);
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	t = table_new((int)(sizeof cols / sizeof cols[0]), cols);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int from = order_state_lookup((const char *)sqlite3_column_text(st, 2));
		int to = order_state_lookup((const char *)sqlite3_column_text(st, 3));

		table_add(t, (const char *)sqlite3_column_text(st, 0),
		    order_move_label((const char *)sqlite3_column_text(st, 1)),
		    from >= 0 ? order_state_label(from) : "",
		    to >= 0 ? order_state_label(to) : "",
		    (const char *)sqlite3_column_text(st, 4),
		    (const char *)sqlite3_column_text(st, 5));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the order's history"));
		table_free(&t);
	}
	return t;
}
