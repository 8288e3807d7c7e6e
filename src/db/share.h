/* SPDX-License-Identifier: MIT */
#ifndef SHARE_H
#define SHARE_H
/*
 * One database, several clerks (SPEC §3, §13): noticing another clerk's
 * changes, and writes that wait for another clerk's instead of failing.
 */
#include "db/db.h"

/*
 * A number that changes whenever another connection (another clerk's
 * caiji) commits a change to the database: PRAGMA data_version.  -1 on error.
 */
long	 share_data_version(struct db *);

/*
 * A number that changes whenever the database does, by another clerk's
 * commit or by this connection's own writes: a screen that remembers it can
 * tell whether what it shows may be stale.
 */
long long share_generation(struct db *);

/*
 * Starts a write transaction like db_begin, but when another clerk holds the
 * write lock past the busy timeout it tries again a few times, and in the
 * end says so in words, not with the database's message.
 */
int	 share_begin(struct db *, char **cause);

/* 1 when the last failure on db was another connection's lock. */
int	 share_busy(struct db *);
#endif
