/* SPDX-License-Identifier: MIT */
/*
 * Background, figure and frame measurements.  The background is sampled in
 * small patches where a conforming portrait has nothing but background: the
 * upper corners, the top edge left and right of the head, and the side edges
 * down to the shoulders.  The figure is every pixel farther from the mean
 * background colour than figure_distance; the head top is the first row
 * with a run of figure pixels, the face the widest rows between the head top
 * and the neck (the narrowest row of the lower part).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "photo/pixels.h"
#include "util/xalloc.h"

/* Background sample patches as fractions of the image: x0, y0, x1, y1. */
static const double pixels_patches[][4] = {
	{ 0.01, 0.005, 0.05, 0.045 },	/* top-left corner */
	{ 0.95, 0.005, 0.99, 0.045 },	/* top-right corner */
	{ 0.15, 0.005, 0.25, 0.040 },	/* top edge, left of the head */
	{ 0.75, 0.005, 0.85, 0.040 },	/* top edge, right of the head */
	{ 0.01, 0.18, 0.05, 0.24 },	/* left edge, down to the shoulders */
	{ 0.95, 0.18, 0.99, 0.24 },
	{ 0.01, 0.36, 0.05, 0.42 },
	{ 0.95, 0.36, 0.99, 0.42 },
	{ 0.01, 0.52, 0.05, 0.58 },
	{ 0.95, 0.52, 0.99, 0.58 },
};
#define PIXELS_NPATCHES (sizeof pixels_patches / sizeof pixels_patches[0])

static int
pixels_dist(const double a[3], const double b[3])
{
	double d = 0;

	for (int c = 0; c < 3; c++)
		d += (a[c] - b[c]) * (a[c] - b[c]);
	return (int)lround(sqrt(d));
}

/* Mean and largest per-channel standard deviation of one patch. */
static void
pixels_patch(const unsigned char *rgb, int w, int h, const double f[4], double mean[3],
    double *sd)
{
	int x0 = (int)(f[0] * w), x1 = (int)(f[2] * w), y0 = (int)(f[1] * h),
	    y1 = (int)(f[3] * h);
	double sum[3] = { 0, 0, 0 }, sq[3] = { 0, 0, 0 };
	long n = 0;

	if (x1 <= x0)
		x1 = x0 + 1;
	if (y1 <= y0)
		y1 = y0 + 1;
	for (int y = y0; y < y1 && y < h; y++)
		for (int x = x0; x < x1 && x < w; x++) {
			const unsigned char *p = rgb + ((size_t)y * w + x) * 3;

			for (int c = 0; c < 3; c++) {
				sum[c] += p[c];
				sq[c] += (double)p[c] * p[c];
			}
			n++;
		}
	*sd = 0;
	for (int c = 0; c < 3; c++) {
		double v;

		mean[c] = n > 0 ? sum[c] / n : 0;
		v = n > 0 ? sq[c] / n - mean[c] * mean[c] : 0;
		if (v > 0 && sqrt(v) > *sd)
			*sd = sqrt(v);
	}
}

static void
pixels_background(const unsigned char *rgb, int w, int h, const struct profile *p,
    struct pixels_result *r, double bg[3])
{
	double mean[PIXELS_NPATCHES][3], sd;
	int best = -1;

	bg[0] = bg[1] = bg[2] = 0;
	r->bg_noise = r->bg_gradient = 0;
	for (size_t i = 0; i < PIXELS_NPATCHES; i++) {
		pixels_patch(rgb, w, h, pixels_patches[i], mean[i], &sd);
		if ((int)lround(sd) > r->bg_noise)
			r->bg_noise = (int)lround(sd);
		for (int c = 0; c < 3; c++)
			bg[c] += mean[i][c] / PIXELS_NPATCHES;
		for (size_t j = 0; j < i; j++) {
			int d = pixels_dist(mean[i], mean[j]);

			if (d > r->bg_gradient)
				r->bg_gradient = d;
		}
	}
	for (int c = 0; c < 3; c++)
		r->bg[c] = (int)lround(bg[c]);
	r->bg_ref = 0;
	for (int i = 0; i < p->nbackgrounds; i++) {
		double ref[3] = { p->background[i][0], p->background[i][1],
		    p->background[i][2] };
		int d = pixels_dist(bg, ref);

		if (best < 0 || d < best) {
			best = d;
			r->bg_ref = i;
		}
	}
	r->bg_distance = best < 0 ? 0 : best;
}

/*
 * The leftmost and rightmost figure pixels of row y (a figure pixel must
 * begin a run of two, so that single noisy pixels do not count); returns 0
 * when the row has none.
 */
