#ifndef CMD_REPORT_H
#define CMD_REPORT_H
/*
 * The `caiji report` family.  Each report is a cmd_entry whose exec calls
 * cmd_report_run with its builder, so every report takes the same options:
 * --format text|csv, --college, --cohort, --show-id, --print [--printer P],
 * --out FILE, --csv-encoding.
 */
#include "cmd.h"
#include "report.h"

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
