/* SPDX-License-Identifier: MIT */
/*
 * Writing a Xuexin package: photos copied with their SHA-256 checked again,
 * the manifest's columns as .csv and .xlsx, README.txt and SHA256SUMS, all
 * under a temporary name, then renamed into place in the ledger's
 * transaction (caiji-export(5)).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export/export-files.h"
#include "export/export-private.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "ledger/ledger.h"
#include "photo/photo-store.h"
#include "util/out.h"
#include "db/share.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "util/user.h"
#include "util/xalloc.h"
#include "export/xlsx.h"
#include "export/zip.h"

/* The database as CSV and .xlsx, the manifest's columns, included students only. */
static int
export_write_tables(struct export_job *j, struct export_package *p, const char *dir,
    struct strbuf *files, char **cause)
{
	char *data = NULL, *path;
	size_t len = 0;
	FILE *f = open_memstream(&data, &len);
	struct out_csv *csv;
	struct xlsx *x = NULL;
	int rc;

	if (f == NULL) {
		*cause = xstrdup(_("out of memory"));
		return -1;
	}
	csv = out_csv_new(f, j->o->csv_encoding, 1);
	if (xlsx_available()) {
		path = xasprintf("%s/%s.xlsx", dir, p->name);
		x = xlsx_open(path, "Sheet1", (int)j->ncols, cause);
		free(path);
		if (x == NULL) {
			out_csv_free(&csv, cause);
			fclose(f);
			free(data);
			return -1;
		}
	}
	for (size_t c = 0; c < j->ncols; c++) {
		out_csv_cell(csv, j->headers[c]);
		if (x != NULL)
			xlsx_cell(x, j->headers[c]);
	}
	out_csv_end_row(csv);
	if (x != NULL)
		xlsx_end_row(x);
	for (size_t i = 0; i < p->n; i++) {
		if (p->v[i].reason != NULL)
			continue;
		for (size_t c = 0; c < j->ncols; c++) {
			out_csv_cell(csv, j->rows[i][c]);
			if (x != NULL)
				xlsx_cell(x, j->rows[i][c]);
		}
		out_csv_end_row(csv);
		if (x != NULL)
			xlsx_end_row(x);
	}
	rc = out_csv_free(&csv, cause);
	fclose(f);
	if (rc == 0) {
		path = xasprintf("%s/%s.csv", dir, p->name);
		rc = export_write_file(path, data, len, cause);
		free(path);
	}
	free(data);
	if (rc == 0 && x != NULL) {
		rc = xlsx_close(&x, cause);
		path = xasprintf("%s/%s.xlsx", dir, p->name);
		if (rc == 0)
			chmod(path, fsmode_file());
		free(path);
	}
	else if (x != NULL) {
		char *ignored = NULL;

		xlsx_close(&x, &ignored);
		free(ignored);
	}
	if (rc != 0)
		return -1;
	if (xlsx_available())
		strbuf_printf(files, "%s.xlsx\n", p->name);
	strbuf_printf(files, "%s.csv\n", p->name);
	return 0;
}

static void
export_readme_line(struct strbuf *sb, const struct export_entry *e, const char *text)
{
	char *name = text_sanitize(e->name), *no = text_sanitize(e->student_no);

	strbuf_printf(sb, "  %-4s  %s  %s", e->seq, no, name);
	if (text != NULL) {
		char *t = text_sanitize(text);

		strbuf_printf(sb, "  %s", t);
		free(t);
	}
	strbuf_puts(sb, "\n");
	free(name);
	free(no);
}

