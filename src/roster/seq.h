/* SPDX-License-Identifier: MIT */
#ifndef SEQ_H
#define SEQ_H
/* Shoot sequence numbers (SPEC §6): 4 digits, 0001-9999, in the college's block. */
#include "season/college.h"
#include "flag/flag.h"

/*
 * Normalises a seq as written in a roster into out ("0042"): 1-3 digits are
 * left-padded (*padded set, a SEQ_PADDED warning for the caller).  Returns the
 * number (1-9999), 0 for an empty seq, or -1 when it is not 1-4 digits or is
 * 0000 (out then holds the value unchanged, cut to fit).
 */
int	seq_normalise(const char *in, char *out, size_t outsize, int *padded);

/*
 * Checks a normalised seq against its college's block: adds SEQ_FORMAT for a
 * malformed seq, SEQ_RANGE for one outside the block of college (when college
 * is not NULL).  Uniqueness is the season's check (validate.c).
 */
void	seq_check(const char *seq, const struct college *college, struct flag_list *fl);
#endif
