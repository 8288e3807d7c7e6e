# SPDX-License-Identifier: MIT
# caiji photos scan: photos matched to students by seq, orphans, bad names,
# missing photos, duplicates and near-duplicates on every student involved,
# results stored so that an unchanged folder is not decoded again, flags of
# source 'photo' replaced in one go, the scan audited.
. "$testlib"
need sqlite3
# fixtures are drawn by the real program, also in the valgrind pass
SYNTH=${CAIJI_REAL:-$CAIJI}
P="$T/photos"
mkdir -p "$P"
"$CAIJI" init >/dev/null || fail "init"
# cohort 1 sends photos, cohort 3 is shot on site
sql "INSERT INTO students(cohort_id, seq, student_no) VALUES
    (1,'1001','S1'),(1,'1002','S2'),(1,'1003','S3'),(1,'1004','S4'),
    (1,'1005','S5'),(1,'1006','S6'),(1,'1007','S7'),(3,'3001','S8')"
sql "INSERT INTO flags(student_id, seq, code, severity, detail, source)
    VALUES (1, '1001', 'ID_CHECKSUM', 'error', 'from the roster', 'roster')"
"$SYNTH" photo synth --seed 11 --count 4 --first-seq 1001 "$P" || fail "synth"
cp "$P/1001.jpg" "$P/1005.jpg"					# the same bytes
"$SYNTH" photo synth --seed 12 --quality 75 --brightness 6 "$P/1006.jpg"	# 1002 re-encoded
"$SYNTH" photo synth --seed 99 "$P/9999.jpg"			# nobody's
cp "$P/1003.jpg" "$P/notes.jpg"					# a bad name
flag() { sql "SELECT count(*) FROM flags WHERE source = 'photo' AND seq = '$1' AND code = '$2'"; }

expect_rc 1 photos scan --verbose "$P"
expect_out "decoded 8, cached 0"
[ "$(flag 1001 PHOTO_DUPLICATE)" -eq 1 ] && [ "$(flag 1005 PHOTO_DUPLICATE)" -eq 1 ] ||
	fail "identical files: both students flagged"
[ "$(flag 1002 PHOTO_SIMILAR)" -eq 1 ] && [ "$(flag 1006 PHOTO_SIMILAR)" -eq 1 ] ||
	fail "a re-encode of one person: both students flagged"
[ "$(sql "SELECT count(*) FROM flags WHERE code = 'PHOTO_SIMILAR' AND seq IN ('1003','1004')")" -eq 0 ] ||
	fail "different people called similar: $(sql "SELECT seq, detail FROM flags WHERE code = 'PHOTO_SIMILAR'")"
[ "$(flag 9999 PHOTO_ORPHAN)" -eq 1 ] || fail "orphan"
[ "$(sql "SELECT count(*) FROM flags WHERE code = 'PHOTO_ORPHAN' AND student_id IS NULL AND detail LIKE '%9999.jpg%'")" -eq 1 ] ||
	fail "orphan: no student, the file name in the detail"
[ "$(sql "SELECT count(*) FROM flags WHERE code = 'PHOTO_NAME' AND seq = '' AND detail LIKE '%notes.jpg%'")" -eq 1 ] ||
	fail "bad name"
[ "$(flag 1007 PHOTO_MISSING)" -eq 1 ] || fail "missing photo of a photo-mode cohort"
[ "$(flag 3001 PHOTO_MISSING)" -eq 0 ] || fail "on-site cohort students need no file"
[ "$(sql "SELECT count(*) FROM flags WHERE source = 'roster'")" -eq 1 ] || fail "other passes' flags kept"
[ "$(sql "SELECT count(*) FROM photos WHERE length(sha256) = 64 AND signature IS NOT NULL")" -eq 8 ] ||
	fail "results stored with hash and signature"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'scan' AND entity = 'photos'")" -eq 1 ] || fail "audited"
before=$(sql "SELECT count(*) FROM flags WHERE source = 'photo'")

# nothing changed: nothing decoded, the same flags
expect_rc 1 photos scan --verbose "$P"
expect_out "decoded 0, cached 8"
[ "$(sql "SELECT count(*) FROM flags WHERE source = 'photo'")" -eq "$before" ] || fail "flags replaced, not added"

# one file changed: exactly that one is checked again
"$SYNTH" photo synth --seed 13 --defect head-high "$P/1003.jpg"
expect_rc 1 photos scan --verbose "$P"
expect_out "decoded 1, cached 7"
[ "$(flag 1003 PHOTO_HEAD_TOP)" -eq 1 ] || fail "the changed file's new result"

# a file removed: its student is missing, its row gone
rm "$P/1004.jpg"
expect_rc 1 photos scan --verbose --jobs 2 "$P"
expect_out "decoded 0, cached 7"
[ "$(flag 1004 PHOTO_MISSING)" -eq 1 ] || fail "removed photo"
[ "$(sql "SELECT count(*) FROM photos")" -eq 7 ] || fail "pruned"

# one job and two jobs agree
sql "SELECT seq, code, detail FROM flags WHERE source = 'photo' ORDER BY 1, 2, 3" > "$T/two"
sql "DELETE FROM photos"
expect_rc 1 photos scan --jobs 1 --verbose "$P"
expect_out "decoded 7, cached 0"
sql "SELECT seq, code, detail FROM flags WHERE source = 'photo' ORDER BY 1, 2, 3" > "$T/one"
cmp -s "$T/one" "$T/two" || fail "--jobs 1 and --jobs 2 differ"

# the season's profile decides; a new profile invalidates the stored results
sql "UPDATE settings SET value = 'chsi-480' WHERE key = 'photo_profile'"
expect_rc 1 photos scan --verbose "$P"
expect_out "decoded 7, cached 0"
expect_out "against chsi-480"
[ "$(flag 1001 PHOTO_DIMENSIONS)" -eq 1 ] || fail "chsi-480 from the season settings"

# usage and I/O
expect_rc 2 photos scan
expect_rc 2 photos scan --jobs 0 "$P"
expect_rc 2 photos scan "$T/no-such-dir"
expect_err "no-such-dir"
done_test
