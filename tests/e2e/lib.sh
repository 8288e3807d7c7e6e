# SPDX-License-Identifier: MIT
# Sourced by every end-to-end test.  Gives a scratch directory, a pinned
# environment and small assertion helpers.  Exit 77 skips, 99 is a hard error.
set -u
: "${CAIJI:?run through make check}"
T=$(mktemp -d "${TMPDIR:-/tmp}/caiji-e2e.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
export LANG=C.UTF-8 LC_ALL= LANGUAGE= TZ=Asia/Shanghai HOME="$T/home" NO_COLOR=1
export CAIJI_DB="$T/season.db"
mkdir -p "$HOME"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
skip() { echo "SKIP: $*" >&2; exit 77; }
need() { command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"; }
# need_zh: the test checks Chinese output, so it needs the zh_CN.UTF-8 locale
# (tools/install-deps makes it); without it the test skips, which CI refuses
need_zh() { locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$' || skip "no zh_CN.UTF-8 locale (tools/install-deps)"; }

# caiji ARGS...: runs the program; its status is in $rc, output in $T/out, $T/err
run() {
	"$CAIJI" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
# expect_rc N ARGS...: runs and checks the exit status
expect_rc() {
	want=$1; shift
	run "$@"
	[ "$rc" -eq "$want" ] || fail "caiji $*: exit $rc, want $want; stderr: $(head -c 400 "$T/err")"
}
# expect_out PATTERN: the last run's stdout matches the grep -E pattern
expect_out() { grep -Eq -- "$1" "$T/out" || fail "stdout lacks /$1/: $(head -c 600 "$T/out")"; }
expect_err() { grep -Eq -- "$1" "$T/err" || fail "stderr lacks /$1/: $(head -c 600 "$T/err")"; }
expect_no_out() { ! grep -Eq -- "$1" "$T/out" || fail "stdout has /$1/"; }
# sql QUERY: one value from the season database
sql() { sqlite3 -batch -noheader "$CAIJI_DB" "$1"; }

done_test() {
	[ "$failures" -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
	exit 0
}

# Valid ID numbers (check digits computed) for fixtures; the 17th digit's
# parity gives the gender: A, C, E, G male; B, D, F, H female.
ID_A=370102199901010015 ID_B=370102199902020020 ID_C=370202200003030031
ID_D=370302199804040045 ID_E=110105200105050055 ID_F=370102199906060062
ID_G=370102199907070078 ID_H=370102199908080083
HEADER='拍摄序号,学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次,学院,批次'
# init_season: a season with the institution set, as most tests need
init_season() {
	"$CAIJI" init --institution-code 19999 --institution-name 示范学院 >/dev/null ||
		{ echo "init failed" >&2; exit 99; }
}
# roster_row SEQ NO NAME GENDER ID [COLLEGE]: one CSV line of the standard columns
roster_row() {
	printf '%s,%s,%s,%s,%s,19999,示范学院,摄影,专科,%s,2021-uncollected\n' \
	    "$1" "$2" "$3" "$4" "$5" "${6:-传媒学院}"
}
# dump: the whole database as SQL text, to prove a refused command changed nothing
dump() { sqlite3 "$CAIJI_DB" .dump; }
# flags CODE: "student_no" of every student flagged CODE, sorted, space-separated
flagged() {
	sqlite3 -batch -noheader "$CAIJI_DB" "SELECT s.student_no FROM flags f JOIN students s
	    ON s.id = f.student_id WHERE f.code = '$1' ORDER BY 1" | tr '\n' ' ' | sed 's/ $//'
}
