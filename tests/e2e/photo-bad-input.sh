# SPDX-License-Identifier: MIT
# Bad input never crashes, blocks or stops the run: each file gets its flag
# or a clear error, and the files after it are still checked.
. "$testlib"
need sqlite3
# fixtures are drawn by the real program, also in the valgrind pass
SYNTH=${CAIJI_REAL:-$CAIJI}
P="$T/p"
mkdir -p "$P" "$T/outside"
"$SYNTH" photo synth --seed 1 "$P/1001.jpg" || fail "synth"

: > "$P/1002.jpg"				# zero bytes
mkdir "$P/1003.jpg"				# a directory
mkfifo "$P/1004.jpg" || skip "mkfifo failed"	# a FIFO: must not block
"$SYNTH" photo synth --seed 2 "$T/outside/secret.jpg"
ln -s "$T/outside/secret.jpg" "$P/1005.jpg"	# a link out of the folder
ln -s 1001.jpg "$P/1006.jpg"			# a link inside it is fine
printf 'hello, not an image at all\n' > "$P/1007.jpg"
"$SYNTH" photo synth --seed 3 --defect huge "$P/1008.jpg"
"$SYNTH" photo synth --seed 3 --defect arithmetic "$P/1009.jpg"
"$SYNTH" photo synth --seed 3 --defect 12-bit "$P/1010.jpg"
"$SYNTH" photo synth --seed 3 --defect truncated "$P/1011.jpg"
head -c 100 "$P/1001.jpg" > "$P/1012.jpg"	# cut inside the headers

# photo check: the FIFO and the directory get PHOTO_NOT_JPEG, no hang
expect_rc 1 photo check --format tsv "$P"/10*.jpg
expect_out "1001.jpg	OK"
expect_out "1002.jpg	PHOTO_NOT_JPEG	error	empty file \(0 bytes\)"
expect_out "1002.jpg	PHOTO_TOO_SMALL"
expect_out "1003.jpg	PHOTO_NOT_JPEG	error	not a photo but a directory"
expect_out "1004.jpg	PHOTO_NOT_JPEG	error	not a photo but a named pipe"
expect_out "1007.jpg	PHOTO_NOT_JPEG	error	the file is not an image"
expect_out "1008.jpg	PHOTO_DIMENSIONS	error	width 65500 px.*refused to decode"
expect_out "1009.jpg	PHOTO_NOT_JPEG	error	arithmetic-coded JPEG"
expect_out "1010.jpg	PHOTO_COLORSPACE	error	12 bits per sample"
expect_out "1011.jpg	PHOTO_CORRUPT	error	.*Premature end"
expect_out "1012.jpg	PHOTO_CORRUPT	error	the JPEG headers end"
expect_out "1012.jpg	PHOTO_TOO_SMALL"

# photos scan: the link out of the folder is refused and says why
"$CAIJI" init >/dev/null || fail "init"
sql "INSERT INTO students(cohort_id, seq, student_no) VALUES (1, '1005', 'S5'), (1, '1006', 'S6')"
expect_rc 1 photos scan --jobs 2 "$P"
expect_out "12 files checked"
[ "$(sql "SELECT detail FROM flags WHERE seq = '1005' AND code = 'PHOTO_NOT_JPEG'")" = \
    "1005.jpg: symbolic link to $(cd "$T/outside" && pwd -P)/secret.jpg, outside the folder; refused" ] ||
	fail "link out of the folder: $(sql "SELECT code, detail FROM flags WHERE seq = '1005'")"
[ -z "$(sql "SELECT code FROM flags WHERE seq = '1006' AND code NOT IN ('PHOTO_DUPLICATE','PHOTO_SIMILAR')")" ] ||
	fail "a link inside the folder is a photo like any other"
[ "$(sql "SELECT count(*) FROM photos")" -eq 12 ] || fail "every file is stored"

# a file that grows while it is read is reported, not half-checked
head -c 5000000 /dev/zero > "$T/grow.jpg"
( while :; do head -c 4096 /dev/zero >> "$T/grow.jpg"; done ) &
writer=$!
seen=0
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	"$CAIJI" photo check --format tsv "$T/grow.jpg" > "$T/out" 2>&1
	if grep -q "changed while it was being read" "$T/out"; then seen=1; break; fi
done
kill "$writer"; wait "$writer" 2>/dev/null
[ "$seen" -eq 1 ] || fail "a growing file was never reported as changing: $(cat "$T/out")"
done_test
