/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/i18n.h"
#include "roster/seq.h"

int
seq_normalise(const char *in, char *out, size_t outsize, int *padded)
{
	size_t n = strlen(in);
	int v = 0;

	*padded = 0;
	snprintf(out, outsize, "%s", in);
	if (n == 0)
		return 0;
	if (n > 4)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)in[i]))
			return -1;
		v = v * 10 + (in[i] - '0');
	}
	if (v == 0)
		return -1;
	if (n < 4)
		*padded = 1;
	snprintf(out, outsize, "%04d", v);
	return v;
}

void
seq_check(const char *seq, const struct college *c, struct flag_list *fl)
{
	char norm[8];
	int padded, v;

	v = seq_normalise(seq, norm, sizeof norm, &padded);
	if (v == 0)
		return;
	if (v < 0 || padded) {
		flag_list_add(fl, FLAG_SEQ_FORMAT, _("\"%s\" is not a 4-digit number from 0001 to 9999"),
		    seq);
		return;
	}
	if (c != NULL && (v < c->seq_first || v > c->seq_last))
		flag_list_add(fl, FLAG_SEQ_RANGE, _("%s is outside %s's block %04d-%04d"),
		    seq, c->name, c->seq_first, c->seq_last);
}
