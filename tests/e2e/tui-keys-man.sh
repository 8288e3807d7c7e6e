# SPDX-License-Identifier: MIT
# caiji(1) lists every key of the key table in KEY BINDINGS, and no other.
. "$testlib"
page="$top_srcdir/man/caiji.1"
expect_rc 0 tui --list-keys
[ "$(head -1 "$T/out")" = "$(printf 'name\tkeys\thelp')" ] || fail "--list-keys header"
[ "$(tail -n +2 "$T/out" | wc -l)" -ge 20 ] || fail "fewer keys than expected"
# the section, with roff's \- and \fX undone
sed -n '/^\.SH "\{0,1\}KEY BINDINGS/,/^\.SH/p' "$page" | sed 's/\\-/-/g' > "$T/section"
[ -s "$T/section" ] || fail "caiji(1) has no KEY BINDINGS section"
tail -n +2 "$T/out" | cut -f2 | tr ' ' '\n' | sort -u > "$T/keys"
while read -r key; do
	grep -qF "\\fB$key\\fR" "$T/section" || fail "caiji(1) lacks the key $key"
done < "$T/keys"
# every help line is there too, so that a changed meaning changes the page
tail -n +2 "$T/out" | cut -f3 | while read -r help; do
	grep -qF "$help" "$T/section" || echo "$help" >> "$T/nohelp"
done
[ ! -s "$T/nohelp" ] || fail "caiji(1) lacks the help of: $(cat "$T/nohelp")"
grep -o '\\fB[^\\]*\\fR' "$T/section" | sed 's/\\fB\(.*\)\\fR/\1/' | sort -u > "$T/inpage"
while read -r key; do
	grep -qxF -- "$key" "$T/keys" || fail "caiji(1) names a key the program lacks: $key"
done < "$T/inpage"
done_test
