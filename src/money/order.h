/* SPDX-License-Identifier: MIT */
#ifndef ORDER_H
#define ORDER_H
/*
 * Scatter-shoot orders (SPEC §8, caiji-fees(7)).  An order belongs to a
 * roster student or a walk-in (name, ID number, phone), carries the mailing
 * address, and moves
 *
 *	ordered -> paid -> shot -> mailed
 *	ordered -> cancelled		paid, shot, mailed -> refunded
 *
 * Each move runs in one transaction: it checks the current state, changes
 * it, records an order event (time, clerk) and the audit log, and for pay
 * and refund issues a receipt (receipt.h).  A refused move changes nothing
 * and its cause names the order's state.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"
#include "util/table.h"

#define ORDER_STATES							\
	ORDER_STATE(ORDERED, "ordered", N_("ordered"))			\
	ORDER_STATE(PAID, "paid", N_("paid"))				\
	ORDER_STATE(SHOT, "shot", N_("shot"))				\
	ORDER_STATE(MAILED, "mailed", N_("mailed"))			\
	ORDER_STATE(CANCELLED, "cancelled", N_("cancelled"))		\
	ORDER_STATE(REFUNDED, "refunded", N_("refunded"))

enum order_state {
#define ORDER_STATE(e, name, label) ORDER_##e,
	ORDER_STATES
#undef ORDER_STATE
	ORDER__COUNT
};

/* "paid" for ORDER_PAID; order_state_label is the translated word. */
const char	*order_state_name(enum order_state);
const char	*order_state_label(enum order_state);
/* -1 when s names no state. */
int		 order_state_lookup(const char *s);

/* An order's moves (order-moves.def). */
enum order_move {
#define ORDER_MOVE(m, name, label, from, to, forward) ORDER_MOVE_##m,
#include "money/order-moves.def"
#undef ORDER_MOVE
	ORDER_MOVE__COUNT
};
/* The move that takes an order in state s on its way, or -1 (none: it is done). */
int		 order_forward_move(enum order_state s);


struct order {
	int64_t		 id;
	int64_t		 student_id;	/* 0 for a walk-in */
	char		*seq;		/* the student's; "" for a walk-in */
	char		*student_no;
	char		*college;	/* "" for a walk-in */
	char		*cohort;
	char		*name;
	char		*id_number;
	char		*phone;
	char		*tier;		/* "standard" */
	char		*fee_code;	/* "scatter-standard" */
	int64_t		 amount_fen, shoot_fen, mail_fen;
	char		*recipient, *recipient_phone, *address, *postcode;
	enum order_state state;
	char		*pay_method;	/* NULL until paid */
	char		*carrier, *tracking_no;
	char		*created_at;	/* local "YYYY-MM-DD HH:MM" */
	char		*created_by;
};

/* What a clerk gives for a new order. */
struct order_new {
	const char	*student;	/* seq, student number or ID number; or NULL */
	const char	*name;		/* walk-in: name, ID number and phone */
	const char	*id_number;
	const char	*phone;
	const char	*tier;		/* "standard", "premium" */
	const char	*recipient;	/* default: the student's name */
	const char	*recipient_phone; /* default: phone */
	const char	*address;
	const char	*postcode;	/* optional */
};

/* Takes an order at the current price of its tier; *id is its number. */
int	 order_add(struct db *, const struct order_new *, int64_t *id, char **cause);

/* Pays; method is one of methods.def's (method.h).  *receipt is the receipt's number (allocated). */
int	 order_pay(struct db *, int64_t id, const char *method, char **receipt, char **cause);
int	 order_shoot(struct db *, int64_t id, char **cause);
/* Records the parcel: carrier and tracking number are required. */
int	 order_mail(struct db *, int64_t id, const char *carrier, const char *tracking_no,
	    char **cause);
/* Cancels an order not yet paid; reason may be NULL. */
int	 order_cancel(struct db *, int64_t id, const char *reason, char **cause);
/* Refunds a paid order in full; reason is required.  *receipt is the refund receipt's number. */
int	 order_refund(struct db *, int64_t id, const char *reason, char **receipt,
	    char **cause);

/* One order, or NULL with *cause ("there is no order 12"). */
struct order	*order_get(struct db *, int64_t id, char **cause);
void		 order_free(struct order **);

/* Which orders order_list returns; NULL fields match everything. */
struct order_filter {
	const char	*state;
	const char	*tier;
	const char	*college;	/* name or unique prefix; "walk-in" for walk-ins */
	const char	*cohort;
	const char	*student;	/* seq, student number, ID number or name */
};

/* The matching orders, oldest first; the caller frees each and the vector. */
int	 order_list(struct db *, const struct order_filter *, struct order ***v, size_t *n,
	    char **cause);
void	 order_list_free(struct order **v, size_t n);

/*
 * The orders as a table (no., state, tier, name, seq, college, ID number
 * masked unless show_id, amount, recipient, phone, address, tracking).
 * Owned by the caller (table_free).
 */
struct table	*order_table(struct order *const *v, size_t n, int show_id);

/* An order's history: time, move, from, to, clerk, detail.  Owned by the caller. */
struct table	*order_events_table(struct db *, int64_t id, char **cause);

/* Parses an order number ("12"); -1 with a cause otherwise. */
int	 order_parse_id(const char *s, int64_t *id, char **cause);
#endif
