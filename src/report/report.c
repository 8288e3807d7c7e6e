/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <assert.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "season/cohort.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "util/print.h"
#include "report/report.h"
#include "db/settings.h"
#include "util/table.h"
#include "util/text.h"
#include "util/when.h"
#include "util/xalloc.h"

struct report_row {
	char	**cells;
	size_t	  section;
};

struct report {
	char			*title;
	int			 ncols;
	struct report_col	*cols;
	struct report_row	*rows;
	size_t			 nrows, cap;
	char			**headings;	/* per section; NULL: none */
	size_t			 nsections;
	char			*text;		/* replaces the table on paper */
	char			*empty;
};

int
report_ctx_open(struct db *db, const struct report_opts *opts, struct report_ctx *ctx,
    char **cause)
{
	char *lines;

	memset(ctx, 0, sizeof *ctx);
	ctx->db = db;
	ctx->opts = opts;
	if (college_list_load(db, &ctx->colleges, cause) != 0)
		return -1;
	if (opts->college != NULL) {
		ctx->college = college_list_find(&ctx->colleges, opts->college);
		if (ctx->college == NULL) {
			*cause = xasprintf(_("there is no college \"%s\" (or the name is "
			    "ambiguous); give a college's name or the start of it"), opts->college);
			report_ctx_close(ctx);
			return -1;
		}
	}
	if (opts->cohort != NULL && (ctx->cohort_id = cohort_require(db, opts->cohort, cause)) < 0) {
		report_ctx_close(ctx);
		return -1;
	}
	ctx->school = settings_get_default(db, "institution_name", "");
	ctx->today = when_today(0);
	lines = settings_get_default(db, "report_lines_per_page", "60");
	ctx->lines = atoi(lines);
	if (ctx->lines < 10)
		ctx->lines = 60;
	free(lines);
	return 0;
}

void
report_ctx_close(struct report_ctx *ctx)
{
	college_list_free(&ctx->colleges);
	free(ctx->school);
	free(ctx->today);
	memset(ctx, 0, sizeof *ctx);
}

struct report *
report_new(const char *title, int ncols, const struct report_col *cols)
{
	struct report *r = xcalloc(1, sizeof *r);

	r->title = xstrdup(title);
	r->ncols = ncols;
	r->cols = xcalloc((size_t)ncols, sizeof *r->cols);
	memcpy(r->cols, cols, (size_t)ncols * sizeof *cols);
	return r;
}

void
report_free(struct report **rp)
{
	struct report *r = *rp;

	if (r == NULL)
		return;
	for (size_t i = 0; i < r->nrows; i++) {
		for (int c = 0; c < r->ncols; c++)
			free(r->rows[i].cells[c]);
		free(r->rows[i].cells);
	}
	for (size_t i = 0; i < r->nsections; i++)
		free(r->headings[i]);
	free(r->headings);
	free(r->rows);
	free(r->cols);
	free(r->title);
	free(r->text);
	free(r->empty);
	free(r);
	*rp = NULL;
}

void
report_section(struct report *r, const char *heading)
{
	r->headings = xreallocarray(r->headings, r->nsections + 1, sizeof *r->headings);
	r->headings[r->nsections++] = heading != NULL ? xstrdup(heading) : NULL;
}

void
report_add_cells(struct report *r, size_t n, const char *const *cells)
{
	struct report_row *row;

	assert(n == (size_t)r->ncols);	/* a row as wide as the report, always */
	if (r->nsections == 0)
		report_section(r, NULL);
	if (r->nrows == r->cap) {
		r->cap = r->cap == 0 ? 64 : r->cap * 2;
		r->rows = xreallocarray(r->rows, r->cap, sizeof *r->rows);
	}
	row = &r->rows[r->nrows++];
	row->section = r->nsections - 1;
	row->cells = xcalloc((size_t)r->ncols, sizeof *row->cells);
	for (int c = 0; c < r->ncols; c++)
		row->cells[c] = xstrdup(cells[c] != NULL ? cells[c] : "");
}

size_t
report_rows(const struct report *r)
{
	return r->nrows;
}

