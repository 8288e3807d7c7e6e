/* SPDX-License-Identifier: MIT */
/* caiji export xuexin: write the Xuexin packages (SPEC §9, caiji-export(5)). */
#include "config.h"

#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cmd.h"
#include "export/export.h"
#include "util/i18n.h"
#include "export/zip.h"

static volatile sig_atomic_t cmd_export_stop;

static void
cmd_export_signal(int sig)
{
	(void)sig;
	cmd_export_stop = 1;
}

struct cmd_export_progress {
	long	kill_after;	/* $CAIJI_TEST_KILL_AFTER: SIGTERM after N photos */
	int	tty;
};

static void
cmd_export_on_photo(void *arg, size_t done, size_t total)
{
	struct cmd_export_progress *pr = arg;

	if (pr->tty) {
		fputc('\r', stderr);
		fprintf(stderr, _("copying photos: %zu/%zu"), done, total);
	}
	if (pr->kill_after > 0 && (long)done == pr->kill_after)
		raise(SIGTERM);
}

static void
cmd_export_print(const struct export_result *res, int dry_run)
{
	for (size_t i = 0; i < res->n; i++) {
		const struct export_package *p = &res->v[i];

		if (!p->decided || (!dry_run && p->included > 0 && p->path == NULL))
			continue;	/* not reached, or the one that failed */
		if (p->included == 0)
			printf(_("%s: nothing to export (%zu students, none ready)\n"), p->college,
			    p->n);
		else if (dry_run)
			printf(_("%s: would write %s (%zu included, %zu left out)\n"),
			    p->college, p->name, p->included, p->n - p->included);
		else
			printf(_("%s: wrote %s (%zu included, %zu left out)\n"), p->college,
			    p->path, p->included, p->n - p->included);
		for (size_t k = 0; k < p->n; k++) {
			const struct export_entry *e = &p->v[k];

			if (e->reason != NULL)
				printf(_("  left out %s %s: %s\n"), e->seq, e->name, e->reason);
			else if (dry_run)
				printf(_("  include  %s %s\n"), e->seq, e->name);
			else if (e->note != NULL)
				printf(_("  included %s %s: %s\n"), e->seq, e->name, e->note);
		}
	}
}

static int
cmd_export_xuexin(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "college", required_argument, NULL, 'c' },
		{ "cohort", required_argument, NULL, 'k' },
		{ "zip", no_argument, NULL, 'z' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "csv-encoding", required_argument, NULL, 'e' },
		{ NULL, 0, NULL, 0 }
	};
	struct export_opts o = { NULL, NULL, NULL, 0, 0, OUT_UTF8_BOM, &cmd_export_stop,
	    cmd_export_on_photo, NULL };
	struct cmd_export_progress pr = { 0, isatty(STDERR_FILENO) };
	struct export_result res;
	struct sigaction sa, old_int, old_term;
	const char *env = getenv("CAIJI_TEST_KILL_AFTER");
	struct db *db;
	char *cause = NULL;
	int c, rc, enc, ready = 0;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': o.out = optarg; break;
		case 'c': o.college = optarg; break;
		case 'k': o.cohort = optarg; break;
		case 'z': o.zip = 1; break;
		case 'n': o.dry_run = 1; break;
		case 'e':
			enc = out_encoding_lookup(optarg);
			if (enc != OUT_UTF8_BOM && enc != OUT_GB18030)
				return cmd_usage(&cmd_export_xuexin_entry);
			o.csv_encoding = enc;
			break;
		default:
			return cmd_usage(&cmd_export_xuexin_entry);
		}
	}
	if (optind != argc || o.out == NULL)
		return cmd_usage(&cmd_export_xuexin_entry);
	if (o.zip && !zip_available()) {
		cmd_error("%s", _("--zip needs libarchive, which this caiji was built without; "
		    "export the folder and zip it yourself"));
		return CMD_FAIL;
	}
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (env != NULL)
		pr.kill_after = strtol(env, NULL, 10);
	o.arg = &pr;

	/* an interrupt stops the copy loop, which removes what it wrote */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = cmd_export_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	/* a file-size limit must fail a write, not kill us half-way */
	signal(SIGXFSZ, SIG_IGN);
	rc = export_xuexin(db, &o, &res, &cause);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	if (pr.tty)
		fputs("\r\033[K", stderr);

	if (res.stale_removed > 0)
		printf(_("Removed %d unfinished package(s) left by an export that was killed.\n"),
		    res.stale_removed);
	cmd_export_print(&res, o.dry_run);
	for (size_t i = 0; i < res.n; i++)
		ready += res.v[i].included > 0;
	if (rc != 0) {
		export_result_free(&res);
		return cmd_fail(cause);
	}
	if (res.n == 0) {
		cmd_error("%s", _("no college has students to export"));
		rc = CMD_PROBLEMS;
	} else if (ready < (int)res.n) {
		rc = CMD_PROBLEMS;
	} else {
		rc = CMD_OK;
		for (size_t i = 0; i < res.n; i++)
			if (res.v[i].included < res.v[i].n)
				rc = CMD_PROBLEMS;
	}
	export_result_free(&res);
	return rc;
}

const struct cmd_entry cmd_export_xuexin_entry = {
	"xuexin", NULL,
	N_("--out DIR [--college NAME] [--cohort C] [--zip] [--dry-run] "
	    "[--csv-encoding utf-8-bom|gb18030]"),
	N_("write a Xuexin package per college: the database as .xlsx and .csv, the photos, "
	    "SHA256SUMS, README.txt"),
	cmd_export_xuexin,
	0
};

static const struct cmd_entry *const cmd_export_table[] = {
	&cmd_export_xuexin_entry,
	NULL
};

static int
cmd_export_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_export_table, "export", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_export_entry = {
	"export", NULL, N_("xuexin --out DIR [OPTIONS]"),
	N_("write the packages handed to Xinhua for Xuexin"),
	cmd_export_exec,
	CMD_FAMILY
};
