# SPDX-License-Identifier: MIT
# Several clerks: a change committed by another process shows up on the
# screen by itself (PRAGMA data_version polled on the input timeout).
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 80 24 LANG=C.UTF-8 NO_COLOR=1
tui_wait 'Progress by college' || exit 1
tui_wait '^ Total +6 '
# another clerk adds a student to 传媒学院 and checks one in
sql "INSERT INTO students(cohort_id, college_id, seq, student_no, name) VALUES (1, 1, '1003', '2017010003', '孙八')"
tui_wait '^ Total +7 ' "the dashboard did not notice another clerk's change" || exit 1
grep -Eq '^ 传媒学院 +3 ' "$T/screen" || fail "传媒学院 does not show 3"
expect_rc 0 checkin "$ID_ZHAO"
tui_wait '^ Total( +[0-9]+){6} +1( |$)' "the dashboard did not notice the check-in"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
