# SPDX-License-Identifier: MIT
# The core stays free of the UI (STYLE: three layers, one direction).
. "$testlib"
if grep -rlE '#include *[<"](n?curses|ncursesw/|term\.h)' "$top_srcdir/src"; then
	fail "src/ includes curses; move that code to tui/"
fi
done_test
