/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "view/progress.h"
#include "db/settings.h"
#include "util/xalloc.h"

/*
 * Each query yields (college_id, count): NULL (no college) reads as 0.  The
 * flag counts go from the flags index to the students they name, so their
 * cost follows the number of flags, not the size of the roster.
 */
static const char progress_roster_sql[] =
	"SELECT college_id, count(*) FROM students GROUP BY college_id";
/*
 * From the partial index (migration 6): its cost follows the students
 * collected, not the roster.  Named, as SQLite would rather walk the whole
 * of students_college_collected for its order.
 */
static const char progress_collected_sql[] =
	"SELECT college_id, count(*) FROM students INDEXED BY students_collected"
	" WHERE collected_at IS NOT NULL GROUP BY college_id";
static const char progress_ok_sql[] =
	"SELECT s.college_id, count(*) FROM students s WHERE s.seq <> ''"
	" AND EXISTS (SELECT 1 FROM photos p WHERE p.seq = s.seq)"
	" AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id"
	" AND f.code >= 'PHOTO_' AND f.code < 'PHOTO`' AND f.severity = 'error')"
	" GROUP BY s.college_id";
static const char progress_missing_sql[] =
	"SELECT college_id, count(*) FROM students WHERE id IN"
	" (SELECT student_id FROM flags WHERE code = 'PHOTO_MISSING') GROUP BY college_id";
static const char progress_failing_sql[] =
	"SELECT college_id, count(*) FROM students WHERE id IN"
	" (SELECT student_id FROM flags WHERE code >= 'PHOTO_' AND code < 'PHOTO`'"
	" AND code <> 'PHOTO_MISSING' AND severity = 'error') GROUP BY college_id";
static const char progress_errors_sql[] =
	"SELECT college_id, count(*) FROM students WHERE id IN"
	" (SELECT student_id FROM flags WHERE severity = 'error') GROUP BY college_id";
/*
 * The collection fee as the money report counts it (report-money.c: issued
 * invoices; payments against invoices); tui-dashboard.sh checks they agree.
 * Not report_money() itself: at 100,000 students it takes half a second.
 */
static const char progress_billed_sql[] =
	"SELECT college_id, sum(total_fen) FROM invoices WHERE state = 'issued'"
	" GROUP BY college_id";
static const char progress_paid_sql[] =
	"SELECT i.college_id, sum(p.amount_fen) FROM invoice_payments p"
	" JOIN invoices i ON i.id = p.invoice_id GROUP BY i.college_id";
static const char progress_submitted_sql[] =
	"SELECT college_id, count(*) FROM students WHERE id IN"
	" (SELECT student_id FROM submissions) GROUP BY college_id";

static struct progress_row *
progress_find(struct progress *p, int college_id)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].college_id == college_id)
			return &p->v[i];
	/* students whose college is not in the table get a row of their own */
	p->v = xreallocarray(p->v, p->n + 1, sizeof *p->v);
	memset(&p->v[p->n], 0, sizeof p->v[p->n]);
	p->v[p->n].college_id = college_id;
	p->v[p->n].college = xstrdup("");
	return &p->v[p->n++];
}

/* Runs one counting query; field is the offset of the counter it fills. */
static int
progress_count(struct db *db, struct progress *p, const char *sql, size_t field,
    size_t field2, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = db_prepare(db, sql, cause)) == NULL)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct progress_row *r = progress_find(p, sqlite3_column_int(st, 0));

		/* "no college" may come as NULL and as an id no longer in colleges */
		*(int64_t *)((char *)r + field) += sqlite3_column_int64(st, 1);
		if (field2 != 0)
			*(int64_t *)((char *)r + field2) += sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot count the progress"));
		return -1;
	}
	return 0;
}

int
progress_days_until(const char *iso, time_t now, int *ok)
{
	struct tm then, today;
	int y, m, d;
	char tail;
	time_t t0, t1;

	*ok = 0;
	if (iso == NULL || sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	localtime_r(&now, &today);
	memset(&then, 0, sizeof then);
	then.tm_year = y - 1900;
	then.tm_mon = m - 1;
	then.tm_mday = d;
	then.tm_hour = 12;
	then.tm_isdst = -1;
	today.tm_hour = 12;
	today.tm_min = today.tm_sec = 0;
	today.tm_isdst = -1;
	t0 = mktime(&today);
	t1 = mktime(&then);
	if (t0 == (time_t)-1 || t1 == (time_t)-1)
		return -1;
	*ok = 1;
	/* noon to noon, rounded: a daylight-saving change cannot shift a day */
	return (int)((t1 - t0 + (t1 >= t0 ? 43200 : -43200)) / 86400);
}

/* The counter of changes to what the counts read (migration 6). */
static int
progress_generation(struct db *db, int64_t *gen, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	if ((st = db_prepare(db, "SELECT n FROM progress_generation", cause)) == NULL)
		return -1;
	rc = sqlite3_step(st);
	*gen = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*cause = db_error(db, _("cannot count the progress"));
		return -1;
	}
	return 0;
}

