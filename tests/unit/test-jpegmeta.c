/* SPDX-License-Identifier: MIT */
/*
 * JPEG markers without decoding: JFIF density, EXIF orientation and
 * resolution (both byte orders), ICC, Adobe, the frame; broken headers; the
 * format sniffer; and the decoder's refusals.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "photo/jpegdec.h"
#include "photo/jpegmeta.h"
#include "season/season.h"
#include "demo/synth.h"
#include "unit.h"

static size_t
put(unsigned char *b, size_t at, const void *src, size_t n)
{
	memcpy(b + at, src, n);
	return at + n;
}

/* A header: SOI, JFIF (units, density), an optional APP1/APP2, SOF0, SOS. */
static size_t
header(unsigned char *b, int units, int dpi, const unsigned char *app, size_t applen,
    int w, int h, int comps)
{
	size_t n = 0;
	unsigned char jfif[] = { 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2, (unsigned char)units,
	    (unsigned char)(dpi >> 8), (unsigned char)dpi, (unsigned char)(dpi >> 8),
	    (unsigned char)dpi, 0, 0 };
	unsigned char sof[] = { 0xff, 0xc0, 0, (unsigned char)(8 + 3 * comps), 8,
	    (unsigned char)(h >> 8), (unsigned char)h, (unsigned char)(w >> 8), (unsigned char)w,
	    (unsigned char)comps, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 4, 0x11, 1 };
	unsigned char sos[] = { 0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0 };

	n = put(b, n, "\xff\xd8", 2);
	n = put(b, n, jfif, sizeof jfif);
	if (app != NULL)
		n = put(b, n, app, applen);
	n = put(b, n, sof, 10 + 3 * (size_t)comps);
	n = put(b, n, sos, sizeof sos);
	return n;
}

int
main(void)
{
	unsigned char b[512], app[128];
	struct jpegmeta m;
	char *cause = NULL;
	size_t n;
	int known;
	/* little-endian EXIF: Orientation 8, XResolution 72/1, YResolution 144/2, unit inch */
	static const unsigned char exif_le[] = {
		0xff, 0xe1, 0, 2 + 6 + 8 + 2 + 4 * 12 + 4 + 16,
		'E', 'x', 'i', 'f', 0, 0,
		'I', 'I', 42, 0, 8, 0, 0, 0,
		4, 0,
		0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0,
		0x1a, 0x01, 5, 0, 1, 0, 0, 0, 62, 0, 0, 0,
		0x1b, 0x01, 5, 0, 1, 0, 0, 0, 70, 0, 0, 0,
		0x28, 0x01, 3, 0, 1, 0, 0, 0, 2, 0, 0, 0,
		0, 0, 0, 0,
		72, 0, 0, 0, 1, 0, 0, 0,
		144, 0, 0, 0, 2, 0, 0, 0,
	};
	static const unsigned char icc[] = { 0xff, 0xe2, 0, 2 + 14 + 4, 'I', 'C', 'C', '_', 'P',
	    'R', 'O', 'F', 'I', 'L', 'E', 0, 1, 1, 0, 0, 0, 0 };

	n = header(b, 1, 300, NULL, 0, 960, 1280, 3);
	CHECK(jpegmeta_parse(b, n, &m, &cause) == 0);
	CHECK(m.width == 960 && m.height == 1280 && m.components == 3 && m.precision == 8);
	CHECK(m.jfif && m.jfif_units == 1 && m.jfif_x == 300 && m.jfif_y == 300);
	CHECK(!m.exif && !m.icc && m.exif_orientation == 0 && m.sof == 0xc0 && !m.arithmetic);

	n = header(b, 0, 1, exif_le, sizeof exif_le, 480, 640, 1);
	CHECK(jpegmeta_parse(b, n, &m, &cause) == 0);
	CHECK(m.jfif_units == 0 && m.exif && m.exif_orientation == 8);
	CHECK(m.exif_x == 72 && m.exif_y == 72 && m.exif_unit == 2);
	CHECK(m.components == 1 && m.width == 480 && m.height == 640);

	n = header(b, 2, 118, icc, sizeof icc, 960, 1280, 4);
	CHECK(jpegmeta_parse(b, n, &m, &cause) == 0);
	CHECK(m.icc && m.icc_bytes == 4 && m.components == 4 && m.jfif_units == 2);

	/* big-endian TIFF through the EXIF parser alone: orientation 6 */
	memcpy(app, "MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0", 26);
	memset(&m, 0, sizeof m);
	CHECK(jpegmeta_exif(app, 26, &m) == 0 && m.exif_orientation == 6);
	/* an IFD count that runs past the end */
	app[9] = 0x40;
	CHECK(jpegmeta_exif(app, 26, &m) == -1);
	CHECK(jpegmeta_exif((const unsigned char *)"XX*\0", 4, &m) == -1);

	/* cut short: inside the SOF, and before any marker */
	n = header(b, 1, 300, NULL, 0, 960, 1280, 3);
	CHECK(jpegmeta_parse(b, 24, &m, &cause) == -1 && cause != NULL);
	free(cause);
	cause = NULL;
	CHECK(jpegmeta_parse((const unsigned char *)"\xff\xd8", 2, &m, &cause) == -1);
	free(cause);
	cause = NULL;
	/* a segment length of 1 */
	b[4] = 0;
	b[5] = 1;
	CHECK(jpegmeta_parse(b, n, &m, &cause) == -1);
	free(cause);
	cause = NULL;

	CHECK(jpegmeta_sniff(b, n, &known) == NULL && known);
	CHECK_STR(jpegmeta_sniff((const unsigned char *)"\x89PNG\r\n\x1a\n....", 12, &known), "PNG");
	CHECK_STR(jpegmeta_sniff((const unsigned char *)"GIF89a......", 12, &known), "GIF");
	CHECK_STR(jpegmeta_sniff((const unsigned char *)"\0\0\0\x18" "ftypheic", 12, &known), "HEIC");
	CHECK(jpegmeta_sniff((const unsigned char *)"hello world!", 12, &known) == NULL && !known);

	/* the decoder refuses absurd sizes before allocating, and damaged data */
	{
		struct profile *p = profile_load(season_datadir(), "xinhua-960", &cause);
		struct synth_params sp = { 3, SYNTH_HUGE, 60, 0, 0 };
		struct jpegdec_image img;
		unsigned char *jpg;
		size_t len;

		CHECK(p != NULL);
		if (p == NULL)
			return unit_done();
		CHECK(synth_photo(p, &sp, &jpg, &len, NULL, &cause) == 0);
		CHECK(jpegdec_rgb(jpg, len, 8, p->max_side, &img, &cause) == -1);
		CHECK(cause != NULL && strstr(cause, "65500") != NULL);
		free(cause);
		cause = NULL;
		free(jpg);
		sp.defect = SYNTH_TRUNCATED;
		CHECK(synth_photo(p, &sp, &jpg, &len, NULL, &cause) == 0);
		CHECK(jpegdec_rgb(jpg, len, 8, p->max_side, &img, &cause) == -1);
		free(cause);
		cause = NULL;
		free(jpg);
		sp.defect = SYNTH_NONE;
		CHECK(synth_photo(p, &sp, &jpg, &len, NULL, &cause) == 0);
		CHECK(jpegdec_rgb(jpg, len, 8, p->max_side, &img, &cause) == 0);
		CHECK(img.width == 120 && img.height == 160 && img.full_width == 960);
		jpegdec_image_free(&img);
		free(jpg);
		profile_free(&p);
	}
	return unit_done();
}
