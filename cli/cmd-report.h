/* SPDX-License-Identifier: MIT */
#ifndef CMD_REPORT_H
#define CMD_REPORT_H
/*
 * The `caiji report` family.  Each report is a cmd_entry whose exec calls
 * cmd_report_run with its builder, so every report takes the same options:
 * --format text|csv, --college, --cohort, --show-id, --print [--printer P],
 * --out FILE, --csv-encoding.
 */
#include "cli/cmd.h"
#include "money/order.h"
#include "report/report.h"

/*
 * The options every report takes, for a report's own getopt_long table
 * (money and orders have filters of their own): --format, --show-id,
 * --print, --printer, --out, --csv-encoding, as 'f', 'i', 'p', 'P', 'o', 'e'.
 */
#define CMD_REPORT_LONGOPTS						\
	{ "format", required_argument, NULL, 'f' },			\
	{ "show-id", no_argument, NULL, 'i' },				\
	{ "print", no_argument, NULL, 'p' },				\
	{ "printer", required_argument, NULL, 'P' },			\
	{ "out", required_argument, NULL, 'o' },			\
	{ "csv-encoding", required_argument, NULL, 'e' }

/* Takes option c of CMD_REPORT_LONGOPTS: 1 taken, 0 not one of them, -1 a bad value. */
int	 cmd_report_option(int c, const char *arg, struct report_opts *);

/*
 * The order filters of `caiji order list` and `caiji report orders`, for
 * their getopt_long tables: --state, --tier, --college, --cohort, --student
 * as 'S', 't', 'c', 'k', 's'.
 */
#define CMD_ORDER_FILTER_LONGOPTS					\
	{ "state", required_argument, NULL, 'S' },			\
	{ "tier", required_argument, NULL, 't' },			\
	{ "college", required_argument, NULL, 'c' },			\
	{ "cohort", required_argument, NULL, 'k' },			\
	{ "student", required_argument, NULL, 's' }

/* Takes option c of CMD_ORDER_FILTER_LONGOPTS into f: 1 taken, 0 not one of them. */
int	 cmd_order_filter_option(int c, const char *arg, struct order_filter *f);
/* Checks the options go together; prints why not and returns -1. */
int	 cmd_report_check(const struct report_opts *);

/* Parses the common options and runs build; returns a CMD_* status. */
int	 cmd_report_run(struct cmd_ctx *, int argc, char **argv, const struct cmd_entry *,
	    report_build_fn build);

/* The reports; `caiji report NAME` looks them up here. */
extern const struct cmd_entry *const cmd_report_table[];

extern const struct cmd_entry cmd_report_progress_entry;
extern const struct cmd_entry cmd_report_chase_entry;
extern const struct cmd_entry cmd_report_flags_entry;
extern const struct cmd_entry cmd_report_signin_entry;
extern const struct cmd_entry cmd_report_slips_entry;
#endif
