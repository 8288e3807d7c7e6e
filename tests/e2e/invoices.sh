# SPDX-License-Identifier: MIT
# Invoices: each student billed once across re-runs, numbering, issuing,
# discarding, voiding, immutability, printed form.
. "$testlib"
. "$(dirname "$testlib")/fees-lib.sh"

# nothing submitted yet: nothing to bill
expect_rc 2 invoice create --college 传媒学院
expect_err 'left to bill'
[ "$(sql 'SELECT count(*) FROM invoices')" = 0 ] || fail "an empty draft was left"

submit 1 1 1001 1002 1003
expect_rc 0 invoice create --college 传媒学院
expect_out 'Draft invoice 1 bills 3 students'
# re-running bills nobody twice, while the draft is open too
expect_rc 2 invoice create --college 传媒学院
expect_err 'billed once'
expect_rc 0 invoice show 1
expect_out 'draft'
expect_out '信息采集费 +3 +15\.00 +45\.00'
expect_out '人民币肆拾伍元整'
expect_rc 2 invoice void 1 --reason x
expect_err 'never issued'
expect_rc 2 invoice pay 1 --method transfer
expect_rc 0 invoice issue 1
expect_out 'Invoice 2021-0001 issued'
expect_rc 2 invoice issue 1
expect_err 'already issued'
expect_rc 2 invoice discard 2021-0001
expect_err 'already issued'
[ "$(sql "SELECT number || ' ' || state || ' ' || total_fen FROM invoices WHERE id = 1")" = '2021-0001 issued 4500' ] ||
	fail "issued invoice"
[ "$(sql "SELECT count(*) FROM audit WHERE entity = 'invoice'")" = 2 ] || fail "create and issue not audited"

# the printed invoice: payee block, masked IDs, the list of students
expect_rc 0 invoice show 2021-0001
expect_out 'Invoice +No\. 2021-0001'
expect_out '大学生图像采集中心'
expect_out '0531-82024793, 0531-82024739'
expect_out '山东省济南市玉函路 7 号二楼'
expect_out '110105\*+0010'
expect_no_out '110105194912310010'
expect_out '示例学院'
expect_rc 0 invoice show --show-id 2021-0001
expect_out '110105194912310010'
expect_rc 0 invoice show --format csv 2021-0001
expect_out '^.?number,kind,state'
expect_out '2021-0001,Invoice,issued,.*,信息采集费,3,15\.00,45\.00,45\.00,肆拾伍元整'

# issued invoices are immutable, even by hand
sql "UPDATE invoices SET total_fen = 1 WHERE id = 1" 2>/dev/null && fail "invoice UPDATE allowed"
sql "UPDATE invoices SET state = 'draft', number = NULL WHERE id = 1" 2>/dev/null && fail "un-issuing allowed"
sql "DELETE FROM invoices WHERE id = 1" 2>/dev/null && fail "invoice DELETE allowed"
sql "UPDATE invoice_lines SET unit_fen = 1" 2>/dev/null && fail "invoice line UPDATE allowed"
sql "DELETE FROM invoice_students" 2>/dev/null && fail "invoice student DELETE allowed"
sql "INSERT INTO invoice_students(invoice_id, student_id) VALUES (1, 4)" 2>/dev/null && fail "invoice student INSERT allowed"
[ "$(sql 'SELECT total_fen FROM invoices WHERE id = 1')" = 4500 ] || fail "invoice changed"

# a new submission is billed by the next invoice, alone
submit 2 1 1004
expect_rc 0 invoice create --college 传媒学院
expect_out 'Draft invoice 2 bills 1 students'
# a draft can be discarded; its student is billable again
expect_rc 0 invoice discard 2
[ "$(sql 'SELECT count(*) FROM invoices WHERE id = 2')" = 0 ] || fail "draft not discarded"
expect_rc 2 invoice discard 2
expect_err 'no invoice 2'
# cohort: seq 1004 is in cohort 2, the rest in cohort 1
expect_rc 2 invoice create --college 传媒学院 --cohort 2021-uncollected
expect_err 'left to bill'
expect_rc 2 invoice create --college 传媒学院 --cohort nosuch
expect_err 'no cohort "nosuch"'
expect_rc 0 invoice create --college 传媒学院 --cohort 2022-single-admission
expect_out 'bills 1 students'
expect_rc 0 invoice issue 3
expect_out '2021-0002'

