/* SPDX-License-Identifier: MIT */
#ifndef CMD_H
#define CMD_H
/*
 * The command table (STYLE: commands are a table).  Each subcommand is one
 * struct cmd_entry in its own cmd-NAME.c; cmd.c looks names up by unique
 * prefix and generates --help from the same entries.  A command family
 * (order add|list|...) uses a table of its own with cmd_dispatch.
 */
#include <stdio.h>

#include "db/db.h"

/* Exit statuses (SPEC §11). */
enum {
	CMD_OK = 0,		/* nothing at error severity */
	CMD_PROBLEMS = 1,	/* problems found at error severity */
	CMD_FAIL = 2,		/* usage or I/O failure */
};

struct cmd_ctx {
	char		*db_path;	/* --db, $CAIJI_DB or the XDG default */
	struct db	*db;		/* opened by cmd_db() */
	int		 db_default;	/* db_path is the XDG default: cmd_db makes its folder */
};

struct cmd_entry {
	const char	*name;
	const char	*alias;
	const char	*usage;		/* N_() arguments after the name */
	const char	*summary;	/* N_() one line */
	int		(*exec)(struct cmd_ctx *, int argc, char **argv);
	int		 family;	/* CMD_FAMILY: exec dispatches subcommands */
};

/* A family entry answers --help with its subcommands' list itself. */
#define CMD_FAMILY 1

/* Opens the season database (creating it when create is set), or prints why not. */
struct db	*cmd_db(struct cmd_ctx *, int create);
/* Closes and deletes the database (and its -wal, -shm) that this run created. */
void		 cmd_remove_db(struct cmd_ctx *);
/* Runs argv[0] from table; prints an error and returns CMD_FAIL for an unknown name. */
int		 cmd_dispatch(const struct cmd_entry *const *table, const char *family,
		    struct cmd_ctx *, int argc, char **argv);
/* Prints the usage of table's commands (family is "" at the top level). */
void		 cmd_print_help(const struct cmd_entry *const *table, const char *family, FILE *);
/* Prints "caiji: message" to stderr. */
void		 cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints a core failure's cause and frees it; returns CMD_FAIL. */
int		 cmd_fail(char *cause);
/* Prints a usage error for family/command and returns CMD_FAIL. */
int		 cmd_usage(const struct cmd_entry *);

/* NULL-terminated; a family's table has the same shape. */
extern const struct cmd_entry *const cmd_table[];

#define CMD_DECLARE(x) extern const struct cmd_entry cmd_##x##_entry
CMD_DECLARE(init);
CMD_DECLARE(rules);
CMD_DECLARE(export);
CMD_DECLARE(export_xuexin);
CMD_DECLARE(resubmit);
CMD_DECLARE(photo);
CMD_DECLARE(photos);
CMD_DECLARE(import);
CMD_DECLARE(check);
CMD_DECLARE(seq);
CMD_DECLARE(student);
CMD_DECLARE(demo);
CMD_DECLARE(order);
CMD_DECLARE(receipt);
CMD_DECLARE(invoice);
CMD_DECLARE(fees);
CMD_DECLARE(report);
CMD_DECLARE(report_money);
CMD_DECLARE(report_orders);
CMD_DECLARE(checkin);
CMD_DECLARE(tui);
CMD_DECLARE(backup);
CMD_DECLARE(restore);
#endif
