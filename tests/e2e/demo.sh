# caiji demo: rosters for every college in both encodings, imported, summary.
. "$testlib"
need sqlite3
cd "$T" || exit 99
expect_rc 0 demo
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
# deterministic: a second demo writes the same rosters
expect_rc 0 demo again
for f in caiji-demo/rosters/*.csv; do
	cmp -s "$f" "again/rosters/${f##*/}" || fail "demo is not deterministic: $f"
done
# an existing season is not overwritten
expect_rc 2 demo
expect_err 'already exists'
expect_rc 0 demo --db "$T/other.db" third
[ -f "$T/other.db" ] || fail "demo --db"
done_test