# voiding: needs a reason, keeps the number, frees the students
expect_rc 2 invoice void 2021-0001
expect_err 'needs a reason'
expect_rc 2 invoice void 2021-0099 --reason x
expect_err 'no invoice 2021-0099'
expect_rc 0 invoice void 2021-0001 --reason '学院名称错误'
expect_rc 2 invoice void 2021-0001 --reason again
expect_err 'is void'
[ "$(sql "SELECT state || ' ' || void_reason FROM invoices WHERE number = '2021-0001'")" = 'void 学院名称错误' ] ||
	fail "void not recorded"
sql "UPDATE invoices SET state = 'issued' WHERE id = 1" 2>/dev/null && fail "un-voiding allowed"
expect_rc 0 invoice show 2021-0001
expect_out 'VOID'
expect_rc 0 invoice create --college 传媒学院
expect_out 'bills 3 students'
expect_rc 0 invoice issue 4
expect_out '2021-0003'
expect_rc 2 invoice create --college 传媒学院
# each student in at most one invoice that is not void
[ "$(sql "SELECT max(n) FROM (SELECT count(*) AS n FROM invoice_students x JOIN invoices i ON i.id = x.invoice_id WHERE i.state <> 'void' GROUP BY x.student_id)")" = 1 ] ||
	fail "a student is billed twice"
# numbers: gapless, never reused
[ "$(sql "SELECT group_concat(number, ' ') FROM (SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number)")" = \
	'2021-0001 2021-0002 2021-0003' ] || fail "invoice numbers $(sql 'SELECT group_concat(number) FROM invoices')"

# payments by the college
expect_rc 2 invoice pay 2021-0003 --method transfer --amount 50
expect_err 'overpay'
expect_rc 2 invoice pay 2021-0003 --method transfer --amount -5
expect_err 'negative'
expect_rc 2 invoice pay 2021-0003 --method transfer --amount abc
# what was paid cannot be read: no payment is taken (it could overpay)
cp "$CAIJI_DB" "$T/unreadable.db"
sqlite3 "$T/unreadable.db" "ALTER TABLE invoice_payments RENAME TO payments_real;
    CREATE VIEW invoice_payments AS SELECT * FROM payments_real WHERE abs(-9223372036854775807 - 1) > 0" || exit 99
_season=$CAIJI_DB CAIJI_DB=$T/unreadable.db
expect_rc 2 invoice pay 2021-0003 --method transfer --amount 15
expect_err 'cannot read the invoice'
CAIJI_DB=$_season
[ "$(sqlite3 "$T/unreadable.db" 'SELECT count(*) FROM payments_real')" = 0 ] || fail "a payment was taken blind"
expect_rc 0 invoice pay 2021-0003 --method transfer --amount 15
expect_rc 0 invoice pay 2021-0003 --method transfer
expect_rc 2 invoice pay 2021-0003 --method transfer
expect_err 'paid in full'
expect_rc 0 invoice list
expect_out '2021-0003 +issued +传媒学院 +3 +45\.00 +45\.00'
expect_rc 0 invoice list --state void --format csv
expect_out '2021-0001,void'
expect_rc 2 invoice list --state lost

# four processes issuing at once: numbers stay gapless
submit 3 2 2001 2002
for c in 应用设计学院 音乐舞蹈学院 美术学院 公共教学部; do
	sql "INSERT INTO students(cohort_id, college_id, seq, student_no, name) SELECT 1, id, seq_first, 'x' || seq_first, 'n' FROM colleges WHERE name = '$c'"
	sql "INSERT INTO packages(name, college_id, created_by) SELECT 'p', id, 't' FROM colleges WHERE name = '$c'"
	sql "INSERT INTO submissions(student_id, package_id, clerk) SELECT s.id, (SELECT max(id) FROM packages), 't' FROM students s JOIN colleges k ON k.id = s.college_id WHERE k.name = '$c'"
	"$CAIJI" invoice create --college "$c" > /dev/null || fail "create $c"
done
for id in $(sql "SELECT id FROM invoices WHERE state = 'draft'"); do
	"$CAIJI" invoice issue "$id" > /dev/null 2>> "$T/issue-errors" &
done
wait
[ ! -s "$T/issue-errors" ] || fail "issuing failed: $(head -3 "$T/issue-errors")"
[ "$(sql "SELECT group_concat(number, ' ') FROM (SELECT number FROM invoices WHERE number IS NOT NULL ORDER BY number)")" = \
	'2021-0001 2021-0002 2021-0003 2021-0004 2021-0005 2021-0006 2021-0007' ] ||
	fail "concurrent numbers $(sql 'SELECT group_concat(number) FROM invoices')"
expect_rc 2 invoice create --college nosuch
expect_err 'no college'
expect_rc 2 invoice create
done_test
