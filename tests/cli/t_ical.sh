# zio export ical: an RFC 5545 calendar of a professional's or a class's shifts: VTIMEZONE,
# one VEVENT per shift, stable UIDs, local times with TZID, cancelled shifts, CRLF
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# The verb is wired in src/cli/export.c separately: until then there is nothing to test.
if ! "$ZIO" export ical --help </dev/null >/dev/null 2>&1; then
	echo "zio export ical not wired yet: skipped"
	exit 0
fi

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run group add EMB --hours 32 --wlz-share 85
run class add Egels --school Zuid --group EMB
run class add Uilen --school Zuid --group EMB
run provider add Horizon
run staff add "Zoë de Vries" --provider Horizon --contract-hours 24 --from 2026-08-01
run staff add Kim --provider Horizon --contract-hours 24 --from 2026-08-01
expect_ok
# week 2026-W47: Zoë Mon, Tue (cancelled), Thu in Egels; Kim Mon in Egels; Zoë the week after
run shift add "Zoë de Vries" Egels 2026-11-16 08:30-12:00 --note "zwemmen; tas mee"
run shift add "Zoë de Vries" Egels 2026-11-17 08:30-12:00
run shift add "Zoë de Vries" Uilen 2026-11-19 12:30-15:00
run shift add Kim Egels 2026-11-16 12:30-15:00
run shift add "Zoë de Vries" Egels 2026-11-24 08:30-12:00
expect_code 0
run shift cancel 2 --reason schoolreis
expect_code 0

# the lines without their CR (CRLF is checked on its own) and unfolded (RFC 5545 3.1)
unfold()
{
	tr -d '\r' <"$OUT" | awk 'NR > 1 && /^ / { line = line substr($0, 2); next }
		NR > 1 { print line } { line = $0 } END { print line }' >"$OUT.lf" && mv "$OUT.lf" "$OUT"
}
count()
{
	grep -c -x -e "$1" "$OUT"
}
# Every BEGIN:X has its END:X, properly nested, with one VCALENDAR around everything.
balanced()
{
	awk '/^BEGIN:/ { st[++n] = substr($0, 7); if (n == 1 && st[1] != "VCALENDAR") bad = 1; next }
		/^END:/ { if (n == 0 || st[n] != substr($0, 5)) bad = 1; n--; if (n == 0) done++; next }
		n == 0 { bad = 1 }
		END { exit bad || n != 0 || done != 1 }' "$1"
}

run export ical --staff "Zoë de Vries" --from 2026-11-16 --to 2026-11-22
expect_ok
check "CRLF line ends" sh -c 'test "$(head -1 "$1" | od -An -c | tr -d " \n")" = "BEGIN:VCALENDAR\\r\\n"' _ "$OUT"
check "every line ends in CRLF" awk '!/\r$/ { bad = 1 } END { exit bad }' "$OUT"
cp "$OUT" first.ics
unfold
check "BEGIN/END pairs balanced and nested" balanced "$OUT"
expect_out_line 'BEGIN:VCALENDAR'
expect_out_line 'VERSION:2.0'
expect_out_line 'PRODID:-//zio//rooster//NL'
expect_out_line 'METHOD:PUBLISH'
check "a calendar name" grep -q '^X-WR-CALNAME:.' "$OUT"
# the time zone, written out: never dependent on zoneinfo
expect_out_line 'BEGIN:VTIMEZONE'
expect_out_line 'TZID:Europe/Amsterdam'
expect_out_line 'BEGIN:STANDARD'
expect_out_line 'BEGIN:DAYLIGHT'
expect_out_line 'TZOFFSETTO:+0100'
expect_out_line 'TZOFFSETTO:+0200'
check "one VTIMEZONE" test "$(count BEGIN:VTIMEZONE)" = 1
# three shifts of Zoë in the week: Kim's and next week's are not in it
check "one VEVENT per shift" test "$(count BEGIN:VEVENT)" = 3
expect_out_line 'UID:shift-1@zio'
expect_out_line 'UID:shift-2@zio'
expect_out_line 'UID:shift-3@zio'
expect_out_not_contains 'UID:shift-4@zio'
expect_out_not_contains 'UID:shift-5@zio'
check "DTSTAMP pinned by ZIO_TODAY" test "$(count DTSTAMP:20261123T120000Z)" = 3
expect_out_line 'DTSTART;TZID=Europe/Amsterdam:20261116T083000'
expect_out_line 'DTEND;TZID=Europe/Amsterdam:20261116T120000'
expect_out_line 'DTSTART;TZID=Europe/Amsterdam:20261119T123000'
expect_out_line 'DTEND;TZID=Europe/Amsterdam:20261119T150000'
check "every event's DTSTART and DTEND has the TZID" awk '/^BEGIN:VEVENT$/ { ev = 1 } /^END:VEVENT$/ { ev = 0 }
	ev && /^DT(START|END)[:;]/ && !/^DT(START|END);TZID=Europe\/Amsterdam:[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]$/ { bad = 1 }
	END { exit bad }' "$OUT"
expect_out_line 'SUMMARY:Egels · Zuid'
expect_out_line 'SUMMARY:Uilen · Zuid'
# the text is escaped: ; becomes \; and a newline \n
expect_out_line 'DESCRIPTION:Zoë de Vries\nzwemmen\; tas mee'
check "one cancelled" test "$(count STATUS:CANCELLED)" = 1
check "two confirmed" test "$(count STATUS:CONFIRMED)" = 2
check "the cancelled one is shift 2" sh -c 'awk "/^UID:/ { uid = \$0 } /^STATUS:CANCELLED/ { print uid }" "$1" | grep -qx "UID:shift-2@zio"' _ "$OUT"

# a second run: the same UIDs, and (with ZIO_TODAY pinned) the same bytes
run export ical --staff "Zoë de Vries" --from 2026-11-16 --to 2026-11-22
expect_ok
expect_same_file first.ics "$OUT"
check "UIDs stable" sh -c 'test "$(tr -d "\r" <"$1" | grep "^UID:")" = "$(tr -d "\r" <"$2" | grep "^UID:")"' _ first.ics "$OUT"

# a class: every professional's shifts there
run export ical --class Egels --school Zuid --from 2026-11-16 --to 2026-11-22
expect_ok
unfold
check "class: one VEVENT per shift" test "$(count BEGIN:VEVENT)" = 3
expect_out_line 'UID:shift-4@zio'
expect_out_line 'DESCRIPTION:Kim'
expect_out_not_contains 'Uilen'
check "class: balanced" balanced "$OUT"

# no shifts: still a valid calendar with its time zone
run export ical --staff Kim --from 2026-12-01 --to 2026-12-07
expect_ok
unfold
check "empty: no VEVENT" test "$(count BEGIN:VEVENT)" = 0
expect_out_line 'BEGIN:VTIMEZONE'
check "empty: balanced" balanced "$OUT"

# -o: the same content in a file, written atomically
run export ical --staff "Zoë de Vries" --from 2026-11-16 --to 2026-11-22 -o zoe.ics
expect_code 0
expect_out_empty
expect_err_contains "wrote zoe.ics"
expect_same_file first.ics zoe.ics
check "no temporary file left" sh -c '! ls -a | grep -Eq "^\.zio-[A-Za-z0-9]{6}$"'

# errors
run export ical --from 2026-11-16 --to 2026-11-22
expect_error 2 "--staff"
run export ical --staff Nobody --from 2026-11-16 --to 2026-11-22
check "unknown professional refused" test "$code" != 0
expect_out_empty
expect_err_one_line

finish
