/* SPDX-License-Identifier: MIT */
#ifndef SYNTH_H
#define SYNTH_H
/*
 * A portrait synthesiser for tests, the benchmark and `caiji demo`: a
 * head-and-shoulders figure against the profile's background, with a face
 * shape, hair, features, clothing and position drawn from a seed, encoded at
 * the profile's size, density and file size, or with one defect on demand.
 * Nothing random escapes the seed: the same seed gives the same bytes.
 */
#include <stddef.h>

#include "photo/profile.h"

#define SYNTH_DEFECTS(X) \
	X(NONE, "none") \
	X(WRONG_SIZE, "wrong-size") \
	X(TINY, "tiny") \
	X(SMALL, "small") \
	X(BIG, "big") \
	X(NO_DPI, "no-dpi") \
	X(DPI_72, "dpi-72") \
	X(EXIF_DPI, "exif-dpi") \
	X(GRAYSCALE, "grayscale") \
	X(CMYK, "cmyk") \
	X(ICC, "icc") \
	X(ORIENTATION, "orientation") \
	X(GRADIENT, "gradient") \
	X(SHADOW, "shadow") \
	X(NOISY_BG, "noisy-background") \
	X(WHITE_BG, "white-background") \
	X(HEAD_HIGH, "head-high") \
	X(HEAD_LOW, "head-low") \
	X(FACE_WIDE, "face-wide") \
	X(FACE_NARROW, "face-narrow") \
	X(BORDER, "border") \
	X(TRUNCATED, "truncated") \
	X(CORRUPT, "corrupt") \
	X(PNG, "png") \
	X(GIF, "gif") \
	X(HEIC, "heic") \
	X(ARITHMETIC, "arithmetic") \
	X(BITS12, "12-bit") \
	X(HUGE, "huge")

enum synth_defect {
#define SYNTH_ENUM(id, name) SYNTH_##id,
	SYNTH_DEFECTS(SYNTH_ENUM)
#undef SYNTH_ENUM
	SYNTH__COUNT
};

struct synth_params {
	unsigned long		 seed;		/* the person */
	enum synth_defect	 defect;
	int			 quality;	/* 0: chosen to hit the profile's file size */
	int			 brightness;	/* added to every pixel: a light edit */
	int			 retouch;	/* 1: paint small blemishes out (a light edit) */
};

/* What the synthesiser drew, in pixels of the full image, for calibration. */
struct synth_truth {
	int	head_top;
	int	left, right;		/* face to the side edges */
	int	face_width;
	int	quality;		/* the JPEG quality used */
};

/*
 * Renders and encodes one photo for profile p.  Returns 0 with *out (owned
 * by the caller, free()) and *len, or -1 with *cause set.  truth may be NULL.
 */
int		 synth_photo(const struct profile *p, const struct synth_params *,
		    unsigned char **out, size_t *len, struct synth_truth *truth, char **cause);
/* synth_photo into a file (created with fsmode_file(), or replaced). */
int		 synth_write(const struct profile *p, const struct synth_params *,
		    const char *path, struct synth_truth *truth, char **cause);
/* The defect named name, or -1. */
int		 synth_defect_lookup(const char *name);
const char	*synth_defect_name(enum synth_defect);
#endif
