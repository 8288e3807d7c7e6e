/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/jpegdec.h"
#include "photo/thumb.h"
#include "util/xalloc.h"

/* A photo larger than this on a side is not decoded for a thumbnail. */
#define THUMB_MAX_SIDE 8192

/* Averages the decoded image (w × h × 3) down into t. */
static void
thumb_shrink(const unsigned char *src, int w, int h, struct thumb *t)
{
	for (int y = 0; y < t->height; y++) {
		int y0 = y * h / t->height, y1 = (y + 1) * h / t->height;

		if (y1 <= y0)
			y1 = y0 + 1;
		for (int x = 0; x < t->width; x++) {
			int x0 = x * w / t->width, x1 = (x + 1) * w / t->width;
			unsigned long sum[3] = { 0, 0, 0 }, n = 0;

			if (x1 <= x0)
				x1 = x0 + 1;
			for (int yy = y0; yy < y1 && yy < h; yy++)
				for (int xx = x0; xx < x1 && xx < w; xx++, n++)
					for (int c = 0; c < 3; c++)
						sum[c] += src[((size_t)yy * w + xx) * 3 + c];
			for (int c = 0; c < 3; c++)
				t->rgb[((size_t)y * t->width + x) * 3 + c] =
				    (unsigned char)(n > 0 ? sum[c] / n : 0);
		}
	}
}

/* Reads a whole file (a photo is well under a megabyte). */
static unsigned char *
thumb_read(const char *path, size_t *len, char **cause)
{
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, got;
	FILE *f;

	if ((f = fopen(path, "rb")) == NULL) {
		*cause = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return NULL;
	}
	do {
		if (n == cap) {
			cap = cap == 0 ? 1 << 16 : cap * 2;
			buf = xreallocarray(buf, cap, 1);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f)) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

int
thumb_load(const char *path, int max_w, int max_h, struct thumb *t, char **cause)
{
	struct jpegdec_image img;
	unsigned char *buf;
	size_t len;
	char *msg = NULL;
	int scale;

	memset(t, 0, sizeof *t);
	if (max_w < 1 || max_h < 1) {
		*cause = xstrdup(_("no room for the photo"));
		return -1;
	}
	if ((buf = thumb_read(path, &len, cause)) == NULL)
		return -1;
	/* the coarsest DCT scale that still fills the box (1/8 for a 960x1280 photo) */
	for (scale = 8; ; scale /= 2) {
		if (jpegdec_rgb(buf, len, scale, THUMB_MAX_SIDE, &img, &msg) != 0) {
			*cause = xasprintf(_("%s is not a readable JPEG: %s"), path, msg);
			free(msg);
			free(buf);
			return -1;
		}
		if (scale == 1 || img.width >= max_w || img.height >= max_h)
			break;
		jpegdec_image_free(&img);
	}
	free(buf);
	t->photo_width = img.full_width;
	t->photo_height = img.full_height;
	/* fit the box, keeping the proportions */
	t->width = max_w;
	t->height = (int)((long)img.height * max_w / img.width);
	if (t->height > max_h) {
		t->height = max_h;
		t->width = (int)((long)img.width * max_h / img.height);
	}
	if (t->width < 1)
		t->width = 1;
	if (t->height < 1)
		t->height = 1;
	t->rgb = xreallocarray(NULL, (size_t)t->width * (size_t)t->height, 3);
	thumb_shrink(img.rgb, img.width, img.height, t);
	jpegdec_image_free(&img);
	return 0;
}

void
thumb_free(struct thumb *t)
{
	free(t->rgb);
	t->rgb = NULL;
	t->width = t->height = 0;
}
