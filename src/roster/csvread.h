/* SPDX-License-Identifier: MIT */
#ifndef CSVREAD_H
#define CSVREAD_H
/*
 * Reading a CSV file as Excel and WPS write it (SPEC §4): RFC 4180 through
 * libcsv, CRLF or LF, UTF-8 with or without a BOM, else GB18030.  The file
 * is streamed in fixed-size chunks (memory does not grow with the number of
 * rows) and every row is handed to a callback as UTF-8 fields with the line
 * it starts on.
 *
 * A file that is not text (NUL bytes, a workbook, UTF-16), has a quote that
 * is never closed, or is neither UTF-8 nor GB18030 is refused with a sentence
 * naming the file and the line.
 */
#include <stddef.h>

enum csvread_encoding {
	CSVREAD_AUTO,		/* BOM, else strict UTF-8, else GB18030 */
	CSVREAD_UTF8,
	CSVREAD_GB18030,
};

/* "auto", "utf-8" (or "utf8"), "gb18030" (or "gbk"); -1 when unknown. */
int		 csvread_encoding_parse(const char *name);
/* "UTF-8", "UTF-8 (BOM)", "GB18030" for messages. */
const char	*csvread_encoding_name(enum csvread_encoding, int bom);

/*
 * Incremental strict UTF-8 validation (no overlongs, no surrogates, nothing
 * above U+10FFFF).  Zero-initialise, feed bytes with csvread_utf8_feed, then
 * csvread_utf8_end.
 */
struct csvread_utf8 {
	int		need;		/* continuation bytes still expected */
	unsigned char	lo, hi;		/* range of the next continuation byte */
};
/* Returns the offset of the first invalid byte in buf, or -1 when all is well. */
long		 csvread_utf8_feed(struct csvread_utf8 *, const unsigned char *buf, size_t len);
/* 0 when the input ended on a character boundary. */
int		 csvread_utf8_end(const struct csvread_utf8 *);

/*
 * Which encoding a whole buffer is in, by the rules of CSVREAD_AUTO: a UTF-8
 * BOM (then *bom is set), else valid UTF-8, else GB18030.  For tests and
 * small inputs; csvread_file streams.
 */
enum csvread_encoding csvread_detect(const unsigned char *buf, size_t len, int *bom);

/*
 * What is known about a file before its rows: a workbook, UTF-16 text or a
 * PDF is named so that the clerk knows to save it as CSV.  Returns NULL for
 * something that may be CSV, else a static English msgid (gettext it).
 */
const char	*csvread_sniff(const unsigned char *head, size_t len);

/* One row: fields are UTF-8, NUL-terminated, owned by the reader. */
struct csvread_row {
	const char	*path;
	int		 line;		/* the line the row starts on, from 1 */
	size_t		 n;
	char		**v;
};

/* Returns 0 to go on, or -1 with *cause set to stop reading. */
typedef int	(*csvread_cb)(void *arg, const struct csvread_row *, char **cause);

/*
 * Reads path in encoding enc and calls cb for each row that is not empty.
 * *used (when not NULL) and *bom tell what was found.  Returns 0, or -1 with
 * *cause set (by the reader or by cb).
 */
int		 csvread_file(const char *path, enum csvread_encoding enc,
		    enum csvread_encoding *used, int *bom, csvread_cb cb, void *arg,
		    char **cause);
#endif