static int
pixels_row_extent(const unsigned char *fig, int w, int y, int *left, int *right)
{
	const unsigned char *row = fig + (size_t)y * w;
	int l = -1, r = -1;

	for (int x = 0; x + 1 < w; x++)
		if (row[x] && row[x + 1]) {
			l = x;
			break;
		}
	for (int x = w - 1; x > 0; x--)
		if (row[x] && row[x - 1]) {
			r = x;
			break;
		}
	if (l < 0 || r < l)
		return 0;
	*left = l;
	*right = r;
	return 1;
}

/*
 * How much of pixel (x, y) the figure covers, 0 to 1: its distance from the
 * background colour over that of the pixel two steps inward (dx, dy), which
 * lies wholly inside the figure.  A reduced-scale pixel is close to the mean
 * of the block it stands for, so this places an edge to a fraction of a
 * pixel.
 */
static double
pixels_cover(const unsigned char *rgb, int w, int h, int x, int y, int dx, int dy,
    const double bg[3])
{
	const unsigned char *pp, *ff;
	double dp = 0, df = 0, f;
	int xi = x + 2 * dx, yi = y + 2 * dy;

	if (x < 0 || y < 0 || x >= w || y >= h || xi < 0 || yi < 0 || xi >= w || yi >= h)
		return 0;
	pp = rgb + ((size_t)y * w + x) * 3;
	ff = rgb + ((size_t)yi * w + xi) * 3;
	for (int c = 0; c < 3; c++) {
		dp += (pp[c] - bg[c]) * (ff[c] - bg[c]);	/* projected on the inside colour */
		df += (ff[c] - bg[c]) * (ff[c] - bg[c]);
	}
	if (df < 1)
		return 0;
	f = dp / df;
	return f < 0.08 ? 0 : f > 1 ? 1 : f;
}

static void
pixels_figure(const unsigned char *rgb, int w, int h, double sx, double sy,
    const struct profile *p, const double bg[3], struct pixels_result *r)
{
	unsigned char *fig = xmalloc((size_t)w * h);
	int *lx = xmalloc((size_t)h * sizeof *lx), *rx = xmalloc((size_t)h * sizeof *rx);
	int top = -1, neck = -1, minw = w + 1, lo, hi, fl = w, fr = -1, xt = 0;
	double best = -1, etop, eleft, eright;
	long thr = (long)p->figure_distance * p->figure_distance;

	long b0 = lround(bg[0]), b1 = lround(bg[1]), b2 = lround(bg[2]);

	for (size_t i = 0; i < (size_t)w * h; i++) {
		long d0 = rgb[i * 3] - b0, d1 = rgb[i * 3 + 1] - b1, d2 = rgb[i * 3 + 2] - b2;

		fig[i] = d0 * d0 + d1 * d1 + d2 * d2 > thr;
	}
	/* ignore the outermost line of pixels: a frame is judged separately */
	for (int y = 1; y < h - 1; y++) {
		if (!pixels_row_extent(fig, w, y, &lx[y], &rx[y])) {
			lx[y] = -1;
			continue;
		}
		lx[y] = lx[y] < 1 ? 1 : lx[y];
		rx[y] = rx[y] > w - 2 ? w - 2 : rx[y];
		if (top < 0 && rx[y] - lx[y] >= 2)
			top = y;
	}
	r->figure = top >= 0;
	if (top < 0)
		goto out;
	/* the neck: the narrowest row in the lower part, below the face */
	lo = top + (h - top) * 35 / 100;
	hi = top + (h - top) * 85 / 100;
	for (int y = lo; y <= hi && y < h - 1; y++)
		if (lx[y] >= 0 && rx[y] - lx[y] < minw) {
			minw = rx[y] - lx[y];
			neck = y;
		}
	if (neck < 0)
		neck = hi < h - 1 ? hi : h - 2;
	for (int y = top; y <= neck; y++) {
		if (lx[y] < 0)
			continue;
		if (lx[y] < fl)
			fl = lx[y];
		if (rx[y] > fr)
			fr = rx[y];
	}
	/* the apex: the most covered pixel of the first row */
	for (int x = lx[top]; x <= rx[top]; x++) {
		double f = pixels_cover(rgb, w, h, x, top, 0, 1, bg);

		if (f > best) {
			best = f;
			xt = x;
		}
	}
	/* edges to a fraction of a pixel: the covered parts of the edge pixel and the one outside */
	etop = top + 1 - pixels_cover(rgb, w, h, xt, top, 0, 1, bg) -
	    pixels_cover(rgb, w, h, xt, top - 1, 0, 1, bg);
	/* the widest point lies in one of the rows that reach the extreme column */
	eleft = fl + 1;
	eright = fr;
	for (int y = top; y <= neck; y++) {
		double e;

		if (lx[y] < 0)
			continue;
		if (lx[y] <= fl + 1) {
			e = lx[y] + 1 - pixels_cover(rgb, w, h, lx[y], y, 1, 0, bg) -
			    pixels_cover(rgb, w, h, lx[y] - 1, y, 1, 0, bg);
			if (e < eleft)
				eleft = e;
		}
		if (rx[y] >= fr - 1) {
			e = rx[y] + pixels_cover(rgb, w, h, rx[y], y, -1, 0, bg) +
			    pixels_cover(rgb, w, h, rx[y] + 1, y, -1, 0, bg);
			if (e > eright)
				eright = e;
		}
	}
	r->head_top = (int)lround(etop * sy);
	r->left = (int)lround(eleft * sx);
	r->right = (int)lround((w - eright) * sx);
	r->face_width = (int)lround((eright - eleft) * sx);
out:
	free(fig);
	free(lx);
	free(rx);
}

