/* SPDX-License-Identifier: MIT */
/*
 * caiji: the graduate photo collection for Xuexin diploma registration.
 * The entry is thin: global options, then the command table (cmd.c).
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "util/text.h"
#include "util/xalloc.h"

static void
main_i18n(void)
{
	const char *dir = getenv("CAIJI_LOCALEDIR");

	text_init();
	bindtextdomain(PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cmd_ctx ctx = { NULL, NULL, 0 };
	int c, rc;

	/* Season data is personal data: nothing caiji creates is world-readable. */
	umask(077);
	main_i18n();

	/* "+": global options stop at the command name. */
	while ((c = getopt_long(argc, argv, "+hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			free(ctx.db_path);
			ctx.db_path = xstrdup(optarg);
			break;
		case 'h':
			cmd_print_help(cmd_table, "", stdout);
			return CMD_OK;
		case 'V':
			printf("caiji %s\n", VERSION);
			return CMD_OK;
		default:
			cmd_print_help(cmd_table, "", stderr);
			return CMD_FAIL;
		}
	}
	if (ctx.db_path == NULL) {
		ctx.db_path = db_default_path();
		ctx.db_default = getenv("CAIJI_DB") == NULL || *getenv("CAIJI_DB") == '\0';
	}
	argc -= optind;
	argv += optind;
	optind = 0;	/* reset getopt for the command's own options */

	/* caiji alone on a terminal opens the TUI; without one it shows the help */
	if (argc == 0 && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		static char tui[] = "tui", *tui_argv[] = { tui, NULL };

		argc = 1;
		argv = tui_argv;
	}

	rc = cmd_dispatch(cmd_table, "", &ctx, argc, argv);
	db_free(&ctx.db);
	free(ctx.db_path);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("caiji: stdout");
		return CMD_FAIL;
	}
	return rc;
}
