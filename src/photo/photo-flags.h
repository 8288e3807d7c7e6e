/* SPDX-License-Identifier: MIT */
#ifndef PHOTO_FLAGS_H
#define PHOTO_FLAGS_H
/*
 * The photo pass's flags (source 'photo'), rebuilt from every stored photo
 * result: each file's findings on the students whose seq it carries,
 * PHOTO_ORPHAN and PHOTO_NAME for files that match no student, PHOTO_MISSING
 * for students of photo-mode cohorts with no file, PHOTO_DUPLICATE (same
 * SHA-256) and PHOTO_SIMILAR (signature distance at or below the profile's
 * "similar") on every student involved.
 */
#include <stddef.h>

#include "db/db.h"

struct photo_flags_stats {
	size_t	files;
	size_t	matched;	/* files that belong to a student */
	size_t	orphans;	/* files with a seq no student has */
	size_t	bad_names;
	size_t	missing;	/* students with no file */
	size_t	duplicates;	/* files sharing their bytes with another */
	size_t	similar;	/* files that look like another */
	size_t	errors;		/* flags at error severity written */
	size_t	warnings;
};

/*
 * Replaces the rows of flags with source 'photo'.  Runs inside the caller's
 * transaction.  Returns 0, or -1 with *cause set.
 */
int	photo_flags_rebuild(struct db *, int similar, struct photo_flags_stats *, char **cause);
#endif
