/* SPDX-License-Identifier: MIT */
/*
 * Streaming CSV reader: encoding detection, decoding to UTF-8 and libcsv.
 * Files are read in CSVREAD_CHUNK-byte pieces; nothing holds a whole file.
 */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "roster/csvread.h"
#include "util/i18n.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#define CSVREAD_CHUNK		65536
#define CSVREAD_MAX_FIELD	(1024 * 1024)	/* longer is a quote never closed */
#define CSVREAD_MAX_FIELDS	1024

int
csvread_encoding_parse(const char *s)
{
	if (strcasecmp(s, "auto") == 0)
		return CSVREAD_AUTO;
	if (strcasecmp(s, "utf-8") == 0 || strcasecmp(s, "utf8") == 0)
		return CSVREAD_UTF8;
	if (strcasecmp(s, "gb18030") == 0 || strcasecmp(s, "gbk") == 0 ||
	    strcasecmp(s, "gb2312") == 0)
		return CSVREAD_GB18030;
	return -1;
}

const char *
csvread_encoding_name(enum csvread_encoding e, int bom)
{
	switch (e) {
	case CSVREAD_UTF8:
		return bom ? "UTF-8 (BOM)" : "UTF-8";
	case CSVREAD_GB18030:
		return "GB18030";
	default:
		return "auto";
	}
}

long
csvread_utf8_feed(struct csvread_utf8 *u, const unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char b = p[i];

		if (u->need > 0) {
			if (b < u->lo || b > u->hi)
				return (long)i;
			u->need--;
			u->lo = 0x80;
			u->hi = 0xbf;
			continue;
		}
		if (b < 0x80)
			continue;
		u->lo = 0x80;
		u->hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf)
			u->need = 1;
		else if (b == 0xe0) {
			u->need = 2;
			u->lo = 0xa0;
		} else if ((b >= 0xe1 && b <= 0xec) || b == 0xee || b == 0xef)
			u->need = 2;
		else if (b == 0xed) {
			u->need = 2;
			u->hi = 0x9f;
		} else if (b == 0xf0) {
			u->need = 3;
			u->lo = 0x90;
		} else if (b >= 0xf1 && b <= 0xf3)
			u->need = 3;
		else if (b == 0xf4) {
			u->need = 3;
			u->hi = 0x8f;
		} else
			return (long)i;
	}
	return -1;
}

int
csvread_utf8_end(const struct csvread_utf8 *u)
{
	return u->need == 0 ? 0 : -1;
}

enum csvread_encoding
csvread_detect(const unsigned char *buf, size_t len, int *bom)
{
	struct csvread_utf8 u = { 0, 0, 0 };

	*bom = len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0;
	if (*bom)
		return CSVREAD_UTF8;
	if (csvread_utf8_feed(&u, buf, len) < 0 && csvread_utf8_end(&u) == 0)
		return CSVREAD_UTF8;
	return CSVREAD_GB18030;
}

const char *
csvread_sniff(const unsigned char *h, size_t len)
{
	if (len >= 4 && memcmp(h, "PK\003\004", 4) == 0)
		return N_("this is an Excel/WPS workbook (.xlsx) or another zip file, not CSV;"
		    " open it and save it as CSV");
	if (len >= 8 && memcmp(h, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) == 0)
		return N_("this is an old Excel workbook (.xls), not CSV; open it and save it as CSV");
	if (len >= 2 && (memcmp(h, "\xff\xfe", 2) == 0 || memcmp(h, "\xfe\xff", 2) == 0))
		return N_("this is UTF-16 text (Excel's \"Unicode text\"), not CSV;"
		    " save it as \"CSV UTF-8\" instead");
	if (len >= 5 && memcmp(h, "%PDF-", 5) == 0)
		return N_("this is a PDF document, not CSV");
	return NULL;
}

struct csvread {
	const char		*path;
	FILE			*f;
	struct csv_parser	 p;
	csvread_cb		 cb;
	void			*arg;
	int			 line;		/* line being fed to libcsv */
	int			 row_line;	/* line the current row started on, 0 none */
	struct strbuf		*fields;
	char			**v;
	size_t			 n, cap;
	int			 too_many;
	char			*cause;		/* the first failure, stops the reading */
};

static void
csvread_field(void *s, size_t len, void *data)
{
	struct csvread *r = data;

	if (r->cause != NULL)
		return;
	if (r->n == CSVREAD_MAX_FIELDS) {
		r->too_many = 1;
		return;
	}
	if (r->n == r->cap) {
		size_t cap = r->cap == 0 ? 16 : r->cap * 2;

		r->fields = xreallocarray(r->fields, cap, sizeof *r->fields);
		r->v = xreallocarray(r->v, cap, sizeof *r->v);
		for (size_t i = r->cap; i < cap; i++)
			r->fields[i] = (struct strbuf)STRBUF_INIT;
		r->cap = cap;
	}
	strbuf_reset(&r->fields[r->n]);
	strbuf_add(&r->fields[r->n], s != NULL ? s : "", s != NULL ? len : 0);
	r->n++;
}

