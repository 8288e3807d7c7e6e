/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util/i18n.h"
#include "util/print.h"
#include "util/xalloc.h"

/* 1 when name is an executable file in a directory of $PATH. */
static int
print_on_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *end;
	struct stat sb;
	int found = 0;

	if (path == NULL || *path == '\0')
		path = "/usr/bin:/bin";
	for (p = path; !found; p = end + 1) {
		char *file;

		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		file = xasprintf("%.*s/%s", end == p ? 1 : (int)(end - p),
		    end == p ? "." : p, name);
		found = stat(file, &sb) == 0 && S_ISREG(sb.st_mode) && access(file, X_OK) == 0;
		free(file);
		if (*end == '\0')
			break;
	}
	return found;
}

const char *
print_spooler(void)
{
	if (print_on_path("lp"))
		return "lp";
	if (print_on_path("lpr"))
		return "lpr";
	return NULL;
}

/* Writes everything to fd; -1 on a write error (errno set). */
static int
print_write_all(int fd, const char *s, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, s, len);

		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += n;
		len -= (size_t)n;
	}
	return 0;
}

int
print_text(const char *printer, const char *title, const char *text, size_t len,
    char **cause)
{
	const char *spooler = print_spooler(), *argv[8];
	struct sigaction ign, old;
	int fds[2], status, argc = 0, werr = 0, saved;
	pid_t pid;

	if (spooler == NULL) {
		*cause = xstrdup(_("neither lp nor lpr is installed, so nothing can be printed "
		    "from here; save the report with --out FILE and print that file "
		    "from another computer"));
		return -1;
	}
	argv[argc++] = spooler;
	if (strcmp(spooler, "lp") == 0) {
		if (printer != NULL) {
			argv[argc++] = "-d";
			argv[argc++] = printer;
		}
		if (title != NULL) {
			argv[argc++] = "-t";
			argv[argc++] = title;
		}
	} else {
		if (printer != NULL) {
			argv[argc++] = "-P";
			argv[argc++] = printer;
		}
		if (title != NULL) {
			argv[argc++] = "-J";
			argv[argc++] = title;
		}
	}
	argv[argc] = NULL;

	if (pipe(fds) != 0) {
		*cause = xasprintf(_("cannot start %s: %s"), spooler, strerror(errno));
		return -1;
	}
	pid = fork();
	if (pid < 0) {
		*cause = xasprintf(_("cannot start %s: %s"), spooler, strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[1]);
		if (fds[0] != STDIN_FILENO) {
			dup2(fds[0], STDIN_FILENO);
			close(fds[0]);
		}
		execvp(spooler, (char *const *)argv);
		_exit(127);
	}
	close(fds[0]);
	/* a spooler that exits early must not kill us with SIGPIPE */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	if (print_write_all(fds[1], text, len) != 0)
		werr = errno;
	close(fds[1]);
	sigaction(SIGPIPE, &old, NULL);
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			saved = errno;
			*cause = xasprintf(_("cannot wait for %s: %s"), spooler, strerror(saved));
			return -1;
		}
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		*cause = xasprintf(_("cannot run %s"), spooler);
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*cause = xasprintf(_("%s did not accept the job (status %d); check the printer "
		    "name with lpstat -p, or save with --out FILE"), spooler,
		    WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
		return -1;
	}
	if (werr != 0) {
		*cause = xasprintf(_("cannot send the text to %s: %s"), spooler, strerror(werr));
		return -1;
	}
	return 0;
}
