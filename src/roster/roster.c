/* SPDX-License-Identifier: MIT */
/*
 * Roster import: header mapping, normalisation, matching by cohort + student
 * number, audited changes, absent students, one transaction for all files.
 * Statements are prepared once per import and reused for every row.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "season/cohort.h"
#include "season/college.h"
#include "util/i18n.h"
#include "roster/normalise.h"
#include "util/out.h"
#include "roster/roster.h"
#include "roster/seq.h"
#include "db/settings.h"
#include "util/strbuf.h"
#include "util/user.h"
#include "roster/validate.h"
#include "util/xalloc.h"

/* The header must be among the first rows; titles and merged rows come above. */
#define ROSTER_HEADER_ROWS 10

#define ROSTER_DEFAULT_ID_TYPE "居民身份证"


char *
roster_normalise(enum roster_field f, const char *value,
    void (*cb)(void *, const char *, const char *), void *arg)
{
	char *v = normalise_text(value), *out;
	char seq[16];
	const char *g;
	int padded;

	if (f == ROSTER_ID_NUMBER)
		normalise_id(v);
	else if (f == ROSTER_GENDER && (g = normalise_gender(v)) != NULL) {
		free(v);
		v = xstrdup(g);
	}
	if (cb != NULL && strcmp(v, value) != 0)
		cb(arg, value, v);
	if (f == ROSTER_SEQ && seq_normalise(v, seq, sizeof seq, &padded) > 0 && padded) {
		out = xstrdup(seq);
		if (cb != NULL)
			cb(arg, v, out);
		free(v);
		v = out;
	}
	return v;
}

/* One normalisation made in the current row. */
struct roster_norm {
	const char	*field;
	char		*old_value;
	char		*new_value;
};

struct roster_import {
	struct db			*db;
	const struct roster_options	*opt;
	roster_event_cb			 cb;
	void				*arg;
	struct roster_summary		*sum;
	struct college_list		 colleges;
	int				 opt_cohort;
	char				*last_cohort;	/* the last cohort cell looked up */
	int				 last_cohort_id;
	const struct college		*opt_college;
	char				*inst_code, *inst_name;	/* settings */
	char				 now[32];	/* the import's one timestamp */
	sqlite3_int64			 max_before;	/* students added earlier */
	sqlite3_int64			 next_id;	/* the id the next added student gets */
	unsigned char			*seen;		/* bitset over ids <= max_before */
	struct { int cohort, college; }	*pairs;	/* touched cohort/college pairs */
	size_t				 npairs;

	/* the file being read */
	const char			*path;
	int				 header_line;
	int				 before_header;
	int				 col[ROSTER_NFIELDS];
	char				**headers;
	size_t				 nheaders;
	long				 rows;

	/* the row being imported */
	struct roster_norm		*norms;
	size_t				 nnorms, normcap;
	const char			*norm_field;
	struct strbuf			 extra;

	sqlite3_stmt			*find, *insert, *update, *norm_del, *norm_ins,
					*stage_norm, *absent;
};

static void
roster_event(struct roster_import *ri, enum roster_event_kind kind, int line,
    const char *student_no, const char *name, const char *field, const char *old_value,
    const char *new_value)
{
	struct roster_event ev;

	if (ri->cb == NULL)
		return;
	memset(&ev, 0, sizeof ev);
	ev.kind = kind;
	ev.file = kind == ROSTER_ABSENT ? NULL : ri->path;
	ev.line = line;
	ev.student_no = student_no;
	ev.name = name;
	ev.field = field;
	ev.old_value = old_value;
	ev.new_value = new_value;
	ri->cb(ri->arg, &ev);
}

static void
roster_norm_record(void *arg, const char *old_value, const char *new_value)
{
	struct roster_import *ri = arg;
	struct roster_norm *n;

	if (ri->nnorms == ri->normcap) {
		ri->normcap = ri->normcap == 0 ? 8 : ri->normcap * 2;
		ri->norms = xreallocarray(ri->norms, ri->normcap, sizeof *ri->norms);
	}
	n = &ri->norms[ri->nnorms++];
	n->field = ri->norm_field;
	n->old_value = xstrdup(old_value);
	n->new_value = xstrdup(new_value);
}

static void
roster_norm_clear(struct roster_import *ri)
{
	for (size_t i = 0; i < ri->nnorms; i++) {
		free(ri->norms[i].old_value);
		free(ri->norms[i].new_value);
	}
	ri->nnorms = 0;
}

static void
roster_headers_free(struct roster_import *ri)
{
	for (size_t i = 0; i < ri->nheaders; i++)
		free(ri->headers[i]);
	free(ri->headers);
	ri->headers = NULL;
	ri->nheaders = 0;
}

/*
 * Is row the header?  It is when it names at least two known columns, one of
 * them the student number, the name or the ID number.
 */
