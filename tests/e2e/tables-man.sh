# SPDX-License-Identifier: MIT
# The one-table facts and what repeats them for people: every student field
# of src/roster/student-fields.def is a row of caiji-roster(5)'s header
# table with exactly its accepted headers, and every payment method of
# src/money/methods.def is in caiji(1), caiji-fees(7) and the pay commands'
# usage lines.
. "$testlib"
cd "$top_srcdir" || exit 99
# "name<TAB>header, header, ..." from the table (its entries span two lines)
awk '/^STUDENT_FIELD\(/ { e = $0; getline more; e = e " " more
	if (match(e, /STUDENT_FIELD\([A-Z_]+, "[a-z_]+"/) == 0) next
	name = substr(e, RSTART, RLENGTH); sub(/^STUDENT_FIELD\([A-Z_]+, "/, "", name); sub(/"$/, "", name)
	h = e; sub(/.*\(\"/, "\"", h); sub(/, NULL\).*/, "", h); gsub(/"/, "", h)
	print name "\t" h }' src/roster/student-fields.def > "$T/fields"
[ "$(wc -l < "$T/fields")" -eq 12 ] || fail "read $(wc -l < "$T/fields") fields from student-fields.def: $(cat "$T/fields")"
while IFS='	' read -r name headers; do
	grep -q "^$name	$headers	" man/caiji-roster.5 ||
		fail "caiji-roster(5) has no row \"$name	$headers\" (student-fields.def)"
done < "$T/fields"
# and no row the table does not have
sed -n '/^field	accepted headers/,/^\.TE/p' man/caiji-roster.5 | sed '1,2d;$d' | cut -f1 > "$T/man-fields"
cut -f1 "$T/fields" | diff - "$T/man-fields" >&2 || fail "caiji-roster(5)'s fields differ from student-fields.def"

sed -n 's/^METHOD(\([a-z]*\),.*/\1/p' src/money/methods.def > "$T/methods"
[ "$(wc -l < "$T/methods")" -ge 4 ] || fail "read $(wc -l < "$T/methods") methods from methods.def"
while read -r m; do
	grep -q "fB$m\\\\fR" man/caiji.1 || fail "caiji(1) does not name the method $m"
	grep -q "$m" man/caiji-fees.7 || fail "caiji-fees(7) does not name the method $m"
	for f in cli/cmd-order.c cli/cmd-invoice.c; do
		grep -q -- "--method [a-z|]*$m" "$f" || fail "$f's usage does not name the method $m"
	done
done < "$T/methods"
done_test
