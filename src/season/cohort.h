/* SPDX-License-Identifier: MIT */
#ifndef COHORT_H
#define COHORT_H
/* Cohorts of the season (2021-uncollected, ...), looked up by code or name. */
#include "db/db.h"

/*
 * Finds the cohort whose code or Chinese name is name (case ignored for the
 * code).  Returns its id, 0 when there is none, -1 with *cause on a database
 * error.
 */
int	 cohort_find(struct db *, const char *name, char **cause);
/*
 * The one lookup for a cohort a clerk names (--cohort): like cohort_find, but
 * none is an error that lists the cohorts.  Returns the id, or -1 with *cause.
 */
int	 cohort_require(struct db *, const char *name, char **cause);
/* Cohort id's code and Chinese name (allocated; either pointer may be NULL). */
int	 cohort_load(struct db *, int id, char **code, char **name, char **cause);
/* The known cohort codes, comma-separated, for messages (allocated). */
char	*cohort_codes(struct db *);
#endif
