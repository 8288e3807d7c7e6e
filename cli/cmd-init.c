/* SPDX-License-Identifier: MIT */
/* caiji init: create the season database with the defaults from data/. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "util/fsmode.h"
#include "season/season.h"
#include "db/settings.h"

static int
cmd_init_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "institution-code", required_argument, NULL, 'c' },
		{ "institution-name", required_argument, NULL, 'n' },
		{ "data", required_argument, NULL, 'D' },
		{ "group", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 }
	};
	const char *code = NULL, *name = NULL, *group = NULL, *datadir = season_datadir();
	char *cause = NULL;
	struct db *db;
	int c, created, existed;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': code = optarg; break;
		case 'n': name = optarg; break;
		case 'D': datadir = optarg; break;
		case 'g': group = optarg; break;
		default: return cmd_usage(&cmd_init_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_init_entry);
	existed = access(ctx->db_path, F_OK) == 0;
	if ((db = cmd_db(ctx, 1)) == NULL)
		return CMD_FAIL;
	if (season_init(db, datadir, code, name, &created, &cause) != 0 ||
	    (group != NULL && (fsmode_set_group(ctx->db_path, group, &cause) != 0 ||
	    settings_set_many(db, (const char *const[]){ "file_group", group, NULL },
	    &cause) != 0))) {
		/* a failed first init leaves nothing a later one would trip over */
		if (!existed)
			cmd_remove_db(ctx);
		return cmd_fail(cause);
	}
	if (created)
		printf(_("Created the season database %s\n"), ctx->db_path);
	else
		printf(_("The season database %s already exists; settings given were updated\n"),
		    ctx->db_path);
	return CMD_OK;
}

const struct cmd_entry cmd_init_entry = {
	"init", NULL,
	N_("[--institution-code CODE] [--institution-name NAME] [--group GROUP] [--data DIR]"),
	N_("create the season database with the default colleges, cohorts and fees"),
	cmd_init_exec
};
