# SPDX-License-Identifier: MIT
# Every command answers --help with its usage (exit 0), every family lists its
# subcommands, and caiji(1) names every command.
. "$testlib"
expect_rc 0 --help
sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p; s/^  \([a-z][a-z-]*\)$/\1/p' "$T/out" | sort -u > "$T/cmds"
[ "$(wc -l < "$T/cmds")" -ge 3 ] || fail "caiji --help lists too few commands"
while read -r cmd; do
	"$CAIJI" "$cmd" --help > "$T/h" 2>&1 || fail "caiji $cmd --help fails"
	grep -qi "usage\|用法" "$T/h" || fail "caiji $cmd --help prints no usage"
	grep -q "^\.B $cmd\b\|^\.BI $cmd\b\|^\.BR $cmd\b" "$top_srcdir/man/caiji.1" ||
		fail "caiji(1) does not describe $cmd"
	# a family's help lists its subcommands, each answering --help too
	sed -n "s/^  $cmd \([a-z][a-z-]*\).*/\1/p" "$T/h" | while read -r sub; do
		"$CAIJI" "$cmd" "$sub" --help > "$T/hs" 2>&1 || echo "$cmd $sub" >> "$T/bad"
		grep -q "caiji $cmd $sub" "$T/hs" || echo "$cmd $sub (usage)" >> "$T/bad"
	done
done < "$T/cmds"
[ ! -s "$T/bad" ] || fail "subcommands without --help: $(cat "$T/bad")"
done_test
