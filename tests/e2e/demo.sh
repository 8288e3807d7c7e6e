# SPDX-License-Identifier: MIT
# caiji demo: rosters for every college in both encodings, imported, photos
# with defects scanned, orders in every state, and the summary.  (--photos
# keeps the synthesis small; the demo itself makes one for every student.)
. "$testlib"
need sqlite3
cd "$T" || exit 99
# with no DIR the demo goes to the user's data folder, not the current one,
# and its dates are relative to today: the deadline a week ahead
export XDG_DATA_HOME="$T/xdg"
CAIJI_TODAY=2026-02-25 expect_rc 0 demo --photos 12
expect_out 'photos'
expect_out '传媒学院 +24 +[1-9]'
expect_out '公共教学部 +39'
expect_out '航空学院'
expect_out "caiji --db $T/xdg/caiji/demo/season.db"
[ -f "$T/xdg/caiji/demo/season.db" ] || fail "no demo in \$XDG_DATA_HOME/caiji/demo"
[ "$(ls "$T" | grep -v '^out$\|^err$')" = "$(printf 'home\nxdg')" ] || fail "the demo wrote into the current folder: $(ls "$T")"
[ "$(sqlite3 "$T/xdg/caiji/demo/season.db" "SELECT value FROM settings WHERE key = 'photo_deadline'")" = 2026-03-04 ] ||
	fail "demo deadline is not a week after today"
[ "$(sqlite3 "$T/xdg/caiji/demo/season.db" "SELECT value FROM settings WHERE key = 'onsite_date'")" = 2026-03-11 ] ||
	fail "demo on-site day is not a fortnight after today"
mv "$T/xdg/caiji/demo" caiji-demo
[ "$(ls caiji-demo/rosters/*.csv | wc -l)" -eq 8 ] || fail "8 roster files"
bom=0 gbk=0
for f in caiji-demo/rosters/*.csv; do
	if head -c 3 "$f" | od -An -tx1 | grep -q 'ef bb bf'; then bom=$((bom + 1)); else gbk=$((gbk + 1)); fi
done
[ $bom -gt 0 ] && [ $gbk -gt 0 ] || fail "want both UTF-8 BOM and GB18030 files ($bom, $gbk)"
CAIJI_DB=caiji-demo/season.db
for code in ID_CHECKSUM ID_SCI_NOTATION SEQ_DUPLICATE SEQ_RANGE FIELD_MISSING ID_GENDER SEQ_PADDED; do
	[ "$(sql "SELECT count(*) FROM flags WHERE code = '$code'")" -gt 0 ] || fail "demo has no $code"
done
[ "$(sql "SELECT count(*) FROM students s JOIN cohorts h ON h.id = s.cohort_id WHERE h.code = '2022-single-admission'")" = 15 ] ||
	fail "single-admission cohort"
# the photo folder: 12 photos, a stray one and a camera-named one, scanned
[ "$(ls caiji-demo/photos | wc -l)" -eq 14 ] || fail "photo folder has $(ls caiji-demo/photos | wc -l) files"
for code in PHOTO_DUPLICATE PHOTO_ORPHAN PHOTO_NAME PHOTO_MISSING; do
	[ "$(sql "SELECT count(*) FROM flags WHERE code = '$code'")" -gt 0 ] || fail "demo has no $code"
done
[ "$(sql "SELECT count(*) FROM flags WHERE source = 'photo' AND code NOT IN
    ('PHOTO_DUPLICATE', 'PHOTO_ORPHAN', 'PHOTO_NAME', 'PHOTO_MISSING')")" -gt 0 ] ||
	fail "no photo with a defect of its own"
# orders in every state
for state in ordered paid shot mailed cancelled refunded; do
	"$CAIJI" --db caiji-demo/season.db order list --state "$state" > "$T/o" 2>&1 ||
		fail "order list --state $state"
	[ "$(grep -c '^ *[0-9]' "$T/o")" -ge 1 ] || fail "demo has no $state order"
done
# deterministic: a second demo writes the same rosters
expect_rc 0 demo --photos 0 again
for f in caiji-demo/rosters/*.csv; do
	cmp -s "$f" "again/rosters/${f##*/}" || fail "demo is not deterministic: $f"
done
# run again, the demo made before is opened, not made again or refused
before=$(sqlite3 caiji-demo/season.db 'SELECT count(*) FROM students; SELECT count(*) FROM orders; SELECT max(id) FROM audit')
expect_rc 0 demo --photos 0 caiji-demo
expect_out 'made earlier'
expect_out '传媒学院 +24'
[ "$(sqlite3 caiji-demo/season.db 'SELECT count(*) FROM students; SELECT count(*) FROM orders; SELECT max(id) FROM audit')" = "$before" ] ||
	fail "a second demo run changed the demo season"
# a demo cut short is made again
sqlite3 caiji-demo/season.db "UPDATE settings SET value = 'unfinished' WHERE key = 'demo'"
expect_rc 0 demo --photos 0 caiji-demo
expect_out 'not finished'
[ "$(sqlite3 caiji-demo/season.db "SELECT value FROM settings WHERE key = 'demo'")" = ready ] ||
	fail "the remade demo is not marked ready"
[ "$(sqlite3 caiji-demo/season.db 'SELECT count(*) FROM students')" = 183 ] || fail "remade demo students"
# a clerk's own season is never taken for a demo
mkdir real && "$CAIJI" --db real/season.db init >/dev/null
cp real/season.db real.copy
expect_rc 2 demo --photos 0 real
expect_err 'not a demo'
cmp -s real/season.db real.copy || fail "demo changed a season that is not a demo"
expect_rc 0 demo --photos 0 --db "$T/other.db" third
[ -f "$T/other.db" ] || fail "demo --db"
done_test
