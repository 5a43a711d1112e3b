# zio report: budget pro rata over holidays and a study day, the group proposal, the funding
# split and amount, fixed faces, and delivery's exit status
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run group add EMB --hours 32 --wlz-share 85
run group add Gedrag --hours 10 --wlz-share 33.33
run class add Egels --school Zuid --group EMB
run class add Dassen --school Zuid --group EMB
run class add Uilen --school Zuid --group Gedrag
run provider add Horizon --rate 58.50
run provider add Samen
for p in "Zoë de Vries" Jan; do
	run staff add "$p" --provider Horizon --contract-hours 24 --from 2026-08-01
done
for p in Kim Piet Ali; do
	run staff add "$p" --provider Samen --contract-hours 24 --from 2026-08-01
done
run team add "Zoë de Vries" Egels --from 2026-08-01
expect_ok
# a study day on Wednesday 2026-11-04 (2026-W45): that week counts 4/5
run closure add Zuid 2026-11-04 --reason "studiedag: teamtraining"
expect_code 0
# 2026-W47: Egels sees four professionals, one of them fixed; Uilen one shift and extra care
run shift add "Zoë de Vries" Egels 2026-11-16 08:30-12:00
run shift add Jan Egels 2026-11-17 08:30-12:00
run shift add Kim Egels 2026-11-18 08:30-12:00
run shift add Piet Egels 2026-11-19 08:30-12:00
run shift add Ali Uilen 2026-11-16 12:00-15:00
# a shift next year counts for the year, not to date (today is 2026-11-23)
run shift add Ali Uilen 2026-12-07 12:00-14:00
expect_code 0
run log add "Zoë de Vries" Egels 2026-11-16 08:30-12:00 --shift 1
run log add Jan Egels 2026-11-17 08:30-12:00 --shift 2
run log add Ali Uilen 2026-11-16 12:00-15:00 --shift 5
run log add Kim Uilen 2026-11-20 09:00-10:00 --note "extra care"
# Dassen: extra care only, 6 hours
run log add Piet Dassen 2026-11-20 08:30-14:30 --note extra
expect_code 0

# --- budget ---------------------------------------------------------------------------------
# weeks 2026-08-03 .. 2026-11-16 are over: 16 weeks, the summer holiday (to 2026-08-23: 3
# weeks) and the herfstvakantie (2026-W43) count 0, the study-day week 0.8: 11.8 open weeks
run report budget --school-year 2026-2027 --format csv
expect_ok
expect_csv_header 'id,level,class,school,target_group,weekly_hours,open_weeks,budget_hours,planned_hours,delivered_hours,difference_hours,delivered_pct,year_budget_hours,year_planned_hours,proposal_hours'
uilen=$(sql z.db "SELECT id FROM class WHERE name = 'Uilen'")
egels=$(sql z.db "SELECT id FROM class WHERE name = 'Egels'")
dassen=$(sql z.db "SELECT id FROM class WHERE name = 'Dassen'")
# Uilen: 10 h x 11.8 = 118; planned 3 (the December shift only in the year), delivered 3 + 1 extra
expect_csv_row "$uilen,class,Uilen,Zuid,Gedrag,10.00,11.80,118.00,3.00,4.00,-114.00,3.4"
check "Uilen: a year's planned hours include December" grep -q "^$uilen,class,Uilen,.*,5.00,$" "$OUT"
expect_csv_row "$egels,class,Egels,Zuid,EMB,32.00,11.80,377.60,14.00,7.00,-370.60,1.9"
expect_csv_row "$dassen,class,Dassen,Zuid,EMB,32.00,11.80,377.60,0.00,6.00,-371.60,1.6"
expect_csv_row "EMB,group,,,EMB,64.00,23.60,755.20,14.00,13.00,-742.20,1.7"
expect_csv_row "total,total,,,,74.00,35.40,873.20,17.00,17.00,-856.20,1.9"
# proposal: (7 / 11.8 + 6 / 11.8) / 2 = 0.55 h/week: 0.5
check "EMB proposal on the group row" grep -q '^EMB,group,.*,0\.5$' "$OUT"

run report budget --school-year 2026-2027 --school Zuid
expect_code 0
expect_out_contains "the weeks up to 2026-11-22"
expect_out_line "proposal: EMB 0.5 h/week (now 32)"
expect_out_line "proposal: Gedrag 0.5 h/week (now 10)"

# --- funding --------------------------------------------------------------------------------
run report funding --month 2026-11 --format csv
expect_ok
expect_csv_header 'target_group,school,provider,wlz_pct,hours,jeugdwet_hours,wlz_hours,rate,amount,jeugdwet_amount,wlz_amount'
# Egels: 3.50 + 3.50 with Horizon at 58.50: 409.50; 85% Wlz per entry: 2.98 + 2.98, the
# rounding on the Jeugdwet side; the Jeugdwet amount 1.04 x 58.50 = 60.84
expect_csv_row "EMB,Zuid,Horizon,85,7.00,1.04,5.96,58.50,409.50,60.84,348.66"
# Samen has no rate: amount 0
expect_csv_row "EMB,Zuid,Samen,85,6.00,0.90,5.10,,0.00,0.00,0.00"
check "the split adds up on every row" awk -F, 'NR > 1 && int($6 * 100 + 0.5) + int($7 * 100 + 0.5) != int($5 * 100 + 0.5) { bad = 1 } NR > 1 && int($10 * 100 + 0.5) + int($11 * 100 + 0.5) != int($9 * 100 + 0.5) { bad = 1 } END { exit bad }' "$OUT"
expect_out_lines 4
run report funding --month 2026-11 --provider Horizon
expect_code 0
expect_out_contains "one tenth of the yearly sum"
expect_out_not_contains Samen
run report funding --month 2026-07
expect_out_contains "contract part: none"
run report funding --school-year 2026-2027 --format csv
expect_out_lines 4

# --- faces ----------------------------------------------------------------------------------
run report faces --week 2026-W47 --format csv
expect_ok
expect_csv_header 'class_id,class,school,week,faces,fixed,not_fixed,over_max'
expect_csv_row "$egels,Egels,Zuid,2026-W47,4,1,3,yes"
expect_csv_row "$uilen,Uilen,Zuid,2026-W47,1,0,1,no"
run report faces --school-year 2026-2027
expect_code 0
expect_out_contains "1 class week with more than 3 fixed faces (max_faces)"

# --- delivery -------------------------------------------------------------------------------
# 2026-W47: Egels delivered 7 of 14 planned, Uilen 4 of a budget of 10: both short
run report delivery --week 2026-W47 --format csv
expect_code 1
expect_csv_row "$egels,Egels,Zuid,EMB,32.00,14.00,7.00,planned+budget"
expect_csv_row "$uilen,Uilen,Zuid,Gedrag,10.00,3.00,4.00,budget"
# the study-day week: budget 8 h for Uilen
run report delivery --week 2026-W45 --format csv
expect_code 1
expect_csv_row "$uilen,Uilen,Zuid,Gedrag,8.00,0.00,0.00,budget"
# the herfstvakantie: no budget, nothing planned: nobody short
run report delivery --week 2026-W43
expect_code 0
expect_out_contains "0 classes short by more than 10%"

# --- usage ----------------------------------------------------------------------------------
run report budget
expect_error 2 "--school-year"
run report funding --month 2026-13
expect_error 2 "invalid month"
run report funding --month 2026-11 --school-year 2026-2027
expect_error 2 "only one way"
run report faces --week 2026-W47 --format xml
expect_error 2 "invalid format"
run report delivery --week 2027-W10
expect_error 2 "nothing to check yet"

finish
