# SPDX-License-Identifier: MIT
# caiji backup and restore: a 0600 copy taken while another clerk writes, and a
# restore that saves what it replaces and is audited.
. "$testlib"
need sqlite3
expect_rc 0 init --institution-name 示例学院
# another clerk holds a read transaction open: the backup still works
sqlite3 "$CAIJI_DB" "BEGIN; SELECT count(*) FROM colleges;" >/dev/null &
expect_rc 0 backup "$T/b1.db"
wait
[ -f "$T/b1.db" ] || fail "no backup written"
[ "$(stat -c %a "$T/b1.db")" = 600 ] || fail "backup mode is $(stat -c %a "$T/b1.db")"
[ "$(sqlite3 "$T/b1.db" 'PRAGMA integrity_check')" = ok ] || fail "backup damaged"
[ "$(sqlite3 "$T/b1.db" "SELECT value FROM settings WHERE key = 'institution_name'")" = 示例学院 ] ||
	fail "backup lacks the settings"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'backup'")" = 1 ] || fail "backup not audited"
ls "$T"/b1.db.tmp* >/dev/null 2>&1 && fail "temporary file left behind"

# never overwrite an existing file
expect_rc 2 backup "$T/b1.db"
expect_err 'already exists'

# change the season, then restore the backup
expect_rc 0 init --institution-name 改过的名字
expect_rc 0 restore "$T/b1.db"
expect_out 'before-restore'
[ "$(sql "SELECT value FROM settings WHERE key = 'institution_name'")" = 示例学院 ] || fail "not restored"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'restore'")" = 1 ] || fail "restore not audited"
saved=$(ls "$CAIJI_DB".before-restore-* 2>/dev/null | head -1)
[ -n "$saved" ] || fail "the replaced season was not saved"
[ "$(sqlite3 "$saved" "SELECT value FROM settings WHERE key = 'institution_name'")" = 改过的名字 ] ||
	fail "the saved copy is not the replaced season"

# a file that is not a caiji database is refused and nothing changes
echo "just text, not a database" > "$T/junk.db"
expect_rc 2 restore "$T/junk.db"
[ "$(sql "SELECT value FROM settings WHERE key = 'institution_name'")" = 示例学院 ] || fail "junk restore changed data"
expect_rc 2 restore "$T/missing.db"
expect_rc 2 backup
done_test
