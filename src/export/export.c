/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include "season/cohort.h"
#include "season/college.h"
#include "export/export-files.h"
#include "export/export-private.h"
#include "export/export.h"
#include "flag/flag.h"
#include "util/i18n.h"
#include "ledger/ledger.h"
#include "photo/photo-store.h"
#include "db/settings.h"
#include "util/when.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/*
 * The student fields a manifest column may name (student-fields.def's
 * export column); others come from extra.
 */
#define EXPORT_IF_1(x) x,
#define EXPORT_IF_0(x)
static const char *const export_fields[] = {
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) \
	EXPORT_IF_##export(name)
#include "roster/student-fields.def"
#undef STUDENT_FIELD
	NULL
};
/* How many there are: the columns before id and extra in the select below. */
enum {
	EXPORT_NFIELDS = 0
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) + export
#include "roster/student-fields.def"
#undef STUDENT_FIELD
};

/* Column i of this select is export_fields[i]; then id, extra. */
static const char export_students_sql[] =
	"SELECT "
#define EXPORT_SQL_1(column) column ", "
#define EXPORT_SQL_0(column)
#define STUDENT_FIELD(e, name, column, also, label, heading, headers, export) \
	EXPORT_SQL_##export(column)
#include "roster/student-fields.def"
#undef STUDENT_FIELD
	"id, extra FROM students"
	" WHERE college_id = ?1 AND (?2 = 0 OR cohort_id = ?2) ORDER BY seq, id";

static int
export_photo_get(struct db *db, int64_t student_id, struct export_photo *ph, char **cause)
{
	memset(ph, 0, sizeof *ph);
	return photo_store_chosen(db, student_id, &ph->path, &ph->size, &ph->sha256, cause) < 0 ?
	    -1 : 0;
}

static void
export_photo_clear(struct export_photo *ph)
{
	free(ph->path);
	free(ph->sha256);
	memset(ph, 0, sizeof *ph);
}

static int
export_manifest(struct export_job *j, char **cause)
{
	sqlite3_stmt *st = db_prepare(j->db, "SELECT field, header FROM manifest_columns"
	    " ORDER BY pos", cause);
	int r;

	if (st == NULL)
		return -1;
	while ((r = db_step(j->db, st, _("cannot read the manifest columns"), cause)) == 1) {
		j->fields = xreallocarray(j->fields, j->ncols + 1, sizeof *j->fields);
		j->headers = xreallocarray(j->headers, j->ncols + 1, sizeof *j->headers);
		j->fields[j->ncols] = db_column_strdup(st, 0);
		j->headers[j->ncols] = db_column_strdup(st, 1);
		j->ncols++;
	}
	sqlite3_finalize(st);
	if (r < 0)
		return -1;
	if (j->ncols == 0) {
		*cause = xstrdup(_("the manifest has no columns; run caiji init to load "
		    "manifest.tsv"));
		return -1;
	}
	return 0;
}

/* The value of a manifest field for the current row of the students select. */
static char *
export_field(struct db *db, sqlite3_stmt *st, const char *field)
{
	sqlite3_stmt *js;
	char *cause = NULL, *path, *v = NULL;

	for (int i = 0; export_fields[i] != NULL; i++)
		if (strcmp(export_fields[i], field) == 0)
			return xstrdup((const char *)sqlite3_column_text(st, i));
	/* an unknown roster column kept in extra */
	if ((js = db_prepare(db, "SELECT json_extract(?, ?)", &cause)) == NULL) {
		free(cause);
		return xstrdup("");
	}
	path = xasprintf("$.\"%s\"", field);
	db_bind_text(js, 1, db_column_text(st, EXPORT_NFIELDS + 1));
	db_bind_text(js, 2, path);
	if (sqlite3_step(js) == SQLITE_ROW)
		v = db_column_strdup(js, 0);
	sqlite3_finalize(js);
	free(path);
	return v != NULL ? v : xstrdup("");
}

/* Why a student must stay out: their error flags, or NULL. */
static char *
export_flag_reason(struct db *db, int64_t id, char **cause, int *failed)
{
	sqlite3_stmt *st = db_prepare(db, "SELECT code, detail FROM flags WHERE student_id = ?"
	    " AND severity = 'error' ORDER BY code, id", cause);
	struct strbuf sb = STRBUF_INIT;
	int r;

	*failed = st == NULL;
	if (st == NULL)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	/* the guard fails closed: a flag that cannot be read stops the export */
	while ((r = db_step(db, st, _("cannot read a student's flags"), cause)) == 1) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		const char *detail = (const char *)sqlite3_column_text(st, 1);
		int k = flag_lookup(code);

		if (sb.len > 0)
			strbuf_puts(&sb, "; ");
		strbuf_printf(&sb, "%s: %s", code, k >= 0 ? _(flag_info(k)->message) : "");
		if (detail != NULL && *detail != '\0')
			strbuf_printf(&sb, _(" (%s)"), detail);
	}
	sqlite3_finalize(st);
	if (r < 0) {
		*failed = 1;
		strbuf_free(&sb);
		return NULL;
	}
	return sb.len > 0 ? strbuf_detach(&sb) : NULL;
}

