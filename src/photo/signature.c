/* SPDX-License-Identifier: MIT */
/* Grid signatures of portraits and their distance. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "photo/signature.h"

/* BT.601 luma and chroma of a mean colour, in 16-bit fixed point. */
static unsigned char
signature_chan(long r, long g, long b, long n, int chan)
{
	long v;

	if (chan == 0)
		v = (19595L * r + 38470L * g + 7471L * b) / (n << 16);
	else if (chan == 1)
		v = 128 + (-11059L * r - 21709L * g + 32768L * b) / (n << 16);
	else
		v = 128 + (32768L * r - 27439L * g - 5329L * b) / (n << 16);
	return (unsigned char)(v < 0 ? 0 : v > 255 ? 255 : v);
}

void
signature_compute(const unsigned char *rgb, int w, int h, struct signature *s)
{
	/* RGB sums per luma cell in one pass; the conversion is linear */
	long sum[SIGNATURE_LH][SIGNATURE_LW][4];
	unsigned char *p = s->v;

	memset(sum, 0, sizeof sum);
	for (int y = 0; y < h; y++) {
		long (*row)[4] = sum[y * SIGNATURE_LH / h];
		const unsigned char *px = rgb + (size_t)y * w * 3;

		/* the columns of one cell in a run, then the next cell */
		for (int gx = 0; gx < SIGNATURE_LW; gx++) {
			int x0 = (gx * w + SIGNATURE_LW - 1) / SIGNATURE_LW;
			int x1 = ((gx + 1) * w + SIGNATURE_LW - 1) / SIGNATURE_LW;
			long r = 0, g = 0, b = 0;

			for (int x = x0; x < x1; x++) {
				r += px[x * 3];
				g += px[x * 3 + 1];
				b += px[x * 3 + 2];
			}
			row[gx][0] += r;
			row[gx][1] += g;
			row[gx][2] += b;
			row[gx][3] += x1 - x0;
		}
	}
	for (int gy = 0; gy < SIGNATURE_LH; gy++)
		for (int gx = 0; gx < SIGNATURE_LW; gx++) {
			long *cell = sum[gy][gx];

			*p++ = cell[3] > 0 ? signature_chan(cell[0], cell[1], cell[2], cell[3], 0) : 0;
		}
	for (int chan = 1; chan <= 2; chan++)
		for (int gy = 0; gy < SIGNATURE_CH; gy++)
			for (int gx = 0; gx < SIGNATURE_CW; gx++) {
				long r = 0, g = 0, b = 0, n = 0;

				for (int y = 2 * gy; y < 2 * gy + 2; y++)
					for (int x = 2 * gx; x < 2 * gx + 2; x++) {
						r += sum[y][x][0];
						g += sum[y][x][1];
						b += sum[y][x][2];
						n += sum[y][x][3];
					}
				*p++ = n > 0 ? signature_chan(r, g, b, n, chan) : 128;
			}
	signature_prepare(s);
}

/* Sums of 4 x 4 blocks of a gw x gh grid into out. */
static int *
signature_blocks(const unsigned char *v, int gw, int gh, int *out)
{
	for (int by = 0; by < gh / 4; by++)
		for (int bx = 0; bx < gw / 4; bx++) {
			int sum = 0;

			for (int y = by * 4; y < by * 4 + 4; y++)
				for (int x = bx * 4; x < bx * 4 + 4; x++)
					sum += v[y * gw + x];
			*out++ = sum;
		}
	return out;
}

void
signature_prepare(struct signature *s)
{
	const unsigned char *p = s->v;
	int *b = s->block;

	s->lsum = 0;
	for (int i = 0; i < SIGNATURE_LW * SIGNATURE_LH; i++)
		s->lsum += s->v[i];
	b = signature_blocks(p, SIGNATURE_LW, SIGNATURE_LH, b);
	p += SIGNATURE_LW * SIGNATURE_LH;
	b = signature_blocks(p, SIGNATURE_CW, SIGNATURE_CH, b);
	p += SIGNATURE_CW * SIGNATURE_CH;
	signature_blocks(p, SIGNATURE_CW, SIGNATURE_CH, b);
}

int
signature_distance(const struct signature *a, const struct signature *b, int limit)
{
	const int nl = SIGNATURE_LW * SIGNATURE_LH, nlb = SIGNATURE_LW / 4 * (SIGNATURE_LH / 4);
	long sum = 0, stop, bound = 0;
	int shift = (a->lsum - b->lsum) / nl;

	/* distance = sum * 10 / SIGNATURE_LEN; stop once it must exceed limit */
	stop = limit < 0 ? -1 : ((long)limit + 1) * SIGNATURE_LEN / 10 + 1;
	if (stop >= 0) {
		/* |sum of differences| over a block never exceeds the sum of |differences| */
		int bsum = 0;

		for (int i = 0; i < nlb; i++)
			bsum += abs(a->block[i] - b->block[i] - 16 * shift);
		for (int i = nlb; i < SIGNATURE_NBLOCKS; i++)
			bsum += abs(a->block[i] - b->block[i]);
		bound = bsum;
		if (bound > stop)
			return limit + 1;
	}
	for (int i = 0; i < nl; i++)
		sum += labs((long)a->v[i] - b->v[i] - shift);
	for (int i = nl; i < SIGNATURE_LEN; i++)
		sum += labs((long)a->v[i] - b->v[i]);
	return (int)(sum * 10 / SIGNATURE_LEN);
}
