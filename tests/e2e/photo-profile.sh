# SPDX-License-Identifier: MIT
# Photo profiles are data: switching profiles changes the rules, and a
# malformed profile is refused with its file and line.
. "$testlib"
# fixtures are drawn by the real program, also in the valgrind pass
SYNTH=${CAIJI_REAL:-$CAIJI}
P="$T/p"
mkdir -p "$P"
"$SYNTH" photo synth --profile chsi-480 --seed 5 "$P/1001.jpg" || fail "synth chsi"
"$SYNTH" photo synth --profile chsi-480 --seed 6 --defect white-background "$P/1002.jpg"
"$SYNTH" photo synth --profile chsi-480 --seed 7 --defect face-wide "$P/1003.jpg"
"$SYNTH" photo synth --seed 5 "$P/1004.jpg"

expect_rc 0 photo check --profile chsi-480 --format tsv "$P/1001.jpg" "$P/1002.jpg"
expect_out "1001.jpg	OK"
expect_out "1002.jpg	OK"		# white is one of chsi-480's backgrounds
expect_rc 0 photo check --profile chsi-480 --format tsv "$P/1003.jpg"
expect_out "PHOTO_SIDE_MARGIN	warning	face width [0-9]+ px, expected 180-300"
expect_rc 1 photo check --profile chsi-480 --format tsv "$P/1004.jpg"
expect_out "PHOTO_DIMENSIONS	error	width 960 px, expected 480; height 1280 px, expected 640"
expect_rc 1 photo check --format tsv "$P/1001.jpg"		# the default: xinhua-960
expect_out "PHOTO_DIMENSIONS"
expect_rc 0 photo check --profile "$CAIJI_DATADIR/profiles/chsi-480" "$P/1001.jpg"

# malformed profiles: file and line
cp "$CAIJI_DATADIR/profiles/xinhua-960" "$T/bad"
printf 'width\tabc\n' >> "$T/bad"
expect_rc 2 photo check --profile "$T/bad" "$P/1001.jpg"
expect_err "bad:[0-9]+: \"width\": \"abc\" is not a whole number"
printf 'colour 1,2,3\n' > "$T/bad2"
expect_rc 2 photo check --profile "$T/bad2" "$P/1001.jpg"
expect_err "bad2:1: unknown key \"colour\""
grep -v '^head_top' "$CAIJI_DATADIR/profiles/xinhua-960" | grep -v '^width' > "$T/bad3"
expect_rc 2 photo check --profile "$T/bad3" "$P/1001.jpg"
expect_err "bad3: the photo profile lacks the key \"width\""
printf 'head_top 94 71\n' > "$T/bad4"
expect_rc 2 photo check --profile "$T/bad4" "$P/1001.jpg"
expect_err "bad4:1: \"head_top\": the first number must not exceed the second"
# found by fuzz-profile: a KB of 1012 passed the range check
sed 's/^kb.*/kb 1012/' "$CAIJI_DATADIR/profiles/xinhua-960" > "$T/bad5"
expect_rc 2 photo check --profile "$T/bad5" "$P/1001.jpg"
expect_err "bad5: \"kb\" must be 1000 or 1024"
sed 's/^scale.*/scale 3/' "$CAIJI_DATADIR/profiles/xinhua-960" > "$T/bad6"
expect_rc 2 photo check --profile "$T/bad6" "$P/1001.jpg"
expect_err "bad6: \"scale\" must be 1, 2, 4 or 8"
expect_rc 2 photo check --profile no-such-profile "$P/1001.jpg"
expect_err "no-such-profile"

# a threshold moved in the profile moves the verdict
sed 's/^head_top.*/head_top 10 20/' "$CAIJI_DATADIR/profiles/chsi-480" > "$T/tight"
expect_rc 0 photo check --profile "$T/tight" --format tsv "$P/1001.jpg"
expect_out "PHOTO_HEAD_TOP	warning	head top [0-9]+ px below the top edge, expected 10-20"
done_test
