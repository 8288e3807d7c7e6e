/* SPDX-License-Identifier: MIT */
/*
 * Drawing a synthetic portrait.  A person is a handful of numbers drawn from
 * the seed (face size and shape, position, skin, hair, clothing, features);
 * the picture is painted back to front: background, clothing, neck, head,
 * hair, features, then fine texture noise that gives the JPEG the file size
 * of a real photo.
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "demo/synth-private.h"
#include "util/xalloc.h"

static const char *const synth_names[] = {
#define SYNTH_NAME(id, name) name,
	SYNTH_DEFECTS(SYNTH_NAME)
#undef SYNTH_NAME
};

int
synth_defect_lookup(const char *name)
{
	for (int i = 0; i < SYNTH__COUNT; i++)
		if (strcmp(synth_names[i], name) == 0)
			return i;
	return -1;
}

const char *
synth_defect_name(enum synth_defect d)
{
	return d < SYNTH__COUNT ? synth_names[d] : "?";
}

/* splitmix64: the person's numbers. */
static uint64_t
synth_next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static double
synth_uniform(uint64_t *s, double lo, double hi)
{
	return lo + (hi - lo) * (double)(synth_next(s) >> 11) / 9007199254740992.0;
}

/* A value well inside [lo, hi]: the middle 60 per cent. */
static double
synth_inside(uint64_t *s, int lo, int hi)
{
	double span = hi - lo;

	return synth_uniform(s, lo + 0.2 * span, hi - 0.2 * span);
}

void
synth_person(const struct profile *p, const struct synth_params *sp, struct synth_person *pp)
{
	uint64_t s = sp->seed * 0x2545f4914f6cdd1dULL + 1;
	double W = p->width, H = p->height, k = W / 960.0, fw, left;
	static const int clothes[][3] = {
		{ 28, 30, 36 }, { 44, 44, 52 }, { 20, 28, 60 }, { 60, 30, 30 },
		{ 240, 240, 236 }, { 90, 90, 96 }, { 30, 60, 40 }, { 120, 80, 50 },
		{ 10, 10, 12 }, { 200, 60, 60 }, { 235, 225, 200 }, { 70, 40, 80 },
	};
	int ci;

	memset(pp, 0, sizeof *pp);
	pp->w = p->width;
	pp->h = p->height;
	pp->top = synth_inside(&s, p->head_top[0] > 0 ? p->head_top[0] : (int)(0.06 * H),
	    p->head_top[1] > 0 ? p->head_top[1] : (int)(0.07 * H));
	if (p->side_margin[1] > 0) {
		double l = synth_inside(&s, p->side_margin[0], p->side_margin[1]);
		double r = synth_inside(&s, p->side_margin[0], p->side_margin[1]);

		left = l;
		fw = W - l - r;
	} else {
		int lo = p->face_width[1] > 0 ? p->face_width[0] : (int)(0.6 * W);
		int hi = p->face_width[1] > 0 ? p->face_width[1] : (int)(0.7 * W);

		fw = synth_inside(&s, lo, hi);
		left = (W - fw) / 2 + synth_uniform(&s, -0.04, 0.04) * W;
	}
	switch (sp->defect) {
	case SYNTH_HEAD_HIGH:
		pp->top = p->head_top[0] * 0.35;
		break;
	case SYNTH_HEAD_LOW:
		pp->top = p->head_top[1] + 50 * k;
		break;
	case SYNTH_FACE_WIDE:
		if (p->side_margin[1] > 0) {
			left = p->side_margin[0] * 0.55;
			fw = W - 2 * left;
		} else {
			fw = p->face_width[1] * 1.2;
			left = (W - fw) / 2;
		}
		break;
	case SYNTH_FACE_NARROW:
		if (p->side_margin[1] > 0) {
			left = p->side_margin[1] * 1.35;
			fw = W - 2 * left;
		} else {
			fw = p->face_width[0] * 0.8;
			left = (W - fw) / 2;
		}
		break;
	default:
		break;
	}
	pp->a = fw / 2;
	pp->cx = left + pp->a;
	pp->b = pp->a * synth_uniform(&s, 1.22, 1.42);
	pp->cy = pp->top + pp->b;
	pp->expo = synth_uniform(&s, 1.8, 2.7);
	pp->jaw = synth_uniform(&s, 0.08, 0.30);
	pp->skin[0] = synth_uniform(&s, 185, 240);
	pp->skin[1] = pp->skin[0] * synth_uniform(&s, 0.74, 0.86);
	pp->skin[2] = pp->skin[1] * synth_uniform(&s, 0.74, 0.88);
	pp->hair_v = synth_uniform(&s, 12, 70);
	pp->hair[0] = pp->hair_v * synth_uniform(&s, 1.0, 1.6);
	pp->hair[1] = pp->hair_v * synth_uniform(&s, 0.8, 1.1);
	pp->hair[2] = pp->hair_v * synth_uniform(&s, 0.6, 0.9);
	pp->hairline = synth_uniform(&s, 0.45, 0.75);
	pp->side_hair = synth_uniform(&s, 0.72, 0.92);
	pp->hair_len = synth_uniform(&s, -0.1, 0.5);
	pp->part = synth_uniform(&s, -0.5, 0.5);
	ci = (int)(synth_next(&s) % (sizeof clothes / sizeof clothes[0]));
	for (int c = 0; c < 3; c++)
		pp->cloth[c] = clothes[ci][c] + synth_uniform(&s, -12, 12);
	pp->shirt = synth_next(&s) % 3 != 0;
	pp->tie = pp->shirt && synth_next(&s) % 2 == 0;
	pp->eye_y = synth_uniform(&s, -0.14, 0.0);
	pp->eye_dx = synth_uniform(&s, 0.32, 0.44);
	pp->eye_r = synth_uniform(&s, 0.028, 0.042);
	pp->brow = synth_uniform(&s, 0.07, 0.11);
	pp->mouth_y = synth_uniform(&s, 0.40, 0.55);
	pp->mouth_w = synth_uniform(&s, 0.20, 0.34);
	pp->nose_l = synth_uniform(&s, 0.22, 0.36);
	pp->glasses = synth_next(&s) % 5 == 0;
	pp->shoulder = synth_uniform(&s, 1.35, 1.75);
	pp->tilt = synth_uniform(&s, -0.04, 0.04);
	pp->noise_seed = (uint32_t)synth_next(&s) | 1;
	for (int c = 0; c < 3; c++)
		pp->bg[c] = p->background[0][c];
	if (sp->defect == SYNTH_WHITE_BG)
		pp->bg[0] = pp->bg[1] = pp->bg[2] = 250;
}

