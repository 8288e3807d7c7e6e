/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness: arbitrary bytes through the photo check (sniffing, the
 * marker parser, EXIF, the reduced-scale decode, the pixel measurements and
 * the signature).  Invariants: measurements stay inside the image, and a
 * file that decoded has a signature at zero distance from itself.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "photo/photo.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct profile p;
	struct photo_result r;

	if (p.width == 0) {
		/* the thresholds of xinhua-960, with a small max_side to keep runs fast */
		p.name = (char *)"fuzz";
		p.width = 960; p.height = 1280; p.dpi = 300; p.kb = 1024; p.min_kb = 40;
		p.size_kb[0] = 550; p.size_kb[1] = 650; p.max_side = 2048; p.max_kb = 30000;
		p.scale = 4; p.nbackgrounds = 1;
		p.background[0][0] = 100; p.background[0][1] = 197; p.background[0][2] = 255;
		p.bg_tolerance = 45; p.bg_noise = 14; p.bg_gradient = 30; p.figure_distance = 70;
		p.head_top[0] = 71; p.head_top[1] = 94; p.side_margin[0] = 118;
		p.side_margin[1] = 177; p.border_contrast = 60; p.border_noise = 12; p.similar = 25;
	}
	if (size == 0)
		return 0;
	memset(&r, 0, sizeof r);
	r.path = strdup("fuzz.jpg");
	r.name = r.path;
	photo_check_buffer(&p, data, size, &r);
	if (r.decoded && r.px.figure &&
	    (r.px.head_top < 0 || r.px.head_top > r.meta.height || r.px.left < 0 ||
	    r.px.right < 0 || r.px.face_width > r.meta.width))
		abort();
	if (r.has_signature && signature_distance(&r.sig, &r.sig, -1) != 0)
		abort();
	photo_result_clear(&r);
	return 0;
}
