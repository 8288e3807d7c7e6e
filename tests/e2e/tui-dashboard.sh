# SPDX-License-Identifier: MIT
# The dashboard shows the database's numbers, in Chinese and in English.
. "$testlib"
need sqlite3
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
# two students of 传媒学院 in a package, invoiced, partly paid
sql "INSERT INTO packages(name, college_id, created_by) VALUES ('p1', 1, 'clerk');
	INSERT INTO submissions(student_id, package_id, clerk) VALUES (1, 1, 'clerk'), (2, 1, 'clerk');" || exit 99
expect_rc 0 invoice create --college 传媒学院
expect_rc 0 invoice issue 1
expect_rc 0 invoice pay --method cash --amount 10 2021-0001
expect_rc 0 report money --format csv
billed=$(grep -a '^传媒学院,' "$T/out" | cut -d, -f4)
paid=$(grep -a '^传媒学院,' "$T/out" | cut -d, -f5)
[ "$billed" = 30.00 ] && [ "$paid" = 10.00 ] || fail "report money says billed $billed, paid $paid"

for lang in zh_CN.UTF-8 C.UTF-8; do
	tui_start 80 24 LANG=$lang NO_COLOR=1
	if [ $lang = zh_CN.UTF-8 ]; then title=各学院进度 total=合计; else title='Progress by college' total=Total; fi
	tui_wait "$title" || continue
	tui_wait "$total"
	# every college's row: roster, photo ok, no photo, bad photo, errors, submitted, on site
	sql "SELECT c.name, (SELECT count(*) FROM students s WHERE s.college_id = c.id),
		(SELECT count(*) FROM students s WHERE s.college_id = c.id AND s.seq <> ''
		 AND EXISTS (SELECT 1 FROM photos p WHERE p.seq = s.seq)
		 AND NOT EXISTS (SELECT 1 FROM flags f WHERE f.student_id = s.id
		  AND f.code LIKE 'PHOTO%' AND f.severity = 'error')),
		(SELECT count(DISTINCT f.student_id) FROM flags f JOIN students s ON s.id = f.student_id
		 WHERE s.college_id = c.id AND f.code = 'PHOTO_MISSING'),
		(SELECT count(DISTINCT f.student_id) FROM flags f JOIN students s ON s.id = f.student_id
		 WHERE s.college_id = c.id AND f.code LIKE 'PHOTO%' AND f.code <> 'PHOTO_MISSING' AND f.severity = 'error'),
		(SELECT count(DISTINCT f.student_id) FROM flags f JOIN students s ON s.id = f.student_id
		 WHERE s.college_id = c.id AND f.severity = 'error'),
		(SELECT count(DISTINCT b.student_id) FROM submissions b JOIN students s ON s.id = b.student_id
		 WHERE s.college_id = c.id),
		(SELECT count(collected_at) FROM students s WHERE s.college_id = c.id)
		FROM colleges c ORDER BY c.seq_first" | tr '|' ' ' > "$T/want"
	while read -r name nums; do
		got=$(grep "^ $name " "$T/screen" | awk '{ print $2, $3, $4, $5, $6, $7, $8 }')
		[ "$got" = "$nums" ] || fail "$lang: $name shows \"$got\", the database says \"$nums\""
	done < "$T/want"
	got=$(grep "^ $total " "$T/screen" | awk '{ print $2 }')
	[ "$got" = "$(sql 'SELECT count(*) FROM students')" ] || fail "$lang: total roster $got"
	# the collection fee as the money report adds it up
	if [ $lang = zh_CN.UTF-8 ]; then
		grep -q "已开票 $billed 元，已付 $paid 元，未付 20.00 元" "$T/screen" || fail "$lang: money line"
	else
		grep -q "billed $billed yuan, paid $paid, outstanding 20.00" "$T/screen" || fail "$lang: money line"
	fi
	# the F3 key is labelled 名单 (the roster), the column 名单人数 (its size):
	# one English word, two translations
	bar=$(tail -n 1 "$T/screen")
	if [ $lang = zh_CN.UTF-8 ]; then
		printf '%s\n' "$bar" | grep -q 'F3名单 *F4' || fail "$lang: the F3 label in \"$bar\""
		grep -q '名单人数' "$T/screen" || fail "$lang: the roster column is not headed 名单人数"
	else
		printf '%s\n' "$bar" | grep -q 'F3Roster *F4' || fail "$lang: the F3 label in \"$bar\""
	fi
	# the deadline line
	grep -q '2021-03-09' "$T/screen" || fail "$lang: no photo deadline"
	grep -q '2021-03-16' "$T/screen" || fail "$lang: no on-site date"
	# Enter on a college opens its roster
	tui_keys Down Enter
	if [ $lang = zh_CN.UTF-8 ]; then tui_wait '名单：2 名学生'; else tui_wait 'Roster: 2 students'; fi
	grep -q '王小明' "$T/screen" || fail "$lang: 环境艺术设计学院's roster lacks 王小明"
	grep -q '张三' "$T/screen" && fail "$lang: 环境艺术设计学院's roster shows 张三"
	tui_quit
	[ "$tui_rc" = 0 ] || fail "$lang: caiji tui exited $tui_rc: $(cat "$T/tui.err")"
done
done_test