static int
roster_is_header(const struct csvread_row *row)
{
	int known = 0, key = 0, f;

	for (size_t i = 0; i < row->n; i++) {
		if ((f = roster_header_field(row->v[i])) < 0)
			continue;
		known++;
		if (f == ROSTER_STUDENT_NO || f == ROSTER_NAME || f == ROSTER_ID_NUMBER)
			key = 1;
	}
	return known >= 2 && key;
}

/*
 * Maps the header's columns.  required lists the fields the file must have
 * (terminated by -1).
 */
static int
roster_map_header(struct roster_import *ri, const struct csvread_row *row,
    const int *required, char **cause)
{
	int f;

	for (f = 0; f < ROSTER_NFIELDS; f++)
		ri->col[f] = -1;
	roster_headers_free(ri);
	ri->headers = xcalloc(row->n, sizeof *ri->headers);
	ri->nheaders = row->n;
	for (size_t i = 0; i < row->n; i++) {
		ri->headers[i] = normalise_text(row->v[i]);
		if ((f = roster_header_field(row->v[i])) < 0)
			continue;
		if (ri->col[f] >= 0) {
			*cause = xasprintf(_("%s:%d: columns %d and %zu are both \"%s\" (%s);"
			    " keep one of them"), row->path, row->line, ri->col[f] + 1, i + 1,
			    ri->headers[i], roster_field_name(f));
			return -1;
		}
		ri->col[f] = (int)i;
	}
	for (int i = 0; required[i] >= 0; i++) {
		f = required[i];
		if (ri->col[f] >= 0)
			continue;
		if (f == ROSTER_COLLEGE)
			*cause = xasprintf(_("%s:%d: the header has no college column (学院);"
			    " add one or give --college"), row->path, row->line);
		else if (f == ROSTER_COHORT)
			*cause = xasprintf(_("%s:%d: the header has no cohort column (批次);"
			    " add one or give --cohort"), row->path, row->line);
		else
			*cause = xasprintf(_("%s:%d: the header has no %s column (%s);"
			    " it is required"), row->path, row->line, roster_field_name(f),
			    roster_field_header(f));
		return -1;
	}
	ri->header_line = row->line;
	return 0;
}

/* Finds the header among the first rows; returns 1 once found, 0 before, -1 on error. */
static int
roster_seek_header(struct roster_import *ri, const struct csvread_row *row,
    const int *required, char **cause)
{
	if (roster_is_header(row)) {
		if (roster_map_header(ri, row, required, cause) != 0)
			return -1;
		return 1;
	}
	if (++ri->before_header >= ROSTER_HEADER_ROWS) {
		*cause = xasprintf(_("%s: no header row in the first %d rows; expected column"
		    " names such as 学号, 姓名, 性别, 身份证号 (see caiji-roster(5))"),
		    row->path, ROSTER_HEADER_ROWS);
		return -1;
	}
	return 0;
}

static const char *
roster_cell(const struct roster_import *ri, const struct csvread_row *row, enum roster_field f)
{
	int c = ri->col[f];

	return c >= 0 && (size_t)c < row->n ? row->v[c] : NULL;
}

static void
roster_touch(struct roster_import *ri, int cohort, int college)
{
	for (size_t i = 0; i < ri->npairs; i++)
		if (ri->pairs[i].cohort == cohort && ri->pairs[i].college == college)
			return;
	ri->pairs = xreallocarray(ri->pairs, ri->npairs + 1, sizeof *ri->pairs);
	ri->pairs[ri->npairs].cohort = cohort;
	ri->pairs[ri->npairs].college = college;
	ri->npairs++;
}

static int
roster_seen(const struct roster_import *ri, sqlite3_int64 id)
{
	return id <= ri->max_before && (ri->seen[id / 8] & (1u << (id % 8))) != 0;
}

static void
roster_mark(struct roster_import *ri, sqlite3_int64 id)
{
	if (id <= ri->max_before)
		ri->seen[id / 8] |= (unsigned char)(1u << (id % 8));
}

