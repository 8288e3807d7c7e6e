/* SPDX-License-Identifier: MIT */
/* Matching photos to students and writing the photo pass's flags. */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/photo-flags.h"
#include "photo/photo-store.h"
#include "util/xalloc.h"

struct photo_flags_student {
	int64_t	id;
	char	seq[5];
	int	photos_mode;	/* the cohort sends photo files */
	int	has_photo;
};

struct photo_flags_ctx {
	struct db			*db;
	sqlite3_stmt			*insert;
	struct photo_flags_student	*st;
	size_t				 nst;
	struct photo_flags_stats	*stats;
	char				**cause;
};

static int
photo_flags_seq_cmp(const void *a, const void *b)
{
	return strcmp(((const struct photo_flags_student *)a)->seq,
	    ((const struct photo_flags_student *)b)->seq);
}

/* The students carrying seq: their first index, and how many (0 when none). */
static size_t
photo_flags_find(const struct photo_flags_ctx *c, const char *seq, size_t *first)
{
	size_t lo = 0, hi = c->nst, n = 0;

	if (*seq == '\0')
		return 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(c->st[mid].seq, seq) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (lo + n < c->nst && strcmp(c->st[lo + n].seq, seq) == 0)
		n++;
	return n;
}

static int
photo_flags_put(struct photo_flags_ctx *c, const struct photo_flags_student *s,
    const char *seq, enum flag_code code, int sev, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static int
photo_flags_put(struct photo_flags_ctx *c, const struct photo_flags_student *s,
    const char *seq, enum flag_code code, int sev, const char *fmt, ...)
{
	va_list ap;
	char *detail;
	int rc = 0;

	va_start(ap, fmt);
	detail = xvasprintf(fmt, ap);
	va_end(ap);
	if (sev < 0)
		sev = (int)flag_info(code)->severity;
	if (s != NULL)
		sqlite3_bind_int64(c->insert, 1, s->id);
	else
		sqlite3_bind_null(c->insert, 1);
	db_bind_text(c->insert, 2, seq);
	db_bind_text(c->insert, 3, flag_info(code)->name);
	db_bind_text(c->insert, 4, flag_severity_name((enum flag_severity)sev));
	db_bind_text(c->insert, 5, detail);
	if (sqlite3_step(c->insert) != SQLITE_DONE) {
		*c->cause = db_error(c->db, _("cannot write a photo flag"));
		rc = -1;
	} else if (sev == SEV_ERROR)
		c->stats->errors++;
	else
		c->stats->warnings++;
	sqlite3_reset(c->insert);
	free(detail);
	return rc;
}

static int
photo_flags_students(struct photo_flags_ctx *c)
{
	sqlite3_stmt *q;
	size_t cap = 0;
	int r;

	q = db_prepare(c->db, "SELECT s.id, s.seq, c.mode FROM students s"
	    " JOIN cohorts c ON c.id = s.cohort_id WHERE length(s.seq) = 4", c->cause);
	if (q == NULL)
		return -1;
	while ((r = sqlite3_step(q)) == SQLITE_ROW) {
		const char *mode = (const char *)sqlite3_column_text(q, 2);

		if (c->nst == cap) {
			cap = cap == 0 ? 256 : cap * 2;
			c->st = xreallocarray(c->st, cap, sizeof *c->st);
		}
		c->st[c->nst].id = sqlite3_column_int64(q, 0);
		memcpy(c->st[c->nst].seq, sqlite3_column_text(q, 1), 5);
		c->st[c->nst].photos_mode = mode != NULL && strcmp(mode, "photos") == 0;
		c->st[c->nst].has_photo = 0;
		c->nst++;
	}
	sqlite3_finalize(q);
	if (r != SQLITE_DONE) {
		*c->cause = db_error(c->db, _("cannot read the students"));
		return -1;
	}
	if (c->nst > 1)	/* qsort(NULL, 0, ...) is undefined */
		qsort(c->st, c->nst, sizeof *c->st, photo_flags_seq_cmp);
	return 0;
}

/* A file's own findings, on its students or as an orphan / a bad name. */
static int
photo_flags_file(struct photo_flags_ctx *c, const struct photo_record *rec)
{
	size_t first = 0, n = photo_flags_find(c, rec->seq, &first);

	if (n == 0) {
		if (rec->seq[0] != '\0') {
			c->stats->orphans++;
			return photo_flags_put(c, NULL, rec->seq, FLAG_PHOTO_ORPHAN, -1,
			    _("%s matches no student"), rec->path);
		}
		c->stats->bad_names++;
		for (size_t i = 0; i < rec->flags.n; i++)
			if (rec->flags.v[i].code == FLAG_PHOTO_NAME &&
			    photo_flags_put(c, NULL, "", FLAG_PHOTO_NAME,
			    (int)rec->flags.v[i].severity, "%s: %s", rec->path,
			    rec->flags.v[i].detail) != 0)
				return -1;
		return 0;
	}
	c->stats->matched++;
	for (size_t k = first; k < first + n; k++) {
		c->st[k].has_photo = 1;
		for (size_t i = 0; i < rec->flags.n; i++)
			if (photo_flags_put(c, &c->st[k], rec->seq, rec->flags.v[i].code,
			    (int)rec->flags.v[i].severity, "%s: %s", rec->name,
			    rec->flags.v[i].detail) != 0)
				return -1;
	}
	return 0;
}

/* Flags code on every student of rec, naming the other file. */
static int
photo_flags_pair(struct photo_flags_ctx *c, const struct photo_record *rec,
    const struct photo_record *other, enum flag_code code, int distance, int similar)
{
	size_t first = 0, n = photo_flags_find(c, rec->seq, &first);

	for (size_t k = first; k < first + n; k++) {
		int rc = code == FLAG_PHOTO_DUPLICATE ?
		    photo_flags_put(c, &c->st[k], rec->seq, code, -1,
		    _("%s has the same bytes as %s"), rec->name, other->path) :
		    photo_flags_put(c, &c->st[k], rec->seq, code, -1,
		    _("%s looks almost identical to %s (signature distance %d, similar at %d "
		    "or less)"), rec->name, other->path, distance, similar);

		if (rc != 0)
			return -1;
	}
	return 0;
}

static int
photo_flags_dups(struct photo_flags_ctx *c, const struct photo_records *rs, int similar)
{
	unsigned char *dup = xcalloc(rs->n ? rs->n : 1, 1), *sim = xcalloc(rs->n ? rs->n : 1, 1);
	size_t *cand = xcalloc(rs->n ? rs->n : 1, sizeof *cand), nc = 0, first;
	int rc = 0;

	/* only files that belong to a student take part */
	for (size_t i = 0; i < rs->n; i++)
		if (photo_flags_find(c, rs->v[i].seq, &first) > 0)
			cand[nc++] = i;
	for (size_t ci = 0; ci < nc && rc == 0; ci++) {
		const struct photo_record *a = &rs->v[cand[ci]];

		for (size_t cj = ci + 1; cj < nc && rc == 0; cj++) {
			const struct photo_record *b = &rs->v[cand[cj]];
			int d;

			if (a->sha256[0] != '\0' && memcmp(a->sha256, b->sha256, SHA256_HEX_LEN) == 0) {
				if (strcmp(a->seq, b->seq) == 0)
					continue;	/* 1001.jpg and 1001.JPG: one student */
				dup[cand[ci]] = dup[cand[cj]] = 1;
				rc = photo_flags_pair(c, a, b, FLAG_PHOTO_DUPLICATE, 0, similar);
				if (rc == 0)
					rc = photo_flags_pair(c, b, a, FLAG_PHOTO_DUPLICATE, 0, similar);
				continue;
			}
			if (!a->has_signature || !b->has_signature)
				continue;
			if ((d = signature_distance(&a->sig, &b->sig, similar)) > similar ||
			    strcmp(a->seq, b->seq) == 0)
				continue;
			sim[cand[ci]] = sim[cand[cj]] = 1;
			rc = photo_flags_pair(c, a, b, FLAG_PHOTO_SIMILAR, d, similar);
			if (rc == 0)
				rc = photo_flags_pair(c, b, a, FLAG_PHOTO_SIMILAR, d, similar);
		}
	}
	for (size_t i = 0; i < rs->n; i++) {
		c->stats->duplicates += dup[i];
		c->stats->similar += sim[i];
	}
	free(cand);
	free(dup);
	free(sim);
	return rc;
}

int
photo_flags_rebuild(struct db *db, int similar, struct photo_flags_stats *stats,
    char **cause)
{
	struct photo_flags_ctx c = { db, NULL, NULL, 0, stats, cause };
	struct photo_records rs = { NULL, 0 };
	int rc = -1;

	memset(stats, 0, sizeof *stats);
	if (photo_store_load(db, NULL, &rs, cause) != 0)
		return -1;
	stats->files = rs.n;
	if (photo_flags_students(&c) != 0)
		goto out;
	if (db_exec(db, "DELETE FROM flags WHERE source = 'photo'", cause) != 0)
		goto out;
	c.insert = db_prepare(db, "INSERT INTO flags(student_id, seq, code, severity, detail,"
	    " source) VALUES (?, ?, ?, ?, ?, 'photo')", cause);
	if (c.insert == NULL)
		goto out;
	for (size_t i = 0; i < rs.n; i++)
		if (photo_flags_file(&c, &rs.v[i]) != 0)
			goto out;
	if (photo_flags_dups(&c, &rs, similar) != 0)
		goto out;
	for (size_t k = 0; k < c.nst; k++) {
		if (!c.st[k].photos_mode || c.st[k].has_photo)
			continue;
		stats->missing++;
		if (photo_flags_put(&c, &c.st[k], c.st[k].seq, FLAG_PHOTO_MISSING, -1,
		    _("no file %s.jpg among the scanned photos"), c.st[k].seq) != 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(c.insert);
	free(c.st);
	photo_records_free(&rs);
	return rc;
}
