/* SPDX-License-Identifier: MIT */
#ifndef TEXTLINES_H
#define TEXTLINES_H
/*
 * A printed text (a report, an invoice) cut into lines for a preview: the
 * screens show it as it prints, scrolling by line.
 */
struct textlines {
	char	**v;
	int	  n;
};

/* Replaces l with the lines of s (a last empty line dropped); the form feed
 * between printed pages becomes a line of dashes, as a page break looks on
 * screen. */
void	textlines_split(struct textlines *l, const char *s);
void	textlines_free(struct textlines *l);
#endif
