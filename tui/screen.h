/* SPDX-License-Identifier: MIT */
#ifndef SCREEN_H
#define SCREEN_H
/*
 * Screens (STYLE: screens are ops tables).  Each tui/screen-NAME.c ends in
 * its struct screen_ops; the main loop (tui.c) knows screens only through
 * it.  Screens sit on a stack: Enter pushes one, q pops it.
 *
 * A screen learns that the database changed (another clerk, or F5) through
 * its key function with KA_REFRESH, so the table keeps to six entries.
 */
#include <stdint.h>

#include "view/browse.h"
#include "db/db.h"
#include "tui/keys.h"

/* The part of the terminal a screen draws in. */
struct tui_area {
	int	 y, x, h, w;
};

/* What a screen is opened on; zero for "everything". */
struct screen_arg {
	int			 college_id;
	const char		*flag;
	enum browse_photo	 photo;
	int64_t			 student_id;
};

struct tui;

struct screen_ops {
	const char	*name;
	/* Returns the screen's state, or NULL after tui_message() saying why. */
	void		*(*open)(struct tui *, const struct screen_arg *);
	void		 (*draw)(struct tui *, void *, const struct tui_area *);
	/* Returns 1 when the key was used, 0 to let the main loop have it. */
	int		 (*key)(struct tui *, void *, const struct tui_key *);
	void		 (*resize)(struct tui *, void *, const struct tui_area *);
	void		 (*close)(void *);
};

extern const struct screen_ops screen_dashboard_ops;
extern const struct screen_ops screen_roster_ops;
extern const struct screen_ops screen_detail_ops;
extern const struct screen_ops screen_flags_ops;
extern const struct screen_ops screen_checkin_ops;
extern const struct screen_ops screen_orders_ops;
extern const struct screen_ops screen_invoices_ops;
extern const struct screen_ops screen_reports_ops;
extern const struct screen_ops screen_help_ops;

enum tui_level {
	TUI_INFO,
	TUI_ERROR,
};

/* The database the screens read through the core. */
struct db	*tui_db(struct tui *);
/* Opens a screen on top of the current one. */
void		 tui_push(struct tui *, const struct screen_ops *, const struct screen_arg *);
/* Closes the current screen (the last one quits). */
void		 tui_pop(struct tui *);
/* Shows a one-line message in the status line until the next key. */
void		 tui_message(struct tui *, enum tui_level, const char *fmt, ...)
		    __attribute__((format(printf, 3, 4)));
/* Shows a core failure's cause (then frees it). */
void		 tui_fail(struct tui *, char *cause);
/*
 * Whether a screen must read the database again on KA_REFRESH: always when
 * the clerk asked (F5), otherwise only when the database changed since
 * *seen, which is updated.  Reading 100,000 students' counts is not free.
 */
int		 tui_stale(struct tui *, const struct tui_key *, long long *seen);
/*
 * A key the clerk has already typed, without waiting (for a long task that
 * can be stopped): 1 and *k, or 0 when there is none.
 */
int		 tui_read_now(struct tui_key *k);
/* The area screens get, for a screen that must compute its layout now. */
struct tui_area	 tui_body(struct tui *);
#endif
