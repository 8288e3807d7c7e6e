# SPDX-License-Identifier: MIT
# Home and End work whatever the terminal sends for them: tmux (and screen,
# PuTTY) send ESC [1~ and ESC [4~ even under TERM=xterm-256color, whose
# terminfo says ESC OH and ESC OF; xterm sends ESC [H / ESC [F or ESC OH /
# ESC OF; rxvt ESC [7~ / ESC [8~.  Each must move, never arrive as Esc
# (which would close the help screen they are tried on).
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
first='move up one line'
last='in a text field: clear it'

# home_end_ok HOW: after End the last key of the help is shown and the first
# is not; after Home the other way round; the help screen is still up
home_end_ok() {
	tui_wait "$last" "$term: $1 End did not reach the end of the help" || return 1
	grep -q "$first" "$T/screen" && fail "$term: $1 End left the top line shown"
	grep -qF 'Keys (q goes back)' "$T/screen" || fail "$term: $1 End closed the help screen"
}
home_ok() {
	tui_wait "$first" "$term: $1 Home did not go back to the top" || return 1
	grep -q "$last" "$T/screen" && fail "$term: $1 Home left the last line shown"
	grep -qF 'Keys (q goes back)' "$T/screen" || fail "$term: $1 Home closed the help screen"
}

tried=0
for term in xterm-256color xterm screen-256color tmux-256color screen; do
	infocmp "$term" >/dev/null 2>&1 || continue
	tried=$((tried + 1))
	tui_start 80 24 LANG=C.UTF-8 NO_COLOR=1 TERM=$term
	tui_wait 'Progress by college' || continue
	tui_keys '?'
	tui_wait "$first" || continue
	# the keys as tmux sends them (ESC [4~, ESC [1~)
	tui_keys End
	home_end_ok tmux
	tui_keys Home
	home_ok tmux
	# as xterm sends them: ESC OF / ESC OH, ESC [F / ESC [H; as rxvt: ESC [8~ / ESC [7~
	tmx send-keys -t "$TUI_S" -H 1b 4f 46
	home_end_ok 'ESC OF'
	tmx send-keys -t "$TUI_S" -H 1b 4f 48
	home_ok 'ESC OH'
	tmx send-keys -t "$TUI_S" -H 1b 5b 46
	home_end_ok 'ESC [F'
	tmx send-keys -t "$TUI_S" -H 1b 5b 48
	home_ok 'ESC [H'
	tmx send-keys -t "$TUI_S" -H 1b 5b 38 7e
	home_end_ok 'ESC [8~'
	tmx send-keys -t "$TUI_S" -H 1b 5b 37 7e
	home_ok 'ESC [7~'
	tui_quit
	[ "$tui_rc" = 0 ] || fail "$term: caiji tui exited $tui_rc: $(cat "$T/tui.err")"
done
[ "$tried" -gt 0 ] || skip "no terminfo entry for xterm, screen or tmux"
done_test
