/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "view/detail.h"
#include "util/i18n.h"
#include "db/share.h"
#include "util/xalloc.h"

static const char detail_student_sql[] =
	"SELECT s.seq, s.student_no, s.name, s.gender, s.id_number, s.id_type,"
	" s.institution_code, s.institution_name, s.major, s.level, s.extra,"
	" IFNULL(c.name, ''), IFNULL(h.name, ''), IFNULL(h.mode, ''), s.source_file,"
	" s.source_line, s.created_at, s.updated_at, s.collected_at, s.collected_by"
	" FROM students s LEFT JOIN colleges c ON c.id = s.college_id"
	" LEFT JOIN cohorts h ON h.id = s.cohort_id WHERE s.id = ?";

/* Runs sql (one bound id) and hands each row to fn. */
static int
detail_each(struct db *db, const char *sql, int64_t id, struct detail *d,
    void (*fn)(sqlite3_stmt *, struct detail *), char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = db_prepare(db, sql, cause)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(st, d);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the student"));
		return -1;
	}
	return 0;
}

static void
detail_add_flag(sqlite3_stmt *st, struct detail *d)
{
	struct detail_flag *f;

	d->flags = xreallocarray(d->flags, d->nflags + 1, sizeof *d->flags);
	f = &d->flags[d->nflags++];
	f->code = db_column_strdup(st, 0);
	f->severity = db_column_strdup(st, 1);
	f->detail = db_column_strdup(st, 2);
	f->source = db_column_strdup(st, 3);
}

static void
detail_add_change(sqlite3_stmt *st, struct detail *d)
{
	struct detail_change *c;

	d->changes = xreallocarray(d->changes, d->nchanges + 1, sizeof *d->changes);
	c = &d->changes[d->nchanges++];
	c->field = db_column_strdup(st, 0);
	c->old_value = db_column_strdup(st, 1);
	c->new_value = db_column_strdup(st, 2);
}

static void
detail_add_submission(sqlite3_stmt *st, struct detail *d)
{
	struct detail_submission *s;

	d->submissions = xreallocarray(d->submissions, d->nsubmissions + 1,
	    sizeof *d->submissions);
	s = &d->submissions[d->nsubmissions++];
	s->package = db_column_strdup(st, 0);
	s->at = db_column_strdup(st, 1);
	s->clerk = db_column_strdup(st, 2);
}

static void
detail_read_photo(sqlite3_stmt *st, struct detail *d)
{
	struct detail_photo *p;

	if (d->photo != NULL)
		return;		/* the first by path, as the export takes it */
	p = d->photo = xcalloc(1, sizeof *d->photo);
	p->path = db_column_strdup(st, 0);
	p->size = sqlite3_column_int64(st, 1);
	p->width = sqlite3_column_int(st, 2);
	p->height = sqlite3_column_int(st, 3);
	p->dpi_x = sqlite3_column_double(st, 4);
	p->dpi_y = sqlite3_column_double(st, 5);
	p->background = xstrdup(sqlite3_column_text(st, 6) != NULL ?
	    (const char *)sqlite3_column_text(st, 6) : "");
	p->head_top = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 7);
	p->margin_left = sqlite3_column_type(st, 8) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(st, 8);
	p->margin_right = sqlite3_column_type(st, 9) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(st, 9);
	p->verdict = db_column_strdup(st, 10);
	p->profile = db_column_strdup(st, 11);
	p->checked_at = db_column_strdup(st, 12);
}

static void
detail_read_student(sqlite3_stmt *st, struct detail *d)
{
	char **f[] = { &d->seq, &d->student_no, &d->name, &d->gender, &d->id_number,
	    &d->id_type, &d->institution_code, &d->institution_name, &d->major,
	    &d->level, &d->extra, &d->college, &d->cohort, &d->cohort_mode,
	    &d->source_file };

	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		*f[i] = db_column_strdup(st, (int)i);
	d->source_line = sqlite3_column_int(st, 15);
	d->created_at = db_column_strdup(st, 16);
	d->updated_at = db_column_strdup(st, 17);
	d->collected_at = db_column_strdup(st, 18);
	d->collected_by = db_column_strdup(st, 19);
}

