# SPDX-License-Identifier: MIT
# Export crash safety: kill -9 at seeded points during an export.  After
# every kill, either the package is complete and recorded in the ledger, or
# there is no ledger entry and at most a temporary folder (and, killed
# between the rename and the commit, the unrecorded package beside it),
# which the next export into the same directory removes before it writes
# the package once.
. "$testlib"
need sqlite3
need awk
need sha256sum
SEED=${CAIJI_CRASH_SEED:-20210309}
N=30
[ -n "${CAIJI_VALGRIND:-}" ] && N=6
KILLS=20
[ -n "${CAIJI_VALGRIND:-}" ] && KILLS=6	# the same kills, fewer under valgrind
export CAIJI_TODAY=2021-03-09

awk -v n="$N" 'BEGIN {
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); split("1 0 X 9 8 7 6 5 4 3 2", cc, " ")
	print "拍摄序号,学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次"
	for (i = 0; i < n; i++) {
		d = sprintf("370102%04d%02d%02d%03d", 1995 + i % 5, i % 12 + 1, i % 28 + 1, 100 + i)
		s = 0; for (k = 1; k <= 17; k++) s += substr(d, k, 1) * w[k]
		printf "%04d,S%07d,学生%d,%s,%s%s,10456,示例学院,专业,本科\n", 1001 + i, i, i,
		    (100 + i) % 2 ? "男" : "女", d, cc[s % 11 + 1]
	}
}' > "$T/roster.csv"
expect_rc 0 init --institution-code 10456 --institution-name 示例学院
expect_rc 0 import --cohort 2021-uncollected --college 传媒学院 "$T/roster.csv"
mkdir -p "$T/photos"
expect_rc 0 photo synth --seed 7 --count "$N" --first-seq 1001 "$T/photos"
run photos scan "$T/photos"
[ "$rc" -le 1 ] || fail "photos scan: exit $rc"
cp "$CAIJI_DB" "$T/fresh.db"

# how long a whole export takes here, in milliseconds
t0=$(date +%s%N)
"$CAIJI" --db "$T/probe.db" init >/dev/null 2>&1
cp "$T/fresh.db" "$T/probe.db"
"$CAIJI" --db "$T/probe.db" export xuexin --out "$T/probe" >/dev/null 2>&1
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -gt 0 ] || ms=100
[ -d "$T/probe/10456_传媒学院_20210309" ] || fail "the probe export wrote nothing"

awk -v seed="$SEED" -v n="$KILLS" -v ms="$ms" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%d\n", rand() * ms }' > "$T/points"
i=0
while read -r delay; do
	i=$((i + 1))
	db="$T/kill$i.db" out="$T/out$i"
	cp "$T/fresh.db" "$db"
	"$CAIJI" --db "$db" export xuexin --out "$out" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] || fail "kill $i: database damaged"
	rows=$(sqlite3 "$db" 'SELECT count(*) FROM submissions')
	pkgs=$(sqlite3 "$db" 'SELECT count(*) FROM packages')
	if [ -d "$out/10456_传媒学院_20210309" ] && [ "$rows" != 0 ]; then
		[ "$rows" = "$N" ] && [ "$pkgs" = 1 ] || fail "kill $i: a package with part of its ledger rows ($rows, $pkgs)"
		(cd "$out/10456_传媒学院_20210309" && sha256sum -c --quiet SHA256SUMS) ||
			fail "kill $i: the package is incomplete"
	else
		[ "$rows" = 0 ] && [ "$pkgs" = 0 ] || fail "kill $i: ledger rows without a package"
		# killed between the rename and the commit: the package is there,
		# unrecorded, and its temporary folder says so
		if [ -d "$out/10456_传媒学院_20210309" ]; then
			ls "$out"/.caiji-tmp-*/.renamed >/dev/null 2>&1 ||
				fail "kill $i: an unrecorded package and nothing saying so"
		fi
		# the next export removes what was left and writes the package once
		"$CAIJI" --db "$db" export xuexin --out "$out" >/dev/null 2>&1 ||
			fail "kill $i: the export after the kill failed"
		[ -d "$out/10456_传媒学院_20210309" ] || fail "kill $i: no package after the rerun"
		[ "$(sqlite3 "$db" 'SELECT count(*) FROM submissions')" = "$N" ] || fail "kill $i: rerun ledger"
		(cd "$out/10456_传媒学院_20210309" && sha256sum -c --quiet SHA256SUMS) ||
			fail "kill $i: the rerun package is incomplete"
	fi
	[ -z "$(ls -A "$out" | grep -v '^10456_传媒学院_20210309$' | grep -v '^\.caiji-tmp-')" ] ||
		fail "kill $i: unexpected files: $(ls -A "$out")"
	"$CAIJI" --db "$db" export xuexin --out "$out" >/dev/null 2>&1
	[ -z "$(ls -A "$out" | grep '^\.caiji-tmp-')" ] || fail "kill $i: a temporary folder survived the next export"
	[ ! -e "$out/10456_传媒学院_20210309-2" ] || fail "kill $i: exported twice"
done < "$T/points"
done_test
