# SPDX-License-Identifier: MIT
# Every flag code of the program is described in caiji-rules(7) with its
# severity, and the page names no code the program lacks.  Each code there is
#   .TP
#   .B CODE
#   (error|warning|error or warning) meaning...
. "$testlib"
page="$top_srcdir/man/caiji-rules.7"
expect_rc 0 rules --format tsv
[ "$(head -1 "$T/out")" = "$(printf 'code\tseverity\tmessage\tfix')" ] || fail "tsv header"
[ "$(tail -n +2 "$T/out" | wc -l)" -ge 37 ] || fail "fewer than the 37 codes of SPEC §10"
tail -n +2 "$T/out" | cut -f1,2 > "$T/codes"
# the entries: a .TP line, then ".B CODE", then the text
awk '/^\.TP$/ { getline a; getline b; if (a ~ /^\.B [A-Z][A-Z0-9_]*$/) print substr(a, 4) "\t" b }' \
	"$page" > "$T/entries"
while IFS="$(printf '\t')" read -r code sev; do
	line=$(grep "^$code	" "$T/entries" | cut -f2)
	case $line in
	"($sev"*|*"or $sev)"*) ;;
	"") fail "$code is missing from caiji-rules(7)" ;;
	*) fail "$code: caiji-rules(7) says \"$line\", the program says $sev" ;;
	esac
done < "$T/codes"
cut -f1 "$T/entries" | while read -r code; do
	grep -q "^$code	" "$T/codes" || echo "$code" >> "$T/extra"
done
[ ! -s "$T/extra" ] || fail "caiji-rules(7) names codes the program lacks: $(cat "$T/extra")"
done_test
