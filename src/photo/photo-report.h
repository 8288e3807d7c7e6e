/* SPDX-License-Identifier: MIT */
#ifndef PHOTO_REPORT_H
#define PHOTO_REPORT_H
/*
 * Writing photo check results as text, TSV or JSON (SPEC §11: TSV columns
 * file, code, severity, detail; a file with no problem gets one OK row).
 */
#include <stdio.h>

#include "photo/photo.h"

enum photo_report_format {
	PHOTO_REPORT_TEXT,
	PHOTO_REPORT_TSV,
	PHOTO_REPORT_JSON,
};

/* Returns the format named name, or -1. */
int	photo_report_lookup(const char *name);
/* Writes what comes before the first result (the TSV header, "[" for JSON). */
void	photo_report_begin(FILE *, enum photo_report_format);
/*
 * One file's result; verbose adds the measured values to text output.  A
 * file that could not be opened appears only in JSON (with "error"); the
 * caller reports it on stderr.
 */
void	photo_report_result(FILE *, enum photo_report_format, const struct photo_result *,
	    int first, int verbose);
void	photo_report_end(FILE *, enum photo_report_format);
#endif
