/* SPDX-License-Identifier: MIT */
/*
 * One photo against a profile: safe reading, then the header rules, then
 * one reduced-scale decode for the pixel rules and the signature.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/i18n.h"
#include "photo/jpegdec.h"
#include "photo/photo.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

int
photo_check_name(const char *name, struct photo_result *r)
{
	const char *dot = strrchr(name, '.');

	r->seq[0] = '\0';
	if (dot == NULL || dot - name != 4 ||
	    (strcasecmp(dot, ".jpg") != 0 && strcasecmp(dot, ".jpeg") != 0)) {
		flag_list_add(&r->flags, FLAG_PHOTO_NAME,
		    _("file name \"%s\" is not SEQ.jpg with a 4-digit sequence number"), name);
		goto seq;
	}
	for (int i = 0; i < 4; i++)
		if (name[i] < '0' || name[i] > '9') {
			flag_list_add(&r->flags, FLAG_PHOTO_NAME,
			    _("file name \"%s\" is not SEQ.jpg with a 4-digit sequence number"),
			    name);
			return 0;
		}
	if (strncmp(name, "0000", 4) == 0) {
		flag_list_add(&r->flags, FLAG_PHOTO_NAME,
		    _("file name \"%s\": sequence numbers run from 0001 to 9999"), name);
		return 0;
	}
	memcpy(r->seq, name, 4);
	r->seq[4] = '\0';
	if (strcmp(dot, ".jpg") != 0)
		flag_list_add_sev(&r->flags, FLAG_PHOTO_NAME, SEV_WARNING,
		    _("extension \"%s\" accepted; the package names the photo %s.jpg"), dot,
		    r->seq);
	return 1;
seq:
	/* a name like 1001.png still tells which student it was meant for */
	if (dot != NULL && dot - name == 4 && strspn(name, "0123456789") == 4 &&
	    strncmp(name, "0000", 4) != 0) {
		memcpy(r->seq, name, 4);
		r->seq[4] = '\0';
		return 1;
	}
	return 0;
}

int
photo_stat(const char *path, int64_t *size, int64_t *mtime_ns)
{
	struct stat st;

	if (lstat(path, &st) != 0)
		return -1;
	*size = S_ISREG(st.st_mode) ? (int64_t)st.st_size : -1;
	*mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
	return 0;
}

static const char *
photo_kind(mode_t m)
{
	if (S_ISDIR(m))
		return _("a directory");
	if (S_ISFIFO(m))
		return _("a named pipe (FIFO)");
	if (S_ISCHR(m) || S_ISBLK(m))
		return _("a device");
	if (S_ISSOCK(m))
		return _("a socket");
	return _("not a regular file");
}

/* 1 when path, after resolving links, is inside root. */
static int
photo_inside(const char *path, const char *root, char **target)
{
	char *rp = realpath(path, NULL), *rr = realpath(root, NULL);
	int inside = 0;

	*target = rp;
	if (rp != NULL && rr != NULL) {
		size_t n = strlen(rr);

		inside = strncmp(rp, rr, n) == 0 && (rp[n] == '/' || strcmp(rr, "/") == 0);
	}
	free(rr);
	return inside;
}

/*
 * Reads the file into *bufp.  Returns 1 when read, 0 when the file was
 * flagged instead (not a regular file, a link out of the folder, empty, too
 * large, changed while read), -1 when it cannot be opened.
 */
static int
photo_read(const struct profile *p, const char *path, const char *root,
    struct photo_result *r, unsigned char **bufp, size_t *lenp)
{
	struct stat st, st2;
	unsigned char *buf = NULL;
	size_t len = 0, cap;
	char *target = NULL;
	ssize_t n;
	int fd, flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC, rc = 0;

	if (lstat(path, &st) != 0)
		goto io;
	r->mtime_ns = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
	r->size = -1;
	if (S_ISLNK(st.st_mode)) {
		if (root != NULL && !photo_inside(path, root, &target)) {
			if (target != NULL)
				flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG,
				    _("symbolic link to %s, outside the folder; refused"), target);
			else
				flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG,
				    _("symbolic link to a file that does not exist"));
			free(target);
			return 0;
		}
		free(target);
		if (stat(path, &st) != 0)
			goto io;
	} else
		flags |= O_NOFOLLOW;
	if (!S_ISREG(st.st_mode)) {
		flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG, _("not a photo but %s"),
		    photo_kind(st.st_mode));
		return 0;
	}
	if ((fd = open(path, flags)) < 0)
		goto io;
	if (fstat(fd, &st2) != 0 || !S_ISREG(st2.st_mode) || st2.st_ino != st.st_ino ||
	    st2.st_dev != st.st_dev) {
		close(fd);
		flag_list_add(&r->flags, FLAG_PHOTO_CORRUPT,
		    _("the file changed while it was being read; check it again when the copy "
		    "is complete"));
		return 0;
	}
	r->size = (int64_t)st2.st_size;
	if (st2.st_size == 0) {
		close(fd);
		flag_list_add(&r->flags, FLAG_PHOTO_NOT_JPEG, _("empty file (0 bytes)"));
		flag_list_add(&r->flags, FLAG_PHOTO_TOO_SMALL,
		    _("0 bytes, must be more than %d KB (1 KB = %d bytes)"), p->min_kb, p->kb);
		return 0;
	}
	if (st2.st_size > profile_bytes(p, p->max_kb)) {
		close(fd);
		flag_list_add(&r->flags, FLAG_PHOTO_FILESIZE,
		    _("%lld bytes, larger than any photo (more than %d KB); not read"),
		    (long long)st2.st_size, p->max_kb);
		return 0;
	}
	/* one byte more than expected, to notice a file that grows */
	cap = (size_t)st2.st_size + 1;
	buf = xmalloc(cap);
	while (len < cap && (n = read(fd, buf + len, cap - len)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			free(buf);
			goto io;
		}
		len += (size_t)n;
	}
	if (fstat(fd, &st) != 0 || len != (size_t)st2.st_size ||
	    st.st_size != st2.st_size || st.st_mtim.tv_sec != st2.st_mtim.tv_sec ||
	    st.st_mtim.tv_nsec != st2.st_mtim.tv_nsec) {
		flag_list_add(&r->flags, FLAG_PHOTO_CORRUPT,
		    _("the file changed while it was being read; check it again when the copy "
		    "is complete"));
		free(buf);
		buf = NULL;
		len = 0;
	} else
		rc = 1;
	close(fd);
	*bufp = buf;
	*lenp = len;
	return rc;
io:
	r->io_error = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
	return -1;
}

int
photo_check_file(const struct profile *p, const char *path, const char *root,
    struct photo_result *r)
{
	const char *slash;
	unsigned char *buf = NULL;
	size_t len = 0;
	int rc;

	memset(r, 0, sizeof *r);
	r->path = xstrdup(path);
	slash = strrchr(r->path, '/');
	r->name = slash != NULL ? slash + 1 : r->path;
	photo_check_name(r->name, r);
	rc = photo_read(p, path, root, r, &buf, &len);
	if (rc == 1)
		photo_check_buffer(p, buf, len, r);
	free(buf);
	return rc < 0 ? -1 : 0;
}
