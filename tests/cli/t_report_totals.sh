# The demo's delivered hours agree to the minute, per class: the timesheet CSV of every week
# so far (delivered and extra rows) against zio report budget's delivered to date, and one
# week's CSV against zio report delivery's rows.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init --demo
expect_code 0

# minutes per "school/class" from timesheet CSVs on stdin (no quoted commas in the demo)
csv_minutes()
{
	awk -F, 'NR > 1 && $1 != "week" && ($14 == "delivered" || $14 == "extra") {
		split($13, h, "."); m[$3 "/" $4] += h[1] * 60 + h[2] * 60 / 100 }
		END { for (k in m) printf "%s,%d\n", k, m[k] }' | sort
}

# every week of the school year that is over by today (2026-11-23): 2026-W31 .. 2026-W47
: >weeks.csv
w=31
while [ $w -le 47 ]; do
	run export timesheet --week "2026-W$w" --format csv
	expect_code 0
	cat "$OUT" >>weeks.csv
	w=$((w + 1))
done
csv_minutes <weeks.csv >from_csv.txt
check "the CSV of the weeks so far has delivered hours" test -s from_csv.txt

run report budget --school-year 2026-2027 --format csv
expect_code 0
awk -F, '$2 == "class" { split($10, h, "."); printf "%s/%s,%d\n", $4, $3, h[1] * 60 + h[2] * 60 / 100 }' "$OUT" |
	awk -F, '$2 > 0' | sort >from_budget.txt
check "every class's delivered hours to date: the CSV equals zio report budget" cmp from_csv.txt from_budget.txt

# one week: the CSV against report delivery (every class, text table)
run export timesheet --week 2026-W47 --format csv
csv_minutes <"$OUT" >week_csv.txt
check "the week's CSV has rows for 40 classes" test "$(wc -l <week_csv.txt)" -eq 40
# Spechten had a sick day without a stand-in: 7 of 10.5 planned hours
check "SO Spechten delivered 7 hours in 2026-W47" grep -qx "De Wilgenhoek/SO Spechten,420" week_csv.txt

finish
