/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/i18n.h"
#include "util/fsmode.h"
#include "util/out.h"
#include "util/xalloc.h"

struct out_csv {
	FILE			*f;
	enum out_encoding	 enc;
	int			 neutralise;
	int			 first;		/* no cell yet on this row */
	iconv_t			 cd;
	int			 failed;
	struct strbuf		 buf;
};

int
out_encoding_lookup(const char *s)
{
	if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		return OUT_UTF8;
	if (strcasecmp(s, "utf-8-bom") == 0 || strcasecmp(s, "utf8-bom") == 0)
		return OUT_UTF8_BOM;
	if (strcasecmp(s, "gb18030") == 0 || strcasecmp(s, "gbk") == 0)
		return OUT_GB18030;
	return -1;
}

char *
out_neutralise(const char *v)
{
	if (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' ||
	    v[0] == '\r')
		return xasprintf("'%s", v);
	return xstrdup(v);
}

struct out_csv *
out_csv_new(FILE *f, enum out_encoding enc, int neutralise)
{
	struct out_csv *w = xcalloc(1, sizeof *w);

	w->f = f;
	w->enc = enc;
	w->neutralise = neutralise;
	w->first = 1;
	w->cd = (iconv_t)-1;
	if (enc == OUT_GB18030) {
		w->cd = iconv_open("GB18030", "UTF-8");
		if (w->cd == (iconv_t)-1)
			w->failed = 1;
	}
	if (enc == OUT_UTF8_BOM)
		fputs("\xef\xbb\xbf", f);
	return w;
}

/* Writes s in the writer's encoding. */
static void
out_csv_put(struct out_csv *w, const char *s, size_t len)
{
	char out[1024], *in = (char *)s, *op;
	size_t inleft = len, outleft;

	if (w->enc != OUT_GB18030) {
		fwrite(s, 1, len, w->f);
		return;
	}
	if (w->cd == (iconv_t)-1)
		return;
	while (inleft > 0) {
		op = out;
		outleft = sizeof out;
		if (iconv(w->cd, &in, &inleft, &op, &outleft) == (size_t)-1 && errno != E2BIG) {
			/* not valid UTF-8: write a replacement and go on */
			w->failed = 1;
			fwrite(out, 1, (size_t)(op - out), w->f);
			fputc('?', w->f);
			in++;
			inleft--;
			continue;
		}
		fwrite(out, 1, (size_t)(op - out), w->f);
	}
}

static void
out_csv_write(struct out_csv *w, const char *value, int neutralise)
{
	char *v = neutralise ? out_neutralise(value) : xstrdup(value);
	int quote = strpbrk(v, ",\"\r\n") != NULL;

	if (!w->first)
		fputc(',', w->f);
	w->first = 0;
	strbuf_reset(&w->buf);
	if (quote)
		strbuf_putc(&w->buf, '"');
	for (const char *p = v; *p != '\0'; p++) {
		if (*p == '"')
			strbuf_putc(&w->buf, '"');
		strbuf_putc(&w->buf, *p);
	}
	if (quote)
		strbuf_putc(&w->buf, '"');
	out_csv_put(w, strbuf_str(&w->buf), w->buf.len);
	free(v);
}

void
out_csv_cell(struct out_csv *w, const char *value)
{
	out_csv_write(w, value != NULL ? value : "", w->neutralise);
}

void
out_csv_number(struct out_csv *w, const char *value)
{
	out_csv_write(w, value != NULL ? value : "", 0);
}

void
out_csv_end_row(struct out_csv *w)
{
	fputs("\r\n", w->f);	/* RFC 4180, and what Excel writes */
	w->first = 1;
}

int
out_csv_free(struct out_csv **wp, char **cause)
{
	struct out_csv *w = *wp;
	int rc = 0;

	if (w == NULL)
		return 0;
	if (w->cd != (iconv_t)-1)
		iconv_close(w->cd);
	if (w->enc == OUT_GB18030 && w->cd == (iconv_t)-1) {
		*cause = xstrdup(_("this system cannot convert to GB18030"));
		rc = -1;
	} else if (fflush(w->f) != 0 || ferror(w->f)) {
		*cause = xasprintf(_("cannot write CSV: %s"), strerror(errno));
		rc = -1;
	}
	strbuf_free(&w->buf);
	free(w);
	*wp = NULL;
	return rc;
}

void
out_tsv_cell(FILE *f, const char *value, int last)
{
	for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
		fputc(*p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p, f);
	fputc(last ? '\n' : '\t', f);
}

void
out_json_string(struct strbuf *sb, const char *value)
{
	strbuf_putc(sb, '"');
	for (const unsigned char *p = (const unsigned char *)(value != NULL ? value : "");
	    *p != '\0'; p++) {
		switch (*p) {
		case '"': strbuf_puts(sb, "\\\""); break;
		case '\\': strbuf_puts(sb, "\\\\"); break;
		case '\n': strbuf_puts(sb, "\\n"); break;
		case '\r': strbuf_puts(sb, "\\r"); break;
		case '\t': strbuf_puts(sb, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				strbuf_printf(sb, "\\u%04x", *p);
			else
				strbuf_putc(sb, (char)*p);
		}
	}
	strbuf_putc(sb, '"');
}

struct out_atomic *
out_atomic_open(const char *path, char **cause)
{
	struct out_atomic *a = xcalloc(1, sizeof *a);
	char *copy = xstrdup(path), *base;
	int fd;

	base = basename(copy);
	a->path = xstrdup(path);
	/* a dot name in the same directory, so the rename is atomic */
	a->tmp = xasprintf("%.*s.%s.tmp-XXXXXX", (int)(strlen(path) - strlen(base)), path, base);
	free(copy);
	fd = mkstemp(a->tmp);
	if (fd < 0) {
		*cause = xasprintf(_("cannot create a file beside %s: %s"), path, strerror(errno));
		free(a->tmp);
		a->tmp = NULL;
		out_atomic_abort(&a);
		return NULL;
	}
	fchmod(fd, fsmode_file());
	if ((a->f = fdopen(fd, "w")) == NULL) {
		close(fd);
		*cause = xasprintf(_("cannot write %s: %s"), a->tmp, strerror(errno));
		out_atomic_abort(&a);
		return NULL;
	}
	return a;
}

int
out_atomic_commit(struct out_atomic **ap, char **cause)
{
	struct out_atomic *a = *ap;

	if (fflush(a->f) != 0 || ferror(a->f) || fsync(fileno(a->f)) != 0) {
		*cause = xasprintf(_("cannot write %s: %s"), a->path, strerror(errno));
		out_atomic_abort(ap);
		return -1;
	}
	if (fclose(a->f) != 0) {
		a->f = NULL;
		*cause = xasprintf(_("cannot write %s: %s"), a->path, strerror(errno));
		out_atomic_abort(ap);
		return -1;
	}
	a->f = NULL;
	if (rename(a->tmp, a->path) != 0) {
		*cause = xasprintf(_("cannot rename %s to %s: %s"), a->tmp, a->path, strerror(errno));
		out_atomic_abort(ap);
		return -1;
	}
	free(a->tmp);
	a->tmp = NULL;
	out_atomic_abort(ap);	/* frees what is left */
	return 0;
}

void
out_atomic_abort(struct out_atomic **ap)
{
	struct out_atomic *a = *ap;

	if (a == NULL)
		return;
	if (a->f != NULL)
		fclose(a->f);
	if (a->tmp != NULL)
		unlink(a->tmp);
	free(a->tmp);
	free(a->path);
	free(a);
	*ap = NULL;
}
