/* SPDX-License-Identifier: MIT */
/* The photos table: saving, loading and pruning scan results. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/photo-store.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define PHOTO_STORE_COLUMNS \
	"id, path, dir, name, seq, size, mtime_ns, sha256, profile, verdict, width, " \
	"height, findings, signature"

const char *
photo_store_verdict_name(int verdict)
{
	return verdict == SEV_ERROR ? "error" : verdict == SEV_WARNING ? "warning" : "ok";
}

/* "CODE\tseverity\tdetail\n" per finding; tabs and newlines in a detail become spaces. */
static char *
photo_store_findings(const struct flag_list *fl)
{
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < fl->n; i++) {
		strbuf_printf(&sb, "%s\t%s\t", flag_info(fl->v[i].code)->name,
		    flag_severity_name(fl->v[i].severity));
		for (const char *p = fl->v[i].detail; *p != '\0'; p++)
			strbuf_putc(&sb, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
		strbuf_putc(&sb, '\n');
	}
	return strbuf_detach(&sb);
}

static void
photo_store_parse_findings(const char *text, struct flag_list *fl)
{
	char *copy = xstrdup(text), *line, *save = NULL;

	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save)) {
		char *t1 = strchr(line, '\t'), *t2 = t1 != NULL ? strchr(t1 + 1, '\t') : NULL;
		int code, sev;

		if (t2 == NULL)
			continue;
		*t1 = *t2 = '\0';
		if ((code = flag_lookup(line)) < 0 || (sev = flag_severity_lookup(t1 + 1)) < 0)
			continue;
		flag_list_add_sev(fl, (enum flag_code)code, (enum flag_severity)sev, "%s", t2 + 1);
	}
	free(copy);
}

int
photo_store_save(struct db *db, const char *dir, const char *profile,
    const struct photo_result *r, char **cause)
{
	static const char sql[] =
	    "INSERT OR REPLACE INTO photos(path, dir, name, seq, size, mtime_ns, sha256,"
	    " profile, width, height, components, dpi_x, dpi_y, dpi_source, background,"
	    " head_top, margin_left, margin_right, face_width, signature, verdict, findings)"
	    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
	static const char *const dpi_src[] = { "none", "JFIF", "EXIF" };
	struct flag_list extra = FLAG_LIST_INIT;
	sqlite3_stmt *st;
	char *findings, *bg = NULL;
	int rc = -1, worst = photo_result_worst(r);

	if ((st = db_prepare(db, sql, cause)) == NULL)
		return -1;
	/* a file that could not be opened is stored as unreadable, never reused */
	if (r->io_error != NULL)
		flag_list_add(&extra, FLAG_PHOTO_CORRUPT, "%s", r->io_error);
	findings = photo_store_findings(r->io_error != NULL ? &extra : &r->flags);
	db_bind_text(st, 1, r->path);
	db_bind_text(st, 2, dir);
	db_bind_text(st, 3, r->name);
	db_bind_text(st, 4, r->seq);
	sqlite3_bind_int64(st, 5, r->io_error != NULL ? -1 : r->size);
	sqlite3_bind_int64(st, 6, r->io_error != NULL ? -1 : r->mtime_ns);
	db_bind_text(st, 7, r->sha256);
	db_bind_text(st, 8, profile);
	if (r->is_jpeg) {
		sqlite3_bind_int(st, 9, r->meta.width);
		sqlite3_bind_int(st, 10, r->meta.height);
		sqlite3_bind_int(st, 11, r->meta.components);
		sqlite3_bind_double(st, 12, r->dpi_x);
		sqlite3_bind_double(st, 13, r->dpi_y);
		db_bind_text(st, 14, dpi_src[r->dpi_source]);
	}
	if (r->decoded) {
		bg = xasprintf("%d,%d,%d", r->px.bg[0], r->px.bg[1], r->px.bg[2]);
		db_bind_text(st, 15, bg);
		if (r->px.figure) {
			sqlite3_bind_int(st, 16, r->px.head_top);
			sqlite3_bind_int(st, 17, r->px.left);
			sqlite3_bind_int(st, 18, r->px.right);
			sqlite3_bind_int(st, 19, r->px.face_width);
		}
	}
	if (r->has_signature)
		sqlite3_bind_blob(st, 20, r->sig.v, SIGNATURE_LEN, SQLITE_STATIC);
	db_bind_text(st, 21, photo_store_verdict_name(worst));
	db_bind_text(st, 22, findings);
	if (sqlite3_step(st) != SQLITE_DONE)
		*cause = db_error(db, _("cannot save a photo's result"));
	else
		rc = 0;
	sqlite3_finalize(st);
	flag_list_clear(&extra);
	free(findings);
	free(bg);
	return rc;
}

