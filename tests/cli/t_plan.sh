# zio plan fill|copy|clear: patterns into shifts under the school calendar (holidays, public
# holidays, study half-days, unknown holiday dates), A/B weeks across new year, idempotence.
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
run team add 'Jan Bos' Egels
run team add 'Jan Bos' Vossen
run pattern add 'Zoë de Vries' Egels ma 08:30-12:00
run pattern add 'Zoë de Vries' Egels do 08:30-15:00
run pattern add 'Jan Bos' Egels do 12:00-15:00
expect_ok

# shifts DATE..DATE [CLASS]: "date start-end name" of the planned and cancelled shifts.
shifts()
{
	sql z.db "SELECT sh.date || ' ' || printf('%02d:%02d-%02d:%02d', sh.start_min / 60, sh.start_min % 60,
		sh.end_min / 60, sh.end_min % 60) || ' ' || p.name FROM shift sh JOIN professional p ON p.id = sh.professional_id
		JOIN class c ON c.id = sh.class_id WHERE sh.date BETWEEN '$1' AND '$2' AND ('${3:-}' = '' OR c.name = '${3:-}')
		ORDER BY sh.date, sh.start_min, p.name" | tr '\n' ';'
}

# The autumn holiday (herfstvakantie zuid, 2026-W43): nothing is made, all counted as skipped.
run plan fill --school Zuid --week 2026-W43
expect_code 0
expect_out_line "filled Zuid 2026-10-19..2026-10-25: 0 shifts added, 0 already there, 3 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
expect_sql z.db "SELECT count(*) FROM shift" 0

# A study afternoon: the afternoon shift is skipped, the whole-day shift trimmed to the morning.
run closure add Zuid 2026-12-03 12:00-15:00 --reason studiemiddag
expect_ok
run plan fill --school Zuid --week 2026-W49
expect_code 0
expect_out_line "filled Zuid 2026-11-30..2026-12-06: 2 shifts added, 0 already there, 1 skipped on closed days, 1 trimmed to a partly closed day, 0 refused"
check "W49 shifts" test "$(shifts 2026-11-30 2026-12-06)" = "2026-11-30 08:30-12:00 Zoë de Vries;2026-12-03 08:30-12:00 Zoë de Vries;"
run shift list --week 2026-W49 --format csv
expect_csv_row "2,2026-12-03,Zuid,Egels,Zoë de Vries,08:30,12:00,planned"
# No warnings, so zio check has nothing to say about the trimmed shift.
run check --week 2026-W49 --school Zuid
expect_code 0
expect_out_not_contains "closed-day"

# Idempotent: a second fill adds nothing and changes nothing.
snapshot z.db >before
run plan fill --school Zuid --week 2026-W49
expect_code 0
expect_out_line "filled Zuid 2026-11-30..2026-12-06: 0 shifts added, 2 already there, 1 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
expect_unchanged z.db before
run plan fill --week 2026-W49
expect_code 0
expect_out_contains "0 shifts added, 2 already there"
expect_unchanged z.db before

# A shift changed by hand is never overwritten, and a moved one not made again.
run shift edit 1 --time 09:00-11:00
expect_code 0
run shift move 2 2026-12-04
expect_code 0
snapshot z.db >before
run plan fill --school Zuid --week 2026-W49
expect_code 0
expect_out_contains "0 shifts added, 2 already there"
expect_unchanged z.db before
check "edited shifts kept" test "$(shifts 2026-11-30 2026-12-06)" = "2026-11-30 09:00-11:00 Zoë de Vries;2026-12-04 08:30-12:00 Zoë de Vries;"

# A/B weeks across new year. 2026 has 53 ISO weeks and kerstvakantie (2026-12-21..2027-01-01)
# closes 2026-W52 and 2026-W53. From 2026-W51 on: W51, (W53 closed), 2027-W02, 2027-W04; from
# 2026-W52 on: (W52 closed), 2027-W01, 2027-W03.
run pattern add 'Jan Bos' Vossen wo 08:30-12:00 --every 2 --start-week 2026-W51
expect_ok
run pattern add 'Jan Bos' Vossen di 08:30-12:00 --every 2 --start-week 2026-W52
expect_ok
run plan fill --school Zuid --from 2026-12-14 --to 2027-01-31
expect_code 0
expect_out_line "filled Zuid 2026-12-14..2027-01-31: 20 shifts added, 0 already there, 8 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
check "A/B weeks across new year" test "$(shifts 2026-12-14 2027-01-31 Vossen)" = \
	"2026-12-16 08:30-12:00 Jan Bos;2027-01-05 08:30-12:00 Jan Bos;2027-01-13 08:30-12:00 Jan Bos;2027-01-19 08:30-12:00 Jan Bos;2027-01-27 08:30-12:00 Jan Bos;"
