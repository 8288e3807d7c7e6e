/* SPDX-License-Identifier: MIT */
#ifndef DEMO_H
#define DEMO_H
/*
 * A demo season (`caiji demo`): realistic rosters for every college as
 * Excel and WPS write them (GB18030 and UTF-8 with BOM, CRLF, a title row),
 * with a spread of the defects clerks meet, then a season database that has
 * imported them.  Deterministic: the same files every time.
 *
 * The demo is a list of steps (demo_steps[]); a branch that adds photos or
 * orders appends a step.  The core reports progress through say() and never
 * prints.
 */
#include <stddef.h>

#include "db/db.h"

struct demo_ctx {
	const char	*dir;		/* created if missing */
	const char	*db_path;	/* DIR/season.db unless given */
	const char	*datadir;	/* the season defaults (season_datadir()) */
	struct db	*db;		/* open from the "season" step on */
	char		**rosters;	/* files written by the "rosters" step */
	size_t		 nrosters;
	unsigned long	 rng;		/* the generator's state */
	long		 max_photos;	/* -1: a photo for everyone; else at most this many */
	void		(*say)(void *arg, const char *line);
	/* now and then during a long step ("Drawing photos", 40 of 168), last with done == total; may be NULL */
	void		(*progress)(void *arg, const char *what, size_t done, size_t total);
	void		*arg;
};

struct demo_step {
	const char	*name;
	int		(*run)(struct demo_ctx *, char **cause);
};
/* NULL-terminated, run in order by demo_run. */
extern const struct demo_step demo_steps[];

/* The photo folder (synthesised, then scanned) and the scatter-shoot orders. */
int	demo_step_photos(struct demo_ctx *, char **cause);
int	demo_step_orders(struct demo_ctx *, char **cause);
/* A line of progress for the user (through ctx->say). */
void	demo_say(struct demo_ctx *, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * Makes the demo in ctx->dir, or opens the one an earlier run finished there;
 * one cut short is made again.  A season that is not a
 * demo is refused.  The caller frees with demo_ctx_free.  0, or -1 with *cause.
 */
int	demo_run(struct demo_ctx *, char **cause);
void	demo_ctx_free(struct demo_ctx *);

/* Writes the roster files into dir; *files (allocated paths) and *n. */
int	demo_write_rosters(const char *dir, unsigned long seed, char ***files, size_t *n,
	    char **cause);

/* One college's line of the summary. */
struct demo_summary {
	const char	*college;
	long		 students;
	long		 errors;	/* flags at error severity */
	long		 warnings;
};
/* Calls cb for each college in block order. */
int	demo_summary(struct db *, void (*cb)(void *arg, const struct demo_summary *),
	    void *arg, char **cause);
#endif
