/* SPDX-License-Identifier: MIT */
#ifndef VALIDATE_H
#define VALIDATE_H
/*
 * Roster validation: recomputes every flag whose source is 'roster' for the
 * whole season (SPEC §4-6, §10).  Row rules run in C (required fields,
 * gender, ID numbers, seq shape and block, institution); season-wide rules
 * run set-wise in SQL (SEQ_PADDED from the normalisations table, ID_DUPLICATE,
 * STUDENT_NO_DUPLICATE per cohort, SEQ_DUPLICATE, XUEXIN_MISSING and
 * XUEXIN_MISMATCH when a reference is loaded).  Flags of other sources
 * (photo, export) are left alone.
 */
#include "db/db.h"

struct validate_summary {
	long	errors;		/* roster flags at error severity */
	long	warnings;
};

/*
 * Runs inside the caller's transaction (it begins none: an import, an edit
 * and its validation commit together).  summary may be NULL.
 */
int	validate_roster(struct db *, struct validate_summary *, char **cause);

/* The clerk-facing label of a student field ("student_no" → "student number"), translated. */
const char *validate_field_label(const char *field);
#endif
