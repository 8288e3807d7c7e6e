/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "tui/draw.h"
#include "tui/input.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/xalloc.h"

void
input_clear(struct input *in)
{
	in->len = 0;
	in->buf[0] = L'\0';
}

enum input_result
input_key(struct input *in, const struct tui_key *k)
{
	if (k->action == KA_ERASE) {
		if (in->len > 0)
			in->buf[--in->len] = L'\0';
		return INPUT_CHANGED;
	}
	if (k->action == KA_KILL_LINE) {
		input_clear(in);
		return INPUT_CHANGED;
	}
	if (!k->is_code && (k->ch == L'\n' || k->ch == L'\r'))
		return INPUT_DONE;
	if (k->is_code && k->ch == KEY_ENTER)
		return INPUT_DONE;
	if (!k->is_code && k->ch == 27)
		return INPUT_CANCEL;
	if (k->is_code || !iswprint((wint_t)k->ch))
		return INPUT_NONE;
	if (in->len < INPUT_MAX) {
		in->buf[in->len++] = (wchar_t)k->ch;
		in->buf[in->len] = L'\0';
	}
	return INPUT_CHANGED;
}

char *
input_text(const struct input *in)
{
	size_t n = wcstombs(NULL, in->buf, 0);
	char *s;

	if (n == (size_t)-1)
		return xstrdup("");
	s = xmalloc(n + 1);
	wcstombs(s, in->buf, n + 1);
	return s;
}

void
input_draw(const struct input *in, int y, int x, int w, const char *prompt)
{
	char *text = input_text(in);
	char *line = xasprintf("%s%s", prompt, text);
	int used, tw = text_width(line);

	/* keep the end of a long entry in view */
	if (tw >= w && w > 1) {
		const char *p = line;

		while (*p != '\0' && text_width(p) >= w)
			p++;
		while ((*p & 0xc0) == 0x80)
			p++;
		used = draw_text(y, x, w, p, DR_NORMAL, 0);
	} else
		used = draw_text(y, x, w, line, DR_NORMAL, 0);
	move(y, x + (used < w ? used : w - 1));
	free(text);
	free(line);
}
