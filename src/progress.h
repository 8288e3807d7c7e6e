#ifndef PROGRESS_H
#define PROGRESS_H
/*
 * Per-college progress of the season (SPEC §9, §12): roster size, photos
 * ok / failing / missing, students with roster errors, and how many have been
 * submitted.  Used by `caiji report progress`; the TUI dashboard can use it.
 */
#include "db.h"

struct progress_row {
	int	 college_id;		/* 0: students with no college */
	char	*college;		/* name */
	int	 roster;		/* students */
	int	 photo_ok;		/* a checked photo with no error */
	int	 photo_failing;		/* a photo with an error */
	int	 photo_missing;		/* no photo */
	int	 roster_errors;		/* students whose roster row has an error */
	int	 submitted;		/* in a Xuexin package at least once */
};

struct progress {
	struct progress_row	*v;	/* one per college, in block order */
	size_t			 n;
	struct progress_row	 total;
};

/*
 * Counts students of college_id (0: every college) and cohort_id (0: every
 * cohort).  Every college is listed, even one with no student yet.
 */
int	 progress_load(struct db *, int college_id, int cohort_id, struct progress *,
	    char **cause);
void	 progress_free(struct progress *);
#endif
