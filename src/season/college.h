/* SPDX-License-Identifier: MIT */
#ifndef COLLEGE_H
#define COLLEGE_H
/* Secondary colleges and their sequence-number blocks (SPEC §6). */
#include "db/db.h"

struct college {
	int	 id;
	char	*name;		/* 传媒学院 */
	char	*name_en;	/* Media */
	int	 seq_first;	/* 1001 */
	int	 seq_last;	/* 1999 */
};

struct college_list {
	struct college	*v;
	size_t		 n;
};

/* Loads every college, ordered by block. */
int	 college_list_load(struct db *, struct college_list *, char **cause);
void	 college_list_free(struct college_list *);
/*
 * Finds a college by its Chinese or English name (case ignored for English),
 * or by a unique prefix of either; NULL when none or ambiguous.
 */
const struct college *college_list_find(const struct college_list *, const char *name);
const struct college *college_list_by_id(const struct college_list *, int id);
/* The college whose block holds seq (a number 1-9999), or NULL. */
const struct college *college_list_by_seq(const struct college_list *, int seq);
#endif
