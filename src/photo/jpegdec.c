/* SPDX-License-Identifier: MIT */
/* Decoding with libjpeg-turbo; errors and warnings come back, never exit. */
#include "config.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

#include "util/i18n.h"
#include "photo/jpegdec.h"
#include "util/xalloc.h"

struct jpegdec_err {
	struct jpeg_error_mgr	 mgr;
	jmp_buf			 jump;
	char			 message[JMSG_LENGTH_MAX];
};

static void
jpegdec_error_exit(j_common_ptr cinfo)
{
	struct jpegdec_err *e = (struct jpegdec_err *)cinfo->err;

	(*cinfo->err->format_message)(cinfo, e->message);
	longjmp(e->jump, 1);
}

/* A warning (level -1) is a damaged file: stop at once. Trace messages are ignored. */
static void
jpegdec_emit_message(j_common_ptr cinfo, int level)
{
	struct jpegdec_err *e = (struct jpegdec_err *)cinfo->err;

	if (level >= 0)
		return;
	(*cinfo->err->format_message)(cinfo, e->message);
	longjmp(e->jump, 1);
}

int
jpegdec_rgb(const unsigned char *buf, size_t len, int scale, int max_side,
    struct jpegdec_image *img, char **cause)
{
	struct jpeg_decompress_struct cinfo;
	struct jpegdec_err err;
	unsigned char *volatile rgb = NULL, *volatile quad = NULL;
	JSAMPROW row;
	int cmyk;

	memset(img, 0, sizeof *img);
	memset(&cinfo, 0, sizeof cinfo);
	cinfo.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = jpegdec_error_exit;
	err.mgr.emit_message = jpegdec_emit_message;
	err.message[0] = '\0';
	if (setjmp(err.jump) != 0) {
		*cause = xasprintf(_("the JPEG data cannot be decoded: %s"), err.message);
		jpeg_destroy_decompress(&cinfo);
		free(rgb);
		free(quad);
		return -1;
	}
	jpeg_create_decompress(&cinfo);
	jpeg_mem_src(&cinfo, buf, (unsigned long)len);
	jpeg_read_header(&cinfo, TRUE);
	if (cinfo.image_width == 0 || cinfo.image_height == 0 ||
	    (int)cinfo.image_width > max_side || (int)cinfo.image_height > max_side) {
		*cause = xasprintf(_("the JPEG declares %u x %u pixels, more than %d a side; "
		    "refused"), cinfo.image_width, cinfo.image_height, max_side);
		jpeg_destroy_decompress(&cinfo);
		return -1;
	}
	cmyk = cinfo.num_components == 4;
	cinfo.out_color_space = cmyk ? JCS_CMYK : JCS_RGB;
	cinfo.scale_num = 1;
	cinfo.scale_denom = (unsigned)scale;
	cinfo.dct_method = JDCT_ISLOW;
	/* chroma smoothing buys nothing at a reduced scale */
	cinfo.do_fancy_upsampling = FALSE;
	jpeg_start_decompress(&cinfo);
	rgb = xmalloc((size_t)cinfo.output_width * cinfo.output_height * 3);
	if (cmyk)
		quad = xmalloc((size_t)cinfo.output_width * 4);
	while (cinfo.output_scanline < cinfo.output_height) {
		unsigned char *out = rgb + (size_t)cinfo.output_scanline * cinfo.output_width * 3;

		row = cmyk ? quad : out;
		jpeg_read_scanlines(&cinfo, &row, 1);
		/* Adobe writes inverted CMYK: R = C * K / 255 */
		for (JDIMENSION x = 0; cmyk && x < cinfo.output_width; x++)
			for (int c = 0; c < 3; c++)
				out[x * 3 + c] = (unsigned char)(quad[x * 4 + c] * quad[x * 4 + 3] / 255);
	}
	free(quad);
	quad = NULL;
	jpeg_finish_decompress(&cinfo);
	img->rgb = rgb;
	img->width = (int)cinfo.output_width;
	img->height = (int)cinfo.output_height;
	img->full_width = (int)cinfo.image_width;
	img->full_height = (int)cinfo.image_height;
	jpeg_destroy_decompress(&cinfo);
	return 0;
}

void
jpegdec_image_free(struct jpegdec_image *img)
{
	free(img->rgb);
	img->rgb = NULL;
}
