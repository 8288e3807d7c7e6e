# SPDX-License-Identifier: MIT
# On-site check-in, in the TUI and on the command line: a scan marks the
# student collected with time and clerk (audited); repeats and unknown
# numbers are told loudly.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
clerk=$(id -un)
tui_start 80 24 LANG=C.UTF-8 NO_COLOR=1
tui_wait 'Progress by college' || exit 1
tui_keys F6
tui_wait 'Collected: 0 of 2 on-site students' || exit 1
# a keyboard-wedge reader types the number and Enter
tui_type "$ID_ZHAO"
tui_keys Enter
tui_wait 'checked in  3001 赵六' || exit 1
tui_wait 'Collected: 1 of 2 on-site students'
[ "$(sql "SELECT collected_by FROM students WHERE seq = '3001'")" = "$clerk" ] || fail "collected_by"
[ -n "$(sql "SELECT collected_at FROM students WHERE seq = '3001'")" ] || fail "collected_at"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'checkin' AND key = '2018030001'")" = 1 ] || fail "not audited"
grep -q "$ID_ZHAO" "$T/screen" && fail "the scanned number is shown unmasked"
# the same card again
tui_type "$ID_ZHAO"
tui_keys Enter
tui_wait "already checked in  3001 赵六: at .* by $clerk" || fail "a repeated scan is not shown"
# an unknown number, and a student who sends photos
tui_type 110101200001010000
tui_keys Enter
tui_wait 'no student has this number' || fail "an unknown scan is not shown"
tui_type "$ID_WANG"
tui_keys Enter
tui_wait 'not an on-site student' || fail "a photo-cohort student is not refused"
[ -z "$(sql "SELECT collected_at FROM students WHERE seq = '2001'")" ] || fail "2001 was marked"
tui_keys Escape
tui_wait 'Progress by college'
grep '应用设计学院' "$T/screen" | awk '{ if ($NF ~ /[0-9]/) exit 1 }' ; :
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# the command line
expect_rc 0 checkin "$ID_QIAN"
expect_out "^${ID_QIAN%????????????}\*+.*	checked in	3002	钱七	"
expect_rc 1 checkin "$ID_QIAN"
expect_out 'already checked in'
expect_rc 1 checkin 999
expect_out 'no student has this number'
expect_rc 2 checkin
# another clerk holds the write lock for a moment: the check-in waits for it
sql "UPDATE students SET collected_at = NULL WHERE seq = '3002'"
( printf 'BEGIN IMMEDIATE;\nUPDATE settings SET value = value WHERE key = %s;\n' "'season'"
  sleep 1; printf 'COMMIT;\n' ) | sqlite3 "$CAIJI_DB" &
locker=$!
i=0
until [ "$(sqlite3 "$CAIJI_DB" 'PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;' 2>&1)" != "0" ] ||
	[ $i -ge 200 ]; do i=$((i + 1)); sleep 0.01; done
# the test proves the wait only if the lock was seen and is still held
[ $i -lt 200 ] || fail "the other clerk's write lock was never seen"
kill -0 "$locker" 2>/dev/null || fail "the lock was gone before the check-in started"
expect_rc 0 checkin "$ID_QIAN"
expect_out 'checked in'
wait $locker
done_test
