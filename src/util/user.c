/* SPDX-License-Identifier: MIT */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <unistd.h>

#include "util/user.h"

const char *
user_name(void)
{
	static char name[64];
	struct passwd *pw;

	if (name[0] != '\0')
		return name;
	/* The password database, not $USER: the audit log must not be trivially forged. */
	pw = getpwuid(geteuid());
	if (pw != NULL && pw->pw_name != NULL)
		snprintf(name, sizeof name, "%s", pw->pw_name);
	else
		snprintf(name, sizeof name, "uid%ld", (long)geteuid());
	return name;
}
