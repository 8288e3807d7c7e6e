# SPDX-License-Identifier: MIT
# Crash safety: kill -9 at 20+ seeded random points during a large roster
# import and during a photo scan.  After every kill the database passes
# PRAGMA integrity_check, the import is all or nothing, and the scan's results
# are those of the last complete scan or of none.  (The kill points are drawn
# from the measured run time, so a slow machine or valgrind only moves them.)
. "$testlib"
need sqlite3
need awk
SEED=${CAIJI_CRASH_SEED:-20210310}
ROWS=100000
[ -n "${CAIJI_VALGRIND:-}" ] && ROWS=3000	# the point is the kill, not the size
KILLS=20

# a roster of ROWS valid students (unique numbers and IDs), one college
awk -v n="$ROWS" 'BEGIN {
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); split("1 0 X 9 8 7 6 5 4 3 2", cc, " ")
	print "学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次"
	for (i = 0; i < n; i++) {
		d = sprintf("3701%02d%04d%02d%02d%03d", 1 + int(i / 10000), 1995 + i % 5, i % 12 + 1, i % 28 + 1, i % 1000)
		s = 0; for (k = 1; k <= 17; k++) s += substr(d, k, 1) * w[k]
		printf "S%07d,学生%d,%s,%s%s,19999,示范学院,专业,专科\n", i, i, (i % 1000) % 2 ? "男" : "女", d, cc[s % 11 + 1]
	}
}' > "$T/big.csv"
expect_rc 0 init --institution-code 19999 --institution-name 示范学院

# how long a whole import takes here, in milliseconds
t0=$(date +%s%N)
"$CAIJI" --db "$T/probe.db" init >/dev/null
"$CAIJI" --db "$T/probe.db" import --cohort 2021-uncollected --college 传媒学院 "$T/big.csv" >/dev/null 2>&1
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -gt 0 ] || ms=1000

# kill points: KILLS delays in [0, ms) from the seeded generator
awk -v seed="$SEED" -v n="$KILLS" -v ms="$ms" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%d\n", rand() * ms }' > "$T/points"
survived=0 partial=0 interrupted=0
while read -r delay; do
	cp "$CAIJI_DB" "$T/before.db" 2>/dev/null
	"$CAIJI" import --cohort 2021-uncollected --college 传媒学院 "$T/big.csv" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity check after a kill at ${delay} ms"
	n=$(sql 'SELECT count(*) FROM students')
	case $n in
	0) survived=$((survived + 1)); interrupted=$((interrupted + 1)) ;;
	"$ROWS") survived=$((survived + 1)) ;;
	*) partial=$((partial + 1)); fail "kill at ${delay} ms left $n of $ROWS students" ;;
	esac
	# start the next round from an empty season
	if [ "$n" = "$ROWS" ]; then
		sql 'PRAGMA foreign_keys = ON; DELETE FROM normalisations; DELETE FROM flags; DELETE FROM students' >/dev/null
	fi
done < "$T/points"
echo "import: $survived of $KILLS kill points left the season whole ($interrupted interrupted the import, nothing of it kept; import of $ROWS rows, ${ms} ms)" >&2
[ "$interrupted" -gt 0 ] || fail "no kill point fell inside the import: the test proved nothing"

# a photo scan: the photos table and the photo flags are those of a whole scan
mkdir "$T/photos"
i=0
while [ $i -lt 24 ]; do
	"$CAIJI" photo synth --seed $((i + 1)) "$T/photos/$(printf '1%03d' $((i + 1))).jpg" >/dev/null 2>&1 ||
		skip "photo synth is unavailable"
	i=$((i + 1))
done
# no student has these numbers: every file is a PHOTO_ORPHAN flag
t0=$(date +%s%N)
"$CAIJI" --db "$T/probe.db" photos scan --jobs 2 "$T/photos" >/dev/null 2>&1
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
awk -v seed="$((SEED + 1))" -v n="$KILLS" -v ms="$ms" 'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%d\n", rand() * ms }' > "$T/points"
scans=0
while read -r delay; do
	before=$(sql "SELECT count(*) FROM flags WHERE source = 'photo'")
	before_files=$(sql "SELECT count(*) FROM photos")
	"$CAIJI" photos scan --jobs 2 "$T/photos" >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v d="$delay" 'BEGIN { printf "%.3f", d / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity check after a scan killed at ${delay} ms"
	after=$(sql "SELECT count(*) FROM flags WHERE source = 'photo'")
	files=$(sql "SELECT count(*) FROM photos")
	# either nothing of this scan was written, or all of it
	if ! { [ "$files" = "$before_files" ] && [ "$after" = "$before" ]; } &&
	    ! { [ "$files" = 24 ] && [ "$after" = 24 ]; }; then
		fail "scan killed at ${delay} ms: $files photo rows, $after photo flags"
	fi
	scans=$((scans + 1))
	# touch one file so every round has work to do
	touch "$T/photos/1005.jpg"
done < "$T/points"
# and a complete scan afterwards agrees with a fresh database's
"$CAIJI" photos scan "$T/photos" >/dev/null 2>&1
[ "$(sql "SELECT count(*) FROM flags WHERE source = 'photo' AND code = 'PHOTO_ORPHAN'")" = 24 ] ||
	fail "the scan after the kills does not flag the 24 files"
[ "$(sql "SELECT count(*) FROM photos")" = 24 ] || fail "the scan after the kills does not hold the 24 files"
echo "scan: $scans kill points, every one left a whole scan or none" >&2
done_test
