# zio shift add|edit|move|cancel|rm|list: the rules on single shifts (overlap, active dates,
# warnings) and changing shifts by hand.
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
run staff add 'Zoë de Vries' --provider Samen --contract-hours 8 --from 2026-08-01 --to 2027-07-31
run staff add 'Jan Bos' --provider Samen --contract-hours 24 --from 2026-12-01
run team add 'Zoë de Vries' Egels
run team add 'Zoë de Vries' Vossen
run team add 'Jan Bos' Egels --from 2026-12-01
expect_ok
run closure add Zuid 2026-12-03 12:00-15:00 --reason studiemiddag
expect_ok

# The error line of a refused shift names the code: "(overlap)" or "[overlap]".
expect_err_code()
{
	case $err in
	*"($1)" | *"[$1]") _pass ;;
	*) _fail "the error should end with the code $1" ;;
	esac
}

# Touching shifts do not overlap: 08:30-12:00 and 12:00-15:00 are both made.
run shift add 'Zoë de Vries' Egels 2026-11-23 08:30-12:00
expect_ok
expect_out_line "added shift 1: Zoë de Vries, Egels (Zuid), mon 2026-11-23 08:30-12:00"
run shift add 'Zoë de Vries' Egels 2026-11-23 12:00-15:00
expect_ok
expect_out_line "added shift 2: Zoë de Vries, Egels (Zuid), mon 2026-11-23 12:00-15:00"
expect_sql z.db "SELECT count(*) FROM shift" 2

# Overlaps are refused (exit 1): one line naming who, where, when, and the code; nothing
# changes. The professional's shifts at every school count.
snapshot z.db >before
run shift add 'Zoë de Vries' Egels 2026-11-23 11:00-13:00
expect_error 1 "Zoë de Vries, Egels, 2026-11-23 11:00-13:00: overlaps 08:30-12:00 in Egels (Zuid)"
expect_err_code overlap
expect_unchanged z.db before
run shift add 'Zoë de Vries' Vossen 2026-11-23 11:00-13:00
expect_error 1 "Zoë de Vries, Vossen, 2026-11-23 11:00-13:00: overlaps 08:30-12:00 in Egels (Zuid)"
expect_err_code overlap
expect_unchanged z.db before
run shift add 'Zoë de Vries' Vossen 2026-11-23 14:59-16:00
expect_error 1 "overlaps 12:00-15:00 in Egels (Zuid)"
run shift add 'Zoë de Vries' Egels 2026-11-23 09:00-10:00
expect_error 1 "overlaps 08:30-12:00"
run shift add 'Zoë de Vries' Vossen 2026-11-23 07:00-16:00 --reason "toch doen"
expect_error 1 "overlap"
expect_unchanged z.db before
# ... but another professional, or another day, is fine (next test).

# Outside the professional's active dates: refused (exit 1); the first and last days count.
run shift add 'Jan Bos' Egels 2026-11-30 08:30-12:00
expect_error 1 "Jan Bos, Egels, 2026-11-30 08:30-12:00: Jan Bos is not active on 2026-11-30"
expect_err_code inactive
run shift add 'Zoë de Vries' Egels 2027-08-02 08:30-12:00
expect_error 1 "Zoë de Vries is not active on 2027-08-02"
expect_unchanged z.db before
run shift add 'Jan Bos' Egels 2026-12-01 08:30-12:00
expect_ok
expect_out_line "added shift 3: Jan Bos, Egels (Zuid), tue 2026-12-01 08:30-12:00"

# The end must be after the start: a usage error of the time, exit 2.
snapshot z.db >before
run shift add 'Zoë de Vries' Egels 2026-11-24 15:00-08:30
expect_error 2 "15:00-08:30"
run shift add 'Zoë de Vries' Egels 2026-11-24 12:00-12:00
expect_error 2 "12:00-12:00"
run shift add 'Zoë de Vries' Egels 2026-11-24 08:30-24:00
expect_error 2 "08:30-24:00"
run shift add 'Zoë de Vries' Egels 2026-11-24 08:60-12:00
expect_error 2 "08:60"
expect_unchanged z.db before

