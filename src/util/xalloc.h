/* SPDX-License-Identifier: MIT */
#ifndef XALLOC_H
#define XALLOC_H
/*
 * Allocation that never returns NULL: out of memory is the one failure the
 * program does not try to recover from.  It prints a message and aborts.
 */
#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xreallocarray(void *, size_t, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
/* Returns a newly allocated formatted string; the caller frees it. */
char *xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));

/* A hook the TUI sets so that a fatal path restores the terminal first. */
extern void (*xalloc_fatal_hook)(void);
#endif
