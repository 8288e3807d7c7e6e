/* SPDX-License-Identifier: MIT */
#ifndef TCURSES_H
#define TCURSES_H
/* The wide-character curses (ncursesw) API, whatever the feature macros. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>
#endif
