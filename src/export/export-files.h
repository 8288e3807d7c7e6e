/* SPDX-License-Identifier: MIT */
#ifndef EXPORT_FILES_H
#define EXPORT_FILES_H
/* The file work of an export: safe names, verified copies, hashes, cleanup. */
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/*
 * A copy of s fit to be part of a file name: path separators, control
 * characters and the characters Windows refuses (: * ? " < > |) removed,
 * leading dots and spaces dropped.  Never empty (def when nothing is left).
 */
char	*export_safe_name(const char *s, const char *def);

enum export_copy_status {
	EXPORT_COPY_OK,
	EXPORT_COPY_CHANGED,	/* the source is gone or differs from its check */
	EXPORT_COPY_FAILED,	/* writing failed (full disk, ...) */
	EXPORT_COPY_STOPPED,	/* *stop was set */
};

/*
 * Copies src to dst (created, 0600) byte for byte, hashing as it goes.  The
 * source must still have size want_size and SHA-256 want_sha (hex) as
 * checked; otherwise dst is removed and EXPORT_COPY_CHANGED returned with
 * *cause saying what changed.  sha receives the hash of what was copied.
 */
enum export_copy_status export_copy(const char *src, const char *dst, int64_t want_size,
	    const char *want_sha, char sha[65], volatile sig_atomic_t *stop, char **cause);

/* The SHA-256 of a file (hex); -1 with *cause when it cannot be read. */
int	 export_hash_file(const char *path, char sha[65], char **cause);
/* Writes a new file (0600) with data, synced; -1 with *cause. */
int	 export_write_file(const char *path, const char *data, size_t len, char **cause);
/* The mode of a folder caiji creates: 0700, or 0770 in a group-shared season. */
mode_t	 export_dir_mode(void);
/* Creates a folder with export_dir_mode(); -1 with errno set. */
int	 export_mkdir(const char *path);
/* Flushes a directory's entries to disk (after a rename); errors ignored. */
void	 export_sync_dir(const char *path);
/* Removes path and everything under it, never following links. */
void	 export_remove_tree(const char *path);
#endif
