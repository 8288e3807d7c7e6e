# SPDX-License-Identifier: MIT
# Scatter-shoot orders: every move, every refused move, receipts, immutability.
. "$testlib"
need_zh
. "$(dirname "$testlib")/fees-lib.sh"
addr='济南市玉函路 7 号'

# taking orders: by seq, student number and ID number, and a walk-in
expect_rc 0 order add --student 1001 --tier standard --address "$addr" --recipient-phone 138
expect_out '^Order 1 taken$'
expect_rc 0 order add --student 2017003 --tier premium --address "$addr" --phone 139 --postcode 250000
expect_rc 0 order add --student 110105194912310045 --tier standard --address "$addr" --phone 137
expect_rc 0 order add --name 李四 --id-number 11010519491231002x --phone 13900000000 \
	--tier premium --address "$addr"
[ "$(sql 'SELECT count(*) FROM orders')" = 4 ] || fail "4 orders expected"
[ "$(sql 'SELECT amount_fen || "/" || shoot_fen || "/" || mail_fen FROM orders WHERE id = 2')" = 8000/6000/2000 ] ||
	fail "premium priced $(sql 'SELECT amount_fen FROM orders WHERE id = 2')"
[ "$(sql 'SELECT id_number FROM orders WHERE id = 4')" = 11010519491231002X ] || fail "walk-in ID not normalised"
[ "$(sql 'SELECT college_id IS NULL FROM orders WHERE id = 4')" = 1 ] || fail "walk-in has a college"
[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'order' AND action = 'order'")" = 4 ] || fail "orders not audited"

# refused orders: nothing written, exit 2, a sentence saying why
before=$(sql 'SELECT count(*) FROM orders')
expect_rc 2 order add --student 9999 --tier standard --address "$addr" --phone 1
expect_err 'no student on the roster has .* "9999"'
expect_rc 2 order add --student 1001 --tier deluxe --address "$addr" --phone 1
expect_err 'no tier "deluxe"; the tiers are standard, premium'
expect_rc 2 order add --student 1001 --tier standard --address "$addr"
expect_err 'no telephone'
expect_rc 2 order add --student 1001 --tier standard --phone 1
expect_err 'address is missing'
expect_rc 2 order add --name 李四 --id-number 110105194912310028 --phone 1 --tier standard --address "$addr"
expect_err 'not valid'
expect_rc 2 order add --name 李四 --tier standard --address "$addr" --phone 1
expect_err 'walk-in needs'
expect_rc 2 order add --student 1001 --name 李四 --tier standard --address "$addr" --phone 1
expect_rc 2 order add --bogus
[ "$(sql 'SELECT count(*) FROM orders')" = "$before" ] || fail "a refused order was written"

# moves: ordered -> paid -> shot -> mailed -> refunded
expect_rc 0 order pay 1 --method cash
expect_out 'receipt R2021-0001'
expect_rc 2 order pay 1 --method cash
expect_err 'order 1 is already paid'
expect_rc 2 order pay 2 --method bitcoin
expect_err 'not a way of paying'
expect_rc 2 order pay 2
expect_rc 2 order mail 1 --carrier EMS --tracking 1
expect_err 'order 1 is paid and cannot be mailed'
expect_rc 2 order cancel 1
expect_err 'order 1 is paid and cannot be cancelled; it can be shot or refunded'
expect_rc 0 order shoot 1
expect_rc 2 order shoot 1
expect_err 'already shot'
expect_rc 2 order mail 1 --carrier EMS
expect_err 'tracking number'
expect_rc 0 order mail 1 --carrier EMS --tracking EA123456789CN
[ "$(sql 'SELECT state || " " || carrier || " " || tracking_no FROM orders WHERE id = 1')" = "mailed EMS EA123456789CN" ] ||
	fail "mail not recorded"
expect_rc 2 order refund 1
expect_err 'needs a reason'
expect_rc 0 order refund 1 --reason '照片不合格'
expect_out 'refund receipt R2021-0002'
expect_rc 2 order refund 1 --reason again
expect_err 'order 1 is already refunded'
expect_rc 2 order pay 1 --method cash
expect_err 'order 1 is refunded and cannot be paid'

# ordered -> cancelled; a cancelled order stays so
expect_rc 2 order shoot 3
expect_err 'order 3 is ordered and cannot be shot; it can be paid or cancelled'
expect_rc 2 order refund 3 --reason x
expect_err 'order 3 is ordered and cannot be refunded'
expect_rc 0 order cancel 3 --reason '学生不拍了'
expect_rc 2 order pay 3 --method cash
expect_err 'order 3 is cancelled'
expect_rc 2 order pay 99 --method cash
expect_err 'no order 99'
expect_rc 2 order pay abc --method cash

# the history: every move an event with clerk, and in the audit log
[ "$(sql 'SELECT group_concat(move, ",") FROM (SELECT move FROM order_events WHERE order_id = 1 ORDER BY id)')" = \
	order,pay,shoot,mail,refund ] || fail "events of order 1: $(sql 'SELECT group_concat(move) FROM order_events WHERE order_id = 1')"
