#include "config.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

#include "i18n.h"
#include "thumb.h"
#include "xalloc.h"

struct thumb_error {
	struct jpeg_error_mgr	 mgr;
	jmp_buf			 jump;
	char			 message[JMSG_LENGTH_MAX];
};

static void
thumb_error_exit(j_common_ptr cinfo)
{
	struct thumb_error *e = (struct thumb_error *)cinfo->err;

	e->mgr.format_message(cinfo, e->message);
	longjmp(e->jump, 1);
}

/* Warnings (a truncated file among them) are failures for a photo check; not here. */
static void
thumb_output_message(j_common_ptr cinfo)
{
	(void)cinfo;
}

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

int
thumb_load(const char *path, int max_w, int max_h, struct thumb *t, char **cause)
{
	struct jpeg_decompress_struct cinfo;
	struct thumb_error err;
	unsigned char *volatile pixels = NULL;
	FILE *volatile f;
	JSAMPROW row;
	int w, h, scale;

	memset(t, 0, sizeof *t);
	if (max_w < 1 || max_h < 1) {
		*cause = xstrdup(_("no room for the photo"));
		return -1;
	}
	if ((f = fopen(path, "rb")) == NULL) {
		*cause = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	cinfo.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = thumb_error_exit;
	err.mgr.output_message = thumb_output_message;
	if (setjmp(err.jump) != 0) {
		*cause = xasprintf(_("%s is not a readable JPEG: %s"), path, err.message);
		jpeg_destroy_decompress(&cinfo);
		fclose(f);
		free(pixels);
		thumb_free(t);
		return -1;
	}
	jpeg_create_decompress(&cinfo);
	jpeg_stdio_src(&cinfo, f);
	jpeg_read_header(&cinfo, TRUE);
	t->photo_width = (int)cinfo.image_width;
	t->photo_height = (int)cinfo.image_height;
	/* the coarsest DCT scale that still leaves at least the box */
	for (scale = 8; scale > 1; scale /= 2)
		if ((int)cinfo.image_width / scale >= max_w &&
		    (int)cinfo.image_height / scale >= max_h)
			break;
	cinfo.scale_num = 1;
	cinfo.scale_denom = (unsigned int)scale;
	cinfo.out_color_space = JCS_RGB;
	cinfo.dct_method = JDCT_IFAST;
	cinfo.do_fancy_upsampling = FALSE;
	jpeg_start_decompress(&cinfo);
	w = (int)cinfo.output_width;
	h = (int)cinfo.output_height;
	pixels = xreallocarray(NULL, (size_t)w * (size_t)h, 3);
	while (cinfo.output_scanline < cinfo.output_height) {
		row = pixels + (size_t)cinfo.output_scanline * (size_t)w * 3;
		jpeg_read_scanlines(&cinfo, &row, 1);
	}
	jpeg_finish_decompress(&cinfo);
	jpeg_destroy_decompress(&cinfo);
	fclose(f);

	/* fit the box, keeping the proportions */
	t->width = max_w;
	t->height = (int)((long)h * max_w / w);
	if (t->height > max_h) {
		t->height = max_h;
		t->width = (int)((long)w * max_h / h);
	}
	if (t->width < 1)
		t->width = 1;
	if (t->height < 1)
		t->height = 1;
	t->rgb = xreallocarray(NULL, (size_t)t->width * (size_t)t->height, 3);
	thumb_shrink(pixels, w, h, t);
	free(pixels);
	return 0;
}

void
thumb_free(struct thumb *t)
{
	free(t->rgb);
	t->rgb = NULL;
	t->width = t->height = 0;
}
