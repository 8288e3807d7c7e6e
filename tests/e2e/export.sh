# SPDX-License-Identifier: MIT
# caiji export xuexin and resubmit: a generated season is exported; every
# photo is byte-identical to its source, the .xlsx has text ID cells, the CSV
# round-trips in both encodings, nobody is exported twice unless resubmitted,
# and an interrupted or failing export leaves nothing and records nothing.
. "$testlib"
need sqlite3
need python3
need sha256sum
export CAIJI_TODAY=2021-03-09
ph="$T/photos"
out="$T/pkgs"
pkg="$out/10456_传媒学院_20210309"
rows() { sql "SELECT count(*) FROM submissions"; }
# expect_db DB STATUS ARGS...: expect_rc against another database
expect_db() { _db=$1; shift; _save=$CAIJI_DB; CAIJI_DB=$_db; expect_rc "$@"; CAIJI_DB=$_save; }

expect_rc 0 init --institution-code 10456 --institution-name 示例学院
expect_rc 1 import --cohort 2021-uncollected "$top_srcdir/tests/data/export-roster.csv"
mkdir -p "$ph"
expect_rc 0 photo synth --seed 11 --count 5 --first-seq 1001 "$ph"
expect_rc 0 photo synth --seed 31 --count 2 --first-seq 7001 "$ph"
run photos scan "$ph"
[ "$rc" -le 1 ] || fail "photos scan: exit $rc: $(cat "$T/err")"
cp "$CAIJI_DB" "$T/fresh.db"

# a dry run shows who would go and writes nothing
expect_rc 1 export xuexin --out "$out" --dry-run
expect_out '10456_传媒学院_20210309'
expect_out 'left out 1005 .*ID_CHECKSUM'
expect_out 'left out 1006 .*PHOTO_MISSING'
[ ! -e "$out" ] || fail "--dry-run created $out"
[ "$(rows)" = 0 ] || fail "--dry-run recorded submissions"
# --cohort in any case names the package by the cohort as stored
expect_rc 1 export xuexin --out "$out" --dry-run --cohort 2021-UNCOLLECTED
expect_out '10456_传媒学院_2021-uncollected_20210309'
expect_rc 2 export xuexin --out "$out" --dry-run --cohort nosuch
expect_err 'no cohort "nosuch"; the cohorts are'
# flags that cannot be read keep everyone out (fail closed): a view in the
# table's place whose every read fails
cp "$T/fresh.db" "$T/unreadable.db"
sqlite3 "$T/unreadable.db" "ALTER TABLE flags RENAME TO flags_real;
    CREATE VIEW flags AS SELECT * FROM flags_real WHERE abs(-9223372036854775807 - 1) > 0" || exit 99
expect_db "$T/unreadable.db" 2 export xuexin --out "$T/out-unreadable" --dry-run
expect_err 'cannot read'
expect_no_out 'include'
expect_db "$T/unreadable.db" 2 export xuexin --out "$T/out-unreadable"
[ "$(sqlite3 "$T/unreadable.db" 'SELECT count(*) FROM submissions')" = 0 ] ||
	fail "an export whose flags could not be read recorded submissions"
[ -z "$(ls -A "$T/out-unreadable" 2>/dev/null)" ] || fail "an export whose flags could not be read wrote $(ls "$T/out-unreadable")"

# the export: 1005 (bad ID) and 1006 (no photo) stay out; 航空学院 all in
expect_rc 1 export xuexin --out "$out"
[ -d "$pkg" ] || fail "no package $pkg: $(ls -A "$out")"
[ -d "$out/10456_航空学院_20210309" ] || fail "no package for 航空学院"
[ -z "$(ls -A "$out" | grep '^\.')" ] || fail "temporary files left: $(ls -A "$out")"
(cd "$pkg" && sha256sum -c --quiet SHA256SUMS) || fail "SHA256SUMS does not check"
for s in 1001 1002 1003 1004; do
	cmp -s "$ph/$s.jpg" "$pkg/photos/$s.jpg" || fail "photos/$s.jpg differs from its source"
done
[ "$(ls "$pkg/photos" | wc -l)" = 4 ] || fail "photos: $(ls "$pkg/photos")"
grep -q '1005.*ID_CHECKSUM' "$pkg/README.txt" || fail "README does not say why 1005 is out"
grep -q '1006.*PHOTO_MISSING' "$pkg/README.txt" || fail "README does not say why 1006 is out"
[ "$(rows)" = 6 ] || fail "ledger: $(rows) submissions, want 6"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'export'")" = 2 ] || fail "exports not audited"
[ "$(sql "SELECT count(*) FROM submissions s JOIN photos p ON p.seq = '1001'
	WHERE s.photo_sha256 = p.sha256")" = 1 ] || fail "ledger lacks the photo hash"

