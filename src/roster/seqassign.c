/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "season/cohort.h"
#include "season/college.h"
#include "util/i18n.h"
#include "roster/seqassign.h"
#include "roster/validate.h"
#include "util/xalloc.h"

/* Marks every well-formed seq of the season as used. */
static int
seqassign_used(struct db *db, unsigned char used[10000], char **cause)
{
	sqlite3_stmt *st;
	int r;

	memset(used, 0, 10000);
	st = db_prepare(db, "SELECT CAST(seq AS INTEGER) FROM students"
	    " WHERE seq GLOB '[0-9][0-9][0-9][0-9]'", cause);
	if (st == NULL)
		return -1;
	/* a seq missed here would be given out twice: an error stops the assignment */
	while ((r = db_step(db, st, _("cannot read the sequence numbers in use"), cause)) == 1)
		used[sqlite3_column_int(st, 0) % 10000] = 1;
	sqlite3_finalize(st);
	return r < 0 ? -1 : 0;
}

static int
seqassign_college(struct db *db, const struct college *c, int cohort, unsigned char *used,
    void (*cb)(void *, const struct seqassign_event *), void *arg,
    struct seqassign_summary *sum, char **cause)
{
	sqlite3_stmt *st = NULL, *up = NULL;
	struct seqassign_event ev;
	char seq[8];
	int next = c->seq_first, rc = -1, r;
	long need = 0;

	st = db_prepare(db, "SELECT id, student_no, name FROM students WHERE seq = ''"
	    " AND college_id = ? AND (?2 = 0 OR cohort_id = ?2)"
	    " ORDER BY cohort_id, student_no, id", cause);
	up = db_prepare(db, "UPDATE students SET seq = ?,"
	    " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?", cause);
	if (st == NULL || up == NULL)
		goto out;
	sqlite3_bind_int(st, 1, c->id);
	sqlite3_bind_int(st, 2, cohort);
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		while (next <= c->seq_last && used[next])
			next++;
		if (next > c->seq_last) {
			need++;
			continue;
		}
		used[next] = 1;
		snprintf(seq, sizeof seq, "%04d", next);
		db_bind_text(up, 1, seq);
		sqlite3_bind_int64(up, 2, sqlite3_column_int64(st, 0));
		if (sqlite3_step(up) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot update a student"));
			goto out;
		}
		sqlite3_reset(up);
		ev.student_no = (const char *)sqlite3_column_text(st, 1);
		ev.name = (const char *)sqlite3_column_text(st, 2);
		ev.college = c->name;
		ev.seq = seq;
		if (db_audit(db, "assign", "student", ev.student_no, "seq", "", seq, cause) != 0)
			goto out;
		if (cb != NULL)
			cb(arg, &ev);
		sum->assigned++;
	}
	if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the students"));
		goto out;
	}
	if (need > 0) {
		*cause = xasprintf(_("%s's block %04d-%04d is full: %ld more students need a number;"
		    " nothing was assigned"), c->name, c->seq_first, c->seq_last, need);
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_finalize(up);
	return rc;
}

int
seqassign_run(struct db *db, const char *college, const char *cohort, int dry_run,
    void (*cb)(void *, const struct seqassign_event *), void *arg,
    struct seqassign_summary *sum, char **cause)
{
	struct college_list cl = { NULL, 0 };
	const struct college *only = NULL;
	unsigned char *used = xmalloc(10000);
	sqlite3_stmt *st;
	int cohort_id = 0, rc = -1, r;

	memset(sum, 0, sizeof *sum);
	if (db_begin(db, cause) != 0) {
		free(used);
		return -1;
	}
	if (college_list_load(db, &cl, cause) != 0)
		goto out;
	if (college != NULL && (only = college_list_find(&cl, college)) == NULL) {
		*cause = xasprintf(_("unknown college \"%s\""), college);
		goto out;
	}
	if (cohort != NULL) {
		if ((cohort_id = cohort_find(db, cohort, cause)) < 0)
			goto out;
		if (cohort_id == 0) {
			*cause = xasprintf(_("unknown cohort \"%s\""), cohort);
			goto out;
		}
	}
	if (seqassign_used(db, used, cause) != 0)
		goto out;
	for (size_t i = 0; i < cl.n; i++) {
		if (only != NULL && only != &cl.v[i])
			continue;
		if (seqassign_college(db, &cl.v[i], cohort_id, used, cb, arg, sum, cause) != 0)
			goto out;
	}
	if (only == NULL) {
		st = db_prepare(db, "SELECT count(*) FROM students WHERE seq = ''"
		    " AND college_id IS NULL AND (?1 = 0 OR cohort_id = ?1)", cause);
		if (st == NULL)
			goto out;
		sqlite3_bind_int(st, 1, cohort_id);
		r = db_step(db, st, _("cannot read the students"), cause);
		if (r == 1)
			sum->no_college = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
		if (r < 0)
			goto out;
	}
	if (validate_roster(db, NULL, cause) != 0)
		goto out;
	if (dry_run)
		db_rollback(db);
	else if (db_commit(db, cause) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0)
		db_rollback(db);
	college_list_free(&cl);
	free(used);
	return rc;
}
