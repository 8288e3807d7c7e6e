/* SPDX-License-Identifier: MIT */
/*
 * Photo profiles: "key value..." lines, '#' comments.  Every key is known in
 * advance; an unknown key, a missing required key or a value out of range is
 * an error naming the file and the line.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/profile.h"
#include "util/sha256.h"
#include "util/xalloc.h"

enum profile_kind {
	PROFILE_INT,		/* n integers */
	PROFILE_RGB,		/* 1..PROFILE_MAX_BACKGROUNDS R,G,B triples */
};

struct profile_key {
	const char		*key;
	enum profile_kind	 kind;
	int			 n;		/* integers expected */
	int			 required;
	int			 min, max;	/* range of each integer */
	size_t			 offset;
};

#define P(field)	offsetof(struct profile, field)
static const struct profile_key profile_keys[] = {
	{ "width", PROFILE_INT, 1, 1, 16, 20000, P(width) },
	{ "height", PROFILE_INT, 1, 1, 16, 20000, P(height) },
	{ "dpi", PROFILE_INT, 1, 1, 1, 10000, P(dpi) },
	{ "dpi_tolerance", PROFILE_INT, 1, 0, 0, 1000, P(dpi_tolerance) },
	{ "kb", PROFILE_INT, 1, 1, 1000, 1024, P(kb) },
	{ "min_kb", PROFILE_INT, 1, 1, 0, 100000, P(min_kb) },
	{ "size_kb", PROFILE_INT, 2, 0, 0, 100000, P(size_kb) },
	{ "max_side", PROFILE_INT, 1, 1, 16, 30000, P(max_side) },
	{ "max_kb", PROFILE_INT, 1, 1, 1, 1000000, P(max_kb) },
	{ "scale", PROFILE_INT, 1, 1, 1, 8, P(scale) },
	{ "background", PROFILE_RGB, 0, 1, 0, 255, P(background) },
	{ "bg_tolerance", PROFILE_INT, 1, 1, 0, 442, P(bg_tolerance) },
	{ "bg_noise", PROFILE_INT, 1, 1, 0, 255, P(bg_noise) },
	{ "bg_gradient", PROFILE_INT, 1, 1, 0, 442, P(bg_gradient) },
	{ "figure_distance", PROFILE_INT, 1, 1, 1, 442, P(figure_distance) },
	{ "head_top", PROFILE_INT, 2, 0, 0, 20000, P(head_top) },
	{ "side_margin", PROFILE_INT, 2, 0, 0, 20000, P(side_margin) },
	{ "face_width", PROFILE_INT, 2, 0, 0, 20000, P(face_width) },
	{ "border_contrast", PROFILE_INT, 1, 1, 1, 442, P(border_contrast) },
	{ "border_noise", PROFILE_INT, 1, 1, 0, 255, P(border_noise) },
	{ "similar", PROFILE_INT, 1, 1, 0, 100000, P(similar) },
};
#undef P
#define PROFILE_NKEYS	(sizeof profile_keys / sizeof profile_keys[0])

