# SPDX-License-Identifier: MIT
# The roster: IDs masked, CJK columns aligned, a name with an escape
# sequence shown inert, search by name and by pinyin initials, filters.
. "$testlib"
. "$top_srcdir/tests/e2e/tmux-lib.sh"
tui_fixture
tui_start 80 24 LANG=zh_CN.UTF-8 NO_COLOR=1
tui_wait 各学院进度 || exit 1
tui_keys F3
tui_wait '名单：6 名学生' || exit 1

# every ID number masked, none in full
for id in $ID_ZHANG $ID_LI $ID_WANG $ID_EVIL $ID_ZHAO $ID_QIAN; do
	grep -q "$id" "$T/screen" && fail "the roster shows the full ID number $id"
	masked=$(echo "$id" | sed 's/^\(......\)........\(....\)$/\1********\2/')
	grep -qF -- "$masked" "$T/screen" || fail "the roster lacks the masked $masked"
done

# the masked ID column starts at the same display column on every row
grep -E '[0-9]{6}\*{8}' "$T/screen" | sed 's/[0-9]\{6\}\*\{8\}.*//' | dwidth | sort -u > "$T/cols"
[ "$(wc -l < "$T/cols")" -eq 1 ] || fail "ID column not aligned: starts at columns $(tr '\n' ' ' < "$T/cols")"

# the escape sequence in a name is shown as text, never sent to the terminal
grep -q 'Evil?\[31m' "$T/screen" || fail "the name with ESC is not shown inert"
tmx capture-pane -p -e -t "$TUI_S" > "$T/screen-e"
grep -q "$(printf '\033')\[31m" "$T/screen-e" && fail "ESC [31m from data reached the terminal"

# incremental search by name, then by pinyin initials
tui_keys /
tui_type 王小
tui_wait '名单：1 名学生' || exit 1
grep -q '王小明' "$T/screen" || fail "search for 王小 does not show 王小明"
tui_keys Escape
tui_wait '名单：6 名学生'
tui_keys /
tui_type zs
tui_wait '名单：1 名学生' || exit 1
grep -q '张三' "$T/screen" || fail "pinyin initials zs do not find 张三"
tui_keys Enter x
tui_wait '名单：6 名学生'
# by student number and by seq
tui_keys /
tui_type 201803
tui_wait '名单：2 名学生' || fail "student number prefix 201803"
tui_keys Escape

# the flag filter: f goes to the first code with students (errors first)
tui_keys f
tui_wait '问题：(ID_GENDER|PHOTO_DPI|PHOTO_MISSING)' || fail "flag filter"
tui_keys x
tui_wait '名单：6 名学生'
# the photo filter: missing, then failing
tui_keys p
tui_wait '名单：1 名学生' || fail "photo missing filter"
grep -q '张三' "$T/screen" || fail "photo missing filter lacks 张三"
tui_keys p
tui_wait '照片：照片不合格' || fail "photo failing filter"
grep -q '王小明' "$T/screen" || fail "photo failing filter lacks 王小明"
tui_keys x

# sort by name, reversed: the first row changes
tui_keys s s
tui_wait '排序：姓名' || fail "sort by name"
tui_keys S
tui_wait '排序：姓名 ▼' || fail "reverse sort"

tui_quit
[ "$tui_rc" = 0 ] || fail "caiji tui exited $tui_rc"
done_test
