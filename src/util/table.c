/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "util/table.h"
#include "util/text.h"
#include "util/xalloc.h"

struct table {
	int			 ncols;
	struct table_col	*cols;
	char			**cells;	/* rows * ncols */
	size_t			 rows;
	size_t			 cap;
};

struct table *
table_new(int ncols, const struct table_col *cols)
{
	struct table *t = xcalloc(1, sizeof *t);

	t->ncols = ncols;
	t->cols = xcalloc((size_t)ncols, sizeof *t->cols);
	for (int i = 0; i < ncols; i++) {
		t->cols[i] = cols[i];
		t->cols[i].title = xstrdup(cols[i].title);
	}
	return t;
}

void
table_add_cells(struct table *t, size_t n, const char *const *cells)
{
	assert(n == (size_t)t->ncols);	/* a row as wide as the table, always */
	if (t->rows == t->cap) {
		t->cap = t->cap == 0 ? 64 : t->cap * 2;
		t->cells = xreallocarray(t->cells, t->cap * (size_t)t->ncols, sizeof *t->cells);
	}
	for (int i = 0; i < t->ncols; i++)
		t->cells[t->rows * (size_t)t->ncols + (size_t)i] =
		    text_sanitize(cells[i] != NULL ? cells[i] : "");
	t->rows++;
}

size_t
table_rows(const struct table *t)
{
	return t->rows;
}

const char *
table_cell(const struct table *t, size_t row, int col)
{
	const char *c;

	if (row >= t->rows || col < 0 || col >= t->ncols)
		return "";
	c = t->cells[row * (size_t)t->ncols + (size_t)col];
	return c != NULL ? c : "";
}

static int *
table_widths(const struct table *t)
{
	int *w = xcalloc((size_t)t->ncols, sizeof *w);

	for (int c = 0; c < t->ncols; c++) {
		w[c] = text_width(t->cols[c].title);
		for (size_t r = 0; r < t->rows; r++) {
			int cw = text_width(t->cells[r * (size_t)t->ncols + (size_t)c]);

			if (cw > w[c])
				w[c] = cw;
		}
		if (t->cols[c].max_width > 0 && w[c] > t->cols[c].max_width)
			w[c] = t->cols[c].max_width;
	}
	return w;
}

/* Appends one line of cells, trailing spaces removed. */
static void
table_line(const struct table *t, const int *w, const char *const *cells, struct strbuf *out)
{
	size_t start = out->len;

	for (int c = 0; c < t->ncols; c++) {
		if (c > 0)
			strbuf_puts(out, "  ");
		text_pad(out, cells[c], w[c], t->cols[c].right, 1);
	}
	while (out->len > start && out->s[out->len - 1] == ' ')
		out->s[--out->len] = '\0';
	strbuf_putc(out, '\n');
}

void
table_render_text(const struct table *t, struct strbuf *head, struct strbuf *body)
{
	int *w = table_widths(t), total = 0;
	const char **titles = xcalloc((size_t)t->ncols, sizeof *titles);

	for (int c = 0; c < t->ncols; c++) {
		titles[c] = t->cols[c].title;
		total += w[c] + (c > 0 ? 2 : 0);
	}
	table_line(t, w, titles, head);
	for (int i = 0; i < total; i++)
		strbuf_putc(head, '-');
	strbuf_putc(head, '\n');
	for (size_t r = 0; r < t->rows; r++)
		table_line(t, w, (const char *const *)&t->cells[r * (size_t)t->ncols], body);
	free(titles);
	free(w);
}

void
table_render_csv(const struct table *t, struct out_csv *csv)
{
	for (int c = 0; c < t->ncols; c++)
		out_csv_cell(csv, t->cols[c].title);
	out_csv_end_row(csv);
	for (size_t r = 0; r < t->rows; r++) {
		for (int c = 0; c < t->ncols; c++) {
			const char *v = t->cells[r * (size_t)t->ncols + (size_t)c];

			if (t->cols[c].right)
				out_csv_number(csv, v);
			else
				out_csv_cell(csv, v);
		}
		out_csv_end_row(csv);
	}
}

void
table_free(struct table **tp)
{
	struct table *t = *tp;

	if (t == NULL)
		return;
	for (size_t i = 0; i < t->rows * (size_t)t->ncols; i++)
		free(t->cells[i]);
	for (int c = 0; c < t->ncols; c++)
		free((char *)t->cols[c].title);
	free(t->cells);
	free(t->cols);
	free(t);
	*tp = NULL;
}

/* Splits s into lines (without newlines); a form feed is a line of its own. */
static char **
page_lines(const char *s, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;

	*n = 0;
	while (s != NULL && *s != '\0') {
		size_t len = strcspn(s, "\n\f");

		if (*n + 2 > cap) {
			cap = cap == 0 ? 64 : cap * 2;
			v = xreallocarray(v, cap, sizeof *v);
		}
		if (len > 0 || s[len] == '\n')
			v[(*n)++] = xstrndup(s, len);
		if (s[len] == '\f')
			v[(*n)++] = xstrdup("\f");
		s += len + (s[len] != '\0');
	}
	return v;
}

static void
page_lines_free(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* How many pages body needs, given room lines per page. */
static int
page_count(char **lines, size_t n, int room)
{
	int pages = 1, used = 0;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(lines[i], "\f") == 0) {
			if (used > 0 && i + 1 < n) {
				pages++;
				used = 0;
			}
			continue;
		}
		if (used == room) {
			pages++;
			used = 0;
		}
		used++;
	}
	return pages;
}

static void
page_header(const struct page_opts *o, int page, int pages, const char *repeat,
    struct strbuf *out)
{
	char *right = xasprintf(_("page %d/%d"), page, pages);

	if (page > 1)
		strbuf_putc(out, '\f');
	strbuf_printf(out, "%s\n", o->title);
	strbuf_puts(out, o->school != NULL ? o->school : "");
	strbuf_puts(out, "  ");
	strbuf_puts(out, o->date != NULL ? o->date : "");
	strbuf_puts(out, "  ");
	strbuf_puts(out, right);
	strbuf_puts(out, "\n\n");
	strbuf_puts(out, repeat != NULL ? repeat : "");
	free(right);
}

void
page_render(const struct page_opts *o, const char *repeat, const char *body,
    struct strbuf *out)
{
	size_t n, nrep;
	char **lines = page_lines(body, &n), **rep = page_lines(repeat, &nrep);
	int room = o->lines - 3 - (int)nrep, page = 1, pages, used = 0;

	if (room < 1)
		room = 1;
	pages = page_count(lines, n, room);
	page_header(o, page, pages, repeat, out);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(lines[i], "\f") == 0) {
			if (used > 0 && i + 1 < n) {
				page_header(o, ++page, pages, repeat, out);
				used = 0;
			}
			continue;
		}
		if (used == room) {
			page_header(o, ++page, pages, repeat, out);
			used = 0;
		}
		strbuf_puts(out, lines[i]);
		strbuf_putc(out, '\n');
		used++;
	}
	page_lines_free(lines, n);
	page_lines_free(rep, nrep);
}
