/* SPDX-License-Identifier: MIT */
#ifndef PINYIN_H
#define PINYIN_H
/*
 * Pinyin initials of Chinese names, for finding a student by typing them
 * ("zs" finds 张三).  The single source of the mapping: the core stores a
 * student's initials (students.initials, migration 6) through it whenever
 * it writes a name.
 */
#include <sqlite3.h>

/* The pinyin initials of a name's Chinese characters ("张三" → "zs"); allocated. */
char	*pinyin_initials(const char *name);
/* Makes caiji_initials(name) callable from SQL on the connection. */
int	 pinyin_register(sqlite3 *);
#endif
