/* SPDX-License-Identifier: MIT */
/* caiji seq assign: shoot sequence numbers for students that have none. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/seqassign.h"
#include "util/text.h"

extern const struct cmd_entry cmd_seq_assign_entry;

static void
cmd_seq_assigned(void *arg, const struct seqassign_event *ev)
{
	char *no = text_sanitize(ev->student_no), *name = text_sanitize(ev->name);

	(void)arg;
	printf("  %s  %s  %s  %s\n", ev->seq, *no != '\0' ? no : "-", name, ev->college);
	free(no);
	free(name);
}

static int
cmd_seq_assign_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "college", required_argument, NULL, 'C' },
		{ "cohort", required_argument, NULL, 'c' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	const char *college = NULL, *cohort = NULL;
	struct seqassign_summary sum;
	char *cause = NULL;
	struct db *db;
	int c, dry_run = 0;

	while ((c = getopt_long(argc, argv, "n", longopts, NULL)) != -1) {
		switch (c) {
		case 'C': college = optarg; break;
		case 'c': cohort = optarg; break;
		case 'n': dry_run = 1; break;
		default: return cmd_usage(&cmd_seq_assign_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_seq_assign_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (seqassign_run(db, college, cohort, dry_run, cmd_seq_assigned, NULL, &sum, &cause) != 0)
		return cmd_fail(cause);
	printf(_("%ld shoot sequence numbers assigned\n"), sum.assigned);
	if (sum.no_college > 0)
		printf(_("%ld students without a college were skipped; set their college first"
		    " (caiji student set KEY college NAME)\n"), sum.no_college);
	if (dry_run)
		printf(_("Dry run: nothing was changed.\n"));
	return CMD_OK;
}

const struct cmd_entry cmd_seq_assign_entry = {
	"assign", NULL,
	N_("[--college NAME] [--cohort C] [--dry-run]"),
	N_("give each student without a shoot sequence number the next free one of their college's block"),
	cmd_seq_assign_exec
};

static const struct cmd_entry *const cmd_seq_table[] = {
	&cmd_seq_assign_entry,
	NULL
};

static int
cmd_seq_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_seq_table, "seq", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_seq_entry = {
	"seq", NULL,
	N_("assign [--college NAME] [--cohort C] [--dry-run]"),
	N_("shoot sequence numbers"),
	cmd_seq_exec,
	CMD_FAMILY
};
