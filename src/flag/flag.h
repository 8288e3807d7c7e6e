/* SPDX-License-Identifier: MIT */
#ifndef FLAG_H
#define FLAG_H
/* Flag codes, generated from flags.def (SPEC §10). */
#include <stddef.h>

enum flag_severity {
	SEV_ERROR,
	SEV_WARNING,
};

enum flag_code {
#define FLAG(code, sev, msg, fix) FLAG_##code,
#include "flag/flags.def"
#undef FLAG
	FLAG__COUNT
};

struct flag_info {
	const char		*name;		/* "ID_CHECKSUM" */
	enum flag_severity	 severity;	/* the default */
	const char		*message;	/* English msgid; gettext() it */
	const char		*fix;		/* English msgid; gettext() it */
};

const struct flag_info	*flag_info(enum flag_code);
/* Looks a code up by name; returns -1 when there is none. */
int			 flag_lookup(const char *name);
const char		*flag_severity_name(enum flag_severity);	/* "error" */
int			 flag_severity_lookup(const char *);		/* or -1 */


/* Findings collected by a rule module, before they are stored or printed. */
struct flag_hit {
	enum flag_code		 code;
	enum flag_severity	 severity;
	char			*detail;	/* allocated, in the clerk's language */
};

struct flag_list {
	struct flag_hit	*v;
	size_t		 n;
	size_t		 cap;
};

#define FLAG_LIST_INIT { NULL, 0, 0 }

/* Adds a finding at the code's default severity; detail is printf-formatted. */
void	flag_list_add(struct flag_list *, enum flag_code, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Adds a finding at the given severity. */
void	flag_list_add_sev(struct flag_list *, enum flag_code, enum flag_severity,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* 1 when the list holds code. */
int	flag_list_has(const struct flag_list *, enum flag_code);
void	flag_list_clear(struct flag_list *);
#endif
