/* SPDX-License-Identifier: MIT */
/* Reading JPEG markers: frame, density, orientation, colour profile. */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/jpegmeta.h"
#include "util/xalloc.h"

const char *
jpegmeta_sniff(const unsigned char *b, size_t len, int *known)
{
	*known = 1;
	if (len >= 3 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff)
		return NULL;
	if (len >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0)
		return "PNG";
	if (len >= 6 && (memcmp(b, "GIF87a", 6) == 0 || memcmp(b, "GIF89a", 6) == 0))
		return "GIF";
	if (len >= 12 && memcmp(b + 4, "ftyp", 4) == 0) {
		if (memcmp(b + 8, "heic", 4) == 0 || memcmp(b + 8, "heix", 4) == 0 ||
		    memcmp(b + 8, "mif1", 4) == 0 || memcmp(b + 8, "msf1", 4) == 0 ||
		    memcmp(b + 8, "hevc", 4) == 0)
			return "HEIC";
		if (memcmp(b + 8, "avif", 4) == 0)
			return "AVIF";
		return "MP4/QuickTime";
	}
	if (len >= 12 && memcmp(b, "RIFF", 4) == 0 && memcmp(b + 8, "WEBP", 4) == 0)
		return "WebP";
	if (len >= 2 && memcmp(b, "BM", 2) == 0)
		return "BMP";
	if (len >= 4 && (memcmp(b, "II*\0", 4) == 0 || memcmp(b, "MM\0*", 4) == 0))
		return "TIFF";
	if (len >= 5 && memcmp(b, "%PDF-", 5) == 0)
		return "PDF";
	if (len >= 4 && memcmp(b, "PK\3\4", 4) == 0)
		return "ZIP";
	if (len >= 12 && memcmp(b, "\0\0\0\x0cjP  ", 8) == 0)
		return "JPEG 2000";
	*known = 0;
	return NULL;
}

static unsigned
jpegmeta_u16(const unsigned char *p, int le)
{
	return le ? (unsigned)p[0] | (unsigned)p[1] << 8 : (unsigned)p[0] << 8 | p[1];
}

static uint32_t
jpegmeta_u32(const unsigned char *p, int le)
{
	return le ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24 :
	    (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A RATIONAL at offset off of the TIFF block, 0 when out of bounds. */
static double
jpegmeta_rational(const unsigned char *t, size_t len, uint32_t off, int le)
{
	uint32_t num, den;

	if (off > len || len - off < 8)
		return 0;
	num = jpegmeta_u32(t + off, le);
	den = jpegmeta_u32(t + off + 4, le);
	return den == 0 ? 0 : (double)num / den;
}

int
jpegmeta_exif(const unsigned char *t, size_t len, struct jpegmeta *m)
{
	uint32_t ifd;
	unsigned n;
	int le;

	m->exif = 1;
	m->exif_unit = 2;
	if (len < 8)
		return -1;
	if (memcmp(t, "II*\0", 4) == 0)
		le = 1;
	else if (memcmp(t, "MM\0*", 4) == 0)
		le = 0;
	else
		return -1;
	ifd = jpegmeta_u32(t + 4, le);
	if (ifd > len || len - ifd < 2)
		return -1;
	n = jpegmeta_u16(t + ifd, le);
	if ((len - ifd - 2) / 12 < n)
		return -1;
	for (unsigned i = 0; i < n; i++) {
		const unsigned char *e = t + ifd + 2 + 12 * i;
		unsigned tag = jpegmeta_u16(e, le), type = jpegmeta_u16(e + 2, le);
		uint32_t value = jpegmeta_u32(e + 8, le);

		switch (tag) {
		case 0x0112:	/* Orientation, SHORT */
			if (type == 3)
				m->exif_orientation = (int)jpegmeta_u16(e + 8, le);
			break;
		case 0x011a:	/* XResolution, RATIONAL */
			if (type == 5)
				m->exif_x = jpegmeta_rational(t, len, value, le);
			break;
		case 0x011b:	/* YResolution */
			if (type == 5)
				m->exif_y = jpegmeta_rational(t, len, value, le);
			break;
		case 0x0128:	/* ResolutionUnit, SHORT */
			if (type == 3)
				m->exif_unit = (int)jpegmeta_u16(e + 8, le);
			break;
		}
	}
	return 0;
}

/* One marker segment's payload p (length n, after the length field). */
static void
jpegmeta_segment(struct jpegmeta *m, int marker, const unsigned char *p, size_t n)
{
	if (marker == 0xe0 && n >= 12 && memcmp(p, "JFIF\0", 5) == 0) {
		m->jfif = 1;
		m->jfif_units = p[7];
		m->jfif_x = (int)jpegmeta_u16(p + 8, 0);
		m->jfif_y = (int)jpegmeta_u16(p + 10, 0);
	} else if (marker == 0xe1 && n >= 6 && memcmp(p, "Exif\0", 5) == 0 && !m->exif) {
		jpegmeta_exif(p + 6, n - 6, m);
	} else if (marker == 0xe2 && n >= 12 && memcmp(p, "ICC_PROFILE\0", 12) == 0) {
		m->icc = 1;
		m->icc_bytes += n > 14 ? (long)(n - 14) : 0;
	} else if (marker == 0xee && n >= 12 && memcmp(p, "Adobe", 5) == 0) {
		m->adobe = 1;
		m->adobe_transform = p[11];
	}
}

static void
jpegmeta_frame(struct jpegmeta *m, int marker, const unsigned char *p, size_t n)
{
	if (m->sof != 0 || n < 6)
		return;
	m->sof = marker;
	m->precision = p[0];
	m->height = (int)jpegmeta_u16(p + 1, 0);
	m->width = (int)jpegmeta_u16(p + 3, 0);
	m->components = p[5];
	m->arithmetic = marker >= 0xc9;
	m->progressive = (marker & 3) == 2;
	m->lossless = (marker & 3) == 3;
}

int
jpegmeta_parse(const unsigned char *b, size_t len, struct jpegmeta *m, char **cause)
{
	size_t pos = 2;

	memset(m, 0, sizeof *m);
	if (len < 4 || b[0] != 0xff || b[1] != 0xd8) {
		*cause = xstrdup(_("the file does not start with a JPEG marker"));
		return -1;
	}
	for (;;) {
		int marker;
		size_t seglen;

		if (pos >= len || b[pos] != 0xff)
			break;
		while (pos < len && b[pos] == 0xff)	/* fill bytes */
			pos++;
		if (pos >= len)
			break;
		marker = b[pos++];
		if (marker == 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01)
			continue;
		if (marker == 0xd9) {
			*cause = xstrdup(_("the JPEG ends before any image data"));
			return -1;
		}
		if (len - pos < 2)
			break;
		seglen = jpegmeta_u16(b + pos, 0);
		if (seglen < 2 || len - pos < seglen)
			break;
		if (marker == 0xda) {
			m->sos = 1;
			break;
		}
		if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 &&
		    marker != 0xcc)
			jpegmeta_frame(m, marker, b + pos + 2, seglen - 2);
		else
			jpegmeta_segment(m, marker, b + pos + 2, seglen - 2);
		pos += seglen;
	}
	if (!m->sos || m->sof == 0) {
		*cause = xstrdup(m->sof == 0 ? _("the JPEG headers end before the image size") :
		    _("the JPEG headers end before the image data"));
		return -1;
	}
	return 0;
}
