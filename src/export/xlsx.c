/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include "util/i18n.h"
#include "util/text.h"
#include "util/xalloc.h"
#include "export/xlsx.h"

#ifdef HAVE_XLSXWRITER
struct xlsx {
	char		*path;
	lxw_workbook	*wb;
	lxw_worksheet	*ws;
	lxw_format	*text;
	int		 ncols;
	lxw_row_t	 row;
	lxw_col_t	 col;
	lxw_error	 err;		/* the first failure */
	int		 widths[64];
};

int
xlsx_available(void)
{
	return 1;
}

struct xlsx *
xlsx_open(const char *path, const char *sheet, int ncols, char **cause)
{
	struct xlsx *x = xcalloc(1, sizeof *x);

	x->path = xstrdup(path);
	x->ncols = ncols;
	x->wb = workbook_new(path);
	if (x->wb == NULL) {
		*cause = xasprintf(_("cannot start the workbook %s"), path);
		free(x->path);
		free(x);
		return NULL;
	}
	x->ws = workbook_add_worksheet(x->wb, sheet);
	x->text = workbook_add_format(x->wb);
	if (x->ws == NULL || x->text == NULL) {
		*cause = xasprintf(_("cannot start the workbook %s"), path);
		workbook_close(x->wb);
		remove(path);
		free(x->path);
		free(x);
		return NULL;
	}
	format_set_num_format(x->text, "@");
	return x;
}

void
xlsx_cell(struct xlsx *x, const char *value)
{
	lxw_error e;
	int w;

	if (value == NULL)
		value = "";
	/* an empty string cell would be dropped; a blank cell keeps the format */
	if (*value == '\0')
		e = worksheet_write_blank(x->ws, x->row, x->col, x->text);
	else
		e = worksheet_write_string(x->ws, x->row, x->col, value, x->text);
	if (e != LXW_NO_ERROR && x->err == LXW_NO_ERROR)
		x->err = e;
	if (x->col < 64) {
		w = text_width(value);
		if (w > x->widths[x->col])
			x->widths[x->col] = w;
	}
	x->col++;
}

void
xlsx_end_row(struct xlsx *x)
{
	x->row++;
	x->col = 0;
}

int
xlsx_close(struct xlsx **xp, char **cause)
{
	struct xlsx *x = *xp;
	lxw_error e;
	int rc = 0;

	if (x == NULL)
		return 0;
	/* every column text-typed, so what a clerk types there stays text too */
	for (int c = 0; c < x->ncols && c < 64; c++)
		worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c,
		    (double)(x->widths[c] < 4 ? 6 : x->widths[c] + 2), x->text);
	e = workbook_close(x->wb);
	if (x->err != LXW_NO_ERROR || e != LXW_NO_ERROR) {
		*cause = xasprintf(_("cannot write the workbook %s: %s"), x->path,
		    lxw_strerror(x->err != LXW_NO_ERROR ? x->err : e));
		remove(x->path);
		rc = -1;
	}
	free(x->path);
	free(x);
	*xp = NULL;
	return rc;
}
#else
struct xlsx {
	int	unused;
};

int
xlsx_available(void)
{
	return 0;
}

struct xlsx *
xlsx_open(const char *path, const char *sheet, int ncols, char **cause)
{
	(void)sheet;
	(void)ncols;
	*cause = xasprintf(_("cannot write %s: this caiji was built without "
	    "libxlsxwriter"), path);
	return NULL;
}

void
xlsx_cell(struct xlsx *x, const char *value)
{
	(void)x;
	(void)value;
}

void
xlsx_end_row(struct xlsx *x)
{
	(void)x;
}

int
xlsx_close(struct xlsx **xp, char **cause)
{
	(void)cause;
	*xp = NULL;
	return 0;
}
#endif
