# SPDX-License-Identifier: MIT
# Scatter-shoot orders in the TUI: a form takes one, m pays (asking how),
# shoots and mails it (asking the carrier and tracking number), Del cancels
# another; the database and the receipts show every move.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 100 30 LANG=C.UTF-8 NO_COLOR=1
tui_wait 'Progress by college' || exit 1
tui_keys F7
tui_wait 'Scatter-shoot orders: 0' || exit 1
# a: the form; fields are student, name, ID, phone, tier, recipient, phone, address, postcode
tui_keys a
tui_wait 'New scatter-shoot order' || exit 1
tui_type 1001
tui_keys Tab Tab Tab
tui_type 13800000000
tui_keys Tab Right Tab Tab Tab
tui_type '山东省济南市历下区某路 1 号'
tui_keys Enter
tui_type 250000
tui_keys Enter
tui_wait 'Order 1 taken' "the form did not take the order" || exit 1
[ "$(sql "SELECT student_id || ' ' || tier || ' ' || state || ' ' || amount_fen FROM orders")" = \
	"1 premium ordered 8000" ] || fail "order 1: $(sql 'SELECT * FROM orders')"
grep -q '张三' "$T/screen" || fail "the list lacks order 1"
# m: pay by WeChat
tui_keys m
tui_wait 'Pay order 1' || exit 1
tui_keys Right Enter
tui_wait 'Order 1 paid; receipt ' || exit 1
[ "$(sql "SELECT state || ' ' || pay_method FROM orders WHERE id = 1")" = "paid wechat" ] || fail "not paid"
[ "$(sql "SELECT count(*) FROM receipts WHERE order_id = 1 AND kind = 'payment'")" = 1 ] || fail "no receipt"
# m: shot; m: mailed
tui_keys m
tui_wait 'Order 1 shot' || exit 1
tui_keys m
tui_wait 'Mail order 1' || exit 1
tui_type EMS
tui_keys Tab
tui_type 1188123456789
tui_keys Enter
tui_wait 'Order 1 mailed' || exit 1
[ "$(sql "SELECT state || ' ' || carrier || ' ' || tracking_no FROM orders WHERE id = 1")" = \
	"mailed EMS 1188123456789" ] || fail "not mailed"
tui_wait '1188123456789'
# Enter: the history of every move
tui_keys Enter
tui_wait 'Order 1: 张三' || exit 1
grep -q 'mail' "$T/screen" || fail "the history lacks the mailing"
tui_keys Enter
# a walk-in, cancelled
tui_keys a
tui_wait 'New scatter-shoot order' || exit 1
tui_keys Tab
tui_type 孙八
tui_keys Tab
tui_type "$(idnum 11010119990101123)"
tui_keys Tab
tui_type 13900000000
tui_keys Tab Tab Tab Tab
tui_type '北京市海淀区某路 2 号'
tui_keys Tab Enter
tui_wait 'Order 2 taken' || exit 1
tui_keys DC
tui_wait 'Cancel order 2' || exit 1
tui_type 'changed her mind'
tui_keys Enter
tui_wait 'Order 2 cancelled' || exit 1
[ "$(sql "SELECT state FROM orders WHERE id = 2")" = cancelled ] || fail "order 2 not cancelled"
# a refused move says why and changes nothing
tui_keys m
tui_wait 'does not move on' || fail "a cancelled order moved"
[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'order'")" -ge 5 ] || fail "the moves are not audited"
# the student's own screen lists the order
tui_keys F3
tui_wait 'Roster: 6 students' || exit 1
tui_keys Enter
tui_wait 'Student 1001' || exit 1
tui_wait 'Scatter-shoot orders:' "the student screen lacks the order" || exit 1
grep -q 'No. 1 .*premium.*80.00 yuan.*mailed.*1188123456789' "$T/screen" || fail "the order line"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
