/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "money/money.h"
#include "report/report-orders.h"
#include "report/report.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

struct table *
report_orders(struct db *db, const struct order_filter *f, int show_id,
    struct report_orders_totals *tot, char **cause)
{
	struct order **v;
	struct table *t;
	size_t n;

	memset(tot, 0, sizeof *tot);
	if (order_list(db, f, &v, &n, cause) != 0)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		tot->orders++;
		tot->by_state[v[i]->state]++;
		if (v[i]->state == ORDER_PAID || v[i]->state == ORDER_SHOT ||
		    v[i]->state == ORDER_MAILED)
			tot->taken_fen += v[i]->amount_fen;
	}
	t = order_table(v, n, show_id);
	order_list_free(v, n);
	return t;
}

char *
report_orders_summary(const struct report_orders_totals *tot)
{
	struct strbuf sb = STRBUF_INIT;
	char *kept = money_figures(tot->taken_fen);

	strbuf_printf(&sb, _("%zu orders:"), tot->orders);
	for (int s = 0; s < ORDER__COUNT; s++)
		strbuf_printf(&sb, " %s %zu%s", order_state_label(s), tot->by_state[s],
		    s + 1 < ORDER__COUNT ? "," : ";");
	strbuf_printf(&sb, _(" money kept (paid, shot, mailed) %s"), kept);
	free(kept);
	return strbuf_detach(&sb);
}

const char *
report_orders_title(void)
{
	return _("Scatter-shoot orders");
}

char *
report_orders_footer(const struct report_orders_totals *tot)
{
	char *summary = report_orders_summary(tot), *footer;

	footer = xasprintf("\n%s\n", summary);
	free(summary);
	return footer;
}

int
report_orders_text(struct db *db, const struct order_filter *f, int show_id,
    struct strbuf *out, char **cause)
{
	struct report_orders_totals tot;
	struct table *t;
	char *footer;

	if ((t = report_orders(db, f, show_id, &tot, cause)) == NULL)
		return -1;
	footer = report_orders_footer(&tot);
	report_table_text(db, report_orders_title(), t, footer, out);
	free(footer);
	table_free(&t);
	return 0;
}
