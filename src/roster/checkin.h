/* SPDX-License-Identifier: MIT */
#ifndef CHECKIN_H
#define CHECKIN_H
/*
 * On-site check-in (SPEC §12): a clerk types or scans a student's ID number
 * on the collection day and the student of an on-site cohort is marked
 * collected, with the time and the clerk, in the audit log too.
 */
#include <stdint.h>

#include "db/db.h"

enum checkin_status {
	CHECKIN_MARKED,		/* found and marked collected now */
	CHECKIN_ALREADY,	/* was collected before (at, by say when and by whom) */
	CHECKIN_UNKNOWN,	/* no student has this number */
	CHECKIN_NOT_ONSITE,	/* the student's cohort sends photos; nothing changed */
	CHECKIN_AMBIGUOUS,	/* several on-site students share the number */
};

struct checkin_result {
	enum checkin_status	 status;
	char			*number;	/* the number as looked up */
	int			 matches;	/* students with that number */
	int64_t			 student_id;	/* 0 unless exactly one was found */
	char			*seq, *student_no, *name, *college, *cohort;
	char			*at, *by;	/* collected: when (UTC ISO 8601) and who */
};

/* A one-line English msgid for a status; gettext() it. */
const char	*checkin_status_text(enum checkin_status);

/*
 * Looks input up (surrounding space and a scanner's CR/LF removed, a final x
 * made X) and marks the student collected when it is one student of an
 * on-site cohort not yet collected.  Returns 0 with *r filled for every
 * status; -1 with *cause only when the database failed.
 */
int		 checkin_scan(struct db *, const char *input, struct checkin_result *r,
		    char **cause);
void		 checkin_result_free(struct checkin_result *);

/* Students of on-site cohorts, and how many of them are collected. */
int		 checkin_counts(struct db *, int64_t *onsite, int64_t *collected,
		    char **cause);
#endif
