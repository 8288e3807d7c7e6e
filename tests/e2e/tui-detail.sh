# SPDX-License-Identifier: MIT
# A student's detail: the ID decoded, masked until revealed, the reveal audited.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 80 24 LANG=zh_CN.UTF-8 NO_COLOR=1
tui_wait 各学院进度 || exit 1
tui_keys F3
tui_wait '名单：6 名学生' || exit 1
tui_keys /
tui_type 1002
tui_wait '名单：1 名学生' || exit 1
tui_keys Enter Enter
tui_wait '学生 1002 李四' || exit 1
grep -q '出生 *2002-07-15' "$T/screen" || fail "birth date not decoded"
grep -q '号码所示性别 *女' "$T/screen" || fail "sex not decoded"
grep -q '省份 *山东省' "$T/screen" || fail "province not decoded"
grep -q 'ID_GENDER' "$T/screen" || fail "the flag is not listed"
grep -q '性别与身份证号不符' "$T/screen" || grep -q 'ID_GENDER .*[^ ]' "$T/screen" || fail "the flag has no message"
grep -q "$ID_LI" "$T/screen" && fail "the ID number is shown before the reveal"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" = 0 ] || fail "audit before reveal"
tui_keys v
tui_wait "$ID_LI" "v does not reveal the ID number"
[ "$(sql "SELECT key || ' ' || user FROM audit WHERE action = 'reveal-id'")" = "2017010002 $(id -un)" ] ||
	fail "the reveal is not audited"
# e: correct the name through student_set_field (checked and audited)
tui_keys e
tui_wait '更正一项' || exit 1
tui_keys Right Right Tab
tui_type 李思
tui_keys Enter
tui_wait '姓名已保存' "the edit was not saved" || exit 1
tui_wait '学生 1002 李思'
[ "$(sql "SELECT name FROM students WHERE seq = '1002'")" = 李思 ] || fail "the name did not change"
[ "$(sql "SELECT count(*) FROM audit WHERE key = '2017010002' AND field = 'name' AND new_value = '李思'")" -ge 1 ] ||
	fail "the edit is not audited: $(sql "SELECT action, key, field, new_value FROM audit")"
# a gender that is not 男 or 女 is refused and changes nothing
tui_keys e
tui_wait '更正一项' || exit 1
tui_keys Right Right Right Tab
tui_type X
tui_keys Enter
tui_wait '性别' || exit 1
[ "$(sql "SELECT gender FROM students WHERE seq = '1002'")" = 男 ] || fail "a bad gender was saved"
grep -q '更正一项' "$T/screen" || fail "the form closed on a refused value"
tui_keys Escape
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
