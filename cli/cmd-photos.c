/* SPDX-License-Identifier: MIT */
/* caiji photos scan: check a folder of photos into the season database. */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "util/i18n.h"
#include "photo/photo-scan.h"
#include "season/season.h"
#include "db/settings.h"
#include "util/xalloc.h"

static const struct cmd_entry cmd_photos_scan_entry;

/* The progress bar, on stderr when it is a terminal. */
static void
cmd_photos_progress(void *arg, size_t done, size_t total)
{
	int width = 30, fill = total > 0 ? (int)(done * (size_t)width / total) : width;

	(void)arg;
	fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu", _("checking photos"), fill,
	    "##############################", width - fill, "", done, total);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
}

static int
cmd_photos_scan_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "jobs", required_argument, NULL, 'j' },
		{ "profile", required_argument, NULL, 'p' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	struct photo_scan_opts opts = { 0, NULL, NULL };
	struct photo_scan_stats st;
	struct profile *p = NULL;
	struct db *db;
	char *profile_name = NULL, *cause = NULL, *end;
	int c, verbose = 0;
	long jobs;

	while ((c = getopt_long(argc, argv, "j:v", longopts, NULL)) != -1) {
		switch (c) {
		case 'j':
			jobs = strtol(optarg, &end, 10);
			if (*end != '\0' || jobs < 1 || jobs > 256)
				return cmd_usage(&cmd_photos_scan_entry);
			opts.jobs = (int)jobs;
			break;
		case 'p':
			free(profile_name);
			profile_name = xstrdup(optarg);
			break;
		case 'v': verbose = 1; break;
		default:
			free(profile_name);
			return cmd_usage(&cmd_photos_scan_entry);
		}
	}
	if (optind != argc - 1) {
		free(profile_name);
		return cmd_usage(&cmd_photos_scan_entry);
	}
	if ((db = cmd_db(ctx, 0)) == NULL) {
		free(profile_name);
		return CMD_FAIL;
	}
	if (profile_name == NULL)
		profile_name = settings_get_default(db, "photo_profile", "xinhua-960");
	p = strchr(profile_name, '/') != NULL ? profile_load_file(profile_name, &cause) :
	    profile_load(season_datadir(), profile_name, &cause);
	free(profile_name);
	if (p == NULL)
		return cmd_fail(cause);
	if (isatty(STDERR_FILENO))
		opts.progress = cmd_photos_progress;
	if (photo_scan(db, p, argv[optind], &opts, &st, &cause) != 0) {
		profile_free(&p);
		return cmd_fail(cause);
	}
	for (size_t i = 0; i < st.nunreadable; i++)
		cmd_error("%s", st.unreadable[i]);
	printf(_("%zu files checked against %s: %zu belong to students, %zu match no student, "
	    "%zu badly named; %zu students have no photo\n"), st.files, p->name,
	    st.flags.matched, st.flags.orphans, st.flags.bad_names, st.flags.missing);
	printf(_("%zu errors and %zu warnings; see caiji check\n"), st.flags.errors,
	    st.flags.warnings);
	if (verbose)
		printf(_("decoded %zu, cached %zu\n"), st.decoded, st.cached);
	photo_scan_stats_clear(&st);
	profile_free(&p);
	return st.flags.errors > 0 ? CMD_PROBLEMS : CMD_OK;
}

static const struct cmd_entry cmd_photos_scan_entry = {
	"scan", NULL,
	N_("[--jobs N] [--profile P] [--verbose] DIR"),
	N_("check every photo of a folder and match the photos to students"),
	cmd_photos_scan_exec
};

static const struct cmd_entry *const cmd_photos_table[] = {
	&cmd_photos_scan_entry,
	NULL
};

static int
cmd_photos_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_photos_table, "photos", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_photos_entry = {
	"photos", NULL,
	N_("scan [--jobs N] DIR"),
	N_("check a folder of photos into the season database"),
	cmd_photos_exec
};
