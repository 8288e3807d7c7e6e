#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "script.h"
#include "xalloc.h"

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
	ssize_t len;
	int lineno = 0;

	memset(s, 0, sizeof *s);
	if (f == NULL) {
		*cause = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) != -1) {
		const char *p = line;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (line[0] == '#')
			continue;
		while (*p != '\0') {
			const char *end = p[0] == '<' ? strchr(p + 1, '>') : NULL;
			int is_code, n;
			wint_t ch;

			if (end != NULL && end > p + 1 &&
			    keys_parse(p + 1, (size_t)(end - p - 1), &is_code, &ch) > 0) {
				script_add(s, is_code, ch, p + 1, (size_t)(end - p - 1));
				p = end + 1;
				continue;
			}
			n = keys_parse(p, (size_t)mblen(p, strlen(p)), &is_code, &ch);
			if (n <= 0) {
				*cause = xasprintf(_("%s, line %d: cannot read the key at \"%.20s\""),
				    path, lineno, p);
				free(line);
				fclose(f);
				script_free(s);
				return -1;
			}
			script_add(s, is_code, ch, p, (size_t)n);
			p += n;
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
