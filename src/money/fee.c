/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "money/fee.h"
#include "util/i18n.h"
#include "money/money.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define FEE_TIER_PREFIX "scatter-"

int
fee_list_load(struct db *db, struct fee_list *fl, char **cause)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	memset(fl, 0, sizeof *fl);
	st = db_prepare(db, "SELECT code, parent, amount_fen, name, name_en, part FROM fee_items"
	    " ORDER BY coalesce(parent, code), parent IS NOT NULL, rowid", cause);
	if (st == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct fee_item *it;

		if (fl->n == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			fl->v = xreallocarray(fl->v, cap, sizeof *fl->v);
		}
		it = &fl->v[fl->n++];
		it->code = db_column_strdup(st, 0);
		it->parent = db_column_strdup(st, 1);
		it->amount_fen = sqlite3_column_int64(st, 2);
		it->name = db_column_strdup(st, 3);
		it->name_en = db_column_strdup(st, 4);
		it->part = db_column_strdup(st, 5);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the fee schedule"));
		fee_list_free(fl);
		return -1;
	}
	return 0;
}

void
fee_list_free(struct fee_list *fl)
{
	for (size_t i = 0; i < fl->n; i++) {
		free(fl->v[i].code);
		free(fl->v[i].parent);
		free(fl->v[i].name);
		free(fl->v[i].name_en);
		free(fl->v[i].part);
	}
	free(fl->v);
	memset(fl, 0, sizeof *fl);
}

const struct fee_item *
fee_list_find(const struct fee_list *fl, const char *code)
{
	for (size_t i = 0; i < fl->n; i++)
		if (strcmp(fl->v[i].code, code) == 0)
			return &fl->v[i];
	return NULL;
}

int
fee_list_check(const struct fee_list *fl, char **cause)
{
	for (size_t i = 0; i < fl->n; i++) {
		const struct fee_item *it = &fl->v[i];
		int64_t sum = 0;
		int parts = 0;

		for (size_t j = 0; j < fl->n; j++)
			if (fl->v[j].parent != NULL && strcmp(fl->v[j].parent, it->code) == 0) {
				sum += fl->v[j].amount_fen;
				parts++;
			}
		if (parts > 0 && sum != it->amount_fen) {
			char *a = money_plain(it->amount_fen), *b = money_plain(sum);

			*cause = xasprintf(_("%s would be %s yuan but its parts add up to %s;"
			    " set the item and its parts together"), it->code, a, b);
			free(a);
			free(b);
			return -1;
		}
	}
	return 0;
}

int
fee_set(struct db *db, size_t n, const char *const *codes, const int64_t *amounts,
    char **cause)
{
	struct fee_list fl;
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (db_begin(db, cause) != 0)
		return -1;
	if (fee_list_load(db, &fl, cause) != 0) {
		db_rollback(db);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		struct fee_item *it = (struct fee_item *)fee_list_find(&fl, codes[i]);

		if (it == NULL) {
			*cause = xasprintf(_("there is no fee item \"%s\"; see caiji fees list"),
			    codes[i]);
			goto out;
		}
		it->amount_fen = amounts[i];
	}
	if (fee_list_check(&fl, cause) != 0)
		goto out;
	if ((st = db_prepare(db, "UPDATE fee_items SET amount_fen = ? WHERE code = ?"
	    " AND amount_fen <> ?", cause)) == NULL)
		goto out;
	for (size_t i = 0; i < n; i++) {
		sqlite3_stmt *old;
		char *was = NULL, *now = money_plain(amounts[i]);
		int r;

		if ((old = db_prepare(db, "SELECT amount_fen FROM fee_items WHERE code = ?",
		    cause)) == NULL) {
			free(now);
			goto out;
		}
		db_bind_text(old, 1, codes[i]);
		if (sqlite3_step(old) == SQLITE_ROW)
			was = money_plain(sqlite3_column_int64(old, 0));
		sqlite3_finalize(old);
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, amounts[i]);
		db_bind_text(st, 2, codes[i]);
		sqlite3_bind_int64(st, 3, amounts[i]);
		r = sqlite3_step(st);
		if (r != SQLITE_DONE) {
			*cause = db_error(db, _("cannot change the fee schedule"));
			free(was);
			free(now);
			goto out;
		}
		r = sqlite3_changes(db->h) == 0 ? 0 :
		    db_audit(db, "set", "fee", codes[i], "amount", was, now, cause);
		free(was);
		free(now);
		if (r != 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	fee_list_free(&fl);
	if (rc == 0)
		rc = db_commit(db, cause);
	if (rc != 0)
		db_rollback(db);
	return rc;
}

char *
fee_tier_names(struct db *db)
{
	struct strbuf sb = STRBUF_INIT;
	char *cause = NULL;
	sqlite3_stmt *st;

	st = db_prepare(db, "SELECT substr(code, ?) FROM fee_items WHERE parent IS NULL"
	    " AND code LIKE '" FEE_TIER_PREFIX "%' ORDER BY amount_fen, code", &cause);
	if (st == NULL) {
		free(cause);
		return xstrdup("");
	}
	sqlite3_bind_int(st, 1, (int)strlen(FEE_TIER_PREFIX) + 1);
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (sb.len > 0)
			strbuf_puts(&sb, ", ");
		strbuf_puts(&sb, (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return sb.len > 0 ? strbuf_detach(&sb) : xstrdup("");
}

int
fee_tier_get(struct db *db, const char *tier, struct fee_tier *t, char **cause)
{
	struct fee_list fl;
	const struct fee_item *it;
	char *code = xasprintf(FEE_TIER_PREFIX "%s", tier);
	int rc = -1;

	memset(t, 0, sizeof *t);
	if (fee_list_load(db, &fl, cause) != 0) {
		free(code);
		return -1;
	}
	if (strchr(tier, '-') != NULL || (it = fee_list_find(&fl, code)) == NULL ||
	    it->parent != NULL) {
		char *names = fee_tier_names(db);

		*cause = xasprintf(_("there is no tier \"%s\"; the tiers are %s"), tier, names);
		free(names);
		goto out;
	}
	t->code = xstrdup(it->code);
	t->name = xstrdup(it->name);
	t->amount_fen = it->amount_fen;
	for (size_t i = 0; i < fl.n; i++) {
		const struct fee_item *p = &fl.v[i];

		if (p->parent == NULL || strcmp(p->parent, it->code) != 0)
			continue;
		if (strcmp(p->part, "shoot") == 0 && t->shoot_code == NULL) {
			t->shoot_fen = p->amount_fen;
			t->shoot_code = xstrdup(p->code);
			t->shoot_name = xstrdup(p->name);
		} else if (strcmp(p->part, "mail") == 0 && t->mail_code == NULL) {
			t->mail_fen = p->amount_fen;
			t->mail_code = xstrdup(p->code);
			t->mail_name = xstrdup(p->name);
		}
	}
	if (t->shoot_code == NULL || t->mail_code == NULL ||
	    t->shoot_fen + t->mail_fen != t->amount_fen) {
		*cause = xasprintf(_("the fee schedule gives tier \"%s\" no shoot and mail"
		    " parts adding up to its price; fix it with caiji fees set"), tier);
		fee_tier_clear(t);
		goto out;
	}
	rc = 0;
out:
	fee_list_free(&fl);
	free(code);
	return rc;
}

void
fee_tier_clear(struct fee_tier *t)
{
	free(t->code);
	free(t->name);
	free(t->shoot_code);
	free(t->shoot_name);
	free(t->mail_code);
	free(t->mail_name);
	memset(t, 0, sizeof *t);
}
