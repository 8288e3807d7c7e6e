/* SPDX-License-Identifier: MIT */
#ifndef REPORT_H
#define REPORT_H
/*
 * The report core (SPEC §9): a report is a title, columns and rows, grouped
 * in sections (one per college in the chase list), emitted as text paginated
 * for A4 (page_render: title, school, date and page N/M on every page, the
 * column headings repeated) or as CSV for Excel (UTF-8 with a BOM, formulas
 * neutralised); to stdout, to a file (written atomically) or to the printer.
 * Every report is built by a function of type report_build_fn in its own
 * report-NAME.c and run by report_run.
 */
#include <stdio.h>

#include "season/college.h"
#include "db/db.h"
#include "util/out.h"
#include "util/strbuf.h"

enum report_format {
	REPORT_TEXT,
	REPORT_CSV,
};

/* What the clerk asked for (caiji report ... options). */
struct report_opts {
	enum report_format	 format;
	const char		*college;	/* a college name or prefix; NULL: all */
	const char		*cohort;	/* a cohort code; NULL: all */
	int			 show_id;	/* full ID numbers (audited) */
	int			 print;		/* send the text to the printer */
	const char		*printer;	/* NULL: the default printer */
	const char		*out;		/* a file; NULL: standard output */
	enum out_encoding	 encoding;	/* of CSV; OUT_UTF8_BOM by default */
	FILE			*to;		/* without --out or --print (the caller's stdout) */
};

#define REPORT_OPTS_INIT { REPORT_TEXT, NULL, NULL, 0, 0, NULL, NULL, OUT_UTF8_BOM, NULL }

/* Where a column appears. */
enum report_col_where {
	REPORT_COL_BOTH,
	REPORT_COL_CSV,		/* CSV only: on paper the section heading says it */
	REPORT_COL_TEXT,	/* on paper only (e.g. a signature box) */
};

struct report_col {
	const char		*title;		/* an N_() msgid; translated here */
	int			 right;		/* numbers: right-aligned, never neutralised */
	int			 max_width;	/* 0: as wide as the widest cell */
	enum report_col_where	 where;
	int			 wrap;		/* on paper, wrap at max_width instead of cutting */
};

/* What a report builder sees: the database, the options resolved. */
struct report_ctx {
	struct db			*db;
	const struct report_opts	*opts;
	struct college_list		 colleges;
	const struct college		*college;	/* the --college filter, or NULL */
	int				 cohort_id;	/* the --cohort filter, or 0 */
	char				*school;	/* institution name */
	char				*today;		/* YYYY-MM-DD ($CAIJI_TODAY pins it) */
	int				 lines;		/* lines per page */
};

struct report;

/* Resolves the filters and settings; -1 with *cause for an unknown college or cohort. */
int		 report_ctx_open(struct db *, const struct report_opts *, struct report_ctx *,
		    char **cause);
void		 report_ctx_close(struct report_ctx *);

/* A report titled title (translated already) with ncols columns. */
struct report	*report_new(const char *title, int ncols, const struct report_col *cols);
void		 report_free(struct report **);
/* Starts a section: on paper a new page headed by heading. */
void		 report_section(struct report *, const char *heading);
/* Adds a row of n cells, n being the report's column count (copied; NULL is empty). */
void		 report_add_cells(struct report *, size_t n, const char *const *cells);
/*
 * report_add(r, "1001", name, ...): a row whose cells the compiler counts,
 * so that a row of the wrong width is caught (an assertion), not read past.
 */
#define report_add(r, ...) report_add_cells((r),				\
	sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(const char *),	\
	(const char *const[]){ __VA_ARGS__ })
size_t		 report_rows(const struct report *);
/*
 * Replaces the table on paper by text (already laid out; a form feed starts
 * a page).  CSV still has the rows.  Takes ownership of text.
 */
void		 report_set_text(struct report *, char *text);
/* A line shown on paper when the report has no rows (translated already). */
void		 report_set_empty(struct report *, const char *message);

/*
 * Splits s into lines of at most width display columns, breaking after a
 * space when one is near and anywhere in CJK text.  Returns an allocated
 * array of *n allocated lines (at least one).
 */
char		**report_wrap(const char *s, int width, size_t *n);
void		 report_wrap_free(char **lines, size_t n);

/* The ID number as the report shows it: masked unless --show-id.  Allocated. */
char		*report_id(const struct report_ctx *, const char *number);
/*
 * Free text (a flag's detail) as the report shows it: every run that looks
 * like an ID number (15 or 17 digits and a check character) masked unless
 * --show-id.  Allocated.
 */
char		*report_mask_text(const struct report_ctx *, const char *text);
/* Renders the report as paginated text into out. */
void		 report_render_text(const struct report *, const struct report_ctx *,
		    struct strbuf *out);
/*
 * Emits the report as the options say (text or CSV; stdout, file or
 * printer).  With --show-id the reveal is recorded in the audit log.
 */
int		 report_emit(const struct report *, const struct report_ctx *, char **cause);

/*
 * Emits a report built as a struct table (the money and orders reports) the
 * same way: paginated text with the table's headings repeated on each page
 * and footer lines after it (may be NULL), or CSV (footer left out); to
 * stdout, --out or the printer; --show-id audited.
 */
struct table;
int		 report_emit_table(struct db *, const struct report_opts *, const char *title,
		    const struct table *, const char *footer, char **cause);
/* The paginated text report_emit_table prints, into out (a preview). */
void		 report_table_text(struct db *, const char *title, const struct table *,
		    const char *footer, struct strbuf *out);

/* A report builder: makes *out from the database, or fails with *cause. */
typedef int	(*report_build_fn)(struct report_ctx *, struct report **out, char **cause);

/* Opens the context, builds and emits; the whole of a `caiji report NAME`. */
int		 report_run(struct db *, const struct report_opts *, report_build_fn,
		    char **cause);

/*
 * Flags with their student and college, ordered by college and seq: columns
 * college, seq, student_no, name, code, severity, detail, student id (NULL
 * for a photo matching nobody), id_number.  errors_only leaves warnings out;
 * no_export leaves out the export pass's ALREADY_SUBMITTED.
 */
struct sqlite3_stmt *report_flags_query(struct report_ctx *, int errors_only, int no_export,
		    char **cause);
/* A flag's message with its detail, IDs masked (allocated). */
char		*report_flag_text(const struct report_ctx *, const char *code,
		    const char *detail);
/* A flag code's plain-words fix (translated, static). */
const char	*report_flag_fix(const char *code);

/* The reports of this module (report-NAME.c), from reports.def. */
#define REPORT(name, label, summary) \
int		 report_##name(struct report_ctx *, struct report **, char **);
#include "report/reports.def"
#undef REPORT
#endif
