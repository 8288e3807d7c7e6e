# SPDX-License-Identifier: MIT
# Shared helpers for the TUI tests: drive the real program in a private tmux
# server and read what the screen shows.  Sourced after $testlib.
#
#   tui_fixture                 a small season: a roster imported, a few flags
#   tui_start COLS ROWS VAR=VALUE... [-- ARGS...]
#                               runs caiji tui (or caiji ARGS) in a fresh window
#   tui_keys KEY...             tmux send-keys (key names: Enter, Down, F3, ...)
#   tui_type TEXT               types TEXT literally (UTF-8 is fine)
#   tui_wait PATTERN [MSG]      polls the screen until grep -E PATTERN matches
#   tui_screen                  the screen now, in $T/screen
#   tui_resize COLS ROWS
#   tui_quit                    q until caiji exits; its status in $tui_rc
#   path_without_spooler        $PATH less the directories holding lp or lpr
# Nothing is timed: tui_wait polls a bounded number of times and fails with
# the screen it saw.
need tmux
TUI_SOCK="$T/tmux.sock"
# under valgrind everything is much slower: poll longer
TUI_TRIES=${TUI_TRIES:-400}
[ -z "${CAIJI_VALGRIND:-}" ] || TUI_TRIES=$((TUI_TRIES * 10))

tmx() { tmux -u -S "$TUI_SOCK" "$@"; }
trap 'tmx kill-server >/dev/null 2>&1; rm -rf "$T"' EXIT

# idnum PREFIX17: the 18-digit ID number with its GB 11643 check character
idnum() {
	echo "$1" | awk '{ split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ");
		s = 0; for (i = 1; i <= 17; i++) s += substr($0, i, 1) * w[i];
		print $0 substr("10X98765432", s % 11 + 1, 1) }'
}

# dwidth: display width of each input line (UTF-8; 3-byte characters are CJK, 2 columns)
dwidth() {
	LC_ALL=C awk '{ s = $0; n = gsub(/[\343-\351][\200-\277][\200-\277]/, "", s); m = gsub(/[\300-\377][\200-\277]*/, "", s); print length(s) + 2 * n + m }'
}

# A season from a roster imported as a clerk would: six students, one with a
# gender that does not match the ID number (ID_GENDER), one whose name holds
# an escape sequence, two of the on-site cohort.  The photo flags stand in
# for a photos scan.
tui_fixture() {
	need sqlite3
	expect_rc 0 init --institution-code 12345 --institution-name 示例学院
	ID_ZHANG=$(idnum 37010220010503123)
	ID_LI=$(idnum 37010220020715124)
	ID_WANG=$(idnum 11010119991231101)
	ID_EVIL=$(idnum 44010120000101111)
	ID_ZHAO=$(idnum 32010219980102345)
	ID_QIAN=$(idnum 32010219981230346)
	{
		echo '拍摄序号,学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次,学院,批次'
		echo "1001,2017010001,张三,男,$ID_ZHANG,12345,示例学院,广播电视编导,本科,传媒学院,2021-uncollected"
		echo "1002,2017010002,李四,男,$ID_LI,12345,示例学院,播音与主持艺术,本科,传媒学院,2021-uncollected"
		echo "2001,2017020001,王小明,男,$ID_WANG,12345,示例学院,环境设计,专科,环境艺术设计学院,2021-uncollected"
		printf '2002,2017020002,Evil\033[31mRED,男,%s,12345,示例学院,环境设计,专科,环境艺术设计学院,2021-uncollected\n' "$ID_EVIL"
		echo "3001,2018030001,赵六,男,$ID_ZHAO,12345,示例学院,视觉传达设计,本科,应用设计学院,2022-onsite"
		echo "3002,2018030002,钱七,女,$ID_QIAN,12345,示例学院,视觉传达设计,本科,应用设计学院,2022-onsite"
	} > "$T/roster.csv"
	expect_rc 1 import "$T/roster.csv"
	[ "$(sql "SELECT group_concat(code) FROM flags")" = ID_GENDER ] ||
		fail "the fixture's roster flags: $(sql 'SELECT seq, code FROM flags')"
	sql "INSERT INTO flags(student_id, seq, code, severity, detail, source)
	SELECT id, seq, 'PHOTO_MISSING', 'error', '', 'photo' FROM students WHERE seq = '1001';
	INSERT INTO flags(student_id, seq, code, severity, detail, source)
	SELECT id, seq, 'PHOTO_BACKGROUND', 'warning', '', 'photo' FROM students WHERE seq = '1002';
	INSERT INTO flags(student_id, seq, code, severity, detail, source)
	SELECT id, seq, 'PHOTO_DPI', 'error', '', 'photo' FROM students WHERE seq = '2001';" || exit 99
}

