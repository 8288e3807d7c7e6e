# SPDX-License-Identifier: MIT
# caiji import: encodings, line endings, header variants, normalisation,
# unknown columns, re-import, dry run, one transaction.
. "$testlib"
need sqlite3
need iconv
init_season

# UTF-8 without BOM, LF
{ echo "$HEADER"
  roster_row 1001 2017001 张三 男 $ID_A
  roster_row 1002 2017002 李四 女 $ID_B
} > "$T/utf8.csv"
expect_rc 0 import "$T/utf8.csv"
expect_out 'UTF-8, header on line 1, 2 rows'
expect_out 'Added 2'
[ "$(sql 'SELECT count(*) FROM students')" = 2 ] || fail "utf8: 2 students expected"
[ "$(sql "SELECT name FROM students WHERE student_no = '2017002'")" = 李四 ] || fail "utf8 name"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'import' AND entity = 'student' AND key = '2017001'")" = 1 ] ||
	fail "added student not audited"

# UTF-8 with BOM and CRLF, English headers in another order, any case, spaces around
printf '\357\273\277 Name ,STUDENT_NO,gender,id_number,seq,institution_code,institution_name,major,level,college,cohort\r\n王五,2017003,男,%s,1003,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\r\n' \
    "$ID_C" > "$T/bom.csv"
expect_rc 0 import "$T/bom.csv"
expect_out 'UTF-8 \(BOM\)'
[ "$(sql "SELECT name || '|' || seq FROM students WHERE student_no = '2017003'")" = '王五|1003' ] ||
	fail "BOM/CRLF/English header row: $(sql "SELECT name, seq FROM students WHERE student_no = '2017003'")"
[ "$(sql "SELECT count(*) FROM students WHERE name LIKE '%'||char(13)||'%' OR level LIKE '%'||char(13)||'%'")" = 0 ] ||
	fail "CR left in a value"

# GB18030 (as Excel's plain "CSV" writes it), CRLF, a title row and an empty row above
{ printf '2021届毕业生图像采集名单,,,,,,,,,,\r\n,,,,,,,,,,\r\n'
  printf '%s\r\n' "$HEADER"
  roster_row 2001 2017004 赵六 女 $ID_D 环境艺术设计学院 | sed 's/$/\r/'
} | iconv -f UTF-8 -t GB18030 > "$T/gbk.csv"
expect_rc 0 import "$T/gbk.csv"
expect_out 'GB18030, header on line 3, 1 rows'
[ "$(sql "SELECT name FROM students WHERE student_no = '2017004'")" = 赵六 ] || fail "GB18030 name"
[ "$(sql "SELECT c.name FROM students s JOIN colleges c ON c.id = s.college_id WHERE student_no = '2017004'")" = 环境艺术设计学院 ] ||
	fail "college column"
# --encoding overrides detection: read as UTF-8 the GB18030 file is refused
before=$(dump)
expect_rc 2 import --encoding utf-8 "$T/gbk.csv"
expect_err 'gbk.csv:1: invalid UTF-8'
[ "$(dump)" = "$before" ] || fail "refused import changed the database"
expect_rc 2 import --encoding latin1 "$T/gbk.csv"
expect_err 'unknown encoding'

# other header names: 序号, 身份证号码, 学历层次, 二级学院, 批次 by Chinese name;
# --college and --cohort supply missing columns
printf '序号,学号,姓名,性别,身份证号码,学校代码,院校名称,专业名称,学历层次,备注\n' > "$T/alt.csv"
printf '1004,2017005,钱七,女,%s,19999,示范学院,摄影,专科,走读\n' "$ID_F" >> "$T/alt.csv"
expect_rc 0 import --college 传媒学院 --cohort 2021届未采集 "$T/alt.csv"
[ "$(sql "SELECT seq || '|' || level FROM students WHERE student_no = '2017005'")" = '1004|专科' ] ||
	fail "alternative headers"
[ "$(sql "SELECT extra FROM students WHERE student_no = '2017005'")" = '{"备注":"走读"}' ] ||
	fail "unknown column not kept: $(sql "SELECT extra FROM students WHERE student_no = '2017005'")"
run student show 2017005
expect_out '走读'

# normalisation: full-width digits, U+3000 and spaces, x -> X, padding, gender values
printf '%s\n' "$HEADER" > "$T/norm.csv"
printf '５,２０１７００６,　孙八　,M,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' \
    "$(echo 11010519491231002X | tr X x)" >> "$T/norm.csv"
printf '1006, 2017007 ,周九,female,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_H" >> "$T/norm.csv"
printf '1007,2017008,吴十,1,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_G" >> "$T/norm.csv"
printf '1008,2017009,郑一,2,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_B" >> "$T/norm.csv"
printf '1009,2017010,冯二,男性,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_E" >> "$T/norm.csv"
run import "$T/norm.csv"
[ "$(sql "SELECT seq || '|' || name || '|' || gender || '|' || id_number FROM students WHERE student_no = '2017006'")" = \
    '0005|孙八|男|11010519491231002X' ] ||
	fail "normalisation: $(sql "SELECT seq, name, gender, id_number, student_no FROM students WHERE name LIKE '%孙八%'")"
