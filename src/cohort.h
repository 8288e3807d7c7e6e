/* SPDX-License-Identifier: MIT */
#ifndef COHORT_H
#define COHORT_H
/* Cohorts of the season (2021-uncollected, ...), looked up by code or name. */
#include "db.h"

/*
 * Finds the cohort whose code or Chinese name is name (case ignored for the
 * code).  Returns its id, 0 when there is none, -1 with *cause on a database
 * error.
 */
int	 cohort_find(struct db *, const char *name, char **cause);
/* The known cohort codes, comma-separated, for messages (allocated). */
char	*cohort_codes(struct db *);
#endif