expect_sql z.db "SELECT count(*) FROM shift WHERE date BETWEEN '2026-12-19' AND '2027-01-03'" 0
run shift list --week 2026-W53 --format csv
expect_ok
expect_out_lines 1

# The unknown May holiday of 2026-2027: nothing planned there, one warning; the public
# holidays in between (Koningsdag, Bevrijdingsdag, Hemelvaartsdag) are closed days.
snapshot z.db >before
run plan fill --school Zuid --from 2027-04-19 --to 2027-05-14
expect_code 0
expect_out_line "filled Zuid 2027-04-19..2027-05-14: 0 shifts added, 0 already there, 4 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
expect_err_contains "warning: 12 shifts not planned between 2027-04-19 and 2027-05-13: meivakantie 2026-2027 (zuid) not known"
expect_err_contains "zio holidays import"
expect_unchanged z.db before

# A rule error refuses that one shift, listed on stderr; the rest is made.
run shift add 'Zoë de Vries' Vossen 2027-02-01 11:00-13:00
expect_code 0
expect_err_contains "[not-fixed-team]"
run plan fill --school Zuid --week 2027-W05
expect_code 0
expect_out_line "filled Zuid 2027-02-01..2027-02-07: 3 shifts added, 0 already there, 0 skipped on closed days, 0 trimmed to a partly closed day, 1 refused"
expect_err_contains "refused: Zoë de Vries, Egels, 2027-02-01 08:30-12:00: overlaps 11:00-13:00 in Vossen (Zuid) [overlap]"
check "W05 Egels" test "$(shifts 2027-02-01 2027-02-07 Egels)" = "2027-02-04 08:30-15:00 Zoë de Vries;2027-02-04 12:00-15:00 Jan Bos;"

# copy: into a week with a public holiday (Tweede Paasdag, Monday 2027-03-29): that day is
# skipped and reported.
run plan fill --school Zuid --week 2027-W12
expect_code 0
expect_out_line "filled Zuid 2027-03-22..2027-03-28: 4 shifts added, 0 already there, 0 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
run plan copy --from-week 2027-W12 --to-week 2027-W13 --school Zuid
expect_code 0
expect_out_line "copied Zuid week 2027-W12 to 2027-W13: 3 shifts added, 1 skipped on closed days, 0 trimmed, 0 refused"
expect_out_contains "skipped: mon 2027-03-29, Zoë de Vries, Egels"
expect_out_contains "Tweede Paasdag"
# the skipped line says which shift: its day
check "the skipped line names the day" sh -c 'grep "^skipped:" "$1" | grep -q "2027-03-29"' _ "$OUT"
# nothing was made on the closed day, so nothing for zio check to list
check "no closed-day warning claimed for a shift never made" sh -c '! grep -q "\[closed-day\] (zio check lists" "$1"' _ "$ERR"
check "W13 copied" test "$(shifts 2027-03-29 2027-04-04)" = \
	"2027-03-31 08:30-12:00 Jan Bos;2027-04-01 08:30-15:00 Zoë de Vries;2027-04-01 12:00-15:00 Jan Bos;"
expect_sql z.db "SELECT count(*) FROM shift WHERE date BETWEEN '2027-03-29' AND '2027-04-04' AND pattern_id IS NULL" 3
run check --week 2027-W13 --school Zuid
expect_code 0
expect_out_not_contains "closed-day"
# Copying again: the same people at the same times are refused as overlaps.
snapshot z.db >before
run plan copy --from-week 2027-W12 --to-week 2027-W13 --school Zuid
expect_code 0
expect_out_line "copied Zuid week 2027-W12 to 2027-W13: 0 shifts added, 1 skipped on closed days, 0 trimmed, 3 refused"
expect_err_contains "refused: Jan Bos, Vossen, 2027-03-31 08:30-12:00: overlaps 08:30-12:00 in Vossen (Zuid) [overlap]"
expect_unchanged z.db before

