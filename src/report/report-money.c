/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "season/cohort.h"
#include "season/college.h"
#include "util/i18n.h"
#include "money/money.h"
#include "report/report-money.h"
#include "report/report.h"
#include "util/xalloc.h"

/*
 * One row per college id (NULL: walk-ins).  ?1 college id or 0 for all,
 * ?2 cohort id or 0.  A union of the figures, each from its documents.
 */
static const char report_money_sql[] =
	"WITH"
	" sub AS (SELECT s.college_id AS c, count(DISTINCT s.id) AS n FROM submissions b"
	"  JOIN students s ON s.id = b.student_id WHERE (?2 = 0 OR s.cohort_id = ?2)"
	"  GROUP BY s.college_id),"
	" unb AS (SELECT s.college_id AS c, count(DISTINCT s.id) AS n FROM submissions b"
	"  JOIN students s ON s.id = b.student_id WHERE (?2 = 0 OR s.cohort_id = ?2)"
	"  AND NOT EXISTS (SELECT 1 FROM invoice_students x JOIN invoices i"
	"   ON i.id = x.invoice_id WHERE x.student_id = s.id AND i.state = 'issued')"
	"  GROUP BY s.college_id),"
	" inv AS (SELECT i.college_id AS c, sum(i.total_fen) AS n FROM invoices i"
	"  WHERE i.state = 'issued' AND (?2 = 0 OR i.cohort_id = ?2) GROUP BY i.college_id),"
	" pay AS (SELECT i.college_id AS c, sum(p.amount_fen) AS n FROM invoice_payments p"
	"  JOIN invoices i ON i.id = p.invoice_id WHERE (?2 = 0 OR i.cohort_id = ?2)"
	"  GROUP BY i.college_id),"
	" rc AS (SELECT o.college_id AS c, r.kind AS kind, l.part AS part, l.amount_fen AS fen"
	"  FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
	"  JOIN orders o ON o.id = r.order_id LEFT JOIN students s ON s.id = o.student_id"
	"  WHERE (?2 = 0 OR s.cohort_id = ?2)),"
	" sc AS (SELECT c,"
	"  sum(CASE WHEN kind = 'payment' AND part = 'shoot' THEN fen ELSE 0 END) AS shoot,"
	"  sum(CASE WHEN kind = 'payment' AND part <> 'shoot' THEN fen ELSE 0 END) AS mail,"
	"  sum(CASE WHEN kind = 'refund' THEN fen ELSE 0 END) AS refund FROM rc GROUP BY c),"
	" ids AS (SELECT id AS c FROM colleges UNION SELECT c FROM sc WHERE c IS NULL)"
	" SELECT coalesce(k.name, ''), ids.c IS NULL,"
	"  coalesce((SELECT n FROM sub WHERE sub.c IS ids.c), 0),"
	"  coalesce((SELECT n FROM unb WHERE unb.c IS ids.c), 0),"
	"  coalesce((SELECT n FROM inv WHERE inv.c IS ids.c), 0),"
	"  coalesce((SELECT n FROM pay WHERE pay.c IS ids.c), 0),"
	"  coalesce((SELECT shoot FROM sc WHERE sc.c IS ids.c), 0),"
	"  coalesce((SELECT mail FROM sc WHERE sc.c IS ids.c), 0),"
	"  coalesce((SELECT refund FROM sc WHERE sc.c IS ids.c), 0)"
	" FROM ids LEFT JOIN colleges k ON k.id = ids.c"
	" WHERE (?1 = 0 OR ids.c = ?1) AND (ids.c IS NOT NULL OR ?2 = 0)"
	" ORDER BY ids.c IS NULL, k.seq_first";

