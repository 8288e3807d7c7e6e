/* SPDX-License-Identifier: MIT */
/* caiji report money: billed, paid, outstanding and scatter income per college. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd-out.h"
#include "cli/cmd-report.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "money/money.h"
#include "report/report-money.h"
#include "util/xalloc.h"

static int
cmd_report_money_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_REPORT_LONGOPTS,
		{ "college", required_argument, NULL, 'c' },
		{ "cohort", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_opts o = REPORT_OPTS_INIT;
	const char *college = NULL, *cohort = NULL;
	struct report_money_totals tot;
	struct table *t;
	char *cause = NULL, *footer;
	struct db *db;
	int c, rc, taken;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((taken = cmd_report_option(c, optarg, &o)) < 0)
			return cmd_usage(&cmd_report_money_entry);
		if (taken)
			continue;
		switch (c) {
		case 'c': college = optarg; break;
		case 'k': cohort = optarg; break;
		default: return cmd_usage(&cmd_report_money_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_report_money_entry);
	if (cmd_report_check(&o) != 0)
		return CMD_FAIL;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((t = report_money(db, college, cohort, &tot, &cause)) == NULL)
		return cmd_fail(cause);
	footer = report_money_footer(&tot);
	rc = cmd_out_report(db, report_money_title(), t, footer, &o);
	free(footer);
	table_free(&t);
	return rc;
}

const struct cmd_entry cmd_report_money_entry = {
	"money", NULL, N_("[--college C] [--cohort K] [--format text|csv] [--print [--printer P]] [--out FILE]"
	    " [--csv-encoding utf-8-bom|gb18030]"),
	N_("billed, paid and outstanding per college; scatter income and refunds"),
	cmd_report_money_exec
};
