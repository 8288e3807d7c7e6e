/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/fsmode.h"
#include "util/i18n.h"
#include "util/xalloc.h"

static mode_t fsmode = 0600;

mode_t
fsmode_file(void)
{
	return fsmode;
}

void
fsmode_share(void)
{
	fsmode = 0660;
	/* files made by libraries (SQLite's, the C library's) follow suit */
	umask(007);
}

void
fsmode_follow(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) == 0 && (sb.st_mode & 0060) == 0060)
		fsmode_share();
}

int
fsmode_set_group(const char *path, const char *group, char **cause)
{
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	struct group *gr = getgrnam(group);

	if (gr == NULL) {
		*cause = xasprintf(_("there is no group \"%s\" on this system"), group);
		return -1;
	}
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
		char *p = xasprintf("%s%s", path, suffixes[i]);

		if (i > 0 && access(p, F_OK) != 0) {
			free(p);
			continue;
		}
		if (chown(p, (uid_t)-1, gr->gr_gid) != 0 || chmod(p, 0660) != 0) {
			*cause = xasprintf(_("cannot give %s to group %s: %s"), p, group, strerror(errno));
			free(p);
			return -1;
		}
		free(p);
	}
	fsmode_share();
	return 0;
}

int
fsmode_mkdirs(const char *path, char **cause)
{
	char *dir = xstrdup(path);
	int rc = 0;

	for (char *p = dir + 1; *p != '\0' && rc == 0; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			*cause = xasprintf(_("cannot create %s: %s"), dir, strerror(errno));
			rc = -1;
		}
		*p = '/';
	}
	free(dir);
	return rc;
}