# copy into a week with a study afternoon: trimmed and skipped; cancelled shifts are not copied.
run closure add Zuid 2027-03-11 12:00-15:00 --reason studiemiddag
expect_ok
run shift list --week 2027-W12 --class Vossen --format csv
id=$(sed -n 2p "$OUT" | cut -d, -f1)
run shift cancel "$id" --reason ziek
expect_ok
run plan copy --from-week 2027-W12 --to-week 2027-W10 --school Zuid
expect_code 0
expect_out_line "copied Zuid week 2027-W12 to 2027-W10: 2 shifts added, 1 skipped on closed days, 1 trimmed, 0 refused"
check "W10 copied" test "$(shifts 2027-03-08 2027-03-14)" = "2027-03-08 08:30-12:00 Zoë de Vries;2027-03-11 08:30-12:00 Zoë de Vries;"

# clear: every shift of the school's week, edited and cancelled ones too.
run plan clear --week 2027-W12 --school Zuid
expect_ok
expect_out_line "cleared Zuid week 2027-W12: 4 shifts removed"
expect_sql z.db "SELECT count(*) FROM shift WHERE date BETWEEN '2027-03-22' AND '2027-03-28'" 0
run plan clear --week 2027-W12 --school Zuid
expect_ok
expect_out_line "cleared Zuid week 2027-W12: 0 shifts removed"
expect_sql z.db "SELECT count(*) FROM shift WHERE date BETWEEN '2027-03-29' AND '2027-04-04'" 3
# a cleared week can be filled again
run plan fill --school Zuid --week 2027-W12
expect_out_contains "4 shifts added, 0 already there"

# Bad input: one line, exit 2, nothing changed.
snapshot z.db >before
run plan fill --school Zuid
expect_error 2 "--week"
run plan fill --school Zuid --week 2026-W54
expect_error 2 "2026-W54"
run plan fill --school Zuid --from 2026-11-01
expect_error 2 "--to"
run plan fill --school Zuid --from 2026-12-01 --to 2026-11-01
expect_error 2 "before"
run plan fill --school Zuid --from 2026-02-30 --to 2026-03-01
expect_error 2 "2026-02-30"
run plan fill --school Zuid --school-year 2026
expect_error 2 "2026"
run plan fill --school Zuid --from 2026-01-01 --to 2027-10-01
expect_error 2 "school year"
run plan fill --school Nergens --week 2026-W49
expect_error 2 "no school 'Nergens'"
run plan copy --from-week 2027-W12 --to-week 2027-W12 --school Zuid
expect_error 2 "same"
run plan copy --from-week 2027-W12 --school Zuid
expect_error 2 "--to-week"
run plan copy --from-week 2027-W12 --to-week 2027-W54 --school Zuid
expect_error 2 "2027-W54"
run plan copy --from-week 2027-W12 --to-week 2027-W13 --school Nergens
expect_error 2 "no school 'Nergens'"
run plan clear --week 2027-W13
expect_error 2 "--school"
run plan clear --week 2026-W54 --school Zuid
expect_error 2 "2026-W54"
run plan clear --week 2027-W13 --school Nergens
expect_error 2 "no school 'Nergens'"
run plan wipe
expect_error 2 "wipe"
expect_unchanged z.db before

# A refused shift is never made, so its warnings are not counted: Zoë is not in Vossen's
# fixed team, and copying her week a second time refuses that shift as an overlap.
run shift add 'Zoë de Vries' Vossen 2027-03-02 08:30-10:00
expect_code 0
expect_err_contains "[not-fixed-team]"
run plan copy --from-week 2027-W09 --to-week 2027-W11 --school Zuid
expect_code 0
expect_out_line "copied Zuid week 2027-W09 to 2027-W11: 1 shift added, 0 skipped on closed days, 0 trimmed, 0 refused"
expect_err_contains "warning: 1 shift by someone outside the class's fixed team [not-fixed-team] (zio check lists it)"
run plan copy --from-week 2027-W09 --to-week 2027-W11 --school Zuid
expect_code 0
expect_out_line "copied Zuid week 2027-W09 to 2027-W11: 0 shifts added, 0 skipped on closed days, 0 trimmed, 1 refused"
expect_err_contains "refused: Zoë de Vries, Vossen, 2027-03-16 08:30-10:00: overlaps 08:30-10:00 in Vossen (Zuid) [overlap]"
check "no warning counted for the refused shift" sh -c '! grep -q "zio check lists" "$1"' _ "$ERR"
finish
