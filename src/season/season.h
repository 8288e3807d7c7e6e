/* SPDX-License-Identifier: MIT */
#ifndef SEASON_H
#define SEASON_H
/* A season: creating the database and loading the defaults from data/. */
#include "db/db.h"

/*
 * Where the default data files are: $CAIJI_DATADIR; else, for the program
 * run from its build tree, the source tree's data/; else the installed copy.
 */
const char	*season_datadir(void);

/*
 * Loads settings, colleges, cohorts, the fee schedule and the manifest columns
 * from datadir into a database that has none yet, in one transaction.  On a
 * season already initialised it changes nothing but the institution code and
 * name given (either may be NULL).  *created tells which happened.
 */
int		 season_init(struct db *, const char *datadir, const char *code,
		    const char *name, int *created, char **cause);

/* 1 when season_init has run on this database. */
int		 season_is_initialised(struct db *);
#endif
