/* SPDX-License-Identifier: MIT */
/*
 * Near-duplicate signatures, calibrated on synthesised people: a re-encode or
 * a light edit of one person must stay at or below the profile's "similar"
 * distance, two different people must stay above it.  With an argument N it
 * becomes the calibration run quoted in caiji-photo(7): N people at
 * xinhua-960 (or the profile named second), three variants each, and the
 * error rates of the signature and, for comparison, of a 64-bit average hash.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "photo/photo.h"
#include "season/season.h"
#include "demo/synth.h"
#include "unit.h"

#define VARIANTS 3

static int
sig_of(const struct profile *p, const struct synth_params *sp, struct signature *s)
{
	struct photo_result r = { 0 };
	unsigned char *buf;
	size_t len;
	char *cause = NULL;
	int ok;

	if (synth_photo(p, sp, &buf, &len, NULL, &cause) != 0) {
		fprintf(stderr, "%s\n", cause);
		free(cause);
		return -1;
	}
	photo_check_buffer(p, buf, len, &r);
	ok = r.has_signature;
	*s = r.sig;
	free(buf);
	photo_result_clear(&r);
	return ok ? 0 : -1;
}

/* A 64-bit average hash from the 24x32 luma grid, for comparison. */
static uint64_t
ahash(const struct signature *s)
{
	int cell[64], sum = 0;
	uint64_t h = 0;

	for (int gy = 0; gy < 8; gy++)
		for (int gx = 0; gx < 8; gx++) {
			int v = 0;

			for (int y = gy * 4; y < gy * 4 + 4; y++)
				for (int x = gx * 3; x < gx * 3 + 3; x++)
					v += s->v[y * SIGNATURE_LW + x];
			cell[gy * 8 + gx] = v;
			sum += v;
		}
	for (int i = 0; i < 64; i++)
		if (cell[i] * 64 > sum)
			h |= (uint64_t)1 << i;
	return h;
}

int
main(int argc, char **argv)
{
	/* make check: a few people at chsi-480 (quick, also under valgrind); the calibration: N [PROFILE] */
	int n = argc > 1 ? atoi(argv[1]) : 8, verbose = argc > 1;
	const char *profile = argc > 2 ? argv[2] : argc > 1 ? "xinhua-960" : "chsi-480";
	struct signature *orig, var[VARIANTS];
	struct profile *p;
	char *cause = NULL;
	int max_same = 0, min_diff = 1 << 30, false_similar = 0, missed = 0;
	int ah_false = 0, ah_missed = 0;
	long pairs = 0;
	struct signature a, b;

	if ((p = profile_load(season_datadir(), profile, &cause)) == NULL) {
		fprintf(stderr, "%s\n", cause);
		return 99;
	}
	/* the distance itself */
	for (int i = 0; i < SIGNATURE_LEN; i++)
		a.v[i] = b.v[i] = (unsigned char)(i * 7 % 200);
	signature_prepare(&a);
	signature_prepare(&b);
	CHECK(signature_distance(&a, &b, -1) == 0);
	for (int i = 0; i < SIGNATURE_LW * SIGNATURE_LH; i++)
		b.v[i] = (unsigned char)(a.v[i] + 5);	/* brighter: no distance */
	signature_prepare(&b);
	CHECK(signature_distance(&a, &b, -1) == 0);
	b.v[0] = (unsigned char)(a.v[0] + 5 + 100);
	signature_prepare(&b);
	CHECK(signature_distance(&a, &b, -1) == 100 * 10 / SIGNATURE_LEN);
	CHECK(signature_distance(&a, &b, 100) == 100 * 10 / SIGNATURE_LEN);
	for (int i = 0; i < SIGNATURE_LEN; i++)
		b.v[i] = (unsigned char)(a.v[i] ^ 0x40);
	signature_prepare(&b);
	CHECK(signature_distance(&a, &b, 10) > 10);
	/* the early exit never changes a verdict */
	for (int i = 0; i < SIGNATURE_LEN; i += 3)
		b.v[i] = (unsigned char)(a.v[i] + (i % 7));
	for (int i = 1; i < SIGNATURE_LEN; i += 3)
		b.v[i] = a.v[i];
	signature_prepare(&b);
	for (int lim = 0; lim < 40; lim++)
		CHECK((signature_distance(&a, &b, lim) <= lim) ==
		    (signature_distance(&a, &b, -1) <= lim));

	orig = calloc((size_t)n, sizeof *orig);
	for (int i = 0; i < n; i++) {
		struct synth_params sp = { (unsigned long)(5000 + i), SYNTH_NONE, 0, 0, 0 };
		struct synth_params v[VARIANTS] = {
			{ sp.seed, SYNTH_NONE, 80, 0, 0 },	/* re-encoded */
			{ sp.seed, SYNTH_NONE, 70, 10, 0 },	/* brightened, re-encoded */
			{ sp.seed, SYNTH_NONE, 0, -6, 1 },	/* retouched */
		};

		CHECK(sig_of(p, &sp, &orig[i]) == 0);
		for (int k = 0; k < VARIANTS; k++) {
			int d;

			CHECK(sig_of(p, &v[k], &var[k]) == 0);
			d = signature_distance(&orig[i], &var[k], -1);
			if (d > max_same)
				max_same = d;
			if (d > p->similar)
				missed++;
			CHECK((signature_distance(&orig[i], &var[k], p->similar) <= p->similar) ==
			    (d <= p->similar));
			if (__builtin_popcountll(ahash(&orig[i]) ^ ahash(&var[k])) > 6)
				ah_missed++;
		}
	}
	for (int i = 0; i < n; i++)
		for (int j = 0; j < i; j++) {
			int d = signature_distance(&orig[i], &orig[j], -1);

			pairs++;
			if (d < min_diff)
				min_diff = d;
			if (d <= p->similar)
				false_similar++;
			CHECK((signature_distance(&orig[i], &orig[j], p->similar) <= p->similar) ==
			    (d <= p->similar));
			if (__builtin_popcountll(ahash(&orig[i]) ^ ahash(&orig[j])) <= 6)
				ah_false++;
		}
	if (verbose)
		printf("people %d, variant pairs %d, different pairs %ld\n"
		    "signature: largest same-person distance %d, smallest different-person "
		    "distance %d, threshold %d\n"
		    "signature: missed-similar %d/%d, false-similar %d/%ld\n"
		    "64-bit average hash (Hamming <= 6): missed-similar %d/%d, "
		    "false-similar %d/%ld\n",
		    n, n * VARIANTS, pairs, max_same, min_diff, p->similar, missed, n * VARIANTS,
		    false_similar, pairs, ah_missed, n * VARIANTS, ah_false, pairs);
	CHECK(missed == 0);
	CHECK(false_similar == 0);
	free(orig);
	profile_free(&p);
	return unit_done();
}
