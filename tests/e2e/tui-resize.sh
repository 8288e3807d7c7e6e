# SPDX-License-Identifier: MIT
# Live resize: 80x24 to 120x40 and back re-lays the roster out.
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 80 24 LANG=C.UTF-8 NO_COLOR=1
tui_wait 'Progress by college' || exit 1
tui_keys F3
tui_wait 'Roster: 6 students' || exit 1
grep -q 'Major' "$T/screen" && fail "80 columns: Major should not fit"
[ "$(sed -n 24p "$T/screen" | grep -c 'F1Help')" = 1 ] || fail "80x24: key bar not on line 24"
tui_resize 120 40
tui_wait ' Major ' "120 columns: the Major column did not appear" || exit 1
tui_wait 'Cohort'
[ "$(sed -n 40p "$T/screen" | grep -c 'F1Help')" = 1 ] || fail "120x40: key bar not on line 40"
tui_resize 80 24
tui_wait_gone "Major"
tui_wait "Roster: 6 students"
[ "$(sed -n 24p "$T/screen" | grep -c 'F1Help')" = 1 ] || { fail "back to 80x24: key bar not on line 24"; cat "$T/screen" >&2; }
grep -q 'Roster: 6 students' "$T/screen" || fail "back to 80x24: the roster is gone"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
