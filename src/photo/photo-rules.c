/* SPDX-License-Identifier: MIT */
/*
 * The rules of SPEC §7 on a photo's bytes: size, format, headers, then the
 * pixel rules on one reduced-scale decode.  Each finding's detail gives the
 * measured value and what the profile allows.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "photo/jpegdec.h"
#include "photo/photo.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

static void
photo_rules_size(const struct profile *p, struct photo_result *r)
{
	double kb = (double)r->size / p->kb;

	if (r->size <= profile_bytes(p, p->min_kb))
		flag_list_add(&r->flags, FLAG_PHOTO_TOO_SMALL,
		    _("%lld bytes (%.1f KB), must be more than %d KB (1 KB = %d bytes)"),
		    (long long)r->size, kb, p->min_kb, p->kb);
	else if (p->size_kb[1] > 0 && (r->size < profile_bytes(p, p->size_kb[0]) ||
	    r->size > profile_bytes(p, p->size_kb[1])))
		flag_list_add(&r->flags, FLAG_PHOTO_FILESIZE,
		    _("%lld bytes (%.1f KB), expected %d-%d KB (1 KB = %d bytes)"),
		    (long long)r->size, kb, p->size_kb[0], p->size_kb[1], p->kb);
}

static void
photo_rules_dpi(const struct profile *p, struct photo_result *r)
{
	const struct jpegmeta *m = &r->meta;
	const char *src;

	if (m->jfif && m->jfif_units != JPEGMETA_UNITS_NONE) {
		double f = m->jfif_units == JPEGMETA_UNITS_CM ? 2.54 : 1;

		r->dpi_source = PHOTO_DPI_JFIF;
		r->dpi_x = m->jfif_x * f;
		r->dpi_y = m->jfif_y * f;
	} else if (m->exif && m->exif_x > 0 && m->exif_y > 0 && m->exif_unit != 1) {
		double f = m->exif_unit == 3 ? 2.54 : 1;

		r->dpi_source = PHOTO_DPI_EXIF;
		r->dpi_x = m->exif_x * f;
		r->dpi_y = m->exif_y * f;
	} else {
		r->dpi_source = PHOTO_DPI_NONE;
		flag_list_add_sev(&r->flags, FLAG_PHOTO_DPI, SEV_WARNING,
		    _("no resolution: JFIF gives none (units 0) and there is no EXIF "
		    "resolution; expected %d dpi"), p->dpi);
		return;
	}
	src = r->dpi_source == PHOTO_DPI_JFIF ? "JFIF" : "EXIF";
	if (fabs(r->dpi_x - p->dpi) > p->dpi_tolerance ||
	    fabs(r->dpi_y - p->dpi) > p->dpi_tolerance)
		flag_list_add(&r->flags, FLAG_PHOTO_DPI, _("%.0f x %.0f dpi (%s), expected %d"),
		    r->dpi_x, r->dpi_y, src, p->dpi);
}

static const char *
photo_rules_orientation(int o)
{
	switch (o) {
	case 2: return _("mirrored");
	case 3: return _("rotated 180 degrees");
	case 4: return _("flipped upside down");
	case 5: return _("mirrored and rotated");
	case 6: return _("rotated 90 degrees clockwise");
	case 7: return _("mirrored and rotated");
	case 8: return _("rotated 90 degrees anticlockwise");
	default: return _("unknown");
	}
}

/* Returns 1 when the file may be decoded. */
static int
photo_rules_header(const struct profile *p, struct photo_result *r)
{
	const struct jpegmeta *m = &r->meta;
	struct strbuf sb = STRBUF_INIT;
	int decode = 1;

	if (m->arithmetic || m->lossless) {
		flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG,
		    m->arithmetic ?
		    _("arithmetic-coded JPEG (SOF%d), a variant most software, Xuexin's "
		    "included, cannot open; save as a standard JPEG") :
		    _("lossless JPEG (SOF%d), a variant most software, Xuexin's included, "
		    "cannot open; save as a standard JPEG"), m->sof - 0xc0);
		decode = 0;
	}
	if (m->width != p->width)
		strbuf_printf(&sb, _("width %d px, expected %d"), m->width, p->width);
	if (m->height != p->height) {
		if (sb.len > 0)
			strbuf_puts(&sb, _("; "));
		strbuf_printf(&sb, _("height %d px, expected %d"), m->height, p->height);
	}
	if (m->width > p->max_side || m->height > p->max_side || m->width == 0 ||
	    m->height == 0) {
		strbuf_printf(&sb, _("; more than %d px a side, refused to decode"), p->max_side);
		decode = 0;
	}
	if (sb.len > 0)
		flag_list_add(&r->flags, FLAG_PHOTO_DIMENSIONS, "%s", strbuf_str(&sb));
	strbuf_free(&sb);
	photo_rules_dpi(p, r);
	if (m->precision != 8) {
		flag_list_add(&r->flags, FLAG_PHOTO_COLORSPACE,
		    _("%d bits per sample, expected 8 (24-bit colour)"), m->precision);
		decode = 0;
	} else if (m->components == 1)
		flag_list_add(&r->flags, FLAG_PHOTO_COLORSPACE,
		    _("1 component (grayscale), expected 3 (24-bit colour)"));
	else if (m->components == 4)
		flag_list_add(&r->flags, FLAG_PHOTO_COLORSPACE,
		    _("4 components (%s), expected 3 (24-bit colour)"),
		    m->adobe && m->adobe_transform == 2 ? "YCCK" : "CMYK");
	else if (m->components != 3) {
		flag_list_add(&r->flags, FLAG_PHOTO_COLORSPACE,
		    _("%d components, expected 3 (24-bit colour)"), m->components);
		decode = 0;
	}
	if (m->icc)
		flag_list_add(&r->flags, FLAG_PHOTO_ICC,
		    _("embedded ICC colour profile of %ld bytes (APP2)"), m->icc_bytes);
	if (m->exif_orientation > 1)
		flag_list_add(&r->flags, FLAG_PHOTO_ORIENTATION,
		    _("EXIF orientation %d (%s), expected 1 (upright)"), m->exif_orientation,
		    photo_rules_orientation(m->exif_orientation));
	return decode;
}

