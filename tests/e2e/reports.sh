# SPDX-License-Identifier: MIT
# caiji report: golden text of every report (80 columns, CJK aligned, pages,
# masked IDs), CSV for Excel, --show-id audited, --out, and printing through
# a fake lp.  The season is tests/data/report-season.sql; CAIJI_TODAY pins the
# date on the pages.  To regenerate a golden after a deliberate change:
#   CAIJI_TODAY=2021-03-01 caiji report NAME > tests/data/report-NAME.txt
. "$testlib"
need_zh
need sqlite3
need python3
export CAIJI_TODAY=2021-03-01
data="$top_srcdir/tests/data"

expect_rc 0 init --institution-code 10456 --institution-name 示例学院
sqlite3 -batch "$CAIJI_DB" < "$data/report-season.sql" || exit 99

for r in progress chase flags signin slips; do
	expect_rc 0 report "$r"
	cp "$T/out" "$T/$r.txt"
	diff -u "$data/report-$r.txt" "$T/out" >&2 || fail "report $r differs from its golden"
	# no line wider than 80 columns, every page headed with page N/M
	python3 - "$T/out" <<'PY' || fail "report $r: a line is wider than 80 columns or a page lacks its header"
import sys, unicodedata
text = open(sys.argv[1], encoding="utf-8").read()
def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
pages = text.split("\f")
for i, page in enumerate(pages, 1):
    lines = page.split("\n")
    assert lines[1].endswith("page %d/%d" % (i, len(pages))), lines[1]
    for l in lines:
        assert width(l) <= 80, l
PY
	grep -q '370102199001011234' "$T/out" && fail "report $r shows a full ID number"
done
# one cohort lookup everywhere: the code in any case, or the Chinese name
for c in 2021-uncollected 2021-UNCOLLECTED 2021届未采集; do
	expect_rc 0 report progress --cohort "$c"
	cp "$T/out" "$T/progress-$c.txt"
done
cmp -s "$T/progress-2021-uncollected.txt" "$T/progress-2021-UNCOLLECTED.txt" &&
	cmp -s "$T/progress-2021-uncollected.txt" "$T/progress-2021届未采集.txt" ||
	fail "report progress --cohort depends on how the cohort is written"
expect_rc 2 report progress --cohort nosuch
expect_err 'no cohort "nosuch"; the cohorts are: 2021-uncollected'
# the flags report has several pages and continues a college on a new page
grep -q 'page 2/' "$T/flags.txt" || fail "flags report not paginated"
grep -q '(continued)' "$T/flags.txt" || fail "flags report: no continued heading"
# the chase list starts each college on a page of its own
[ "$(tr -cd '\f' < "$T/chase.txt" | wc -c)" -ge 1 ] || fail "chase: one page for two colleges"
grep -q '370102\*\*\*\*\*\*\*\*1234' "$T/signin.txt" || \
	grep -q '370102\*\*\*\*\*\*\*\*0011' "$T/signin.txt" || fail "signin: masked ID missing"
grep -q '110101\*\*\*\*\*\*\*\*0017' "$T/flags.txt" || fail "flags: ID inside a detail not masked"

# --show-id shows the number in full and is audited
expect_rc 0 report signin --show-id
expect_out '11010119961212004X'
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" = 1 ] || fail "--show-id not audited"

# CSV: BOM, every row, formulas neutralised, in both encodings
expect_rc 0 report flags --format csv --out "$T/flags.csv"
[ ! -s "$T/out" ] || fail "--out still wrote to stdout"
expect_rc 0 report flags --format csv --csv-encoding gb18030 --out "$T/flags-gb.csv"
python3 - "$T/flags.csv" "$T/flags-gb.csv" <<'PY' || fail "CSV does not round-trip"
import csv, sys
a = open(sys.argv[1], "rb").read()
assert a.startswith(b"\xef\xbb\xbf")
rows = list(csv.reader(a.decode("utf-8-sig").splitlines()))
assert rows[0] == ["College", "Seq", "Student no.", "Name", "Code", "Severity", "Problem"], rows[0]
assert len(rows) == 7, len(rows)
names = [r[3] for r in rows]
assert "'=HYPERLINK(\"x\")" in names, names
assert "欧阳娜娜" in names
gb = list(csv.reader(open(sys.argv[2], "rb").read().decode("gb18030").splitlines()))
assert gb == rows, (gb, rows)
PY

# printing: through lp with the printer and title, never a shell
mkdir -p "$T/bin"
cat > "$T/bin/lp" <<LP
#!/bin/sh
printf '%s\n' "\$@" > "$T/lp-args"
cat > "$T/lp-stdin"
LP
chmod +x "$T/bin/lp"
(cd "$T" && PATH="$T/bin:$PATH" "$CAIJI" report chase --print --printer 'office;touch pwned') \
	> "$T/out" 2> "$T/err" || fail "report --print: exit $?, $(cat "$T/err")"
[ -f "$T/lp-args" ] || fail "lp was not run"
grep -qx -- '-d' "$T/lp-args" && grep -qx 'office;touch pwned' "$T/lp-args" || fail "lp arguments: $(cat "$T/lp-args")"
grep -qx 'Chase list' "$T/lp-args" || fail "lp job title"
cmp -s "$T/lp-stdin" "$T/chase.txt" || fail "the printer did not get the report"
[ ! -e pwned ] && [ ! -e "$T/pwned" ] || fail "the printer name went through a shell"
# the fees reports share the core: --print, --out and the pinned date
(PATH="$T/bin:$PATH" "$CAIJI" report money --print) > "$T/out" 2> "$T/err" ||
	fail "report money --print: $(cat "$T/err")"
head -1 "$T/lp-stdin" | grep -q '^Money' || fail "money report not printed: $(head -2 "$T/lp-stdin")"
grep -q '2021-03-01  page 1/1' "$T/lp-stdin" || fail "money report: no pinned date and page"
expect_rc 0 report orders --out "$T/orders.txt"
grep -q '^Scatter-shoot orders' "$T/orders.txt" || fail "report orders --out"
expect_rc 2 report orders --print --out "$T/x.txt"
# neither lp nor lpr: a clear message saying how to save instead
mkdir -p "$T/empty"
# (the program itself: the valgrind wrapper needs a PATH)
PATH="$T/empty" "${CAIJI_REAL:-$CAIJI}" report chase --print > "$T/out" 2> "$T/err"
[ $? -eq 2 ] || fail "printing without lp: want exit 2"
expect_err '--out FILE'
expect_rc 2 report chase --print --format csv
expect_rc 2 report chase --college 没有这个学院
expect_err 'no college'
expect_rc 2 report nosuch

# Chinese titles and headings in a zh_CN locale
LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$CAIJI" report progress > "$T/out" 2> "$T/err" ||
	fail "report progress in zh_CN: $(cat "$T/err")"
expect_out '各学院进度'
expect_out '第 1/1 页'
expect_out '照片合格'
done_test
