/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "util/text.h"
#include "util/xalloc.h"

static int env_utf8 = 0;

void
text_init(void)
{
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	env_utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	/* Data is UTF-8 whatever the terminal says; widths need a UTF-8 ctype. */
	if (!env_utf8 && setlocale(LC_CTYPE, "C.UTF-8") == NULL)
		setlocale(LC_CTYPE, "en_US.UTF-8");
}

int
text_locale_is_utf8(void)
{
	return env_utf8;
}

/* Decodes one UTF-8 character; returns its length, 0 at the end, -1 if invalid. */
static int
text_decode(const char *s, wchar_t *wc)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned int c;
	int n;

	if (p[0] == 0)
		return 0;
	if (p[0] < 0x80) {
		*wc = p[0];
		return 1;
	}
	if ((p[0] & 0xe0) == 0xc0) {
		c = p[0] & 0x1f;
		n = 2;
	} else if ((p[0] & 0xf0) == 0xe0) {
		c = p[0] & 0x0f;
		n = 3;
	} else if ((p[0] & 0xf8) == 0xf0) {
		c = p[0] & 0x07;
		n = 4;
	} else
		return -1;
	for (int i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return -1;
		c = (c << 6) | (p[i] & 0x3f);
	}
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return -1;
	*wc = (wchar_t)c;
	return n;
}

int
text_valid_utf8(const char *s, size_t len)
{
	size_t i = 0;
	wchar_t wc;
	char buf[5];

	while (i < len) {
		size_t k = len - i < 4 ? len - i : 4;
		int n;

		memcpy(buf, s + i, k);
		buf[k] = '\0';
		if (buf[0] == '\0')
			return 0;	/* NUL is not text */
		n = text_decode(buf, &wc);
		if (n <= 0)
			return 0;
		i += (size_t)n;
	}
	return 1;
}

static int
text_unsafe(wchar_t wc)
{
	return wc < 0x20 || wc == 0x7f || (wc >= 0x80 && wc < 0xa0) ||
	    (wc >= 0x202a && wc <= 0x202e) || (wc >= 0x2066 && wc <= 0x2069) ||
	    wc == 0x200e || wc == 0x200f || wc == 0x061c;
}

/* Width of one character as shown after sanitising. */
static int
text_wcwidth(wchar_t wc)
{
	int w;

	if (text_unsafe(wc))
		return 1;
	w = wcwidth(wc);
	return w < 0 ? 1 : w;
}

int
text_width(const char *s)
{
	int width = 0, n;
	wchar_t wc;

	while ((n = text_decode(s, &wc)) != 0) {
		if (n < 0) {
			width++;
			s++;
			continue;
		}
		width += text_wcwidth(wc);
		s += n;
	}
	return width;
}

/* Appends one character, replaced when unsafe to show. */
static void
text_put_safe(struct strbuf *sb, const char *s, int n, wchar_t wc)
{
	if (n < 0 || text_unsafe(wc))
		strbuf_putc(sb, '?');
	else
		strbuf_add(sb, s, (size_t)n);
}

char *
text_sanitize(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	wchar_t wc = 0;
	int n;

	while ((n = text_decode(s, &wc)) != 0) {
		text_put_safe(&sb, s, n, wc);
		s += n < 0 ? 1 : n;
	}
	return strbuf_detach(&sb);
}

void
text_pad(struct strbuf *sb, const char *s, int width, int right, int ellipsis)
{
	struct strbuf cut = STRBUF_INIT;
	int used = 0, total = text_width(s), limit = width, n;
	wchar_t wc = 0;

	if (total > width && ellipsis && width > 0)
		limit = width - 1;
	while ((n = text_decode(s, &wc)) != 0) {
		int w = n < 0 ? 1 : text_wcwidth(wc);

		if (used + w > limit)
			break;
		text_put_safe(&cut, s, n, wc);
		used += w;
		s += n < 0 ? 1 : n;
	}
	if (total > width && ellipsis && width > 0) {
		strbuf_puts(&cut, "\xe2\x80\xa6");	/* … is one column */
		used++;
	}
	if (right)
		for (int i = used; i < width; i++)
			strbuf_putc(sb, ' ');
	strbuf_add(sb, strbuf_str(&cut), cut.len);
	if (!right)
		for (int i = used; i < width; i++)
			strbuf_putc(sb, ' ');
	strbuf_free(&cut);
}
