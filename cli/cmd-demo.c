/* SPDX-License-Identifier: MIT */
/* caiji demo [DIR]: a demo season to try the program on. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "db/db.h"
#include "demo/demo.h"
#include "util/i18n.h"
#include "season/season.h"
#include "util/strbuf.h"
#include "util/text.h"
#include "tui/tui.h"
#include "util/xalloc.h"

static void
cmd_demo_say(void *arg, const char *line)
{
	(void)arg;
	printf("%s\n", line);
}

/* On a terminal, "Drawing photos 40/168" rewritten in place, erased when done. */
static void
cmd_demo_progress(void *arg, const char *what, size_t done, size_t total)
{
	char line[160];
	int n;

	(void)arg;
	if (!isatty(STDERR_FILENO))
		return;
	snprintf(line, sizeof line, "  %s %zu/%zu", what, done, total);
	if (done < total) {
		fprintf(stderr, "\r%s", line);
	} else {
		n = text_width(line);
		fprintf(stderr, "\r%*s\r", n > 0 ? n : 0, "");
	}
	fflush(stderr);
}

static void
cmd_demo_line(void *arg, const struct demo_summary *ds)
{
	struct strbuf sb = STRBUF_INIT;
	char n[3][32];

	(void)arg;
	snprintf(n[0], sizeof n[0], "%ld", ds->students);
	snprintf(n[1], sizeof n[1], "%ld", ds->errors);
	snprintf(n[2], sizeof n[2], "%ld", ds->warnings);
	strbuf_puts(&sb, "  ");
	text_pad(&sb, ds->college, 20, 0, 1);
	for (int i = 0; i < 3; i++)
		text_pad(&sb, n[i], 10, 1, 0);
	printf("%s\n", strbuf_str(&sb));
	strbuf_free(&sb);
}

static int
cmd_demo_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "photos", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 }
	};
	struct demo_ctx dc;
	struct strbuf sb = STRBUF_INIT;
	char *cause = NULL, *db_path = NULL, *dir = NULL, *end;
	int c, rc = CMD_FAIL;

	(void)ctx;	/* the demo makes its own database: --db before "demo" is not used */
	memset(&dc, 0, sizeof dc);
	dc.max_photos = -1;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': dc.db_path = optarg; break;
		case 'p':
			dc.max_photos = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || dc.max_photos < 0) {
				cmd_error(_("--photos takes a number of photos, 0 or more"));
				return CMD_FAIL;
			}
			break;
		default: return cmd_usage(&cmd_demo_entry);
		}
	}
	if (argc - optind > 1)
		return cmd_usage(&cmd_demo_entry);
	if (optind < argc)
		dc.dir = argv[optind];
	else {
		/* the user's data folder, not wherever the command happens to run */
		char *home = db_data_home();

		dc.dir = dir = xasprintf("%s/demo", home);
		free(home);
	}
	if (dc.db_path == NULL)
		dc.db_path = db_path = xasprintf("%s/season.db", dc.dir);
	dc.datadir = season_datadir();
	dc.say = cmd_demo_say;
	dc.progress = cmd_demo_progress;
	if (demo_run(&dc, &cause) != 0) {
		rc = cmd_fail(cause);
		goto out;
	}
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		/* on a terminal the demo is for looking at: open it */
		struct tui_options opts = { NULL, NULL };

		rc = tui_main(dc.db, &opts, &cause) == 0 ? CMD_OK : cmd_fail(cause);
		if (rc == CMD_OK)
			printf(_("The demo season is in %s; open it again with caiji --db %s\n"),
			    dc.dir, dc.db_path);
		goto out;
	}
	strbuf_puts(&sb, "  ");
	text_pad(&sb, _("college"), 20, 0, 1);
	text_pad(&sb, _("students"), 10, 1, 1);
	text_pad(&sb, _("errors"), 10, 1, 1);
	text_pad(&sb, _("warnings"), 10, 1, 1);
	printf("\n%s\n", strbuf_str(&sb));
	if (demo_summary(dc.db, cmd_demo_line, NULL, &cause) != 0) {
		rc = cmd_fail(cause);
		goto out;
	}
	printf(_("\nTry: caiji --db %s check\n"), dc.db_path);
	rc = CMD_OK;
out:
	strbuf_free(&sb);
	demo_ctx_free(&dc);
	free(db_path);
	free(dir);
	return rc;
}

const struct cmd_entry cmd_demo_entry = {
	"demo", NULL,
	N_("[--db FILE] [--photos N] [DIR]"),
	N_("create a demo season in DIR (default $XDG_DATA_HOME/caiji/demo): rosters, photos and"
	    " orders with defects; on a terminal, open it in the terminal interface; run again,"
	    " open the demo made before"),
	cmd_demo_exec
};
