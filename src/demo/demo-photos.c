/* SPDX-License-Identifier: MIT */
/*
 * The demo's photos and orders: a synthesised portrait for every student of
 * a photo-sending cohort, with the defects clerks meet (wrong size, small
 * file, grayscale, colour profile, rotation tag, uneven background, bad
 * framing, a border, a damaged file, a copied photo, missing photos, a
 * stray file and a badly named one), a scan of the folder, and scatter-shoot
 * orders in every state.  Deterministic, like the rosters.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "demo/demo.h"
#include "util/i18n.h"
#include "money/order.h"
#include "util/parallel.h"
#include "photo/photo-scan.h"
#include "photo/profile.h"
#include "demo/synth.h"
#include "util/xalloc.h"

/* The defects handed out, one every DEMO_DEFECT_EVERY photos, in turn. */
static const enum synth_defect demo_defects[] = {
	SYNTH_WRONG_SIZE, SYNTH_SMALL, SYNTH_GRAYSCALE, SYNTH_ICC, SYNTH_DPI_72,
	SYNTH_GRADIENT, SYNTH_HEAD_HIGH, SYNTH_BORDER, SYNTH_ORIENTATION, SYNTH_TINY,
	SYNTH_FACE_WIDE, SYNTH_WHITE_BG, SYNTH_TRUNCATED, SYNTH_CMYK, SYNTH_PNG,
};
#define DEMO_DEFECT_EVERY	9
#define DEMO_MISSING_EVERY	17

/* The seqs of students whose cohort sends photos, in order. */
static int
demo_photo_seqs(struct db *db, char ***seqs, size_t *n, char **cause)
{
	sqlite3_stmt *st;

	*seqs = NULL;
	*n = 0;
	st = db_prepare(db, "SELECT DISTINCT s.seq FROM students s JOIN cohorts c"
	    " ON c.id = s.cohort_id WHERE c.mode = 'photos' AND length(s.seq) = 4"
	    " ORDER BY s.seq", cause);
	if (st == NULL)
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		*seqs = xreallocarray(*seqs, *n + 1, sizeof **seqs);
		(*seqs)[(*n)++] = db_column_strdup(st, 0);
	}
	sqlite3_finalize(st);
	return 0;
}

static int
demo_copy(const char *from, const char *to, char **cause)
{
	FILE *in = fopen(from, "rb"), *out = in != NULL ? fopen(to, "wb") : NULL;
	char buf[65536];
	size_t k;
	int rc = 0;

	if (in == NULL || out == NULL) {
		*cause = xasprintf(_("cannot copy %s to %s: %s"), from, to, strerror(errno));
		rc = -1;
	}
	while (rc == 0 && (k = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, k, out) != k) {
			*cause = xasprintf(_("cannot write %s: %s"), to, strerror(errno));
			rc = -1;
		}
	if (in != NULL)
		fclose(in);
	if (out != NULL && fclose(out) != 0 && rc == 0) {
		*cause = xasprintf(_("cannot write %s: %s"), to, strerror(errno));
		rc = -1;
	}
	return rc;
}

/* One file of the photo folder: drawn, or a copy of an earlier one. */
struct demo_photo {
	char			*path;
	struct synth_params	 sp;
	size_t			 copy_of;	/* DEMO_DRAWN, or the photo copied */
	char			*error;		/* set by the worker that drew it */
};
#define DEMO_DRAWN ((size_t)-1)

struct demo_draw {
	const struct profile	*profile;
	struct demo_photo	*photos;
};

static void
demo_draw_one(void *arg, size_t i)
{
	struct demo_draw *dd = arg;
	struct demo_photo *ph = &dd->photos[i];

	if (ph->copy_of == DEMO_DRAWN)
		synth_write(dd->profile, &ph->sp, ph->path, NULL, &ph->error);
}

static void
demo_draw_progress(void *arg, size_t done, size_t total)
{
	struct demo_ctx *ctx = arg;

	if (ctx->progress != NULL)
		ctx->progress(ctx->arg, _("Drawing photos"), done, total);
}

/* The folder's files: a photo for most students, a copy, a stray and a camera name. */
static struct demo_photo *
demo_plan_photos(const struct demo_ctx *ctx, const char *dir, char **seqs, size_t n,
    size_t *nphotos)
{
	size_t limit = ctx->max_photos >= 0 ? (size_t)ctx->max_photos : n, d = 0, k = 0;
	struct demo_photo *ph = xcalloc(n + 2, sizeof *ph);

	for (size_t i = 0; i < n && k < limit; i++) {
		if (i % DEMO_MISSING_EVERY == DEMO_MISSING_EVERY - 1)
			continue;	/* the college has not sent this one yet */
		ph[k].path = xasprintf("%s/%s.jpg", dir, seqs[i]);
		ph[k].copy_of = DEMO_DRAWN;
		if (i == 5 && k > 0) {
			/* the college sent one student's photo for another too */
			ph[k].copy_of = 0;
		} else {
			ph[k].sp.seed = ctx->rng + i * 7919;
			ph[k].sp.defect = i % DEMO_DEFECT_EVERY == 4 ?
			    demo_defects[d++ % (sizeof demo_defects / sizeof demo_defects[0])] :
			    SYNTH_NONE;
		}
		k++;
	}
	/* a photo for no one, and one named by the camera */
	ph[k].path = xasprintf("%s/1998.jpg", dir);
	ph[k].copy_of = DEMO_DRAWN;
	ph[k++].sp.seed = ctx->rng + 1;
	ph[k].path = xasprintf("%s/IMG_0412.jpg", dir);
	ph[k].copy_of = DEMO_DRAWN;
	ph[k++].sp.seed = ctx->rng + 2;
	*nphotos = k;
	return ph;
}

