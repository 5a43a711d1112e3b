# zio week (the week as a grid, by class or by professional) and zio today (the day's rota),
# on a small school; then a smoke test of the demo data.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run group add EMB --hours 10 --wlz-share 50
run class add Egels --school Zuid --group EMB
run class add Vossen --school Zuid --group EMB --hours 12
run provider add Samen
run staff add 'Zoë de Vries' --provider Samen
run staff add 'Jan Bos' --provider Samen
run team add 'Zoë de Vries' Egels
run team add 'Jan Bos' Egels
run team add 'Jan Bos' Vossen
run closure add Zuid 2026-12-02 --reason studiedag
run closure add Zuid 2026-12-03 12:00-15:00 --reason studiemiddag
expect_ok
run shift add 'Zoë de Vries' Egels 2026-11-30 08:30-12:00
run shift add 'Jan Bos' Egels 2026-11-30 12:00-15:00
run shift add 'Zoë de Vries' Egels 2026-12-01 08:30-12:00
run shift add 'Jan Bos' Vossen 2026-12-01 08:30-12:00
run shift add 'Zoë de Vries' Egels 2026-12-03 08:30-12:00
run shift add 'Jan Bos' Egels 2026-12-04 08:30-15:00
expect_ok
run shift cancel 3 --reason ziek
expect_ok

# grid_line LINE: stdout has LINE, ignoring the padding at the ends of lines.
grid_line()
{
	if sed 's/ *$//' "$OUT" | grep -qxF -e "$1"; then _pass; else _fail "stdout should have the line: $1"; fi
}
# row NAME: the grid line that starts with NAME
row()
{
	grep "^$1 " "$OUT" | head -n 1
}
# Cells must not run into each other or be cut: a time range is followed by a space or the
# line's end, and no time is cut after its colon.
cells_apart()
{
	# the notes below the grid ("thu 2026-12-03: closed 12:00-15:00: ...") are not cells
	! grep -Ev '^(mon|tue|wed|thu|fri) [0-9]{4}-' "$OUT" |
		grep -Eq '[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}[^ ]|[0-9]:([^0-9 ]|$)'

}

# By class: initials and times per day; the cancelled shift marked with x; the closed day
# marked in the header, in the cells and below the grid; hours planned/budget.
run week --week 2026-W49 --school Zuid
expect_ok
grid_line "Zuid, week 2026-W49: 2026-11-30 .. 2026-12-04"
grid_line "class                 hours       mon 30-11         tue 01-12         wed 02-12 shut    thu 03-12 part    fri 04-12"
# the budget is pro rata: Wednesday closed, Thursday afternoon closed (12h x 0.708)
grid_line "Vossen                3.50/8.50                     JB 08:30-12:00    -"
grid_line "                                  JB 12:00-15:00"
grid_line "wed 2026-12-02: studiedag"
grid_line "thu 2026-12-03: closed 12:00-15:00: studiemiddag"
expect_out_lines 7
egels=$(row Egels)
check "Egels hours: 16.5 planned (the cancelled shift not counted), budget 10 pro rata 7.08" \
	sh -c 'case $1 in "Egels                 16.50/7.08 "*) ;; *) exit 1 ;; esac' _ "$egels"
for cell in "ZV 08:30-12:00" "xZV 08:30-12:00" "JB 08:30-15:00"; do
	check "Egels row has $cell" sh -c 'case $1 in *"$2"*) ;; *) exit 1 ;; esac' _ "$egels" "$cell"
done
# the columns: Tuesday's cell starts at column 53, Wednesday's at 71, Friday's at 107
check "Tuesday column" test "$(printf '%s\n' "$egels" | cut -c53-55)" = "xZV"
check "Wednesday column" test "$(row Vossen | cut -c71)" = "-"
check "Friday column" test "$(printf '%s\n' "$egels" | cut -c107-120)" = "JB 08:30-15:00"
check "grid cells are separated by a space" cells_apart

