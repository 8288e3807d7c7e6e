/* SPDX-License-Identifier: MIT */
#ifndef SIGNATURE_H
#define SIGNATURE_H
/*
 * A visual signature of a portrait for near-duplicate detection
 * (PHOTO_SIMILAR), computed from the reduced-scale decode the pixel checks
 * already made.  It is a 24x32 grid of mean luma and a 12x16 grid of each
 * chroma channel: fine enough that two different people against the same
 * blue background differ in hundreds of cells, coarse enough that a
 * re-encode or a brightness change does not.  Calibration in caiji-photo(7).
 */
#include <stddef.h>

#define SIGNATURE_LW	24
#define SIGNATURE_LH	32
#define SIGNATURE_CW	12
#define SIGNATURE_CH	16
#define SIGNATURE_LEN	(SIGNATURE_LW * SIGNATURE_LH + 2 * SIGNATURE_CW * SIGNATURE_CH)

/* Sums over blocks of 4 x 4 cells, for a cheap lower bound of the distance. */
#define SIGNATURE_NBLOCKS \
	(SIGNATURE_LW / 4 * (SIGNATURE_LH / 4) + 2 * (SIGNATURE_CW / 4) * (SIGNATURE_CH / 4))

struct signature {
	unsigned char	v[SIGNATURE_LEN];	/* luma cells, then Cb, then Cr: stored */
	int		lsum;			/* derived from v: sum of the luma cells */
	int		block[SIGNATURE_NBLOCKS];	/* derived: block sums */
};

/* Computes the signature of an RGB image of w x h pixels (w, h >= 24). */
void	signature_compute(const unsigned char *rgb, int w, int h, struct signature *);
/* Fills the derived fields after v was set (e.g. read back from the database). */
void	signature_prepare(struct signature *);
/*
 * The distance between two signatures: the mean absolute difference per
 * cell in tenths of a grey level, after removing a difference in overall
 * brightness.  0 for identical pictures; stops counting above limit (pass
 * a negative limit to get the exact value) and returns a value above it.
 */
int	signature_distance(const struct signature *, const struct signature *, int limit);
#endif
