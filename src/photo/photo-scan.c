/* SPDX-License-Identifier: MIT */
/* Scanning a folder of photos: list, reuse, check in parallel, store, flag. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util/i18n.h"
#include "ledger/ledger.h"
#include "util/parallel.h"
#include "photo/photo-scan.h"
#include "photo/photo-store.h"
#include "util/xalloc.h"

struct photo_scan_work {
	const struct profile	*profile;
	const char		*root;
	char			**paths;	/* the files to check */
	struct photo_result	*results;
	size_t			 n;
};

static void
photo_scan_one(void *arg, size_t i)
{
	struct photo_scan_work *w = arg;

	photo_check_file(w->profile, w->paths[i], w->root, &w->results[i]);
}

static int
photo_scan_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The folder's entries as full paths, sorted; dot files are skipped. */
static int
photo_scan_list(const char *root, char ***out, size_t *n, char **cause)
{
	DIR *d;
	struct dirent *e;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	if ((d = opendir(root)) == NULL) {
		*cause = xasprintf(_("cannot read the folder %s: %s"), root, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap == 0 ? 256 : cap * 2;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		(*out)[(*n)++] = xasprintf("%s/%s", strcmp(root, "/") == 0 ? "" : root, e->d_name);
	}
	closedir(d);
	if (*n > 1)
		qsort(*out, *n, sizeof **out, photo_scan_cmp);
	return 0;
}

/* The stored row for path when it can stand for the file as it is now. */
static const struct photo_record *
photo_scan_cached(const struct photo_records *cache, const char *path,
    const struct profile *p)
{
	size_t lo = 0, hi = cache->n;
	int64_t size, mtime;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(cache->v[mid].path, path);

		if (c == 0) {
			const struct photo_record *r = &cache->v[mid];

			if (photo_stat(path, &size, &mtime) != 0 || size < 0 || r->size != size ||
			    r->mtime_ns != mtime || strcmp(r->profile, p->id) != 0)
				return NULL;
			return r;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int
photo_scan_store(struct db *db, const struct profile *p, const char *root,
    struct photo_scan_work *w, const struct photo_records *cache, char **paths,
    size_t npaths, struct photo_scan_stats *st, char **cause)
{
	char *summary;

	if (db_begin(db, cause) != 0)
		return -1;
	for (size_t i = 0; i < w->n; i++)
		if (photo_store_save(db, root, p->id, &w->results[i], cause) != 0)
			goto fail;
	if (photo_store_prune(db, cache, paths, npaths, cause) != 0)
		goto fail;
	if (photo_flags_rebuild(db, p->similar, &st->flags, cause) != 0)
		goto fail;
	/* a submitted student's ALREADY_SUBMITTED says so if the photo changed since */
	if (ledger_refresh_flags(db, photo_store_chosen_sha256, cause) != 0)
		goto fail;
	summary = xasprintf("profile=%s files=%zu decoded=%zu cached=%zu errors=%zu "
	    "warnings=%zu missing=%zu", p->name, st->files, st->decoded, st->cached,
	    st->flags.errors, st->flags.warnings, st->flags.missing);
	if (db_audit(db, "scan", "photos", root, NULL, NULL, summary, cause) != 0) {
		free(summary);
		goto fail;
	}
	free(summary);
	return db_commit(db, cause);
fail:
	db_rollback(db);
	return -1;
}

int
photo_scan(struct db *db, const struct profile *p, const char *dir,
    const struct photo_scan_opts *o, struct photo_scan_stats *st, char **cause)
{
	struct photo_scan_work w;
	struct photo_records cache = { NULL, 0 };
	char *root, **paths = NULL;
	struct parallel_job job;
	size_t npaths = 0;
	int rc = -1;

	memset(st, 0, sizeof *st);
	memset(&w, 0, sizeof w);
	memset(&job, 0, sizeof job);
	if ((root = realpath(dir, NULL)) == NULL) {
		*cause = xasprintf(_("cannot read the folder %s: %s"), dir, strerror(errno));
		return -1;
	}
	if (photo_scan_list(root, &paths, &npaths, cause) != 0)
		goto out;
	if (photo_store_load(db, root, &cache, cause) != 0)
		goto out;
	st->files = npaths;
	w.profile = p;
	w.root = root;
	w.paths = xcalloc(npaths ? npaths : 1, sizeof *w.paths);
	for (size_t i = 0; i < npaths; i++) {
		if (photo_scan_cached(&cache, paths[i], p) != NULL)
			st->cached++;
		else
			w.paths[w.n++] = paths[i];
	}
	w.results = xcalloc(w.n ? w.n : 1, sizeof *w.results);
	job.n = w.n;
	job.jobs = o->jobs;
	job.run = photo_scan_one;
	job.arg = &w;
	job.progress = o->progress;
	job.progress_arg = o->arg;
	parallel_run(&job);
	st->decoded = w.n;
	for (size_t i = 0; i < w.n; i++)
		if (w.results[i].io_error != NULL) {
			st->unreadable = xreallocarray(st->unreadable, st->nunreadable + 1,
			    sizeof *st->unreadable);
			st->unreadable[st->nunreadable++] = xstrdup(w.results[i].io_error);
		}
	rc = photo_scan_store(db, p, root, &w, &cache, paths, npaths, st, cause);
out:
	for (size_t i = 0; i < w.n; i++)
		photo_result_clear(&w.results[i]);
	free(w.results);
	free(w.paths);
	for (size_t i = 0; i < npaths; i++)
		free(paths[i]);
	free(paths);
	photo_records_free(&cache);
	free(root);
	return rc;
}

void
photo_scan_stats_clear(struct photo_scan_stats *st)
{
	for (size_t i = 0; i < st->nunreadable; i++)
		free(st->unreadable[i]);
	free(st->unreadable);
	st->unreadable = NULL;
	st->nunreadable = 0;
}
