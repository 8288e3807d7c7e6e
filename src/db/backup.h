/* SPDX-License-Identifier: MIT */
#ifndef BACKUP_H
#define BACKUP_H
/*
 * Backups of the season database through SQLite's online backup API, safe
 * while other clerks work: a backup reads one consistent snapshot (WAL lets
 * writers go on); a restore takes the write lock, waiting for other clerks'
 * writes like any other write.
 */
#include "db/db.h"

/*
 * Copies the season to path, which must not exist yet: written under a
 * temporary name, checked, created 0600 (0660 for a shared season) and renamed into place.  Audited.
 */
int	backup_create(struct db *, const char *path, char **cause);

/*
 * Replaces the season's contents with the backup at path, after checking that
 * it is an intact caiji database this program can read.  The current contents
 * are first saved beside the database as *saved_path (allocated; the caller
 * frees it).  The restore is recorded in the restored audit log.
 */
int	backup_restore(struct db *, const char *path, char **saved_path, char **cause);
#endif
