/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "tui/script.h"
#include "util/xalloc.h"

/* What may stand between < and > as a key name; "<" alone is typed as is. */
#define SCRIPT_NAME_CHARS \
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"

static void
script_add(struct script *s, int is_code, wint_t ch, const char *label, size_t len)
{
	struct script_key *k;

	s->v = xreallocarray(s->v, s->n + 1, sizeof *s->v);
	k = &s->v[s->n++];
	k->key.is_code = is_code;
	k->key.ch = ch;
	k->key.action = keys_action(is_code, ch);
	if (len >= sizeof k->label)
		len = sizeof k->label - 1;
	memcpy(k->label, label, len);
	k->label[len] = '\0';
}

int
script_load(const char *path, struct script *s, char **cause)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	int lineno = 0;

	memset(s, 0, sizeof *s);
	if (f == NULL) {
		*cause = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	while ((got = getline(&line, &cap, f)) != -1) {
		const char *p = line;

		lineno++;
		while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
			line[--got] = '\0';
		if (line[0] == '#')
			continue;
		while (*p != '\0') {
			const char *end = p[0] == '<' ? strchr(p + 1, '>') : NULL;
			const char *name = p;
			size_t len;
			int is_code, ok;
			wint_t ch;

			if (end != NULL && end > p + 1 &&
			    strspn(p + 1, SCRIPT_NAME_CHARS) == (size_t)(end - p - 1)) {
				/* <Name>: a key name, or a mistake to report */
				name = p + 1;
				len = (size_t)(end - p - 1);
				ok = keys_parse(name, len, &is_code, &ch) > 0;
				p = end + 1;
			} else {
				int n = mblen(p, strlen(p));

				len = n > 0 ? (size_t)n : 1;
				ok = n > 0 && keys_parse(p, len, &is_code, &ch) > 0;
				p += len;
			}
			if (!ok) {
				*cause = xasprintf(_("%s, line %d: cannot read the key at \"%.20s\""),
				    path, lineno, name);
				free(line);
				fclose(f);
				script_free(s);
				return -1;
			}
			script_add(s, is_code, ch, name, len);
		}
	}
	free(line);
	fclose(f);
	return 0;
}

void
script_free(struct script *s)
{
	free(s->v);
	memset(s, 0, sizeof *s);
}
