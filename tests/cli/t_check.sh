# zio check: the rule findings of a period: errors (exit 1) and warnings (exit 0), budget and
# faces per class and week, contract hours, accepted warnings, CSV for scripts.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run school add Noord --region noord
run group add EMB --hours 10 --wlz-share 50
run class add Egels --school Zuid --group EMB
run class add Vossen --school Noord --group EMB
run provider add Samen
for name in 'Anna Aal' 'Bert Bos' 'Cor Claes' 'Dirk Dam'; do
	run staff add "$name" --provider Samen --contract-hours 24
	run team add "$name" Egels
done
run staff add 'Eva Eek' --provider Samen --contract-hours 4
run team add 'Eva Eek' Vossen
expect_ok

# Nothing planned: the class's week is below its budget.
run check --week 2026-W48 --school Zuid
expect_ok
expect_out_line "warning: Egels (Zuid), week 2026-W48: 0.00 hours planned, budget 10.00 (margin 10%) [budget]"
expect_out_line "0 errors, 1 warning"
expect_out_lines 2

# Three professionals, 9 hours: within 10 hours +-10%, at most 3 faces: nothing to say.
run shift add 'Anna Aal' Egels 2026-11-23 08:30-11:30
expect_ok
run shift add 'Bert Bos' Egels 2026-11-24 08:30-11:30
expect_ok
run shift add 'Cor Claes' Egels 2026-11-25 08:30-11:30
expect_ok
run check --week 2026-W48 --school Zuid
expect_ok
check "no findings" test "$out" = "0 errors, 0 warnings"

# A fourth professional: 12 hours (over budget) and 4 faces (more than max_faces 3).
run shift add 'Dirk Dam' Egels 2026-11-26 08:30-11:30
expect_ok
run check --week 2026-W48 --school Zuid
expect_ok
expect_out_line "warning: Egels (Zuid), week 2026-W48: 12.00 hours planned, budget 10.00 (margin 10%) [budget]"
expect_out_line "warning: Egels (Zuid), week 2026-W48: 4 different professionals, at most 3 [faces]"
expect_out_line "0 errors, 2 warnings"
expect_out_lines 3
run check --week 2026-W48 --school Zuid --format csv
expect_ok
check "check csv header" test "$(sed -n 1p "$OUT")" = "severity,code,date,shift,message"
expect_out_lines 3
expect_csv_row 'warning,budget,2026-11-23,,"Egels (Zuid), week 2026-W48: 12.00 hours planned, budget 10.00 (margin 10%)"'
expect_csv_row 'warning,faces,2026-11-23,,"Egels (Zuid), week 2026-W48: 4 different professionals, at most 3"'

# [rules] in the config: max_faces and budget_margin.
printf '[rules]\nmax_faces = 4\nbudget_margin = 25\n' >rules.ini
run --config rules.ini check --week 2026-W48 --school Zuid
expect_ok
check "no findings with max_faces 4, margin 25%" test "$out" = "0 errors, 0 warnings"
printf '[rules]\nmax_faces = 2\n' >rules.ini
run --config rules.ini check --week 2026-W48 --school Zuid
expect_ok
expect_out_line "warning: Egels (Zuid), week 2026-W48: 4 different professionals, at most 2 [faces]"
mkdir -p "$XDG_CONFIG_HOME/zio"
printf '[rules]\nmax_faces = 5\n' >"$XDG_CONFIG_HOME/zio/zio.ini"
run check --week 2026-W48 --school Zuid
expect_ok
expect_out_not_contains "[faces]"
rm "$XDG_CONFIG_HOME/zio/zio.ini"

# Week rules look at whole weeks only.
run check --from 2026-11-23 --to 2026-11-26 --school Zuid
expect_ok
check "no week rules for part of a week" test "$out" = "0 errors, 0 warnings"

# A cancelled shift counts neither for the budget nor as a face.
run shift cancel 4 --reason ziek
expect_ok
run check --week 2026-W48 --school Zuid
expect_ok
check "cancelled shift not counted" test "$out" = "0 errors, 0 warnings"

# The budget is pro rata for a week with a study day (4 of 5 days: 8 hours); a closed week
# has no budget rule.
run closure add Zuid 2026-12-09 --reason studiedag
expect_ok
run shift add 'Anna Aal' Egels 2026-12-07 08:30-12:30
run shift add 'Bert Bos' Egels 2026-12-08 08:30-12:30
expect_ok
run check --week 2026-W50 --school Zuid
expect_ok
check "8 hours in a 4-day week is on budget" test "$out" = "0 errors, 0 warnings"
run shift add 'Cor Claes' Egels 2026-12-10 08:30-09:30
expect_ok
run check --week 2026-W50 --school Zuid
expect_ok
expect_out_line "warning: Egels (Zuid), week 2026-W50: 9.00 hours planned, budget 8.00 (margin 10%) [budget]"
run check --week 2026-W52 --school Zuid
expect_ok
check "no budget in a holiday week" test "$out" = "0 errors, 0 warnings"

