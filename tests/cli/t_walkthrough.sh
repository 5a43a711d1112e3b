# The README's walkthrough "A week as a team lead", run as written: every indented line of
# that section starting with "zio " (from the heading to the next "## "), in order, on a
# fresh database, must exit 0. The week planned is 2026-W47: until the first "zio log" line
# today is Friday 2026-11-13 (planning ahead), from then on Monday 2026-11-23 (after the
# week). A few outputs the section's text tells about are checked too, so that a change of
# zio that makes the README wrong fails here.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

readme=${CLI_DIR:-$(dirname "$0")}/../../README.md
heading='## A week as a team lead'

export ZIO_DB=$PWD/z.db

# --- the commands of the section, one per line, without the leading "zio "
if [ ! -f "$readme" ]; then
	echo "FAIL: no README.md at $readme"
	exit 1
fi
awk -v h="$heading" '
	$0 == h { inside = 1; next }
	inside && /^## / { exit }
	inside && /^    zio / { sub(/^    zio /, ""); print }
' "$readme" >commands.txt
n=$(wc -l <commands.txt | tr -d ' ')
check "the README has the section \"$heading\" with its commands" test "$n" -ge 20

# The walkthrough covers the week from start to end: these steps must stay in it.
for step in 'init' 'team add ' 'pattern add ' 'plan fill ' 'shift cancel ' 'week ' \
	'log absent ' 'log confirm ' 'timesheet submit ' 'export timesheet .*--format pdf' \
	'export timesheet .*--format csv-nl'; do
	check "the walkthrough has a step zio $step" grep -q "^$step" commands.txt
done

# --- run them in order
ZIO_TODAY=2026-11-13
export ZIO_TODAY
while IFS= read -r line; do
	case $line in
	log\ *) ZIO_TODAY=2026-11-23 ;;
	esac
	eval "run $line"
	expect_code 0
	case $line in
	'init'*)
		expect_out_contains "created $ZIO_DB" ;;
	'plan fill '*)
		expect_out_contains '5 shifts added'
		expect_out_contains '1 skipped on closed days' ;;
	'shift list '*)
		# the ids the text names: 1 Zoë's Monday, 3 and 4 Sanne's Tuesday and Thursday
		check "shift 1 is Zoë's Monday in SO Egels" \
			grep -Eq '^1 +2026-11-16 +De Wilgenhoek +SO Egels +Zoë de Vries ' "$OUT"
		check "shift 3 is Sanne's Tuesday in SO Uilen" \
			grep -Eq '^3 +2026-11-17 +De Wilgenhoek +SO Uilen +Sanne Jansen ' "$OUT"
		check "shift 4 is Sanne's Thursday in SO Uilen" \
			grep -Eq '^4 +2026-11-19 +De Wilgenhoek +SO Uilen +Sanne Jansen ' "$OUT" ;;
	'check '*)
		expect_out_contains 'SO Uilen (De Wilgenhoek), week 2026-W47: 8.00 hours planned, budget 9.60'
		expect_out_contains '0 errors, 1 warning' ;;
	'week '*)
		expect_out_contains 'studiedag'
		expect_out_contains 'xSJ 08:30-12:30' ;;
	'log confirm '*)
		expect_out_contains '3 shifts confirmed as delivered, 1 logged already' ;;
	'timesheet submit '*)
		expect_out_contains 'submitted' ;;
	'timesheet approve '*)
		expect_out_contains 'approved' ;;
	esac
done <commands.txt

# --- the week as the text tells it
run shift list --week 2026-W47 --format csv
expect_ok
expect_csv_row '1,2026-11-16,De Wilgenhoek,SO Egels,Zoë de Vries,08:30,14:30,planned'
expect_csv_row '4,2026-11-19,De Wilgenhoek,SO Uilen,Sanne Jansen,08:30,12:30,cancelled'
expect_out_lines 6
run log list --week 2026-W47 --format csv
expect_ok
expect_out_contains 'Sanne Jansen'
expect_out_contains 'absent'
expect_sql z.db "SELECT count(*) FROM log_entry WHERE kind = 'absent' AND reason = 'sick'" 1
run timesheet list
expect_ok
expect_out_contains 'approved'

# --- the files for the contract manager
pdf=$(sed -n 's/^export timesheet .*--format pdf .*-o \([^ ]*\).*/\1/p' commands.txt | head -n 1)
csv=$(sed -n 's/^export timesheet .*--format csv-nl .*-o \([^ ]*\).*/\1/p' commands.txt | head -n 1)
check "the PDF export names its file (-o FILE)" test -n "$pdf"
check "the csv-nl export names its file (-o FILE)" test -n "$csv"
if [ -n "$pdf" ]; then
	check "$pdf is a PDF" sh -c 'test "$(head -c 5 "$1")" = "%PDF-"' _ "$pdf"
fi
if [ -n "$csv" ]; then
	check "$csv starts with a byte order mark" sh -c 'test "$(head -c 3 "$1" | od -An -tx1 | tr -d " \n")" = efbbbf' _ "$csv"
	check "$csv is separated by semicolons" grep -q '^2026-W47;2026-11-16;De Wilgenhoek;SO Egels;' "$csv"
	check "$csv has the absence and its stand-in" grep -q ';absent;sick;Jan van der Berg;' "$csv"
	check "$csv has the cancelled shift and its reason" grep -q ';cancelled;klas op schoolreis;' "$csv"
	check "$csv has decimal commas" grep -q ';6,00;' "$csv"
fi

finish
