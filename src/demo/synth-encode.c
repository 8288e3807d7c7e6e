/* SPDX-License-Identifier: MIT */
/*
 * Encoding a synthetic portrait: the JFIF density, the EXIF and ICC
 * segments a defect asks for, a JPEG quality chosen to land in the
 * profile's file-size range, and the defects made on the bytes afterwards
 * (a cut file, corrupt data, a forged frame header, another format).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jpeglib.h>

#include "util/fsmode.h"
#include "util/i18n.h"
#include "demo/synth-private.h"
#include "util/xalloc.h"

struct synth_err {
	struct jpeg_error_mgr	mgr;
	jmp_buf			jump;
	char			message[JMSG_LENGTH_MAX];
};

static void
synth_error_exit(j_common_ptr cinfo)
{
	struct synth_err *e = (struct synth_err *)cinfo->err;

	(*cinfo->err->format_message)(cinfo, e->message);
	longjmp(e->jump, 1);
}

/* A minimal big-endian TIFF block with Orientation and/or resolution. */
static size_t
synth_exif(unsigned char *b, int orientation, int dpi)
{
	unsigned char *p = b;
	int n = (orientation ? 1 : 0) + (dpi ? 3 : 0);
	unsigned rat = 8 + 2 + 12 * (unsigned)n + 4;

	memcpy(p, "Exif\0\0MM\0*\0\0\0\x08", 14);
	p += 14;
	*p++ = 0;
	*p++ = (unsigned char)n;
#define ENTRY(tag, type, count, val) do {					\
	*p++ = (tag) >> 8; *p++ = (tag) & 0xff; *p++ = 0; *p++ = (type);	\
	*p++ = 0; *p++ = 0; *p++ = 0; *p++ = (count);				\
	*p++ = (unsigned char)((val) >> 24); *p++ = (unsigned char)((val) >> 16);	\
	*p++ = (unsigned char)((val) >> 8); *p++ = (unsigned char)(val);	\
} while (0)
	if (orientation)
		ENTRY(0x0112, 3, 1, (unsigned)orientation << 16);
	if (dpi) {
		ENTRY(0x011a, 5, 1, rat);
		ENTRY(0x011b, 5, 1, rat + 8);
		ENTRY(0x0128, 3, 1, 2u << 16);
	}
#undef ENTRY
	memset(p, 0, 4);
	p += 4;
	for (int i = 0; dpi && i < 2; i++) {
		unsigned v[2] = { (unsigned)dpi, 1 };

		for (int j = 0; j < 2; j++) {
			*p++ = (unsigned char)(v[j] >> 24); *p++ = (unsigned char)(v[j] >> 16);
			*p++ = (unsigned char)(v[j] >> 8); *p++ = (unsigned char)v[j];
		}
	}
	return (size_t)(p - b);
}