void
report_set_text(struct report *r, char *text)
{
	free(r->text);
	r->text = text;
}

void
report_set_empty(struct report *r, const char *message)
{
	free(r->empty);
	r->empty = xstrdup(message);
}

char *
report_id(const struct report_ctx *ctx, const char *number)
{
	if (ctx->opts->show_id || number == NULL || *number == '\0')
		return xstrdup(number != NULL ? number : "");
	return idcard_mask(number);
}

char **
report_wrap(const char *s, int width, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	mbstate_t ps;

	*n = 0;
	if (width < 2)
		width = 2;
	do {
		const char *p = s, *brk = NULL;
		int used = 0;

		memset(&ps, 0, sizeof ps);
		while (*p != '\0' && *p != '\n') {
			wchar_t wc;
			size_t len = mbrtowc(&wc, p, MB_CUR_MAX, &ps);
			int w;

			if (len == (size_t)-1 || len == (size_t)-2 || len == 0) {
				memset(&ps, 0, sizeof ps);
				len = 1;
				w = 1;
			} else if ((w = wcwidth(wc)) < 0)
				w = 1;
			if (used + w > width)
				break;
			used += w;
			p += len;
			if (wc == L' ')
				brk = p;
		}
		/* break after the last space if the line is cut mid-word */
		if (*p != '\0' && *p != '\n' && *p != ' ' && brk != NULL &&
		    (size_t)(p - brk) < (size_t)width / 2 && (unsigned char)*p < 0x80)
			p = brk;
		if (*n + 1 > cap) {
			cap = cap == 0 ? 4 : cap * 2;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[(*n)++] = xstrndup(s, (size_t)(p - s));
		/* trailing spaces go with the break */
		{
			size_t len = strlen(v[*n - 1]);

			while (len > 0 && v[*n - 1][len - 1] == ' ')
				v[*n - 1][--len] = '\0';
		}
		while (*p == ' ')
			p++;
		if (*p == '\n')
			p++;
		s = p;
	} while (*s != '\0');
	return v;
}

void
report_wrap_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

char *
report_mask_text(const struct report_ctx *ctx, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = text != NULL ? text : "";

	if (ctx->opts->show_id)
		return xstrdup(p);
	while (*p != '\0') {
		size_t d = strspn(p, "0123456789");
		size_t len = d;

		if (d == 17 && (p[17] == 'X' || p[17] == 'x'))
			len = 18;
		if ((len == 18 || len == 15) && (p == text || !isalnum((unsigned char)p[-1]))) {
			char *id = xstrndup(p, len), *m = idcard_mask(id);

			strbuf_puts(&sb, m);
			free(m);
			free(id);
			p += len;
		} else if (d > 0) {
			strbuf_add(&sb, p, d);
			p += d;
		} else
			strbuf_putc(&sb, *p++);
	}
	return strbuf_detach(&sb);
}

/*
 * The table of the columns not marked skip, with every row.  On paper
 * (heights not NULL) a wrapping column's cell becomes several lines, and
 * heights[i] says how many table lines row i took.
 */
static struct table *
report_table(const struct report *r, enum report_col_where skip, int **map, int *n,
    size_t *heights)
{
	struct table_col *tc = xcalloc((size_t)r->ncols, sizeof *tc);
	const char **cells = xcalloc((size_t)r->ncols, sizeof *cells);
	char ***parts = xcalloc((size_t)r->ncols, sizeof *parts);
	size_t *nparts = xcalloc((size_t)r->ncols, sizeof *nparts);
	struct table *t;

	*map = xcalloc((size_t)r->ncols, sizeof **map);
	*n = 0;
	for (int c = 0; c < r->ncols; c++) {
		if (r->cols[c].where == skip)
			continue;
		tc[*n].title = _(r->cols[c].title);
		tc[*n].right = r->cols[c].right;
		tc[*n].max_width = r->cols[c].max_width;
		(*map)[(*n)++] = c;
	}
	t = table_new(*n, tc);
	for (size_t i = 0; i < r->nrows; i++) {
		size_t lines = 1;

		for (int k = 0; k < *n; k++) {
			const struct report_col *col = &r->cols[(*map)[k]];

			parts[k] = NULL;
			nparts[k] = 1;
			if (heights != NULL && col->wrap && col->max_width > 0) {
				parts[k] = report_wrap(r->rows[i].cells[(*map)[k]], col->max_width,
				    &nparts[k]);
				if (nparts[k] > lines)
					lines = nparts[k];
			}
		}
		for (size_t l = 0; l < lines; l++) {
			for (int k = 0; k < *n; k++) {
				if (parts[k] != NULL)
					cells[k] = l < nparts[k] ? parts[k][l] : "";
				else
					cells[k] = l == 0 ? r->rows[i].cells[(*map)[k]] : "";
			}
			table_add_cells(t, (size_t)*n, cells);
		}
		for (int k = 0; k < *n; k++)
			if (parts[k] != NULL)
				report_wrap_free(parts[k], nparts[k]);
		if (heights != NULL)
			heights[i] = lines;
	}
	free(parts);
	free(nparts);
	free(cells);
	free(tc);
	return t;
}

/* Appends the line of s starting at *p (without its newline) and advances. */
static void
report_next_line(const char **p, struct strbuf *out)
{
	size_t len = strcspn(*p, "\n");

	strbuf_add(out, *p, len);
	strbuf_putc(out, '\n');
	*p += len + ((*p)[len] == '\n');
}

void
report_render_text(const struct report *r, const struct report_ctx *ctx, struct strbuf *out)
{
	struct page_opts po = { r->title, ctx->school, ctx->today, ctx->lines };
	struct strbuf head = STRBUF_INIT, rows = STRBUF_INIT, body = STRBUF_INIT;
	struct table *t;
	const char *p;
	int *map, n, room = ctx->lines - 3, used = 0;
	size_t i = 0, *heights;

	if (r->text != NULL) {
		page_render(&po, NULL, r->text, out);
		return;
	}
	if (r->nrows == 0) {
		strbuf_printf(&body, "%s\n", r->empty != NULL ? r->empty :
		    _("Nothing to report."));
		page_render(&po, NULL, strbuf_str(&body), out);
		strbuf_free(&body);
		return;
	}
	heights = xcalloc(r->nrows, sizeof *heights);
	t = report_table(r, REPORT_COL_CSV, &map, &n, heights);
	table_render_text(t, &head, &rows);
	p = strbuf_str(&rows);
	/*
	 * Lay the pages out here so that every page starts with its section's
	 * heading and the column headings; page_render then only adds the page
	 * headers (its own room is the same, so it never splits a page again).
	 */
	for (size_t s = 0; s < r->nsections; s++) {
		const char *heading = r->headings[s];
		int block = 2 + (heading != NULL ? 2 : 0), first = 1;

		if (i >= r->nrows || r->rows[i].section != s)
			continue;
		while (i < r->nrows && r->rows[i].section == s) {
			if (first || used + (int)heights[i] > room) {
				if (used > 0)
					strbuf_puts(&body, "\f");
				used = 0;
				if (heading != NULL) {
					if (first)
						strbuf_printf(&body, "%s\n\n", heading);
					else
						strbuf_printf(&body, _("%s (continued)\n\n"), heading);
				}
				strbuf_puts(&body, strbuf_str(&head));
				used = block;
				first = 0;
			}
			for (size_t l = 0; l < heights[i]; l++)
				report_next_line(&p, &body);
			used += (int)heights[i];
			i++;
		}
	}
	page_render(&po, NULL, strbuf_str(&body), out);
	strbuf_free(&head);
	strbuf_free(&rows);
	strbuf_free(&body);
	table_free(&t);
	free(heights);
	free(map);
}

static void
report_render_csv(const struct report *r, struct out_csv *csv)
{
	struct table *t;
	int *map, n;

	t = report_table(r, REPORT_COL_TEXT, &map, &n, NULL);
	table_render_csv(t, csv);
	table_free(&t);
	free(map);
}

static int
report_audit_reveal(struct db *db, const struct report_opts *o, const char *title,
    char **cause)
{
	if (db_begin(db, cause) != 0)
		return -1;
	if (db_audit(db, "reveal-id", "report", title, "id_number", NULL,
	    o->out != NULL ? o->out : o->print ? "printer" : "stdout", cause) != 0) {
		db_rollback(db);
		return -1;
	}
	return db_commit(db, cause);
}

/* Writes s to the --out file (atomically), to the printer, or to stdout. */
static int
report_deliver(const struct report_opts *o, const char *title, const char *s, size_t len,
    char **cause)
{
	struct out_atomic *a;

	if (o->print)
		return print_text(o->printer, title, s, len, cause);
	if (o->out == NULL) {
		if (o->to == NULL || fwrite(s, 1, len, o->to) != len) {
			*cause = xstrdup(_("cannot write the report"));
			return -1;
		}
		return 0;
	}
	if ((a = out_atomic_open(o->out, cause)) == NULL)
		return -1;
	fwrite(s, 1, len, a->f);
	return out_atomic_commit(&a, cause);
}

/* Renders CSV through render (a report or a table) and delivers it. */
static int
report_deliver_csv(const struct report_opts *o, const struct report *r,
    const struct table *t, char **cause)
{
	char *data = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&data, &len);
	struct out_csv *csv;
	int rc;

	if (f == NULL) {
		*cause = xstrdup(_("out of memory"));
		return -1;
	}
	csv = out_csv_new(f, o->encoding, 1);
	if (r != NULL)
		report_render_csv(r, csv);
	else
		table_render_csv(t, csv);
	rc = out_csv_free(&csv, cause);
	fclose(f);
	if (rc == 0)
		rc = report_deliver(o, NULL, data, len, cause);
	free(data);
	return rc;
}

