/* SPDX-License-Identifier: MIT */
#ifndef SEQASSIGN_H
#define SEQASSIGN_H
/*
 * Giving shoot sequence numbers (SPEC §6): each student without a seq gets
 * the lowest number of their college's block that no student of the season
 * uses, in order of cohort and student number.  Every assignment is audited
 * (action "assign", field "seq"); the season is revalidated; all or nothing.
 */
#include "db/db.h"

struct seqassign_event {
	const char	*student_no;
	const char	*name;
	const char	*college;
	const char	*seq;		/* the number given */
};

struct seqassign_summary {
	long	assigned;
	long	no_college;	/* students without a seq and without a college: skipped */
};

/*
 * college and cohort (NULL: all) limit the students.  cb (may be NULL) hears
 * of each assignment.  A block with too few free numbers is an error naming
 * the college and how many are missing; nothing is then changed.
 */
int	seqassign_run(struct db *, const char *college, const char *cohort, int dry_run,
	    void (*cb)(void *arg, const struct seqassign_event *), void *arg,
	    struct seqassign_summary *, char **cause);
#endif
