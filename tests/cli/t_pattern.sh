# zio pattern add|list|rm: the weekly patterns of the classes, and what pattern rm does to
# the shifts a pattern made (ZIO_TODAY is 2026-11-23, a Monday).
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run group add EMB --hours 10 --wlz-share 50
run class add Egels --school Zuid --group EMB
run class add Vossen --school Zuid --group EMB
run provider add Samen
run staff add 'Zoë de Vries' --provider Samen --contract-hours 24
run staff add 'Jan Bos' --provider Samen --contract-hours 24
run team add 'Zoë de Vries' Egels
run team add 'Zoë de Vries' Vossen
expect_ok

# add: weekdays in English, Dutch or as numbers; the fixed team is checked.
run pattern add 'Zoë de Vries' Egels ma 08:30-12:00
expect_ok
expect_out_line "added pattern 1: Zoë de Vries in Egels (Zuid), every mon 08:30-12:00"
run pattern add 'Jan Bos' Egels 4 12:00-15:00
expect_code 0
expect_out_line "added pattern 2: Jan Bos in Egels (Zuid), every thu 12:00-15:00"
check "not-fixed-team warning on stderr" test "$err" = "warning: Jan Bos is not in the fixed team of Egels [not-fixed-team]"
run pattern add 'Zoë de Vries' Egels wed 08:30-12:00 --from 2026-11-01 --to 2026-12-18
expect_ok
expect_out_line "added pattern 3: Zoë de Vries in Egels (Zuid), every wed 08:30-12:00"
run pattern add 'Zoë de Vries' Vossen vr 12:00-15:00 --every 2 --start-week 2026-W49
expect_ok
expect_out_line "added pattern 4: Zoë de Vries in Vossen (Zuid), every other fri 12:00-15:00"
run pattern add 'Zoë de Vries' Vossen do 08:30-10:00 --every 1
expect_ok
expect_out_line "added pattern 5: Zoë de Vries in Vossen (Zuid), every thu 08:30-10:00"

run pattern list --format csv
expect_ok
check "pattern list csv header" test "$(sed -n 1p "$OUT")" = "id,name,class,school,weekday,time,from,to,every"
expect_out_lines 6
expect_csv_row "1,Zoë de Vries,Egels,Zuid,mon,08:30-12:00,,,1"
expect_csv_row "2,Jan Bos,Egels,Zuid,thu,12:00-15:00,,,1"
expect_csv_row "3,Zoë de Vries,Egels,Zuid,wed,08:30-12:00,2026-11-01,2026-12-18,1"
expect_csv_row "4,Zoë de Vries,Vossen,Zuid,fri,12:00-15:00,,,2 from 2026-W49"
expect_csv_row "5,Zoë de Vries,Vossen,Zuid,thu,08:30-10:00,,,1"
run pattern list --class Vossen --format csv
expect_ok
expect_out_lines 3
run pattern list --staff 'Jan Bos' --format csv
expect_out_lines 2
expect_csv_row "2,Jan Bos,Egels,Zuid,thu,12:00-15:00,,,1"
run pattern list --school Zuid
expect_ok
expect_out_contains "2 from 2026-W49"
expect_out_contains "2026-12-18"

# The patterns make shifts: every other Friday from 2026-W49 on, Wednesdays up to 2026-12-18.
run plan fill --school Zuid --from 2026-11-02 --to 2026-12-18
expect_code 0
expect_out_contains "filled Zuid 2026-11-02..2026-12-18: "
expect_out_contains " shifts added, 0 already there, 0 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
expect_err_contains "warning: 7 shifts by someone outside the class's fixed team [not-fixed-team] (zio check lists them)"
expect_sql z.db "SELECT count(*) FROM shift WHERE pattern_id = 1" 7
expect_sql z.db "SELECT count(*) FROM shift WHERE pattern_id = 3" 7
expect_sql z.db "SELECT count(*) FROM shift WHERE pattern_id IN (2, 5)" 14
# "--start-week W: starting with ISO week W": nothing before 2026-W49.
expect_sql z.db "SELECT group_concat(date, ' ') FROM (SELECT date FROM shift WHERE pattern_id = 4 ORDER BY date)" \
	"2026-12-04 2026-12-18"