static void
csvread_endrow(int c, void *data)
{
	struct csvread *r = data;
	struct csvread_row row;
	int empty = 1;

	(void)c;
	row.line = r->row_line != 0 ? r->row_line : r->line;
	r->row_line = 0;
	if (r->cause != NULL) {
		r->n = 0;
		return;
	}
	if (r->too_many) {
		r->cause = xasprintf(_("%s:%d: more than %d columns; this is not a roster"),
		    r->path, row.line, CSVREAD_MAX_FIELDS);
		return;
	}
	for (size_t i = 0; i < r->n; i++) {
		r->v[i] = r->fields[i].s != NULL ? r->fields[i].s : (char *)"";
		if (r->fields[i].len != 0)
			empty = 0;
	}
	if (!empty) {
		row.path = r->path;
		row.n = r->n;
		row.v = r->v;
		if (r->cb(r->arg, &row, &r->cause) != 0 && r->cause == NULL)
			r->cause = xstrdup(_("reading stopped"));
	}
	r->n = 0;
}

/* libcsv would trim spaces silently; normalise_text trims and records it. */
static int
csvread_nospace(unsigned char c)
{
	(void)c;
	return 0;
}

/* Feeds decoded UTF-8 to libcsv a line at a time, so rows know their line. */
static int
csvread_feed(struct csvread *r, const char *buf, size_t len)
{
	const char *p = buf, *end = buf + len, *nl, *nul;

	if ((nul = memchr(buf, '\0', len)) != NULL) {
		int line = r->line;

		for (const char *q = buf; q < nul; q++)
			line += *q == '\n';
		r->cause = xasprintf(_("%s:%d: the file contains NUL bytes; it is a binary file,"
		    " not CSV text"), r->path, line);
		return -1;
	}
	while (p < end) {
		size_t n;

		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl != NULL ? (size_t)(nl - p) + 1 : (size_t)(end - p);
		if (csv_parse(&r->p, p, n, csvread_field, csvread_endrow, r) != n &&
		    r->cause == NULL)
			r->cause = xasprintf(_("%s:%d: cannot parse the CSV: %s"), r->path,
			    r->line, csv_strerror(csv_error(&r->p)));
		if (r->cause != NULL)
			return -1;
		if (r->row_line == 0 && r->p.pstate != 0)
			r->row_line = r->line;
		if (r->p.entry_pos > CSVREAD_MAX_FIELD) {
			r->cause = xasprintf(_("%s:%d: a quoted field that starts here runs on for"
			    " more than 1 MB; a closing quote (\") is missing"), r->path,
			    r->row_line != 0 ? r->row_line : r->line);
			return -1;
		}
		if (nl != NULL)
			r->line++;
		p += n;
	}
	return 0;
}

/* Reads the whole file once to tell strict UTF-8 from GB18030. */
static int
csvread_scan(struct csvread *r, enum csvread_encoding *enc, char **cause)
{
	struct csvread_utf8 u = { 0, 0, 0 };
	unsigned char *buf = xmalloc(CSVREAD_CHUNK);
	size_t n;
	int bad = 0;

	while (!bad && (n = fread(buf, 1, CSVREAD_CHUNK, r->f)) > 0)
		bad = csvread_utf8_feed(&u, buf, n) >= 0;
	free(buf);
	if (ferror(r->f)) {
		*cause = xasprintf(_("cannot read %s: %s"), r->path, strerror(errno));
		return -1;
	}
	*enc = bad || csvread_utf8_end(&u) != 0 ? CSVREAD_GB18030 : CSVREAD_UTF8;
	rewind(r->f);
	return 0;
}

static int
csvread_line_of(const struct csvread *r, const char *buf, size_t upto)
{
	int line = r->line;

	for (size_t i = 0; i < upto; i++)
		line += buf[i] == '\n';
	return line;
}

/* UTF-8 input: validated and passed through. */
static int
csvread_utf8(struct csvread *r, int skip_bom, int detected_bom)
{
	struct csvread_utf8 u = { 0, 0, 0 };
	char *buf = xmalloc(CSVREAD_CHUNK);
	size_t n;
	long bad;
	int first = 1, rc = -1;

	while ((n = fread(buf, 1, CSVREAD_CHUNK, r->f)) > 0) {
		char *p = buf;

		if (first && skip_bom && n >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
			p += 3;
			n -= 3;
		}
		first = 0;
		if ((bad = csvread_utf8_feed(&u, (unsigned char *)p, n)) >= 0) {
			r->cause = xasprintf(detected_bom ?
			    _("%s:%d: invalid UTF-8 although the file starts with a UTF-8 mark (BOM);"
			    " save it again as CSV UTF-8, or give --encoding gb18030") :
			    _("%s:%d: invalid UTF-8; give --encoding gb18030 (or auto) if the file"
			    " is GBK/GB18030"), r->path, csvread_line_of(r, p, (size_t)bad));
			goto out;
		}
		if (csvread_feed(r, p, n) != 0)
			goto out;
	}
	if (csvread_utf8_end(&u) != 0) {
		r->cause = xasprintf(_("%s:%d: the file ends in the middle of a UTF-8 character"),
		    r->path, r->line);
		goto out;
	}
	rc = 0;
out:
	free(buf);
	return rc;
}