static void
photo_rules_background(const struct profile *p, struct photo_result *r)
{
	const struct pixels_result *x = &r->px;
	const int *ref = p->background[x->bg_ref];
	struct strbuf sb = STRBUF_INIT;

	if (x->bg_distance > p->bg_tolerance)
		strbuf_printf(&sb, _("colour RGB(%d,%d,%d) is %d away from RGB(%d,%d,%d), "
		    "allowed %d"), x->bg[0], x->bg[1], x->bg[2], x->bg_distance, ref[0], ref[1],
		    ref[2], p->bg_tolerance);
	if (x->bg_gradient > p->bg_gradient)
		strbuf_printf(&sb, _("%scolour varies by %d between corners and edges "
		    "(gradient or shadow), allowed %d"), sb.len > 0 ? _("; ") : "",
		    x->bg_gradient, p->bg_gradient);
	if (x->bg_noise > p->bg_noise)
		strbuf_printf(&sb, _("%suneven: deviation %d inside a sample, allowed %d"),
		    sb.len > 0 ? _("; ") : "", x->bg_noise, p->bg_noise);
	if (sb.len > 0)
		flag_list_add(&r->flags, FLAG_PHOTO_BACKGROUND, _("background %s"),
		    strbuf_str(&sb));
	strbuf_free(&sb);
}

static void
photo_rules_figure(const struct profile *p, struct photo_result *r)
{
	const struct pixels_result *x = &r->px;

	if (!x->figure) {
		if (p->head_top[1] > 0 || p->side_margin[1] > 0 || p->face_width[1] > 0)
			flag_list_add(&r->flags, FLAG_PHOTO_HEAD_TOP,
			    _("no figure stands out from the background"));
		return;
	}
	if (p->head_top[1] > 0 && (x->head_top < p->head_top[0] || x->head_top > p->head_top[1]))
		flag_list_add(&r->flags, FLAG_PHOTO_HEAD_TOP,
		    _("head top %d px below the top edge, expected %d-%d"), x->head_top,
		    p->head_top[0], p->head_top[1]);
	if (p->side_margin[1] > 0 &&
	    (x->left < p->side_margin[0] || x->left > p->side_margin[1] ||
	    x->right < p->side_margin[0] || x->right > p->side_margin[1]))
		flag_list_add(&r->flags, FLAG_PHOTO_SIDE_MARGIN,
		    _("face %d px from the left edge and %d px from the right, expected %d-%d"),
		    x->left, x->right, p->side_margin[0], p->side_margin[1]);
	if (p->face_width[1] > 0 &&
	    (x->face_width < p->face_width[0] || x->face_width > p->face_width[1]))
		flag_list_add(&r->flags, FLAG_PHOTO_SIDE_MARGIN,
		    _("face width %d px, expected %d-%d"), x->face_width, p->face_width[0],
		    p->face_width[1]);
}

