/* SPDX-License-Identifier: MIT */
/*
 * Season-wide roster validation.  Row rules in one pass over students in C,
 * the rest set-wise in SQL, all inside the caller's transaction.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "season/college.h"
#include "flag/flag.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "roster/seq.h"
#include "db/settings.h"
#include "roster/field.h"
#include "roster/validate.h"
#include "util/xalloc.h"

const char *
validate_field_label(const char *field)
{
	int f = roster_field_lookup(field);

	return f >= 0 ? roster_field_label(f) : field;
}

/* The columns of the row query, in order. */
enum { V_ID, V_SEQ, V_GENDER, V_ID_NUMBER, V_ID_TYPE, V_COLLEGE, V_COUNT };

static int
validate_insert(struct db *db, sqlite3_stmt *ins, long student, const char *seq,
    const struct flag_list *fl, char **cause)
{
	for (size_t i = 0; i < fl->n; i++) {
		sqlite3_bind_int64(ins, 1, student);
		db_bind_text(ins, 2, seq);
		db_bind_text(ins, 3, flag_info(fl->v[i].code)->name);
		db_bind_text(ins, 4, flag_severity_name(fl->v[i].severity));
		db_bind_text(ins, 5, fl->v[i].detail);
		if (sqlite3_step(ins) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot store a flag"));
			sqlite3_reset(ins);
			return -1;
		}
		sqlite3_reset(ins);
	}
	return 0;
}

/* The institution every row should carry: the settings, else the commonest pair. */
static void
validate_institution(struct db *db, char **code, char **name)
{
	sqlite3_stmt *st;
	char *cause = NULL;

	*code = settings_get(db, "institution_code");
	*name = settings_get(db, "institution_name");
	if (*code != NULL && **code == '\0') {
		free(*code);
		*code = NULL;
	}
	if (*name != NULL && **name == '\0') {
		free(*name);
		*name = NULL;
	}
	if (*code != NULL || *name != NULL)
		return;
	st = db_prepare(db, "SELECT institution_code, institution_name FROM students"
	    " WHERE institution_code <> '' AND institution_name <> ''"
	    " GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1", &cause);
	if (st == NULL) {
		free(cause);
		return;
	}
	if (sqlite3_step(st) == SQLITE_ROW) {
		*code = db_column_strdup(st, 0);
		*name = db_column_strdup(st, 1);
	}
	sqlite3_finalize(st);
}

/* INSTITUTION: rows whose code or name differ from the season's. */
static int
validate_institution_flags(struct db *db, char **cause)
{
	sqlite3_stmt *st;
	char *code, *name;
	int rc = -1;

	validate_institution(db, &code, &name);
	st = db_prepare(db, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	    " SELECT id, seq, ?4, ?5, printf(?1, institution_code,"
	    " institution_name, coalesce(?2, ''), coalesce(?3, '')), 'roster' FROM students"
	    " WHERE (?2 IS NOT NULL AND institution_code <> '' AND institution_code <> ?2)"
	    " OR (?3 IS NOT NULL AND institution_name <> '' AND institution_name <> ?3)", cause);
	if (st != NULL) {
		db_bind_text(st, 1, _("%s %s; expected %s %s"));
		db_bind_text(st, 2, code);
		db_bind_text(st, 3, name);
		db_bind_text(st, 4, flag_info(FLAG_INSTITUTION)->name);
		db_bind_text(st, 5, flag_severity_name(flag_info(FLAG_INSTITUTION)->severity));
		if (sqlite3_step(st) == SQLITE_DONE)
			rc = 0;
		else
			*cause = db_error(db, _("cannot store a flag"));
		sqlite3_finalize(st);
	}
	free(code);
	free(name);
	return rc;
}

