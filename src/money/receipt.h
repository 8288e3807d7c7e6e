/* SPDX-License-Identifier: MIT */
#ifndef RECEIPT_H
#define RECEIPT_H
/*
 * Receipts for scatter-shoot orders: one when an order is paid, one (a
 * refund receipt) when it is refunded.  Numbered R<year>-NNNN from their own
 * gapless counter, issued at once and never changed (triggers refuse it).
 * The lines are the order's shoot and mail parts as the order priced them.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "money/document.h"
#include "util/table.h"

/*
 * What a receipt is for: the order, its payer, and its shoot and mail parts
 * as the order priced them (the parts of fee item fee_code name the lines).
 * The order fills it in: receipts know nothing of orders but this.
 */
struct receipt_for {
	int64_t		 order_id;
	const char	*payer;
	const char	*payer_id_number;
	const char	*fee_code;	/* "scatter-standard" */
	int64_t		 shoot_fen, mail_fen;
};

/*
 * Issues a receipt of kind DOC_RECEIPT or DOC_REFUND, inside the caller's
 * transaction (audited there).  *number is allocated.
 */
int		 receipt_issue(struct db *, const struct receipt_for *, enum doc_kind,
		    const char *method, const char *reason, char **number, char **cause);
/* Loads a receipt by number ("R2021-0001"), or NULL with *cause. */
struct doc	*receipt_load(struct db *, const char *number, char **cause);
/*
 * Receipts as a table (number, kind, date, order, payer, method, amount,
 * clerk); order_id 0 for every order.  Owned by the caller.
 */
struct table	*receipt_table(struct db *, int64_t order_id, char **cause);
#endif
