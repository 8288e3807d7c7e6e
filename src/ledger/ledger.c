/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "flag/flag.h"
#include "util/i18n.h"
#include "ledger/ledger.h"
#include "util/user.h"
#include "util/xalloc.h"

/* Submissions minus resubmissions: above zero, the student is blocked. */
static const char ledger_balance_sql[] =
	"(SELECT count(*) FROM submissions WHERE student_id = s.id) -"
	" (SELECT count(*) FROM resubmissions WHERE student_id = s.id)";

int
ledger_blocked(struct db *db, int64_t student_id, int *blocked, char **cause)
{
	char *sql = xasprintf("SELECT %s FROM students s WHERE s.id = ?", ledger_balance_sql);
	sqlite3_stmt *st = db_prepare(db, sql, cause);
	int r;

	free(sql);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, student_id);
	/*
	 * The guard against submitting a student twice fails closed: a read
	 * error, or a student who is not there, is an error, never "not blocked".
	 */
	*blocked = 1;
	if ((r = db_step(db, st, _("cannot read whether a student was submitted"), cause)) == 1)
		*blocked = sqlite3_column_int(st, 0) > 0;
	else if (r == 0)
		*cause = xasprintf(_("no student with the internal number %lld"),
		    (long long)student_id);
	sqlite3_finalize(st);
	return r == 1 ? 0 : -1;
}

int64_t
ledger_package_add(struct db *db, const char *name, int college_id, int cohort_id,
    const char *path, char **cause)
{
	sqlite3_stmt *st = db_prepare(db, "INSERT INTO packages(name, college_id, cohort_id,"
	    " path, created_by) VALUES (?, ?, ?, ?, ?)", cause);
	int rc;

	if (st == NULL)
		return -1;
	db_bind_text(st, 1, name);
	if (college_id > 0)
		sqlite3_bind_int(st, 2, college_id);
	if (cohort_id > 0)
		sqlite3_bind_int(st, 3, cohort_id);
	db_bind_text(st, 4, path);
	db_bind_text(st, 5, user_name());
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, _("cannot record the package"));
		return -1;
	}
	return sqlite3_last_insert_rowid(db->h);
}

/* Runs a prepared statement with no result rows; frees it. */
static int
ledger_step(struct db *db, sqlite3_stmt *st, const char *doing, char **cause)
{
	int rc = sqlite3_step(st);

	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		*cause = db_error(db, doing);
		return -1;
	}
	return 0;
}

int
ledger_submit(struct db *db, int64_t package_id, int64_t student_id, const char *sha256,
    char **cause)
{
	sqlite3_stmt *st;

	st = db_prepare(db, "INSERT INTO submissions(student_id, package_id, photo_sha256,"
	    " clerk) VALUES (?, ?, ?, ?)", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, student_id);
	sqlite3_bind_int64(st, 2, package_id);
	db_bind_text(st, 3, sha256 != NULL ? sha256 : "");
	db_bind_text(st, 4, user_name());
	if (ledger_step(db, st, _("cannot record the submission"), cause) != 0)
		return -1;
	st = db_prepare(db, "UPDATE resubmissions SET used_by_package = ? WHERE id ="
	    " (SELECT min(id) FROM resubmissions WHERE student_id = ?"
	    " AND used_by_package IS NULL)", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, package_id);
	sqlite3_bind_int64(st, 2, student_id);
	return ledger_step(db, st, _("cannot record the submission"), cause);
}

