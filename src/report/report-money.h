/* SPDX-License-Identifier: MIT */
#ifndef REPORT_MONEY_H
#define REPORT_MONEY_H
/*
 * The money report (caiji-fees(7) describes every column): per college, the
 * collection fee billed to it, paid and outstanding, and the scatter-shoot
 * income from its students split into shooting and mailing, with refunds.
 * Every figure is a sum of documents: issued invoices, the payments recorded
 * against invoices, payment receipts and refund receipts.
 */
#include <stdint.h>

#include "db/db.h"
#include "util/strbuf.h"
#include "util/table.h"

struct report_money_totals {
	int64_t	 submitted;	/* students in Xuexin packages */
	int64_t	 unbilled;	/* of them, in no issued invoice */
	int64_t	 billed_fen;	/* issued invoices */
	int64_t	 paid_fen;	/* payments against issued or voided invoices */
	int64_t	 outstanding_fen; /* billed - paid */
	int64_t	 shoot_fen;	/* payment receipts: shooting lines */
	int64_t	 mail_fen;	/* payment receipts: mailing lines */
	int64_t	 refund_fen;	/* refund receipts */
	int64_t	 net_fen;	/* shoot + mail - refunds */
};

/*
 * One row per college (and one for walk-in scatter orders), then a total
 * row; college and cohort narrow it when not NULL.  With a cohort, invoices
 * count only when they were made for that cohort, and walk-ins not at all.
 * Fills *totals; the table is owned by the caller.
 */
struct table	*report_money(struct db *, const char *college, const char *cohort,
		    struct report_money_totals *totals, char **cause);
/* The report's title (translated, static). */
const char	*report_money_title(void);
/* The lines printed after the table: the outstanding total in capitals (allocated). */
char		*report_money_footer(const struct report_money_totals *);
/*
 * The whole report as `caiji report money` prints it, paginated for A4,
 * into out (a preview; the printed text is the same).
 */
int		 report_money_text(struct db *, const char *college, const char *cohort,
		    struct strbuf *out, char **cause);
#endif
