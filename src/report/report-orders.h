/* SPDX-License-Identifier: MIT */
#ifndef REPORT_ORDERS_H
#define REPORT_ORDERS_H
/*
 * The scatter orders report: the orders a filter selects (order.h's table,
 * ID numbers masked unless show_id) and a count by state.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "money/order.h"
#include "util/strbuf.h"
#include "util/table.h"

struct report_orders_totals {
	size_t	 orders;
	size_t	 by_state[ORDER__COUNT];
	int64_t	 taken_fen;	/* paid, shot or mailed: money kept */
};

/* The table is owned by the caller; *totals is filled. */
struct table	*report_orders(struct db *, const struct order_filter *, int show_id,
		    struct report_orders_totals *totals, char **cause);
/* "5 orders: 1 ordered, 2 paid, ...; kept 115.00" (allocated). */
char		*report_orders_summary(const struct report_orders_totals *);
/* The report's title (translated, static). */
const char	*report_orders_title(void);
/* The lines printed after the table: the summary (allocated). */
char		*report_orders_footer(const struct report_orders_totals *);
/*
 * The whole report as `caiji report orders` prints it, paginated for A4,
 * into out (a preview; the printed text is the same).
 */
int		 report_orders_text(struct db *, const struct order_filter *, int show_id,
		    struct strbuf *out, char **cause);
#endif