# Warnings: the shift is made, each warning is one line on stderr with its code.
run shift add 'Zoë de Vries' Egels 2026-11-25 07:00-08:00 --reason "vroege opvang"
expect_code 0
expect_out_line "added shift 4: Zoë de Vries, Egels (Zuid), wed 2026-11-25 07:00-08:00"
check "outside-school-day warning" test "$err" = "warning: Zoë de Vries, Egels, 2026-11-25 07:00-08:00: outside the school day 08:30-15:00 [outside-school-day]"
expect_sql z.db "SELECT override_reason FROM shift WHERE id = 4" "vroege opvang"
# 6.5 + 1 hours so far this week; 1.5 more is over the 8-hour contract.
run shift add 'Zoë de Vries' Egels 2026-11-26 08:30-10:00
expect_code 0
expect_out_contains "added shift 5:"
check "over-contract warning" test "$err" = "warning: Zoë de Vries, Egels, 2026-11-26 08:30-10:00: Zoë de Vries would have 9.00 hours in week 2026-W48, contract 8.00 [over-contract]"
run shift add 'Jan Bos' Vossen 2026-12-02 08:30-10:00
expect_code 0
expect_out_line "added shift 6: Jan Bos, Vossen (Noord), wed 2026-12-02 08:30-10:00"
check "not-fixed-team warning" test "$err" = "warning: Jan Bos, Vossen, 2026-12-02 08:30-10:00: not in the fixed team of Vossen [not-fixed-team]"
run shift add 'Zoë de Vries' Egels 2026-12-25 08:30-12:00
expect_code 0
expect_out_line "added shift 7: Zoë de Vries, Egels (Zuid), fri 2026-12-25 08:30-12:00"
check "closed-day warning on a holiday" test "$err" = "warning: Zoë de Vries, Egels, 2026-12-25 08:30-12:00: the school is closed (kerstvakantie (zuid)) [closed-day]"
run shift add 'Jan Bos' Egels 2026-12-05 09:00-11:00
expect_code 0
expect_out_line "added shift 8: Jan Bos, Egels (Zuid), sat 2026-12-05 09:00-11:00"
check "closed-day warning on a Saturday" test "$err" = "warning: Jan Bos, Egels, 2026-12-05 09:00-11:00: the school is closed (weekend) [closed-day]"
run shift add 'Jan Bos' Egels 2026-12-03 13:00-15:00
expect_code 0
expect_err_contains "warning: Jan Bos, Egels, 2026-12-03 13:00-15:00: the school is closed 12:00-15:00 (studiemiddag) [closed-day]"
check "one warning for the study afternoon" test "$(wc -l <"$ERR" | tr -d ' ')" = 1
run shift add 'Jan Bos' Egels 2026-12-03 08:30-12:00
expect_ok
run shift add 'Zoë de Vries' Egels 2027-05-10 08:30-12:00
expect_code 0
expect_err_contains "warning: Zoë de Vries, Egels, 2027-05-10 08:30-12:00: meivakantie 2026-2027 (zuid) not known"
expect_err_contains "[unknown-day]"
expect_sql z.db "SELECT count(*) FROM shift" 11

# zio check lists the warnings later, with the accepted reason.
run check --week 2026-W48 --school Zuid
expect_code 0
expect_out_line "warning: Zoë de Vries, Egels, 2026-11-25 07:00-08:00: outside the school day 08:30-15:00; accepted: vroege opvang [outside-school-day]"
expect_out_line "warning: Zoë de Vries: 9.00 hours planned in week 2026-W48, contract 8.00 [over-contract]"
run check --week 2026-W49
expect_code 0
expect_out_line "warning: Jan Bos, Vossen, 2026-12-02 08:30-10:00: not in the fixed team of Vossen [not-fixed-team]"
expect_out_line "warning: Jan Bos, Egels, 2026-12-05 09:00-11:00: the school is closed (weekend) [closed-day]"
expect_out_line "warning: Jan Bos, Egels, 2026-12-03 13:00-15:00: the school is closed 12:00-15:00 (studiemiddag) [closed-day]"
run check --week 2026-W52 --format csv
expect_code 0
expect_csv_row 'warning,closed-day,2026-12-25,7,"Zoë de Vries, Egels, 2026-12-25 08:30-12:00: the school is closed (kerstvakantie (zuid))"'

# list: this week by default; CSV for scripts.
run shift list --format csv
expect_ok
check "shift list csv header" test "$(sed -n 1p "$OUT")" = "id,date,school,class,professional,start,end,status"
expect_out_lines 5
expect_csv_row "1,2026-11-23,Zuid,Egels,Zoë de Vries,08:30,12:00,planned"
expect_csv_row "2,2026-11-23,Zuid,Egels,Zoë de Vries,12:00,15:00,planned"
expect_csv_row "4,2026-11-25,Zuid,Egels,Zoë de Vries,07:00,08:00,planned"
expect_csv_row "5,2026-11-26,Zuid,Egels,Zoë de Vries,08:30,10:00,planned"
run shift list --week 2026-W49 --staff 'Jan Bos' --format csv
expect_ok
expect_out_lines 6
expect_csv_row "6,2026-12-02,Noord,Vossen,Jan Bos,08:30,10:00,planned"
run shift list --week 2026-W49 --school Noord --format csv
expect_out_lines 2
run shift list --from 2026-12-01 --to 2026-12-31 --class Egels --format csv
expect_out_lines 6
expect_csv_row "7,2026-12-25,Zuid,Egels,Zoë de Vries,08:30,12:00,planned"
run shift list --week 2026-W49
expect_ok
expect_out_contains "Jan Bos"
expect_out_contains "12-05"

