/* SPDX-License-Identifier: MIT */
/* caiji report orders: the scatter orders, paginated for A4, or as CSV. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd-out.h"
#include "cli/cmd-report.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "report/report-orders.h"
#include "util/xalloc.h"

static int
cmd_report_orders_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_ORDER_FILTER_LONGOPTS,
		CMD_REPORT_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct report_opts o = REPORT_OPTS_INIT;
	struct report_orders_totals tot;
	struct order_filter f;
	struct table *t;
	char *cause = NULL, *footer;
	struct db *db;
	int c, rc, taken;

	memset(&f, 0, sizeof f);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((taken = cmd_report_option(c, optarg, &o)) < 0)
			return cmd_usage(&cmd_report_orders_entry);
		if (!taken && !cmd_order_filter_option(c, optarg, &f))
			return cmd_usage(&cmd_report_orders_entry);
	}
	if (optind != argc)
		return cmd_usage(&cmd_report_orders_entry);
	if (cmd_report_check(&o) != 0)
		return CMD_FAIL;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((t = report_orders(db, &f, o.show_id, &tot, &cause)) == NULL)
		return cmd_fail(cause);
	footer = report_orders_footer(&tot);
	rc = cmd_out_report(db, report_orders_title(), t, footer, &o);
	free(footer);
	table_free(&t);
	return rc;
}

const struct cmd_entry cmd_report_orders_entry = {
	"orders", NULL,
	N_("[--state S] [--tier T] [--college C] [--cohort K] [--student S]"
	    " [--format text|csv] [--show-id] [--print [--printer P]] [--out FILE]"
	    " [--csv-encoding utf-8-bom|gb18030]"),
	N_("scatter-shoot orders with a count by state"),
	cmd_report_orders_exec
};