# the xlsx: every cell a string, the ID in full, formulas never formulas
python3 - "$pkg/10456_传媒学院_20210309.xlsx" <<'PY' || fail "xlsx check failed"
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sheet = z.read("xl/worksheets/sheet1.xml").decode()
strings = z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in z.namelist() else ""
cells = re.findall(r'<c r="([A-Z]+)(\d+)"([^>]*?)(/>|>(.*?)</c>)', sheet)
assert cells, "no cells"
for col, row, attrs, _, body in cells:
    if body:
        assert 't="s"' in attrs or 't="inlineStr"' in attrs, (col, row, attrs)
        assert "<f>" not in body, (col, row, body)
assert "370102199901010111" in strings + sheet
assert "37010419990407042X" in strings + sheet
assert "=HYPERLINK" in strings + sheet
assert "3.7" not in sheet
PY

# the CSV: BOM, the manifest's 9 columns, neutralised formulas, full IDs
python3 - "$pkg/10456_传媒学院_20210309.csv" utf-8-sig <<'PY' || fail "CSV does not round-trip"
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.startswith(b"\xef\xbb\xbf")
rows = list(csv.reader(raw.decode(sys.argv[2]).splitlines()))
assert rows[0] == ["拍摄序号", "学号", "姓名", "性别", "身份证号", "院校代码", "学校名称", "专业", "层次"], rows[0]
assert [r[0] for r in rows[1:]] == ["1001", "1002", "1003", "1004"], rows
assert rows[1][4] == "370102199901010111"
assert rows[2][2] == "'=HYPERLINK(\"http://x\",\"y\")", rows[2]
assert rows[3][7] == "'-2+3" and rows[4][2] == "'@SUM(A1)" and rows[4][7] == "'+摄影", rows
PY

# a second export leaves everyone out as ALREADY_SUBMITTED
expect_rc 1 export xuexin --out "$out" --college 传媒
expect_out 'nothing to export'
expect_out 'left out 1001 .*ALREADY_SUBMITTED'
[ "$(rows)" = 6 ] || fail "second export recorded submissions"
[ ! -e "$pkg-2" ] || fail "second export wrote a package"
[ "$(sql "SELECT count(*) FROM flags WHERE code = 'ALREADY_SUBMITTED' AND source = 'export'")" = 6 ] ||
	fail "ALREADY_SUBMITTED flags"
run check --format tsv
grep -q '^1001	.*ALREADY_SUBMITTED' "$T/out" || fail "caiji check does not show ALREADY_SUBMITTED"
grep -q '^1004	.*ALREADY_SUBMITTED.*changed' "$T/out" && fail "1004's photo has not changed"
# a submitted student's photo replaced and scanned again: check says so
cp "$ph/1004.jpg" "$T/1004.orig"
expect_rc 0 photo synth --seed 99 "$ph/1004.jpg"
run photos scan "$ph"
run check --format tsv
grep -q '^1004	.*ALREADY_SUBMITTED.*changed since it was submitted' "$T/out" ||
	fail "caiji check does not say 1004's photo changed since it was submitted"
cp "$T/1004.orig" "$ph/1004.jpg"
run photos scan "$ph"

# resubmit lets exactly one back in, audited
expect_rc 2 resubmit 1001
expect_rc 2 resubmit 1006 --reason 'never sent'
expect_rc 0 resubmit 1001 --reason '新华反馈照片模糊'
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'resubmit' AND new_value = '新华反馈照片模糊'")" = 1 ] ||
	fail "resubmit not audited"
expect_rc 2 resubmit 1001 --reason again
expect_rc 1 export xuexin --out "$out" --college 传媒 --zip
[ -f "$pkg-2.zip" ] || fail "no $pkg-2.zip: $(ls -A "$out")"
python3 - "$pkg-2.zip" <<'PY' || fail "zip check failed"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
assert "10456_传媒学院_20210309-2/photos/1001.jpg" in names, names
assert not any("/photos/1002.jpg" in n for n in names), names
assert all(i.flag_bits & 0x800 for i in z.infolist() if not i.filename.isascii())
assert z.testzip() is None
PY
[ "$(rows)" = 7 ] || fail "resubmission not recorded"
expect_rc 1 export xuexin --out "$out" --college 传媒 --dry-run
expect_out 'left out 1001 .*ALREADY_SUBMITTED'