/* Resolves the row's college and cohort; 0, or -1 with a cause naming the cell. */
static int
roster_place(struct roster_import *ri, const struct csvread_row *row, char **val,
    const struct college **college, int *cohort, char **cause)
{
	char *codes;

	*college = ri->opt_college;
	if (val[ROSTER_COLLEGE] != NULL && *val[ROSTER_COLLEGE] != '\0') {
		*college = college_list_find(&ri->colleges, val[ROSTER_COLLEGE]);
		if (*college == NULL) {
			struct strbuf sb = STRBUF_INIT;

			for (size_t i = 0; i < ri->colleges.n; i++)
				strbuf_printf(&sb, "%s%s", i > 0 ? ", " : "", ri->colleges.v[i].name);
			*cause = xasprintf(_("%s:%d: column %d (%s): unknown college \"%s\";"
			    " the colleges are %s"), row->path, row->line,
			    ri->col[ROSTER_COLLEGE] + 1, ri->headers[ri->col[ROSTER_COLLEGE]],
			    val[ROSTER_COLLEGE], strbuf_str(&sb));
			strbuf_free(&sb);
			return -1;
		}
	}
	*cohort = ri->opt_cohort;
	if (val[ROSTER_COHORT] != NULL && *val[ROSTER_COHORT] != '\0') {
		/* rows of one file nearly always name one cohort: remember the last */
		if (ri->last_cohort != NULL && strcmp(ri->last_cohort, val[ROSTER_COHORT]) == 0)
			*cohort = ri->last_cohort_id;
		else if ((*cohort = cohort_find(ri->db, val[ROSTER_COHORT], cause)) < 0)
			return -1;
		else if (*cohort > 0) {
			free(ri->last_cohort);
			ri->last_cohort = xstrdup(val[ROSTER_COHORT]);
			ri->last_cohort_id = *cohort;
		}
		if (*cohort == 0) {
			codes = cohort_codes(ri->db);
			*cause = xasprintf(_("%s:%d: column %d (%s): unknown cohort \"%s\";"
			    " the cohorts are %s"), row->path, row->line,
			    ri->col[ROSTER_COHORT] + 1, ri->headers[ri->col[ROSTER_COHORT]],
			    val[ROSTER_COHORT], codes);
			free(codes);
			return -1;
		}
	}
	if (*cohort == 0) {
		*cause = xasprintf(_("%s:%d: the cohort is empty; fill in the cohort column"
		    " or give --cohort"), row->path, row->line);
		return -1;
	}
	return 0;
}

/* The unknown columns of a row as a JSON object, into ri->extra. */
static void
roster_extra(struct roster_import *ri, const struct csvread_row *row)
{
	int first = 1;

	strbuf_reset(&ri->extra);
	strbuf_putc(&ri->extra, '{');
	for (size_t i = 0; i < row->n; i++) {
		char *v, key[32];
		int mapped = 0;

		for (int f = 0; f < ROSTER_NFIELDS; f++)
			mapped |= ri->col[f] == (int)i;
		if (mapped)
			continue;
		v = normalise_text(row->v[i]);
		if (*v != '\0') {
			if (!first)
				strbuf_putc(&ri->extra, ',');
			first = 0;
			if (i < ri->nheaders && *ri->headers[i] != '\0')
				out_json_string(&ri->extra, ri->headers[i]);
			else {
				snprintf(key, sizeof key, "column %zu", i + 1);
				out_json_string(&ri->extra, key);
			}
			strbuf_putc(&ri->extra, ':');
			out_json_string(&ri->extra, v);
		}
		free(v);
	}
	strbuf_putc(&ri->extra, '}');
}

static int
roster_step(struct roster_import *ri, sqlite3_stmt *st, const char *doing, char **cause)
{
	int r = sqlite3_step(st);

	if (r != SQLITE_DONE && r != SQLITE_ROW) {
		char *why = db_error(ri->db, doing);

		*cause = xasprintf("%s: %s", ri->path, why);
		free(why);
		sqlite3_reset(st);
		return -1;
	}
	return 0;
}

static int
roster_store_norms(struct roster_import *ri, sqlite3_stmt *st, sqlite3_int64 id,
    char **cause)
{
	for (size_t i = 0; i < ri->nnorms; i++) {
		sqlite3_bind_int64(st, 1, id);
		db_bind_text(st, 2, ri->norms[i].field);
		db_bind_text(st, 3, ri->norms[i].old_value);
		db_bind_text(st, 4, ri->norms[i].new_value);
		if (roster_step(ri, st, _("cannot record a normalisation"), cause) != 0)
			return -1;
		sqlite3_reset(st);
	}
	ri->sum->normalised += (long)ri->nnorms;
	return 0;
}

/* The stored fields compared on re-import, in the order of the find query. */
static const enum roster_field roster_compared[] = {
	ROSTER_SEQ, ROSTER_NAME, ROSTER_GENDER, ROSTER_ID_NUMBER, ROSTER_ID_TYPE,
	ROSTER_INST_CODE, ROSTER_INST_NAME, ROSTER_MAJOR, ROSTER_LEVEL
};
#define ROSTER_NCOMPARED (sizeof roster_compared / sizeof roster_compared[0])

