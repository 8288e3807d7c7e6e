#ifndef CMD_OUT_H
#define CMD_OUT_H
/*
 * Printing core results for the money commands: a table as text or CSV,
 * an A4-paginated report, a printed document.  Front-end only (stdout).
 */
#include "cmd.h"
#include "document.h"
#include "table.h"

enum cmd_format {
	CMD_FORMAT_TEXT,
	CMD_FORMAT_CSV,
};

/* Parses --format text|csv; -1 with a message printed when unknown. */
int	 cmd_out_format(const char *arg, enum cmd_format *);
/* Prints t as an aligned table or as CSV for people (BOM, neutralised). */
int	 cmd_out_table(const struct table *, enum cmd_format);
/*
 * Prints t as a report: paginated text headed by title, the school, today's
 * date and page N/M (report_lines_per_page lines a page), with footer lines
 * after the table; or CSV (footer left out).
 */
int	 cmd_out_report(struct db *, const char *title, const struct table *,
	    const char *footer, enum cmd_format);
/* Prints a document as A4 text or CSV. */
int	 cmd_out_doc(struct db *, const struct doc *, int show_id, enum cmd_format);
/* report_lines_per_page from the settings (60 when unset or bad). */
int	 cmd_out_lines_per_page(struct db *);
#endif
