/* SPDX-License-Identifier: MIT */
#ifndef INPUT_H
#define INPUT_H
/* A one-line text field: the search prompt and the check-in entry. */
#include <wchar.h>

#include "tui/keys.h"

#define INPUT_MAX 128

struct input {
	wchar_t	 buf[INPUT_MAX + 1];
	int	 len;
};

enum input_result {
	INPUT_NONE,		/* the key was not for the field */
	INPUT_CHANGED,		/* the text changed */
	INPUT_DONE,		/* Enter */
	INPUT_CANCEL,		/* Esc */
};

void			 input_clear(struct input *);
enum input_result	 input_key(struct input *, const struct tui_key *);
/* The text as UTF-8, allocated. */
char			*input_text(const struct input *);
/* Draws "prompt text_" at (y, x) in w columns and places the cursor. */
void			 input_draw(const struct input *, int y, int x, int w, const char *prompt);
#endif