/* The half width of the head at row y (0 outside it). */
static double
synth_head_half(const struct synth_person *pp, double y)
{
	double t = (y - pp->cy) / pp->b, a = pp->a, v;

	if (t < -1 || t > 1)
		return 0;
	if (t > 0)
		a *= 1 - pp->jaw * t * t;
	v = 1 - pow(fabs(t), pp->expo);
	return v <= 0 ? 0 : a * pow(v, 1 / pp->expo);
}

static void
synth_set(unsigned char *px, const double c[3], double f)
{
	for (int i = 0; i < 3; i++) {
		double v = c[i] * f;

		px[i] = (unsigned char)(v < 0 ? 0 : v > 255 ? 255 : v);
	}
}

static int
synth_in_ellipse(double x, double y, double cx, double cy, double rx, double ry)
{
	double dx = (x - cx) / rx, dy = (y - cy) / ry;

	return dx * dx + dy * dy <= 1;
}

/*
 * The figure at (x, y): writes px and returns 1, or returns 0 for background.
 * hh is synth_head_half(pp, y), which depends on the row only: the caller
 * computes it once a row (two pow() a pixel were a third of the demo's time).
 */
static int
synth_figure(const struct synth_person *pp, double x, double y, double hh, unsigned char *px)
{
	double a = pp->a, b = pp->b, cx = pp->cx + pp->tilt * (pp->cy - y), cy = pp->cy;
	double chin = cy + b * (1 - 0.02), neck_hw = a * 0.42, sh_y = chin + b * 0.10;
	double dx = x - cx, t = (y - cy) / b;
	double white[3] = { 245, 245, 242 }, dark[3] = { 25, 20, 20 };

	if (hh > 0 && fabs(dx) <= hh) {
		double u = dx / hh, hl = cy - b * pp->hairline + b * 0.12 * u * u;

		/* hair: the crown, and the sides above the ears */
		if (y < hl || (fabs(u) > pp->side_hair && t < pp->hair_len)) {
			double strand = 0.85 + 0.15 * sin(x * 0.9 + pp->part * 40 + y * 0.05);

			synth_set(px, pp->hair, strand);
			return 1;
		}
		/* eyes, brows, glasses, nose, mouth */
		for (int side = -1; side <= 1; side += 2) {
			double ex = cx + side * a * pp->eye_dx, ey = cy + b * pp->eye_y;

			if (synth_in_ellipse(x, y, ex, ey - b * pp->brow, a * 0.17, b * 0.018)) {
				synth_set(px, pp->hair, 1.1);
				return 1;
			}
			if (synth_in_ellipse(x, y, ex, ey, b * pp->eye_r, b * pp->eye_r)) {
				synth_set(px, dark, 1.6);
				return 1;
			}
			if (synth_in_ellipse(x, y, ex, ey, a * 0.14, b * 0.04)) {
				synth_set(px, white, 0.95);
				return 1;
			}
			if (pp->glasses && synth_in_ellipse(x, y, ex, ey, a * 0.22, b * 0.085) &&
			    !synth_in_ellipse(x, y, ex, ey, a * 0.20, b * 0.075)) {
				synth_set(px, dark, 1);
				return 1;
			}
		}
		if (fabs(dx) < a * 0.05 && t > pp->eye_y + 0.05 && t < pp->eye_y + pp->nose_l) {
			synth_set(px, pp->skin, 0.86);
			return 1;
		}
		if (synth_in_ellipse(x, y, cx, cy + b * pp->mouth_y, a * pp->mouth_w, b * 0.035)) {
			double lips[3] = { pp->skin[0] * 0.85, pp->skin[1] * 0.5, pp->skin[2] * 0.5 };

			synth_set(px, lips, 1);
			return 1;
		}
		/* skin, shaded toward the sides */
		synth_set(px, pp->skin, 1.02 - 0.18 * u * u);
		return 1;
	}
	if (y > cy && y < sh_y + b * 0.05 && fabs(dx) < neck_hw) {
		synth_set(px, pp->skin, 0.8);
		return 1;
	}
	if (y >= sh_y) {
		double d = (y - sh_y) / (0.22 * pp->h), body;

		body = neck_hw + (a * pp->shoulder - neck_hw) * sqrt(d < 1 ? d : 1);
		if (fabs(dx) < body) {
			double v = fabs(dx) - (y - sh_y) * 0.35;

			if (pp->shirt && v < 0) {
				if (pp->tie && fabs(dx) < a * 0.06) {
					double tie[3] = { pp->cloth[2], pp->cloth[0], pp->cloth[1] + 60 };

					synth_set(px, tie, 1);
				} else
					synth_set(px, white, 1);
				return 1;
			}
			synth_set(px, pp->cloth, 1 - 0.15 * fabs(dx) / (body + 1));
			return 1;
		}
	}
	return 0;
}