# a photo changed since it was checked is left out, with the reason
cp "$T/fresh.db" "$T/changed.db"
printf 'x' >> "$ph/1002.jpg"
expect_db "$T/changed.db" 1 export xuexin --out "$T/out-changed" --college 传媒
expect_out 'left out 1002 .*changed since it was checked'
[ ! -e "$T/out-changed/10456_传媒学院_20210309/photos/1002.jpg" ] || fail "changed photo exported"
rm -f "$ph/1003.jpg"
cp "$T/fresh.db" "$T/gone.db"
expect_db "$T/gone.db" 1 export xuexin --out "$T/out-gone" --college 传媒
expect_out 'left out 1003 .*gone since it was checked'
expect_rc 0 photo synth --seed 12 --count 2 --first-seq 1002 "$ph"

# GB18030 CSV round-trips
expect_db "$T/fresh.db" 0 export xuexin --out "$T/out-gb" --college 航空 \
	--csv-encoding gb18030 --dry-run
cp "$T/fresh.db" "$T/gb.db"
expect_db "$T/gb.db" 0 export xuexin --out "$T/out-gb" --college 航空 --csv-encoding gb18030
python3 - "$T/out-gb/10456_航空学院_20210309/10456_航空学院_20210309.csv" <<'PY' || fail "GB18030 CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], "rb").read().decode("gb18030").splitlines()))
assert rows[0][0] == "拍摄序号" and [r[2] for r in rows[1:]] == ["孙七", "周八"], rows
PY

# interrupted after 2 photos: nothing left, nothing recorded
cp "$T/fresh.db" "$T/kill.db"
export CAIJI_TEST_KILL_AFTER=2
expect_db "$T/kill.db" 2 export xuexin --out "$T/out-kill"
unset CAIJI_TEST_KILL_AFTER
expect_err 'interrupted'
[ -z "$(ls -A "$T/out-kill")" ] || fail "interrupted export left $(ls -A "$T/out-kill")"
[ "$(sqlite3 "$T/kill.db" "SELECT count(*) FROM submissions")" = 0 ] ||
	fail "interrupted export recorded submissions"
[ "$(sqlite3 "$T/kill.db" "SELECT count(*) FROM packages")" = 0 ] || fail "interrupted: package row"
# what a kill -9 leaves (a temporary folder of a dead process) goes at the next export
mkdir -p "$T/out-kill/.caiji-tmp-999999999-abcdef/x"
expect_db "$T/kill.db" 1 export xuexin --out "$T/out-kill"
expect_out 'Removed 1 unfinished'
[ ! -e "$T/out-kill/.caiji-tmp-999999999-abcdef" ] || fail "stale temporary folder kept"

# a write error (a file size limit standing in for a full disk): nothing half left
cp "$T/fresh.db" "$T/full.db"
mkdir -p "$T/out-full"
( ulimit -f 400; CAIJI_DB="$T/full.db" "$CAIJI" export xuexin --out "$T/out-full" ) > "$T/out" 2> "$T/err"
[ $? -eq 2 ] || fail "write error: want exit 2, $(cat "$T/err")"
expect_err 'File too large|cannot write'
[ -z "$(ls -A "$T/out-full")" ] || fail "write error left $(ls -A "$T/out-full")"
[ "$(sqlite3 "$T/full.db" "SELECT count(*) FROM submissions")" = 0 ] || fail "write error recorded submissions"

# bad output directories and arguments
: > "$T/afile"
expect_rc 2 export xuexin --out "$T/afile"
expect_err 'not a directory'
expect_rc 2 export xuexin --out "$T/afile" --dry-run
if [ "$(id -u)" != 0 ]; then
	mkdir -p "$T/ro" && chmod 500 "$T/ro"
	expect_rc 2 export xuexin --out "$T/ro/x"
	expect_rc 2 export xuexin --out "$T/ro"
	chmod 700 "$T/ro"
fi
expect_rc 2 export xuexin
expect_rc 2 export xuexin --out "$out" --college 没有这个学院
expect_rc 2 export xuexin --out "$out" --csv-encoding latin1
# a college with nobody to export
expect_rc 1 export xuexin --out "$out" --college 美术学院
expect_out 'nothing to export'
done_test