/* Updates the matched student (the find statement's current row). */
static int
roster_update(struct roster_import *ri, const struct csvread_row *row, char **val,
    const struct college *college, sqlite3_int64 id, char **cause)
{
	sqlite3_stmt *f = ri->find;
	const char *old, *student_no = val[ROSTER_STUDENT_NO];
	int changed = 0, old_college;
	const struct college *oc;

	for (size_t i = 0; i < ROSTER_NCOMPARED; i++) {
		enum roster_field fld = roster_compared[i];

		old = (const char *)sqlite3_column_text(f, 1 + (int)i);
		if (strcmp(old, val[fld]) == 0)
			continue;
		changed = 1;
		roster_event(ri, ROSTER_CHANGED, row->line, student_no, val[ROSTER_NAME],
		    roster_field_name(fld), old, val[fld]);
		if (db_audit(ri->db, "update", "student", student_no, roster_field_name(fld),
		    old, val[fld], cause) != 0)
			return -1;
	}
	old_college = sqlite3_column_type(f, 10) == SQLITE_NULL ? 0 : sqlite3_column_int(f, 10);
	if (old_college != (college != NULL ? college->id : 0)) {
		oc = college_list_by_id(&ri->colleges, old_college);
		changed = 1;
		roster_event(ri, ROSTER_CHANGED, row->line, student_no, val[ROSTER_NAME], "college",
		    oc != NULL ? oc->name : "", college != NULL ? college->name : "");
		if (db_audit(ri->db, "update", "student", student_no, "college",
		    oc != NULL ? oc->name : "", college != NULL ? college->name : "", cause) != 0)
			return -1;
	}
	old = (const char *)sqlite3_column_text(f, 11);
	if (strcmp(old, strbuf_str(&ri->extra)) != 0) {
		changed = 1;
		roster_event(ri, ROSTER_CHANGED, row->line, student_no, val[ROSTER_NAME], "extra",
		    old, strbuf_str(&ri->extra));
		if (db_audit(ri->db, "update", "student", student_no, "extra", old,
		    strbuf_str(&ri->extra), cause) != 0)
			return -1;
	}
	if (changed)
		ri->sum->changed++;
	else {
		ri->sum->unchanged++;
		roster_event(ri, ROSTER_UNCHANGED, row->line, student_no, val[ROSTER_NAME],
		    NULL, NULL, NULL);
	}

	for (size_t i = 0; i < ROSTER_NCOMPARED; i++)
		db_bind_text(ri->update, 1 + (int)i, val[roster_compared[i]]);
	if (college != NULL)
		sqlite3_bind_int(ri->update, 10, college->id);
	else
		sqlite3_bind_null(ri->update, 10);
	db_bind_text(ri->update, 11, strbuf_str(&ri->extra));
	db_bind_text(ri->update, 12, ri->path);
	sqlite3_bind_int(ri->update, 13, row->line);
	sqlite3_bind_int(ri->update, 14, changed);
	sqlite3_bind_int64(ri->update, 15, id);
	db_bind_text(ri->update, 16, ri->now);
	if (roster_step(ri, ri->update, _("cannot update a student"), cause) != 0)
		return -1;
	sqlite3_reset(ri->update);
	sqlite3_bind_int64(ri->norm_del, 1, id);
	if (roster_step(ri, ri->norm_del, _("cannot record a normalisation"), cause) != 0)
		return -1;
	sqlite3_reset(ri->norm_del);
	return roster_store_norms(ri, ri->norm_ins, id, cause);
}

static int
roster_insert(struct roster_import *ri, const struct csvread_row *row, char **val,
    const struct college *college, int cohort, char **cause)
{
	sqlite3_stmt *st = ri->insert;
	sqlite3_int64 id;

	sqlite3_bind_int(st, 1, cohort);
	if (college != NULL)
		sqlite3_bind_int(st, 2, college->id);
	else
		sqlite3_bind_null(st, 2);
	db_bind_text(st, 3, val[ROSTER_STUDENT_NO]);
	for (size_t i = 0; i < ROSTER_NCOMPARED; i++)
		db_bind_text(st, 4 + (int)i, val[roster_compared[i]]);
	db_bind_text(st, 13, strbuf_str(&ri->extra));
	db_bind_text(st, 14, ri->path);
	sqlite3_bind_int(st, 15, row->line);
	db_bind_text(st, 16, ri->now);
	id = ri->next_id++;
	sqlite3_bind_int64(st, 17, id);
	if (roster_step(ri, st, _("cannot add a student"), cause) != 0)
		return -1;
	sqlite3_reset(st);
	/* the audit of additions is written set-wise by roster_audit_added */
	ri->sum->added++;
	roster_event(ri, ROSTER_ADDED, row->line, val[ROSTER_STUDENT_NO], val[ROSTER_NAME],
	    NULL, NULL, NULL);
	return roster_store_norms(ri, ri->stage_norm, id, cause);
}

