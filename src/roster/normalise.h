/* SPDX-License-Identifier: MIT */
#ifndef NORMALISE_H
#define NORMALISE_H
/*
 * Roster value normalisation (SPEC §4).  Each function returns what a value
 * becomes; the importer records every change in the normalisations table so
 * the clerk can see it.  Values are UTF-8.
 */

/*
 * Trims ASCII spaces and tabs, no-break spaces and ideographic spaces
 * (U+3000) at both ends and turns full-width digits and letters (０-９,
 * Ａ-Ｚ, ａ-ｚ) into ASCII.  Returns an allocated string the caller frees.
 */
char		*normalise_text(const char *s);

/*
 * The roster's gender value as 男 or 女: accepts 男/女, M/F, male/female
 * (case ignored) and 1/2.  Returns a static string, or NULL for anything else
 * (the value is then kept and flagged GENDER_VALUE).
 */
const char	*normalise_gender(const char *s);

/* Upper-cases a lower-case check letter x at the end of an ID number, in place. */
void		 normalise_id(char *s);
#endif
