/* SPDX-License-Identifier: MIT */
#ifndef FIELD_H
#define FIELD_H
/* A student's fields, from the one table of them (student-fields.def). */

enum roster_field {
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) ROSTER_##e,
#include "roster/student-fields.def"
#undef STUDENT_FIELD
	ROSTER_NFIELDS
};

/* The field's name ("student_no"), as commands and the audit log say it. */
const char	*roster_field_name(enum roster_field);
/* The field's word in sentences and its screen heading, translated. */
const char	*roster_field_label(enum roster_field);
const char	*roster_field_heading(enum roster_field);
/* The field's standard roster header ("学号"): the first it accepts. */
const char	*roster_field_header(enum roster_field);
/* The field named name, or -1. */
int		 roster_field_lookup(const char *name);
/* The field a roster header cell names (case and surrounding space ignored), or -1. */
int		 roster_header_field(const char *cell);
#endif
