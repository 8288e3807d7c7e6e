/* SPDX-License-Identifier: MIT */
/*
 * caiji photo check|synth: checking photo files against a profile with no
 * database, and the synthesiser behind the tests, the benchmark and the demo.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "photo/photo-report.h"
#include "photo/photo.h"
#include "season/season.h"
#include "demo/synth.h"
#include "util/xalloc.h"

static const struct cmd_entry cmd_photo_check_entry;
static const struct cmd_entry cmd_photo_synth_entry;

/* --profile: a name in the data directory, or a path to a profile file. */
static struct profile *
cmd_photo_profile(const char *name)
{
	struct profile *p;
	char *cause = NULL;

	if (strchr(name, '/') != NULL)
		p = profile_load_file(name, &cause);
	else
		p = profile_load(season_datadir(), name, &cause);
	if (p == NULL)
		cmd_fail(cause);
	return p;
}

static int
cmd_photo_check_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "profile", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 'f' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *profile_name = "xinhua-960";
	struct profile *p;
	int c, fmt = PHOTO_REPORT_TEXT, verbose = 0, rc = CMD_OK;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "v", longopts, NULL)) != -1) {
		switch (c) {
		case 'p': profile_name = optarg; break;
		case 'f':
			if ((fmt = photo_report_lookup(optarg)) < 0)
				return cmd_usage(&cmd_photo_check_entry);
			break;
		case 'v': verbose = 1; break;
		default: return cmd_usage(&cmd_photo_check_entry);
		}
	}
	if (optind >= argc)
		return cmd_usage(&cmd_photo_check_entry);
	if ((p = cmd_photo_profile(profile_name)) == NULL)
		return CMD_FAIL;
	photo_report_begin(stdout, fmt);
	for (int i = optind; i < argc; i++) {
		struct photo_result r;

		if (photo_check_file(p, argv[i], NULL, &r) != 0) {
			cmd_error("%s", r.io_error);
			rc = CMD_FAIL;
		}
		else if (photo_result_worst(&r) == SEV_ERROR && rc == CMD_OK)
			rc = CMD_PROBLEMS;
		photo_report_result(stdout, fmt, &r, i == optind, verbose);
		photo_result_clear(&r);
	}
	photo_report_end(stdout, fmt);
	profile_free(&p);
	return rc;
}

static const struct cmd_entry cmd_photo_check_entry = {
	"check", NULL,
	N_("[--profile P] [--format text|tsv|json] [--verbose] FILE..."),
	N_("check photo files against the photo rules, without a database"),
	cmd_photo_check_exec
};

static int
cmd_photo_synth_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "defect", required_argument, NULL, 'd' },
		{ "profile", required_argument, NULL, 'p' },
		{ "quality", required_argument, NULL, 'q' },
		{ "brightness", required_argument, NULL, 'b' },
		{ "retouch", no_argument, NULL, 'r' },
		{ "count", required_argument, NULL, 'n' },
		{ "first-seq", required_argument, NULL, 'F' },
		{ "truth", no_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	struct synth_params sp = { 1, SYNTH_NONE, 0, 0, 0 };
	struct synth_truth truth;
	const char *profile_name = "xinhua-960";
	struct profile *p;
	char *cause = NULL, *end;
	long count = 0, first = 1001;
	int c, show_truth = 0, rc = CMD_OK;

	(void)ctx;
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 's':
			sp.seed = strtoul(optarg, &end, 10);
			if (*end != '\0')
				return cmd_usage(&cmd_photo_synth_entry);
			break;
		case 'd':
			if ((c = synth_defect_lookup(optarg)) < 0) {
				cmd_error(_("unknown defect \"%s\"; see caiji(1)"), optarg);
				return CMD_FAIL;
			}
			sp.defect = (enum synth_defect)c;
			break;
		case 'p': profile_name = optarg; break;
		case 'q': sp.quality = atoi(optarg); break;
		case 'b': sp.brightness = atoi(optarg); break;
		case 'r': sp.retouch = 1; break;
		case 'n': count = strtol(optarg, &end, 10); break;
		case 'F': first = strtol(optarg, &end, 10); break;
		case 't': show_truth = 1; break;
		default: return cmd_usage(&cmd_photo_synth_entry);
		}
	}
	if (optind != argc - 1 || sp.quality < 0 || sp.quality > 100 || count < 0 ||
	    first < 1 || first + count > 10000)
		return cmd_usage(&cmd_photo_synth_entry);
	if ((p = cmd_photo_profile(profile_name)) == NULL)
		return CMD_FAIL;
	for (long i = 0; i < (count > 0 ? count : 1) && rc == CMD_OK; i++) {
		struct synth_params one = sp;
		char *path;

		one.seed = sp.seed + (unsigned long)i;
		path = count > 0 ? xasprintf("%s/%04ld.jpg", argv[optind], first + i) :
		    xstrdup(argv[optind]);
		if (synth_write(p, &one, path, &truth, &cause) != 0)
			rc = cmd_fail(cause);
		else if (show_truth)
			printf("%s\thead_top=%d\tleft=%d\tright=%d\tface_width=%d\tquality=%d\n",
			    path, truth.head_top, truth.left, truth.right, truth.face_width,
			    truth.quality);
		free(path);
	}
	profile_free(&p);
	return rc;
}

static const struct cmd_entry cmd_photo_synth_entry = {
	"synth", NULL,
	N_("--seed N [--defect NAME] [--profile P] [--quality Q] [--brightness B] "
	    "[--retouch] [--truth] [--count N [--first-seq S]] OUT"),
	N_("draw a synthetic portrait (for tests and demonstrations)"),
	cmd_photo_synth_exec
};

static const struct cmd_entry *const cmd_photo_table[] = {
	&cmd_photo_check_entry,
	&cmd_photo_synth_entry,
	NULL
};

static int
cmd_photo_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_photo_table, "photo", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_photo_entry = {
	"photo", NULL,
	N_("check|synth ..."),
	N_("check photo files against the rules; draw synthetic portraits"),
	cmd_photo_exec
};
