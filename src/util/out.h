/* SPDX-License-Identifier: MIT */
#ifndef OUT_H
#define OUT_H
/*
 * Writing data for people and programs.  CSV for people opens correctly in
 * Excel and WPS (UTF-8 with a BOM, or GB18030 on request) and is safe: a cell
 * starting with = + - @ (or a tab or carriage return) is neutralised with a
 * leading apostrophe so a spreadsheet never runs it as a formula (SPEC §9).
 * TSV is for programs: one header line, tabs and newlines in values become
 * spaces.  JSON strings are escaped per RFC 8259.
 */
#include <stdio.h>

#include "util/strbuf.h"

enum out_encoding {
	OUT_UTF8,		/* for programs */
	OUT_UTF8_BOM,		/* for Excel/WPS, the default for people */
	OUT_GB18030,		/* for old Excel on Chinese Windows */
};

/* Parses "utf-8", "utf-8-bom", "gb18030"; returns -1 when unknown. */
int		 out_encoding_lookup(const char *);

struct out_csv;

/*
 * Starts a CSV writer on f (not owned).  neutralise guards against formula
 * injection; a BOM is written first for OUT_UTF8_BOM.
 */
struct out_csv	*out_csv_new(FILE *f, enum out_encoding, int neutralise);
/* One cell; NULL is an empty cell.  Converted to the writer's encoding. */
void		 out_csv_cell(struct out_csv *, const char *value);
/* A cell that is a number the writer must not neutralise (e.g. -15.00). */
void		 out_csv_number(struct out_csv *, const char *value);
void		 out_csv_end_row(struct out_csv *);
/* Frees the writer; returns -1 with *cause if anything failed to convert or write. */
int		 out_csv_free(struct out_csv **, char **cause);

/* The neutralised form of a cell (allocated): "'=1+1" for "=1+1". */
char		*out_neutralise(const char *value);
/* Writes value as a TSV cell (tabs, CR and LF become spaces), then tab or newline. */
void		 out_tsv_cell(FILE *, const char *value, int last);
/* Appends value as a quoted JSON string. */
void		 out_json_string(struct strbuf *, const char *value);

/*
 * A file written under a temporary name in the same directory and renamed
 * into place only when complete, so a reader never sees half a file and an
 * interrupted write leaves nothing behind (SPEC: exports are atomic).
 */
struct out_atomic {
	FILE	*f;		/* write here */
	char	*path;		/* the final name */
	char	*tmp;		/* the temporary name */
};

/* Opens a temporary file beside path, mode fsmode_file(); NULL with *cause on failure. */
struct out_atomic *out_atomic_open(const char *path, char **cause);
/* Flushes, syncs and renames into place; frees *a.  -1 with *cause on failure. */
int		 out_atomic_commit(struct out_atomic **, char **cause);
/* Removes the temporary file and frees *a. */
void		 out_atomic_abort(struct out_atomic **);
#endif