static void
photo_store_row(sqlite3_stmt *st, struct photo_record *rec)
{
	const char *s;

	memset(rec, 0, sizeof *rec);
	rec->id = sqlite3_column_int64(st, 0);
	rec->path = db_column_strdup(st, 1);
	rec->dir = db_column_strdup(st, 2);
	rec->name = db_column_strdup(st, 3);
	if ((s = (const char *)sqlite3_column_text(st, 4)) != NULL && strlen(s) == 4)
		memcpy(rec->seq, s, 5);
	rec->size = sqlite3_column_int64(st, 5);
	rec->mtime_ns = sqlite3_column_int64(st, 6);
	if ((s = (const char *)sqlite3_column_text(st, 7)) != NULL && strlen(s) == SHA256_HEX_LEN)
		memcpy(rec->sha256, s, SHA256_HEX_LEN + 1);
	rec->profile = db_column_strdup(st, 8);
	s = (const char *)sqlite3_column_text(st, 9);
	rec->verdict = s == NULL || strcmp(s, "ok") == 0 ? -1 : flag_severity_lookup(s);
	rec->width = sqlite3_column_int(st, 10);
	rec->height = sqlite3_column_int(st, 11);
	if ((s = (const char *)sqlite3_column_text(st, 12)) != NULL)
		photo_store_parse_findings(s, &rec->flags);
	if (sqlite3_column_bytes(st, 13) == SIGNATURE_LEN) {
		memcpy(rec->sig.v, sqlite3_column_blob(st, 13), SIGNATURE_LEN);
		signature_prepare(&rec->sig);
		rec->has_signature = 1;
	}
}

int
photo_store_load(struct db *db, const char *dir, struct photo_records *out, char **cause)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int r;

	out->v = NULL;
	out->n = 0;
	st = db_prepare(db, dir != NULL ?
	    "SELECT " PHOTO_STORE_COLUMNS " FROM photos WHERE dir = ? ORDER BY path" :
	    "SELECT " PHOTO_STORE_COLUMNS " FROM photos ORDER BY path", cause);
	if (st == NULL)
		return -1;
	if (dir != NULL)
		db_bind_text(st, 1, dir);
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			out->v = xreallocarray(out->v, cap, sizeof *out->v);
		}
		photo_store_row(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the photo results"));
		photo_records_free(out);
		return -1;
	}
	return 0;
}

static int
photo_store_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
photo_store_prune(struct db *db, const struct photo_records *old, char *const *paths,
    size_t n, char **cause)
{
	sqlite3_stmt *st;
	int rc = 0;

	if ((st = db_prepare(db, "DELETE FROM photos WHERE id = ?", cause)) == NULL)
		return -1;
	for (size_t i = 0; i < old->n && rc == 0; i++) {
		const char *key = old->v[i].path;

		if (n > 0 && bsearch(&key, paths, n, sizeof *paths, photo_store_cmp) != NULL)
			continue;
		sqlite3_bind_int64(st, 1, old->v[i].id);
		if (sqlite3_step(st) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot delete a photo's result"));
			rc = -1;
		}
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

int
photo_store_find_by_seq(struct db *db, const char *seq, struct photo_record *out,
    char **cause)
{
	sqlite3_stmt *st;
	int r, found = 0;

	st = db_prepare(db, "SELECT " PHOTO_STORE_COLUMNS
	    " FROM photos WHERE seq = ? ORDER BY path LIMIT 1", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, seq);
	if ((r = sqlite3_step(st)) == SQLITE_ROW) {
		photo_store_row(st, out);
		found = 1;
	} else if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the photo results"));
		found = -1;
	}
	sqlite3_finalize(st);
	return found;
}

void
photo_record_clear(struct photo_record *rec)
{
	free(rec->path);
	free(rec->dir);
	free(rec->name);
	free(rec->profile);
	flag_list_clear(&rec->flags);
	memset(rec, 0, sizeof *rec);
}

void
photo_records_free(struct photo_records *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		photo_record_clear(&rs->v[i]);
	free(rs->v);
	rs->v = NULL;
	rs->n = 0;
}

static const char photo_store_chosen_sql[] =
	"SELECT p.path, p.size, p.sha256 FROM photos p JOIN students s ON s.seq = p.seq"
	" WHERE s.id = ? AND s.seq <> '' AND p.verdict <> 'error'"
	" ORDER BY p.checked_at DESC, p.id DESC LIMIT 1";

int
photo_store_chosen(struct db *db, int64_t student_id, char **path, int64_t *size,
    char **sha256, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, photo_store_chosen_sql, cause);
	int r;

	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, student_id);
	if ((r = db_step(db, st, _("cannot read the photo results"), cause)) == 1) {
		if (path != NULL)
			*path = db_column_strdup(st, 0);
		if (size != NULL)
			*size = sqlite3_column_int64(st, 1);
		if (sha256 != NULL)
			*sha256 = db_column_strdup(st, 2);
	}
	sqlite3_finalize(st);
	return r;
}

char *
photo_store_chosen_sha256(struct db *db, int64_t student_id)
{
	char *cause = NULL, *sha = NULL;

	if (photo_store_chosen(db, student_id, NULL, NULL, &sha, &cause) < 0)
		free(cause);
	return sha;
}
