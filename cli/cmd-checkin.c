/* SPDX-License-Identifier: MIT */
/* caiji checkin: mark students of an on-site cohort collected by ID number. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "roster/checkin.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "util/text.h"
#include "util/when.h"
#include "util/xalloc.h"

static void
cmd_checkin_print(const struct checkin_result *r)
{
	char *masked = idcard_mask(r->number), *when = when_local(r->at);
	char *name = text_sanitize(r->name != NULL ? r->name : "");

	printf("%s\t%s", masked, _(checkin_status_text(r->status)));
	if (r->status == CHECKIN_MARKED || r->status == CHECKIN_ALREADY ||
	    r->status == CHECKIN_NOT_ONSITE)
		printf("\t%s\t%s", r->seq, name);
	if (r->status == CHECKIN_MARKED || r->status == CHECKIN_ALREADY)
		printf("\t%s\t%s", when, r->by != NULL ? r->by : "");
	putchar('\n');
	free(masked);
	free(when);
	free(name);
}

static int
cmd_checkin_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = { { NULL, 0, NULL, 0 } };
	struct checkin_result r;
	char *cause = NULL;
	struct db *db;
	int c, rc = CMD_OK;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1)
		return cmd_usage(&cmd_checkin_entry);
	if (optind == argc)
		return cmd_usage(&cmd_checkin_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	for (int i = optind; i < argc; i++) {
		if (checkin_scan(db, argv[i], &r, &cause) != 0)
			return cmd_fail(cause);
		cmd_checkin_print(&r);
		if (r.status != CHECKIN_MARKED)
			rc = CMD_PROBLEMS;
		checkin_result_free(&r);
	}
	return rc;
}

const struct cmd_entry cmd_checkin_entry = {
	"checkin", NULL, N_("ID_NUMBER..."),
	N_("mark students of an on-site cohort collected, by ID number (audited)"),
	cmd_checkin_exec
};
