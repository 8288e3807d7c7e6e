/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/datafile.h"
#include "util/i18n.h"
#include "util/xalloc.h"

struct datafile {
	FILE	*f;
	char	*path;
	int	 line;
	size_t	 ncols;
	char	*buf;
	size_t	 bufsize;
	char	**fields;
};

/* Reads the next line that is not blank or a comment; NULL at the end. */
static char *
datafile_line_next(struct datafile *df)
{
	ssize_t n;

	while ((n = getline(&df->buf, &df->bufsize, df->f)) >= 0) {
		df->line++;
		while (n > 0 && (df->buf[n - 1] == '\n' || df->buf[n - 1] == '\r'))
			df->buf[--n] = '\0';
		if (n == 0 || df->buf[0] == '#')
			continue;
		return df->buf;
	}
	return NULL;
}

/* Splits line at tabs into df->fields; returns the number of fields. */
static size_t
datafile_split(struct datafile *df, char *line, size_t max)
{
	size_t n = 0;

	for (;;) {
		char *tab = strchr(line, '\t');

		if (n < max)
			df->fields[n] = line;
		n++;
		if (tab == NULL)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	return n;
}

struct datafile *
datafile_open(const char *path, const char *const *columns, char **cause)
{
	struct datafile *df = xcalloc(1, sizeof *df);
	char *line;
	size_t n;

	df->path = xstrdup(path);
	while (columns[df->ncols] != NULL)
		df->ncols++;
	df->fields = xcalloc(df->ncols, sizeof *df->fields);
	if ((df->f = fopen(path, "r")) == NULL) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		datafile_free(&df);
		return NULL;
	}
	if ((line = datafile_line_next(df)) == NULL) {
		*cause = xasprintf(_("%s: the file has no header line"), path);
		datafile_free(&df);
		return NULL;
	}
	n = datafile_split(df, line, df->ncols);
	for (size_t i = 0; i < df->ncols && i < n; i++) {
		if (strcmp(df->fields[i], columns[i]) != 0) {
			n = 0;
			break;
		}
	}
	if (n != df->ncols) {
		*cause = xasprintf(_("%s:%d: the header must name the columns %s and the rest,"
		    " separated by tabs"), path, df->line, columns[0]);
		datafile_free(&df);
		return NULL;
	}
	return df;
}

int
datafile_next(struct datafile *df, char ***fields, char **cause)
{
	char *line = datafile_line_next(df);
	size_t n;

	if (line == NULL) {
		if (ferror(df->f)) {
			*cause = xasprintf(_("cannot read %s: %s"), df->path, strerror(errno));
			return -1;
		}
		return 0;
	}
	n = datafile_split(df, line, df->ncols);
	if (n != df->ncols) {
		*cause = xasprintf(_("%s:%d: expected %zu tab-separated fields, found %zu"),
		    df->path, df->line, df->ncols, n);
		return -1;
	}
	*fields = df->fields;
	return 1;
}

int
datafile_line(const struct datafile *df)
{
	return df->line;
}

void
datafile_free(struct datafile **dfp)
{
	struct datafile *df = *dfp;

	if (df == NULL)
		return;
	if (df->f != NULL)
		fclose(df->f);
	free(df->buf);
	free(df->fields);
	free(df->path);
	free(df);
	*dfp = NULL;
}
