#ifndef I18N_H
#define I18N_H
/*
 * gettext for every user-facing string.  msgids are English; po/zh_CN.po is
 * the Chinese translation and is kept complete (tests/e2e/po-complete.sh).
 */
#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
#endif
