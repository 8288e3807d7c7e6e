/* SPDX-License-Identifier: MIT */
/*
 * caiji invoice create|issue|discard|void|pay|list|show: invoices of the
 * collection fee to colleges (caiji-fees(7)).
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/cmd-out.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "money/invoice.h"
#include "money/money.h"
#include "money/order.h"

static const struct cmd_entry cmd_invoice_create_entry, cmd_invoice_issue_entry,
    cmd_invoice_discard_entry, cmd_invoice_void_entry, cmd_invoice_pay_entry,
    cmd_invoice_list_entry, cmd_invoice_show_entry;

static int
cmd_invoice_create_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "college", required_argument, NULL, 'c' },
		{ "cohort", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	const char *college = NULL, *cohort = NULL;
	char *cause = NULL;
	int64_t id;
	size_t n;
	struct db *db;
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': college = optarg; break;
		case 'k': cohort = optarg; break;
		default: return cmd_usage(&cmd_invoice_create_entry);
		}
	}
	if (optind != argc || college == NULL)
		return cmd_usage(&cmd_invoice_create_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (invoice_create(db, college, cohort, &id, &n, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Draft invoice %lld bills %zu students; check it with caiji invoice show %lld,"
	    " then issue it with caiji invoice issue %lld\n"), (long long)id, n, (long long)id,
	    (long long)id);
	return CMD_OK;
}

/* The commands that take one invoice and no options. */
static int
cmd_invoice_ref(const struct cmd_entry *e, int argc, char **argv, const char **ref)
{
	static const struct option longopts[] = { { NULL, 0, NULL, 0 } };

	if (getopt_long(argc, argv, "", longopts, NULL) != -1 || optind != argc - 1)
		return cmd_usage(e);
	*ref = argv[optind];
	return CMD_OK;
}

static int
cmd_invoice_issue_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const char *ref = NULL;
	char *cause = NULL, *number = NULL;
	struct db *db;
	int rc;

	if ((rc = cmd_invoice_ref(&cmd_invoice_issue_entry, argc, argv, &ref)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (invoice_issue(db, ref, &number, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Invoice %s issued\n"), number);
	free(number);
	return CMD_OK;
}

static int
cmd_invoice_discard_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	const char *ref = NULL;
	char *cause = NULL;
	struct db *db;
	int rc;

	if ((rc = cmd_invoice_ref(&cmd_invoice_discard_entry, argc, argv, &ref)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (invoice_discard(db, ref, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Draft invoice %s discarded; its students can be billed again\n"), ref);
	return CMD_OK;
}

static int
cmd_invoice_void_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reason = NULL;
	char *cause = NULL;
	struct db *db;
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'r')
			return cmd_usage(&cmd_invoice_void_entry);
		reason = optarg;
	}
	if (optind != argc - 1)
		return cmd_usage(&cmd_invoice_void_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (invoice_void(db, argv[optind], reason, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Invoice %s is void; its number stays used and its students can be billed"
	    " again\n"), argv[optind]);
	return CMD_OK;
}

static int
cmd_invoice_pay_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "amount", required_argument, NULL, 'a' },
		{ "method", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	const char *method = NULL;
	char *cause = NULL;
	int64_t amount = 0;
	struct db *db;
	int c;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'a':
			if (money_parse(optarg, &amount, &cause) != 0)
				return cmd_fail(cause);
			if (amount == 0) {
				cmd_error(_("a payment of zero records nothing"));
				return CMD_FAIL;
			}
			break;
		case 'm': method = optarg; break;
		default: return cmd_usage(&cmd_invoice_pay_entry);
		}
	}
	if (optind != argc - 1 || method == NULL)
		return cmd_usage(&cmd_invoice_pay_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (invoice_pay(db, argv[optind], amount, method, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Payment of invoice %s recorded\n"), argv[optind]);
	return CMD_OK;
}

static int
cmd_invoice_list_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "college", required_argument, NULL, 'c' },
		{ "state", required_argument, NULL, 'S' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	const char *college = NULL, *state = NULL;
	struct table *t;
	char *cause = NULL;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': college = optarg; break;
		case 'S': state = optarg; break;
		case 'f':
			if (cmd_out_format(optarg, &fmt) != 0)
				return CMD_FAIL;
			break;
		default: return cmd_usage(&cmd_invoice_list_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_invoice_list_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((t = invoice_table(db, college, state, &cause)) == NULL)
		return cmd_fail(cause);
	rc = cmd_out_table(t, fmt);
	table_free(&t);
	return rc;
}

/* invoice show takes a number or a draft id, as invoice_find does */
static struct doc *
cmd_invoice_load(struct db *db, const char *ref, char **cause)
{
	int64_t id;

	if (invoice_find(db, ref, &id, cause) != 0)
		return NULL;
	return invoice_load(db, id, cause);
}

static int
cmd_invoice_show_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_out_show_doc(ctx, argc, argv, &cmd_invoice_show_entry, cmd_invoice_load);
}

static const struct cmd_entry cmd_invoice_create_entry = {
	"create", NULL, N_("--college COLLEGE [--cohort COHORT]"),
	N_("draft an invoice of the collection fee for students in Xuexin packages not yet"
	    " billed"),
	cmd_invoice_create_exec
};
static const struct cmd_entry cmd_invoice_issue_entry = {
	"issue", NULL, N_("DRAFT"),
	N_("give a draft the next invoice number; it cannot change afterwards"),
	cmd_invoice_issue_exec
};
static const struct cmd_entry cmd_invoice_discard_entry = {
	"discard", NULL, N_("DRAFT"),
	N_("throw a draft away"),
	cmd_invoice_discard_exec
};
static const struct cmd_entry cmd_invoice_void_entry = {
	"void", NULL, N_("--reason TEXT NUMBER"),
	N_("void an issued invoice (its number stays used)"),
	cmd_invoice_void_exec
};
static const struct cmd_entry cmd_invoice_pay_entry = {
	"pay", NULL, N_("--method cash|wechat|alipay|transfer [--amount YUAN] NUMBER"),
	N_("record the college's payment (the whole outstanding amount by default)"),
	cmd_invoice_pay_exec
};
static const struct cmd_entry cmd_invoice_list_entry = {
	"list", NULL, N_("[--college C] [--state draft|issued|void] [--format text|csv]"),
	N_("list invoices"),
	cmd_invoice_list_exec
};
static const struct cmd_entry cmd_invoice_show_entry = {
	"show", NULL, N_("[--format text|csv] [--show-id] NUMBER|DRAFT"),
	N_("print an invoice with its list of students (A4 text) or write it as CSV"),
	cmd_invoice_show_exec
};

static const struct cmd_entry *const cmd_invoice_table[] = {
	&cmd_invoice_create_entry,
	&cmd_invoice_issue_entry,
	&cmd_invoice_discard_entry,
	&cmd_invoice_void_entry,
	&cmd_invoice_pay_entry,
	&cmd_invoice_list_entry,
	&cmd_invoice_show_entry,
	NULL
};

static int
cmd_invoice_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_invoice_table, "invoice", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_invoice_entry = {
	"invoice", NULL, N_("create|issue|discard|void|pay|list|show ..."),
	N_("invoices of the collection fee to colleges"),
	cmd_invoice_exec,
	CMD_FAMILY
};