int
report_emit(const struct report *r, const struct report_ctx *ctx, char **cause)
{
	const struct report_opts *o = ctx->opts;
	struct strbuf sb = STRBUF_INIT;
	int rc;

	if (o->show_id && report_audit_reveal(ctx->db, o, r->title, cause) != 0)
		return -1;
	if (o->format == REPORT_CSV)
		return report_deliver_csv(o, r, NULL, cause);
	report_render_text(r, ctx, &sb);
	rc = report_deliver(o, r->title, strbuf_str(&sb), sb.len, cause);
	strbuf_free(&sb);
	return rc;
}

void
report_table_text(struct db *db, const char *title, const struct table *t, const char *footer,
    struct strbuf *out)
{
	struct strbuf head = STRBUF_INIT, body = STRBUF_INIT;
	struct page_opts po;
	char *school, *today, *lines;

	school = settings_get_default(db, "institution_name", "");
	today = when_today(0);
	lines = settings_get_default(db, "report_lines_per_page", "60");
	po.title = title;
	po.school = school;
	po.date = today;
	po.lines = atoi(lines) >= 10 ? atoi(lines) : 60;
	table_render_text(t, &head, &body);
	if (footer != NULL)
		strbuf_puts(&body, footer);
	page_render(&po, strbuf_str(&head), strbuf_str(&body), out);
	strbuf_free(&head);
	strbuf_free(&body);
	free(school);
	free(today);
	free(lines);
}

int
report_emit_table(struct db *db, const struct report_opts *o, const char *title,
    const struct table *t, const char *footer, char **cause)
{
	struct strbuf out = STRBUF_INIT;
	int rc;

	if (o->show_id && report_audit_reveal(db, o, title, cause) != 0)
		return -1;
	if (o->format == REPORT_CSV)
		return report_deliver_csv(o, NULL, t, cause);
	report_table_text(db, title, t, footer, &out);
	rc = report_deliver(o, title, strbuf_str(&out), out.len, cause);
	strbuf_free(&out);
	return rc;
}

int
report_run(struct db *db, const struct report_opts *opts, report_build_fn build,
    char **cause)
{
	struct report_ctx ctx;
	struct report *r = NULL;
	int rc;

	if (report_ctx_open(db, opts, &ctx, cause) != 0)
		return -1;
	rc = build(&ctx, &r, cause);
	if (rc == 0)
		rc = report_emit(r, &ctx, cause);
	report_free(&r);
	report_ctx_close(&ctx);
	return rc;
}
