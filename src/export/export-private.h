/* SPDX-License-Identifier: MIT */
#ifndef EXPORT_PRIVATE_H
#define EXPORT_PRIVATE_H
/* What export.c (choosing) and export-write.c (writing) share. */
#include <stdint.h>

#include "export/export.h"

/* Temporary folders are DIR/.caiji-tmp-PID-XXXXXX. */
#define EXPORT_TMP_PREFIX ".caiji-tmp-"
/* In a temporary folder: the name of the package renamed out of it. */
#define EXPORT_RENAMED ".renamed"

struct export_photo {
	char	*path;
	int64_t	 size;
	char	*sha256;
};

/* What one package run needs. */
struct export_job {
	struct db			*db;
	const struct export_opts	*o;
	char				**fields;	/* manifest: field, header pairs */
	char				**headers;
	size_t				 ncols;
	char				***rows;	/* per entry: ncols values */
	struct export_photo		*photos;	/* per entry */
	size_t				 nrows;
	char				*code;		/* institution code */
	char				*school;
	char				*today;		/* YYYY-MM-DD */
	char				*cohort_code;	/* --cohort's, as stored; or NULL */
	char				*cohort_name;	/* or NULL */
	char				*out;		/* the output directory, absolute */
	int				 cohort_id;
};

/* Marks entry i of p left out for reason (taken). */
void	 export_leave_out(struct export_package *, size_t i, char *reason);
/* A package name not yet taken in dir: base, base-2, base-3, ... (allocated). */
char	*export_free_name(const char *dir, const char *base);
/*
 * Writes p into j->out: the photos copied and verified, the tables, README
 * and SHA256SUMS under a temporary name, then renamed into place as the
 * ledger records it.  p->path is set when written; *done counts photos.
 */
int	 export_package_write(struct export_job *, struct export_package *, size_t *done,
	    size_t total, char **cause);
#endif
