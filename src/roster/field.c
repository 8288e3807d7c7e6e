/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "roster/field.h"
#include "roster/normalise.h"
#include "util/i18n.h"

static const struct {
	const char	*name;
	const char	*label;
	const char	*heading;
	const char	*headers[6];
} roster_fields[ROSTER_NFIELDS] = {
#define SF_LIST(...) { __VA_ARGS__ }
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) \
	[ROSTER_##e] = { name, label, heading, SF_LIST headers },
#include "roster/student-fields.def"
#undef STUDENT_FIELD
#undef SF_LIST
};

const char *
roster_field_name(enum roster_field f)
{
	return roster_fields[f].name;
}

const char *
roster_field_label(enum roster_field f)
{
	return _(roster_fields[f].label);
}

const char *
roster_field_heading(enum roster_field f)
{
	return _(roster_fields[f].heading);
}

const char *
roster_field_header(enum roster_field f)
{
	return roster_fields[f].headers[0];
}

int
roster_field_lookup(const char *name)
{
	for (int f = 0; f < ROSTER_NFIELDS; f++)
		if (strcmp(roster_fields[f].name, name) == 0)
			return f;
	return -1;
}

int
roster_header_field(const char *cell)
{
	char *t = normalise_text(cell);
	int found = -1;

	for (int f = 0; f < ROSTER_NFIELDS && found < 0; f++)
		for (int i = 0; roster_fields[f].headers[i] != NULL; i++)
			if (strcasecmp(t, roster_fields[f].headers[i]) == 0) {
				found = f;
				break;
			}
	free(t);
	return found;
}