# By professional: rows by name, the class and the full times in each cell.
run week --week 2026-W49 --school Zuid --by staff
expect_ok
grid_line "professional          hours       mon 30-11         tue 01-12         wed 02-12 shut    thu 03-12 part    fri 04-12"
grid_line "wed 2026-12-02: studiedag"
jan=$(row 'Jan Bos')
zoe=$(row 'Zoë de Vries')
check "Jan Bos: 13 hours" sh -c 'case $1 in "Jan Bos               13.00 "*) ;; *) exit 1 ;; esac' _ "$jan"
check "Zoë de Vries: 7 hours" sh -c 'case $1 in "Zoë de Vries          7.00 "*) ;; *) exit 1 ;; esac' _ "$zoe"
check "Jan Bos before Zoë de Vries" test "$(grep -n '^Jan Bos' "$OUT" | cut -d: -f1)" -lt "$(grep -n '^Zoë' "$OUT" | cut -d: -f1)"
for t in "12:00-15:00" "08:30-12:00" "08:30-15:00"; do
	check "Jan Bos's row shows $t" sh -c 'case $1 in *"$2"*) ;; *) exit 1 ;; esac' _ "$jan" "$t"
done
check "Zoë's row shows her times" sh -c 'case $1 in *"08:30-12:00"*) ;; *) exit 1 ;; esac' _ "$zoe"
check "Jan Bos's row names the classes" sh -c 'case $1 in *Egel*Voss*Egel*) ;; *) exit 1 ;; esac' _ "$jan"
check "staff grid cells are separated by a space" cells_apart

# The default week is this week (ZIO_TODAY 2026-11-23), empty here; one school needs no --school.
run week
expect_ok
grid_line "Zuid, week 2026-W48: 2026-11-23 .. 2026-11-27"
grid_line "Egels                 0.00/10.00"
grid_line "Vossen                0.00/12.00"

# today: one line per class.
run today --date 2026-12-01
expect_ok
expect_out_line "Zuid, tue 2026-12-01: open 08:30-15:00"
expect_out_line "Egels                 08:30-12:00 Zoë de Vries (cancelled: ziek)"
expect_out_line "Vossen                08:30-12:00 Jan Bos"
expect_out_lines 3
run today --date 2026-11-30 --school Zuid
expect_ok
expect_out_line "Egels                 08:30-12:00 Zoë de Vries, 12:00-15:00 Jan Bos"
expect_out_line "Vossen                nobody planned"
run today --date 2026-12-02
expect_ok
expect_out_line "Zuid, wed 2026-12-02: closed: studiedag"
run today --date 2026-12-03 --class Egels
expect_ok
expect_out_line "Zuid, thu 2026-12-03: open, but closed 12:00-15:00: studiemiddag"
expect_out_line "Egels                 08:30-12:00 Zoë de Vries"
expect_out_lines 2
run today
expect_ok
expect_out_line "Zuid, mon 2026-11-23: open 08:30-15:00"
expect_out_lines 3

# Bad input: one line, exit 2, nothing changed.
snapshot z.db >before
run week --week 2026-W54
expect_error 2 "2026-W54"
run week --by day
expect_error 2 "day"
run week --school Nergens
expect_error 2 "no school 'Nergens'"
run today --date 2026-02-30
expect_error 2 "2026-02-30"
run today --class Mollen
expect_error 2 "no class 'Mollen'"
run today --school Nergens
expect_error 2 "no school 'Nergens'"
expect_unchanged z.db before
run school add Noord --region noord
expect_ok
run week --week 2026-W49
expect_error 2 "--school"
run today
expect_error 2 "--school"

# The demo: a whole school year planned. One week has a handful of warnings and no errors;
# today has one line per class.
export ZIO_DB=$PWD/demo.db
run init --demo
expect_ok
run check --week 2026-W49
expect_ok
last=$(tail -n 1 "$OUT")
case $last in
"0 errors, "*" warning"*) _pass ;;
*) _fail "the demo's week 2026-W49 should have no errors" ;;
esac
n=${last#0 errors, }
n=${n%% *}
check "the demo's week 2026-W49 has a handful of warnings ($n)" test "$n" -ge 1 -a "$n" -le 10
run class list --school 1 --format csv
classes=$(($(wc -l <"$OUT") - 1))
check "the demo's school 1 has classes" test "$classes" -ge 2
run today --school 1
expect_ok
expect_out_lines $((classes + 1))
expect_out_contains ", mon 2026-11-23: open"
check "every class line has shifts or says nobody" \
	sh -c 'sed 1d "$1" | grep -Evq "([0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2} |nobody planned)" && exit 1 || exit 0' _ "$OUT"
run week --school 1 --week 2026-W49
expect_ok
check "the demo's grid has a row for every class" test "$(wc -l <"$OUT")" -ge $((classes + 2))
expect_out_contains "De Wilgenhoek, week 2026-W49"
finish
