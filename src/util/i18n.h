/* SPDX-License-Identifier: MIT */
#ifndef I18N_H
#define I18N_H
/*
 * gettext for every user-facing string.  msgids are English; po/zh_CN.po is
 * the Chinese translation and is kept complete (tests/e2e/po-complete.sh).
 */
#include <libintl.h>
#include <string.h>

#define _(s) gettext(s)
#define N_(s) (s)

/*
 * A message with a context, for an English word that translates two ways
 * ("Roster" the F3 key vs "Roster" the column of roster sizes): NC_ marks
 * it in a table (xgettext --keyword=NC_:1c,2; msgctxt in po/zh_CN.po), C_()
 * translates it and, untranslated, gives the text without its context.
 * C_() also takes a message without a context, like _().
 */
#define NC_(ctx, s) (ctx "\004" s)

static inline const char *
C_(const char *msg)
{
	const char *t = gettext(msg), *eot;

	if (t == msg && (eot = strchr(msg, '\004')) != NULL)
		return eot + 1;
	return t;
}
#endif