static uint32_t
synth_rand(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

unsigned char *
synth_render(const struct synth_person *pp, const struct synth_params *sp, double texture)
{
	int w = pp->w, h = pp->h;
	unsigned char *rgb = xmalloc((size_t)w * h * 3);
	uint32_t rs = pp->noise_seed;
	double k = w / 960.0;

	for (int y = 0; y < h; y++) {
		double hh = synth_head_half(pp, y + 0.5);

		for (int x = 0; x < w; x++) {
			unsigned char *px = rgb + ((size_t)y * w + x) * 3;
			int fig = synth_figure(pp, x + 0.5, y + 0.5, hh, px), amp;
			double f = 1;

			if (!fig) {
				if (sp->defect == SYNTH_GRADIENT)
					f = 1 - 0.30 * y / h - 0.12 * x / w;
				if (sp->defect == SYNTH_SHADOW) {
					double dx = (x - pp->cx - 170 * k) / (pp->a * 1.05),
					    dy = (y - pp->cy - 40 * k) / (pp->b * 1.05);
					double d = dx * dx + dy * dy;

					if (d < 1.4)
						f = 0.62 + 0.38 * (d < 1 ? 0 : (d - 1) / 0.4);
				}
				if (sp->defect == SYNTH_NOISY_BG)	/* blotches */
					f = 1 + 0.14 * sin(x / (19 * k)) * sin(y / (27 * k));
				synth_set(px, pp->bg, f);
			}
			/* texture: strong on the figure, faint sensor noise on the background */
			amp = fig ? (int)texture : 3;
			for (int c = 0; c < 3; c++) {
				int v = px[c] + (int)(synth_rand(&rs) % (unsigned)(2 * amp + 1)) - amp +
				    sp->brightness;

				px[c] = (unsigned char)(v < 0 ? 0 : v > 255 ? 255 : v);
			}
		}
	}
	if (sp->defect == SYNTH_BORDER) {
		int bw = (int)(12 * k) + 1;

		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				if (x < bw || y < bw || x >= w - bw || y >= h - bw)
					memset(rgb + ((size_t)y * w + x) * 3, 70, 3);
	}
	if (sp->retouch) {
		/* a light edit: three soft spots on the cheeks */
		for (int i = 0; i < 3; i++) {
			int ex = (int)(pp->cx + (i - 1) * pp->a * 0.4), ey = (int)(pp->cy + pp->b * 0.2);

			for (int y = ey - 6; y <= ey + 6; y++)
				for (int x = ex - 6; x <= ex + 6; x++)
					if (x >= 0 && y >= 0 && x < w && y < h)
						rgb[((size_t)y * w + x) * 3] ^= 0x10;
		}
	}
	return rgb;
}
