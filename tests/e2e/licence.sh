# SPDX-License-Identifier: MIT
# The licence: LICENSE holds the MIT (Expat) text, and every source, header,
# script, test, man page and data file carries its SPDX line in its first
# three lines (after a #! or a man page's preprocessor line).
. "$testlib"
cd "$top_srcdir" || exit 99
[ -f LICENSE ] || fail "no LICENSE"
grep -q '^MIT License$' LICENSE && grep -q 'Permission is hereby granted, free of charge' LICENSE ||
	fail "LICENSE is not the MIT licence"
n=0
# what is ours, in a git checkout or an unpacked distribution alike;
# m4/pkg.m4 is pkg-config's, under its own licence
for f in configure.ac Makefile.am .ci/* bench/* tools/* m4/caiji-*.m4 \
    src/*/*.[ch] src/*/*.def cli/*.[ch] tui/*.[ch] tui/*.def man/*.[157] man/Makefile.am \
    data/*.tsv data/profiles/* po/zh_CN.po po/POTFILES.in po/LINGUAS po/Makevars \
    tests/Makefile.am tests/caiji-valgrind tests/valgrind-wrap tests/e2e/*.sh \
    tests/unit/*.[ch] tests/fuzz/*.c tests/fuzz/*.dict tests/fuzz/run tests/data/*.sql; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	head -3 "$f" | grep -q 'SPDX-License-Identifier: MIT' || fail "$f has no SPDX-License-Identifier line"
done
[ "$n" -gt 250 ] || fail "only $n files checked: the list above no longer matches the tree"
done_test