[ "$(sql "SELECT count(*) FROM order_events WHERE clerk = '$(id -un)'")" = 9 ] || fail "events not by the clerk"
[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'order'")" = 9 ] || fail "moves not audited"
[ "$(sql 'SELECT count(*) FROM receipts')" = 2 ] || fail "a refused move wrote a receipt"
expect_rc 0 order show 1
expect_out 'refund'
expect_out 'R2021-0002'
# the history's moves in the reader's language
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" order show 1 > "$T/zh" 2>&1
for move in 下单 付款 拍摄 寄出 退款; do
	grep -Eq ":[0-9][0-9] +$move +" "$T/zh" || fail "the zh_CN history lacks the move $move: $(cat "$T/zh")"
done

# receipts: printed with capitals, ID masked unless --show-id
expect_rc 0 receipt show R2021-0001
expect_out 'Receipt +No\. R2021-0001'
expect_out '人民币叁拾伍元整'
expect_out '110105\*+0010'
expect_no_out '110105194912310010'
expect_out '拍摄费 +1 +15\.00 +15\.00'
expect_rc 0 receipt show --show-id R2021-0001
expect_out '110105194912310010'
expect_rc 0 receipt show R2021-0002
expect_out 'Refund receipt'
expect_out '照片不合格'
expect_rc 2 receipt show R2021-0099
expect_rc 0 receipt list
expect_out 'R2021-0002 +refund'

# issued receipts and order events cannot be changed, even by hand
sql "UPDATE receipts SET total_fen = 1 WHERE number = 'R2021-0001'" 2>/dev/null && fail "receipt UPDATE allowed"
sql "DELETE FROM receipt_lines" 2>/dev/null && fail "receipt line DELETE allowed"
sql "DELETE FROM receipts" 2>/dev/null && fail "receipt DELETE allowed"
sql "UPDATE order_events SET clerk = 'x'" 2>/dev/null && fail "order event UPDATE allowed"
[ "$(sql "SELECT total_fen FROM receipts WHERE number = 'R2021-0001'")" = 3500 ] || fail "receipt changed"

# a later fee change does not change an order or a receipt
expect_rc 0 fees set scatter-standard 40 scatter-standard-shoot 20
expect_rc 0 receipt show R2021-0001
expect_out '人民币叁拾伍元整'
[ "$(sql 'SELECT amount_fen FROM orders WHERE id = 1')" = 3500 ] || fail "order repriced"
expect_rc 0 order add --student 1002 --tier standard --address "$addr" --phone 1
[ "$(sql 'SELECT amount_fen FROM orders ORDER BY id DESC LIMIT 1')" = 4000 ] || fail "new price not used"

# lists: filters, CSV neutralised, IDs masked
expect_rc 0 order list --state mailed
expect_no_out '^ +1 '
expect_rc 0 order list --state refunded
expect_out '^ +1 +refunded'
expect_rc 0 order list --tier premium
expect_out '李四'
expect_no_out '张三'
expect_rc 0 order list --college walk-in
expect_out '李四'
expect_no_out '王五'
expect_rc 0 order list --college 传媒 --format csv
expect_out "'=HYPERLINK"
expect_no_out ',=HYPERLINK'
expect_no_out '110105194912310010'
expect_rc 0 order list --show-id --student 1001
expect_out '110105194912310010'
expect_rc 2 order list --state lost
expect_err 'no order state "lost"'
expect_rc 2 order list --tier deluxe
expect_rc 2 order list --format pdf
# caiji report orders takes the same filters (one parser): the same orders
for filter in '--state refunded' '--tier premium' '--college walk-in' '--college 传媒' \
    '--cohort 2021-uncollected' '--student 1001'; do
	# shellcheck disable=SC2086
	"$CAIJI" order list $filter --format csv > "$T/list.csv" || fail "order list $filter"
	# shellcheck disable=SC2086
	"$CAIJI" report orders $filter --format csv > "$T/report.csv" || fail "report orders $filter"
	cmp -s "$T/list.csv" "$T/report.csv" ||
		fail "report orders $filter differs from order list: $(diff "$T/list.csv" "$T/report.csv" | head -4)"
	[ "$(wc -l < "$T/list.csv")" -gt 1 ] || fail "order list $filter selects nothing"
done
expect_rc 2 report orders --state lost
expect_err 'no order state "lost"'

# Chinese labels in the zh_CN locale (the capitals are Chinese anyway)
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" receipt show R2021-0001 > "$T/zh"
grep -q '收据' "$T/zh" || fail "no 收据 in zh_CN"
grep -q '合计' "$T/zh" || fail "no 合计 in zh_CN"
grep -q '大写' "$T/zh" || fail "no 大写 in zh_CN"
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" order pay 1 --method cash 2> "$T/zh"
grep -q '订单 1 处于“已退款”状态' "$T/zh" || fail "refusal not in Chinese: $(cat "$T/zh")"
done_test