[ "$(sql "SELECT gender FROM students WHERE student_no = '2017007'")" = 女 ] || fail "female → 女"
[ "$(sql "SELECT gender FROM students WHERE student_no = '2017008'")" = 男 ] || fail "1 → 男"
[ "$(sql "SELECT gender FROM students WHERE student_no = '2017009'")" = 女 ] || fail "2 → 女"
[ "$(sql "SELECT count(*) FROM normalisations n JOIN students s ON s.id = n.student_id
    WHERE s.student_no = '2017006' AND n.field = 'seq' AND n.old_value = '5' AND n.new_value = '0005'")" = 1 ] ||
	fail "seq padding not recorded"
[ "$(sql "SELECT count(*) FROM normalisations n JOIN students s ON s.id = n.student_id
    WHERE s.student_no = '2017006' AND n.field = 'name' AND n.new_value = '孙八'")" = 1 ] ||
	fail "U+3000 trim not recorded"
[ "$(sql "SELECT count(*) FROM normalisations WHERE field = 'student_no' AND new_value = '2017007'")" = 1 ] ||
	fail "ASCII space trim not recorded"
[ "$(flagged SEQ_PADDED)" = 2017006 ] || fail "SEQ_PADDED: $(flagged SEQ_PADDED)"
[ "$(flagged GENDER_VALUE)" = "" ] || fail "男性 should normalise"

# dry run: shows, changes nothing
before=$(dump)
printf '%s\n' "$HEADER" > "$T/dry.csv"
roster_row 1010 2017011 陈三 男 $ID_C >> "$T/dry.csv"
# (exit 1: the season has errors since the padded seq 0005 is out of its block)
expect_rc 1 import --dry-run "$T/dry.csv"
expect_out 'Added 1'
expect_out 'Dry run'
[ "$(dump)" = "$before" ] || fail "--dry-run changed the database"

# one transaction: a bad second file leaves the first unimported
printf 'x,y\n"never closed\n' > "$T/broken.csv"
expect_rc 2 import "$T/dry.csv" "$T/broken.csv"
[ "$(dump)" = "$before" ] || fail "a failed import left rows behind"

# re-import: added, changed (field by field, old → new), unchanged, absent
{ echo "$HEADER"
  roster_row 1001 2017001 张三 男 $ID_A
  roster_row 1002 2017002 李思 女 $ID_B
  roster_row 1011 2017012 '　新生' 男 $ID_E
} > "$T/again.csv"
expect_rc 1 import "$T/again.csv"
expect_out 'Added 1:'
expect_out '2017012  新生'
expect_out 'Changed 1'
expect_out '2017002  李思  name: 李四 → 李思'
expect_out 'Unchanged 1:'
expect_out 'Not in the files [1-9]'
expect_out '2017003  王五'
[ "$(sql "SELECT count(*) FROM students WHERE student_no = '2017002'")" = 1 ] || fail "re-import duplicated"
[ "$(sql "SELECT count(*) FROM students WHERE student_no = '2017003'")" = 1 ] || fail "absent student deleted"
[ "$(sql "SELECT old_value || '>' || new_value FROM audit WHERE action = 'update' AND key = '2017002' AND field = 'name'")" = '李四>李思' ] ||
	fail "update not audited"
# an added student's normalisation names it, not a neighbour (added rows are staged)
[ "$(sql "SELECT s.student_no FROM normalisations n JOIN students s ON s.id = n.student_id
    WHERE n.field = 'name' AND n.new_value = '新生'")" = 2017012 ] ||
	fail "normalisation of an added student: $(sql 'SELECT * FROM normalisations')"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'import' AND key = '2017012'")" = 1 ] ||
	fail "addition not audited"
# the pinyin initials are written with the names, added or changed (roster search)
[ "$(sql "SELECT group_concat(initials, ' ') FROM (SELECT initials FROM students
    WHERE student_no IN ('2017001', '2017012') ORDER BY student_no)")" = 'zs xs' ] ||
	fail "initials of added students: $(sql 'SELECT student_no, name, initials FROM students')"
{ echo "$HEADER"
  roster_row 1001 2017001 赵六 男 $ID_A
} > "$T/rename.csv"
run import "$T/rename.csv"
[ "$(sql "SELECT initials FROM students WHERE student_no = '2017001'")" = zl ] ||
	fail "initials of a renamed student: $(sql "SELECT name, initials FROM students WHERE student_no = '2017001'")"

# two rows of one file with one student number: both kept and flagged
{ echo "$HEADER"
  roster_row 1020 2017020 甲 男 $ID_G
  roster_row 1021 2017020 乙 女 $ID_H
} > "$T/dup.csv"
expect_rc 1 import "$T/dup.csv"
[ "$(sql "SELECT count(*) FROM students WHERE student_no = '2017020'")" = 2 ] || fail "duplicate row dropped"
[ "$(flagged STUDENT_NO_DUPLICATE)" = "2017020 2017020" ] || fail "STUDENT_NO_DUPLICATE on both: $(flagged STUDENT_NO_DUPLICATE)"

# usage
expect_rc 2 import
expect_rc 2 import --cohort nosuch "$T/utf8.csv"
expect_err 'unknown cohort'
expect_rc 2 import --college 不存在学院 "$T/utf8.csv"
expect_err 'unknown college'
done_test