static int
validate_rows(struct db *db, sqlite3_stmt *ins, char **cause)
{
	struct college_list cl;
	struct flag_list fl = FLAG_LIST_INIT;
	sqlite3_stmt *st;
	char today[9];
	const char *v[V_COUNT];
	time_t now = time(NULL);
	struct tm tm;
	int rc = -1, r;

	localtime_r(&now, &tm);
	strftime(today, sizeof today, "%Y%m%d", &tm);
	if (college_list_load(db, &cl, cause) != 0)
		return -1;
	st = db_prepare(db, "SELECT id, seq, gender, id_number, id_type, college_id"
	    " FROM students", cause);
	if (st == NULL)
		goto out;
	while ((r = sqlite3_step(st)) == SQLITE_ROW) {
		const struct college *c = NULL;
		const char *gender;

		for (int i = 1; i < V_COLLEGE; i++)
			v[i] = (const char *)sqlite3_column_text(st, i);
		if (sqlite3_column_type(st, V_COLLEGE) != SQLITE_NULL)
			c = college_list_by_id(&cl, sqlite3_column_int(st, V_COLLEGE));
		flag_list_clear(&fl);
		gender = v[V_GENDER];
		if (strcmp(gender, "男") != 0 && strcmp(gender, "女") != 0)
			gender = NULL;	/* GENDER_VALUE or FIELD_MISSING, set-wise */
		idcard_check(v[V_ID_TYPE], v[V_ID_NUMBER], gender, NULL, today, &fl);
		seq_check(v[V_SEQ], c, &fl);
		if (fl.n > 0 && validate_insert(db, ins, sqlite3_column_int64(st, V_ID),
		    v[V_SEQ], &fl, cause) != 0)
			goto out;
	}
	if (r != SQLITE_DONE) {
		*cause = db_error(db, _("cannot read the students"));
		goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	flag_list_clear(&fl);
	free(fl.v);
	college_list_free(&cl);
	return rc;
}

/*
 * Set-wise rules: each statement binds its translated detail format(s), and
 * its flag's code and severity from flags.def (?3, ?4), never written here.
 */
static const struct {
	enum flag_code	 code;	/* ?3, and its severity ?4 */
	const char	*sql;
	const char	*fmt;	/* ?1 */
	const char	*label;	/* ?2: a field label, or NULL */
} validate_sets[] = {
#define VALIDATE_MISSING(where, field) \
	{ FLAG_FIELD_MISSING, "INSERT INTO flags(student_id, seq, code, severity, detail, source)" \
	  " SELECT id, seq, ?3, ?4, printf(?1, ?2), 'roster'" \
	  " FROM students WHERE " where, N_("%s is empty"), field }
	VALIDATE_MISSING("seq = ''", "seq"),
	VALIDATE_MISSING("student_no = ''", "student_no"),
	VALIDATE_MISSING("name = ''", "name"),
	VALIDATE_MISSING("gender = ''", "gender"),
	VALIDATE_MISSING("id_number = ''", "id_number"),
	VALIDATE_MISSING("institution_code = ''", "institution_code"),
	VALIDATE_MISSING("institution_name = ''", "institution_name"),
	VALIDATE_MISSING("major = ''", "major"),
	VALIDATE_MISSING("level = ''", "level"),
	VALIDATE_MISSING("college_id IS NULL", "college"),
#undef VALIDATE_MISSING
	{ FLAG_GENDER_VALUE, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT id, seq, ?3, ?4, printf(?1, gender), 'roster'"
	  " FROM students WHERE gender NOT IN ('男', '女', '')",
	  N_("\"%s\" is not 男 or 女"), NULL },
	{ FLAG_SEQ_PADDED, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, n.old_value, s.seq), 'roster'"
	  " FROM normalisations n JOIN students s ON s.id = n.student_id"
	  " WHERE n.field = 'seq' AND length(n.old_value) BETWEEN 1 AND 3"
	  " AND n.old_value NOT GLOB '*[^0-9]*' AND n.new_value = s.seq GROUP BY s.id",
	  N_("\"%s\" was padded to %s"), NULL },
	{ FLAG_ID_DUPLICATE, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, (SELECT group_concat("
	  "  CASE WHEN o.student_no <> '' THEN o.student_no ELSE o.name END, ', ')"
	  "  FROM students o WHERE o.id_number = s.id_number AND o.id <> s.id)), 'roster'"
	  " FROM students s WHERE s.id_number IN (SELECT id_number FROM students"
	  "  WHERE id_number <> '' AND id_number NOT GLOB '*[.+]*'"
	  "  GROUP BY id_number HAVING count(*) > 1)",
	  N_("also the ID number of %s"), NULL },
	{ FLAG_STUDENT_NO_DUPLICATE, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, s.student_no,"
	  "  (SELECT group_concat(o.source_file || ':' || o.source_line, ', ')"
	  "  FROM students o WHERE o.cohort_id = s.cohort_id AND o.student_no = s.student_no"
	  "  AND o.id <> s.id)), 'roster'"
	  " FROM students s JOIN (SELECT cohort_id, student_no FROM students"
	  "  WHERE student_no <> '' GROUP BY 1, 2 HAVING count(*) > 1) d"
	  " ON d.cohort_id = s.cohort_id AND d.student_no = s.student_no",
	  N_("%s is also at %s"), NULL },
	{ FLAG_SEQ_DUPLICATE, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, (SELECT group_concat("
	  "  CASE WHEN o.student_no <> '' THEN o.student_no ELSE o.name END, ', ')"
	  "  FROM students o WHERE o.seq = s.seq AND o.id <> s.id)), 'roster'"
	  " FROM students s WHERE s.seq IN (SELECT seq FROM students"
	  "  WHERE seq GLOB '[0-9][0-9][0-9][0-9]' GROUP BY seq HAVING count(*) > 1)",
	  N_("also the number of %s"), NULL },
	{ FLAG_XUEXIN_MISSING, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, s.student_no), 'roster'"
	  " FROM students s WHERE EXISTS (SELECT 1 FROM reference) AND s.student_no <> ''"
	  " AND NOT EXISTS (SELECT 1 FROM reference r WHERE r.student_no = s.student_no)",
	  N_("student number %s is not in the Xuexin reference"), NULL },
	{ FLAG_XUEXIN_MISMATCH, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, ?2, s.name, r.name), 'roster'"
	  " FROM students s JOIN reference r ON r.student_no = s.student_no"
	  " WHERE s.name <> r.name",
	  N_("%s: the roster has \"%s\", Xuexin has \"%s\""), "name" },
	{ FLAG_XUEXIN_MISMATCH, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, ?2, s.gender, r.gender), 'roster'"
	  " FROM students s JOIN reference r ON r.student_no = s.student_no"
	  " WHERE s.gender <> r.gender",
	  N_("%s: the roster has \"%s\", Xuexin has \"%s\""), "gender" },
	{ FLAG_XUEXIN_MISMATCH, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	  " SELECT s.id, s.seq, ?3, ?4, printf(?1, ?2, s.id_number,"
	  "  r.id_number), 'roster'"
	  " FROM students s JOIN reference r ON r.student_no = s.student_no"
	  " WHERE s.id_number <> r.id_number",
	  N_("%s: the roster has \"%s\", Xuexin has \"%s\""), "id_number" },
};

int
validate_roster(struct db *db, struct validate_summary *sum, char **cause)
{
	sqlite3_stmt *ins = NULL, *st = NULL;
	int rc = -1, r;

	if (db_exec(db, "DELETE FROM flags WHERE source = 'roster'", cause) != 0)
		return -1;
	ins = db_prepare(db, "INSERT INTO flags(student_id, seq, code, severity, detail, source)"
	    " VALUES (?, ?, ?, ?, ?, 'roster')", cause);
	if (ins == NULL || validate_rows(db, ins, cause) != 0)
		goto out;
	for (size_t i = 0; i < sizeof validate_sets / sizeof validate_sets[0]; i++) {
		if ((st = db_prepare(db, validate_sets[i].sql, cause)) == NULL)
			goto out;
		db_bind_text(st, 1, _(validate_sets[i].fmt));
		if (validate_sets[i].label != NULL)
			db_bind_text(st, 2, validate_field_label(validate_sets[i].label));
		db_bind_text(st, 3, flag_info(validate_sets[i].code)->name);
		db_bind_text(st, 4, flag_severity_name(flag_info(validate_sets[i].code)->severity));
		if (sqlite3_step(st) != SQLITE_DONE) {
			*cause = db_error(db, _("cannot store a flag"));
			goto out;
		}
		sqlite3_finalize(st);
		st = NULL;
	}
	if (validate_institution_flags(db, cause) != 0)
		goto out;
	if (sum != NULL) {
		sum->errors = sum->warnings = 0;
		st = db_prepare(db, "SELECT severity, count(*) FROM flags"
		    " WHERE source = 'roster' GROUP BY severity", cause);
		if (st == NULL)
			goto out;
		while ((r = db_step(db, st, _("cannot count the flags"), cause)) == 1) {
			if (strcmp((const char *)sqlite3_column_text(st, 0), "error") == 0)
				sum->errors = sqlite3_column_int64(st, 1);
			else
				sum->warnings = sqlite3_column_int64(st, 1);
		}
		if (r < 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(st);
	sqlite3_finalize(ins);
	return rc;
}
