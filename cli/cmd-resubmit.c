/* SPDX-License-Identifier: MIT */
/* caiji resubmit SEQ --reason "...": allow one more submission of a student. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "ledger/ledger.h"

static int
cmd_resubmit_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reason = NULL;
	char *cause = NULL;
	struct db *db;
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'r')
			reason = optarg;
		else
			return cmd_usage(&cmd_resubmit_entry);
	}
	if (optind != argc - 1 || reason == NULL)
		return cmd_usage(&cmd_resubmit_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (db_begin(db, &cause) != 0)
		return cmd_fail(cause);
	if (ledger_resubmit(db, argv[optind], reason, &cause) != 0) {
		db_rollback(db);
		return cmd_fail(cause);
	}
	if (db_commit(db, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Student %s may be exported once more; the next export includes them.\n"),
	    argv[optind]);
	return CMD_OK;
}

const struct cmd_entry cmd_resubmit_entry = {
	"resubmit", NULL, N_("SEQ --reason TEXT"),
	N_("allow a student already submitted to Xuexin to be exported once more"),
	cmd_resubmit_exec,
	0
};
