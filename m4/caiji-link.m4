dnl SPDX-License-Identifier: MIT
dnl
dnl CAIJI_LINK_IFELSE(NAME, PREFIX, INCLUDES, BODY, [IF-LINKS], [IF-NOT])
dnl
dnl Proves a library by linking a program that calls it with the flags found
dnl for it ($PREFIX_CFLAGS, $PREFIX_LIBS), not only by finding its .pc file: a
dnl .pc file can name a library whose -dev package is missing (xlsxwriter.pc
dnl asks for -lz, and libxlsxwriter-dev does not depend on zlib1g-dev).
AC_DEFUN([CAIJI_LINK_IFELSE], [
  caiji_save_CFLAGS=$CFLAGS; caiji_save_LIBS=$LIBS
  CFLAGS="$CFLAGS $$2_CFLAGS"; LIBS="$$2_LIBS $LIBS"
  AC_MSG_CHECKING([whether a program links with $1 ($$2_LIBS)])
  AC_LINK_IFELSE([AC_LANG_PROGRAM([$3], [$4])],
    [AC_MSG_RESULT([yes]); CFLAGS=$caiji_save_CFLAGS; LIBS=$caiji_save_LIBS; $5],
    [AC_MSG_RESULT([no]); CFLAGS=$caiji_save_CFLAGS; LIBS=$caiji_save_LIBS; $6])
])

dnl CAIJI_LINK_REQUIRE(NAME, PREFIX, INCLUDES, BODY, DEBIAN-PACKAGES)
dnl A required library: a failed link stops configure, naming what to install.
AC_DEFUN([CAIJI_LINK_REQUIRE], [
  CAIJI_LINK_IFELSE([$1], [$2], [$3], [$4], [],
    [AC_MSG_ERROR([cannot link a program with $1 ($$2_LIBS; see config.log): install $5 (tools/install-deps installs everything)])])
])