static int
synth_encode(const struct profile *pr, const struct synth_params *sp,
    const unsigned char *rgb, int w, int h, int quality, unsigned char **out,
    unsigned long *len, char **cause)
{
	struct jpeg_compress_struct cinfo;
	struct synth_err err;
	unsigned char *volatile row = NULL, exif[128];
	enum synth_defect d = sp->defect;
	int ncomp = d == SYNTH_GRAYSCALE ? 1 : d == SYNTH_CMYK ? 4 : 3;

	*out = NULL;
	*len = 0;
	cinfo.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = synth_error_exit;
	if (setjmp(err.jump) != 0) {
		*cause = xasprintf(_("cannot encode the photo: %s"), err.message);
		jpeg_destroy_compress(&cinfo);
		free(row);
		/* *out may already be stale after the destination grew: not freed */
		*out = NULL;
		return -1;
	}
	jpeg_create_compress(&cinfo);
	jpeg_mem_dest(&cinfo, out, len);
	cinfo.image_width = (JDIMENSION)w;
	cinfo.image_height = (JDIMENSION)h;
	cinfo.input_components = ncomp;
	cinfo.in_color_space = ncomp == 1 ? JCS_GRAYSCALE : ncomp == 4 ? JCS_CMYK : JCS_RGB;
	jpeg_set_defaults(&cinfo);
	jpeg_set_quality(&cinfo, quality, TRUE);
	cinfo.dct_method = JDCT_ISLOW;
	if (ncomp == 4) {
		jpeg_set_colorspace(&cinfo, JCS_CMYK);
		cinfo.write_Adobe_marker = TRUE;
	}
	cinfo.write_JFIF_header = TRUE;
	cinfo.density_unit = 1;
	cinfo.X_density = cinfo.Y_density = (UINT16)pr->dpi;
	if (d == SYNTH_NO_DPI || d == SYNTH_EXIF_DPI) {
		/* no density in JFIF; EXIF_DPI gives it in EXIF instead */
		cinfo.density_unit = 0;
		cinfo.X_density = cinfo.Y_density = 1;
	}
	if (d == SYNTH_DPI_72)
		cinfo.X_density = cinfo.Y_density = 72;
	if (d == SYNTH_ARITHMETIC)
		cinfo.arith_code = TRUE;
	jpeg_start_compress(&cinfo, TRUE);
	if (d == SYNTH_ORIENTATION || d == SYNTH_EXIF_DPI) {
		size_t n = synth_exif(exif, d == SYNTH_ORIENTATION ? 6 : 0,
		    d == SYNTH_EXIF_DPI ? pr->dpi : 0);

		jpeg_write_marker(&cinfo, JPEG_APP0 + 1, exif, (unsigned)n);
	}
	if (d == SYNTH_ICC) {
		/* an sRGB-sized profile: the header fields that matter, zeros elsewhere */
		unsigned char icc[14 + 3144] = "ICC_PROFILE";

		icc[12] = 1;
		icc[13] = 1;
		icc[14 + 2] = 0x0c;
		icc[14 + 3] = 0x48;
		memcpy(icc + 14 + 12, "mntrRGB XYZ ", 12);
		memcpy(icc + 14 + 36, "acsp", 4);
		jpeg_write_marker(&cinfo, JPEG_APP0 + 2, icc, sizeof icc);
	}
	row = xmalloc((size_t)w * ncomp);
	while (cinfo.next_scanline < cinfo.image_height) {
		const unsigned char *src = rgb + (size_t)cinfo.next_scanline * w * 3;
		JSAMPROW r = row;

		for (int x = 0; x < w; x++) {
			const unsigned char *s = src + x * 3;

			if (ncomp == 1)
				row[x] = (unsigned char)((299 * s[0] + 587 * s[1] + 114 * s[2]) / 1000);
			else if (ncomp == 3)
				memcpy(row + x * 3, s, 3);
			else {
				/* Adobe inverted CMYK with no black: C = R, M = G, Y = B */
				memcpy(row + x * 4, s, 3);
				row[x * 4 + 3] = 255;
			}
		}
		jpeg_write_scanlines(&cinfo, &r, 1);
	}
	jpeg_finish_compress(&cinfo);
	jpeg_destroy_compress(&cinfo);
	free(row);
	return 0;
}

/* The offset of the first marker m (0xc0...) in buf, or 0. */
static size_t
synth_find_marker(const unsigned char *buf, size_t len, int m)
{
	for (size_t i = 2; i + 1 < len; i++)
		if (buf[i] == 0xff && buf[i + 1] == m)
			return i;
	return 0;
}

/* Another format's bytes under a .jpg name, padded to a plausible size. */
static void
synth_other_format(enum synth_defect d, unsigned char **out, size_t *len)
{
	static const unsigned char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x03\xc0\0\0\x05\0"
	    "\x08\x02\0\0\0";
	static const unsigned char gif[] = "GIF89a\xc0\x03\0\x05\x80\0\0";
	static const unsigned char heic[] = "\0\0\0\x18" "ftypheic\0\0\0\0mif1heic";
	const unsigned char *src = d == SYNTH_PNG ? png : d == SYNTH_GIF ? gif : heic;
	size_t n = d == SYNTH_PNG ? sizeof png - 1 : d == SYNTH_GIF ? sizeof gif - 1 :
	    sizeof heic - 1;

	*len = 120 * 1024;
	*out = xcalloc(1, *len);
	memcpy(*out, src, n);
	for (size_t i = n; i < *len; i++)
		(*out)[i] = (unsigned char)(i * 2654435761u >> 24);
}

