/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tui/textlines.h"
#include "util/xalloc.h"

void
textlines_free(struct textlines *l)
{
	for (int i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
textlines_split(struct textlines *l, const char *s)
{
	textlines_free(l);
	while (*s != '\0') {
		size_t len;

		l->v = xreallocarray(l->v, (size_t)l->n + 1, sizeof *l->v);
		if (*s == '\f') {
			l->v[l->n++] = xstrdup("- - - - - - - - - - - - - - - - - - - -");
			s++;
			continue;
		}
		len = strcspn(s, "\n\f");
		l->v[l->n++] = xstrndup(s, len);
		s += len + (s[len] == '\n');
	}
}
