/* SPDX-License-Identifier: MIT */
#ifndef THUMB_H
#define THUMB_H
/*
 * A small picture of a photo for the screen: the JPEG decoded at reduced
 * scale by the photo checks' decoder (jpegdec_rgb: libjpeg DCT scaling, so
 * a 960×1280 photo costs a 120×160 decode), then averaged down to fit a
 * box, keeping the photo's proportions.
 */
#include <stddef.h>

struct thumb {
	int		 width, height;	/* pixels */
	unsigned char	*rgb;		/* width * height * 3, row by row */
	int		 photo_width;	/* the photo's own size */
	int		 photo_height;
};

/*
 * Decodes path into at most max_w × max_h pixels.  -1 with *cause when the
 * file cannot be read or is not a complete JPEG.
 */
int	 thumb_load(const char *path, int max_w, int max_h, struct thumb *, char **cause);
void	 thumb_free(struct thumb *);
#endif
