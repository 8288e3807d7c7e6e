# SPDX-License-Identifier: MIT
# The student screen shows the photo: its verdict and measured values, and a
# thumbnail in half blocks (colour cells on a 256-colour terminal, shades of
# grey with NO_COLOR, ASCII in a C locale).
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
need cjpeg
tui_fixture
mkdir -p "$T/photos"
# a small portrait: blue background, a face, dark hair and clothes
awk 'BEGIN { w = 96; h = 128; print "P3"; print w, h; print 255;
	for (y = 0; y < h; y++) for (x = 0; x < w; x++) {
		dx = (x - 48) / 22; dy = (y - 50) / 30; r = 100; g = 197; b = 255
		if (dx * dx + dy * dy < 1) { r = 235; g = 190; b = 160 }
		if (dy < -0.55 && dx * dx + dy * dy < 1.3) { r = 30; g = 25; b = 20 }
		if (y > 95) { r = 20; g = 30; b = 60 }
		print r, g, b } }' > "$T/p.ppm"
cjpeg -quality 90 "$T/p.ppm" > "$T/photos/1002.jpg" || exit 99
run photos scan "$T/photos"
[ "$(sql "SELECT count(*) FROM photos WHERE seq = '1002'")" = 1 ] || fail "photos scan did not record 1002.jpg"

# 256 colours: the thumbnail is upper half blocks coloured by pairs
tui_start 100 30 LANG=zh_CN.UTF-8
tui_wait 各学院进度 || exit 1
tui_keys F3
tui_wait '名单：6 名学生' || exit 1
tui_keys /
tui_type 1002
tui_keys Enter Enter
tui_wait '学生 1002 李四' || exit 1
grep -q '96x128' "$T/screen" || fail "the measured size is not shown"
grep -q '1002.jpg' "$T/screen" || fail "the photo's file is not shown"
[ "$(grep -o '▀' "$T/screen" | wc -l)" -ge 100 ] || fail "no half-block thumbnail: $(cat "$T/screen")"
tmx capture-pane -p -e -t "$TUI_S" > "$T/screen-e"
grep -q "$(printf '\033')\[38;5;[0-9]*;48;5;[0-9]*m▀\|$(printf '\033')\[38;5;[0-9]*m$(printf '\033')\[48;5;[0-9]*m▀" "$T/screen-e" ||
	grep -q '38;5;' "$T/screen-e" || fail "the thumbnail is not in 256 colours"
# the thumbnail follows a resize
tui_resize 130 40
tui_wait_gone 'NOSUCHTEXT'
tui_wait '学生 1002 李四'
[ "$(grep -o '▀' "$T/screen" | wc -l)" -ge 200 ] || fail "the thumbnail did not grow at 130x40"
tui_quit

# NO_COLOR: shades of grey as characters
tui_start 100 30 LANG=zh_CN.UTF-8 NO_COLOR=1
tui_wait 各学院进度 || exit 1
tui_keys F3
tui_wait '名单：6 名学生' || exit 1
tui_keys / && tui_type 1002 && tui_keys Enter Enter
tui_wait '学生 1002 李四' || exit 1
grep -q '▀' "$T/screen" && fail "half blocks without colours"
[ "$(grep -o '[░▒▓█]' "$T/screen" | wc -l)" -ge 100 ] || fail "no grey thumbnail"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
