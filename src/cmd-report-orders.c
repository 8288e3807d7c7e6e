/* caiji report orders: the scatter orders, paginated for A4, or as CSV. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-out.h"
#include "cmd.h"
#include "i18n.h"
#include "report-orders.h"
#include "xalloc.h"

static int
cmd_report_orders_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "state", required_argument, NULL, 'S' },
		{ "tier", required_argument, NULL, 't' },
		{ "college", required_argument, NULL, 'c' },
		{ "cohort", required_argument, NULL, 'k' },
		{ "student", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	struct report_orders_totals tot;
	struct order_filter f;
	struct table *t;
	char *cause = NULL, *summary, *footer;
	struct db *db;
	int c, rc, show_id = 0;

	memset(&f, 0, sizeof f);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'S': f.state = optarg; break;
		case 't': f.tier = optarg; break;
		case 'c': f.college = optarg; break;
		case 'k': f.cohort = optarg; break;
		case 's': f.student = optarg; break;
		case 'I': show_id = 1; break;
		case 'f':
			if (cmd_out_format(optarg, &fmt) != 0)
				return CMD_FAIL;
			break;
		default: return cmd_usage(&cmd_report_orders_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_report_orders_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((t = report_orders(db, &f, show_id, &tot, &cause)) == NULL)
		return cmd_fail(cause);
	summary = report_orders_summary(&tot);
	footer = xasprintf("\n%s\n", summary);
	rc = cmd_out_report(db, _("Scatter-shoot orders"), t, footer, fmt);
	free(summary);
	free(footer);
	table_free(&t);
	return rc;
}

const struct cmd_entry cmd_report_orders_entry = {
	"orders", NULL,
	N_("[--state S] [--tier T] [--college C] [--cohort K] [--student S]"
	    " [--format text|csv] [--show-id]"),
	N_("scatter-shoot orders with a count by state"),
	cmd_report_orders_exec
};
