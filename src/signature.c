/* Grid signatures of portraits and their distance. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "signature.h"

/* Mean of channel (0 Y, 1 Cb, 2 Cr) over the cells of a gw x gh grid. */
static void
signature_grid(const unsigned char *rgb, int w, int h, int gw, int gh, int chan,
    unsigned char *out)
{
	for (int gy = 0; gy < gh; gy++) {
		int y0 = gy * h / gh, y1 = (gy + 1) * h / gh;

		for (int gx = 0; gx < gw; gx++) {
			int x0 = gx * w / gw, x1 = (gx + 1) * w / gw;
			long sum = 0, n = 0;

			for (int y = y0; y < y1; y++)
				for (int x = x0; x < x1; x++) {
					const unsigned char *p = rgb + ((size_t)y * w + x) * 3;
					long v;

					/* BT.601 in fixed point, 16-bit fractions */
					if (chan == 0)
						v = (19595L * p[0] + 38470L * p[1] + 7471L * p[2]) >> 16;
					else if (chan == 1)
						v = 128 + ((-11059L * p[0] - 21709L * p[1] + 32768L * p[2]) >> 16);
					else
						v = 128 + ((32768L * p[0] - 27439L * p[1] - 5329L * p[2]) >> 16);
					sum += v;
					n++;
				}
			out[gy * gw + gx] = (unsigned char)(n > 0 ? sum / n : 0);
		}
	}
}

void
signature_compute(const unsigned char *rgb, int w, int h, struct signature *s)
{
	unsigned char *p = s->v;

	signature_grid(rgb, w, h, SIGNATURE_LW, SIGNATURE_LH, 0, p);
	p += SIGNATURE_LW * SIGNATURE_LH;
	signature_grid(rgb, w, h, SIGNATURE_CW, SIGNATURE_CH, 1, p);
	p += SIGNATURE_CW * SIGNATURE_CH;
	signature_grid(rgb, w, h, SIGNATURE_CW, SIGNATURE_CH, 2, p);
}

int
signature_distance(const struct signature *a, const struct signature *b, int limit)
{
	const int nl = SIGNATURE_LW * SIGNATURE_LH;
	long ma = 0, mb = 0, sum = 0, stop;
	int shift;

	for (int i = 0; i < nl; i++) {
		ma += a->v[i];
		mb += b->v[i];
	}
	shift = (int)((ma - mb) / nl);
	/* distance = sum * 10 / SIGNATURE_LEN; stop once it must exceed limit */
	stop = limit < 0 ? -1 : ((long)limit + 1) * SIGNATURE_LEN / 10 + 1;
	for (int i = 0; i < nl; i++) {
		sum += labs((long)a->v[i] - b->v[i] - shift);
		if (stop >= 0 && sum > stop && (i & 63) == 63)
			return limit + 1;
	}
	for (int i = nl; i < SIGNATURE_LEN; i++)
		sum += labs((long)a->v[i] - b->v[i]);
	return (int)(sum * 10 / SIGNATURE_LEN);
}
