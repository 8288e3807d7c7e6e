/* SPDX-License-Identifier: MIT */
/*
 * caiji report progress|chase|flags|signin|slips|orders|money: printable
 * reports (SPEC §9).  The first five are built by report-NAME.c and share
 * cmd_report_run; orders and money are the fees commands' own files
 * (cmd-report-money.c, cmd-report-orders.c).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd-report.h"
#include "util/i18n.h"

#define REPORT_USAGE N_("[--format text|csv] [--college NAME] [--cohort C] [--show-id] " \
	"[--print [--printer P]] [--out FILE] [--csv-encoding utf-8-bom|gb18030]")

int
cmd_report_option(int c, const char *arg, struct report_opts *o)
{
	int enc;

	switch (c) {
	case 'f':
		if (strcmp(arg, "text") == 0)
			o->format = REPORT_TEXT;
		else if (strcmp(arg, "csv") == 0)
			o->format = REPORT_CSV;
		else
			return -1;
		return 1;
	case 'i': o->show_id = 1; return 1;
	case 'p': o->print = 1; return 1;
	case 'P': o->print = 1; o->printer = arg; return 1;
	case 'o': o->out = arg; return 1;
	case 'e':
		if ((enc = out_encoding_lookup(arg)) < 0)
			return -1;
		o->encoding = enc;
		return 1;
	}
	return 0;
}

int
cmd_order_filter_option(int c, const char *arg, struct order_filter *f)
{
	switch (c) {
	case 'S': f->state = arg; return 1;
	case 't': f->tier = arg; return 1;
	case 'c': f->college = arg; return 1;
	case 'k': f->cohort = arg; return 1;
	case 's': f->student = arg; return 1;
	}
	return 0;
}

int
cmd_report_check(const struct report_opts *o)
{
	if (o->print && (o->format != REPORT_TEXT || o->out != NULL)) {
		cmd_error("%s", _("--print sends the text form to the printer; it cannot be "
		    "combined with --format csv or --out"));
		return -1;
	}
	return 0;
}

int
cmd_report_run(struct cmd_ctx *ctx, int argc, char **argv, const struct cmd_entry *self,
    report_build_fn build)
{
	static const struct option longopts[] = {
		CMD_REPORT_LONGOPTS,
		{ "college", required_argument, NULL, 'c' },
		{ "cohort", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_opts o = REPORT_OPTS_INIT;
	struct db *db;
	char *cause = NULL;
	int c, taken;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if ((taken = cmd_report_option(c, optarg, &o)) < 0)
			return cmd_usage(self);
		if (taken)
			continue;
		switch (c) {
		case 'c': o.college = optarg; break;
		case 'k': o.cohort = optarg; break;
		default: return cmd_usage(self);
		}
	}
	if (optind != argc)
		return cmd_usage(self);
	if (cmd_report_check(&o) != 0)
		return CMD_FAIL;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	o.to = stdout;
	if (report_run(db, &o, build, &cause) != 0)
		return cmd_fail(cause);
	if (o.print)
		fprintf(stderr, "%s\n", _("Sent to the printer."));
	return CMD_OK;
}

#define REPORT_ENTRY(name, summary)						\
static int									\
cmd_report_##name##_exec(struct cmd_ctx *ctx, int argc, char **argv)		\
{										\
	return cmd_report_run(ctx, argc, argv, &cmd_report_##name##_entry,	\
	    report_##name);							\
}										\
const struct cmd_entry cmd_report_##name##_entry = {				\
	#name, NULL, REPORT_USAGE, summary, cmd_report_##name##_exec, 0	\
};

#define REPORT(name, label, summary) REPORT_ENTRY(name, summary)
#include "report/reports.def"
#undef REPORT

const struct cmd_entry *const cmd_report_table[] = {
#define REPORT(name, label, summary) &cmd_report_##name##_entry,
#include "report/reports.def"
#undef REPORT
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
	"report", NULL, N_("progress|chase|flags|signin|slips|orders|money [OPTIONS]"),
	N_("print reports: progress, chase list, flags, sign-in sheet, slips, orders, money"),
	cmd_report_exec,
	CMD_FAMILY
};
