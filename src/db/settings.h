/* SPDX-License-Identifier: MIT */
#ifndef SETTINGS_H
#define SETTINGS_H
/* The season's settings (key/value), every change audited. */
#include "db/db.h"

/* Returns the value (allocated; the caller frees it), or NULL when unset. */
char	*settings_get(struct db *, const char *key);
/* Like settings_get, but returns a copy of def when unset. */
char	*settings_get_default(struct db *, const char *key, const char *def);
/* Sets key, recording old and new values in the audit log. */
int	 settings_set(struct db *, const char *key, const char *value, char **cause);
/* Sets key, value, key, value, ... NULL in one transaction of their own: all or none. */
int	 settings_set_many(struct db *, const char *const *kv, char **cause);
#endif
