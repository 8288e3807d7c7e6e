# SPDX-License-Identifier: MIT
# caiji photo check: every rule of SPEC §7 on synthesised photos, the pass
# side (a conforming photo is OK) and the fail side (each defect gives its
# code and no unrelated one), the detail's measured value and range, the
# TSV and JSON formats and the exit statuses.
. "$testlib"
need_zh
need python3
# fixtures are drawn by the real program, also in the valgrind pass
SYNTH=${CAIJI_REAL:-$CAIJI}
P="$T/p"
mkdir -p "$P"

synth() {	# synth FILE [ARGS...]
	f=$1; shift
	"$SYNTH" photo synth "$@" "$P/$f" || fail "photo synth $* failed"
}
# codes FILE...: the codes photo check reports, one per line, sorted
codes() {
	"$CAIJI" photo check --format tsv "$@" | tail -n +2 | cut -f2 | sort -u | tr '\n' ' '
}
has() {		# has FILE CODE: FILE gets CODE
	c=$(codes "$P/$1")
	case " $c" in *" $2 "*) ;; *) fail "$1: want $2, got $c" ;; esac
}
only() {	# only FILE CODE...: FILE gets exactly these codes
	f=$1; shift
	want=$(printf '%s\n' "$@" | sort -u | tr '\n' ' ')
	c=$(codes "$P/$f")
	[ "$c" = "$want" ] || fail "$f: want $want, got $c"
}

# the pass side: conforming people with different seeds are OK
for s in 1 2 3; do
	synth "100$s.jpg" --seed "$s"
	only "100$s.jpg" OK
done
expect_rc 0 photo check "$P/1001.jpg" "$P/1002.jpg"
expect_out "1001.jpg: OK"

# one defect, one code (geometry and background are warnings)
synth 2001.jpg --seed 4 --defect wrong-size;	only 2001.jpg PHOTO_DIMENSIONS
synth 2002.jpg --seed 4 --defect tiny;		only 2002.jpg PHOTO_TOO_SMALL
synth 2003.jpg --seed 4 --defect small;		only 2003.jpg PHOTO_FILESIZE
synth 2004.jpg --seed 4 --defect big;		only 2004.jpg PHOTO_FILESIZE
synth 2005.jpg --seed 4 --defect no-dpi;	only 2005.jpg PHOTO_DPI
synth 2006.jpg --seed 4 --defect dpi-72;	only 2006.jpg PHOTO_DPI
synth 2007.jpg --seed 4 --defect exif-dpi;	only 2007.jpg OK
synth 2008.jpg --seed 4 --defect grayscale;	has 2008.jpg PHOTO_COLORSPACE
synth 2009.jpg --seed 4 --defect cmyk;		has 2009.jpg PHOTO_COLORSPACE
synth 2010.jpg --seed 4 --defect icc;		only 2010.jpg PHOTO_ICC
synth 2011.jpg --seed 4 --defect orientation;	only 2011.jpg PHOTO_ORIENTATION
synth 2012.jpg --seed 4 --defect gradient;	only 2012.jpg PHOTO_BACKGROUND
synth 2013.jpg --seed 4 --defect shadow;	has 2013.jpg PHOTO_BACKGROUND
synth 2014.jpg --seed 4 --defect noisy-background; only 2014.jpg PHOTO_BACKGROUND
synth 2015.jpg --seed 4 --defect white-background; only 2015.jpg PHOTO_BACKGROUND
synth 2016.jpg --seed 4 --defect head-high;	only 2016.jpg PHOTO_HEAD_TOP
synth 2017.jpg --seed 4 --defect head-low;	only 2017.jpg PHOTO_HEAD_TOP
synth 2018.jpg --seed 4 --defect face-wide;	only 2018.jpg PHOTO_SIDE_MARGIN
synth 2019.jpg --seed 4 --defect face-narrow;	only 2019.jpg PHOTO_SIDE_MARGIN
synth 2020.jpg --seed 4 --defect border;	only 2020.jpg PHOTO_BORDER
synth 2021.jpg --seed 4 --defect truncated;	has 2021.jpg PHOTO_CORRUPT
synth 2022.jpg --seed 4 --defect corrupt;	only 2022.jpg PHOTO_CORRUPT
synth 2023.jpg --seed 4 --defect png;		has 2023.jpg PHOTO_NOT_JPEG
synth 2024.jpg --seed 4 --defect gif;		has 2024.jpg PHOTO_NOT_JPEG
synth 2025.jpg --seed 4 --defect heic;		has 2025.jpg PHOTO_NOT_JPEG
synth 2026.jpg --seed 4 --defect arithmetic;	has 2026.jpg PHOTO_NOT_JPEG
synth 2027.jpg --seed 4 --defect 12-bit;	has 2027.jpg PHOTO_COLORSPACE
synth 2028.jpg --seed 4 --defect huge;		has 2028.jpg PHOTO_DIMENSIONS