/* The hash of the student's latest submission, or NULL. */
static char *
export_last_sent(struct db *db, int64_t id)
{
	char *cause = NULL, *sha = NULL;
	sqlite3_stmt *st = db_prepare(db, "SELECT photo_sha256 FROM submissions"
	    " WHERE student_id = ? ORDER BY id DESC LIMIT 1", &cause);

	if (st == NULL) {
		free(cause);
		return NULL;
	}
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		sha = db_column_strdup(st, 0);
	sqlite3_finalize(st);
	return sha;
}

/* Decides who goes into the college's package. */
static int
export_select(struct export_job *j, struct export_package *p, char **cause)
{
	sqlite3_stmt *st = db_prepare(j->db, export_students_sql, cause);
	int step;

	if (st == NULL)
		return -1;
	sqlite3_bind_int(st, 1, p->college_id);
	sqlite3_bind_int(st, 2, j->cohort_id);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		struct export_entry *e;
		struct export_photo ph;
		int failed, blocked = 0;
		char *reason, *sent;

		p->v = xreallocarray(p->v, p->n + 1, sizeof *p->v);
		j->rows = xreallocarray(j->rows, p->n + 1, sizeof *j->rows);
		j->photos = xreallocarray(j->photos, p->n + 1, sizeof *j->photos);
		e = &p->v[p->n];
		memset(e, 0, sizeof *e);
		memset(&j->photos[p->n], 0, sizeof j->photos[p->n]);
		j->rows[p->n] = xcalloc(j->ncols, sizeof *j->rows[p->n]);
		p->n++;
		j->nrows = p->n;
		e->id = sqlite3_column_int64(st, EXPORT_NFIELDS);
		e->seq = db_column_strdup(st, 0);
		e->student_no = db_column_strdup(st, 1);
		e->name = db_column_strdup(st, 2);
		for (size_t c = 0; c < j->ncols; c++)
			j->rows[p->n - 1][c] = export_field(j->db, st, j->fields[c]);

		reason = export_flag_reason(j->db, e->id, cause, &failed);
		if (failed)
			goto fail;
		if (reason == NULL && ledger_blocked(j->db, e->id, &blocked, cause) != 0)
			goto fail;
		if (reason == NULL && blocked)
			reason = xasprintf("ALREADY_SUBMITTED: %s",
			    _(flag_info(FLAG_ALREADY_SUBMITTED)->message));
		if (reason == NULL) {
			if (export_photo_get(j->db, e->id, &ph, cause) != 0)
				goto fail;
			if (ph.path == NULL || ph.sha256 == NULL || *ph.sha256 == '\0') {
				reason = xasprintf("PHOTO_MISSING: %s", _("no checked photo; "
				    "run caiji photos scan on the college's photos"));
				export_photo_clear(&ph);
			} else
				j->photos[p->n - 1] = ph;
		}
		if (reason == NULL && (sent = export_last_sent(j->db, e->id)) != NULL) {
			if (strcmp(sent, j->photos[p->n - 1].sha256) != 0)
				e->note = xstrdup(_("resubmitted; the photo has changed since "
				    "the earlier submission"));
			else
				e->note = xstrdup(_("resubmitted"));
			free(sent);
		}
		e->reason = reason;
		if (reason == NULL)
			p->included++;
	}
	sqlite3_finalize(st);
	if (step != SQLITE_DONE) {
		*cause = db_error(j->db, _("cannot read the students"));
		return -1;
	}
	return 0;
fail:
	sqlite3_finalize(st);
	return -1;
}

/* Marks entry i left out for reason (taken). */
void
export_leave_out(struct export_package *p, size_t i, char *reason)
{
	free(p->v[i].reason);
	p->v[i].reason = reason;
	p->v[i].sha256[0] = '\0';
	p->included--;
}

/*
 * A package the export killed in tmp had renamed into out but not recorded
 * (killed between the rename and the commit): removed, as a failed commit
 * would have.  Returns 1 when one was removed.
 */
