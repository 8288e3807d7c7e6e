# SPDX-License-Identifier: MIT
# The layers (HACKING.md's map): the core's folders each include only
# themselves and the folders before them in the order below; the demo only
# the core; the TUI the core and itself; the commands (cli/) anything.  An
# include names its folder ("roster/cohort.h").  No include cycles between
# modules (x.c, x.h and x-private.h are one module).  The core and the demo
# never include curses, never print to a terminal and never exit.  The
# checker runs on the tree, then on copies with a planted violation of each
# rule, which it must catch.
. "$testlib"
core_order="util db season flag roster ledger photo money export report view"
# the only places the core may stop the process, and why
may_exit="src/util/xalloc.c src/util/print.c"	# out of memory; the forked child of lp after execvp failed

# rank FOLDER: its place in the flow (core folders in core_order, then the
# demo, the TUI and the commands); empty for an unknown folder
rank() {
	local i=0 f
	for f in $core_order demo tui cli; do
		[ "$f" = "$1" ] && { echo "$i"; return; }
		i=$((i + 1))
	done
}

# check_tree DIR: prints one line per violation in DIR's src/, tui/, cli/
check_tree() (
	cd "$1" || exit 99
	: > "$T/edges"
	for f in src/*/*.[ch] src/*/*.def tui/*.[ch] tui/*.def cli/*.[ch]; do
		[ -f "$f" ] || continue
		case $f in
		src/*) from=${f#src/}; from=${from%%/*} ;;
		*) from=${f%%/*} ;;
		esac
		rf=$(rank "$from")
		[ -n "$rf" ] || { echo "$f: folder $from is not in the map"; continue; }
		sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f" |
		while IFS= read -r h; do
			[ "$h" = config.h ] && continue
			case $h in
			*/*) ;;
			*) echo "$f: #include \"$h\" names no folder"; continue ;;
			esac
			to=${h%%/*}
			rt=$(rank "$to")
			if [ -z "$rt" ] || { [ ! -f "src/$h" ] && [ ! -f "$h" ]; }; then
				echo "$f: #include \"$h\": no such header"
				continue
			fi
			[ "$rt" -le "$rf" ] || echo "$f: $from may not include $to (\"$h\")"
			# module edges for the cycle check: x.c, x.h and x-private.h are one
			m1=${f%.*}; m1=${m1%-private}; m2=$h; m2=${m2%.*}; m2=${m2%-private}
			[ -f "src/$h" ] && m2=src/$m2
			[ "$m1" = "$m2" ] || echo "$m1 $m2" >> "$T/edges"
		done
	done
	tsort "$T/edges" > /dev/null 2> "$T/tsort" || { echo "include cycle:"; grep -v '^tsort: -: input contains a loop' "$T/tsort"; }
	# the core and the demo: no curses, no terminal, no exit (comments and
	# strings removed first, so that a word in a sentence does not count)
	for f in src/*/*.[ch]; do
		case " $may_exit " in *" $f "*) continue ;; esac
		grep -lEq '#include *[<"](n?curses|ncursesw/|term\.h)' "$f" && echo "$f: includes curses"
		awk '{ s = s $0 "\n" } END {
			gsub(/\/\*([^*]|\*+[^*\/])*\*+\//, "", s)	# comments
			gsub(/"([^"\\\n]|\\.)*"/, "\"\"", s)		# strings
			n = split(s, l, "\n")
			for (i = 1; i <= n; i++)
				if (l[i] ~ /(^|[^_a-z])(printf|puts|putchar|perror|exit|_exit|abort)[ \t]*\(|(^|[^_a-z])(stdout|stderr)([^_a-z]|$)/)
					printf "%s:%d: prints to a terminal or exits: %s\n", FILENAME, i, l[i]
		}' "$f"
	done
)

# the tree as it is: no violation
check_tree "$top_srcdir" > "$T/violations"
[ -s "$T/violations" ] && fail "layer violations:
$(cat "$T/violations")"

# planted violations, one at a time, each caught
planted() {	# planted FILE LINE: checks a copy of the tree with LINE added to FILE
	rm -rf "$T/tree" && mkdir "$T/tree" &&
		cp -R "$top_srcdir/src" "$top_srcdir/tui" "$top_srcdir/cli" "$T/tree/" &&
		printf '%s\n' "$2" >> "$T/tree/$1" || exit 99
	check_tree "$T/tree" > "$T/planted"
}
plant() {	# plant WHAT FILE LINE: the checker must find it
	planted "$2" "$3"
	grep -q "${2##*/}" "$T/planted" || fail "planted $1 in $2 was not caught"
}
plant "an upward include" src/db/db.c '#include "roster/cohort.h"'
plant "a core include of the TUI" src/report/report.c '#include "tui/draw.h"'
plant "a TUI include of a command" tui/draw.c '#include "cli/cmd.h"'
plant "an include without its folder" src/money/fee.c '#include "db.h"'
plant "curses in the core" src/util/text.c '#include <curses.h>'
plant "printing in the core" src/season/cohort.c 'static void f(void) { printf("x"); }'
plant "an exit in the core" src/photo/profile.c 'static void g(void) { exit(1); }'
planted src/roster/idcard.h '#include "roster/validate.h"'
grep -q 'include cycle' "$T/planted" || fail "a planted include cycle (idcard.h, validate) was not caught"
# a word in a comment or a string is not a call
planted src/util/when.c '/* never printf( here */ static const char *w = "exit(1)";'
[ -s "$T/planted" ] && fail "a comment or a string was taken for a call: $(cat "$T/planted")"
done_test
