/* SPDX-License-Identifier: MIT */
/* caiji rules: list every flag code, its severity, message and fix (SPEC §10). */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli/cmd.h"
#include "flag/flag.h"
#include "util/i18n.h"

static int
cmd_rules_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	int c, tsv = 0;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c == 'f' && strcmp(optarg, "tsv") == 0)
			tsv = 1;
		else if (c == 'f' && strcmp(optarg, "text") == 0)
			tsv = 0;
		else
			return cmd_usage(&cmd_rules_entry);
	}
	if (optind != argc)
		return cmd_usage(&cmd_rules_entry);
	if (tsv)
		printf("code\tseverity\tmessage\tfix\n");
	for (int i = 0; i < FLAG__COUNT; i++) {
		const struct flag_info *fi = flag_info(i);

		if (tsv)
			printf("%s\t%s\t%s\t%s\n", fi->name, flag_severity_name(fi->severity),
			    _(fi->message), _(fi->fix));
		else
			printf("%-22s %-7s %s\n%30s%s\n", fi->name,
			    fi->severity == SEV_ERROR ? _("error") : _("warning"),
			    _(fi->message), "", _(fi->fix));
	}
	return CMD_OK;
}

const struct cmd_entry cmd_rules_entry = {
	"rules", NULL, N_("[--format text|tsv]"),
	N_("list every flag code with its severity, meaning and fix"),
	cmd_rules_exec
};
