/* SPDX-License-Identifier: MIT */
#ifndef STUDENT_H
#define STUDENT_H
/*
 * One student of the season, and the single path by which a clerk edits one
 * (the CLI's `caiji student set` and the TUI both call student_set_field):
 * normalise the value as an import would, refuse what cannot be right,
 * update, record the normalisation, audit, and revalidate the season, all in
 * one transaction.
 */
#include "db/db.h"

struct student {
	long	 id;
	int	 cohort_id;
	int	 college_id;		/* 0: none */
	char	*cohort;		/* cohort code */
	char	*college;		/* college name, "" for none */
	char	*seq;
	char	*student_no;
	char	*name;
	char	*gender;
	char	*id_number;
	char	*id_type;
	char	*institution_code;
	char	*institution_name;
	char	*major;
	char	*level;
	char	*extra;			/* unknown roster columns, a JSON object */
	char	*source_file;
	int	 source_line;
};

/* Loads student id; NULL with *cause when there is none.  Free with student_free. */
struct student	*student_load(struct db *, long id, char **cause);
/*
 * Finds the one student key names: a seq (1-4 digits, padded) or a student
 * number.  Returns the id, or 0 with *cause when none or several match.
 */
long		 student_find(struct db *, const char *key, char **cause);
/* The id of the student with seq (4 digits), 0 when none or several. */
long		 student_find_seq(struct db *, const char *seq);
/* The id of the student with student_no in cohort (a code, or NULL: any), 0 when none or several. */
long		 student_find_no(struct db *, const char *cohort, const char *student_no);
void		 student_free(struct student **);

/*
 * The fields student_set_field accepts: seq, student_no, name, gender,
 * id_number, id_type, institution_code, institution_name, major, level,
 * college (a name), cohort (a code or name).  NULL-terminated.
 */
extern const char *const student_fields[];

/*
 * Sets field of student id to value.  Refuses (-1, *cause) an unknown field,
 * a gender that is not 男/女 (or M/F, 1/2, ...), a seq that is not 1-4 digits,
 * an unknown college or cohort, and emptying a required field other than seq.
 * Setting the value a field already has changes and audits nothing.
 */
int		 student_set_field(struct db *, long id, const char *field,
		    const char *value, char **cause);
#endif
