/* SPDX-License-Identifier: MIT */
#ifndef PRINT_H
#define PRINT_H
/*
 * Sending text to the office printer through the spooler: lp(1), or lpr(1)
 * when there is no lp.  The spooler is run with fork and execvp and fed
 * through a pipe; no shell ever sees the printer name or the text.
 */
#include <stddef.h>

/*
 * Prints len bytes of text on printer (NULL: the default printer), with
 * title as the job name (may be NULL).  Returns 0 when the spooler accepted
 * the job; -1 with *cause when there is no spooler, it could not be run, or
 * it failed (its exit status is named).
 */
int	 print_text(const char *printer, const char *title, const char *text, size_t len,
	    char **cause);

/*
 * The spooler print_text would use ("lp" or "lpr", as found on PATH), or
 * NULL when there is neither.
 */
const char *print_spooler(void);
#endif
