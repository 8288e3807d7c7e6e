/* SPDX-License-Identifier: MIT */
#ifndef SYNTH_PRIVATE_H
#define SYNTH_PRIVATE_H
/* Between the synthesiser's drawing (synth.c) and encoding (synth-encode.c). */
#include <stdint.h>

#include "demo/synth.h"

struct synth_person {
	int		w, h;		/* image size */
	double		top;		/* head top, px */
	double		cx, cy, a, b;	/* head centre and semi-axes */
	double		expo, jaw;	/* superellipse exponent, jaw narrowing */
	double		skin[3], hair[3], cloth[3], bg[3];
	double		hair_v, hairline, side_hair, hair_len, part;
	double		eye_y, eye_dx, eye_r, brow, mouth_y, mouth_w, nose_l;
	double		shoulder, tilt;
	int		shirt, tie, glasses;
	uint32_t	noise_seed;
};

/* Draws the person of sp->seed for profile p (defects of geometry applied). */
void		 synth_person(const struct profile *, const struct synth_params *,
		    struct synth_person *);
/* Paints the picture (w * h * 3 bytes, caller frees) with texture noise of amplitude texture. */
unsigned char	*synth_render(const struct synth_person *, const struct synth_params *,
		    double texture);
#endif