# each start gets a server of its own (tmux 3.3 does not survive a second
# session once window-size is manual)
TUI_N=0
TUI_S=tui
tui_start() {
	cols=$1 rows=$2
	shift 2
	vars= args=tui
	while [ $# -gt 0 ]; do
		if [ "$1" = -- ]; then shift; args="$*"; break; fi
		vars="$vars $1"
		shift
	done
	tmx kill-server >/dev/null 2>&1
	TUI_N=$((TUI_N + 1))
	TUI_SOCK="$T/tmux$TUI_N.sock"
	# the program runs in a pinned environment; its exit status is printed after it
	tmx -f /dev/null new-session -d -s "$TUI_S" -x "$cols" -y "$rows" \
		"env -i PATH=\"$PATH\" HOME=\"$HOME\" TZ=Asia/Shanghai TERM=xterm-256color \
		CAIJI_DB=\"$CAIJI_DB\" CAIJI_LOCALEDIR=\"$CAIJI_LOCALEDIR\" CAIJI_DATADIR=\"$CAIJI_DATADIR\" \
		${CAIJI_REAL:+CAIJI_REAL=\"$CAIJI_REAL\"} ${CAIJI_VALGRIND:+CAIJI_VALGRIND=1} \
		$vars \"$CAIJI\" $args 2>\"$T/tui.err\"; echo CAIJI-EXIT:\$?; sleep 600" || exit 99
	tmx set-option -g window-size manual >/dev/null 2>&1
}

tui_keys() { tmx send-keys -t "$TUI_S" "$@"; }
tui_type() { tmx send-keys -t "$TUI_S" -l "$1"; }
tui_screen() { tmx capture-pane -p -t "$TUI_S" > "$T/screen"; }

# tui_settle: captures until two captures in a row agree (a frame may arrive
# in pieces), keeping the last one in $T/screen
tui_settle() {
	j=0
	cp "$T/screen" "$T/screen.prev"
	while [ "$j" -lt 20 ]; do
		sleep 0.02
		tui_screen
		cmp -s "$T/screen" "$T/screen.prev" && return 0
		cp "$T/screen" "$T/screen.prev"
		j=$((j + 1))
	done
}

tui_wait() {
	i=0
	while [ "$i" -lt "$TUI_TRIES" ]; do
		tui_screen
		if grep -Eq -- "$1" "$T/screen"; then
			tui_settle
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	fail "${2:-screen lacks /$1/}:"
	cat "$T/screen" >&2
	return 1
}

# tui_wait_gone PATTERN: polls until the screen no longer shows PATTERN
tui_wait_gone() {
	i=0
	while [ "$i" -lt "$TUI_TRIES" ]; do
		tui_screen
		grep -Eq -- "$1" "$T/screen" || return 0
		sleep 0.05
		i=$((i + 1))
	done
	fail "screen still shows /$1/:"
	cat "$T/screen" >&2
	return 1
}

tui_resize() { tmx resize-window -t "$TUI_S" -x "$1" -y "$2"; }

tui_quit() {
	tui_rc=
	for _ in 1 2 3 4 5 6; do
		tui_keys Escape
		tui_keys q
		tui_screen
		grep -q 'CAIJI-EXIT:' "$T/screen" && break
	done
	tui_wait 'CAIJI-EXIT:' "caiji did not quit" || return 1
	tui_rc=$(sed -n 's/.*CAIJI-EXIT:\([0-9]*\).*/\1/p' "$T/screen" | head -1)
}

# path_without_spooler: $PATH without the directories that hold lp or lpr,
# for a caiji that must find no printer spooler
path_without_spooler() {
	(
		p=
		IFS=:
		for d in $PATH; do
			[ -e "$d/lp" ] || [ -e "$d/lpr" ] || p="$p${p:+:}$d"
		done
		echo "$p"
	)
}
