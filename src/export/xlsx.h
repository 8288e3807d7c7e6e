/* SPDX-License-Identifier: MIT */
#ifndef XLSX_H
#define XLSX_H
/*
 * Writing a one-sheet .xlsx workbook with libxlsxwriter.  Every cell is
 * written as a string in a text-formatted ("@") column, so Excel and WPS
 * never turn an 18-digit ID number into 3.70102E+17, drop a student number's
 * leading zeros, or evaluate a name that starts with "=" as a formula.
 */

/* 1 when this build can write .xlsx (configure found libxlsxwriter). */
int		 xlsx_available(void);

struct xlsx;

/*
 * Starts a workbook at path with one sheet named sheet, ncols columns wide;
 * NULL with *cause when it cannot (or this build has no libxlsxwriter).
 * Nothing is written until xlsx_close.
 */
struct xlsx	*xlsx_open(const char *path, const char *sheet, int ncols, char **cause);
/* The next cell of the current row, as text (NULL is empty). */
void		 xlsx_cell(struct xlsx *, const char *value);
void		 xlsx_end_row(struct xlsx *);
/* Writes the file and frees *x; -1 with *cause if any of it failed. */
int		 xlsx_close(struct xlsx **, char **cause);
#endif
