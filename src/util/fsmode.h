/* SPDX-License-Identifier: MIT */
#ifndef FSMODE_H
#define FSMODE_H
/*
 * The mode of every file caiji creates (the database, exports, reports,
 * backups): 0600, or 0660 when the season is shared with a Unix group so
 * that several clerks can work on one database.  A season is shared when its
 * database file is group-readable and -writable (caiji init --group).
 */
#include <sys/types.h>

/* 0600, or 0660 once fsmode_share() was called. */
mode_t	fsmode_file(void);
/* From now on, files are created for the group too. */
void	fsmode_share(void);
/* Follows the database file at path: shared when it is mode 0660. */
void	fsmode_follow(const char *path);
/*
 * Gives path (and its -wal and -shm files, when they exist) to group,
 * mode 0660.  -1 with *cause when the group does not exist or the
 * change is not allowed.
 */
int	fsmode_set_group(const char *path, const char *group, char **cause);
/*
 * Makes the missing directories leading to the file path (not path itself),
 * mode 0700: a season's folder holds personal data.  -1 with *cause.
 */
int	fsmode_mkdirs(const char *path, char **cause);
#endif
