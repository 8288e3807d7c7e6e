# SPDX-License-Identifier: MIT
# Four processes paying orders at once: receipt numbers stay gapless and unique.
. "$testlib"
. "$(dirname "$testlib")/fees-lib.sh"

n=0
while [ $n -lt 40 ]; do
	order_add 1001 standard > /dev/null || fail "order $n"
	n=$((n + 1))
done
[ "$(sql 'SELECT count(*) FROM orders')" = 40 ] || fail "40 orders expected"

# clerk k pays orders k, k+4, k+8, ... in a loop of its own
for k in 1 2 3 4; do
	(
		i=$k
		while [ $i -le 40 ]; do
			"$CAIJI" order pay $i --method wechat > /dev/null 2>> "$T/pay-errors" ||
				echo "order $i" >> "$T/pay-failed"
			i=$((i + 4))
		done
	) &
done
wait
[ ! -s "$T/pay-failed" ] || fail "payments failed: $(cat "$T/pay-failed" "$T/pay-errors" | head -5)"
[ "$(sql "SELECT count(*) FROM orders WHERE state = 'paid'")" = 40 ] || fail "not every order paid"
[ "$(sql 'SELECT count(*) FROM receipts')" = 40 ] || fail "$(sql 'SELECT count(*) FROM receipts') receipts, want 40"
[ "$(sql 'SELECT count(DISTINCT number) FROM receipts')" = 40 ] || fail "receipt numbers reused"
[ "$(sql 'SELECT count(DISTINCT order_id) FROM receipts')" = 40 ] || fail "an order has two receipts"
# gapless: exactly R2021-0001 .. R2021-0040
sql 'SELECT number FROM receipts ORDER BY number' > "$T/numbers"
i=1
while [ $i -le 40 ]; do printf 'R2021-%04d\n' $i; i=$((i + 1)); done > "$T/want"
cmp -s "$T/numbers" "$T/want" || fail "numbers are not R2021-0001..0040: $(diff "$T/want" "$T/numbers" | head -5)"
[ "$(sql "SELECT last FROM doc_counters WHERE kind = 'receipt' AND year = 2021")" = 40 ] ||
	fail "the counter is not at 40"

# a refused payment gives no number back to anyone: the next one is 0041
expect_rc 2 order pay 1 --method cash
order=$(order_add 1002 premium)
expect_rc 0 order pay "$order" --method cash
expect_out 'R2021-0041'
done_test