static char *
export_readme(struct export_job *j, const struct export_package *p)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_printf(&sb, _("Xuexin photo package %s\n\n"), p->name);
	strbuf_printf(&sb, _("School: %s (%s)\n"), j->school, j->code);
	strbuf_printf(&sb, _("College: %s\n"), p->college);
	strbuf_printf(&sb, _("Cohort: %s\n"), j->cohort_name != NULL ? j->cohort_name :
	    _("all cohorts"));
	strbuf_printf(&sb, _("Written on %s by %s\n\n"), j->today, user_name());
	strbuf_printf(&sb, _("Students included: %zu\n"), p->included);
	strbuf_printf(&sb, _("Students left out: %zu\n\n"), p->n - p->included);
	strbuf_printf(&sb, _("Files:\n"
	    "  %s.xlsx, %s.csv  the students included, one row each, in the manifest's columns\n"
	    "  photos/SEQ.jpg  each student's photo, named by shoot sequence number\n"
	    "  SHA256SUMS  check every file with: sha256sum -c SHA256SUMS\n"
	    "  README.txt  this summary\n\n"), p->name, p->name);
	strbuf_printf(&sb, "%s\n", _("Included (seq, student number, name):"));
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].reason == NULL)
			export_readme_line(&sb, &p->v[i], p->v[i].note);
	strbuf_printf(&sb, "\n%s\n", _("Left out, with the flag that kept each out:"));
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].reason != NULL)
			export_readme_line(&sb, &p->v[i], p->v[i].reason);
	if (p->n == p->included)
		strbuf_printf(&sb, "  %s\n", _("nobody"));
	return strbuf_detach(&sb);
}

/* A name not yet taken in out: name, name-2, name-3, ... (folder and zip). */
char *
export_free_name(const char *out, const char *base)
{
	struct stat sb;

	for (int i = 1; ; i++) {
		char *name = i == 1 ? xstrdup(base) : xasprintf("%s-%d", base, i);
		char *a = xasprintf("%s/%s", out, name), *b = xasprintf("%s/%s.zip", out, name);
		int taken = lstat(a, &sb) == 0 || lstat(b, &sb) == 0;

		free(a);
		free(b);
		if (!taken)
			return name;
		free(name);
	}
}

/* Records the package and renames it into place, in one transaction. */
static int
export_commit(struct export_job *j, struct export_package *p, const char *tmp,
    const char *src, const char *dst, char **cause)
{
	int64_t pkg;
	int blocked, rc;
	char count[32], *marker, *name;

	if (share_begin(j->db, cause) != 0)
		return -1;
	for (size_t i = 0; i < p->n; i++) {
		if (p->v[i].reason != NULL)
			continue;
		if (ledger_blocked(j->db, p->v[i].id, &blocked, cause) != 0)
			goto fail;
		if (blocked) {
			*cause = xasprintf(_("student %s was submitted by another export while "
			    "this one ran; nothing was written, run the export again"), p->v[i].seq);
			goto fail;
		}
	}
	if ((pkg = ledger_package_add(j->db, p->name, p->college_id, j->cohort_id, dst,
	    cause)) < 0)
		goto fail;
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].reason == NULL &&
		    ledger_submit(j->db, pkg, p->v[i].id, p->v[i].sha256, cause) != 0)
			goto fail;
	if (ledger_refresh_flags(j->db, photo_store_chosen_sha256, cause) != 0)
		goto fail;
	snprintf(count, sizeof count, "%zu", p->included);
	if (db_audit(j->db, "export", "package", p->name, "students", NULL, count, cause) != 0)
		goto fail;
	if (j->o->stop != NULL && *j->o->stop) {
		*cause = xstrdup(_("interrupted; the package being written was removed and not recorded"));
		goto fail;
	}
	/*
	 * rename, then commit: a failed commit takes the package away again.
	 * The marker names the package for the next export should this one be
	 * killed between the two: a package the ledger lacks is removed then.
	 */
	marker = xasprintf("%s/" EXPORT_RENAMED, tmp);
	name = xasprintf("%s\n", p->name);
	rc = export_write_file(marker, name, strlen(name), cause);
	free(marker);
	free(name);
	if (rc != 0)
		goto fail;
	if (rename(src, dst) != 0) {
		*cause = xasprintf(_("cannot rename %s to %s: %s"), src, dst, strerror(errno));
		goto fail;
	}
	if (db_commit(j->db, cause) != 0) {
		if (rename(dst, src) != 0)
			export_remove_tree(dst);
		return -1;
	}
	export_sync_dir(j->out);
	return 0;
fail:
	db_rollback(j->db);
	return -1;
}

