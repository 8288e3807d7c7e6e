/* Scanning a folder of photos: list, reuse, check in parallel, store, flag. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "export.h"
#include "i18n.h"
#include "ledger.h"
#include "photo-scan.h"
#include "photo-store.h"
#include "xalloc.h"

struct photo_scan_work {
	const struct profile	*profile;
	const char		*root;
	char			**paths;	/* the files to check */
	struct photo_result	*results;
	size_t			 n, next, done;
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
};

static void *
photo_scan_worker(void *arg)
{
	struct photo_scan_work *w = arg;

	for (;;) {
		size_t i;

		pthread_mutex_lock(&w->mu);
		i = w->next++;
		pthread_mutex_unlock(&w->mu);
		if (i >= w->n)
			break;
		photo_check_file(w->profile, w->paths[i], w->root, &w->results[i]);
		pthread_mutex_lock(&w->mu);
		w->done++;
		pthread_cond_signal(&w->cv);
		pthread_mutex_unlock(&w->mu);
	}
	return NULL;
}

/* Checks w->paths on jobs threads, calling progress from this thread. */
static void
photo_scan_run(struct photo_scan_work *w, int jobs, const struct photo_scan_opts *o)
{
	pthread_t *t = xcalloc((size_t)jobs, sizeof *t);
	int started = 0;

	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	for (int i = 0; i < jobs; i++) {
		if (pthread_create(&t[i], NULL, photo_scan_worker, w) != 0)
			break;
		started++;
	}
	if (started == 0)		/* no thread to be had: do the work here */
		photo_scan_worker(w);
	pthread_mutex_lock(&w->mu);
	while (w->done < w->n) {
		struct timespec ts;

		if (o->progress != NULL) {
			size_t done = w->done;

			pthread_mutex_unlock(&w->mu);
			o->progress(o->arg, done, w->n);
			pthread_mutex_lock(&w->mu);
		}
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100 * 1000000;
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		if (w->done < w->n)
			pthread_cond_timedwait(&w->cv, &w->mu, &ts);
	}
	pthread_mutex_unlock(&w->mu);
	for (int i = 0; i < started; i++)
		pthread_join(t[i], NULL);
	if (o->progress != NULL)
		o->progress(o->arg, w->n, w->n);
	pthread_cond_destroy(&w->cv);
	pthread_mutex_destroy(&w->mu);
	free(t);
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
	if (ledger_refresh_flags(db, export_photo_sha256, cause) != 0)
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
	size_t npaths = 0;
	long ncpu;
	int jobs = o->jobs, rc = -1;

	memset(st, 0, sizeof *st);
	memset(&w, 0, sizeof w);
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
	if (jobs <= 0) {
		ncpu = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = ncpu > 0 ? (int)ncpu : 1;
	}
	if ((size_t)jobs > w.n)
		jobs = w.n > 0 ? (int)w.n : 1;
	photo_scan_run(&w, jobs, o);
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
