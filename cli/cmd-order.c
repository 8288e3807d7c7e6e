/* SPDX-License-Identifier: MIT */
/*
 * caiji order add|list|show|pay|shoot|mail|cancel|refund: scatter-shoot
 * orders (caiji-fees(7)).  Every move is one transaction in order.c.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cmd-out.h"
#include "cli/cmd-report.h"
#include "cli/cmd.h"
#include "util/i18n.h"
#include "roster/idcard.h"
#include "money/method.h"
#include "money/money.h"
#include "money/order.h"
#include "money/receipt.h"
#include "util/xalloc.h"

static const struct cmd_entry cmd_order_add_entry, cmd_order_list_entry,
    cmd_order_show_entry, cmd_order_pay_entry, cmd_order_shoot_entry,
    cmd_order_mail_entry, cmd_order_cancel_entry, cmd_order_refund_entry;

/* Reads the one ORDER argument left after the options. */
static int
cmd_order_id(const struct cmd_entry *e, int argc, char **argv, int64_t *id)
{
	char *cause = NULL;

	if (optind != argc - 1)
		return cmd_usage(e);
	if (order_parse_id(argv[optind], id, &cause) != 0)
		return cmd_fail(cause);
	return CMD_OK;
}

static int
cmd_order_add_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "student", required_argument, NULL, 's' },
		{ "name", required_argument, NULL, 'n' },
		{ "id-number", required_argument, NULL, 'i' },
		{ "phone", required_argument, NULL, 'p' },
		{ "tier", required_argument, NULL, 't' },
		{ "recipient", required_argument, NULL, 'r' },
		{ "recipient-phone", required_argument, NULL, 'P' },
		{ "address", required_argument, NULL, 'a' },
		{ "postcode", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 }
	};
	struct order_new on;
	char *cause = NULL;
	int64_t id;
	struct db *db;
	int c;

	memset(&on, 0, sizeof on);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 's': on.student = optarg; break;
		case 'n': on.name = optarg; break;
		case 'i': on.id_number = optarg; break;
		case 'p': on.phone = optarg; break;
		case 't': on.tier = optarg; break;
		case 'r': on.recipient = optarg; break;
		case 'P': on.recipient_phone = optarg; break;
		case 'a': on.address = optarg; break;
		case 'z': on.postcode = optarg; break;
		default: return cmd_usage(&cmd_order_add_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_order_add_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (order_add(db, &on, &id, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Order %lld taken\n"), (long long)id);
	return CMD_OK;
}

static int
cmd_order_list_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		CMD_ORDER_FILTER_LONGOPTS,
		{ "format", required_argument, NULL, 'f' },
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	struct order_filter f;
	enum cmd_format fmt = CMD_FORMAT_TEXT;
	struct order **v;
	struct table *t;
	char *cause = NULL;
	size_t n;
	struct db *db;
	int c, show_id = 0, rc;

	memset(&f, 0, sizeof f);
	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (cmd_order_filter_option(c, optarg, &f))
			continue;
		switch (c) {
		case 'I': show_id = 1; break;
		case 'f':
			if (cmd_out_format(optarg, &fmt) != 0)
				return CMD_FAIL;
			break;
		default: return cmd_usage(&cmd_order_list_entry);
		}
	}
	if (optind != argc)
		return cmd_usage(&cmd_order_list_entry);
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (order_list(db, &f, &v, &n, &cause) != 0)
		return cmd_fail(cause);
	t = order_table(v, n, show_id);
	rc = cmd_out_table(t, fmt);
	table_free(&t);
	order_list_free(v, n);
	return rc;
}