static void
photo_rules_border(struct photo_result *r)
{
	static const struct { int bit; const char *name; } edges[] = {
		{ PIXELS_EDGE_TOP, N_("top") }, { PIXELS_EDGE_BOTTOM, N_("bottom") },
		{ PIXELS_EDGE_LEFT, N_("left") }, { PIXELS_EDGE_RIGHT, N_("right") },
	};
	struct strbuf sb = STRBUF_INIT;

	if (r->px.border == 0)
		return;
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		if (r->px.border & edges[i].bit)
			strbuf_printf(&sb, "%s%s", sb.len > 0 ? ", " : "", _(edges[i].name));
	flag_list_add(&r->flags, FLAG_PHOTO_BORDER,
	    _("an even line unlike the inside runs along the edge: %s"), strbuf_str(&sb));
	strbuf_free(&sb);
}

void
photo_check_buffer(const struct profile *p, const unsigned char *buf, size_t len,
    struct photo_result *r)
{
	struct jpegdec_image img;
	const char *format;
	char *cause = NULL;
	int known;

	r->size = (int64_t)len;
	sha256_hex(buf, len, r->sha256);
	photo_rules_size(p, r);
	if ((format = jpegmeta_sniff(buf, len, &known)) != NULL || !known) {
		if (format != NULL)
			flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG,
			    _("the file holds a %s image, not a JPEG"), format);
		else
			flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG,
			    _("the file is not an image caiji knows (it starts with %02x %02x %02x)"),
			    buf[0], len > 1 ? buf[1] : 0, len > 2 ? buf[2] : 0);
		return;
	}
	if (jpegmeta_parse(buf, len, &r->meta, &cause) != 0) {
		flag_list_add(&r->flags, FLAG_PHOTO_CORRUPT, "%s", cause);
		free(cause);
		return;
	}
	r->is_jpeg = 1;
	if (!photo_rules_header(p, r))
		return;
	if (jpegdec_rgb(buf, len, p->scale, p->max_side, &img, &cause) != 0) {
		flag_list_add(&r->flags, FLAG_PHOTO_CORRUPT, "%s", cause);
		free(cause);
		return;
	}
	r->decoded = 1;
	pixels_analyse(img.rgb, img.width, img.height, img.full_width, img.full_height, p,
	    &r->px);
	if (img.width >= SIGNATURE_LW && img.height >= SIGNATURE_LH) {
		signature_compute(img.rgb, img.width, img.height, &r->sig);
		r->has_signature = 1;
	}
	jpegdec_image_free(&img);
	/* a wrong colour space is one root cause: no colour rule on top */
	if (r->meta.components == 3)
		photo_rules_background(p, r);
	/* the geometry rules are in pixels of the required size */
	if (r->meta.width == p->width && r->meta.height == p->height)
		photo_rules_figure(p, r);
	photo_rules_border(r);
}

int
photo_result_worst(const struct photo_result *r)
{
	int worst = -1;

	if (r->io_error != NULL)
		return SEV_ERROR;
	for (size_t i = 0; i < r->flags.n; i++) {
		if (r->flags.v[i].severity == SEV_ERROR)
			return SEV_ERROR;
		worst = SEV_WARNING;
	}
	return worst;
}

void
photo_result_clear(struct photo_result *r)
{
	free(r->path);
	free(r->io_error);
	flag_list_clear(&r->flags);
	memset(r, 0, sizeof *r);
}
