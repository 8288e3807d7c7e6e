/* SPDX-License-Identifier: MIT */
/* caiji receipt list|show: the receipts issued for scatter orders. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd-out.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "money/order.h"
#include "money/receipt.h"

static const struct cmd_entry cmd_receipt_list_entry, cmd_receipt_show_entry;

static int
cmd_receipt_list_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "order", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	struct table *t;
	char *cause = NULL;
	int64_t order = 0;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			if (order_parse_id(optarg, &order, &cause) != 0)
				return cmd_fail(cause);
			break;
		case 'f':
			if (cmd_out_format(optarg, &fmt) != 0)
				return CMD_FAIL;
			break;
		default:
			return cmd_usage(&cmd_receipt_list_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_receipt_list_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((t = receipt_table(db, order, &cause)) == NULL)
		return cmd_fail(cause);
	rc = cmd_out_table(t, fmt);
	table_free(&t);
	return rc;
}

static int
cmd_receipt_show_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_out_show_doc(ctx, argc, argv, &cmd_receipt_show_entry, receipt_load);
}

static const struct cmd_entry cmd_receipt_list_entry = {
	"list", NULL, N_("[--order ORDER] [--format text|csv]"),
	N_("list receipts and refund receipts"),
	cmd_receipt_list_exec
};
static const struct cmd_entry cmd_receipt_show_entry = {
	"show", NULL, N_("[--format text|csv] [--show-id] NUMBER"),
	N_("print a receipt (A4 text) or write it as CSV"),
	cmd_receipt_show_exec
};

static const struct cmd_entry *const cmd_receipt_table[] = {
	&cmd_receipt_list_entry,
	&cmd_receipt_show_entry,
	NULL
};

static int
cmd_receipt_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_receipt_table, "receipt", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_receipt_entry = {
	"receipt", NULL, N_("list|show ..."),
	N_("receipts for scatter-shoot orders"),
	cmd_receipt_exec,
	CMD_FAMILY
};
