# Invoices in the TUI: the list, and an invoice previewed as it prints, its
# amount in Chinese capitals and its students' ID numbers masked.
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
sql "INSERT INTO packages(name, college_id, created_by) VALUES ('p1', 1, 'clerk');
	INSERT INTO submissions(student_id, package_id, clerk)
	SELECT id, 1, 'clerk' FROM students WHERE college_id = 1;" || exit 99
expect_rc 0 invoice create --college 传媒学院
expect_rc 0 invoice issue 1
tui_start 100 40 LANG=zh_CN.UTF-8 NO_COLOR=1
tui_wait 各学院进度 || exit 1
tui_keys F8
tui_wait '发票：1 张' || exit 1
grep -q '2021-0001' "$T/screen" || fail "the list lacks invoice 2021-0001"
tui_keys Enter
tui_wait '叁拾元整' "the preview lacks the amount in capitals" || exit 1
grep -q '2021-0001' "$T/screen" || fail "the preview lacks the number"
grep -q "$ID_ZHANG" "$T/screen" && fail "the preview shows a full ID number"
tui_keys Escape
tui_wait '发票：1 张' || exit 1
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
