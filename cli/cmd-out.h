/* SPDX-License-Identifier: MIT */
#ifndef CMD_OUT_H
#define CMD_OUT_H
/*
 * Printing core results for the money commands: a table as text or CSV,
 * an A4-paginated report, a printed document.  Front-end only (stdout).
 */
#include "cli/cmd.h"
#include "money/document.h"
#include "report/report.h"
#include "util/table.h"

enum cmd_format {
	CMD_FORMAT_TEXT,
	CMD_FORMAT_CSV,
};

/* Parses --format text|csv; -1 with a message printed when unknown. */
int	 cmd_out_format(const char *arg, enum cmd_format *);
/* Prints t as an aligned table or as CSV for people (BOM, neutralised). */
int	 cmd_out_table(const struct table *, enum cmd_format);
/*
 * Emits t as a report through the report core (report_emit_table):
 * paginated text headed by title, the school, the date and page N/M, with
 * footer lines after the table, or CSV (footer left out); to stdout, --out
 * FILE or the printer, as o says.
 */
int	 cmd_out_report(struct db *, const char *title, const struct table *,
	    const char *footer, const struct report_opts *o);
/* Prints a document as A4 text or CSV. */
int	 cmd_out_doc(struct db *, const struct doc *, int show_id, enum cmd_format);
/*
 * The whole of "invoice show" and "receipt show": [--format text|csv]
 * [--show-id] NUMBER, the document found by load, printed.
 */
int	 cmd_out_show_doc(struct cmd_ctx *, int argc, char **argv, const struct cmd_entry *self,
	    struct doc *(*load)(struct db *, const char *number, char **cause));
/* report_lines_per_page from the settings (60 when unset or bad). */
int	 cmd_out_lines_per_page(struct db *);
#endif
