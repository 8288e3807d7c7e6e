/* SPDX-License-Identifier: MIT */
#ifndef PHOTO_H
#define PHOTO_H
/*
 * Checking one photo file against a profile (SPEC §7): how it is named, read
 * safely (never blocking on a FIFO, never following a link out of the
 * folder, never reading more than the profile allows), its JPEG headers and,
 * when it decodes, its pixels.  Every finding is a flag_hit; a file that
 * cannot be opened at all is an I/O failure instead.
 */
#include <stdint.h>

#include "flag/flag.h"
#include "photo/jpegmeta.h"
#include "photo/pixels.h"
#include "photo/profile.h"
#include "util/sha256.h"
#include "photo/signature.h"

enum photo_dpi_source {
	PHOTO_DPI_NONE,
	PHOTO_DPI_JFIF,
	PHOTO_DPI_EXIF,
};

struct photo_result {
	char			*path;		/* owned */
	const char		*name;		/* the base name, inside path */
	char			 seq[5];	/* "1001" when the name has one, else "" */
	int64_t			 size;		/* bytes, -1 when not a regular file */
	int64_t			 mtime_ns;
	char			 sha256[SHA256_HEX_LEN + 1];	/* "" when not read */
	int			 is_jpeg;	/* the headers parsed */
	struct jpegmeta		 meta;
	enum photo_dpi_source	 dpi_source;
	double			 dpi_x, dpi_y;
	int			 decoded;	/* the pixel checks ran */
	struct pixels_result	 px;
	int			 has_signature;
	struct signature	 sig;
	struct flag_list	 flags;
	char			*io_error;	/* owned: the file could not be opened */
};

/*
 * Checks the file at path.  When root is not NULL the file is in a scanned
 * folder and a symbolic link leading out of root is refused.  Returns 0 with
 * r filled (r->flags may be empty), or -1 when the file cannot be opened at
 * all, with r->io_error set.  The caller frees r with photo_result_clear.
 */
int	photo_check_file(const struct profile *, const char *path, const char *root,
	    struct photo_result *r);
/* The content checks of photo_check_file on bytes already read. */
void	photo_check_buffer(const struct profile *, const unsigned char *buf, size_t len,
	    struct photo_result *r);
/*
 * The name rule: sets r->seq and adds PHOTO_NAME (an error for a name that is
 * not SEQ.jpg, a warning for .JPG or .jpeg).  Returns 1 when a seq was found.
 */
int	photo_check_name(const char *name, struct photo_result *r);
/* The worst severity found: -1 none, else SEV_ERROR or SEV_WARNING. */
int	photo_result_worst(const struct photo_result *);
void	photo_result_clear(struct photo_result *);

/* Reads the size and modification time of path without opening it (lstat). */
int	photo_stat(const char *path, int64_t *size, int64_t *mtime_ns);
#endif
