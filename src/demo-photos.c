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

#include "demo.h"
#include "i18n.h"
#include "order.h"
#include "photo-scan.h"
#include "profile.h"
#include "synth.h"
#include "xalloc.h"

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

/* Writes the photo folder; *written counts the files. */
static int
demo_write_photos(struct demo_ctx *ctx, const struct profile *p, const char *dir,
    char **seqs, size_t n, size_t *written, char **cause)
{
	struct synth_params sp;
	size_t limit = ctx->max_photos >= 0 ? (size_t)ctx->max_photos : n, d = 0;
	char *path, *first = NULL;
	int rc = -1;

	*written = 0;
	for (size_t i = 0; i < n && *written < limit; i++) {
		if (i % DEMO_MISSING_EVERY == DEMO_MISSING_EVERY - 1)
			continue;	/* the college has not sent this one yet */
		path = xasprintf("%s/%s.jpg", dir, seqs[i]);
		if (i == 5 && first != NULL) {
			/* the college sent one student's photo for another too */
			if (demo_copy(first, path, cause) != 0) {
				free(path);
				goto out;
			}
		} else {
			memset(&sp, 0, sizeof sp);
			sp.seed = ctx->rng + i * 7919;
			sp.defect = i % DEMO_DEFECT_EVERY == 4 ?
			    demo_defects[d++ % (sizeof demo_defects / sizeof demo_defects[0])] :
			    SYNTH_NONE;
			if (synth_write(p, &sp, path, NULL, cause) != 0) {
				free(path);
				goto out;
			}
		}
		if (first == NULL)
			first = xstrdup(path);
		free(path);
		(*written)++;
	}
	/* a photo for no one, and one named by the camera */
	memset(&sp, 0, sizeof sp);
	sp.seed = ctx->rng + 1;
	path = xasprintf("%s/1998.jpg", dir);
	rc = synth_write(p, &sp, path, NULL, cause);
	free(path);
	if (rc != 0)
		goto out;
	sp.seed = ctx->rng + 2;
	path = xasprintf("%s/IMG_0412.jpg", dir);
	rc = synth_write(p, &sp, path, NULL, cause);
	free(path);
	*written += 2;
out:
	free(first);
	return rc;
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
