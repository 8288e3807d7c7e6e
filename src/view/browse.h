/* SPDX-License-Identifier: MIT */
#ifndef BROWSE_H
#define BROWSE_H
/*
 * Browsing the roster a page at a time (the TUI's roster screen): filters,
 * a prefix search and a sort order, read by keyset paging so that only the
 * rows on screen are ever in memory, however large the roster.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

enum browse_sort {
	BROWSE_SORT_SEQ,
	BROWSE_SORT_STUDENT_NO,
	BROWSE_SORT_NAME,
	BROWSE_SORT_GENDER,
	BROWSE_SORT_COLLEGE,
	BROWSE_SORT_MAJOR,
	BROWSE_SORT_LEVEL,
	BROWSE_SORT_ID_NUMBER,
	BROWSE_SORT_COHORT,
	BROWSE_SORT__COUNT
};

/* Filters on the photo checks' findings. */
enum browse_photo {
	BROWSE_PHOTO_ANY,
	BROWSE_PHOTO_MISSING,	/* flagged PHOTO_MISSING */
	BROWSE_PHOTO_FAILING,	/* another photo flag at error severity */
	BROWSE_PHOTO_OK,	/* a photo scanned for the seq, no photo error */
	BROWSE_PHOTO__COUNT
};

struct browse_filter {
	int			 college_id;	/* 0: every college */
	int			 cohort_id;	/* 0: every cohort */
	const char		*flag;		/* a flag code, or NULL */
	enum browse_photo	 photo;
	/*
	 * A prefix of the seq, student number, name or ID number, or the
	 * pinyin initials of the name (lower-case letters "zs" find 张三);
	 * NULL or "" for none.
	 */
	const char		*search;
};

struct browse_row {
	int64_t		 id;
	char		*seq, *student_no, *name, *gender, *id_number;
	char		*college, *cohort, *major, *level;
	int		 collected;	/* marked collected on site */
	int		 errors;	/* flags at error severity */
	int		 warnings;
	/* the row's place in the sort order, for fetching its neighbours */
	struct sqlite3_value *key[3];
	int		 nkey;
};

struct browse_rows {
	struct browse_row	*v;
	size_t			 n;
};

struct browse;

/* The printable name of a sort column (an N_() msgid) and of a photo filter. */
const char	*browse_sort_name(enum browse_sort);
const char	*browse_photo_name(enum browse_photo);

struct browse	*browse_new(struct db *);
void		 browse_free(struct browse **);
/* Sets the filter and order for the fetches that follow (the filter is copied). */
int		 browse_set(struct browse *, const struct browse_filter *, enum browse_sort,
		    int descending, char **cause);
/*
 * Fetches up to limit rows following (dir > 0) or preceding (dir < 0) row
 * from in the order set, including from itself when inclusive is set.  With
 * from NULL, fetches the first (dir > 0) or last (dir < 0) rows.  The rows
 * are returned in display order; out is replaced (free it with
 * browse_rows_free).  from may point into out.
 */
int		 browse_fetch(struct browse *, const struct browse_row *from, int dir,
		    int inclusive, size_t limit, struct browse_rows *out, char **cause);
/* How many students match the filter. */
int		 browse_count(struct browse *, int64_t *count, char **cause);
/*
 * The same, except that with a search set it stops past cap (when cap > 0):
 * *more is then 1 and *count is cap.  A one-character search matches most
 * of a roster through four indexes at once, and counting all of those
 * matches took 25 ms at 100,000 students; the first cap take under 1 ms.
 */
#define BROWSE_COUNT_CAP	5000
int		 browse_count_upto(struct browse *, int64_t cap, int64_t *count, int *more,
		    char **cause);
void		 browse_rows_free(struct browse_rows *);

/* The cohorts, for choosing one to filter on. */
struct browse_choice {
	int	 id;
	char	*name;
};
struct browse_choices {
	struct browse_choice	*v;
	size_t			 n;
};
int		 browse_cohorts(struct db *, struct browse_choices *, char **cause);
void		 browse_choices_free(struct browse_choices *);
#endif
