/* SPDX-License-Identifier: MIT */
#ifndef PIXELS_H
#define PIXELS_H
/*
 * Pixel measurements of a portrait, from a reduced-scale RGB decode:
 * the background (sampled at the upper corners and edges), the figure's
 * head top and widest extent of the face, and lines along the edges that
 * look like a frame.  All positions are given in pixels of the full-size
 * image.  These are heuristics; their accuracy on synthesised photos is in
 * caiji-photo(7).
 */
#include "photo/profile.h"

/* Edges, for pixels_result.border (a bit set). */
enum {
	PIXELS_EDGE_TOP = 1,
	PIXELS_EDGE_BOTTOM = 2,
	PIXELS_EDGE_LEFT = 4,
	PIXELS_EDGE_RIGHT = 8,
};

struct pixels_result {
	int	bg[3];			/* mean background colour */
	int	bg_ref;			/* index of the nearest profile background */
	int	bg_distance;		/* from that reference */
	int	bg_noise;		/* largest standard deviation in a sample */
	int	bg_gradient;		/* largest distance between two sample means */
	int	figure;			/* 1 when a figure was found */
	int	head_top;		/* px from the top edge to the head */
	int	left, right;		/* px from each side edge to the face */
	int	face_width;		/* px */
	int	border;			/* PIXELS_EDGE_* of edges that look framed */
};

/*
 * Measures an RGB image (w x h, decoded at 1/scale of full_w x full_h)
 * against profile p.
 */
void	pixels_analyse(const unsigned char *rgb, int w, int h, int full_w, int full_h,
	    const struct profile *p, struct pixels_result *r);
#endif
