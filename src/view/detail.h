/* SPDX-License-Identifier: MIT */
#ifndef DETAIL_H
#define DETAIL_H
/*
 * Everything known about one student, for the TUI's detail screen: the
 * roster fields, where they came from, what normalisation changed, every
 * flag, the on-site collection and the Xuexin packages the student is in.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct detail_flag {
	char	*code, *severity, *detail, *source;
};

struct detail_change {
	char	*field, *old_value, *new_value;
};

struct detail_submission {
	char	*package, *at, *clerk;
};

/* The photo scanned for the student's seq (photos scan), measured and judged. */
struct detail_photo {
	char	*path;
	int64_t	 size;
	int	 width, height;		/* 0 when the file did not parse */
	double	 dpi_x, dpi_y;		/* 0 when unknown */
	char	*background;		/* "R,G,B" or "" */
	int	 head_top;		/* pixels; -1 when not measured */
	int	 margin_left, margin_right;
	char	*verdict;		/* "ok", "warning", "error" */
	char	*profile;
	char	*checked_at;
};

struct detail {
	int64_t	 id;
	char	*seq, *student_no, *name, *gender, *id_number, *id_type;
	char	*institution_code, *institution_name, *major, *level, *extra;
	char	*college, *cohort, *cohort_mode;
	char	*source_file;
	int	 source_line;
	char	*created_at, *updated_at;
	char	*collected_at, *collected_by;	/* NULL when not collected */

	struct detail_flag		*flags;
	size_t				 nflags;
	struct detail_change		*changes;
	size_t				 nchanges;
	struct detail_submission	*submissions;
	size_t				 nsubmissions;
	struct detail_photo		*photo;		/* NULL when none was scanned */
};

/* Loads student id; -1 with *cause when there is none (or on error). */
int	 detail_load(struct db *, int64_t id, struct detail *, char **cause);
void	 detail_free(struct detail *);

/*
 * The key the audit log names a student by, as the roster's edits do: the
 * student number, else the seq, else "#id".
 */
char	*detail_audit_key(const struct detail *);

/*
 * Records that the clerk had the student's full ID number shown (audit
 * action "reveal-id"), so that every look at a number is accounted for.
 */
int	 detail_reveal_id(struct db *, const struct detail *, char **cause);
#endif