int
synth_photo(const struct profile *pr, const struct synth_params *sp, unsigned char **out,
    size_t *len, struct synth_truth *truth, char **cause)
{
	struct synth_person pp;
	enum synth_defect d = sp->defect;
	unsigned char *rgb, *jpg = NULL;
	unsigned long jlen = 0;
	long lo_b = 0, hi_b = 0;
	double texture = 34;
	int q = sp->quality > 0 ? sp->quality : 95, lo = 40, hi = 100, tries = 0;

	if (d == SYNTH_PNG || d == SYNTH_GIF || d == SYNTH_HEIC) {
		synth_other_format(d, out, len);
		return 0;
	}
	synth_person(pr, sp, &pp);
	if (d == SYNTH_WRONG_SIZE) {
		pp.w = pr->height;
		pp.h = pr->width;
	}
	if (d == SYNTH_TINY) {
		texture = 0;
		q = 10;
	} else if (d == SYNTH_SMALL) {
		texture = 8;
		q = 70;
	} else if (d == SYNTH_BIG) {
		texture = 60;
		q = 100;
	}
	rgb = synth_render(&pp, sp, texture);
	if (pr->size_kb[1] > 0 && sp->quality == 0 && d != SYNTH_TINY && d != SYNTH_SMALL &&
	    d != SYNTH_BIG) {
		/* aim at the middle 80 per cent of the size range */
		long span = profile_bytes(pr, pr->size_kb[1]) - profile_bytes(pr, pr->size_kb[0]);

		lo_b = profile_bytes(pr, pr->size_kb[0]) + span / 10;
		hi_b = profile_bytes(pr, pr->size_kb[1]) - span / 10;
	}
	for (;;) {
		free(jpg);
		if (synth_encode(pr, sp, rgb, pp.w, pp.h, q, &jpg, &jlen, cause) != 0) {
			free(rgb);
			return -1;
		}
		if (hi_b == 0 || ++tries > 8 || lo >= hi)
			break;
		if ((long)jlen < lo_b)
			lo = q + 1;
		else if ((long)jlen > hi_b)
			hi = q - 1;
		else
			break;
		q = (lo + hi) / 2;
	}
	free(rgb);
	if (d == SYNTH_TRUNCATED)
		jlen = jlen * 6 / 10;
	if (d == SYNTH_CORRUPT) {
		size_t sos = synth_find_marker(jpg, jlen, 0xda), mid = sos + (jlen - sos) / 2;

		for (size_t i = 0; sos > 0 && i < 64 && mid + i + 1 < jlen; i += 2) {
			jpg[mid + i] = 0xff;
			jpg[mid + i + 1] = 0xd3;
		}
	}
	if (d == SYNTH_BITS12 || d == SYNTH_HUGE) {
		size_t sof = synth_find_marker(jpg, jlen, 0xc0);

		if (sof > 0 && d == SYNTH_BITS12) {
			jpg[sof + 1] = 0xc1;
			jpg[sof + 4] = 12;
		} else if (sof > 0) {
			jpg[sof + 5] = jpg[sof + 7] = 0xff;
			jpg[sof + 6] = jpg[sof + 8] = 0xdc;	/* 65500 x 65500 */
		}
	}
	if (truth != NULL) {
		truth->head_top = (int)(pp.top + 0.5);
		truth->left = (int)(pp.cx - pp.a + 0.5);
		truth->right = (int)(pp.w - (pp.cx + pp.a) + 0.5);
		truth->face_width = (int)(2 * pp.a + 0.5);
		truth->quality = q;
	}
	*out = jpg;
	*len = jlen;
	return 0;
}

int
synth_write(const struct profile *pr, const struct synth_params *sp, const char *path,
    struct synth_truth *truth, char **cause)
{
	unsigned char *buf;
	size_t len, done = 0;
	int fd;

	if (synth_photo(pr, sp, &buf, &len, truth, cause) != 0)
		return -1;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, fsmode_file())) < 0)
		goto fail;
	while (done < len) {
		ssize_t n = write(fd, buf + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			goto fail;
		}
		done += (size_t)n;
	}
	free(buf);
	if (close(fd) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		return -1;
	}
	return 0;
fail:
	*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
	free(buf);
	return -1;
}