/* Copies the photos and writes the package's files into tmp/name. */
static int
export_build(struct export_job *j, struct export_package *p, const char *dir,
    size_t *done, size_t total, char **cause)
{
	struct strbuf files = STRBUF_INIT, sums = STRBUF_INIT;
	char *path, *readme, sha[65];
	int rc = -1;

	path = xasprintf("%s/photos", dir);
	if (export_mkdir(dir) != 0 || export_mkdir(path) != 0) {
		*cause = xasprintf(_("cannot create %s: %s"), path, strerror(errno));
		free(path);
		return -1;
	}
	free(path);
	for (size_t i = 0; i < p->n; i++) {
		struct export_entry *e = &p->v[i];
		enum export_copy_status s;
		char *why = NULL, *dst;

		if (e->reason != NULL)
			continue;
		dst = xasprintf("%s/photos/%s.jpg", dir, e->seq);
		s = export_copy(j->photos[i].path, dst, j->photos[i].size, j->photos[i].sha256,
		    e->sha256, j->o->stop, &why);
		free(dst);
		if (s == EXPORT_COPY_STOPPED) {
			*cause = xstrdup(_("interrupted; the package being written was removed and not recorded"));
			goto out;
		}
		if (s == EXPORT_COPY_FAILED) {
			*cause = why;
			goto out;
		}
		if (s == EXPORT_COPY_CHANGED)
			export_leave_out(p, i, why);
		if (j->o->on_photo != NULL)
			j->o->on_photo(j->o->arg, ++*done, total);
	}
	if (p->included == 0) {
		rc = 0;
		goto out;
	}
	if (export_write_tables(j, p, dir, &files, cause) != 0)
		goto out;
	readme = export_readme(j, p);
	path = xasprintf("%s/README.txt", dir);
	rc = export_write_file(path, readme, strlen(readme), cause);
	free(path);
	free(readme);
	if (rc != 0)
		goto out;
	rc = -1;
	strbuf_puts(&files, "README.txt\n");
	/* SHA256SUMS: the data files, then every photo (sha256sum -c reads it) */
	for (const char *f = strbuf_str(&files); *f != '\0'; f = strchr(f, '\n') + 1) {
		char *name = xstrndup(f, strcspn(f, "\n"));

		path = xasprintf("%s/%s", dir, name);
		if (export_hash_file(path, sha, cause) != 0) {
			free(path);
			free(name);
			goto out;
		}
		strbuf_printf(&sums, "%s  %s\n", sha, name);
		free(path);
		free(name);
	}
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].reason == NULL)
			strbuf_printf(&sums, "%s  photos/%s.jpg\n", p->v[i].sha256, p->v[i].seq);
	path = xasprintf("%s/SHA256SUMS", dir);
	rc = export_write_file(path, strbuf_str(&sums), sums.len, cause);
	free(path);
out:
	strbuf_free(&files);
	strbuf_free(&sums);
	return rc;
}

/* Writes one college's package; p->path is set when it was written. */
int
export_package_write(struct export_job *j, struct export_package *p, size_t *done,
    size_t total, char **cause)
{
	char *tmp, *dir = NULL, *src = NULL, *dst = NULL;
	int rc = -1;

	tmp = xasprintf("%s/" EXPORT_TMP_PREFIX "%ld-XXXXXX", j->out, (long)getpid());
	if (mkdtemp(tmp) == NULL) {
		*cause = xasprintf(_("cannot write in %s: %s"), j->out, strerror(errno));
		free(tmp);
		return -1;
	}
	chmod(tmp, export_dir_mode());
	dir = xasprintf("%s/%s", tmp, p->name);
	if (export_build(j, p, dir, done, total, cause) != 0)
		goto out;
	if (p->included == 0) {
		rc = 0;
		goto out;
	}
	if (j->o->zip) {
		src = xasprintf("%s/%s.zip", tmp, p->name);
		dst = xasprintf("%s/%s.zip", j->out, p->name);
		if (zip_dir(dir, p->name, src, j->o->stop, cause) != 0)
			goto out;
	} else {
		src = xstrdup(dir);
		dst = xasprintf("%s/%s", j->out, p->name);
	}
	if (export_commit(j, p, tmp, src, dst, cause) != 0)
		goto out;
	p->path = dst;
	dst = NULL;
	rc = 0;
out:
	export_remove_tree(tmp);
	free(tmp);
	free(dir);
	free(src);
	free(dst);
	return rc;
}