static int
roster_row(void *arg, const struct csvread_row *row, char **cause)
{
	static const int required[] = {
		ROSTER_STUDENT_NO, ROSTER_NAME, ROSTER_GENDER, ROSTER_ID_NUMBER, -1, -1, -1
	};
	struct roster_import *ri = arg;
	char *val[ROSTER_NFIELDS];
	const struct college *college;
	sqlite3_int64 id = 0;
	int cohort, rc = -1, r, req[7];

	if (ri->header_line == 0) {
		memcpy(req, required, sizeof req);
		if (ri->opt_college == NULL)
			req[4] = ROSTER_COLLEGE;
		if (ri->opt_cohort == 0)
			req[req[4] >= 0 ? 5 : 4] = ROSTER_COHORT;
		r = roster_seek_header(ri, row, req, cause);
		return r < 0 ? -1 : 0;
	}
	ri->rows++;
	ri->sum->rows++;
	roster_norm_clear(ri);
	for (int f = 0; f < ROSTER_NFIELDS; f++) {
		const char *cell = roster_cell(ri, row, (enum roster_field)f);

		ri->norm_field = roster_field_name(f);
		val[f] = roster_normalise((enum roster_field)f, cell != NULL ? cell : "",
		    f == ROSTER_COLLEGE || f == ROSTER_COHORT ? NULL : roster_norm_record, ri);
	}
	if (ri->col[ROSTER_ID_TYPE] < 0 || *val[ROSTER_ID_TYPE] == '\0') {
		free(val[ROSTER_ID_TYPE]);
		val[ROSTER_ID_TYPE] = xstrdup(ROSTER_DEFAULT_ID_TYPE);
	}
	if (ri->col[ROSTER_INST_CODE] < 0 && ri->inst_code != NULL) {
		free(val[ROSTER_INST_CODE]);
		val[ROSTER_INST_CODE] = xstrdup(ri->inst_code);
	}
	if (ri->col[ROSTER_INST_NAME] < 0 && ri->inst_name != NULL) {
		free(val[ROSTER_INST_NAME]);
		val[ROSTER_INST_NAME] = xstrdup(ri->inst_name);
	}
	if (roster_place(ri, row, val, &college, &cohort, cause) != 0)
		goto out;
	roster_extra(ri, row);
	roster_touch(ri, cohort, college != NULL ? college->id : 0);

	/* the first earlier student of the cohort with this number not yet matched */
	if (*val[ROSTER_STUDENT_NO] != '\0' && ri->max_before > 0) {
		sqlite3_bind_int(ri->find, 1, cohort);
		db_bind_text(ri->find, 2, val[ROSTER_STUDENT_NO]);
		sqlite3_bind_int64(ri->find, 3, ri->max_before);
		while ((r = sqlite3_step(ri->find)) == SQLITE_ROW) {
			id = sqlite3_column_int64(ri->find, 0);
			if (!roster_seen(ri, id))
				break;
			id = 0;
		}
		if (r != SQLITE_ROW && r != SQLITE_DONE) {
			roster_step(ri, ri->find, _("cannot look a student up"), cause);
			goto out;
		}
	}
	if (id != 0) {
		roster_mark(ri, id);
		r = roster_update(ri, row, val, college, id, cause);
	} else
		r = roster_insert(ri, row, val, college, cohort, cause);
	if (r != 0)
		goto out;
	rc = 0;
out:
	sqlite3_reset(ri->find);
	for (int f = 0; f < ROSTER_NFIELDS; f++)
		free(val[f]);
	return rc;
}

/*
 * One audit row per added student (action "import", key the student number,
 * new value the file and line), written in one statement: the same rows as
 * db_audit would write, without a statement run per row.
 */
