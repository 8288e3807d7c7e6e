/* SPDX-License-Identifier: MIT */
#ifndef JPEGMETA_H
#define JPEGMETA_H
/*
 * What a JPEG file says about itself, read from its markers without decoding
 * a pixel: the frame (SOF), JFIF density (APP0), EXIF resolution and
 * orientation (APP1), an ICC profile (APP2), the Adobe colour transform
 * (APP14).  Parsing stops at the first scan (SOS).
 */
#include <stddef.h>

enum jpegmeta_units {
	JPEGMETA_UNITS_NONE = 0,	/* aspect ratio only */
	JPEGMETA_UNITS_INCH = 1,
	JPEGMETA_UNITS_CM = 2,
};

struct jpegmeta {
	int	 sof;			/* the SOF marker, 0xc0..0xcf; 0 when none */
	int	 width, height;
	int	 precision;		/* bits per sample */
	int	 components;
	int	 arithmetic;		/* SOF9..SOF15 */
	int	 progressive;		/* SOF2, SOF6, SOF10, SOF14 */
	int	 lossless;		/* SOF3, SOF7, SOF11, SOF15 */
	int	 jfif;			/* an APP0 JFIF segment was found */
	int	 jfif_units;		/* enum jpegmeta_units */
	int	 jfif_x, jfif_y;	/* density */
	int	 exif;			/* an APP1 Exif segment was found */
	int	 exif_orientation;	/* 1-8; 0 when absent */
	double	 exif_x, exif_y;	/* XResolution, YResolution; 0 when absent */
	int	 exif_unit;		/* ResolutionUnit: 1 none, 2 inch (default), 3 cm */
	int	 icc;			/* an APP2 ICC_PROFILE segment was found */
	long	 icc_bytes;
	int	 adobe;			/* an APP14 Adobe segment was found */
	int	 adobe_transform;	/* 0 none (RGB/CMYK), 1 YCbCr, 2 YCCK */
	int	 sos;			/* the first scan was reached */
};

/*
 * The image format buf starts with when it is not a JPEG ("PNG", "GIF",
 * "HEIC", ...), NULL when it starts like a JPEG or is unknown; *known is
 * set to 0 for an unknown format.  Static strings.
 */
const char	*jpegmeta_sniff(const unsigned char *buf, size_t len, int *known);

/*
 * Reads the markers of buf into m.  Returns 0, or -1 when buf is not a JPEG
 * or its headers are cut short or malformed, with *cause set.
 */
int		 jpegmeta_parse(const unsigned char *buf, size_t len, struct jpegmeta *m,
		    char **cause);

/*
 * Parses an EXIF APP1 payload (after "Exif\0\0": the TIFF header onwards)
 * into m's exif_* fields.  Returns 0, -1 when the TIFF structure is broken.
 */
int		 jpegmeta_exif(const unsigned char *tiff, size_t len, struct jpegmeta *m);
#endif