static int
profile_int(const char *s, int min, int max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

/* Parses one "key value..." line into p; returns the key's index or -1. */
static int
profile_line(struct profile *p, char *line, char **why)
{
	const struct profile_key *k = NULL;
	char *save = NULL, *word, *tok[PROFILE_MAX_BACKGROUNDS + 2];
	int n = 0, idx;

	if ((word = strtok_r(line, " \t", &save)) == NULL)
		return -2;
	for (idx = 0; idx < (int)PROFILE_NKEYS; idx++)
		if (strcmp(profile_keys[idx].key, word) == 0) {
			k = &profile_keys[idx];
			break;
		}
	if (k == NULL) {
		*why = xasprintf(_("unknown key \"%s\""), word);
		return -1;
	}
	while ((word = strtok_r(NULL, " \t", &save)) != NULL) {
		if (n == PROFILE_MAX_BACKGROUNDS + 1)
			break;
		tok[n++] = word;
	}
	if (k->kind == PROFILE_INT) {
		int *dst = (int *)((char *)p + k->offset);

		if (n != k->n) {
			*why = xasprintf(_("\"%s\" takes %d number(s), found %d"), k->key, k->n, n);
			return -1;
		}
		for (int i = 0; i < n; i++)
			if (profile_int(tok[i], k->min, k->max, &dst[i]) != 0) {
				*why = xasprintf(_("\"%s\": \"%s\" is not a whole number from %d to %d"),
				    k->key, tok[i], k->min, k->max);
				return -1;
			}
		if (n == 2 && dst[0] > dst[1]) {
			*why = xasprintf(_("\"%s\": the first number must not exceed the second"),
			    k->key);
			return -1;
		}
		return idx;
	}
	if (n < 1 || n > PROFILE_MAX_BACKGROUNDS) {
		*why = xasprintf(_("\"%s\" takes 1 to %d colours R,G,B"), k->key,
		    PROFILE_MAX_BACKGROUNDS);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		char *c1 = strchr(tok[i], ','), *c2 = c1 != NULL ? strchr(c1 + 1, ',') : NULL;

		if (c2 == NULL) {
			*why = xasprintf(_("\"%s\": \"%s\" is not a colour R,G,B"), k->key, tok[i]);
			return -1;
		}
		*c1 = *c2 = '\0';
		if (profile_int(tok[i], 0, 255, &p->background[i][0]) != 0 ||
		    profile_int(c1 + 1, 0, 255, &p->background[i][1]) != 0 ||
		    profile_int(c2 + 1, 0, 255, &p->background[i][2]) != 0) {
			*why = xasprintf(_("\"%s\": colour components are 0 to 255"), k->key);
			return -1;
		}
	}
	p->nbackgrounds = n;
	return idx;
}

struct profile *
profile_load_file(const char *path, char **cause)
{
	struct profile *p = xcalloc(1, sizeof *p);
	const char *base = strrchr(path, '/');
	char seen[PROFILE_NKEYS] = { 0 }, *line = NULL, *why = NULL;
	size_t size = 0;
	ssize_t len;
	int lineno = 0, idx, scale_ok;
	struct sha256_ctx digest;
	unsigned char d[SHA256_DIGEST_SIZE];
	char hex[SHA256_HEX_LEN + 1];
	FILE *f;

	p->name = xstrdup(base != NULL ? base + 1 : path);
	if ((f = fopen(path, "r")) == NULL) {
		*cause = xasprintf(_("cannot read the photo profile %s: %s"), path,
		    strerror(errno));
		goto fail;
	}
	sha256_init(&digest);
	while ((len = getline(&line, &size, f)) >= 0) {
		char *hash = strchr(line, '#');

		sha256_update(&digest, (size_t)len, (const uint8_t *)line);
		lineno++;
		if (hash != NULL)
			*hash = '\0';
		line[strcspn(line, "\r\n")] = '\0';
		if ((idx = profile_line(p, line, &why)) == -2)
			continue;
		if (idx < 0)
			goto bad;
		if (seen[idx]) {
			why = xasprintf(_("\"%s\" is given twice"), profile_keys[idx].key);
			goto bad;
		}
		seen[idx] = 1;
	}
	if (ferror(f)) {
		*cause = xasprintf(_("cannot read the photo profile %s: %s"), path,
		    strerror(errno));
		goto fail;
	}
	for (size_t i = 0; i < PROFILE_NKEYS; i++)
		if (profile_keys[i].required && !seen[i]) {
			*cause = xasprintf(_("%s: the photo profile lacks the key \"%s\""), path,
			    profile_keys[i].key);
			goto fail;
		}
	/* the parser's ranges cannot say "one of": 1012 would pass as a KB */
	if (p->kb != 1000 && p->kb != 1024) {
		*cause = xasprintf(_("%s: \"kb\" must be 1000 or 1024"), path);
		goto fail;
	}
	scale_ok = p->scale == 1 || p->scale == 2 || p->scale == 4 || p->scale == 8;
	if (!scale_ok) {
		*cause = xasprintf(_("%s: \"scale\" must be 1, 2, 4 or 8"), path);
		goto fail;
	}
	sha256_digest(&digest, SHA256_DIGEST_SIZE, d);
	sha256_to_hex(d, hex);
	snprintf(p->id, sizeof p->id, "%.20s:%.8s", p->name, hex);
	fclose(f);
	free(line);
	return p;
bad:
	*cause = xasprintf("%s:%d: %s", path, lineno, why);
	free(why);
fail:
	if (f != NULL)
		fclose(f);
	free(line);
	profile_free(&p);
	return NULL;
}

struct profile *
profile_load(const char *datadir, const char *name, char **cause)
{
	struct profile *p;
	char *path;

	if (*name == '\0' || strchr(name, '/') != NULL || name[0] == '.') {
		*cause = xasprintf(_("\"%s\" is not a photo profile name"), name);
		return NULL;
	}
	path = xasprintf("%s/profiles/%s", datadir, name);
	p = profile_load_file(path, cause);
	free(path);
	return p;
}

void
profile_free(struct profile **pp)
{
	if (*pp == NULL)
		return;
	free((*pp)->name);
	free(*pp);
	*pp = NULL;
}

long
profile_bytes(const struct profile *p, int kb)
{
	return (long)kb * p->kb;
}
