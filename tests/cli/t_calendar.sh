# zio holidays, closure, calendar, school public-holiday choices
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
expect_ok
run school add Noord --region noord --friday-after-ascension closed
expect_ok

# Every holiday of 2025-2026 is listed with its name for both regions.
run holidays --school Zuid --school-year 2025-2026
expect_ok
expect_out_line "2025-10-13..2025-10-17  closed   herfstvakantie (zuid)"
expect_out_line "2025-12-22..2026-01-02  closed   kerstvakantie (zuid)"
expect_out_line "2026-02-16..2026-02-20  closed   voorjaarsvakantie (zuid)"
expect_out_line "2026-04-27..2026-05-01  closed   meivakantie (zuid)"
expect_out_line "2026-07-13..2026-07-31  closed   zomervakantie (zuid)"
expect_out_line "2026-04-06              closed   Tweede Paasdag"
expect_out_line "2026-05-05              closed   Bevrijdingsdag"
expect_out_line "2026-05-14              closed   Hemelvaartsdag"
expect_out_line "2026-05-25              closed   Tweede Pinksterdag"
expect_out_not_contains "unknown"
run holidays --region noord --school-year 2025-2026
expect_ok
expect_out_line "2025-10-20..2025-10-24  closed   herfstvakantie (noord)"
expect_out_line "2026-02-23..2026-02-27  closed   voorjaarsvakantie (noord)"
expect_out_line "2026-07-06..2026-07-31  closed   zomervakantie (noord)"
# the school's own choice: the Friday after Ascension
run holidays --school Noord --school-year 2025-2026
expect_out_line "2026-05-15              closed   vrijdag na Hemelvaart"
run holidays --school Zuid --school-year 2025-2026 --format csv
expect_ok
check "csv header" test "$(sed -n 1p "$OUT")" = "date,reason"
expect_out_line "2025-10-13,herfstvakantie (zuid)"
expect_out_line "2026-05-14,Hemelvaartsdag"
expect_out_not_contains "2025-10-11"     # weekends are left out
check "csv has no open day" test "$(grep -c '^2025-10-20' "$OUT")" = 0

# 2026-2027: the missing May and summer holidays are unknown, not open.
run holidays --school Zuid --school-year 2026-2027 --format csv
expect_ok
expect_out_line "2027-05-03,meivakantie 2026-2027 (zuid) not known: run zio holidays import"
expect_out_line "2027-07-12,zomervakantie 2026-2027 (zuid) not known: run zio holidays import"
expect_out_line "2026-10-19,herfstvakantie (zuid)"
run holidays --school Zuid --school-year 2026-2027
expect_out_contains "note: zio knows the school holidays only until 2027-04-12"

# A year with no data at all is an error, never an open year.
run holidays --school Zuid --school-year 2029-2030
expect_error 1 "school holidays unknown for 2029-2030: run zio holidays import"

# Importing a year makes it known; a broken file imports nothing.
cat >h.ini <<'INI'
; next year's list
[2029-2030 herfstvakantie]
noord = 2029-10-13..2029-10-21
midden = 2029-10-13..2029-10-21
zuid = 2029-10-20..2029-10-28
INI
cat >bad.ini <<'INI'
[2030-2031 herfstvakantie]
noord = 2030-10-12..2030-10-20
zuid = 2030-10-19..2030-10-32
INI
snapshot z.db >before
run holidays import bad.ini
expect_error 2 "bad.ini:3: invalid date '2030-10-32'"
expect_unchanged z.db before
printf '[2030-2031 herfstvakantie]\nnoord 2030-10-12\n' >syntax.ini
run holidays import syntax.ini
expect_error 2 "syntax.ini:2:"
expect_unchanged z.db before
run holidays import h.ini
expect_ok
expect_out_contains "imported 3 holiday periods for school years 2029-2030 to 2029-2030"
run holidays --school Zuid --school-year 2029-2030
expect_ok
expect_out_line "2029-10-22..2029-10-26  closed   herfstvakantie (zuid)"
expect_out_contains "kerstvakantie 2029-2030 (zuid) not known"
# importing again replaces, it does not duplicate
run holidays import h.ini
expect_ok
expect_sql z.db "SELECT count(*) FROM holiday_period" 3

# Closures: a study day, a study afternoon, several days.
run closure add Zuid 2026-11-25 --reason "studiedag: teamtraining"
expect_ok
run closure add Zuid 2026-11-26 12:00-15:00 --reason studiemiddag
expect_ok
run closure add Zuid 2026-12-02 --to 2026-12-03 --reason verbouwing
expect_ok
run calendar --school Zuid --week 2026-W48
expect_ok
expect_out_line "mon 2026-11-23  open     08:30-15:00"
expect_out_line "wed 2026-11-25  closed   studiedag: teamtraining"
expect_out_line "thu 2026-11-26  partly   closed 12:00-15:00: studiemiddag"
expect_out_line "sat 2026-11-28  closed   weekend"
run calendar --school Zuid --week 2026-W49
expect_out_line "wed 2026-12-02  closed   verbouwing"
expect_out_line "thu 2026-12-03  closed   verbouwing"
run calendar --school Zuid --week 2026-W43
expect_out_line "mon 2026-10-19  closed   herfstvakantie (zuid)"
run closure list --school Zuid --format csv
expect_ok
check "closure csv header" test "$(sed -n 1p "$OUT")" = "id,school,from,to,times,reason"
expect_out_line "2,Zuid,2026-11-26,2026-11-26,12:00-15:00,studiemiddag"

# The school moves its spring holiday to carnival week.
run holidays override Zuid voorjaarsvakantie 2027-02-06 2027-02-14
expect_ok
run calendar --school Zuid --week 2027-W06
expect_out_line "mon 2027-02-08  closed   voorjaarsvakantie (school's own dates)"
run calendar --school Zuid --week 2027-W07
expect_out_line "mon 2027-02-15  open     08:30-15:00"
run holidays override Zuid voorjaarsvakantie --clear --school-year 2026-2027
expect_ok
run calendar --school Zuid --week 2027-W07
expect_out_line "mon 2027-02-15  closed   voorjaarsvakantie (zuid)"

# Bad input: one line, the documented code, nothing changed.
snapshot z.db >before
run closure add Zuid 2026-02-30 --reason x
expect_error 2 "2026-02-30"
run closure add Zuid 2026-11-27 15:00-08:30 --reason x
expect_error 2 "15:00-08:30"
run closure add Zuid 2026-11-27 08:60-12:00 --reason x
expect_error 2 "08:60"
run closure add Zuid 2026-11-27
expect_error 2 "--reason"
run closure add Nergens 2026-11-27 --reason x
expect_error 2 "no school 'Nergens'"
run closure rm 99
expect_error 2 "no closure with id 99"
run holidays override Zuid lentevakantie 2027-02-06 2027-02-14
expect_error 2 "unknown holiday 'lentevakantie'"
run holidays override Zuid voorjaarsvakantie 2027-06-06 2027-06-14
expect_error 2 "must lie between"
run calendar --school Zuid --week 2026-W54
expect_error 2 "2026-W54"
run holidays --school Zuid --region zuid
expect_error 2
run holidays --region west
expect_error 2 "invalid region 'west'"
run school edit Zuid --good-friday maybe
expect_error 2 "expected open, closed or default"
expect_unchanged z.db before

# Several schools and no default: the command asks which.
run calendar
expect_error 2 "pick one with --school"
finish
