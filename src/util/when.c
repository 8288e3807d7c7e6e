/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/when.h"
#include "util/xalloc.h"

char *
when_local(const char *iso)
{
	struct tm tm;
	char buf[32];
	time_t t;

	if (iso == NULL)
		return xstrdup("");
	memset(&tm, 0, sizeof tm);
	if (sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
	    &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return xstrdup(iso);
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	if ((t = timegm(&tm)) == (time_t)-1 || localtime_r(&t, &tm) == NULL ||
	    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm) == 0)
		return xstrdup(iso);
	return xstrdup(buf);
}

char *
when_today(int days)
{
	const char *env = getenv("CAIJI_TODAY");
	char buf[16];
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	if (env != NULL && *env != '\0') {
		if (days == 0)
			return xstrdup(env);
		memset(&tm, 0, sizeof tm);
		if (sscanf(env, "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
			return xstrdup(env);
		tm.tm_year -= 1900;
		tm.tm_mon--;
	}
	/* noon, so that a change of summer time cannot move the day */
	tm.tm_mday += days;
	tm.tm_hour = 12;
	tm.tm_min = tm.tm_sec = 0;
	tm.tm_isdst = -1;
	if (mktime(&tm) == (time_t)-1)
		return xstrdup(env != NULL ? env : "");
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	return xstrdup(buf);
}
