/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "export/export-files.h"
#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/sha256.h"
#include "util/xalloc.h"

char *
export_safe_name(const char *s, const char *def)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	for (const unsigned char *p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f || strchr("/\\:*?\"<>|", *p) != NULL)
			continue;
		if (o == out && (*p == '.' || *p == ' '))
			continue;
		*o++ = (char)*p;
	}
	while (o > out && (o[-1] == ' ' || o[-1] == '.'))
		o--;
	*o = '\0';
	if (*out == '\0') {
		free(out);
		return xstrdup(def);
	}
	return out;
}

/* Writes everything; -1 with errno on failure. */
static int
export_write_all(int fd, const unsigned char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

enum export_copy_status
export_copy(const char *src, const char *dst, int64_t want_size, const char *want_sha,
    char sha[65], volatile sig_atomic_t *stop, char **cause)
{
	unsigned char buf[65536], digest[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	struct stat sb;
	int in, out, err;
	ssize_t n;
	int64_t total = 0;

	in = open(src, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
	if (in < 0) {
		*cause = xasprintf(_("the photo %s has gone since it was checked (%s)"), src,
		    strerror(errno));
		return EXPORT_COPY_CHANGED;
	}
	if (fstat(in, &sb) != 0 || !S_ISREG(sb.st_mode) || (int64_t)sb.st_size != want_size) {
		*cause = xasprintf(_("the photo %s has changed since it was checked (its size "
		    "differs); run caiji photos scan again"), src);
		close(in);
		return EXPORT_COPY_CHANGED;
	}
	out = open(dst, O_WRONLY | O_CREAT | O_EXCL, fsmode_file());
	if (out < 0) {
		*cause = xasprintf(_("cannot create %s: %s"), dst, strerror(errno));
		close(in);
		return EXPORT_COPY_FAILED;
	}
	fchmod(out, fsmode_file());
	sha256_init(&ctx);
	for (;;) {
		if (stop != NULL && *stop)
			goto stopped;
		n = read(in, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*cause = xasprintf(_("cannot read %s: %s"), src, strerror(errno));
			goto changed;
		}
		if (n == 0)
			break;
		sha256_update(&ctx, (size_t)n, (const uint8_t *)buf);
		total += n;
		if (export_write_all(out, buf, (size_t)n) != 0)
			goto failed;
	}
	if (fsync(out) != 0)
		goto failed;
	if (close(out) != 0) {
		out = -1;
		goto failed;
	}
	out = -1;
	close(in);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
	sha256_to_hex(digest, sha);
	if (total != want_size || strcmp(sha, want_sha) != 0) {
		*cause = xasprintf(_("the photo %s has changed since it was checked (its "
		    "SHA-256 differs); run caiji photos scan again"), src);
		unlink(dst);
		return EXPORT_COPY_CHANGED;
	}
	return EXPORT_COPY_OK;
failed:
	err = errno;
	*cause = xasprintf(_("cannot write %s: %s"), dst, strerror(err));
	if (out >= 0)
		close(out);
	close(in);
	unlink(dst);
	return EXPORT_COPY_FAILED;
changed:
	close(out);
	close(in);
	unlink(dst);
	return EXPORT_COPY_CHANGED;
stopped:
	close(out);
	close(in);
	unlink(dst);
	return EXPORT_COPY_STOPPED;
}

int
export_hash_file(const char *path, char sha[65], char **cause)
{
	unsigned char buf[65536], digest[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;
	ssize_t n;
	int fd = open(path, O_RDONLY);

	if (fd < 0) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		return -1;
	}
	sha256_init(&ctx);
	while ((n = read(fd, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
			close(fd);
			return -1;
		}
		sha256_update(&ctx, (size_t)n, (const uint8_t *)buf);
	}
	close(fd);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
	sha256_to_hex(digest, sha);
	return 0;
}

int
export_write_file(const char *path, const char *data, size_t len, char **cause)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, fsmode_file());

	if (fd < 0) {
		*cause = xasprintf(_("cannot create %s: %s"), path, strerror(errno));
		return -1;
	}
	fchmod(fd, fsmode_file());
	if (export_write_all(fd, (const unsigned char *)data, len) != 0 || fsync(fd) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	if (close(fd) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), path, strerror(errno));
		unlink(path);
		return -1;
	}
	return 0;
}

mode_t
export_dir_mode(void)
{
	return (fsmode_file() & 0060) != 0 ? 0770 : 0700;
}

int
export_mkdir(const char *path)
{
	if (mkdir(path, 0700) != 0)
		return -1;
	/* the umask is 077; a group-shared season's folders are the group's too */
	return chmod(path, export_dir_mode());
}

void
export_sync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

static int
export_remove_one(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

void
export_remove_tree(const char *path)
{
	nftw(path, export_remove_one, 16, FTW_DEPTH | FTW_PHYS);
}
