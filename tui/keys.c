/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "util/i18n.h"
#include "tui/keys.h"
#include "tui/tcurses.h"

const struct key_entry key_table[] = {
#define KEY(a, name, keys, help, bar) { KA_##a, name, keys, help, bar },
#include "tui/keys.def"
#undef KEY
	{ KA_NONE, NULL, NULL, NULL, NULL }
};

/* The bindings, as parsed from the table. */
struct keys_binding {
	int		 is_code;
	wint_t		 ch;
	enum key_action	 action;
};
static struct keys_binding keys_bindings[128];
static size_t keys_nbindings;

static const struct {
	const char	*name;
	int		 code;		/* KEY_* */
	wint_t		 ch;		/* or a character */
} keys_named[] = {
	{ "Up", KEY_UP, 0 }, { "Down", KEY_DOWN, 0 }, { "Left", KEY_LEFT, 0 },
	{ "Right", KEY_RIGHT, 0 }, { "PgUp", KEY_PPAGE, 0 }, { "PgDn", KEY_NPAGE, 0 },
	{ "Home", KEY_HOME, 0 }, { "End", KEY_END, 0 }, { "Backspace", KEY_BACKSPACE, 0 },
	{ "Del", KEY_DC, 0 },
	{ "Enter", 0, L'\n' }, { "Esc", 0, 27 }, { "Space", 0, L' ' }, { "Tab", 0, L'\t' },
};

int
keys_parse(const char *s, size_t len, int *is_code, wint_t *ch)
{
	wchar_t wc;
	int n;

	for (size_t i = 0; i < sizeof keys_named / sizeof keys_named[0]; i++)
		if (strlen(keys_named[i].name) == len &&
		    strncmp(keys_named[i].name, s, len) == 0) {
			*is_code = keys_named[i].code != 0;
			*ch = *is_code ? (wint_t)keys_named[i].code : keys_named[i].ch;
			return (int)len;
		}
	if (len >= 2 && len <= 3 && s[0] == 'F' && s[1] >= '1' && s[1] <= '9') {
		int f = atoi(s + 1);

		if (f >= 1 && f <= 12 && (len == 2 || (s[2] >= '0' && s[2] <= '9'))) {
			*is_code = 1;
			*ch = (wint_t)KEY_F(f);
			return (int)len;
		}
	}
	if (len == 3 && s[0] == 'C' && s[1] == '-' && s[2] >= 'a' && s[2] <= 'z') {
		*is_code = 0;
		*ch = (wint_t)(s[2] & 0x1f);
		return 3;
	}
	n = mbtowc(&wc, s, len);
	if (n > 0 && (size_t)n == len) {
		*is_code = 0;
		*ch = (wint_t)wc;
		return n;
	}
	return 0;
}

static void
keys_bind(int is_code, wint_t ch, enum key_action a)
{
	if (keys_nbindings < sizeof keys_bindings / sizeof keys_bindings[0])
		keys_bindings[keys_nbindings++] = (struct keys_binding){ is_code, ch, a };
}

void
keys_init(void)
{
	keys_nbindings = 0;
	for (const struct key_entry *e = key_table; e->action != KA_NONE; e++) {
		const char *p = e->keys;

		while (*p != '\0') {
			size_t len = strcspn(p, " ");
			int is_code;
			wint_t ch;

			if (keys_parse(p, len, &is_code, &ch) > 0)
				keys_bind(is_code, ch, e->action);
			p += len;
			p += strspn(p, " ");
		}
	}
	/* what terminals send for the same keys */
	keys_bind(0, L'\r', KA_ENTER);
	keys_bind(1, KEY_ENTER, KA_ENTER);
	keys_bind(0, 127, KA_ERASE);
	keys_bind(0, 8, KA_ERASE);
}

enum key_action
keys_action(int is_code, wint_t ch)
{
	for (size_t i = 0; i < keys_nbindings; i++)
		if (keys_bindings[i].is_code == is_code && keys_bindings[i].ch == ch)
			return keys_bindings[i].action;
	return KA_NONE;
}

const struct key_entry *
keys_entry(enum key_action a)
{
	for (const struct key_entry *e = key_table; e->action != KA_NONE; e++)
		if (e->action == a)
			return e;
	return NULL;
}

const char *
keys_fkey(enum key_action a, char *buf, size_t size)
{
	const struct key_entry *e = keys_entry(a);
	const char *p;

	if (e == NULL)
		return NULL;
	for (p = e->keys; *p != '\0'; p += strspn(p, " ")) {
		size_t len = strcspn(p, " ");

		if (p[0] == 'F' && len >= 2 && len < size && p[1] >= '0' && p[1] <= '9') {
			memcpy(buf, p, len);
			buf[len] = '\0';
			return buf;
		}
		p += len;
	}
	return NULL;
}

void
keys_list(FILE *f)
{
	fputs("name\tkeys\thelp\n", f);
	for (const struct key_entry *e = key_table; e->action != KA_NONE; e++)
		fprintf(f, "%s\t%s\t%s\n", e->name, e->keys, e->help);
}

int
keys_move(const struct tui_key *k, int *pos, int last, int page)
{
	switch (k->action) {
	case KA_UP: if (*pos > 0) (*pos)--; return 1;
	case KA_DOWN: if (*pos < last) (*pos)++; return 1;
	case KA_PAGE_UP: *pos = *pos > page ? *pos - page : 0; return 1;
	case KA_PAGE_DOWN: *pos = *pos + page < last ? *pos + page : last; return 1;
	case KA_HOME: *pos = 0; return 1;
	case KA_END: *pos = last; return 1;
	default: return 0;
	}
}
