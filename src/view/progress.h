/* SPDX-License-Identifier: MIT */
#ifndef PROGRESS_H
#define PROGRESS_H
/*
 * Per-college progress of the season (SPEC §12 dashboard, §9 progress
 * report): how many students each college has sent, how many have photo
 * problems, how many are in a Xuexin package, how many were collected on
 * site, and the collection fee billed and paid (as the money report adds
 * it up).  Every number is counted from the database; nothing is estimated.
 */
#include <stdint.h>
#include <time.h>

#include "db/db.h"

struct progress_row {
	int	 college_id;	/* 0 for students whose college is unknown */
	char	*college;	/* the college's name, "" when unknown */
	int64_t	 roster;	/* students on the rosters */
	int64_t	 photo_ok;	/* students whose photo was scanned and has no error */
	int64_t	 photo_missing;	/* students flagged PHOTO_MISSING */
	int64_t	 photo_failing;	/* students with another photo error */
	int64_t	 with_errors;	/* students with any flag at error severity */
	int64_t	 submitted;	/* students in a Xuexin package */
	int64_t	 collected;	/* students of an on-site cohort marked collected */
	int64_t	 billed_fen;	/* issued collection-fee invoices */
	int64_t	 paid_fen;	/* paid against them */
};

struct progress {
	struct progress_row	*v;	/* one per college, in block order */
	size_t			 n;
	struct progress_row	 total;	/* college is "" */
	/* the photo deadline and the on-site date (settings), "" when unset */
	char			*photo_deadline;
	char			*onsite_date;
	int			 photo_days;	/* days from today; valid when the date is set */
	int			 onsite_days;
	/*
	 * progress_generation (migration 6) when the counts were made: while
	 * it stays the same, progress_refresh keeps all but the collected
	 * students and the fee, which it counts again.
	 */
	int			 counted;
	int64_t			 generation;
};

/* Counts everything for the dashboard; today is the local date of now. */
int	 progress_load(struct db *, time_t now, struct progress *, char **cause);
/*
 * Brings a loaded (or zeroed) progress up to date, counting again only what
 * may have changed since; another clerk's changes are seen as well.  On
 * failure the progress is freed (and zeroed).
 */
int	 progress_refresh(struct db *, time_t now, struct progress *, char **cause);
void	 progress_free(struct progress *);

/*
 * Days from the local date of now to an ISO date "YYYY-MM-DD" (negative when
 * it has passed); -1 with *ok cleared when the date is malformed.
 */
int	 progress_days_until(const char *iso_date, time_t now, int *ok);
#endif
