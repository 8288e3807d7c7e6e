# SPDX-License-Identifier: MIT
# Sourced by the money tests after lib.sh: a season with a few roster
# students (inserted directly until `caiji import` is on main).
need sqlite3
"$CAIJI" init --institution-code 99999 --institution-name 示例学院 >/dev/null || exit 99
# students: seq, student number, name, ID number, college id, cohort id
sql "INSERT INTO students(cohort_id, college_id, seq, student_no, name, gender, id_number) VALUES
 (1, 1, '1001', '2017001', '张三', '男', '110105194912310010'),
 (1, 1, '1002', '2017002', '=HYPERLINK(\"http://x\")', '女', '110105194912310029'),
 (1, 1, '1003', '2017003', '王五', '男', '110105194912310037'),
 (2, 1, '1004', '2017004', '赵六', '女', '110105194912310045'),
 (1, 2, '2001', '2017101', '孙七', '男', '110105194912310053'),
 (1, 2, '2002', '2017102', '周八', '女', '110105194912310061');" || exit 99
# a package of 传媒学院 holding seq 1001-1004, one of 环境艺术设计学院 holding 2001
submit() { # submit PACKAGE-ID COLLEGE-ID SEQ...
	pkg=$1 col=$2; shift 2
	sql "INSERT OR IGNORE INTO packages(id, name, college_id, created_by) VALUES ($pkg, 'p$pkg', $col, 'test')"
	for s in "$@"; do
		sql "INSERT INTO submissions(student_id, package_id, clerk)
		    SELECT id, $pkg, 'test' FROM students WHERE seq = '$s'"
	done
}
# order_add SEQ TIER: takes an order and prints its number
order_add() {
	"$CAIJI" order add --student "$1" --tier "$2" --address '济南市玉函路 7 号' \
	    --recipient-phone 13800000000 | sed -n 's/^Order \([0-9]*\) taken$/\1/p'
}
