/* SPDX-License-Identifier: MIT */
/* caiji tui: the terminal interface (also `caiji` alone on a terminal). */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "tui/tui.h"

static int
cmd_tui_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	/* --list-keys, --script and --timings are for tests and bench/tui */
	static const struct option longopts[] = {
		{ "list-keys", no_argument, NULL, 'k' },
		{ "script", required_argument, NULL, 's' },
		{ "timings", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	struct tui_options opts = { NULL, NULL };
	char *cause = NULL;
	struct db *db;
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'k':
			tui_list_keys(stdout);
			return CMD_OK;
		case 's': opts.script = optarg; break;
		case 't': opts.timings = optarg; break;
		default: return cmd_usage(&cmd_tui_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_tui_entry);
	if (opts.script == NULL && (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))) {
		cmd_error("%s", _("the terminal interface needs a terminal; see caiji --help"
		    " for the commands"));
		return CMD_FAIL;
	}
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (tui_main(db, &opts, &cause) != 0)
		return cmd_fail(cause);
	return CMD_OK;
}

const struct cmd_entry cmd_tui_entry = {
	"tui", NULL, "",
	N_("the terminal interface: progress, roster, students, flags, on-site check-in"),
	cmd_tui_exec
};
