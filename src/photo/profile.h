/* SPDX-License-Identifier: MIT */
#ifndef PROFILE_H
#define PROFILE_H
/*
 * A photo profile: every threshold of the photo rules (SPEC §7), read from a
 * text file in data/profiles/ (format in caiji-profile(5)).  No threshold
 * lives in code.  A rule whose keys are absent from the profile is not
 * checked.
 */
#define PROFILE_MAX_BACKGROUNDS	4

struct profile {
	char	*name;			/* the file's name, e.g. "xinhua-960" */
	char	 id[32];		/* name and a digest of the contents, "xinhua-960:1a2b3c4d" */
	int	 width, height;		/* required pixels, as stored */
	int	 dpi;			/* required density */
	int	 dpi_tolerance;		/* |dpi - required| allowed */
	int	 kb;			/* bytes in a KB: 1000 or 1024 */
	int	 min_kb;		/* a file must be larger than this */
	int	 size_kb[2];		/* allowed file size, inclusive; 0 0: no rule */
	int	 max_side;		/* refuse to decode beyond this many pixels a side */
	int	 max_kb;		/* refuse to read a file larger than this */
	int	 scale;			/* decode at 1/scale: 1, 2, 4 or 8 */
	int	 nbackgrounds;
	int	 background[PROFILE_MAX_BACKGROUNDS][3];	/* accepted RGB */
	int	 bg_tolerance;		/* mean colour to nearest reference, RGB distance */
	int	 bg_noise;		/* largest standard deviation inside a sample */
	int	 bg_gradient;		/* largest distance between two sample means */
	int	 figure_distance;	/* colour distance that separates figure from background */
	int	 head_top[2];		/* px from the top edge; 0 0: no rule */
	int	 side_margin[2];	/* px from each side to the face; 0 0: no rule */
	int	 face_width[2];		/* px; 0 0: no rule */
	int	 border_contrast;	/* edge line vs inside line, RGB distance */
	int	 border_noise;		/* largest deviation along a border line */
	int	 similar;		/* signature distance at or below: PHOTO_SIMILAR */
};

/* The profile named name in datadir/profiles; NULL with *cause on failure. */
struct profile	*profile_load(const char *datadir, const char *name, char **cause);
/* Reads a profile from a file (for tests and --profile with a path). */
struct profile	*profile_load_file(const char *path, char **cause);
void		 profile_free(struct profile **);
/* kb kilobytes in bytes, by the profile's size of a KB. */
long		 profile_bytes(const struct profile *, int kb);
#endif
