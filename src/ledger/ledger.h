/* SPDX-License-Identifier: MIT */
#ifndef LEDGER_H
#define LEDGER_H
/*
 * The submission ledger (SPEC §9): every Xuexin package written (packages),
 * every student in one (submissions, with the photo's SHA-256), and every
 * clerk's permission to submit a student once more (resubmissions).  A
 * student submitted more often than resubmitted is "blocked": exports leave
 * them out, and they carry an ALREADY_SUBMITTED flag (source 'export').
 *
 * None of these functions opens a transaction: the caller brackets them in
 * db_begin .. db_commit with the rest of its change (an export commits its
 * ledger rows together with the package's final rename).
 */
#include <stdint.h>

#include "db/db.h"

/* *blocked is 1 when the student may not be exported again. */
/* Fails closed: on any error (or no such student) -1, and *blocked is 1. */
int	 ledger_blocked(struct db *, int64_t student_id, int *blocked, char **cause);

/* Records a package; returns its id, or -1 with *cause. */
int64_t	 ledger_package_add(struct db *, const char *name, int college_id, int cohort_id,
	    const char *path, char **cause);

/*
 * Records that the student went out in the package with the photo whose
 * SHA-256 is sha256 (hex), using up a pending resubmission if there is one.
 */
int	 ledger_submit(struct db *, int64_t package_id, int64_t student_id,
	    const char *sha256, char **cause);

/*
 * Allows the student with sequence number seq one more submission, for
 * reason (required).  Refused when no student or several have that seq,
 * when the student was never submitted, or when a resubmission is already
 * pending.  Audited; the student's ALREADY_SUBMITTED flag goes.
 */
int	 ledger_resubmit(struct db *, const char *seq, const char *reason, char **cause);

/*
 * Rewrites the ALREADY_SUBMITTED flags (source 'export'): one for every
 * blocked student, its detail naming the package, date and clerk, and
 * saying so when the photo has changed since (photo_sha256 returns the
 * student's current photo hash, allocated, or NULL when unknown; may be NULL).
 */
int	 ledger_refresh_flags(struct db *,
	    char *(*photo_sha256)(struct db *, int64_t student_id), char **cause);

#endif
