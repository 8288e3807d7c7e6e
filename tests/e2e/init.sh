# SPDX-License-Identifier: MIT
# caiji init: creates a 0600 database with the defaults; refuses what it cannot open.
. "$testlib"
need sqlite3

expect_rc 0 init --institution-code 99999 --institution-name 示例学院
expect_out 'Created'
[ "$(stat -c %a "$CAIJI_DB")" = 600 ] || fail "database mode is $(stat -c %a "$CAIJI_DB")"
[ "$(sql 'SELECT count(*) FROM colleges')" = 7 ] || fail "7 colleges expected"
[ "$(sql "SELECT seq_first || '-' || seq_last FROM colleges WHERE name = '航空学院'")" = 7001-7999 ] ||
	fail "航空学院 block"
[ "$(sql 'SELECT count(*) FROM cohorts')" = 3 ] || fail "3 cohorts expected"
[ "$(sql "SELECT amount_fen FROM fee_items WHERE code = 'scatter-premium'")" = 8000 ] || fail "premium fee"
[ "$(sql "SELECT value FROM settings WHERE key = 'photo_deadline'")" = 2021-03-09 ] || fail deadline
[ "$(sql "SELECT value FROM settings WHERE key = 'institution_code'")" = 99999 ] || fail code
[ "$(sql 'PRAGMA journal_mode')" = wal ] || fail "not WAL"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'init' AND user = '$(id -un)'")" = 1 ] ||
	fail "init not audited with the Unix user"

# again: nothing loaded twice, the name updated and audited
expect_rc 0 init --institution-name 另一个名字
expect_out 'already exists'
[ "$(sql 'SELECT count(*) FROM colleges')" = 7 ] || fail "colleges loaded twice"
[ "$(sql "SELECT old_value FROM audit WHERE key = 'institution_name' ORDER BY id DESC LIMIT 1")" = 示例学院 ] ||
	fail "rename not audited"

# --db wins over $CAIJI_DB; the XDG default is used when neither is set
expect_rc 0 --db "$T/other.db" init
[ -f "$T/other.db" ] || fail "--db ignored"
( unset CAIJI_DB; XDG_DATA_HOME="$T/xdg" "$CAIJI" init >/dev/null ) || fail "init with XDG default"
[ -f "$T/xdg/caiji/season.db" ] || fail "XDG default path not used"

# what cannot be opened is refused with exit 2
echo "not a database at all, only text" > "$T/junk.db"
expect_rc 2 --db "$T/junk.db" init
expect_err 'not a caiji database'
expect_rc 2 --db "$T/no/such/dir/x.db" init
expect_err 'cannot create'

# a season shared with a group: database and everything written after 0660
grp=$(id -gn)
expect_rc 0 --db "$T/shared.db" init --group "$grp"
[ "$(stat -c '%a %G' "$T/shared.db")" = "660 $grp" ] || fail "shared db is $(stat -c '%a %G' "$T/shared.db")"
expect_rc 0 --db "$T/shared.db" backup "$T/shared-backup.db"
[ "$(stat -c %a "$T/shared-backup.db")" = 660 ] || fail "backup of a shared season is $(stat -c %a "$T/shared-backup.db")"
[ "$(sqlite3 "$T/shared.db" "SELECT value FROM settings WHERE key = 'file_group'")" = "$grp" ] ||
	fail "file_group not recorded"
expect_rc 2 --db "$T/shared2.db" init --group no-such-group-here
expect_err 'no group'
[ ! -e "$T/shared2.db" ] || fail "a refused init --group left its database behind"

# the program run from its build tree finds the source tree's defaults
( cd "$T" && env -u CAIJI_DATADIR "$CAIJI" --db "$T/uninst.db" init >/dev/null ) ||
	fail "the uninstalled program cannot init: $(cd "$T" && env -u CAIJI_DATADIR "$CAIJI" --db "$T/uninst.db" init 2>&1)"
[ "$(sqlite3 "$T/uninst.db" 'SELECT count(*) FROM colleges')" = 7 ] || fail "uninstalled init loaded no colleges"
# missing defaults: the error names where to point, and no database is left
expect_rc 2 --db "$T/nodata.db" init --data "$T/no-such-data"
expect_err 'CAIJI_DATADIR'
expect_err ' --data DIR'
[ ! -e "$T/nodata.db" ] && [ ! -e "$T/nodata.db-wal" ] || fail "a failed init left a database behind"
( export CAIJI_DATADIR="$T/no-such-data"; "$CAIJI" --db "$T/nodata2.db" init >/dev/null 2>&1 )
[ ! -e "$T/nodata2.db" ] || fail "a failed init (CAIJI_DATADIR) left a database behind"

# looking creates nothing: no XDG folder for --help, rules or a missing season
for args in --help --version rules check "report progress"; do
	# shellcheck disable=SC2086
	( unset CAIJI_DB; HOME="$T/bare" XDG_DATA_HOME= "$CAIJI" $args >/dev/null 2>&1 )
	[ ! -e "$T/bare" ] || { fail "caiji $args created $(find "$T/bare" | head -3)"; rm -rf "$T/bare"; }
done

# usage errors
expect_rc 2 init --bogus
expect_rc 2 frobnicate
expect_err 'unknown command'
expect_rc 0 --help
expect_out 'init'
done_test
