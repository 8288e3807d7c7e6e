/* SPDX-License-Identifier: MIT */
#ifndef ROSTER_H
#define ROSTER_H
/*
 * Roster import (SPEC §4, caiji-roster(5)).  The files of one call are
 * imported in one transaction: every row of every file, or nothing.  Rows
 * are matched to the season's students by cohort + student number: a match
 * is updated field by field (audited as "update"), anything else is added
 * (audited as "import"); a student of the same cohort and college that the
 * files do not name is reported, never deleted.  Normalisation is recorded in
 * the normalisations table; validate_roster() runs before the commit.
 */
#include "roster/csvread.h"
#include "db/db.h"

struct roster_options {
	const char		*cohort;	/* --cohort: code or name, or NULL */
	const char		*college;	/* --college: name, or NULL */
	enum csvread_encoding	 encoding;
	int			 dry_run;	/* do everything, then roll back */
};

enum roster_event_kind {
	ROSTER_FILE,		/* a file was read: encoding, header line, rows */
	ROSTER_ADDED,
	ROSTER_CHANGED,		/* one event per changed field */
	ROSTER_UNCHANGED,
	ROSTER_ABSENT,		/* in the season, not in the files */
};

/* What happened to one row; every pointer is valid during the callback only. */
struct roster_event {
	enum roster_event_kind	 kind;
	const char		*file;		/* NULL for ROSTER_ABSENT */
	int			 line;		/* the row's line (ROSTER_FILE: the header's) */
	const char		*student_no;
	const char		*name;
	const char		*field;		/* ROSTER_CHANGED: "name", "college", ... */
	const char		*old_value;
	const char		*new_value;
	const char		*encoding;	/* ROSTER_FILE: "UTF-8 (BOM)", "GB18030" */
	long			 rows;		/* ROSTER_FILE: rows read */
};

typedef void	(*roster_event_cb)(void *arg, const struct roster_event *);

struct roster_summary {
	long	rows;
	long	added, changed, unchanged, absent;
	long	normalised;		/* values changed by normalisation */
	long	errors, warnings;	/* roster flags of the season afterwards */
};

/*
 * Imports files (nfiles of them).  cb (may be NULL) hears of every row; the
 * events of a failed import are to be discarded.  Returns 0, or -1 with
 * *cause naming the file, line and column, the database unchanged.
 */
int	roster_import(struct db *, const char *const *files, size_t nfiles,
	    const struct roster_options *, roster_event_cb cb, void *arg,
	    struct roster_summary *, char **cause);

/*
 * Replaces the Xuexin reference with file (columns student_no, name, gender,
 * id_number, headers as for rosters), then revalidates.  sum->rows is the
 * number of records loaded.
 */
int	roster_import_reference(struct db *, const char *file, enum csvread_encoding,
	    int dry_run, struct roster_summary *, char **cause);

/* The roster fields (enum roster_field, their names and labels). */
#include "roster/field.h"

/*
 * Normalises value (allocated, the caller frees) for field, the way imports
 * and edits do.  For each change made, cb is called with the value before and
 * after (seq padding is a change of its own, after trimming), so the caller
 * can record it.
 */
char		*roster_normalise(enum roster_field, const char *value,
		    void (*cb)(void *arg, const char *old_value, const char *new_value),
		    void *arg);
#endif
