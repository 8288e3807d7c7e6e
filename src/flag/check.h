/* SPDX-License-Identifier: MIT */
#ifndef CHECK_H
#define CHECK_H
/*
 * Reading the season's flags (SPEC §10-11): every flag of every source
 * (roster, photo, export), one row per flag, for `caiji check`, the TUI's
 * flag list and the reports.
 *
 * Rows come ordered by college (block order; flags of no college last), then
 * seq, student number and code.  A photo flag that matches no student has
 * student_id 0, an empty student number and takes its college from the seq's
 * block.
 */
#include "db/db.h"
#include "flag/flag.h"

struct check_filter {
	const char	*college;	/* a college name (see college_list_find), or NULL */
	const char	*cohort;	/* a cohort code or name, or NULL: all */
	const char	*source;	/* "roster", "photo", ..., or NULL: all */
	int		 errors_only;	/* only flags at error severity */
	long		 student_id;	/* one student's flags, or 0: all */
};

/* One flag; every pointer is valid during the callback only. */
struct check_row {
	long			 student_id;	/* 0: no student (an orphan photo) */
	const char		*seq;
	const char		*student_no;
	const char		*name;
	const char		*id_number;	/* unmasked: mask it with idcard_mask */
	const char		*college;	/* "" when unknown */
	const char		*cohort;	/* cohort code, "" for no student */
	const char		*code;		/* "ID_CHECKSUM" */
	enum flag_severity	 severity;
	const char		*detail;
	const char		*source;
};

/* Returns 0 to go on, or -1 (with *cause set) to stop. */
typedef int	(*check_cb)(void *arg, const struct check_row *, char **cause);

/*
 * Calls cb for each flag that passes filter (NULL: all).  An unknown college
 * or cohort in the filter is an error.  Returns 0, or -1 with *cause set.
 */
int	check_each(struct db *, const struct check_filter *, check_cb cb, void *arg,
	    char **cause);

/* Counts of what check_each would give. */
struct check_counts {
	long	errors;
	long	warnings;
	long	students;	/* distinct students with at least one flag */
};
int	check_count(struct db *, const struct check_filter *, struct check_counts *,
	    char **cause);
#endif
