# SPDX-License-Identifier: MIT
# caiji demo on a terminal opens the demo season in the TUI, whose dashboard
# agrees with caiji check; without a terminal it prints the summary.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_start 80 24 LANG=C.UTF-8 NO_COLOR=1 -- demo --photos 12 "$T/demo"
tui_wait 'Progress by college' "caiji demo did not open the TUI" || exit 1
tui_wait '^ Total +[0-9]+ ' || exit 1
CAIJI_DB="$T/demo/season.db"
# each college's roster and students with errors, as caiji check counts them
expect_rc 1 check --format tsv
for college in $(sql "SELECT name FROM colleges ORDER BY seq_first"); do
	roster=$(sql "SELECT count(*) FROM students s JOIN colleges c ON c.id = s.college_id WHERE c.name = '$college'")
	"$CAIJI" check --college "$college" --format tsv > "$T/check" 2>/dev/null
	errors=$(awk -F '\t' 'NR > 1 && $4 == "error" && $2 != "" { print $2 }' "$T/check" | sort -u | wc -l)
	got=$(grep "^ $college " "$T/screen" | awk '{ print $2, $6 }')
	[ "$got" = "$roster $errors" ] || fail "$college: the dashboard shows \"$got\", caiji check says \"$roster $errors\""
done
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji demo exited $tui_rc"
# no terminal: the summary
expect_rc 0 demo --photos 3 "$T/demo2"
expect_out 'Try: caiji --db'
done_test