static int
export_remove_unrecorded(struct export_job *j, const char *tmp)
{
	char *marker = xasprintf("%s/" EXPORT_RENAMED, tmp), line[512], *path, *cause = NULL;
	FILE *f = fopen(marker, "r");
	sqlite3_stmt *st;
	int recorded = 1, removed = 0;

	free(marker);
	if (f == NULL)
		return 0;
	if (fgets(line, sizeof line, f) == NULL || strchr(line, '/') != NULL ||
	    line[0] == '.' || line[0] == '\n') {
		fclose(f);
		return 0;
	}
	fclose(f);
	line[strcspn(line, "\n")] = '\0';
	path = xasprintf("%s/%s", j->out, line);
	st = db_prepare(j->db, "SELECT count(*) FROM packages WHERE path = ? OR path = ?",
	    &cause);
	if (st != NULL) {
		char *zip = xasprintf("%s.zip", path);

		db_bind_text(st, 1, path);
		db_bind_text(st, 2, zip);
		recorded = sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		if (!recorded) {
			struct stat sb;

			if (lstat(path, &sb) == 0) {
				export_remove_tree(path);
				removed = 1;
			} else if (lstat(zip, &sb) == 0) {
				unlink(zip);
				removed = 1;
			}
		}
		free(zip);
	}
	free(cause);
	free(path);
	return removed;
}

/*
 * Removes the temporary folders of exports that were killed (their process
 * is gone), and a package such an export left unrecorded.
 */
static int
export_remove_stale(struct export_job *j)
{
	DIR *d = opendir(j->out);
	struct dirent *de;
	int n = 0;

	if (d == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		const char *s = de->d_name;
		char *end, *path;
		long pid;

		if (strncmp(s, EXPORT_TMP_PREFIX, strlen(EXPORT_TMP_PREFIX)) != 0)
			continue;
		pid = strtol(s + strlen(EXPORT_TMP_PREFIX), &end, 10);
		if (pid <= 0 || *end != '-' || pid == (long)getpid())
			continue;
		/* a running export's, or one we cannot tell about: leave it */
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		path = xasprintf("%s/%s", j->out, s);
		export_remove_unrecorded(j, path);
		export_remove_tree(path);
		free(path);
		n++;
	}
	closedir(d);
	return n;
}

/* Makes sure the output directory exists and is a directory. */
static int
export_out_dir(const char *out, int create, char **cause)
{
	struct stat sb;

	if (stat(out, &sb) == 0) {
		if (!S_ISDIR(sb.st_mode)) {
			*cause = xasprintf(_("%s exists and is not a directory; --out names the "
			    "directory the packages are written in"), out);
			return -1;
		}
		if (access(out, W_OK | X_OK) != 0) {
			*cause = xasprintf(_("cannot write in %s: %s"), out, strerror(errno));
			return -1;
		}
		return 0;
	}
	if (errno != ENOENT || !create || export_mkdir(out) != 0) {
		*cause = xasprintf(_("cannot create the directory %s: %s"), out, strerror(errno));
		return -1;
	}
	return 0;
}

static int
export_cohort(struct export_job *j, const char *code, char **cause)
{
	int id = cohort_require(j->db, code, cause);

	if (id < 0 || cohort_load(j->db, id, &j->cohort_code, &j->cohort_name, cause) != 0)
		return -1;
	j->cohort_id = id;
	return 0;
}

static void
export_job_rows_free(struct export_job *j)
{
	for (size_t i = 0; i < j->nrows; i++) {
		for (size_t c = 0; c < j->ncols; c++)
			free(j->rows[i][c]);
		free(j->rows[i]);
		export_photo_clear(&j->photos[i]);
	}
	free(j->rows);
	free(j->photos);
	j->rows = NULL;
	j->photos = NULL;
	j->nrows = 0;
}

/* 1 when the college has a student in the selection. */
static int
export_has_students(struct export_job *j, int college_id)
{
	char *cause = NULL;
	sqlite3_stmt *st = db_prepare(j->db, "SELECT 1 FROM students WHERE college_id = ?1"
	    " AND (?2 = 0 OR cohort_id = ?2) LIMIT 1", &cause);
	int has;

	if (st == NULL) {
		free(cause);
		return 0;
	}
	sqlite3_bind_int(st, 1, college_id);
	sqlite3_bind_int(st, 2, j->cohort_id);
	has = sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	return has;
}