/* GB18030 input: converted by iconv, a partial character carried over. */
static int
csvread_gb18030(struct csvread *r, int autodetected)
{
	char *in = xmalloc(CSVREAD_CHUNK), *out = xmalloc(CSVREAD_CHUNK * 2);
	size_t have = 0, n;
	iconv_t cd;
	int rc = -1, eof = 0;

	if ((cd = iconv_open("UTF-8", "GB18030")) == (iconv_t)-1) {
		r->cause = xasprintf(_("cannot convert from GB18030: %s"), strerror(errno));
		goto out;
	}
	while (!eof || have > 0) {
		char *ip = in, *op = out;
		size_t il, ol = CSVREAD_CHUNK * 2;

		if (!eof) {
			n = fread(in + have, 1, CSVREAD_CHUNK - have, r->f);
			if (n == 0)
				eof = 1;
			have += n;
		}
		il = have;
		if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 && errno != E2BIG) {
			if (errno == EILSEQ || eof) {
				if (csvread_feed(r, out, (size_t)(op - out)) != 0)
					goto out;
				r->cause = xasprintf(autodetected ?
				    _("%s:%d: the text is neither UTF-8 nor GB18030 (GBK); save it"
				    " as CSV UTF-8") :
				    _("%s:%d: the text is not valid GB18030 (GBK); try --encoding utf-8"),
				    r->path, r->line);
				goto out;
			}
		}
		if (csvread_feed(r, out, (size_t)(op - out)) != 0)
			goto out;
		memmove(in, ip, il);
		if (eof && il == have && il > 0) {
			r->cause = xasprintf(_("%s:%d: the file ends in the middle of a character"),
			    r->path, r->line);
			goto out;
		}
		have = il;
	}
	rc = 0;
out:
	if (cd != (iconv_t)-1)
		iconv_close(cd);
	free(in);
	free(out);
	return rc;
}

int
csvread_file(const char *path, enum csvread_encoding enc, enum csvread_encoding *used,
    int *bomp, csvread_cb cb, void *arg, char **cause)
{
	struct csvread r;
	unsigned char head[8];
	const char *what;
	size_t hn;
	int rc = -1, bom, autodetected = enc == CSVREAD_AUTO;

	memset(&r, 0, sizeof r);
	r.path = path;
	r.cb = cb;
	r.arg = arg;
	r.line = 1;
	if ((r.f = fopen(path, "rb")) == NULL) {
		*cause = xasprintf(_("cannot open %s: %s"), path, strerror(errno));
		return -1;
	}
	hn = fread(head, 1, sizeof head, r.f);
	if (ferror(r.f)) {
		*cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		goto out;
	}
	if (hn == 0) {
		*cause = xasprintf(_("%s is empty: it has no header row and no students"), path);
		goto out;
	}
	if ((what = csvread_sniff(head, hn)) != NULL) {
		*cause = xasprintf("%s: %s", path, _(what));
		goto out;
	}
	bom = hn >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0;
	rewind(r.f);
	if (enc == CSVREAD_AUTO) {
		if (bom)
			enc = CSVREAD_UTF8;
		else if (csvread_scan(&r, &enc, cause) != 0)
			goto out;
	}
	if (used != NULL)
		*used = enc;
	if (bomp != NULL)
		*bomp = bom && enc == CSVREAD_UTF8;
	csv_init(&r.p, CSV_STRICT_FINI | CSV_APPEND_NULL);
	csv_set_space_func(&r.p, csvread_nospace);	/* trimming is normalisation's */
	if (enc == CSVREAD_UTF8)
		rc = csvread_utf8(&r, 1, autodetected && bom);
	else
		rc = csvread_gb18030(&r, autodetected);
	if (rc == 0 && ferror(r.f)) {
		r.cause = xasprintf(_("cannot read %s: %s"), path, strerror(errno));
		rc = -1;
	}
	/* libcsv would hand an unclosed quoted field over as if closed */
	if (rc == 0 && r.p.pstate == 2 && r.p.quoted)
		r.cause = xasprintf(_("%s:%d: a quoted field that starts here is never closed;"
		    " a closing quote (\") is missing"), path,
		    r.row_line != 0 ? r.row_line : r.line);
	else if (rc == 0 && csv_fini(&r.p, csvread_field, csvread_endrow, &r) != 0 &&
	    r.cause == NULL)
		r.cause = xasprintf(_("%s:%d: a quoted field that starts here is never closed;"
		    " a closing quote (\") is missing"), path,
		    r.row_line != 0 ? r.row_line : r.line);
	if (r.cause != NULL)
		rc = -1;
	csv_free(&r.p);
	if (rc != 0)
		*cause = r.cause != NULL ? r.cause : xstrdup(_("cannot read the file"));
out:
	for (size_t i = 0; i < r.cap; i++)
		strbuf_free(&r.fields[i]);
	free(r.fields);
	free(r.v);
	fclose(r.f);
	return rc;
}
