/* SPDX-License-Identifier: MIT */
/* caiji fees [list|set]: the fee schedule (caiji-fees(7)). */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd-out.h"
#include "cli/cmd.h"
#include "money/fee.h"
#include "util/i18n.h"
#include "money/money.h"
#include "util/xalloc.h"

static const struct cmd_entry cmd_fees_list_entry, cmd_fees_set_entry;

static int
cmd_fees_list_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	const struct table_col cols[] = {
		{ _("Code"), 0, 0 },
		{ _("Item"), 0, 0 },
		{ _("Part of"), 0, 0 },
		{ _("Amount"), 1, 0 },
	};
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	struct fee_list fl;
	struct table *t;
	char *cause = NULL;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'f')
			return cmd_usage(&cmd_fees_list_entry);
		if (cmd_out_format(optarg, &fmt) != 0)
			return CMD_FAIL;
	}
	if (optind != argc)
		return cmd_usage(&cmd_fees_list_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (fee_list_load(db, &fl, &cause) != 0)
		return cmd_fail(cause);
	t = table_new(4, cols);
	for (size_t i = 0; i < fl.n; i++) {
		const struct fee_item *it = &fl.v[i];
		char *amount = money_plain(it->amount_fen);

		table_add(t, it->code, it->name, it->parent != NULL ? it->parent : "", amount);
		free(amount);
	}
	rc = cmd_out_table(t, fmt);
	table_free(&t);
	fee_list_free(&fl);
	return rc;
}

static int
cmd_fees_set_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const char **codes;
	int64_t *amounts;
	char *cause = NULL;
	struct db *db;
	size_t n;
	int rc = CMD_OK;

	if (argc < 3 || (argc - 1) % 2 != 0)
		return cmd_usage(&cmd_fees_set_entry);
	n = (size_t)(argc - 1) / 2;
	codes = xcalloc(n, sizeof *codes);
	amounts = xcalloc(n, sizeof *amounts);
	for (size_t i = 0; i < n; i++) {
		codes[i] = argv[1 + 2 * i];
		if (money_parse(argv[2 + 2 * i], &amounts[i], &cause) != 0) {
			rc = cmd_fail(cause);
			goto out;
		}
	}
	if ((db = cmd_db(ctx, 0)) == NULL) {
		rc = CMD_FAIL;
		goto out;
	}
	if (fee_set(db, n, codes, amounts, &cause) != 0) {
		rc = cmd_fail(cause);
		goto out;
	}
	printf(_("Fee schedule changed; orders and documents already made keep their amounts\n"));
out:
	free(codes);
	free(amounts);
	return rc;
}

static const struct cmd_entry cmd_fees_list_entry = {
	"list", NULL, N_("[--format text|csv]"),
	N_("show the fee schedule"),
	cmd_fees_list_exec
};
static const struct cmd_entry cmd_fees_set_entry = {
	"set", NULL, N_("CODE AMOUNT [CODE AMOUNT ...]"),
	N_("change items (in yuan) at once; an item's parts must still add up"),
	cmd_fees_set_exec
};

static const struct cmd_entry *const cmd_fees_table[] = {
	&cmd_fees_list_entry,
	&cmd_fees_set_entry,
	NULL
};

static int
cmd_fees_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static char list[] = "list";
	char *deflt[] = { list, NULL };

	if (argc < 2)	/* plain `caiji fees` lists */
		return cmd_dispatch(cmd_fees_table, "fees", ctx, 1, deflt);
	return cmd_dispatch(cmd_fees_table, "fees", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_fees_entry = {
	"fees", NULL, N_("[list|set ...]"),
	N_("show or change the fee schedule"),
	cmd_fees_exec,
	CMD_FAMILY
};
