# SPDX-License-Identifier: MIT
# A C locale: English, plain ASCII on the screen (CJK data as ?), no crash;
# and caiji without a terminal prints the help instead of opening the TUI.
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 80 24 LANG=C LC_ALL=C
tui_wait 'Progress by college' || exit 1
tui_keys F3
tui_wait 'Roster: 6 students' || exit 1
tui_keys Enter
tui_wait 'Student 1001' || exit 1
tui_keys q F4
tui_wait 'Problems by flag code' || exit 1
tui_keys F1
tui_wait 'PgDn' || exit 1
LC_ALL=C grep -n "$(printf '[\200-\377]')" "$T/screen" && fail "non-ASCII bytes on a C-locale screen"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# no terminal: help and status 2, for caiji alone and for caiji tui
"$CAIJI" < /dev/null > "$T/out" 2> "$T/err"
[ $? = 2 ] || fail "caiji without a terminal: status not 2"
grep -q 'usage' "$T/err" || fail "caiji without a terminal: no help"
expect_rc 2 tui
expect_err 'needs a terminal'
done_test
