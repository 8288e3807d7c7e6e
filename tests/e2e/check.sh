# SPDX-License-Identifier: MIT
# caiji check: one row per flag in text, TSV, CSV and JSON; filters; masking;
# exit statuses.
. "$testlib"
need_zh
need sqlite3
need python3
init_season

# an empty season: nothing at error severity
expect_rc 0 check
expect_out '0 errors, 0 warnings'
expect_rc 0 check --format tsv
[ "$(cat "$T/out")" = "$(printf 'seq\tstudent_no\tcode\tseverity\tdetail')" ] || fail "empty TSV: $(cat "$T/out")"

bad=$(echo $ID_C | sed 's/1$/2/')
{ echo "$HEADER"
  roster_row 1001 S01 张三 男 $ID_A
  roster_row 12 S02 李四 女 $ID_B
  roster_row 2001 S03 王五 男 $bad 环境艺术设计学院
} > "$T/r.csv"
run import "$T/r.csv"

expect_rc 1 check --format tsv
head -1 "$T/out" | grep -qx "$(printf 'seq\tstudent_no\tcode\tseverity\tdetail')" || fail "TSV header"
grep -q "^0012	S02	SEQ_PADDED	warning	" "$T/out" || fail "TSV SEQ_PADDED row: $(cat "$T/out")"
grep -q "^0012	S02	SEQ_RANGE	error	" "$T/out" || fail "TSV SEQ_RANGE row"
grep -q "^2001	S03	ID_CHECKSUM	error	" "$T/out" || fail "TSV ID_CHECKSUM row"
[ "$(wc -l < "$T/out")" -eq 4 ] || fail "TSV: one row per flag: $(cat "$T/out")"
[ "$(awk -F'\t' '{ print NF }' "$T/out" | sort -u)" = 5 ] || fail "TSV: 5 columns"

# text: grouped by college, ID numbers masked unless --show-id
expect_rc 1 check
expect_out '^传媒学院'
expect_out '^环境艺术设计学院'
expect_out '370202\*\*\*\*\*\*\*\*0032'
expect_no_out "$bad"
expect_out '2 errors, 1 warning'
awk '{ if (length($0) > 0) print }' "$T/out" | while IFS= read -r line; do
	w=$(printf '%s' "$line" | wc -L)
	[ "$w" -le 80 ] || echo "$line" >> "$T/wide"
done
[ ! -s "$T/wide" ] || fail "text wider than 80 columns: $(cat "$T/wide")"
expect_rc 1 check --show-id
expect_out "$bad"

# CSV: BOM, header, neutralised formulas; JSON parses
expect_rc 1 check --format csv
head -c 3 "$T/out" | od -An -tx1 | grep -q 'ef bb bf' || fail "CSV BOM"
grep -q '^0012,S02,SEQ_RANGE,error,' "$T/out" || fail "CSV row: $(cat "$T/out")"
expect_rc 1 check --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d) == 3, d; assert d[0]["code"]' "$T/out" ||
	fail "JSON does not parse: $(cat "$T/out")"
expect_out '"code":"ID_CHECKSUM"'

# filters
expect_rc 1 check --college 环境艺术设计学院 --format tsv
[ "$(wc -l < "$T/out")" -eq 2 ] || fail "--college filter: $(cat "$T/out")"
expect_rc 0 check --college 航空学院
expect_rc 0 check --cohort 2022-single-admission --format tsv
expect_rc 1 check --cohort 2021届未采集 --format tsv
expect_rc 2 check --college 火星学院
expect_err 'unknown college'
expect_rc 2 check --format xml
expect_rc 2 check extra-arg

# a photo flag of another source, with no student, shows up too
sql "INSERT INTO flags(student_id, seq, code, severity, detail, source) VALUES (NULL, '7005', 'PHOTO_ORPHAN', 'warning', '7005.jpg', 'photo')"
expect_rc 1 check --format tsv
grep -q "^7005		PHOTO_ORPHAN	warning	7005.jpg" "$T/out" || fail "orphan photo row: $(cat "$T/out")"
expect_rc 0 check --college 航空学院 --format tsv
grep -q PHOTO_ORPHAN "$T/out" || fail "orphan not placed in its block's college"

# a long detail is wrapped to 80 columns, Chinese included
long='这是一个很长的说明文字，用来检查文本输出在八十列的终端上会不会自动换行而不是超出屏幕的右边缘，所以要写得足够长才行 and some English words to wrap at spaces too END'
sql "INSERT INTO flags(student_id, seq, code, severity, detail, source) VALUES ((SELECT id FROM students WHERE student_no = 'S01'), '1001', 'ID_FORMAT', 'error', '$long', 'photo')"
run check
: > "$T/wide"
while IFS= read -r line; do
	[ "$(printf '%s' "$line" | wc -L)" -le 80 ] || echo "$line" >> "$T/wide"
done < "$T/out"
[ ! -s "$T/wide" ] || fail "long detail not wrapped: $(cat "$T/wide")"
expect_out 'END$'
expect_out '这是一个很长'

# warnings only: exit 0
sql "DELETE FROM flags WHERE severity = 'error'"
expect_rc 0 check

# Chinese messages under a Chinese locale
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" check > "$T/out" 2>&1
grep -q '个错误' "$T/out" || fail "zh_CN check summary not Chinese: $(cat "$T/out")"
done_test