static int
cmd_order_show_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "show-id", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 }
	};
	struct order *o;
	struct table *t;
	char *cause = NULL, *s;
	int64_t id;
	struct db *db;
	int c, show_id = 0, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'I')
			return cmd_usage(&cmd_order_show_entry);
		show_id = 1;
	}
	if ((rc = cmd_order_id(&cmd_order_show_entry, argc, argv, &id)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if ((o = order_get(db, id, &cause)) == NULL)
		return cmd_fail(cause);
	t = order_table(&o, 1, show_id);
	cmd_out_table(t, CMD_FORMAT_TEXT);
	table_free(&t);
	s = money_figures(o->amount_fen);
	printf("\n%s %s (%s)", _("Price:"), s, o->tier);
	free(s);
	s = money_figures(o->shoot_fen);
	printf(" = %s %s", _("shooting"), s);
	free(s);
	s = money_figures(o->mail_fen);
	printf(" + %s %s\n", _("mailing"), s);
	free(s);
	printf("%s %s %s\n\n", _("Taken:"), o->created_at, o->created_by);
	order_free(&o);
	if ((t = order_events_table(db, id, &cause)) == NULL)
		return cmd_fail(cause);
	cmd_out_table(t, CMD_FORMAT_TEXT);
	table_free(&t);
	if ((t = receipt_table(db, id, &cause)) == NULL)
		return cmd_fail(cause);
	if (table_rows(t) > 0) {
		putchar('\n');
		cmd_out_table(t, CMD_FORMAT_TEXT);
	}
	table_free(&t);
	return CMD_OK;
}

static int
cmd_order_pay_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "method", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	const char *method = NULL;
	char *cause = NULL, *receipt = NULL;
	int64_t id;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'm')
			return cmd_usage(&cmd_order_pay_entry);
		method = optarg;
	}
	if ((rc = cmd_order_id(&cmd_order_pay_entry, argc, argv, &id)) != CMD_OK)
		return rc;
	if (method == NULL) {
		cmd_error(_("how was it paid? give --method (%s)"), method_list());
		return CMD_FAIL;
	}
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (order_pay(db, id, method, &receipt, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Order %lld paid; receipt %s\n"), (long long)id, receipt);
	free(receipt);
	return CMD_OK;
}

static int
cmd_order_shoot_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = { { NULL, 0, NULL, 0 } };
	char *cause = NULL;
	int64_t id;
	struct db *db;
	int rc;

	if (getopt_long(argc, argv, "", longopts, NULL) != -1)
		return cmd_usage(&cmd_order_shoot_entry);
	if ((rc = cmd_order_id(&cmd_order_shoot_entry, argc, argv, &id)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (order_shoot(db, id, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Order %lld shot\n"), (long long)id);
	return CMD_OK;
}

static int
cmd_order_mail_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "carrier", required_argument, NULL, 'c' },
		{ "tracking", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	const char *carrier = NULL, *tracking = NULL;
	char *cause = NULL;
	int64_t id;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		switch (c) {
		case 'c': carrier = optarg; break;
		case 't': tracking = optarg; break;
		default: return cmd_usage(&cmd_order_mail_entry);
		}
	}
	if ((rc = cmd_order_id(&cmd_order_mail_entry, argc, argv, &id)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (order_mail(db, id, carrier, tracking, &cause) != 0)
		return cmd_fail(cause);
	printf(_("Order %lld mailed\n"), (long long)id);
	return CMD_OK;
}

static int
cmd_order_reason(const struct cmd_entry *e, struct cmd_ctx *ctx, int argc, char **argv,
    int refund)
{
	static const struct option longopts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reason = NULL;
	char *cause = NULL, *receipt = NULL;
	int64_t id;
	struct db *db;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
		if (c != 'r')
			return cmd_usage(e);
		reason = optarg;
	}
	if ((rc = cmd_order_id(e, argc, argv, &id)) != CMD_OK)
		return rc;
	if ((db = cmd_db(ctx, 0)) == NULL)
		return CMD_FAIL;
	if (refund) {
		if (order_refund(db, id, reason, &receipt, &cause) != 0)
			return cmd_fail(cause);
		printf(_("Order %lld refunded; refund receipt %s\n"), (long long)id, receipt);
		free(receipt);
	} else {
		if (order_cancel(db, id, reason, &cause) != 0)
			return cmd_fail(cause);
		printf(_("Order %lld cancelled\n"), (long long)id);
	}
	return CMD_OK;
}

static int
cmd_order_cancel_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_order_reason(&cmd_order_cancel_entry, ctx, argc, argv, 0);
}

static int
cmd_order_refund_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_order_reason(&cmd_order_refund_entry, ctx, argc, argv, 1);
}

static const struct cmd_entry cmd_order_add_entry = {
	"add", NULL,
	N_("(--student SEQ|STUDENT-NO|ID | --name NAME --id-number ID --phone PHONE)"
	    " --tier TIER [--recipient NAME] [--recipient-phone PHONE] --address ADDRESS"
	    " [--postcode CODE]"),
	N_("take a scatter-shoot order for a roster student or a walk-in"),
	cmd_order_add_exec
};
static const struct cmd_entry cmd_order_list_entry = {
	"list", NULL,
	N_("[--state S] [--tier T] [--college C] [--cohort K] [--student S]"
	    " [--format text|csv] [--show-id]"),
	N_("list orders"),
	cmd_order_list_exec
};
static const struct cmd_entry cmd_order_show_entry = {
	"show", NULL, N_("[--show-id] ORDER"),
	N_("show an order, its history and its receipts"),
	cmd_order_show_exec
};
static const struct cmd_entry cmd_order_pay_entry = {
	"pay", NULL, N_("--method cash|wechat|alipay|transfer ORDER"),
	N_("record payment and issue a receipt"),
	cmd_order_pay_exec
};
static const struct cmd_entry cmd_order_shoot_entry = {
	"shoot", NULL, N_("ORDER"),
	N_("record that the photo was taken"),
	cmd_order_shoot_exec
};
static const struct cmd_entry cmd_order_mail_entry = {
	"mail", NULL, N_("--carrier CARRIER --tracking NUMBER ORDER"),
	N_("record the parcel's carrier and tracking number"),
	cmd_order_mail_exec
};
static const struct cmd_entry cmd_order_cancel_entry = {
	"cancel", NULL, N_("[--reason TEXT] ORDER"),
	N_("cancel an order not yet paid"),
	cmd_order_cancel_exec
};
static const struct cmd_entry cmd_order_refund_entry = {
	"refund", NULL, N_("--reason TEXT ORDER"),
	N_("refund a paid order and issue a refund receipt"),
	cmd_order_refund_exec
};

static const struct cmd_entry *const cmd_order_table[] = {
	&cmd_order_add_entry,
	&cmd_order_list_entry,
	&cmd_order_show_entry,
	&cmd_order_pay_entry,
	&cmd_order_shoot_entry,
	&cmd_order_mail_entry,
	&cmd_order_cancel_entry,
	&cmd_order_refund_entry,
	NULL
};

static int
cmd_order_exec(struct cmd_ctx *ctx, int argc, char **argv)
{
	return cmd_dispatch(cmd_order_table, "order", ctx, argc - 1, argv + 1);
}

const struct cmd_entry cmd_order_entry = {
	"order", NULL, N_("add|list|show|pay|shoot|mail|cancel|refund ..."),
	N_("scatter-shoot orders: take, pay, shoot, mail, cancel, refund"),
	cmd_order_exec,
	CMD_FAMILY
};