/*
 * Writes the photo folder, drawing on every core (drawing is nearly all of
 * the demo's time); *written counts the files.
 */
static int
demo_write_photos(struct demo_ctx *ctx, const struct profile *p, const char *dir,
    char **seqs, size_t n, size_t *written, char **cause)
{
	struct demo_draw dd = { p, NULL };
	struct parallel_job job;
	size_t nphotos = 0;
	int rc = 0;

	dd.photos = demo_plan_photos(ctx, dir, seqs, n, &nphotos);
	memset(&job, 0, sizeof job);
	job.n = nphotos;
	job.run = demo_draw_one;
	job.arg = &dd;
	job.progress = demo_draw_progress;
	job.progress_arg = ctx;
	parallel_run(&job);
	for (size_t i = 0; i < nphotos; i++) {
		struct demo_photo *ph = &dd.photos[i];

		if (rc == 0 && ph->error != NULL) {
			*cause = ph->error;
			ph->error = NULL;
			rc = -1;
		}
		if (rc == 0 && ph->copy_of != DEMO_DRAWN)
			rc = demo_copy(dd.photos[ph->copy_of].path, ph->path, cause);
	}
	for (size_t i = 0; i < nphotos; i++) {
		free(dd.photos[i].error);
		free(dd.photos[i].path);
	}
	free(dd.photos);
	*written = rc == 0 ? nphotos : 0;
	return rc;
}

static void
demo_scan_progress(void *arg, size_t done, size_t total)
{
	struct demo_ctx *ctx = arg;

	if (ctx->progress != NULL)
		ctx->progress(ctx->arg, _("Checking photos"), done, total);
}

int
demo_step_photos(struct demo_ctx *ctx, char **cause)
{
	char *dir = xasprintf("%s/photos", ctx->dir), **seqs = NULL;
	struct photo_scan_opts opts;
	struct photo_scan_stats stats;
	struct profile *p = NULL;
	size_t n = 0, written = 0;
	int rc = -1;

	memset(&opts, 0, sizeof opts);
	memset(&stats, 0, sizeof stats);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		*cause = xasprintf(_("cannot create %s: %s"), dir, strerror(errno));
		goto out;
	}
	if ((p = profile_load(ctx->datadir, "xinhua-960", cause)) == NULL)
		goto out;
	if (demo_photo_seqs(ctx->db, &seqs, &n, cause) != 0)
		goto out;
	if (demo_write_photos(ctx, p, dir, seqs, n, &written, cause) != 0)
		goto out;
	demo_say(ctx, _("Wrote %zu photos in %s"), written, dir);
	opts.progress = demo_scan_progress;
	opts.arg = ctx;
	if (photo_scan(ctx->db, p, dir, &opts, &stats, cause) != 0)
		goto out;
	demo_say(ctx, _("Checked the photo folder: %zu files"), stats.files);
	rc = 0;
out:
	for (size_t i = 0; i < n; i++)
		free(seqs[i]);
	free(seqs);
	photo_scan_stats_clear(&stats);
	profile_free(&p);
	free(dir);
	return rc;
}

/* Scatter-shoot orders in every state, for students and a walk-in. */
int
demo_step_orders(struct demo_ctx *ctx, char **cause)
{
	static const struct {
		const char	*student;	/* seq, or NULL for the walk-in */
		const char	*tier;
		int		 moves;		/* 0 ordered, 1 paid, 2 shot, 3 mailed, -1 cancelled, -2 refunded */
	} demo_orders[] = {
		{ "1001", "standard", 3 }, { "2001", "premium", 2 }, { "3001", "standard", 1 },
		{ "4001", "premium", 0 }, { "5001", "standard", -1 }, { "6001", "premium", -2 },
		{ NULL, "standard", 1 },
	};
	size_t norders = 0;
	char *receipt = NULL;

	for (size_t i = 0; i < sizeof demo_orders / sizeof demo_orders[0]; i++) {
		struct order_new on;
		int64_t id;
		int m = demo_orders[i].moves, ok;

		memset(&on, 0, sizeof on);
		on.student = demo_orders[i].student;
		if (on.student == NULL) {
			on.name = "林晓雨";
			on.id_number = "11010519491231002X";
		}
		on.phone = "13805310000";
		on.tier = demo_orders[i].tier;
		on.address = "山东省济南市历下区经十路 100 号";
		if (order_add(ctx->db, &on, &id, cause) != 0)
			return -1;
		ok = 0;
		if (m == -1)
			ok = order_cancel(ctx->db, id, _("the student will come to the on-site day"), cause);
		if (m >= 1 || m == -2) {
			ok = order_pay(ctx->db, id, i % 2 ? "wechat" : "cash", &receipt, cause);
			free(receipt);
			receipt = NULL;
		}
		if (ok == 0 && m == -2) {
			ok = order_refund(ctx->db, id, _("the student cannot come to the shoot"), &receipt, cause);
			free(receipt);
			receipt = NULL;
		}
		if (ok == 0 && m >= 2)
			ok = order_shoot(ctx->db, id, cause);
		if (ok == 0 && m >= 3)
			ok = order_mail(ctx->db, id, "EMS", "1100012345678", cause);
		if (ok != 0)
			return -1;
		norders++;
	}
	demo_say(ctx, _("Took %zu scatter-shoot orders"), norders);
	return 0;
}
