/* SPDX-License-Identifier: MIT */
#ifndef FORM_H
#define FORM_H
/*
 * A small form over the screen: labelled text fields and fields with a
 * fixed set of choices, for a new order and for an order's moves.  Tab or
 * Down goes to the next field, Up to the one before, Left and Right change a
 * choice, Enter on the last field submits, Esc gives up.
 */
#include "tui/input.h"
#include "tui/keys.h"

#define FORM_MAX 10

struct form_field {
	const char		*label;		/* translated */
	const char *const	*choices;	/* NULL-terminated values, or NULL for text */
	const char *const	*labels;	/* what to show for each choice, or NULL */
	int			 choice;
	struct input		 in;
};

struct form {
	const char		*title;		/* translated */
	struct form_field	 f[FORM_MAX];
	int			 n;
	int			 cur;
};

enum form_result {
	FORM_GOING,
	FORM_SUBMIT,
	FORM_CANCEL,
};

void			 form_init(struct form *, const char *title);
/*
 * Adds a text field (choices NULL) or a choice field (labels, translated,
 * shown for the choices when not NULL); returns its index.
 */
int			 form_add(struct form *, const char *label, const char *const *choices,
			    const char *const *labels);
enum form_result	 form_key(struct form *, const struct tui_key *);
/* A field's value: the text (allocated, "" when empty) or the choice copied. */
char			*form_value(const struct form *, int field);
/* Draws the form as a box centred in the given area. */
void			 form_draw(const struct form *, int y, int x, int h, int w);
#endif
