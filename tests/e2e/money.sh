# SPDX-License-Identifier: MIT
# The fee schedule and the money report: every total is the sum of documents.
. "$testlib"
. "$(dirname "$testlib")/fees-lib.sh"

# the schedule
expect_rc 0 fees
expect_out 'scatter-premium-shoot +化妆、服装、拍摄费 +scatter-premium +60\.00'
expect_rc 0 fees list --format csv
expect_out '^.?Code,Item,Part of,Amount'
expect_rc 2 fees set scatter-standard 40
expect_err 'parts add up to 35\.00'
expect_rc 2 fees set scatter-standard-mail 25
expect_rc 2 fees set collection -15
expect_err 'negative'
expect_rc 2 fees set collection abc
expect_err 'not an amount'
expect_rc 2 fees set collection 15.555
expect_err 'more than two decimals'
expect_rc 2 fees set nosuch 15
expect_err 'no fee item "nosuch"'
expect_rc 2 fees set collection
[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'fee'")" = 0 ] || fail "a refused change was audited"
[ "$(sql "SELECT amount_fen FROM fee_items WHERE code = 'scatter-standard'")" = 3500 ] || fail "half a change written"
expect_rc 0 fees set collection 15.5
[ "$(sql "SELECT amount_fen FROM fee_items WHERE code = 'collection'")" = 1550 ] || fail "15.5 yuan is 1550 fen"
[ "$(sql "SELECT old_value || '>' || new_value FROM audit WHERE entity = 'fee' AND key = 'collection'")" = '15.00>15.50' ] ||
	fail "fee change not audited"

# documents: two invoices (one voided and paid in part), orders paid, refunded
submit 1 1 1001 1002 1003
submit 2 2 2001
"$CAIJI" invoice create --college 传媒学院 > /dev/null && "$CAIJI" invoice issue 1 > /dev/null || fail "invoice 1"
"$CAIJI" invoice create --college 环境艺术设计学院 > /dev/null && "$CAIJI" invoice issue 2 > /dev/null || fail "invoice 2"
expect_rc 0 invoice pay 2021-0001 --method transfer --amount 20
expect_rc 0 invoice void 2021-0002 --reason wrong
o1=$(order_add 1001 standard); o2=$(order_add 2001 premium); o3=$(order_add 1002 premium)
expect_rc 0 order add --name 李四 --id-number 11010519491231002X --phone 1 --tier standard --address x
o4=4
for o in $o1 $o2 $o3 $o4; do "$CAIJI" order pay "$o" --method cash > /dev/null || fail "pay $o"; done
expect_rc 0 order refund "$o3" --reason '重拍'

expect_rc 0 report money --format csv
total=$(grep '^Total,' "$T/out" | tr -d '\r')
[ -n "$total" ] || fail "no total row"
billed=$(sql "SELECT printf('%.2f', sum(total_fen) / 100.0) FROM invoices WHERE state = 'issued'")
paid=$(sql "SELECT printf('%.2f', sum(amount_fen) / 100.0) FROM invoice_payments")
shoot=$(sql "SELECT printf('%.2f', sum(l.amount_fen) / 100.0) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id WHERE r.kind = 'payment' AND l.part = 'shoot'")
mail=$(sql "SELECT printf('%.2f', sum(l.amount_fen) / 100.0) FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id WHERE r.kind = 'payment' AND l.part = 'mail'")
refunds=$(sql "SELECT printf('%.2f', sum(total_fen) / 100.0) FROM receipts WHERE kind = 'refund'")
[ "$billed" = 46.50 ] && [ "$shoot" = 150.00 ] && [ "$mail" = 80.00 ] && [ "$refunds" = 80.00 ] ||
	fail "fixture sums: $billed $shoot $mail $refunds"
# Total,submitted,not billed,billed,paid,outstanding,shooting,mailing,refunds,net
[ "$total" = "Total,4,1,$billed,$paid,26.50,$shoot,$mail,$refunds,150.00" ] || fail "total row: $total"
expect_out '^传媒学院,3,0,46\.50,20\.00,26\.50,75\.00,40\.00,80\.00,35\.00'
expect_out '^环境艺术设计学院,1,1,0\.00,0\.00,0\.00,60\.00,20\.00,0\.00,80\.00'
expect_out '^walk-in,0,0,0\.00,0\.00,0\.00,15\.00,20\.00,0\.00,35\.00'

expect_rc 0 report money
expect_out '^Money: collection fees and scatter shoots'
expect_out '示例学院 .*page 1/1'
expect_out 'Outstanding in capitals: 贰拾陆元伍角'
expect_rc 0 report money --college 传媒 --format csv
expect_no_out '^walk-in'
expect_out '^Total,3,0,46\.50'
expect_rc 0 report money --cohort 2022-single-admission --format csv
expect_out '^Total,0,0,0\.00,0\.00,0\.00,0\.00,0\.00,0\.00,0\.00'
expect_rc 2 report money --college nosuch
expect_rc 2 report money --cohort nosuch
expect_err 'the cohorts are: 2021-uncollected, 2022-single-admission'
# a cohort's code is found whatever its case, as everywhere else
expect_rc 0 report money --cohort 2022-SINGLE-ADMISSION --format csv
expect_out '^Total,0,0,0\.00,0\.00,0\.00,0\.00,0\.00,0\.00,0\.00'
expect_rc 2 report money --format pdf

# the orders report: paginated by report_lines_per_page, counts by state
sql "UPDATE settings SET value = '12' WHERE key = 'report_lines_per_page'"
for i in 1 2 3 4 5 6 7 8; do order_add 1003 standard > /dev/null; done
expect_rc 0 report orders
expect_out '^Scatter-shoot orders'
expect_out 'page 1/2'
expect_out 'page 2/2'
expect_out '12 orders: ordered 8, paid 3, shot 0, mailed 0, cancelled 0, refunded 1'
expect_no_out '110105194912310010'
expect_rc 0 report orders --format csv --state refunded
expect_out "'=HYPERLINK"
[ "$(grep -c , "$T/out")" = 2 ] || fail "refunded orders CSV: $(cat "$T/out")"
expect_rc 0 report orders --show-id --student 1001 --format csv
expect_out '110105194912310010'
expect_rc 2 report nosuch
done_test
