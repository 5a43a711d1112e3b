# The Reports view: the budget to date and a week's delivery per class, the same figures as
# zio report and as the timesheet CSV (delivered and extra rows), to the minute; b/d/f/m and
# left/right switch reports, the week keys move the week.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek' --view reports
wait_for "8 Reports"
wait_for "budget of the school year to date, school year 2026-2027, to date: 2026-11-22"

# the budget rows: the same delivered hours as zio report budget
cli report budget --school-year 2026-2027 --school 'De Wilgenhoek' --format csv
expect_code 0
for class in 'SO Merels' 'SO Egels' 'VSO 2A'; do
	want=$(printf '%s\n' "$out" | awk -F, -v c="$class" '$2 == "class" && $3 == c { print $10 }')
	row=$(line_with " $class ")
	check "the budget row of $class shows $want delivered hours, as zio report budget: [$row]" \
		contains "$row" " $want "
done

# last week's delivery: every class of the school, delivered as in the timesheet CSV
keys '['
wait_for "week 2026-W47, 16-11 to 20-11"
keys d
wait_for "delivery of the week 2026-W47, margin 10%"
wait_for "1 of 22 classes short by more than 10%"
cli export timesheet --week 2026-W47 --school 'De Wilgenhoek' --format csv
expect_code 0
printf '%s\n' "$out" | awk -F, 'NR > 1 && ($14 == "delivered" || $14 == "extra") {
	split($13, h, "."); m[$4] += h[1] * 60 + h[2] * 60 / 100 }
	END { for (k in m) printf "%s,%.2f\n", k, m[k] / 60 }' >week.txt
check "the CSV of 2026-W47 has 22 classes" test "$(wc -l <week.txt)" -eq 22
while IFS=, read -r class hours; do
	row=$(line_with " $class ")
	check "the delivery row of $class shows $hours delivered, as the CSV: [$row]" contains "$row" " $hours "
done <week.txt
row=$(line_with " SO Spechten ")
check "SO Spechten is short of planned and budget: [$row]" contains "$row" "7.00" "plan+budget"

# fixed faces, funding, and left/right
keys f
wait_for "fixed faces of the week 2026-W47, at most 3"
keys m
wait_for "funding of the school year (Jeugdwet / Wlz) 2026-2027 at this school"
wait_for "TOTAL"
keys Right
wait_for "changes: the audit trail, newest first"
keys Right
wait_for "budget of the school year to date"
keys Left
wait_for "changes: the audit trail"
keys Left
wait_for "funding of the school year"

keys q
expect_clean_exit 0
finish
