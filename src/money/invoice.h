/* SPDX-License-Identifier: MIT */
#ifndef INVOICE_H
#define INVOICE_H
/*
 * Invoices of the collection fee to colleges (SPEC §8, caiji-fees(7)).
 *
 * invoice_create bills the students of a college (and cohort) who are in a
 * Xuexin package (the submissions table) and in no invoice that is not void:
 * each student is billed once, however often it runs.  The draft copies the
 * fee and the students when it is made; it has no number and may be
 * discarded.  invoice_issue gives it the next number YEAR-NNNN (gapless,
 * taken inside the write transaction) and from then on triggers refuse any
 * change but voiding.  A void invoice keeps its number, and its students
 * become billable again: the next invoice_create bills them anew.
 *
 * Each function is one transaction, audited; an invoice is named by its
 * number ("2021-0001") or, before it has one, by its draft id ("3").
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "money/document.h"
#include "util/table.h"

/* Makes a draft; *id is its draft id, *students how many it bills. */
int		 invoice_create(struct db *, const char *college, const char *cohort,
		    int64_t *id, size_t *students, char **cause);
/* Issues a draft; *number is allocated. */
int		 invoice_issue(struct db *, const char *ref, char **number, char **cause);
/* Deletes a draft (never an issued invoice). */
int		 invoice_discard(struct db *, const char *ref, char **cause);
/* Voids an issued invoice; reason is required. */
int		 invoice_void(struct db *, const char *ref, const char *reason, char **cause);
/*
 * Records a payment by the college against an issued invoice: amount_fen,
 * or the whole outstanding amount when amount_fen is 0.  Refuses overpaying.
 */
int		 invoice_pay(struct db *, const char *ref, int64_t amount_fen,
		    const char *method, char **cause);

/* Finds an invoice by number or draft id. */
int		 invoice_find(struct db *, const char *ref, int64_t *id, char **cause);
/* Loads an invoice with its lines and the students it bills. */
struct doc	*invoice_load(struct db *, int64_t id, char **cause);
/*
 * Invoices as a table (id, number, state, college, cohort, students, total,
 * paid, date, clerk), filtered by college and state when not NULL.
 */
struct table	*invoice_table(struct db *, const char *college, const char *state,
		    char **cause);
#endif
