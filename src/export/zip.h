/* SPDX-License-Identifier: MIT */
#ifndef ZIP_H
#define ZIP_H
/*
 * Packing a directory into a .zip file with libarchive.  Entry names are
 * UTF-8 (the zip's language-encoding flag is set, so Windows shows Chinese
 * folder names correctly) and put under a top folder, in sorted order.
 */
#include <signal.h>

/* 1 when this build can write .zip (configure found libarchive). */
int	 zip_available(void);

/*
 * Writes every regular file under dir (recursively) into a new zip file at
 * path, each entry named top/RELATIVE-PATH.  *stop, when not NULL, is
 * checked between files: a non-zero value abandons the zip.  On failure (or
 * when stopped) path is removed and -1 is returned with *cause.
 */
int	 zip_dir(const char *dir, const char *top, const char *path,
	    volatile sig_atomic_t *stop, char **cause);
#endif