/* The mean colour of line k from the given edge, and its mean deviation. */
static void
pixels_line(const unsigned char *rgb, int w, int h, int edge, int k, double m[3], double *dev)
{
	int len = edge <= PIXELS_EDGE_BOTTOM ? w : h;

	m[0] = m[1] = m[2] = 0;
	*dev = 0;
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < len; i++) {
			int x, y;
			const unsigned char *o;

			switch (edge) {
			case PIXELS_EDGE_TOP: x = i; y = k; break;
			case PIXELS_EDGE_BOTTOM: x = i; y = h - 1 - k; break;
			case PIXELS_EDGE_LEFT: y = i; x = k; break;
			default: y = i; x = w - 1 - k; break;
			}
			o = rgb + ((size_t)y * w + x) * 3;
			for (int c = 0; c < 3; c++) {
				if (pass == 0)
					m[c] += (double)o[c] / len;
				else
					*dev += fabs(o[c] - m[c]) / (3.0 * len);
			}
		}
}

/*
 * An edge looks framed when its outermost line is even along its whole
 * length and not of a background colour, the lines next to it look the same
 * for at most 3 per cent of the picture, and then a line differs by
 * border_contrast.  Returns the frame's
 * thickness in lines, 0 for none.
 */
static int
pixels_edge(const unsigned char *rgb, int w, int h, int edge, const struct profile *p)
{
	int max = (edge <= PIXELS_EDGE_BOTTOM ? h : w) * 3 / 100 + 1;
	double outer[3], m[3], dev;

	if (w < 16 || h < 16)
		return 0;
	pixels_line(rgb, w, h, edge, 0, outer, &dev);
	if (dev > p->border_noise)
		return 0;
	/* a line of background colour is no frame (a head close to the edge is not either) */
	for (int i = 0; i < p->nbackgrounds; i++) {
		double ref[3] = { p->background[i][0], p->background[i][1], p->background[i][2] };

		if (pixels_dist(outer, ref) <= p->bg_tolerance)
			return 0;
	}
	for (int k = 1; k <= max; k++) {
		int d;

		pixels_line(rgb, w, h, edge, k, m, &dev);
		d = pixels_dist(outer, m);
		if (d >= p->border_contrast)
			return k;
		if (d > p->border_contrast / 2)
			return 0;
	}
	return 0;
}

void
pixels_analyse(const unsigned char *rgb, int w, int h, int full_w, int full_h,
    const struct profile *p, struct pixels_result *r)
{
	double bg[3], sx = (double)full_w / w, sy = (double)full_h / h;
	static const int edges[] = { PIXELS_EDGE_TOP, PIXELS_EDGE_BOTTOM, PIXELS_EDGE_LEFT,
	    PIXELS_EDGE_RIGHT };
	int cut[4] = { 0, 0, 0, 0 }, cw, ch;
	unsigned char *inner = NULL;
	const unsigned char *img = rgb;

	memset(r, 0, sizeof *r);
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
		if ((cut[i] = pixels_edge(rgb, w, h, edges[i], p)) > 0) {
			r->border |= edges[i];
			cut[i]++;	/* and the line where frame and picture mix */
		}
	/* clothing can end in an even band: the bottom alone is no frame */
	if (r->border == PIXELS_EDGE_BOTTOM) {
		r->border = 0;
		cut[1] = 0;
	}
	/* measure the picture inside a frame, as if the frame were cropped off */
	cw = w - cut[2] - cut[3];
	ch = h - cut[0] - cut[1];
	if (r->border != 0 && cw >= 16 && ch >= 16) {
		inner = xmalloc((size_t)cw * ch * 3);
		for (int y = 0; y < ch; y++)
			memcpy(inner + (size_t)y * cw * 3,
			    rgb + ((size_t)(y + cut[0]) * w + cut[2]) * 3, (size_t)cw * 3);
		img = inner;
	} else {
		cw = w;
		ch = h;
		memset(cut, 0, sizeof cut);
	}
	pixels_background(img, cw, ch, p, r, bg);
	pixels_figure(img, cw, ch, sx, sy, p, bg, r);
	if (r->figure) {
		r->head_top += (int)lround(cut[0] * sy);
		r->left += (int)lround(cut[2] * sx);
		r->right += (int)lround(cut[3] * sx);
	}
	free(inner);
}
