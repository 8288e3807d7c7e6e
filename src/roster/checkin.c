/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "roster/checkin.h"
#include "util/i18n.h"
#include "db/share.h"
#include "util/user.h"
#include "util/xalloc.h"

static const char *const checkin_texts[] = {
	[CHECKIN_MARKED] = N_("checked in"),
	[CHECKIN_ALREADY] = N_("already checked in"),
	[CHECKIN_UNKNOWN] = N_("no student has this number"),
	[CHECKIN_NOT_ONSITE] = N_("this student's cohort sends photos; not an on-site student"),
	[CHECKIN_AMBIGUOUS] = N_("several on-site students have this number; check their ID cards"),
};

const char *
checkin_status_text(enum checkin_status s)
{
	return checkin_texts[s];
}

static char *
checkin_normalise(const char *input)
{
	const char *end;
	char *s;
	size_t len;

	while (*input != '\0' && isspace((unsigned char)*input))
		input++;
	end = input + strlen(input);
	while (end > input && isspace((unsigned char)end[-1]))
		end--;
	len = (size_t)(end - input);
	s = xstrndup(input, len);
	if (len > 0 && s[len - 1] == 'x')
		s[len - 1] = 'X';
	return s;
}

/*
 * Reads the students with the number: on-site cohorts first, so that the
 * first row is the one to mark; counts them in r->matches.
 */
static int
checkin_find(struct db *db, struct checkin_result *r, int *onsite, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	st = db_prepare(db, "SELECT s.id, s.seq, s.student_no, s.name, IFNULL(c.name, ''),"
	    " IFNULL(h.name, ''), s.collected_at, s.collected_by, IFNULL(h.mode, '') = 'onsite'"
	    " FROM students s LEFT JOIN colleges c ON c.id = s.college_id"
	    " LEFT JOIN cohorts h ON h.id = s.cohort_id WHERE s.id_number = ?"
	    " ORDER BY 9 DESC, s.id", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, r->number);
	*onsite = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int is_onsite = sqlite3_column_int(st, 8);

		r->matches++;
		*onsite += is_onsite;
		if (r->matches > 1)
			continue;
		r->student_id = sqlite3_column_int64(st, 0);
		r->seq = db_column_strdup(st, 1);
		r->student_no = db_column_strdup(st, 2);
		r->name = db_column_strdup(st, 3);
		r->college = db_column_strdup(st, 4);
		r->cohort = db_column_strdup(st, 5);
		r->at = db_column_strdup(st, 6);
		r->by = db_column_strdup(st, 7);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot look the number up"));
		return -1;
	}
	return 0;
}

static int
checkin_mark(struct db *db, struct checkin_result *r, char **cause)
{
	sqlite3_stmt *st;
	char *key;
	int rc;

	st = db_prepare(db, "UPDATE students SET collected_at ="
	    " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), collected_by = ?,"
	    " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
	    " WHERE id = ? AND collected_at IS NULL", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, user_name());
	sqlite3_bind_int64(st, 2, r->student_id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE && (st = db_prepare(db, "SELECT collected_at FROM students"
	    " WHERE id = ?", cause)) != NULL) {
		sqlite3_bind_int64(st, 1, r->student_id);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			free(r->at);
			r->at = db_column_strdup(st, 0);
			rc = SQLITE_DONE;
		}
		sqlite3_finalize(st);
	} else if (rc == SQLITE_DONE)
		return -1;
	if (rc != SQLITE_DONE || r->at == NULL) {
		*cause = db_error(db, _("cannot mark the student collected"));
		return -1;
	}
	free(r->by);
	r->by = xstrdup(user_name());
	/* the audit names a student by student number, as the roster's edits do */
	key = *r->student_no != '\0' ? xstrdup(r->student_no) : *r->seq != '\0' ?
	    xstrdup(r->seq) : xasprintf("#%lld", (long long)r->student_id);
	rc = db_audit(db, "checkin", "student", key, "collected_at", NULL, r->at, cause);
	free(key);
	return rc;
}

int
checkin_scan(struct db *db, const char *input, struct checkin_result *r, char **cause)
{
	int onsite;

	memset(r, 0, sizeof *r);
	r->number = checkin_normalise(input);
	r->status = CHECKIN_UNKNOWN;
	if (*r->number == '\0')
		return 0;
	/* look and mark in one transaction: two clerks scanning one card mark it once */
	if (share_begin(db, cause) != 0)
		goto fail;
	if (checkin_find(db, r, &onsite, cause) != 0)
		goto fail;
	if (r->matches == 0)
		r->status = CHECKIN_UNKNOWN;
	else if (onsite == 0)
		r->status = CHECKIN_NOT_ONSITE;
	else if (onsite > 1)
		r->status = CHECKIN_AMBIGUOUS;
	else if (r->at != NULL)
		r->status = CHECKIN_ALREADY;
	else {
		if (checkin_mark(db, r, cause) != 0)
			goto fail;
		r->status = CHECKIN_MARKED;
	}
	if (r->status != CHECKIN_MARKED) {
		db_rollback(db);
		return 0;
	}
	if (db_commit(db, cause) != 0)
		goto fail;
	return 0;
fail:
	db_rollback(db);
	checkin_result_free(r);
	return -1;
}

void
checkin_result_free(struct checkin_result *r)
{
	free(r->number);
	free(r->seq);
	free(r->student_no);
	free(r->name);
	free(r->college);
	free(r->cohort);
	free(r->at);
	free(r->by);
	memset(r, 0, sizeof *r);
}

int
checkin_counts(struct db *db, int64_t *onsite, int64_t *collected, char **cause)
{
	sqlite3_stmt *st;
	int rc;

	st = db_prepare(db, "SELECT count(*), count(collected_at) FROM students"
	    " WHERE cohort_id IN (SELECT id FROM cohorts WHERE mode = 'onsite')", cause);
	if (st == NULL)
		return -1;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*onsite = sqlite3_column_int64(st, 0);
		*collected = sqlite3_column_int64(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW) {
		*cause = db_error(db, _("cannot count the on-site students"));
		return -1;
	}
	return 0;
}
