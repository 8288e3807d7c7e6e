/* SPDX-License-Identifier: MIT */
#ifndef STRBUF_H
#define STRBUF_H
/* A growable, always NUL-terminated byte string. */
#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void	 strbuf_add(struct strbuf *, const char *, size_t);
void	 strbuf_puts(struct strbuf *, const char *);
void	 strbuf_putc(struct strbuf *, char);
void	 strbuf_printf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 strbuf_reset(struct strbuf *);
/* The contents ("" when empty); valid until the next change. */
const char *strbuf_str(const struct strbuf *);
/* Hands the string to the caller (who frees it) and empties the buffer. */
char	*strbuf_detach(struct strbuf *);
void	 strbuf_free(struct strbuf *);
#endif
