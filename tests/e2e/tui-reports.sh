# SPDX-License-Identifier: MIT
# Reports and exports in the TUI: the progress report previewed as
# `caiji report progress` prints it, printed through a fake lp; the money
# and orders reports previewed and printed the same way; and the Xuexin
# package exported into a directory with its summary shown, after one
# export stopped with q that leaves nothing behind.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
export CAIJI_TODAY=2021-03-09
expect_rc 0 init --institution-code 10456 --institution-name 示例学院
expect_rc 1 import --cohort 2021-uncollected "$top_srcdir/tests/data/export-roster.csv"
mkdir -p "$T/photos"
expect_rc 0 photo synth --seed 11 --count 5 --first-seq 1001 "$T/photos"
run photos scan "$T/photos"
[ "$rc" -le 1 ] || fail "photos scan: exit $rc: $(cat "$T/err")"
# one student of the on-site cohort, for the sign-in sheet
ID_FULL=$(idnum 32010219980102345)
{
	echo '拍摄序号,学号,姓名,性别,身份证号,院校代码,学校名称,专业,层次,学院,批次'
	echo "3001,2018030001,赵六,男,$ID_FULL,10456,示例学院,视觉传达设计,本科,应用设计学院,2022-onsite"
} > "$T/onsite.csv"
run import "$T/onsite.csv"
[ "$rc" -le 1 ] || fail "import of the on-site student: exit $rc: $(cat "$T/err")"
# a scatter order, paid, for the money and orders reports
run order add --student 1001 --tier standard --address '济南市玉函路 7 号' --recipient-phone 138
[ "$rc" = 0 ] || fail "order add: exit $rc: $(cat "$T/err")"
expect_rc 0 order pay 1 --method cash

# a fake spooler: lp writes the job to a file
mkdir -p "$T/bin"
printf '#!/bin/sh\ncat > "%s/printed"\n' "$T" > "$T/bin/lp"
chmod +x "$T/bin/lp"
PATH="$T/bin:$PATH"

tui_start 100 40 LANG=zh_CN.UTF-8 NO_COLOR=1 CAIJI_TODAY=2021-03-09
tui_wait 各学院进度 || exit 1
tui_keys F9
tui_wait '报表与导出' || exit 1
grep -q '导出学信网照片包' "$T/screen" || fail "the list lacks the export entry"
tui_keys Enter
tui_wait 'page 1/1|1/1' "the preview lacks the page heading" || exit 1
grep -q '传媒学院' "$T/screen" || fail "the preview lacks the college"
grep -q '2021-03-09' "$T/screen" || fail "the preview lacks the date"
[ -n "$ID_FULL" ] && grep -q "$ID_FULL" "$T/screen" && fail "the preview shows a full ID number"
tui_keys G g
tui_keys P
tui_wait '已发送到打印机' "no word that the report was printed" || exit 1
grep -q '传媒学院' "$T/printed" || fail "the printed job lacks the college: $(cat "$T/printed")"
grep -q '2021-03-09' "$T/printed" || fail "the printed job lacks the date"
tui_keys Escape
tui_wait '报表与导出' || exit 1

# the sign-in sheet (the fourth entry) shows ID numbers masked
tui_keys g j j j Enter
tui_wait '[0-9]{6}\*{8}[0-9]{3}[0-9X]' "the sign-in sheet lacks masked ID numbers" || exit 1
[ -n "$ID_FULL" ] || fail "the fixture has no ID numbers"
grep -q "$ID_FULL" "$T/screen" && fail "the sign-in sheet shows a full ID number"
tui_keys Escape
tui_wait '报表与导出' || exit 1

# the money report (sixth entry) as `caiji report money` prints it
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" report money > "$T/money.txt" ||
	fail "caiji report money failed"
total=$(sed -n 's/^ *\(合计.*[0-9]\) *$/\1/p' "$T/money.txt" | head -1)
[ -n "$total" ] || fail "caiji report money has no total row: $(cat "$T/money.txt")"
tui_keys g j j j j j Enter
# (the list itself says 收费统计: wait for a line only the preview has)
tui_wait '未付金额大写' "no money report, or it lacks the capitals line" || exit 1
grep -q '合计' "$T/screen" || fail "the money preview lacks the total row"
grep -qF "$total" "$T/screen" ||
	fail "the money preview's total row differs from caiji report money's"
tui_keys Escape
tui_wait '报表与导出' || exit 1
# the orders report (seventh entry), printed
tui_keys g j j j j j j Enter
tui_wait '共 1 个订单' "no orders report" || exit 1
grep -q '散拍订单' "$T/screen" || fail "the orders preview lacks its title"
rm -f "$T/printed"
tui_keys P
tui_wait '已发送到打印机' "no word that the orders report was printed" || exit 1
grep -q '共 1 个订单' "$T/printed" || fail "the printed orders report lacks the count: $(cat "$T/printed")"
tui_keys Escape
tui_wait '报表与导出' || exit 1

# an export stopped with q (typed with the Enter that starts it, so it is
# waiting before the first photo is copied): nothing written, nothing recorded
tui_keys G Enter
tui_wait '输出目录' || exit 1
tui_type "$T/stopped"
tui_keys Enter q
tui_wait '导出已停止' "no word that the export stopped" || exit 1
[ -z "$(ls -A "$T/stopped" 2>/dev/null)" ] || fail "a stopped export left files: $(ls -A "$T/stopped")"
[ "$(sql 'SELECT count(*) FROM packages')" = 0 ] || fail "a stopped export recorded a package"
tui_keys q
tui_wait '报表与导出' || exit 1

# the export: the last entry, a form for the directory, then the summary
tui_keys G Enter
tui_wait '输出目录' || exit 1
tui_type "$T/pkgs"
tui_keys Enter
tui_wait '导出完成' "no export summary" || exit 1
[ -d "$T/pkgs/10456_传媒学院_20210309" ] || fail "no package folder: $(ls -A "$T/pkgs" 2>&1)"
grep -q '传媒学院' "$T/screen" || fail "the summary lacks the college"
grep -Eq '[0-9]+ 人' "$T/screen" || grep -Eq 'included|收录' "$T/screen" ||
	fail "the summary lacks the counts"
tui_keys q
tui_wait '报表与导出' || exit 1
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"

# neither lp nor lpr on PATH: P says how to save the report to a file
nolp=$(path_without_spooler)
tui_start 120 40 LANG=zh_CN.UTF-8 NO_COLOR=1 CAIJI_TODAY=2021-03-09 PATH="$nolp"
tui_wait 各学院进度 || exit 1
tui_keys F9
tui_wait '报表与导出' || exit 1
tui_keys g j j j j j Enter
tui_wait '收费统计' "no money report" || exit 1
tui_keys P
tui_wait 'caiji report money --out 文件' "no word how to save the report" || exit 1
grep -q '没有 lp 或 lpr' "$T/screen" || fail "the screen does not say why nothing was printed"
tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