# Contract hours per professional and week; an accepted warning says so.
run shift add 'Eva Eek' Vossen 2026-11-23 08:30-11:30
expect_ok
run shift add 'Eva Eek' Vossen 2026-11-24 08:30-10:30
expect_code 0
expect_err_contains "Eva Eek would have 5.00 hours in week 2026-W48, contract 4.00 [over-contract]"
run shift add 'Eva Eek' Vossen 2026-11-25 07:30-08:30 --reason "vroege bus"
expect_code 0
expect_err_contains "[outside-school-day]"
run check --week 2026-W48 --school Noord
expect_ok
expect_out_line "warning: Eva Eek: 6.00 hours planned in week 2026-W48, contract 4.00 [over-contract]"
expect_out_line "warning: Eva Eek, Vossen, 2026-11-25 07:30-08:30: outside the school day 08:30-15:00; accepted: vroege bus [outside-school-day]"
expect_out_line "warning: Vossen (Noord), week 2026-W48: 6.00 hours planned, budget 10.00 (margin 10%) [budget]"
expect_out_line "0 errors, 3 warnings"
run check --week 2026-W48 --school Noord --format csv
expect_ok
expect_csv_row 'warning,outside-school-day,2026-11-25,10,"Eva Eek, Vossen, 2026-11-25 07:30-08:30: outside the school day 08:30-15:00; accepted: vroege bus"'
expect_csv_row 'warning,over-contract,2026-11-23,,"Eva Eek: 6.00 hours planned in week 2026-W48, contract 4.00"'

# Errors: the CLI refuses overlaps, so make one behind its back; zio check finds it and exits 1.
run shift add 'Anna Aal' Egels 2026-11-23 10:00-12:00
expect_error 1 "overlap"
sql z.db "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) VALUES (1, 1, '2026-11-23', 600, 720)"
expect_sql z.db "SELECT count(*) FROM shift WHERE id = 11" 1
snapshot z.db >before
run check --week 2026-W48 --school Zuid
expect_code 1
expect_err_empty
expect_out_line "error: Anna Aal, Egels, 2026-11-23 08:30-11:30: overlaps 10:00-12:00 in Egels (Zuid) [overlap]"
expect_out_line "error: Anna Aal, Egels, 2026-11-23 10:00-12:00: overlaps 08:30-11:30 in Egels (Zuid) [overlap]"
expect_out_line "2 errors, 0 warnings"
run check --week 2026-W48 --school Zuid --format csv
expect_code 1
expect_err_empty
expect_csv_row 'error,overlap,2026-11-23,1,"Anna Aal, Egels, 2026-11-23 08:30-11:30: overlaps 10:00-12:00 in Egels (Zuid)"'
expect_csv_row 'error,overlap,2026-11-23,11,"Anna Aal, Egels, 2026-11-23 10:00-12:00: overlaps 08:30-11:30 in Egels (Zuid)"'
# every school, this week by default
run check
expect_code 1
expect_out_line "2 errors, 3 warnings"
# only warnings elsewhere: exit 0
run check --school Noord
expect_ok
run check --week 2026-W49
expect_code 0
# a shift outside the professional's active dates is an error too
sql z.db "UPDATE professional SET active_to = '2026-11-24' WHERE name = 'Cor Claes'"
run check --week 2026-W48 --school Zuid
expect_code 1
expect_out_line "error: Cor Claes, Egels, 2026-11-25 08:30-11:30: Cor Claes is not active on 2026-11-25 [inactive]"
expect_out_line "3 errors, 0 warnings"
sql z.db "UPDATE professional SET active_to = NULL WHERE name = 'Cor Claes'"
# zio check only reads
snapshot z.db >before
run check --from 2026-11-01 --to 2026-12-31
expect_code 1
expect_unchanged z.db before

# Bad input: one line, exit 2.
run check --week 2026-W54
expect_error 2 "2026-W54"
run check --format xml
expect_error 2 "xml"
run check --school Nergens
expect_error 2 "no school 'Nergens'"
run check --from 2026-11-01
expect_error 2 "--to"
run check --from 2026-12-01 --to 2026-11-01
expect_error 2 "before"
run check --week 2026-W48 --from 2026-11-01 --to 2026-11-30
expect_error 2
run check everything
expect_error 2
run check --bogus
expect_error 2 "--bogus"
expect_unchanged z.db before
# No database: exit 3.
run --db nothing.db check
expect_error 3 "nothing.db"
finish