/* Adds a row of figures to t. */
static void
report_money_row(struct table *t, const char *name, const struct report_money_totals *r)
{
	char sub[24], unb[24];
	char *b = money_plain(r->billed_fen), *p = money_plain(r->paid_fen);
	char *o = money_plain(r->outstanding_fen), *s = money_plain(r->shoot_fen);
	char *m = money_plain(r->mail_fen), *f = money_plain(r->refund_fen);
	char *n = money_plain(r->net_fen);

	snprintf(sub, sizeof sub, "%lld", (long long)r->submitted);
	snprintf(unb, sizeof unb, "%lld", (long long)r->unbilled);
	table_add(t, name, sub, unb, b, p, o, s, m, f, n);
	free(b);
	free(p);
	free(o);
	free(s);
	free(m);
	free(f);
	free(n);
}

struct table *
report_money(struct db *db, const char *college, const char *cohort,
    struct report_money_totals *tot, char **cause)
{
	const struct table_col cols[] = {
		{ _("College"), 0, 16 },
		{ _("Submitted"), 1, 0 },
		{ _("Not billed"), 1, 0 },
		{ _("Billed"), 1, 0 },
		{ _("Paid"), 1, 0 },
		{ _("Outstanding"), 1, 0 },
		{ _("Shooting"), 1, 0 },
		{ _("Mailing"), 1, 0 },
		{ _("Refunds"), 1, 0 },
		{ _("Scatter net"), 1, 0 },
	};
	struct college_list cl = { NULL, 0 };
	const struct college *c = NULL;
	sqlite3_stmt *st;
	struct table *t;
	int64_t cohort_id = 0;
	int rc;

	memset(tot, 0, sizeof *tot);
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
	if (cohort != NULL && (cohort_id = cohort_require(db, cohort, cause)) < 0) {
		college_list_free(&cl);
		return NULL;
	}
	if ((st = db_prepare(db, report_money_sql, cause)) == NULL) {
		college_list_free(&cl);
		return NULL;
	}
	sqlite3_bind_int(st, 1, c != NULL ? c->id : 0);
	sqlite3_bind_int64(st, 2, cohort_id);
	college_list_free(&cl);
	t = table_new((int)(sizeof cols / sizeof cols[0]), cols);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct report_money_totals r;

		r.submitted = sqlite3_column_int64(st, 2);
		r.unbilled = sqlite3_column_int64(st, 3);
		r.billed_fen = sqlite3_column_int64(st, 4);
		r.paid_fen = sqlite3_column_int64(st, 5);
		r.outstanding_fen = r.billed_fen - r.paid_fen;
		r.shoot_fen = sqlite3_column_int64(st, 6);
		r.mail_fen = sqlite3_column_int64(st, 7);
		r.refund_fen = sqlite3_column_int64(st, 8);
		r.net_fen = r.shoot_fen + r.mail_fen - r.refund_fen;
		report_money_row(t, sqlite3_column_int(st, 1) ? _("walk-in") :
		    (const char *)sqlite3_column_text(st, 0), &r);
		tot->submitted += r.submitted;
		tot->unbilled += r.unbilled;
		tot->billed_fen += r.billed_fen;
		tot->paid_fen += r.paid_fen;
		tot->outstanding_fen += r.outstanding_fen;
		tot->shoot_fen += r.shoot_fen;
		tot->mail_fen += r.mail_fen;
		tot->refund_fen += r.refund_fen;
		tot->net_fen += r.net_fen;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot add up the money"));
		table_free(&t);
		return NULL;
	}
	report_money_row(t, _("Total"), tot);
	return t;
}

const char *
report_money_title(void)
{
	return _("Money: collection fees and scatter shoots");
}

char *
report_money_footer(const struct report_money_totals *tot)
{
	char *caps = money_capitals(tot->outstanding_fen), *footer;

	footer = xasprintf("\n%s %s\n", _("Outstanding in capitals:"), caps != NULL ? caps : "");
	free(caps);
	return footer;
}

int
report_money_text(struct db *db, const char *college, const char *cohort, struct strbuf *out,
    char **cause)
{
	struct report_money_totals tot;
	struct table *t;
	char *footer;

	if ((t = report_money(db, college, cohort, &tot, cause)) == NULL)
		return -1;
	footer = report_money_footer(&tot);
	report_table_text(db, report_money_title(), t, footer, out);
	free(footer);
	table_free(&t);
	return 0;
}
