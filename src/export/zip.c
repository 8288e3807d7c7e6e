/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef HAVE_LIBARCHIVE
#include <archive.h>
#include <archive_entry.h>
#endif

#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/xalloc.h"
#include "export/zip.h"

#ifdef HAVE_LIBARCHIVE
int
zip_available(void)
{
	return 1;
}

static int
zip_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the file at path as entry name. */
static int
zip_add_file(struct archive *a, const char *path, const char *name, const struct stat *sb,
    char **cause)
{
	struct archive_entry *e = archive_entry_new();
	char buf[65536];
	ssize_t n;
	int fd, rc = -1;

	if ((fd = open(path, O_RDONLY)) < 0) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		archive_entry_free(e);
		return -1;
	}
	archive_entry_set_pathname_utf8(e, name);
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_perm(e, 0644);
	archive_entry_set_size(e, sb->st_size);
	archive_entry_set_mtime(e, sb->st_mtime, 0);
	if (archive_write_header(a, e) != ARCHIVE_OK)
		goto fail;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		if (archive_write_data(a, buf, (size_t)n) != n)
			goto fail;
	if (n < 0) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		goto out;
	}
	if (archive_write_finish_entry(a) != ARCHIVE_OK)
		goto fail;
	rc = 0;
	goto out;
fail:
	*cause = xasprintf(_("cannot write the zip file: %s"), archive_error_string(a));
out:
	close(fd);
	archive_entry_free(e);
	return rc;
}

static int
zip_walk(struct archive *a, const char *dir, const char *prefix, volatile sig_atomic_t *stop,
    char **cause)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0;
	int rc = 0;

	if (d == NULL) {
		*cause = xasprintf(_("cannot read %s: %s"), dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, zip_cmp);
	for (size_t i = 0; i < n && rc == 0; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *name = xasprintf("%s/%s", prefix, names[i]);
		struct stat sb;

		if (stop != NULL && *stop) {
			*cause = xstrdup(_("interrupted"));
			rc = -1;
		} else if (lstat(path, &sb) != 0) {
			*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
			rc = -1;
		} else if (S_ISDIR(sb.st_mode))
			rc = zip_walk(a, path, name, stop, cause);
		else if (S_ISREG(sb.st_mode))
			rc = zip_add_file(a, path, name, &sb, cause);
		free(path);
		free(name);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

int
zip_dir(const char *dir, const char *top, const char *path, volatile sig_atomic_t *stop,
    char **cause)
{
	struct archive *a;
	int fd, rc;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, fsmode_file())) < 0) {
		*cause = xasprintf(_("cannot create %s: %s"), path, strerror(errno));
		return -1;
	}
	fchmod(fd, fsmode_file());
	a = archive_write_new();
	if (archive_write_set_format_zip(a) != ARCHIVE_OK ||
	    archive_write_open_fd(a, fd) != ARCHIVE_OK) {
		*cause = xasprintf(_("cannot create %s: %s"), path, archive_error_string(a));
		archive_write_free(a);
		close(fd);
		unlink(path);
		return -1;
	}
	rc = zip_walk(a, dir, top, stop, cause);
	if (archive_write_close(a) != ARCHIVE_OK && rc == 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, archive_error_string(a));
		rc = -1;
	}
	archive_write_free(a);
	if (rc == 0 && fsync(fd) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		rc = -1;
	}
	if (close(fd) != 0 && rc == 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		rc = -1;
	}
	if (rc != 0)
		unlink(path);
	return rc;
}
#else
int
zip_available(void)
{
	return 0;
}

int
zip_dir(const char *dir, const char *top, const char *path, volatile sig_atomic_t *stop,
    char **cause)
{
	(void)dir;
	(void)top;
	(void)stop;
	*cause = xasprintf(_("cannot write %s: this caiji was built without libarchive"),
	    path);
	return -1;
}
#endif
