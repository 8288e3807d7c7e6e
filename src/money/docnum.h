/* SPDX-License-Identifier: MIT */
#ifndef DOCNUM_H
#define DOCNUM_H
/*
 * Document numbers: gapless and never reused.  Each kind of document has a
 * counter per season year in doc_counters; a number is taken inside the
 * caller's write transaction (db_begin is BEGIN IMMEDIATE, so two clerks
 * or processes never read the same counter), and a rolled-back transaction
 * gives its number back.  Numbers read PREFIX + YEAR + "-" + NNNN:
 * invoices "2021-0001", receipts "R2021-0001".
 */
#include "db/db.h"

/*
 * The next number of kind for the season year (settings "season"), written
 * with prefix; allocated, or NULL with *cause.  Call inside a transaction.
 */
char	*docnum_next(struct db *, const char *kind, const char *prefix, char **cause);
#endif