expect_sql z.db "SELECT max(date) FROM shift WHERE pattern_id = 3" "2026-12-16"

# rm: the pattern and its unedited shifts from today on go; past and edited shifts stay.
run shift list --from 2026-12-07 --to 2026-12-07 --class Egels --format csv
id=$(sed -n 2p "$OUT" | cut -d, -f1)
run shift edit "$id" --time 09:00-12:00
expect_code 0
run pattern rm 1
expect_ok
expect_out_line "removed pattern 1 and its 3 unedited shifts from today on"
expect_sql z.db "SELECT count(*) FROM pattern WHERE id = 1" 0
expect_sql z.db "SELECT group_concat(date, ' ') FROM (SELECT date FROM shift WHERE class_id = 1 AND strftime('%w', date) = '1' ORDER BY date)" \
	"2026-11-02 2026-11-09 2026-11-16 2026-12-07"
expect_sql z.db "SELECT count(*) FROM shift WHERE id = $id AND start_min = 540" 1
# --keep-shifts: the pattern goes, its shifts stay.
run pattern rm 3 --keep-shifts
expect_ok
expect_out_line "removed pattern 3; its 4 future shifts stay"
expect_sql z.db "SELECT count(*) FROM pattern WHERE id = 3" 0
expect_sql z.db "SELECT count(*) FROM shift WHERE class_id = 1 AND strftime('%w', date) = '3'" 7
# A removed pattern makes nothing any more.
run plan fill --school Zuid --from 2026-11-02 --to 2026-12-18
expect_code 0
expect_out_contains ": 0 shifts added, "
expect_sql z.db "SELECT count(*) FROM shift WHERE class_id = 1" 18
run pattern list --format csv
expect_out_lines 4

# Bad input: one line, the documented exit code, nothing changed.
run school add Noord --region noord
run class add Egels --school Noord --group EMB
expect_ok
snapshot z.db >before
run pattern add 'Zoë de Vries' Egels ma 08:30-12:00
expect_error 2 "ambiguous"
run pattern add 'Zoë de Vries' Vossen zz 08:30-12:00
expect_error 2 "invalid weekday 'zz'"
run pattern add 'Zoë de Vries' Vossen 8 08:30-12:00
expect_error 2 "'8'"
run pattern add 'Zoë de Vries' Vossen Thursday 08:30-12:00
expect_error 2 "Thursday"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 3 --start-week 2026-W49
expect_error 2 "--every"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 3
expect_error 2 "--every"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 0
expect_error 2 "--every"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 2
expect_error 2 "--start-week"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 2 --start-week 2026-W54
expect_error 2 "2026-W54"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --every 2 --start-week 2026-49
expect_error 2 "2026-49"
run pattern add 'Zoë de Vries' Vossen ma 12:00-08:30
expect_error 2 "12:00-08:30"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --from 2026-12-18 --to 2026-11-01
expect_error 2 "before"
run pattern add 'Zoë de Vries' Vossen ma 08:30-12:00 --from 2026-13-01
expect_error 2 "2026-13-01"
run pattern add Niemand Vossen ma 08:30-12:00
expect_error 2 "no professional 'Niemand'"
run pattern add 'Zoë de Vries' Mollen ma 08:30-12:00
expect_error 2 "no class 'Mollen'"
run pattern add 'Zoë de Vries' Egels ma 08:30-12:00 --school Nergens
expect_error 2 "no school 'Nergens'"
run pattern add 'Zoë de Vries' Vossen ma
expect_error 2
run pattern rm abc
expect_error 2
run pattern rm 99
expect_error 2 "no pattern with id 99"
run pattern rm 1
expect_error 2 "no pattern with id 1"
run pattern list --format xml
expect_error 2 "xml"
run pattern list --class Mollen
expect_error 2 "no class 'Mollen'"
expect_unchanged z.db before
# with --school the same class name is fine
run pattern add 'Zoë de Vries' Egels ma 08:30-12:00 --school Noord
expect_code 0
expect_out_line "added pattern 6: Zoë de Vries in Egels (Noord), every mon 08:30-12:00"
expect_err_contains "[not-fixed-team]"
finish
