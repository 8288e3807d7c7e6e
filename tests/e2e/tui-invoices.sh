# SPDX-License-Identifier: MIT
# Invoices in the TUI: the list, and an invoice previewed as it prints, its
# amount in Chinese capitals and its students' ID numbers masked; P prints
# it through lp (a fake one here), and with no spooler the screen says how
# to save it to a file instead.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
sql "INSERT INTO packages(name, college_id, created_by) VALUES ('p1', 1, 'clerk');
	INSERT INTO submissions(student_id, package_id, clerk)
	SELECT id, 1, 'clerk' FROM students WHERE college_id = 1;" || exit 99
expect_rc 0 invoice create --college 传媒学院
expect_rc 0 invoice issue 1
tui_start 100 40 LANG=zh_CN.UTF-8 NO_COLOR=1
tui_wait 各学院进度 || exit 1
tui_keys F8
tui_wait '发票：1 张' || exit 1
grep -q '2021-0001' "$T/screen" || fail "the list lacks invoice 2021-0001"
tui_keys Enter
tui_wait '叁拾元整' "the preview lacks the amount in capitals" || exit 1
grep -q '2021-0001' "$T/screen" || fail "the preview lacks the number"
grep -q "$ID_ZHANG" "$T/screen" && fail "the preview shows a full ID number"
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 TZ=Asia/Shanghai "$CAIJI" invoice show 2021-0001 > "$T/shown" ||
	fail "caiji invoice show failed"
tui_keys Escape
tui_wait '发票：1 张' || exit 1
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# P prints the previewed invoice: a fake lp writes its arguments and its input
mkdir -p "$T/bin"
printf '#!/bin/sh\necho "ARGV: $*" > "%s/printed"\ncat >> "%s/printed"\n' "$T" "$T" > "$T/bin/lp"
chmod +x "$T/bin/lp"
tui_start 120 40 LANG=zh_CN.UTF-8 NO_COLOR=1 PATH="$T/bin:$PATH"
tui_wait 各学院进度 || exit 1
tui_keys F8
tui_wait '发票：1 张' || exit 1
tui_keys P
tui_screen
[ -f "$T/printed" ] && fail "P on the list printed something"
tui_keys Enter
tui_wait '叁拾元整' || exit 1
tui_keys P
tui_wait '发票 2021-0001 已发送到打印机' "no word that the invoice was printed" || exit 1
[ -f "$T/printed" ] || fail "lp was not run"
grep -q '^ARGV: -t 发票 2021-0001$' "$T/printed" || fail "lp's arguments: $(head -1 "$T/printed")"
grep -q '叁拾元整' "$T/printed" || fail "the printed invoice lacks the amount in capitals"
grep -q "$ID_ZHANG" "$T/printed" && fail "the printed invoice shows a full ID number"
sed 1d "$T/printed" | cmp -s - "$T/shown" ||
	fail "the printed invoice differs from caiji invoice show's"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# neither lp nor lpr on PATH: the screen says how to save the invoice to a file
nolp=$(path_without_spooler)
tui_start 120 40 LANG=zh_CN.UTF-8 NO_COLOR=1 PATH="$nolp"
tui_wait 各学院进度 || exit 1
tui_keys F8
tui_wait '发票：1 张' || exit 1
tui_keys Enter
tui_wait '叁拾元整' || exit 1
tui_keys P
tui_wait 'caiji invoice show 2021-0001 > 文件' "no word how to save the invoice" || exit 1
grep -q '没有 lp 或 lpr' "$T/screen" || fail "the screen does not say why nothing was printed"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
