# SPDX-License-Identifier: MIT
# Key scripts (caiji tui --script, used by bench/tui): every key is replayed
# and timed, the screens it opens are drawn, the program ends with the
# script, and a bad key name is refused.
. "$testlib"
need sqlite3
expect_rc 0 init
printf '<F3>jj<Down><PgDn>\n/zs<Enter>\n# a comment\n<Esc>?<F1>q<F4><Home><F6>1234<Enter><Esc>\n' > "$T/keys"
TERM=xterm-256color LINES=24 COLUMNS=80 "$CAIJI" tui --script "$T/keys" --timings "$T/timings" \
	> "$T/screen" 2> "$T/err"
[ $? = 0 ] || fail "the script did not run: $(cat "$T/err")"
# what it drew: the dashboard, then each screen the keys opened
sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' "$T/screen" > "$T/drawn"
for what in 'Progress by college' 'Keys' 'Check-in'; do
	grep -aq "$what" "$T/drawn" || fail "the script's screens never drew \"$what\""
done
[ "$(grep -vc '^peak_rss_kb' "$T/timings")" = 22 ] || fail "not every key was timed: $(cat "$T/timings")"
grep -q '^peak_rss_kb	[0-9][0-9]*$' "$T/timings" || fail "no peak RSS"
awk -F '\t' '$1 != "peak_rss_kb" && (NF != 3 || $2 !~ /^[0-9]+$/ || $3 !~ /^[0-9]+$/) { exit 1 }' \
	"$T/timings" || fail "malformed timings"
printf 'j<Nonsense>\n' > "$T/bad"
TERM=xterm-256color "$CAIJI" tui --script "$T/bad" > /dev/null 2> "$T/err"
[ $? = 2 ] || fail "a bad key name was not refused"
grep -q 'line 1' "$T/err" || fail "the refusal does not name the line: $(cat "$T/err")"
done_test
