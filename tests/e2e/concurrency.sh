# SPDX-License-Identifier: MIT
# Several clerks at once: four processes each take 250 scatter-shoot orders
# and pay them (issuing a receipt each), while a fifth imports a roster of
# 2,000 students and a sixth clerk has the TUI open.  Every order is taken,
# receipt numbers are gapless and unique, the import is whole, no clerk ever
# sees "database is locked", and the open TUI shows the new state by itself.
. "$testlib"
. "$(dirname "$testlib")/tmux-lib.sh"
need sqlite3
PER=250
[ -n "${CAIJI_VALGRIND:-}" ] && PER=20	# the same races, fewer rounds
TOTAL=$((PER * 4))

expect_rc 0 init --institution-code 19999 --institution-name 示范学院
awk -v n=2000 'BEGIN {
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); split("1 0 X 9 8 7 6 5 4 3 2", cc, " ")
	print "学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次"
	for (i = 0; i < n; i++) {
		d = sprintf("370102%04d%02d%02d%03d", 1996 + i % 5, i % 12 + 1, i % 28 + 1, i % 1000)
		s = 0; for (k = 1; k <= 17; k++) s += substr(d, k, 1) * w[k]
		printf "T%06d,学生%d,%s,%s%s,19999,示范学院,专业,专科\n", i, i, (i % 1000) % 2 ? "男" : "女", d, cc[s % 11 + 1]
	}
}' > "$T/roster.csv"

# clerk k takes PER walk-in orders and pays each one
clerk() {
	i=0
	while [ $i -lt "$PER" ]; do
		out=$("$CAIJI" order add --name "顾客$1-$i" --id-number 11010519491231002X \
		    --phone 1380000000$1 --tier standard --address "济南市玉函路 7 号" 2>>"$T/err-$1") ||
			{ echo "add $1-$i" >> "$T/failed"; i=$((i + 1)); continue; }
		id=$(printf '%s\n' "$out" | tr -cd '0-9\n' | head -1)
		"$CAIJI" order pay "$id" --method cash >/dev/null 2>>"$T/err-$1" ||
			echo "pay $1-$i ($id)" >> "$T/failed"
		i=$((i + 1))
	done
}
# the sixth clerk: the dashboard, open all along
tui_start 120 40 LANG=C.UTF-8
tui_wait '公共教学部' "the dashboard"
tui_screen
grep -q '公共教学部 *2000' "$T/screen" && fail "the dashboard shows the import before it ran"
for k in 1 2 3 4; do clerk $k & done
"$CAIJI" import --cohort 2022-single-admission --college 公共教学部 "$T/roster.csv" \
    >/dev/null 2>"$T/err-import"
import_rc=$?
wait

[ ! -s "$T/failed" ] || fail "$(wc -l < "$T/failed") operations failed: $(head -3 "$T/failed"; cat "$T"/err-* | head -3)"
if grep -il 'locked\|busy' "$T"/err-* >/dev/null 2>&1; then
	fail "a clerk saw the database locked: $(grep -ih 'locked\|busy' "$T"/err-* | head -2)"
fi
[ "$import_rc" -le 1 ] || fail "the import failed (exit $import_rc): $(head -2 "$T/err-import")"
[ "$(sql 'SELECT count(*) FROM students')" = 2000 ] || fail "import not whole: $(sql 'SELECT count(*) FROM students')"
[ "$(sql 'SELECT count(*) FROM orders')" = "$TOTAL" ] || fail "$(sql 'SELECT count(*) FROM orders') orders, want $TOTAL"
[ "$(sql "SELECT count(*) FROM orders WHERE state = 'paid'")" = "$TOTAL" ] || fail "not every order paid"
[ "$(sql 'SELECT count(DISTINCT number) FROM receipts')" = "$TOTAL" ] || fail "receipt numbers reused or missing"
# gapless: exactly R2021-0001 .. R2021-TOTAL
sql 'SELECT number FROM receipts ORDER BY number' > "$T/numbers"
awk -v n="$TOTAL" '{ want = sprintf("R2021-%04d", NR); if ($0 != want) { print "gap at " NR ": " $0; bad = 1; exit } }
    END { if (!bad && NR != n) print "count " NR }' "$T/numbers" > "$T/gaps"
[ ! -s "$T/gaps" ] || fail "receipt numbers are not gapless: $(cat "$T/gaps")"
[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity check"
# the open TUI noticed the other clerks' work without a key pressed
tui_wait '公共教学部 +2000' "the dashboard showing the imported roster"
tui_keys F7
tui_wait "$TOTAL|R2021-$(printf %04d "$TOTAL")" "the orders screen showing the new orders"
tui_quit
[ "${tui_rc:-0}" -eq 0 ] || fail "the TUI exited with $tui_rc"
echo "$TOTAL orders and receipts from 4 clerks while a 2000-row import ran: gapless, unique" >&2
done_test
