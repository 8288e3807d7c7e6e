/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "season/cohort.h"
#include "season/college.h"
#include "util/i18n.h"
#include "roster/normalise.h"
#include "roster/roster.h"
#include "roster/seq.h"
#include "db/share.h"
#include "roster/student.h"
#include "roster/validate.h"
#include "util/xalloc.h"

/* The fields in roster order (student-fields.def): student_fields[f] is roster field f. */
const char *const student_fields[] = {
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) name,
#include "roster/student-fields.def"
#undef STUDENT_FIELD
	NULL
};

/*
 * One UPDATE per field, made from the table at compile time: the column
 * name never comes from the clerk.  Writing a name writes its initials.
 */
static const char *const student_update_sql[] = {
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) \
	"UPDATE students SET " column " = ?1" also ","					\
	" updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?2",
#include "roster/student-fields.def"
#undef STUDENT_FIELD
};

struct student *
student_load(struct db *db, long id, char **cause)
{
	struct student *s = NULL;
	sqlite3_stmt *st;
	int r;

	st = db_prepare(db, "SELECT s.id, s.cohort_id, coalesce(s.college_id, 0), h.code,"
	    " coalesce(c.name, ''), s.seq, s.student_no, s.name, s.gender, s.id_number,"
	    " s.id_type, s.institution_code, s.institution_name, s.major, s.level, s.extra,"
	    " s.source_file, s.source_line"
	    " FROM students s JOIN cohorts h ON h.id = s.cohort_id"
	    " LEFT JOIN colleges c ON c.id = s.college_id WHERE s.id = ?", cause);
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if ((r = sqlite3_step(st)) == SQLITE_ROW) {
		s = xcalloc(1, sizeof *s);
		s->id = (long)sqlite3_column_int64(st, 0);
		s->cohort_id = sqlite3_column_int(st, 1);
		s->college_id = sqlite3_column_int(st, 2);
		s->cohort = db_column_strdup(st, 3);
		s->college = db_column_strdup(st, 4);
		s->seq = db_column_strdup(st, 5);
		s->student_no = db_column_strdup(st, 6);
		s->name = db_column_strdup(st, 7);
		s->gender = db_column_strdup(st, 8);
		s->id_number = db_column_strdup(st, 9);
		s->id_type = db_column_strdup(st, 10);
		s->institution_code = db_column_strdup(st, 11);
		s->institution_name = db_column_strdup(st, 12);
		s->major = db_column_strdup(st, 13);
		s->level = db_column_strdup(st, 14);
		s->extra = db_column_strdup(st, 15);
		s->source_file = db_column_strdup(st, 16);
		s->source_line = sqlite3_column_int(st, 17);
	} else if (r == SQLITE_DONE)
		*cause = xasprintf(_("there is no student #%ld"), id);
	else
		*cause = db_error(db, _("cannot read the students"));
	sqlite3_finalize(st);
	return s;
}

void
student_free(struct student **sp)
{
	struct student *s = *sp;

	if (s == NULL)
		return;
	free(s->cohort);
	free(s->college);
	free(s->seq);
	free(s->student_no);
	free(s->name);
	free(s->gender);
	free(s->id_number);
	free(s->id_type);
	free(s->institution_code);
	free(s->institution_name);
	free(s->major);
	free(s->level);
	free(s->extra);
	free(s->source_file);
	free(s);
	*sp = NULL;
}