int
ledger_resubmit(struct db *db, const char *seq, const char *reason, char **cause)
{
	sqlite3_stmt *st;
	char *sql;
	int64_t id = 0;
	int n = 0, balance = 0, r;

	if (reason == NULL || reason[strspn(reason, " \t")] == '\0') {
		*cause = xstrdup(_("a resubmission needs a reason (--reason \"...\"), "
		    "recorded in the audit log"));
		return -1;
	}
	sql = xasprintf("SELECT s.id, %s FROM students s WHERE s.seq = ?", ledger_balance_sql);
	st = db_prepare(db, sql, cause);
	free(sql);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, seq);
	while ((r = db_step(db, st, _("cannot read whether a student was submitted"), cause)) == 1) {
		id = sqlite3_column_int64(st, 0);
		balance = sqlite3_column_int(st, 1);
		n++;
	}
	sqlite3_finalize(st);
	if (r < 0)
		return -1;
	if (n == 0) {
		*cause = xasprintf(_("no student has the sequence number %s"), seq);
		return -1;
	}
	if (n > 1) {
		*cause = xasprintf(_("%d students share the sequence number %s (SEQ_DUPLICATE); "
		    "correct the roster first"), n, seq);
		return -1;
	}
	if (balance <= 0) {
		*cause = xasprintf(_("student %s is not blocked: either never submitted, or "
		    "already allowed once more and not exported since"), seq);
		return -1;
	}
	st = db_prepare(db, "INSERT INTO resubmissions(student_id, reason, clerk)"
	    " VALUES (?, ?, ?)", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, reason);
	db_bind_text(st, 3, user_name());
	if (ledger_step(db, st, _("cannot record the resubmission"), cause) != 0)
		return -1;
	if (db_audit(db, "resubmit", "student", seq, "reason", NULL, reason, cause) != 0)
		return -1;
	st = db_prepare(db, "DELETE FROM flags WHERE source = 'export' AND student_id = ?"
	    " AND code = 'ALREADY_SUBMITTED'", cause);
	if (st == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	return ledger_step(db, st, _("cannot update the flags"), cause);
}

int
ledger_refresh_flags(struct db *db, char *(*photo_sha256)(struct db *, int64_t),
    char **cause)
{
	sqlite3_stmt *st, *ins = NULL;
	char *sql;
	int rc = -1, step;

	if (db_exec(db, "DELETE FROM flags WHERE source = 'export'"
	    " AND code = 'ALREADY_SUBMITTED'", cause) != 0)
		return -1;
	/* each blocked student with their latest submission */
	sql = xasprintf("SELECT s.id, s.seq, p.name, sub.at, sub.clerk, sub.photo_sha256"
	    " FROM students s JOIN submissions sub ON sub.id ="
	    "  (SELECT max(id) FROM submissions WHERE student_id = s.id)"
	    " JOIN packages p ON p.id = sub.package_id"
	    " WHERE %s > 0 ORDER BY s.seq", ledger_balance_sql);
	st = db_prepare(db, sql, cause);
	free(sql);
	if (st == NULL)
		return -1;
	ins = db_prepare(db, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	    " VALUES (?1, ?2, ?4, ?5, ?3, 'export')", cause);
	if (ins == NULL)
		goto out;
	/* the code and its severity are flags.def's */
	db_bind_text(ins, 4, flag_info(FLAG_ALREADY_SUBMITTED)->name);
	db_bind_text(ins, 5, flag_severity_name(flag_info(FLAG_ALREADY_SUBMITTED)->severity));
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);
		const char *sent = (const char *)sqlite3_column_text(st, 5);
		char *now = photo_sha256 != NULL ? photo_sha256(db, id) : NULL;
		char *detail, *at = xstrndup((const char *)sqlite3_column_text(st, 3), 10);

		if (now != NULL && sent != NULL && *sent != '\0' && strcmp(now, sent) != 0)
			detail = xasprintf(_("in package %s on %s by %s; the photo has changed "
			    "since it was submitted"), sqlite3_column_text(st, 2), at,
			    sqlite3_column_text(st, 4));
		else
			detail = xasprintf(_("in package %s on %s by %s"),
			    sqlite3_column_text(st, 2), at, sqlite3_column_text(st, 4));
		free(at);
		free(now);
		sqlite3_reset(ins);
		sqlite3_bind_int64(ins, 1, id);
		db_bind_text(ins, 2, (const char *)sqlite3_column_text(st, 1));
		db_bind_text(ins, 3, detail);
		free(detail);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot update the flags"));
			goto out;
		}
	}
	if (step != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the submissions"));
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(ins);
	sqlite3_finalize(st);
	return rc;
}
