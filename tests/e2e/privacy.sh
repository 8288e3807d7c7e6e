# SPDX-License-Identifier: MIT
# Privacy sweep: no report, document, listing or TUI screen shows a full ID
# number unless the clerk asks; asking is audited; the Xuexin package is the
# one place with full numbers; everything written is 0600; exports are audited.
. "$testlib"
. "$(dirname "$testlib")/tmux-lib.sh"
need sqlite3
tui_fixture
ID_WALKIN=$(idnum 11010519800101123)
ALL_IDS="$ID_ZHANG $ID_LI $ID_WANG $ID_EVIL $ID_ZHAO $ID_QIAN $ID_WALKIN"
# leaks FILE WHAT: fails when FILE holds any full ID number
leaks() {
	for id in $ALL_IDS; do
		if grep -aq "$id" "$1"; then fail "$2 shows the full ID number $id"; return; fi
	done
}

# a real season: photos scanned, a package exported, orders, an invoice
mkdir "$T/photos"
for seq in 1001 1002 2001 2002; do
	"$CAIJI" photo synth --seed "$seq" "$T/photos/$seq.jpg" >/dev/null || skip "photo synth failed"
done
run photos scan "$T/photos"
[ "$rc" -le 1 ] || fail "photos scan failed (exit $rc)"
run export xuexin --out "$T/pkgs"
[ "$rc" -le 1 ] || fail "export failed (exit $rc): $(head -c 300 "$T/err")"
leaks "$T/out" "the export's own messages"
pkg=$(ls -d "$T"/pkgs/*/ 2>/dev/null | head -1)
[ -n "$pkg" ] || fail "no package written"
run order add --student 1001 --tier standard --address 济南市玉函路7号 --recipient-phone 13800000000
run order add --name 林晓雨 --id-number "$ID_WALKIN" --phone 13900000000 --tier premium --address 济南市
expect_rc 0 order pay 1 --method cash
expect_rc 0 order pay 2 --method wechat
run invoice create --college 传媒学院
draft=$(grep -o '[0-9][0-9]*' "$T/out" | head -1)
[ -n "$draft" ] || fail "no invoice drafted: $(cat "$T/out" "$T/err")"
expect_rc 0 invoice issue "$draft"
expect_rc 0 invoice show 2021-0001
expect_rc 0 receipt show R2021-0002

# every listing, report and document, as text and as CSV: masked
n=0
for cmd in "check" "check --format csv" "check --format json" "student show 1001" \
    "order list" "order show 1" "order show 2" "receipt list" "receipt show R2021-0001" \
    "receipt show R2021-0002" "invoice list" "invoice show 2021-0001" \
    "report progress" "report chase" "report flags" "report signin" "report slips" \
    "report orders" "report money" "report chase --format csv" "report flags --format csv" \
    "report signin --format csv" "report orders --format csv"; do
	# shellcheck disable=SC2086
	"$CAIJI" $cmd > "$T/doc" 2>&1
	leaks "$T/doc" "caiji $cmd"
	n=$((n + 1))
done
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" = 0 ] || fail "a reveal was audited without one"

# asking shows the numbers, and is audited
"$CAIJI" report signin --show-id > "$T/doc" 2>&1
grep -q "$ID_ZHAO" "$T/doc" || fail "report signin --show-id does not show the ID number"
"$CAIJI" student show 1001 --show-id > "$T/doc" 2>&1
grep -q "$ID_ZHANG" "$T/doc" || fail "student show --show-id does not show the ID number"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" -ge 2 ] || fail "reveals not audited"

# the Xuexin package is the one place with full numbers; the README is masked
grep -rq "$ID_WANG" --include='*.csv' "$T/pkgs" || fail "the package CSV lacks the full ID number"
for readme in "$T"/pkgs/*/README.txt; do leaks "$readme" "the package README"; done
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'export'")" -ge 1 ] || fail "the export is not audited"

# everything written is 0600: the database, the package, a report, a backup
expect_rc 0 report progress --out "$T/progress.txt"
expect_rc 0 backup "$T/backup.db"
find "$CAIJI_DB" "$T/pkgs" "$T/progress.txt" "$T/backup.db" -type f ! -perm 0600 > "$T/modes"
[ ! -s "$T/modes" ] || fail "files not 0600: $(head -3 "$T/modes" | xargs ls -l)"
find "$T/pkgs" -type d ! -perm 0700 > "$T/modes"
[ ! -s "$T/modes" ] || fail "directories not 0700: $(head -3 "$T/modes")"

# every TUI screen: masked until the clerk presses v on a student
tui_start 120 40 LANG=C.UTF-8
tui_wait 'Aviation|航空学院|Media' "the dashboard"
# each screen is waited for by what only it draws, then read: nothing is
# passed for a screen that was never drawn
for key_title in 'F3 Roster: [0-9]+ students' 'F4 Problems by flag code' \
    'F6 Collected: [0-9]+ of' 'F7 Scatter-shoot orders: [0-9]+' 'F8 Invoices: [0-9]+' \
    'F2 Progress by college'; do
	key=${key_title%% *}
	tui_keys "$key"
	tui_wait "${key_title#* }" "the screen of $key" || continue
	leaks "$T/screen" "the TUI after $key"
	n=$((n + 1))
done
tui_keys F3
tui_wait '2017010001' "the roster"
tui_keys Enter
tui_wait '\*\*\*\*' "a student's masked ID"
tui_screen
leaks "$T/screen" "the TUI student screen"
before=$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")
tui_keys v
tui_wait "$ID_ZHANG|$ID_LI|$ID_WANG" "the revealed ID"
[ "$(sql "SELECT count(*) FROM audit WHERE action = 'reveal-id'")" -gt "$before" ] ||
	fail "the TUI reveal is not audited"
tui_quit
echo "privacy: $n listings, reports, documents and screens checked" >&2
done_test
