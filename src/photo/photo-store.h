/* SPDX-License-Identifier: MIT */
#ifndef PHOTO_STORE_H
#define PHOTO_STORE_H
/*
 * Photo check results in the season database (table photos, migration 2):
 * saved by `caiji photos scan`, reused by the next scan while a file's path,
 * size, mtime and profile are unchanged, read by the flag pass, the export
 * (SHA-256 and path of a student's photo) and the TUI (verdict, thumbnail).
 */
#include <stdint.h>

#include "db/db.h"
#include "photo/photo.h"

struct photo_record {
	int64_t			 id;
	char			*path;		/* owned */
	char			*dir;		/* owned: the scanned folder */
	char			*name;		/* owned: the file name */
	char			 seq[5];	/* from the name, "" when none */
	int64_t			 size, mtime_ns;
	char			 sha256[SHA256_HEX_LEN + 1];	/* "" when not read */
	char			*profile;	/* owned */
	int			 verdict;	/* -1 ok, SEV_ERROR, SEV_WARNING */
	int			 width, height;
	struct flag_list	 flags;		/* the file's own findings */
	int			 has_signature;
	struct signature	 sig;
};

struct photo_records {
	struct photo_record	*v;
	size_t			 n;
};

/* Saves (inserts or replaces) the result of checking one file of dir. */
int	photo_store_save(struct db *, const char *dir, const char *profile,
	    const struct photo_result *, char **cause);
/* Deletes the rows of old (as loaded) whose path is not among paths (sorted, strcmp). */
int	photo_store_prune(struct db *, const struct photo_records *old, char *const *paths,
	    size_t n, char **cause);
/* Loads the rows of dir (dir NULL: every row), sorted by path. */
int	photo_store_load(struct db *, const char *dir, struct photo_records *, char **cause);
/*
 * The photo of sequence number seq: 1 with *out filled (the caller clears it
 * with photo_record_clear), 0 when none was scanned, -1 on error.  When
 * several files carry seq (1001.jpg and 1001.JPG), the first by path.
 */
int	photo_store_find_by_seq(struct db *, const char *seq, struct photo_record *out,
	    char **cause);
/*
 * The photo a student is sent to Xinhua with, as `caiji photos scan`
 * recorded it: the file named by the student's seq (photos are matched by
 * seq only) that no rule rejected, the latest checked if there are several.
 * 1 with *path, *size and *sha256 (allocated; any pointer may be NULL),
 * 0 when there is none, -1 with *cause on a read error.
 */
int	photo_store_chosen(struct db *, int64_t student_id, char **path, int64_t *size,
	    char **sha256, char **cause);
/* Only its SHA-256 (allocated), NULL when there is none (the ledger's callback). */
char	*photo_store_chosen_sha256(struct db *, int64_t student_id);
/* The verdict as stored: "ok", "warning" or "error". */
const char *photo_store_verdict_name(int verdict);
void	photo_record_clear(struct photo_record *);
void	photo_records_free(struct photo_records *);
#endif
