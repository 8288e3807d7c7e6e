# SPDX-License-Identifier: MIT
# A C locale: English, plain ASCII on the screen (CJK data as ?), no crash;
# and caiji without a terminal prints the help instead of opening the TUI.
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
# ascii_only WHAT: the screen just waited for has no byte above 127
ascii_only() {
	! LC_ALL=C grep -n "$(printf '[\200-\377]')" "$T/screen" >&2 ||
		fail "non-ASCII bytes on the C-locale $1"
}
tui_start 80 24 LANG=C LC_ALL=C
tui_wait 'Progress by college' || exit 1
ascii_only "dashboard"
tui_keys F3
tui_wait 'Roster: 6 students' || exit 1
ascii_only "roster (its CJK names as ?)"
grep -q '?' "$T/screen" || fail "the roster's CJK names are not shown as ?"
tui_keys Enter
tui_wait 'Student 1001' || exit 1
ascii_only "student screen"
tui_keys q F4
tui_wait 'Problems by flag code' || exit 1
ascii_only "flags screen"
tui_keys F1
tui_wait 'PgDn' || exit 1
ascii_only "help screen"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# no terminal: help and status 2, for caiji alone and for caiji tui
"$CAIJI" < /dev/null > "$T/out" 2> "$T/err"
[ $? = 2 ] || fail "caiji without a terminal: status not 2"
grep -q 'usage' "$T/err" || fail "caiji without a terminal: no help"
expect_rc 2 tui
expect_err 'needs a terminal'
done_test
