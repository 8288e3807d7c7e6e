/* SPDX-License-Identifier: MIT */
#ifndef EXPORT_H
#define EXPORT_H
/*
 * The Xuexin package (SPEC §9, man caiji-export(5)): per college, a folder
 * (or a zip) named by institution code, college and date holding the
 * manifest's columns as .xlsx and .csv, photos/SEQ.jpg copied byte for byte
 * with their SHA-256 checked again while copying, SHA256SUMS and README.txt.
 * Only students with no error flag and a checked photo go in; a student
 * already submitted stays out (ALREADY_SUBMITTED) unless resubmitted.
 *
 * Each package is written under a temporary name in the output directory
 * and renamed into place in the same transaction that records it in the
 * ledger: rename, then commit; if the commit fails the package is removed.
 * An interrupted export (*stop set by a signal handler) removes its
 * temporary files and records nothing.
 */
#include <signal.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/out.h"

struct export_opts {
	const char		*out;		/* the directory packages are written in */
	const char		*college;	/* a college name or prefix; NULL: each */
	const char		*cohort;	/* a cohort code; NULL: every cohort */
	int			 zip;		/* a .zip instead of a folder */
	int			 dry_run;	/* decide, write nothing */
	enum out_encoding	 csv_encoding;	/* OUT_UTF8_BOM or OUT_GB18030 */
	volatile sig_atomic_t	*stop;		/* set when the clerk interrupts */
	/* called after each photo is copied (may be NULL) */
	void			(*on_photo)(void *arg, size_t done, size_t total);
	void			*arg;
};

/* One student considered for a package. */
struct export_entry {
	int64_t	 id;
	char	*seq;
	char	*student_no;
	char	*name;
	char	*reason;	/* why they were left out; NULL when included */
	char	*note;		/* e.g. resubmitted with a changed photo; or NULL */
	char	 sha256[65];	/* the photo's, when included */
};

struct export_package {
	int			 college_id;
	char			*college;
	char			*name;		/* folder name, e.g. 10456_传媒学院_20210309 */
	char			*path;		/* written here; NULL in a dry run or when empty */
	struct export_entry	*v;
	size_t			 n;
	size_t			 included;
	int			 decided;	/* the students were looked at */
};

struct export_result {
	struct export_package	*v;
	size_t			 n;
	int			 stale_removed;	/* temporary folders of killed exports removed */
};

/*
 * Writes a package per college (only opts->college when given).  Returns 0
 * when every package that had someone to include was written (a college
 * with nobody to include is in *res with path NULL), -1 with *cause on
 * failure or interruption (what was already complete stays, recorded).
 */
int	 export_xuexin(struct db *, const struct export_opts *, struct export_result *,
	    char **cause);
void	 export_result_free(struct export_result *);
#endif