# an unreadable photo gets no pixel rule; TOO_SMALL replaces FILESIZE
for f in 2021 2022 2023 2026; do
	c=$(codes "$P/$f.jpg")
	case $c in *BACKGROUND*|*HEAD_TOP*|*SIDE_MARGIN*|*BORDER*) fail "$f.jpg: pixel rules on an unreadable photo: $c" ;; esac
done
c=$(codes "$P/2002.jpg"); case $c in *PHOTO_FILESIZE*) fail "TOO_SMALL and FILESIZE together" ;; esac

# the detail: measured value, allowed range, and where the density came from
expect_rc 1 photo check --format tsv "$P/2001.jpg" "$P/2006.jpg" "$P/2004.jpg"
expect_out "PHOTO_DIMENSIONS	error	width 1280 px, expected 960; height 960 px, expected 1280"
expect_out "PHOTO_DPI	error	72 x 72 dpi \(JFIF\), expected 300"
expect_out "PHOTO_FILESIZE	error	[0-9]+ bytes \([0-9.]+ KB\), expected 550-650 KB \(1 KB = 1024 bytes\)"
expect_rc 0 photo check --format json "$P/2007.jpg"
expect_out '"dpi_source": "EXIF"'
expect_rc 0 photo check --format tsv "$P/2016.jpg" "$P/2018.jpg"
expect_out "PHOTO_HEAD_TOP	warning	head top [0-9]+ px below the top edge, expected 71-94"
expect_out "PHOTO_SIDE_MARGIN	warning	face [0-9]+ px from the left edge and [0-9]+ px from the right, expected 118-177"
# in Chinese
LANGUAGE=zh_CN LC_ALL=zh_CN.UTF-8 "$CAIJI" photo check --format tsv "$P/2001.jpg" >"$T/out" 2>/dev/null
grep -q 'PHOTO_DIMENSIONS' "$T/out" || fail "no PHOTO_DIMENSIONS to check in Chinese"
expect_out "宽 1280 像素，应为 960"

# names: SEQ.jpg, .JPG/.jpeg accepted with a warning, anything else an error
cp "$P/1001.jpg" "$P/3001.JPG"; cp "$P/1001.jpg" "$P/3002.jpeg"; cp "$P/1001.jpg" "$P/photo.jpg"
cp "$P/1001.jpg" "$P/301.jpg"
expect_rc 0 photo check --format tsv "$P/3001.JPG" "$P/3002.jpeg"
expect_out "3001.JPG	PHOTO_NAME	warning"
expect_out "3002.jpeg	PHOTO_NAME	warning"
expect_rc 1 photo check --format tsv "$P/photo.jpg" "$P/301.jpg"
expect_out "photo.jpg	PHOTO_NAME	error"
expect_out "301.jpg	PHOTO_NAME	error"

# formats and exit statuses
expect_rc 0 photo check --format tsv "$P/1001.jpg"
[ "$(head -1 "$T/out")" = "$(printf 'file\tcode\tseverity\tdetail')" ] || fail "TSV header"
expect_out "1001.jpg	OK		$"
expect_rc 1 photo check --format json "$P/1001.jpg" "$P/2002.jpg"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d)==2 and d[0]["ok"] and not d[1]["ok"] and d[1]["flags"][0]["code"]=="PHOTO_TOO_SMALL"' "$T/out" ||
    fail "JSON output: $(cat "$T/out")"
expect_rc 0 photo check --format text "$P/2016.jpg"	# warnings only: 0
expect_rc 1 photo check "$P/2010.jpg"
expect_rc 2 photo check "$P/no-such.jpg"
expect_err "no-such.jpg"
expect_rc 2 photo check "$P/no-such.jpg" "$P/2002.jpg"	# I/O wins over problems
expect_rc 2 photo check --format xml "$P/1001.jpg"
expect_rc 2 photo check
done_test
