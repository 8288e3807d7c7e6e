# SPDX-License-Identifier: MIT
# caiji seq assign and caiji student show|set: the edit path normalises,
# refuses what cannot be right, audits and revalidates.
. "$testlib"
need sqlite3
init_season
{ echo "$HEADER"
  roster_row 1001 S01 张三 男 $ID_A
  roster_row '' S02 李四 女 $ID_B
  roster_row '' S03 王五 男 $ID_C
  roster_row 1003 S04 赵六 女 $ID_D
  roster_row '' S05 钱七 男 $ID_E 航空学院
} > "$T/r.csv"
run import "$T/r.csv"
[ "$(flagged FIELD_MISSING)" = 'S02 S03 S05' ] || fail "missing seq not flagged: $(flagged FIELD_MISSING)"

before=$(dump)
expect_rc 0 seq assign --dry-run
expect_out '1002  S02'
[ "$(dump)" = "$before" ] || fail "seq assign --dry-run changed the database"
expect_rc 0 seq assign --college 传媒学院
expect_out '2 shoot sequence numbers assigned'
[ "$(sql "SELECT group_concat(student_no || '=' || seq, ' ') FROM (SELECT * FROM students ORDER BY student_no)")" = \
    'S01=1001 S02=1002 S03=1004 S04=1003 S05=' ] || fail "assignment: $(sql "SELECT student_no, seq FROM students")"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'assign' AND field = 'seq'")" = 2 ] || fail "assign not audited"
[ "$(flagged FIELD_MISSING)" = 'S05' ] || fail "not revalidated: $(flagged FIELD_MISSING)"
expect_rc 0 seq assign
[ "$(sql "SELECT seq FROM students WHERE student_no = 'S05'")" = 7001 ] || fail "航空学院 block"
expect_rc 2 seq assign --college 火星学院
expect_rc 2 seq bogus

# a full block is a clear error and assigns nothing
sql "UPDATE colleges SET seq_last = 1004 WHERE name = '传媒学院'"
{ echo "$HEADER"; roster_row '' S06 孙八 男 $ID_G; } > "$T/more.csv"
run import "$T/more.csv"
before=$(dump)
expect_rc 2 seq assign
expect_err '传媒学院.*1001-1004 is full'
[ "$(dump)" = "$before" ] || fail "a full block changed the database"

# student show: fields, masked ID, flags
expect_rc 0 student show S01
expect_out '张三'
expect_out '370102\*\*\*\*\*\*\*\*0015'
expect_no_out "$ID_A"
expect_rc 0 student show --show-id 1001
expect_out "$ID_A"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" = 1 ] || fail "--show-id not audited"
expect_rc 2 student show NOSUCH
expect_err 'no student'

# student set: normalised, audited, revalidated
expect_rc 0 student set S01 gender F
[ "$(sql "SELECT gender FROM students WHERE student_no = 'S01'")" = 女 ] || fail "gender F → 女"
[ "$(flagged ID_GENDER)" = S01 ] || fail "edit not revalidated: ID_GENDER [$(flagged ID_GENDER)]"
[ "$(sql "SELECT old_value || '>' || new_value FROM audit WHERE action = 'update' AND key = 'S01' AND field = 'gender'")" = '男>女' ] ||
	fail "edit not audited"
expect_rc 0 student set 1001 gender 男
[ "$(flagged ID_GENDER)" = '' ] || fail "ID_GENDER stays after the fix"
expect_rc 0 student set S01 id_number "$(echo 11010519491231002X | tr X x)"
[ "$(sql "SELECT id_number FROM students WHERE student_no = 'S01'")" = 11010519491231002X ] || fail "x → X on edit"
expect_rc 0 student set S01 seq 7
[ "$(sql "SELECT seq FROM students WHERE student_no = 'S01'")" = 0007 ] || fail "seq padded on edit"
[ "$(flagged SEQ_PADDED)" = S01 ] || fail "SEQ_PADDED after an edit"
expect_rc 0 student set S01 college 航空学院
[ "$(sql "SELECT c.name FROM students s JOIN colleges c ON c.id = s.college_id WHERE student_no = 'S01'")" = 航空学院 ] ||
	fail "college edit"
n=$(sql 'SELECT count(*) FROM audit')
expect_rc 0 student set S01 college 航空学院
[ "$(sql 'SELECT count(*) FROM audit')" = "$n" ] || fail "a no-op edit was audited"

before=$(dump)
expect_rc 2 student set S01 gender 未知
expect_err 'not a gender'
expect_rc 2 student set S01 seq 12345
expect_rc 2 student set S01 name ''
expect_err 'cannot be emptied'
expect_rc 2 student set S01 college 火星学院
expect_rc 2 student set S01 nosuchfield x
expect_err 'unknown field'
expect_rc 2 student set S01 name
[ "$(dump)" = "$before" ] || fail "a refused edit changed the database"
done_test
