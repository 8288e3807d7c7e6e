# SPDX-License-Identifier: MIT
# Every command of `caiji --help` (and each family's subcommands) is
# described in caiji(1).
. "$testlib"
page="$top_srcdir/man/caiji.1"
expect_rc 0 --help
awk '/^  [a-z]/ { print $1 }' "$T/out" > "$T/cmds"
[ -s "$T/cmds" ] || fail "no commands in --help"
while read -r c; do
	grep -Eq "^\.B[IR]? \"?$c( |\"|$)" "$page" || fail "caiji(1) does not describe \"$c\""
done < "$T/cmds"
for fam in seq student; do
	expect_rc 0 $fam --help
	awk '/^  [a-z]/ { print $2 }' "$T/out" | while read -r sub; do
		grep -Eq "^\.B[IR]? \"?$fam $sub( |\"|$)" "$page" || echo "$fam $sub" >> "$T/missing"
	done
done
[ ! -s "$T/missing" ] || fail "caiji(1) lacks: $(cat "$T/missing")"
grep -q 'caiji\\-roster' "$page" || fail "caiji(1) does not point to caiji-roster(5)"
done_test
