# SPDX-License-Identifier: MIT
# Bad roster files are refused with exit 2, the file, the line and a plain
# sentence, and the database is left exactly as it was.
. "$testlib"
need_zh
need sqlite3
need iconv
init_season
{ echo "$HEADER"; roster_row 1001 2017001 张三 男 $ID_A; } > "$T/good.csv"
expect_rc 0 import "$T/good.csv"
before=$(dump)

# refused FILE PATTERN: import exits 2, stderr matches, nothing changed
refused() {
	expect_rc 2 import "$1"
	expect_err "$2"
	[ "$(dump)" = "$before" ] || fail "$1: refused import changed the database"
}

: > "$T/empty.csv"
refused "$T/empty.csv" 'empty.csv is empty'

printf '%s\n' "$HEADER" > "$T/nul.csv"
printf '1002,2017002,李\000四,女,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_B" >> "$T/nul.csv"
refused "$T/nul.csv" 'nul.csv:2: .*NUL'

printf 'PK\003\004\024\000\006\000binary' > "$T/book.csv"
refused "$T/book.csv" 'workbook'

head -c 3000 /dev/urandom > "$T/random.csv" 2>/dev/null
printf '\000' >> "$T/random.csv"
refused "$T/random.csv" 'random.csv'

{ echo "$HEADER"
  roster_row 1002 2017002 李四 女 $ID_B
  printf '1003,2017003,"王五,男,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' "$ID_C"
  roster_row 1004 2017004 赵六 女 $ID_D
} > "$T/quote.csv"
refused "$T/quote.csv" 'quote.csv:3: a quoted field .* never closed'

# bytes that are neither UTF-8 nor GB18030 (0x80 alone, 0xFF)
printf 'student_no,name,gender,id_number,college,cohort\n2017002,Li Si,F,%s,Media,2021-uncollected\n2017003,\200\377,M\n' \
    "$ID_B" > "$T/bytes.csv"
refused "$T/bytes.csv" 'bytes.csv:3: the text is neither UTF-8 nor GB18030'

printf '一些文字\n更多文字,没有表头\n' > "$T/noheader.csv"
refused "$T/noheader.csv" 'no header row'
i=0; : > "$T/late.csv"; while [ $i -lt 12 ]; do echo "title $i,,," >> "$T/late.csv"; i=$((i + 1)); done
echo "$HEADER" >> "$T/late.csv"
refused "$T/late.csv" 'no header row in the first 10 rows'

printf '学号,姓名,性别,学院,批次\n2017002,李四,女,传媒学院,2021-uncollected\n' > "$T/noid.csv"
refused "$T/noid.csv" 'noid.csv:1: the header has no id_number column \(身份证号\)'
printf '拍摄序号,学号,姓名,性别,身份证号\n1002,2017002,李四,女,%s\n' "$ID_B" > "$T/nocollege.csv"
refused "$T/nocollege.csv" 'no college column'
expect_rc 2 import --college 传媒学院 "$T/nocollege.csv"
expect_err 'no cohort column'

{ echo "$HEADER"; roster_row 1002 2017002 李四 女 $ID_B 火星学院; } > "$T/college.csv"
refused "$T/college.csv" 'college.csv:2: column 10 \(学院\): unknown college "火星学院"'
{ echo "$HEADER"; roster_row 1002 2017002 李四 女 $ID_B | sed 's/2021-uncollected/2099届/'; } > "$T/cohort.csv"
refused "$T/cohort.csv" 'cohort.csv:2: column 11 \(批次\): unknown cohort "2099届"'
printf '学号,学号,姓名,性别,身份证号,学院,批次\n' > "$T/twice.csv"
refused "$T/twice.csv" 'columns 1 and 2 are both'

expect_rc 2 import "$T/no-such-file.csv"
expect_err 'cannot open'

# a row with problems is imported and flagged, never dropped
{ echo "$HEADER"; roster_row '' 2017009 '' 男 3.70102E+17; } > "$T/badrow.csv"
expect_rc 1 import "$T/badrow.csv"
[ "$(sql "SELECT count(*) FROM students WHERE student_no = '2017009'")" = 1 ] || fail "bad row dropped"
[ "$(flagged ID_SCI_NOTATION)" = 2017009 ] || fail "ID_SCI_NOTATION"

# the Chinese locale explains in Chinese
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" import "$T/empty.csv" > "$T/out" 2> "$T/err"
grep -q '是空文件' "$T/err" || fail "zh_CN: no Chinese message: $(cat "$T/err")"
done_test
