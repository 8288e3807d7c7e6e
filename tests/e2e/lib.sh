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
