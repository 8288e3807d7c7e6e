/* SPDX-License-Identifier: MIT */
#ifndef DB_H
#define DB_H
/*
 * The season database: one SQLite file (SPEC §3).  Opened in WAL mode with a
 * busy timeout so several clerks can work at once; created 0600; the schema
 * is a list of numbered migrations recorded in PRAGMA user_version.
 *
 * Every function that can fail returns 0 on success and -1 on failure, with
 * *cause set to an allocated sentence for the caller to show and free.
 */
#include <sqlite3.h>

struct db {
	sqlite3		*h;
	char		*path;
	sqlite3_stmt	*audit_st;	/* cached by db_audit: imports audit every row */
	int		 readonly;	/* opened read-only: asked for, or no write permission */
};

enum {
	DB_CREATE = 1,		/* create the file if it does not exist */
	DB_READONLY = 2,
};

/* Opens (and with DB_CREATE creates) path and brings the schema up to date. */
struct db	*db_open(const char *path, int flags, char **cause);
void		 db_free(struct db **);

/* The schema version the program knows, and the list of migrations. */
int		 db_schema_version(void);
struct db_migration {
	int		 version;
	const char	*sql;
};
extern const struct db_migration db_migrations[];

/*
 * Transactions.  db_begin takes the write lock at once (BEGIN IMMEDIATE); on
 * a database opened read-only it fails with a sentence saying so.
 */
int		 db_begin(struct db *, char **cause);
int		 db_commit(struct db *, char **cause);
void		 db_rollback(struct db *);

/* Prepares sql; on failure sets *cause with the database's message. */
sqlite3_stmt	*db_prepare(struct db *, const char *sql, char **cause);
/*
 * Steps a query: 1 for a row, 0 when there is none left, -1 with *cause
 * ("doing: SQLite's reason") on an error.  A read loop is
 *	while ((r = db_step(db, st, doing, cause)) == 1) ...
 *	if (r < 0) fail;
 * so that an error is never taken for the end of the rows.
 */
int		 db_step(struct db *, sqlite3_stmt *, const char *doing, char **cause);
/* Runs statements with no result rows. */
int		 db_exec(struct db *, const char *sql, char **cause);
/* A failure sentence naming what was being done and the database's message. */
char		*db_error(struct db *, const char *doing);

/* Binds a text value, or NULL when s is NULL. */
void		 db_bind_text(sqlite3_stmt *, int, const char *s);
/* Column text as an allocated string, or NULL for SQL NULL. */
char		*db_column_strdup(sqlite3_stmt *, int);
/* Column i as text (NULL for NULL), valid until the next step. */
static inline const char *
db_column_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/*
 * Records one change in the audit log, with the Unix user and the time.
 * action says what happened ("import", "update", "reveal-id", ...), entity and
 * key what it happened to ("student", "1001"), field the column; old and new
 * may be NULL.
 */
int		 db_audit(struct db *, const char *action, const char *entity,
		    const char *key, const char *field, const char *old_value,
		    const char *new_value, char **cause);

/*
 * The default database path: $CAIJI_DB, else $XDG_DATA_HOME/caiji/season.db
 * ($HOME/.local/share/caiji/season.db).  Creates nothing.
 */
char		*db_default_path(void);
/* caiji's folder of the user's data: $XDG_DATA_HOME/caiji, else ~/.local/share/caiji. */
char		*db_data_home(void);
/* Deletes the database file at path and its -wal, -shm and -journal (closed first). */
void		 db_remove_files(const char *path);
#endif
