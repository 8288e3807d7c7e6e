/* SPDX-License-Identifier: MIT */
#ifndef FLAGGROUP_H
#define FLAGGROUP_H
/* The season's flags grouped by code, with counts (the TUI's flags screen). */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct flaggroup {
	char	*code;		/* "ID_CHECKSUM" */
	int	 errors;	/* 1 when any of its flags is at error severity */
	int64_t	 flags;		/* flag rows */
	int64_t	 students;	/* distinct students (0 for orphan photos) */
	int64_t	 one_student;	/* the student's id when students is 1, else 0 */
};

struct flaggroup_list {
	struct flaggroup	*v;
	size_t			 n;
};

/* Errors first, then by how many students each code concerns. */
int	 flaggroup_load(struct db *, struct flaggroup_list *, char **cause);
void	 flaggroup_list_free(struct flaggroup_list *);
/*
 * The first code after after (NULL: the first code) in alphabetical order
 * that some student has, for stepping a filter through the codes; *code is
 * NULL after the last one.
 */
int	 flaggroup_next(struct db *, const char *after, char **code, char **cause);
#endif