static int
roster_audit_added(struct roster_import *ri, char **cause)
{
	sqlite3_stmt *st;
	int rc = 0;

	st = db_prepare(ri->db, "INSERT INTO audit(user, action, entity, key, field, old_value,"
	    " new_value) SELECT ?, 'import', 'student', student_no, '', NULL,"
	    " source_file || ':' || source_line FROM students WHERE id > ? ORDER BY id", cause);
	if (st == NULL)
		return -1;
	db_bind_text(st, 1, user_name());
	sqlite3_bind_int64(st, 2, ri->max_before);
	if (sqlite3_step(st) != SQLITE_DONE) {
		*cause = db_error(ri->db, _("cannot write the audit log"));
		rc = -1;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Puts the staged students and their normalisations into the season. */
static int
roster_flush(struct roster_import *ri, char **cause)
{
	return db_exec(ri->db, "INSERT INTO students(id, cohort_id, college_id, student_no, seq,"
	    " name, gender, id_number, id_type, institution_code, institution_name, major,"
	    " level, extra, source_file, source_line, created_at, updated_at, initials)"
	    " SELECT id, cohort_id, college_id, student_no, seq, name, gender, id_number,"
	    " id_type, institution_code, institution_name, major, level, extra, source_file,"
	    " source_line, stamp, stamp, caiji_initials(name) FROM temp.import_new ORDER BY id;"
	    " INSERT INTO normalisations(student_id, field, old_value, new_value)"
	    " SELECT student_id, field, old_value, new_value FROM temp.import_norms"
	    " ORDER BY rowid;"
	    " DROP TABLE temp.import_new; DROP TABLE temp.import_norms", cause);
}

/* Students of the touched cohort/college pairs that no file named. */
static int
roster_absent(struct roster_import *ri, char **cause)
{
	for (size_t i = 0; i < ri->npairs; i++) {
		sqlite3_stmt *st = ri->absent;
		int r;

		sqlite3_bind_int(st, 1, ri->pairs[i].cohort);
		if (ri->pairs[i].college != 0)
			sqlite3_bind_int(st, 2, ri->pairs[i].college);
		else
			sqlite3_bind_null(st, 2);
		sqlite3_bind_int64(st, 3, ri->max_before);
		while ((r = sqlite3_step(st)) == SQLITE_ROW) {
			sqlite3_int64 id = sqlite3_column_int64(st, 0);

			if (roster_seen(ri, id))
				continue;
			ri->sum->absent++;
			roster_event(ri, ROSTER_ABSENT, sqlite3_column_int(st, 3),
			    (const char *)sqlite3_column_text(st, 1),
			    (const char *)sqlite3_column_text(st, 2), NULL, NULL, NULL);
		}
		sqlite3_reset(st);
		if (r != SQLITE_DONE) {
			*cause = db_error(ri->db, _("cannot read the students"));
			return -1;
		}
	}
	return 0;
}

static int
roster_prepare(struct roster_import *ri, char **cause)
{
	sqlite3_stmt *st;
	int r;

	ri->find = db_prepare(ri->db, "SELECT id, seq, name, gender, id_number, id_type,"
	    " institution_code, institution_name, major, level, college_id, extra"
	    " FROM students WHERE cohort_id = ? AND student_no = ? AND id <= ? ORDER BY id", cause);
	if (ri->find == NULL)
		return -1;
	/*
	 * Added students are staged in a temporary table without indexes and
	 * put into students by one INSERT ... SELECT (roster_flush): a row
	 * inserted on its own opens and descends every index of students
	 * again, which made that statement half the import.  Their ids are
	 * the ones SQLite would give (max + 1 onwards), so normalisations and
	 * events can name them at once.  The find statement only looks at
	 * students from before (id <= max_before), so nothing reads the
	 * staged rows before the flush.
	 */
	if (db_exec(ri->db, "DROP TABLE IF EXISTS temp.import_new;"
	    " DROP TABLE IF EXISTS temp.import_norms;"
	    " CREATE TEMP TABLE import_new(id INTEGER PRIMARY KEY, cohort_id, college_id,"
	    " student_no, seq, name, gender, id_number, id_type, institution_code,"
	    " institution_name, major, level, extra, source_file, source_line, stamp);"
	    " CREATE TEMP TABLE import_norms(student_id, field, old_value, new_value)",
	    cause) != 0)
		return -1;
	ri->insert = db_prepare(ri->db, "INSERT INTO temp.import_new(cohort_id, college_id,"
	    " student_no, seq, name, gender, id_number, id_type, institution_code,"
	    " institution_name, major, level, extra, source_file, source_line, stamp, id)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cause);
	if (ri->insert == NULL)
		return -1;
	ri->stage_norm = db_prepare(ri->db, "INSERT INTO temp.import_norms(student_id, field,"
	    " old_value, new_value) VALUES (?, ?, ?, ?)", cause);
	if (ri->stage_norm == NULL)
		return -1;
	ri->update = db_prepare(ri->db, "UPDATE students SET seq = ?, name = ?,"
	    " initials = caiji_initials(?2), gender = ?,"
	    " id_number = ?, id_type = ?, institution_code = ?, institution_name = ?, major = ?,"
	    " level = ?, college_id = ?, extra = ?, source_file = ?, source_line = ?,"
	    " updated_at = CASE WHEN ?14 THEN ?16 ELSE updated_at END WHERE id = ?15", cause);
	if (ri->update == NULL)
		return -1;
	ri->norm_del = db_prepare(ri->db, "DELETE FROM normalisations WHERE student_id = ?", cause);
	if (ri->norm_del == NULL)
		return -1;
	ri->norm_ins = db_prepare(ri->db, "INSERT INTO normalisations(student_id, field,"
	    " old_value, new_value) VALUES (?, ?, ?, ?)", cause);
	if (ri->norm_ins == NULL)
		return -1;
	ri->absent = db_prepare(ri->db, "SELECT id, student_no, name, source_line FROM students"
	    " WHERE cohort_id = ? AND college_id IS ? AND id <= ? ORDER BY student_no, id", cause);
	if (ri->absent == NULL)
		return -1;
	if ((st = db_prepare(ri->db, "SELECT coalesce(max(id), 0) FROM students", cause)) == NULL)
		return -1;
	r = db_step(ri->db, st, _("cannot read the students"), cause);
	if (r == 1)
		ri->max_before = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (r != 1) {
		if (r == 0)
			*cause = xstrdup(_("cannot read the students"));
		return -1;
	}
	ri->next_id = ri->max_before + 1;
	ri->seen = xcalloc((size_t)(ri->max_before / 8) + 1, 1);
	return 0;
}

static void
roster_import_free(struct roster_import *ri)
{
	sqlite3_finalize(ri->find);
	sqlite3_finalize(ri->insert);
	sqlite3_finalize(ri->update);
	sqlite3_finalize(ri->norm_del);
	sqlite3_finalize(ri->norm_ins);
	sqlite3_finalize(ri->stage_norm);
	sqlite3_finalize(ri->absent);
	roster_norm_clear(ri);
	free(ri->norms);
	roster_headers_free(ri);
	strbuf_free(&ri->extra);
	free(ri->seen);
	free(ri->pairs);
	free(ri->inst_code);
	free(ri->inst_name);
	free(ri->last_cohort);
	college_list_free(&ri->colleges);
}

/* The time every row of one import is stamped with, as the schema's defaults write it. */
static void
roster_now(char *buf, size_t size)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static char *
roster_setting(struct db *db, const char *key)
{
	char *v = settings_get(db, key);

	if (v != NULL && *v == '\0') {
		free(v);
		v = NULL;
	}
	return v;
}

/* Reads one file; 0, or -1 with *cause. */
static int
roster_file(struct roster_import *ri, const char *path, char **cause)
{
	enum csvread_encoding used;
	struct roster_event ev;
	int bom;

	ri->path = path;
	ri->header_line = 0;
	ri->before_header = 0;
	ri->rows = 0;
	if (csvread_file(path, ri->opt->encoding, &used, &bom, roster_row, ri, cause) != 0)
		return -1;
	if (ri->header_line == 0) {
		*cause = xasprintf(_("%s: no header row; expected column names such as"
		    " 学号, 姓名, 性别, 身份证号 (see caiji-roster(5))"), path);
		return -1;
	}
	if (ri->cb != NULL) {
		memset(&ev, 0, sizeof ev);
		ev.kind = ROSTER_FILE;
		ev.file = path;
		ev.line = ri->header_line;
		ev.encoding = csvread_encoding_name(used, bom);
		ev.rows = ri->rows;
		ri->cb(ri->arg, &ev);
	}
	return 0;
}

int
roster_import(struct db *db, const char *const *files, size_t nfiles,
    const struct roster_options *opt, roster_event_cb cb, void *arg,
    struct roster_summary *sum, char **cause)
{
	struct roster_import ri;
	struct validate_summary vs;
	int rc = -1;

	memset(&ri, 0, sizeof ri);
	memset(sum, 0, sizeof *sum);
	ri.db = db;
	ri.opt = opt;
	ri.cb = cb;
	ri.arg = arg;
	ri.sum = sum;
	if (db_begin(db, cause) != 0)
		return -1;
	if (college_list_load(db, &ri.colleges, cause) != 0)
		goto out;
	if (opt->college != NULL &&
	    (ri.opt_college = college_list_find(&ri.colleges, opt->college)) == NULL) {
		*cause = xasprintf(_("unknown college \"%s\" (--college)"), opt->college);
		goto out;
	}
	if (opt->cohort != NULL) {
		if ((ri.opt_cohort = cohort_find(db, opt->cohort, cause)) < 0)
			goto out;
		if (ri.opt_cohort == 0) {
			char *codes = cohort_codes(db);

			*cause = xasprintf(_("unknown cohort \"%s\" (--cohort); the cohorts are %s"),
			    opt->cohort, codes);
			free(codes);
			goto out;
		}
	}
	roster_now(ri.now, sizeof ri.now);
	ri.inst_code = roster_setting(db, "institution_code");
	ri.inst_name = roster_setting(db, "institution_name");
	if (roster_prepare(&ri, cause) != 0)
		goto out;
	for (size_t i = 0; i < nfiles; i++)
		if (roster_file(&ri, files[i], cause) != 0)
			goto out;
	if (roster_flush(&ri, cause) != 0 || roster_absent(&ri, cause) != 0 ||
	    roster_audit_added(&ri, cause) != 0)
		goto out;
	if (validate_roster(db, &vs, cause) != 0)
		goto out;
	sum->errors = vs.errors;
	sum->warnings = vs.warnings;
	if (opt->dry_run)
		db_rollback(db);
	else if (db_commit(db, cause) != 0)
		goto out;
	rc = 0;
out:
	roster_import_free(&ri);
	if (rc != 0)
		db_rollback(db);
	return rc;
}

/* The reference import: four columns into the reference table. */
struct roster_ref {
	struct roster_import	 ri;
	sqlite3_stmt		*ins, *dup;
};

static int
roster_ref_row(void *arg, const struct csvread_row *row, char **cause)
{
	static const int required[] = {
		ROSTER_STUDENT_NO, ROSTER_NAME, ROSTER_GENDER, ROSTER_ID_NUMBER, -1
	};
	static const enum roster_field fields[] = {
		ROSTER_STUDENT_NO, ROSTER_NAME, ROSTER_GENDER, ROSTER_ID_NUMBER
	};
	struct roster_ref *rr = arg;
	struct roster_import *ri = &rr->ri;
	char *val[4];
	int rc = -1, r;

	if (ri->header_line == 0)
		return roster_seek_header(ri, row, required, cause) < 0 ? -1 : 0;
	for (int i = 0; i < 4; i++) {
		const char *cell = roster_cell(ri, row, fields[i]);

		val[i] = roster_normalise(fields[i], cell != NULL ? cell : "", NULL, NULL);
	}
	if (*val[0] == '\0') {
		*cause = xasprintf(_("%s:%d: column %d (%s): the student number is empty;"
		    " every reference record needs one"), row->path, row->line,
		    ri->col[ROSTER_STUDENT_NO] + 1, ri->headers[ri->col[ROSTER_STUDENT_NO]]);
		goto out;
	}
	for (int i = 0; i < 4; i++)
		db_bind_text(rr->ins, i + 1, val[i]);
	db_bind_text(rr->ins, 5, row->path);
	sqlite3_bind_int(rr->ins, 6, row->line);
	r = sqlite3_step(rr->ins);
	sqlite3_reset(rr->ins);
	if (r == SQLITE_CONSTRAINT_PRIMARYKEY || r == SQLITE_CONSTRAINT_UNIQUE) {
		int other = 0;

		db_bind_text(rr->dup, 1, val[0]);
		if (sqlite3_step(rr->dup) == SQLITE_ROW)
			other = sqlite3_column_int(rr->dup, 0);
		sqlite3_reset(rr->dup);
		*cause = xasprintf(_("%s:%d: student number %s is already on line %d;"
		    " the reference has one record per student"), row->path, row->line,
		    val[0], other);
		goto out;
	}
	if (r != SQLITE_DONE) {
		*cause = db_error(ri->db, _("cannot store a reference record"));
		goto out;
	}
	ri->sum->rows++;
	rc = 0;
out:
	for (int i = 0; i < 4; i++)
		free(val[i]);
	return rc;
}

int
roster_import_reference(struct db *db, const char *file, enum csvread_encoding enc,
    int dry_run, struct roster_summary *sum, char **cause)
{
	struct roster_ref rr;
	struct validate_summary vs;
	sqlite3_stmt *st;
	char old[32], new[32];
	long before = 0;
	int rc = -1, r;

	memset(&rr, 0, sizeof rr);
	memset(sum, 0, sizeof *sum);
	rr.ri.db = db;
	rr.ri.sum = sum;
	rr.ri.path = file;
	if (db_begin(db, cause) != 0)
		return -1;
	if ((st = db_prepare(db, "SELECT count(*) FROM reference", cause)) == NULL)
		goto out;
	r = db_step(db, st, _("cannot read the reference list"), cause);
	if (r == 1)
		before = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (r < 0)
		goto out;
	if (db_exec(db, "DELETE FROM reference", cause) != 0)
		goto out;
	rr.ins = db_prepare(db, "INSERT INTO reference(student_no, name, gender, id_number,"
	    " source_file, source_line) VALUES (?, ?, ?, ?, ?, ?)", cause);
	rr.dup = db_prepare(db, "SELECT source_line FROM reference WHERE student_no = ?", cause);
	if (rr.ins == NULL || rr.dup == NULL)
		goto out;
	if (csvread_file(file, enc, NULL, NULL, roster_ref_row, &rr, cause) != 0)
		goto out;
	if (rr.ri.header_line == 0) {
		*cause = xasprintf(_("%s: no header row; expected column names such as"
		    " 学号, 姓名, 性别, 身份证号 (see caiji-roster(5))"), file);
		goto out;
	}
	snprintf(old, sizeof old, "%ld", before);
	snprintf(new, sizeof new, "%ld", sum->rows);
	if (db_audit(db, "import", "reference", file, "records", old, new, cause) != 0)
		goto out;
	if (validate_roster(db, &vs, cause) != 0)
		goto out;
	sum->errors = vs.errors;
	sum->warnings = vs.warnings;
	if (dry_run)
		db_rollback(db);
	else if (db_commit(db, cause) != 0)
		goto out;
	rc = 0;
out:
	sqlite3_finalize(rr.ins);
	sqlite3_finalize(rr.dup);
	roster_headers_free(&rr.ri);
	if (rc != 0)
		db_rollback(db);
	return rc;
}
