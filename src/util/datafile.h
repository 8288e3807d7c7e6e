/* SPDX-License-Identifier: MIT */
#ifndef DATAFILE_H
#define DATAFILE_H
/*
 * The tab-separated files in data/: '#' comment lines and blank lines are
 * skipped, the first other line is the header, every row has exactly the
 * header's number of fields.
 */
#include <stdio.h>

struct datafile;

/* Opens path and checks that its header names exactly the columns given. */
struct datafile	*datafile_open(const char *path, const char *const *columns,
		    char **cause);
/*
 * Reads the next row into fields (owned by the datafile, valid until the next
 * call).  Returns 1 for a row, 0 at the end, -1 on error with *cause set.
 */
int		 datafile_next(struct datafile *, char ***fields, char **cause);
/* The line number of the row last read, for messages. */
int		 datafile_line(const struct datafile *);
void		 datafile_free(struct datafile **);
#endif
