/* SPDX-License-Identifier: MIT */
#ifndef PHOTO_SCAN_H
#define PHOTO_SCAN_H
/*
 * `caiji photos scan DIR`: every file of a folder checked against a profile
 * on several threads, results stored in the photos table, unchanged files
 * (same path, size, mtime and profile) reused without being read, and the
 * photo pass's flags rebuilt, all in one transaction, audited.  Photos are
 * never modified.
 */
#include <stddef.h>

#include "db/db.h"
#include "photo/photo-flags.h"
#include "photo/profile.h"

struct photo_scan_opts {
	int	 jobs;		/* worker threads; 0: one per online CPU */
	/* called on the calling thread now and then while files are checked */
	void	(*progress)(void *arg, size_t done, size_t total);
	void	*arg;
};

struct photo_scan_stats {
	size_t			 files;		/* entries of the folder considered */
	size_t			 decoded;	/* read and checked this time */
	size_t			 cached;	/* reused from the last scan */
	char			**unreadable;	/* owned: one sentence per file not opened */
	size_t			 nunreadable;
	struct photo_flags_stats flags;
};

/* Returns 0, or -1 with *cause set (nothing is written then). */
int	photo_scan(struct db *, const struct profile *, const char *dir,
	    const struct photo_scan_opts *, struct photo_scan_stats *, char **cause);
void	photo_scan_stats_clear(struct photo_scan_stats *);
#endif
