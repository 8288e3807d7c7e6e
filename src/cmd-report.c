/*
 * caiji report ...: the report family.  Each report is its own file ending in
 * a struct cmd_entry (cmd-report-NAME.c); this table lists them.
 */
#include "config.h"

#include "cmd.h"
#include "i18n.h"

static const struct cmd_entry *const cmd_report_table[] = {
	&cmd_report_orders_entry,
	&cmd_report_money_entry,
	NULL
};

static int
cmd_report_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_report_table, "report", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_report_entry = {
	"report", NULL, N_("orders|money ... [--format text|csv]"),
	N_("printable reports (A4 text) and their CSV"),
	cmd_report_exec,
	CMD_FAMILY
};
