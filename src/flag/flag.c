/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <string.h>

#include "flag/flag.h"
#include "util/i18n.h"

#define ERROR	SEV_ERROR
#define WARNING	SEV_WARNING
static const struct flag_info flag_table[FLAG__COUNT] = {
#define FLAG(code, sev, msg, fix) { #code, sev, msg, fix },
#include "flag/flags.def"
#undef FLAG
};
#undef ERROR
#undef WARNING

const struct flag_info *
flag_info(enum flag_code code)
{
	return &flag_table[code];
}

int
flag_lookup(const char *name)
{
	for (int i = 0; i < FLAG__COUNT; i++)
		if (strcmp(flag_table[i].name, name) == 0)
			return i;
	return -1;
}

const char *
flag_severity_name(enum flag_severity sev)
{
	return sev == SEV_ERROR ? "error" : "warning";
}

int
flag_severity_lookup(const char *s)
{
	if (strcmp(s, "error") == 0)
		return SEV_ERROR;
	if (strcmp(s, "warning") == 0)
		return SEV_WARNING;
	return -1;
}

#include <stdarg.h>
#include <stdlib.h>

#include "util/xalloc.h"

static void
flag_list_vadd(struct flag_list *fl, enum flag_code code, enum flag_severity sev,
    const char *fmt, va_list ap)
{
	if (fl->n == fl->cap) {
		fl->cap = fl->cap == 0 ? 4 : fl->cap * 2;
		fl->v = xreallocarray(fl->v, fl->cap, sizeof *fl->v);
	}
	fl->v[fl->n].code = code;
	fl->v[fl->n].severity = sev;
	fl->v[fl->n].detail = xvasprintf(fmt, ap);
	fl->n++;
}

void
flag_list_add(struct flag_list *fl, enum flag_code code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	flag_list_vadd(fl, code, flag_table[code].severity, fmt, ap);
	va_end(ap);
}

void
flag_list_add_sev(struct flag_list *fl, enum flag_code code, enum flag_severity sev,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	flag_list_vadd(fl, code, sev, fmt, ap);
	va_end(ap);
}

int
flag_list_has(const struct flag_list *fl, enum flag_code code)
{
	for (size_t i = 0; i < fl->n; i++)
		if (fl->v[i].code == code)
			return 1;
	return 0;
}

void
flag_list_clear(struct flag_list *fl)
{
	for (size_t i = 0; i < fl->n; i++)
		free(fl->v[i].detail);
	free(fl->v);
	fl->v = NULL;
	fl->n = fl->cap = 0;
}
