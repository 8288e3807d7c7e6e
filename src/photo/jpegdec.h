/* SPDX-License-Identifier: MIT */
#ifndef JPEGDEC_H
#define JPEGDEC_H
/*
 * Decoding a JPEG held in memory into 8-bit RGB at a reduced scale
 * (libjpeg-turbo DCT scaling), with an error manager that returns instead of
 * exiting.  Every libjpeg warning (premature end of data, corrupt entropy
 * data) counts as a failure: a photo must decode completely.
 *
 * The TUI uses this for thumbnails: jpegdec_rgb(buf, len, 8, ...) gives a
 * 120x160 image of a 960x1280 photo at little cost.
 */
#include <stddef.h>

struct jpegdec_image {
	unsigned char	*rgb;		/* width * height * 3 bytes, rows top down */
	int		 width, height;	/* of the scaled image */
	int		 full_width, full_height;	/* as stored in the file */
};

/*
 * Decodes buf at 1/scale (scale 1, 2, 4 or 8) into img.  An image with a side
 * larger than max_side pixels is refused before anything is allocated.
 * Returns 0, or -1 with *cause set (libjpeg's own message, translated where
 * it matters).  On success the caller owns img->rgb (jpegdec_image_free).
 */
int	jpegdec_rgb(const unsigned char *buf, size_t len, int scale, int max_side,
	    struct jpegdec_image *img, char **cause);
void	jpegdec_image_free(struct jpegdec_image *);
#endif
