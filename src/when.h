/* SPDX-License-Identifier: MIT */
#ifndef WHEN_H
#define WHEN_H
/* Timestamps: the database keeps UTC ISO 8601; people read their local time. */

/* "2021-03-16T01:30:00Z" → "2021-03-16 09:30" in the local zone; allocated. */
char	*when_local(const char *iso_utc);
#endif
