/* SPDX-License-Identifier: MIT */
#ifndef WHEN_H
#define WHEN_H
/* Timestamps: the database keeps UTC ISO 8601; people read their local time. */

/* "2021-03-16T01:30:00Z" → "2021-03-16 09:30" in the local zone; allocated. */
char	*when_local(const char *iso_utc);
/*
 * Today in the local zone plus days, "YYYY-MM-DD"; allocated.  CAIJI_TODAY
 * (YYYY-MM-DD) stands for today when set, so that tests and golden pages
 * have a fixed date.
 */
char	*when_today(int days);
#endif
