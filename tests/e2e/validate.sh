# SPDX-License-Identifier: MIT
# Roster validation: every flag code validate owns, on its failing and its
# passing side; duplicates on every student involved; one root cause, one code.
. "$testlib"
need sqlite3
init_season
bad_check=$(echo $ID_C | sed 's/1$/2/')
{ echo "$HEADER"
  roster_row 1001 S01 好人 男 $ID_A
  printf '1002,S02,缺专业,女,%s,19999,示范学院,,专科,传媒学院,2021-uncollected\n' $ID_B
  roster_row 1003 S03 性别怪 X $ID_C
  roster_row 1004 S04 校验错 男 $bad_check
  roster_row 1005 S05 太短 女 1234567
  roster_row 1006 S06 科学 男 3.70102E+17
  roster_row 1007 S07 旧号 男 370102990101001
  roster_row 1008 S08 生日 男 370102199913010012
  roster_row 1009 S09 地区 男 990102199901010010
  roster_row 1010 S10 反性别 男 $ID_D
  roster_row 12345 S11 序号长 男 370102199909090099
  roster_row 2001 S12 越界 女 $ID_F
  roster_row 1013 S13 重号甲 男 $ID_G
  roster_row 1013 S14 重号乙 女 $ID_H
  roster_row 1015 S15 同证甲 女 $ID_F
  roster_row 1016 S16 同证乙 女 $ID_F
  printf '1017,S17,外校,男,%s,10001,别的学院,摄影,专科,传媒学院,2021-uncollected\n' 370102199910100119
  printf ',S18,无序号,男,%s,19999,示范学院,摄影,专科,传媒学院,2021-uncollected\n' 370102199911110132
} > "$T/r.csv"
expect_rc 1 import "$T/r.csv"

# code STUDENT_NOS: exactly those students carry code
is() {
	got=$(flagged "$1")
	[ "$got" = "$2" ] || fail "$1: flagged [$got], want [$2]"
}
is FIELD_MISSING 'S02 S18'
[ "$(sql "SELECT detail FROM flags WHERE code = 'FIELD_MISSING' AND seq = '1002'")" = 'major is empty' ] ||
	fail "FIELD_MISSING names the field: $(sql "SELECT detail FROM flags WHERE code = 'FIELD_MISSING'")"
is GENDER_VALUE S03
is ID_CHECKSUM S04
is ID_FORMAT S05
is ID_SCI_NOTATION S06
is ID_LEGACY_15 S07
is ID_BIRTHDATE S08
is ID_REGION S09
is ID_GENDER S10
is SEQ_FORMAT S11
is SEQ_RANGE S12
is SEQ_DUPLICATE 'S13 S14'
is ID_DUPLICATE 'S12 S15 S16'
is INSTITUTION S17
is SEQ_PADDED ''
is STUDENT_NO_DUPLICATE ''
# the good row has nothing; shape failures get no follow-on codes
[ "$(sql "SELECT count(*) FROM flags f JOIN students s ON s.id = f.student_id WHERE s.student_no = 'S01'")" = 0 ] ||
	fail "a clean row was flagged"
for s in S05 S06 S07 S03; do
	[ "$(sql "SELECT count(*) FROM flags f JOIN students s ON s.id = f.student_id WHERE s.student_no = '$s'")" = 1 ] ||
		fail "$s: one root cause, one code: $(sql "SELECT code FROM flags f JOIN students s ON s.id = f.student_id WHERE s.student_no = '$s'")"
done

# without institution settings, the season's most common pair is expected
sql "UPDATE settings SET value = '' WHERE key IN ('institution_code', 'institution_name')" >/dev/null
expect_rc 0 student set S01 name 好人甲
is INSTITUTION S17

# a student number may repeat across cohorts, not within one
{ echo "$HEADER"; roster_row 1020 S01 好人甲 男 $ID_A | sed 's/2021-uncollected/2022-single-admission/'; } > "$T/c2.csv"
run import "$T/c2.csv"
is STUDENT_NO_DUPLICATE ''
is ID_DUPLICATE 'S01 S01 S12 S15 S16'

# the Xuexin reference: missing, and mismatches naming the field
printf '学号,姓名,性别,身份证号\nS01,好人甲,男,%s\nS02,缺专业,男,%s\nS03,性别怪改,X,%s\n' $ID_A $ID_B $ID_C > "$T/ref.csv"
expect_rc 1 import --reference "$T/ref.csv"
expect_out 'Loaded 3 Xuexin reference records'
[ "$(sql 'SELECT count(*) FROM reference')" = 3 ] || fail "reference rows"
is XUEXIN_MISMATCH 'S02 S03'
[ "$(sql "SELECT detail FROM flags f JOIN students s ON s.id = f.student_id WHERE f.code = 'XUEXIN_MISMATCH' AND s.student_no = 'S02'")" = \
    'gender: the roster has "女", Xuexin has "男"' ] || fail "XUEXIN_MISMATCH detail"
missing=$(flagged XUEXIN_MISSING)
case " $missing " in *" S04 "*) ;; *) fail "XUEXIN_MISSING lacks S04: $missing" ;; esac
case " $missing " in *" S01 "*) fail "S01 is in the reference" ;; esac
# a new reference replaces the old one; a duplicate record is refused
printf 'student_no,name,gender,id_number\nS01,好人甲,男,%s\n' $ID_A > "$T/ref2.csv"
run import --reference "$T/ref2.csv"
[ "$(sql 'SELECT count(*) FROM reference')" = 1 ] || fail "reference not replaced"
is XUEXIN_MISMATCH ''
printf 'student_no,name,gender,id_number\nS01,a,男,1\nS01,b,女,2\n' > "$T/ref3.csv"
before=$(dump)
expect_rc 2 import --reference "$T/ref3.csv"
expect_err 'ref3.csv:3: student number S01 is already on line 2'
[ "$(dump)" = "$before" ] || fail "refused reference changed the database"

# a photo pass's flags are not touched by roster validation
sql "INSERT INTO flags(student_id, seq, code, severity, detail, source) VALUES (NULL, '1999', 'PHOTO_ORPHAN', 'warning', '1999.jpg', 'photo')"
run student set 1001 name 好人乙
[ "$(sql "SELECT count(*) FROM flags WHERE source = 'photo'")" = 1 ] || fail "validation removed photo flags"
done_test