# edit: the rules judge the changed shift; the shift itself never counts as an overlap.
run shift edit 1 --time 09:00-12:00
expect_code 0
expect_out_line "changed shift 1: Zoë de Vries, Egels (Zuid), mon 2026-11-23 09:00-12:00"
expect_sql z.db "SELECT start_min, end_min, edited FROM shift WHERE id = 1" "540|720|1"
snapshot z.db >before
run shift edit 1 --time 09:00-12:30
expect_error 1 "Zoë de Vries, Egels, 2026-11-23 09:00-12:30: overlaps 12:00-15:00 in Egels (Zuid)"
run shift edit 1 --staff 'Jan Bos'
expect_error 1 "Jan Bos is not active on 2026-11-23"
run shift edit 1 --time 12:30-09:00
expect_error 2 "12:30-09:00"
run shift edit 1 --class Mollen
expect_error 2 "no class 'Mollen'"
expect_unchanged z.db before
run shift edit 1 --class Vossen --note "ruil met Noord"
expect_code 0
expect_out_line "changed shift 1: Zoë de Vries, Vossen (Noord), mon 2026-11-23 09:00-12:00"
expect_sql z.db "SELECT class_id, note FROM shift WHERE id = 1" "2|ruil met Noord"

# move: to another day, optionally other times.
run shift move 2 2026-11-24
expect_code 0
expect_out_line "moved shift 2: Zoë de Vries, Egels (Zuid), tue 2026-11-24 12:00-15:00"
run shift move 2 2026-11-26 --time 10:00-12:00
expect_code 0
expect_out_line "moved shift 2: Zoë de Vries, Egels (Zuid), thu 2026-11-26 10:00-12:00"
snapshot z.db >before
run shift move 2 2026-11-26 --time 09:00-11:00
expect_error 1 "overlaps 08:30-10:00 in Egels (Zuid)"
run shift move 2 2026-11-25 --time 06:00-07:30
expect_error 1 "overlaps 07:00-08:00"
run shift move 2 2026-11-31
expect_error 2 "2026-11-31"
run shift move 2 2027-08-02
expect_error 1 "not active on 2027-08-02"
expect_unchanged z.db before

# cancel: kept and listed as cancelled; it no longer blocks the time.
run shift cancel 2 --reason "klas op schoolreis"
expect_ok
expect_out_line "cancelled shift 2: Zoë de Vries, Egels (Zuid), thu 2026-11-26 10:00-12:00"
expect_sql z.db "SELECT status, cancel_reason FROM shift WHERE id = 2" "cancelled|klas op schoolreis"
run shift list --week 2026-W48 --format csv
expect_csv_row "2,2026-11-26,Zuid,Egels,Zoë de Vries,10:00,12:00,cancelled"
expect_csv_row "5,2026-11-26,Zuid,Egels,Zoë de Vries,08:30,10:00,planned"
snapshot z.db >before
run shift cancel 2 --reason nogmaals
expect_error 1 "already cancelled"
run shift cancel 5
expect_error 2 "--reason"
run shift cancel 99 --reason x
expect_error 2 "no shift with id 99"
expect_unchanged z.db before
run shift add 'Zoë de Vries' Vossen 2026-11-26 10:00-12:00
expect_code 0
expect_out_contains "added shift 12:"

# rm: gone altogether.
run shift rm 8
expect_ok
expect_out_line "removed shift 8: Jan Bos, Egels (Zuid), sat 2026-12-05 09:00-11:00"
expect_sql z.db "SELECT count(*) FROM shift WHERE id = 8" 0
snapshot z.db >before
run shift rm 8
expect_error 2 "no shift with id 8"

# Bad input: one line, exit 2, nothing changed.
run shift add Niemand Egels 2026-11-24 08:30-12:00
expect_error 2 "no professional 'Niemand'"
run shift add 'Zoë de Vries' Mollen 2026-11-24 08:30-12:00
expect_error 2 "no class 'Mollen'"
run shift add 'Zoë de Vries' Egels 2026-02-30 08:30-12:00
expect_error 2 "2026-02-30"
run shift add 'Zoë de Vries' Egels 2026-11-24 0830-1200
expect_error 2 "0830-1200"
run shift add 'Zoë de Vries' Egels 2026-11-24
expect_error 2
run shift add 'Zoë de Vries' Egels 2026-11-24 08:30-12:00 --school Nergens
expect_error 2 "no school 'Nergens'"
run shift edit abc --time 09:00-10:00
expect_error 2 "invalid shift id 'abc'"
run shift edit 99 --time 09:00-10:00
expect_error 2 "no shift with id 99"
run shift move 1x 2026-11-24
expect_error 2 "1x"
run shift cancel abc --reason x
expect_error 2 "abc"
run shift rm -- -1
expect_error 2
run shift rm abc
expect_error 2 "invalid shift id 'abc'"
run shift list --week 2026-W54
expect_error 2 "2026-W54"
run shift list --format xml
expect_error 2 "xml"
run shift list --staff Niemand
expect_error 2 "no professional 'Niemand'"
expect_unchanged z.db before
finish
