/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "roster/normalise.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

/* Length of a space at p to trim: ASCII space/tab, U+00A0, U+3000; else 0. */
static size_t
normalise_space(const unsigned char *p, size_t left)
{
	if (left >= 1 && (p[0] == ' ' || p[0] == '\t' || p[0] == '\r' || p[0] == '\n'))
		return 1;
	if (left >= 2 && p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (left >= 3 && p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80)
		return 3;
	return 0;
}

/* Length of the trailing space ending at p + len, or 0. */
static size_t
normalise_space_back(const unsigned char *p, size_t len)
{
	if (len >= 1 && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r' ||
	    p[len - 1] == '\n'))
		return 1;
	if (len >= 2 && p[len - 2] == 0xc2 && p[len - 1] == 0xa0)
		return 2;
	if (len >= 3 && p[len - 3] == 0xe3 && p[len - 2] == 0x80 && p[len - 1] == 0x80)
		return 3;
	return 0;
}

char *
normalise_text(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), n;
	struct strbuf sb = STRBUF_INIT;

	while ((n = normalise_space(p, len)) != 0) {
		p += n;
		len -= n;
	}
	while ((n = normalise_space_back(p, len)) != 0)
		len -= n;
	for (size_t i = 0; i < len; i++) {
		/* U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A are EF BC 90.. / EF BD 81.. */
		if (i + 2 < len && p[i] == 0xef && (p[i + 1] == 0xbc || p[i + 1] == 0xbd)) {
			unsigned int cp = 0xff00 + ((p[i + 1] & 0x03) << 6) + (p[i + 2] & 0x3f);

			if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) ||
			    (cp >= 0xff41 && cp <= 0xff5a)) {
				strbuf_putc(&sb, (char)(cp - 0xff00 + 0x20));
				i += 2;
				continue;
			}
		}
		strbuf_putc(&sb, (char)p[i]);
	}
	if (sb.s == NULL)
		return xstrdup("");
	return strbuf_detach(&sb);
}

const char *
normalise_gender(const char *s)
{
	static const char *const male[] = { "男", "M", "male", "1", "男性", NULL };
	static const char *const female[] = { "女", "F", "female", "2", "女性", NULL };

	for (int i = 0; male[i] != NULL; i++)
		if (strcasecmp(s, male[i]) == 0)
			return "男";
	for (int i = 0; female[i] != NULL; i++)
		if (strcasecmp(s, female[i]) == 0)
			return "女";
	return NULL;
}

void
normalise_id(char *s)
{
	size_t n = strlen(s);

	if (n > 0 && s[n - 1] == 'x')
		s[n - 1] = 'X';
}
