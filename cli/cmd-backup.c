/* SPDX-License-Identifier: MIT */
/* caiji backup FILE, caiji restore FILE: the SQLite online backup API. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "db/backup.h"
#include "cli/cmd.h"
#include "util/i18n.h"

static int
cmd_backup_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	char *cause = NULL;
	struct db *db;

	if (argc != 2 || argv[1][0] == '-')
		return cmd_usage(&cmd_backup_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (backup_create(db, argv[1], &cause) != 0)
		return cmd_fail(cause);
	printf(_("Backed up %s to %s\n"), ctx->db_path, argv[1]);
	return CMD_OK;
}

static int
cmd_restore_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	char *cause = NULL, *saved = NULL;
	struct db *db;

	if (argc != 2 || argv[1][0] == '-')
		return cmd_usage(&cmd_restore_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (backup_restore(db, argv[1], &saved, &cause) != 0) {
		free(saved);
		return cmd_fail(cause);
	}
	printf(_("Restored %s from %s; the previous contents are saved in %s\n"),
	    ctx->db_path, argv[1], saved);
	free(saved);
	return CMD_OK;
}

const struct cmd_entry cmd_backup_entry = {
	"backup", NULL, N_("FILE"),
	N_("copy the season database to FILE, safely while other clerks work"),
	cmd_backup_exec
};

const struct cmd_entry cmd_restore_entry = {
	"restore", NULL, N_("FILE"),
	N_("replace the season with the backup in FILE (the current one is saved first)"),
	cmd_restore_exec
};
