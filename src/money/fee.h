/* SPDX-License-Identifier: MIT */
#ifndef FEE_H
#define FEE_H
/*
 * The fee schedule (SPEC §8): items in integer fen, loaded from data/fees.tsv
 * by `caiji init`.  An item may have parts (a row whose parent is the item);
 * the parts of an item always add up to its amount.  A scatter-shoot tier
 * TIER is the item scatter-TIER, with a 'shoot' and a 'mail' part.
 * Documents copy amounts when they are written, so changing the schedule
 * never changes an order, receipt or invoice already made.
 */
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct fee_item {
	char	*code;		/* "scatter-standard" */
	char	*parent;	/* NULL for a top-level item */
	int64_t	 amount_fen;
	char	*name;		/* 散拍（普拍） */
	char	*name_en;
	char	*part;		/* "shoot", "mail" or "" */
};

struct fee_list {
	struct fee_item	*v;
	size_t		 n;
};

/* Loads the schedule, parents before their parts. */
int	 fee_list_load(struct db *, struct fee_list *, char **cause);
void	 fee_list_free(struct fee_list *);
const struct fee_item *fee_list_find(const struct fee_list *, const char *code);
/* 0 when every item with parts equals their sum; else -1 naming the first that does not. */
int	 fee_list_check(const struct fee_list *, char **cause);

/*
 * Sets n items at once (codes[i] to amounts[i] fen) in one transaction,
 * audited, and refuses the whole change when an item is unknown or the
 * parts of an item would no longer add up.
 */
int	 fee_set(struct db *, size_t n, const char *const *codes, const int64_t *amounts,
	    char **cause);

/* A tier's price: the item, its amount and its shoot and mail parts. */
struct fee_tier {
	char	*code;		/* "scatter-premium" */
	char	*name;		/* 散拍（精拍） */
	int64_t	 amount_fen, shoot_fen, mail_fen;
	char	*shoot_code, *shoot_name, *mail_code, *mail_name;
};

/*
 * Looks tier up ("standard", "premium"); -1 with a cause naming the tiers
 * that exist when there is no such tier.
 */
int	 fee_tier_get(struct db *, const char *tier, struct fee_tier *, char **cause);
void	 fee_tier_clear(struct fee_tier *);
/* The tiers that exist, "standard, premium" (allocated). */
char	*fee_tier_names(struct db *);
#endif
