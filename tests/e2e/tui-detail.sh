# A student's detail: the ID decoded, masked until revealed, the reveal audited.
. "$testlib"
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
[ "$(sql "SELECT key || ' ' || user FROM audit WHERE action = 'reveal-id'")" = "1002 $(id -un)" ] ||
	fail "the reveal is not audited"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
