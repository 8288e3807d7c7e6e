/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "season/college.h"
#include "util/i18n.h"
#include "util/xalloc.h"

int
college_list_load(struct db *db, struct college_list *cl, char **cause)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int r;

	cl->v = NULL;
	cl->n = 0;
	st = db_prepare(db, "SELECT id, name, name_en, seq_first, seq_last"
	    " FROM colleges ORDER BY seq_first", cause);
	if (st == NULL)
		return -1;
	while ((r = db_step(db, st, _("cannot read the colleges"), cause)) == 1) {
		struct college *c;

		if (cl->n == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			cl->v = xreallocarray(cl->v, cap, sizeof *cl->v);
		}
		c = &cl->v[cl->n++];
		c->id = sqlite3_column_int(st, 0);
		c->name = db_column_strdup(st, 1);
		c->name_en = db_column_strdup(st, 2);
		c->seq_first = sqlite3_column_int(st, 3);
		c->seq_last = sqlite3_column_int(st, 4);
	}
	sqlite3_finalize(st);
	if (r < 0) {
		college_list_free(cl);
		return -1;
	}
	return 0;
}

void
college_list_free(struct college_list *cl)
{
	for (size_t i = 0; i < cl->n; i++) {
		free(cl->v[i].name);
		free(cl->v[i].name_en);
	}
	free(cl->v);
	cl->v = NULL;
	cl->n = 0;
}

const struct college *
college_list_find(const struct college_list *cl, const char *name)
{
	const struct college *found = NULL;
	size_t len = strlen(name);
	int matches = 0;

	if (len == 0)
		return NULL;
	for (size_t i = 0; i < cl->n; i++)
		if (strcmp(cl->v[i].name, name) == 0 || strcasecmp(cl->v[i].name_en, name) == 0)
			return &cl->v[i];
	for (size_t i = 0; i < cl->n; i++) {
		if (strncmp(cl->v[i].name, name, len) == 0 ||
		    strncasecmp(cl->v[i].name_en, name, len) == 0) {
			found = &cl->v[i];
			matches++;
		}
	}
	return matches == 1 ? found : NULL;
}

const struct college *
college_list_by_id(const struct college_list *cl, int id)
{
	for (size_t i = 0; i < cl->n; i++)
		if (cl->v[i].id == id)
			return &cl->v[i];
	return NULL;
}

const struct college *
college_list_by_seq(const struct college_list *cl, int seq)
{
	for (size_t i = 0; i < cl->n; i++)
		if (seq >= cl->v[i].seq_first && seq <= cl->v[i].seq_last)
			return &cl->v[i];
	return NULL;
}