/* Copies the counts that only change with the generation. */
static void
progress_keep(struct progress *p, const struct progress *old)
{
	for (size_t i = 0; i < old->n; i++) {
		const struct progress_row *o = &old->v[i];
		struct progress_row *r;

		/* a query gives a row only to a college it counts */
		if (o->roster == 0 && o->photo_ok == 0 && o->photo_missing == 0 &&
		    o->photo_failing == 0 && o->with_errors == 0 && o->submitted == 0)
			continue;
		r = progress_find(p, o->college_id);
		r->roster = o->roster;
		r->photo_ok = o->photo_ok;
		r->photo_missing = o->photo_missing;
		r->photo_failing = o->photo_failing;
		r->with_errors = o->with_errors;
		r->submitted = o->submitted;
	}
}

int
progress_load(struct db *db, time_t now, struct progress *p, char **cause)
{
	memset(p, 0, sizeof *p);
	return progress_refresh(db, now, p, cause);
}

int
progress_refresh(struct db *db, time_t now, struct progress *p, char **cause)
{
	struct progress old = *p;
	sqlite3_stmt *st;
	int64_t gen;
	int ok;

	memset(p, 0, sizeof *p);
	p->total.college = xstrdup("");
	/* read first: a change made while counting moves it for the next time */
	if (progress_generation(db, &gen, cause) != 0)
		goto fail;
	st = db_prepare(db, "SELECT id, name FROM colleges ORDER BY seq_first", cause);
	if (st == NULL)
		goto fail;
	while ((ok = db_step(db, st, _("cannot read the colleges"), cause)) == 1) {
		p->v = xreallocarray(p->v, p->n + 1, sizeof *p->v);
		memset(&p->v[p->n], 0, sizeof p->v[p->n]);
		p->v[p->n].college_id = sqlite3_column_int(st, 0);
		p->v[p->n].college = db_column_strdup(st, 1);
		p->n++;
	}
	sqlite3_finalize(st);
	if (ok < 0)
		goto fail;
	if (old.counted && old.generation == gen)
		progress_keep(p, &old);
	else if (progress_count(db, p, progress_roster_sql,
	    offsetof(struct progress_row, roster), 0, cause) != 0 ||
	    progress_count(db, p, progress_ok_sql,
	    offsetof(struct progress_row, photo_ok), 0, cause) != 0 ||
	    progress_count(db, p, progress_missing_sql,
	    offsetof(struct progress_row, photo_missing), 0, cause) != 0 ||
	    progress_count(db, p, progress_failing_sql,
	    offsetof(struct progress_row, photo_failing), 0, cause) != 0 ||
	    progress_count(db, p, progress_errors_sql,
	    offsetof(struct progress_row, with_errors), 0, cause) != 0 ||
	    progress_count(db, p, progress_submitted_sql,
	    offsetof(struct progress_row, submitted), 0, cause) != 0)
		goto fail;
	if (progress_count(db, p, progress_collected_sql,
	    offsetof(struct progress_row, collected), 0, cause) != 0 ||
	    progress_count(db, p, progress_billed_sql,
	    offsetof(struct progress_row, billed_fen), 0, cause) != 0 ||
	    progress_count(db, p, progress_paid_sql,
	    offsetof(struct progress_row, paid_fen), 0, cause) != 0)
		goto fail;
	p->generation = gen;
	p->counted = 1;
	for (size_t i = 0; i < p->n; i++) {
		p->total.billed_fen += p->v[i].billed_fen;
		p->total.paid_fen += p->v[i].paid_fen;
		p->total.roster += p->v[i].roster;
		p->total.photo_ok += p->v[i].photo_ok;
		p->total.photo_missing += p->v[i].photo_missing;
		p->total.photo_failing += p->v[i].photo_failing;
		p->total.with_errors += p->v[i].with_errors;
		p->total.submitted += p->v[i].submitted;
		p->total.collected += p->v[i].collected;
	}
	p->photo_deadline = settings_get_default(db, "photo_deadline", "");
	p->onsite_date = settings_get_default(db, "onsite_date", "");
	p->photo_days = progress_days_until(p->photo_deadline, now, &ok);
	if (!ok)
		p->photo_deadline[0] = '\0';
	p->onsite_days = progress_days_until(p->onsite_date, now, &ok);
	if (!ok)
		p->onsite_date[0] = '\0';
	progress_free(&old);
	return 0;
fail:
	progress_free(&old);
	progress_free(p);
	return -1;
}

void
progress_free(struct progress *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].college);
	free(p->v);
	free(p->total.college);
	free(p->photo_deadline);
	free(p->onsite_date);
	memset(p, 0, sizeof *p);
}