int
detail_load(struct db *db, int64_t id, struct detail *d, char **cause)
{
	memset(d, 0, sizeof *d);
	d->id = id;
	if (detail_each(db, detail_student_sql, id, d, detail_read_student, cause) != 0)
		return -1;
	if (d->seq == NULL) {
		*cause = xasprintf(_("student #%lld is no longer in the database"), (long long)id);
		return -1;
	}
	if (detail_each(db, "SELECT code, severity, detail, source FROM flags"
	    " WHERE student_id = ? ORDER BY severity = 'warning', code, id", id, d,
	    detail_add_flag, cause) != 0 ||
	    detail_each(db, "SELECT field, old_value, new_value FROM normalisations"
	    " WHERE student_id = ? ORDER BY id", id, d, detail_add_change, cause) != 0 ||
	    detail_each(db, "SELECT p.name, b.at, b.clerk FROM submissions b"
	    " JOIN packages p ON p.id = b.package_id WHERE b.student_id = ? ORDER BY b.id",
	    id, d, detail_add_submission, cause) != 0 ||
	    (*d->seq != '\0' && detail_each(db, "SELECT p.path, p.size, IFNULL(p.width, 0),"
	    " IFNULL(p.height, 0), IFNULL(p.dpi_x, 0), IFNULL(p.dpi_y, 0), p.background,"
	    " p.head_top, p.margin_left, p.margin_right, p.verdict, p.profile, p.checked_at"
	    " FROM photos p JOIN students s ON s.seq = p.seq WHERE s.id = ? ORDER BY p.path",
	    id, d, detail_read_photo, cause) != 0)) {
		detail_free(d);
		return -1;
	}
	return 0;
}

void
detail_free(struct detail *d)
{
	char *f[] = { d->seq, d->student_no, d->name, d->gender, d->id_number, d->id_type,
	    d->institution_code, d->institution_name, d->major, d->level, d->extra,
	    d->college, d->cohort, d->cohort_mode, d->source_file, d->created_at,
	    d->updated_at, d->collected_at, d->collected_by };

	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		free(f[i]);
	for (size_t i = 0; i < d->nflags; i++) {
		free(d->flags[i].code);
		free(d->flags[i].severity);
		free(d->flags[i].detail);
		free(d->flags[i].source);
	}
	free(d->flags);
	for (size_t i = 0; i < d->nchanges; i++) {
		free(d->changes[i].field);
		free(d->changes[i].old_value);
		free(d->changes[i].new_value);
	}
	free(d->changes);
	for (size_t i = 0; i < d->nsubmissions; i++) {
		free(d->submissions[i].package);
		free(d->submissions[i].at);
		free(d->submissions[i].clerk);
	}
	free(d->submissions);
	if (d->photo != NULL) {
		free(d->photo->path);
		free(d->photo->background);
		free(d->photo->verdict);
		free(d->photo->profile);
		free(d->photo->checked_at);
		free(d->photo);
	}
	memset(d, 0, sizeof *d);
}

char *
detail_audit_key(const struct detail *d)
{
	if (d->student_no != NULL && *d->student_no != '\0')
		return xstrdup(d->student_no);
	if (d->seq != NULL && *d->seq != '\0')
		return xstrdup(d->seq);
	return xasprintf("#%lld", (long long)d->id);
}

int
detail_reveal_id(struct db *db, const struct detail *d, char **cause)
{
	char *key = detail_audit_key(d);
	int rc = -1;

	if (share_begin(db, cause) != 0)
		goto out;
	if (db_audit(db, "reveal-id", "student", key, "id_number", NULL, NULL, cause) != 0 ||
	    db_commit(db, cause) != 0) {
		db_rollback(db);
		goto out;
	}
	rc = 0;
out:
	free(key);
	return rc;
}
