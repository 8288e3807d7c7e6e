/* SPDX-License-Identifier: MIT */
#ifndef TABLE_H
#define TABLE_H
/*
 * Tables for people: columns aligned by display width (CJK is two columns),
 * rendered as text or CSV; and A4 pages for printing, each headed by the
 * title, the school, the date and "page N/M" (SPEC §9).
 */
#include "util/out.h"
#include "util/strbuf.h"

struct table_col {
	const char	*title;		/* already translated */
	int		 right;		/* right-align (numbers, money) */
	int		 max_width;	/* 0: as wide as the widest cell */
};

struct table;

/* A table of ncols columns described by cols (copied). */
struct table	*table_new(int ncols, const struct table_col *cols);
/* Adds a row of n cells, n being the table's column count (copied; NULL is empty). */
void		 table_add_cells(struct table *, size_t n, const char *const *cells);
/* table_add(t, "a", "b", ...): a row whose cells the compiler counts (see report_add). */
#define table_add(t, ...) table_add_cells((t),					\
	sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *),	\
	(const char *const[]){ __VA_ARGS__ })
size_t		 table_rows(const struct table *);
/* A cell's text (rows in the order added, from 0); "" for an empty cell. */
const char	*table_cell(const struct table *, size_t row, int col);
/*
 * Renders as text: heading line and a rule into head, one line per row into
 * body.  Columns are two spaces apart, cut with "…" at max_width, and every
 * cell is sanitised (no control characters reach a terminal or printer).
 */
void		 table_render_text(const struct table *, struct strbuf *head,
		    struct strbuf *body);
/* Renders as CSV (heading row first). */
void		 table_render_csv(const struct table *, struct out_csv *);
void		 table_free(struct table **);

struct page_opts {
	const char	*title;		/* "各学院进度" */
	const char	*school;	/* the institution name */
	const char	*date;		/* "2021-03-09" */
	int		 lines;		/* lines per page, header included (60 for A4) */
};

/*
 * Splits body into pages.  Each page starts with a header (title, school,
 * date, page N/M) and then repeat (e.g. a table's heading lines, may be NULL
 * or empty); pages are separated by a form feed.  A form feed in body starts
 * a new page.  Appends the result to out.
 */
void		 page_render(const struct page_opts *, const char *repeat,
		    const char *body, struct strbuf *out);
#endif
