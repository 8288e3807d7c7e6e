# caiji demo: rosters for every college in both encodings, imported, photos
# with defects scanned, orders in every state, and the summary.  (--photos
# keeps the synthesis small; the demo itself makes one for every student.)
. "$testlib"
need sqlite3
cd "$T" || exit 99
expect_rc 0 demo --photos 12
expect_out 'photos'
expect_out '传媒学院 +24 +[1-9]'
expect_out '公共教学部 +39'
expect_out '航空学院'
[ -f caiji-demo/season.db ] || fail "no caiji-demo/season.db"
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
# an existing season is not overwritten
expect_rc 2 demo --photos 0
expect_err 'already exists'
expect_rc 0 demo --photos 0 --db "$T/other.db" third
[ -f "$T/other.db" ] || fail "demo --db"
done_test