int
export_xuexin(struct db *db, const struct export_opts *o, struct export_result *res,
    char **cause)
{
	struct export_job j;
	struct college_list cl = { NULL, 0 };
	const struct college *only = NULL;
	char *date = NULL, *safe_code, *safe_cohort = NULL;
	size_t done = 0, total = 0;
	int rc = -1;

	memset(res, 0, sizeof *res);
	memset(&j, 0, sizeof j);
	j.db = db;
	j.o = o;
	if (college_list_load(db, &cl, cause) != 0)
		return -1;
	if (o->college != NULL && (only = college_list_find(&cl, o->college)) == NULL) {
		*cause = xasprintf(_("there is no college \"%s\" (or the name is "
		    "ambiguous); give a college's name or the start of it"), o->college);
		goto out;
	}
	if (o->cohort != NULL && export_cohort(&j, o->cohort, cause) != 0)
		goto out;
	if (export_manifest(&j, cause) != 0)
		goto out;
	j.code = settings_get_default(db, "institution_code", "");
	j.school = settings_get_default(db, "institution_name", "");
	j.today = when_today(0);
	if (o->dry_run) {
		struct stat sb;

		/* a dry run creates nothing, but says what the real run would refuse */
		if (stat(o->out, &sb) == 0 && export_out_dir(o->out, 0, cause) != 0)
			goto out;
	} else {
		if (export_out_dir(o->out, 1, cause) != 0)
			goto out;
		/* the ledger records where a package went, wherever the clerk was */
		if ((j.out = realpath(o->out, NULL)) == NULL) {
			*cause = xasprintf(_("cannot write in %s: %s"), o->out, strerror(errno));
			goto out;
		}
		res->stale_removed = export_remove_stale(&j);
	}
	date = xstrdup(j.today);
	for (char *s = date, *d = date; ; s++)
		if (*s != '-' && (*d++ = *s) == '\0')
			break;
	safe_code = export_safe_name(j.code, "00000");
	if (o->cohort != NULL)
		safe_cohort = export_safe_name(j.cohort_code, "cohort");	/* as stored, not as typed */

	/* the packages, one per college, named before anything is written */
	for (size_t i = 0; i < cl.n; i++) {
		const struct college *c = &cl.v[i];
		struct export_package *p;
		char *college, *base;

		if ((only != NULL && c != only) || (only == NULL && !export_has_students(&j,
		    c->id)))
			continue;
		res->v = xreallocarray(res->v, res->n + 1, sizeof *res->v);
		p = &res->v[res->n++];
		memset(p, 0, sizeof *p);
		p->college_id = c->id;
		p->college = xstrdup(c->name);
		college = export_safe_name(c->name, "college");
		base = safe_cohort != NULL ? xasprintf("%s_%s_%s_%s", safe_code, college,
		    safe_cohort, date) : xasprintf("%s_%s_%s", safe_code, college, date);
		p->name = o->dry_run ? xstrdup(base) : export_free_name(j.out, base);
		free(base);
		free(college);
	}
	for (size_t i = 0; i < res->n; i++) {
		struct export_package *p = &res->v[i];

		if (export_select(&j, p, cause) != 0)
			goto out_names;
		p->decided = 1;
		total += p->included;
		if (o->dry_run) {
			/* a photo gone or resized since its check would be left out */
			for (size_t k = 0; k < p->n; k++) {
				struct stat sb;

				if (p->v[k].reason != NULL)
					continue;
				if (stat(j.photos[k].path, &sb) != 0 ||
				    (int64_t)sb.st_size != j.photos[k].size)
					export_leave_out(p, k, xasprintf(_("the photo %s has "
					    "changed or gone since it was checked"), j.photos[k].path));
			}
		} else if (p->included > 0) {
			if (export_package_write(&j, p, &done, total, cause) != 0)
				goto out_names;
		}
		export_job_rows_free(&j);
		if (o->stop != NULL && *o->stop) {
			*cause = xstrdup(_("interrupted; the package being written was removed and not recorded"));
			goto out_names;
		}
	}
	rc = 0;
out_names:
	free(safe_code);
	free(safe_cohort);
out:
	export_job_rows_free(&j);
	for (size_t c = 0; c < j.ncols; c++) {
		free(j.fields[c]);
		free(j.headers[c]);
	}
	free(j.fields);
	free(j.headers);
	free(j.code);
	free(j.school);
	free(j.today);
	free(j.cohort_name);
	free(j.cohort_code);
	free(j.out);
	free(date);
	college_list_free(&cl);
	return rc;
}

void
export_result_free(struct export_result *res)
{
	for (size_t i = 0; i < res->n; i++) {
		struct export_package *p = &res->v[i];

		for (size_t k = 0; k < p->n; k++) {
			free(p->v[k].seq);
			free(p->v[k].student_no);
			free(p->v[k].name);
			free(p->v[k].reason);
			free(p->v[k].note);
		}
		free(p->v);
		free(p->college);
		free(p->name);
		free(p->path);
	}
	free(res->v);
	memset(res, 0, sizeof *res);
}