/* The only id sql (one text parameter, two with cohort) gives, or 0; *count says how many. */
static long
student_one(struct db *db, const char *sql, const char *a, const char *b, int *count)
{
	sqlite3_stmt *st;
	char *cause = NULL;
	long id = 0;

	*count = 0;
	if ((st = db_prepare(db, sql, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	db_bind_text(st, 1, a);
	db_bind_text(st, 2, b);
	while (sqlite3_step(st) == SQLITE_ROW) {
		id = (long)sqlite3_column_int64(st, 0);
		(*count)++;
	}
	sqlite3_finalize(st);
	return *count == 1 ? id : 0;
}

long
student_find_seq(struct db *db, const char *seq)
{
	int n;

	return student_one(db, "SELECT id FROM students WHERE seq = ?1 AND ?2 IS NULL",
	    seq, NULL, &n);
}

long
student_find_no(struct db *db, const char *cohort, const char *student_no)
{
	int n;

	return student_one(db, "SELECT s.id FROM students s JOIN cohorts h ON h.id = s.cohort_id"
	    " WHERE s.student_no = ?1 AND (?2 IS NULL OR h.code = ?2 OR h.name = ?2)",
	    student_no, cohort, &n);
}

long
student_find(struct db *db, const char *key, char **cause)
{
	char seq[16], *k = normalise_text(key);
	int padded, n = 0, m = 0;
	long id = 0;

	if (seq_normalise(k, seq, sizeof seq, &padded) > 0)
		id = student_one(db, "SELECT id FROM students WHERE seq = ?1 AND ?2 IS NULL",
		    seq, NULL, &n);
	if (id == 0 && n == 0)
		id = student_one(db, "SELECT id FROM students WHERE student_no = ?1"
		    " AND ?2 IS NULL", k, NULL, &m);
	if (id == 0) {
		if (n > 1 || m > 1)
			*cause = xasprintf(_("\"%s\" matches %d students; correct the duplicate"
			    " first (see caiji check)"), k, n > 1 ? n : m);
		else
			*cause = xasprintf(_("no student has the shoot sequence number or student"
			    " number \"%s\""), k);
	}
	free(k);
	return id;
}

static const char *
student_old(const struct student *s, int f)
{
	const char *v[] = {
		s->seq, s->student_no, s->name, s->gender, s->id_number, s->id_type,
		s->institution_code, s->institution_name, s->major, s->level, s->college,
		s->cohort
	};

	return v[f];
}

struct student_norms {
	char	*old_value[2];
	char	*new_value[2];
	int	 n;
};

static void
student_norm(void *arg, const char *old_value, const char *new_value)
{
	struct student_norms *sn = arg;

	if (sn->n < 2) {
		sn->old_value[sn->n] = xstrdup(old_value);
		sn->new_value[sn->n] = xstrdup(new_value);
		sn->n++;
	}
}

/* Checks the normalised value; binds what is stored (text or an id) to st. */
static int
student_value(struct db *db, int f, const char *v, sqlite3_stmt *st, char **cause)
{
	struct college_list cl;
	const struct college *c;
	char seq[16];
	int padded, id;

	switch ((enum roster_field)f) {
	case ROSTER_SEQ:
		if (*v != '\0' && seq_normalise(v, seq, sizeof seq, &padded) < 0) {
			*cause = xasprintf(_("\"%s\" is not a shoot sequence number (1-4 digits)"), v);
			return -1;
		}
		break;
	case ROSTER_GENDER:
		if (normalise_gender(v) == NULL) {
			*cause = xasprintf(_("\"%s\" is not a gender; write 男 or 女"), v);
			return -1;
		}
		break;
	case ROSTER_COLLEGE:
		if (college_list_load(db, &cl, cause) != 0)
			return -1;
		c = college_list_find(&cl, v);
		if (c != NULL)
			sqlite3_bind_int(st, 1, c->id);
		college_list_free(&cl);
		if (c == NULL) {
			*cause = xasprintf(_("unknown college \"%s\""), v);
			return -1;
		}
		return 0;
	case ROSTER_COHORT:
		if ((id = cohort_find(db, v, cause)) < 0)
			return -1;
		if (id == 0) {
			*cause = xasprintf(_("unknown cohort \"%s\""), v);
			return -1;
		}
		sqlite3_bind_int(st, 1, id);
		return 0;
	default:
		break;
	}
	if (*v == '\0' && (enum roster_field)f != ROSTER_SEQ) {
		*cause = xasprintf(_("%s cannot be emptied"), validate_field_label(student_fields[f]));
		return -1;
	}
	db_bind_text(st, 1, v);
	return 0;
}

/* The stored form of a college or cohort value, for comparing and auditing. */
static char *
student_display(struct db *db, int f, const char *v)
{
	struct college_list cl;
	const struct college *c;
	char *cause = NULL, *out = NULL;
	sqlite3_stmt *st;

	if ((enum roster_field)f == ROSTER_COLLEGE) {
		if (college_list_load(db, &cl, &cause) == 0) {
			if ((c = college_list_find(&cl, v)) != NULL)
				out = xstrdup(c->name);
			college_list_free(&cl);
		}
	} else if ((enum roster_field)f == ROSTER_COHORT) {
		st = db_prepare(db, "SELECT code FROM cohorts WHERE code = ?1 COLLATE NOCASE"
		    " OR name = ?1", &cause);
		if (st != NULL) {
			db_bind_text(st, 1, v);
			if (sqlite3_step(st) == SQLITE_ROW)
				out = db_column_strdup(st, 0);
			sqlite3_finalize(st);
		}
	}
	free(cause);
	return out != NULL ? out : xstrdup(v);
}

int
student_set_field(struct db *db, long id, const char *field, const char *value, char **cause)
{
	struct student *s = NULL;
	struct student_norms sn;
	sqlite3_stmt *st = NULL;
	char *v = NULL, *shown = NULL;
	int f, rc = -1;

	memset(&sn, 0, sizeof sn);
	for (f = 0; student_fields[f] != NULL; f++)
		if (strcmp(student_fields[f], field) == 0)
			break;
	if (student_fields[f] == NULL) {
		*cause = xasprintf(_("unknown field \"%s\"; the fields are seq, student_no, name,"
		    " gender, id_number, id_type, institution_code, institution_name, major,"
		    " level, college, cohort"), field);
		return -1;
	}
	if (share_begin(db, cause) != 0)
		return -1;
	if ((s = student_load(db, id, cause)) == NULL)
		goto out;
	v = roster_normalise((enum roster_field)f, value, student_norm, &sn);
	shown = student_display(db, f, v);
	if (strcmp(shown, student_old(s, f)) == 0) {
		rc = 0;
		goto out;
	}
	if ((st = db_prepare(db, student_update_sql[f], cause)) == NULL)
		goto out;
	if (student_value(db, f, v, st, cause) != 0)
		goto out;
	sqlite3_bind_int64(st, 2, id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = db_error(db, _("cannot update a student"));
		goto out;
	}
	sqlite3_finalize(st);
	st = db_prepare(db, "DELETE FROM normalisations WHERE student_id = ? AND field = ?", cause);
	if (st == NULL)
		goto out;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, field);
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = db_error(db, _("cannot record a normalisation"));
		goto out;
	}
	sqlite3_finalize(st);
	st = db_prepare(db, "INSERT INTO normalisations(student_id, field, old_value, new_value)"
	    " VALUES (?, ?, ?, ?)", cause);
	if (st == NULL)
		goto out;
	for (int i = 0; i < sn.n; i++) {
		sqlite3_bind_int64(st, 1, id);
		db_bind_text(st, 2, field);
		db_bind_text(st, 3, sn.old_value[i]);
		db_bind_text(st, 4, sn.new_value[i]);
		if (sqlite3_step(st) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot record a normalisation"));
			goto out;
		}
		sqlite3_reset(st);
	}
	if (db_audit(db, "update", "student", s->student_no, field, student_old(s, f), shown,
	    cause) != 0)
		goto out;
	if (validate_roster(db, NULL, cause) != 0 || db_commit(db, cause) != 0)
		goto out;
	rc = 0;
out:
	if (rc != 0 || !sqlite3_get_autocommit(db->h))
		db_rollback(db);
	sqlite3_finalize(st);
	for (int i = 0; i < sn.n; i++) {
		free(sn.old_value[i]);
		free(sn.new_value[i]);
	}
	free(v);
	free(shown);
	student_free(&s);
	return rc;
}
