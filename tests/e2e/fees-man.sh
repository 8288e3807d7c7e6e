# SPDX-License-Identifier: MIT
# caiji(1) names every money subcommand and caiji-fees(7) every column of the
# money and orders reports and every field of the printed documents.
. "$testlib"
. "$(dirname "$testlib")/fees-lib.sh"
man1="$top_srcdir/man/caiji.1"
man7="$top_srcdir/man/caiji-fees.7"
for family in order invoice receipt fees report; do
	"$CAIJI" $family --help | sed -n "s/^  $family \([a-z]*\).*/\1/p" > "$T/subs"
	[ -s "$T/subs" ] || fail "$family --help lists nothing"
	while read -r sub; do
		grep -q "^\.B $family $sub\b" "$man1" || fail "caiji(1) lacks $family $sub"
	done < "$T/subs"
done
# report columns, from the program's own CSV headings
for report in money orders; do
	"$CAIJI" report $report --format csv | head -1 | tr -d '\357\273\277\r' | tr ',' '\n' > "$T/cols"
	while read -r col; do
		grep -q "^\.B $col\$\|$col" "$man7" || fail "caiji-fees(7) does not describe the $report column \"$col\""
	done < "$T/cols"
done
# document fields, from a printed receipt
order=$(order_add 1001 standard)
"$CAIJI" order pay "$order" --method cash > /dev/null || fail pay
"$CAIJI" receipt show R2021-0001 | sed -n 's/^\([A-Z][A-Za-z ]*\):.*/\1/p' | sort -u > "$T/fields"
while read -r field; do
	grep -q "$field" "$man7" || fail "caiji-fees(7) does not describe the field \"$field\""
done < "$T/fields"
done_test
