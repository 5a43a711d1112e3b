# zio timesheet submit|approve|dispute|reopen|list: the weekly sign-off of a provider's hours
# at a school, and the lock on an approved week: no shift or log entry of that provider at that
# school in that week can be added, changed or removed, by zio or by any other program, until
# the week is reopened with a reason on record.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
USER=tester ZIO_USER=tester
export USER ZIO_USER
run init
expect_ok
run school add Zuid --region zuid
run school add Noord --region noord
run group add EMB --hours 10 --wlz-share 50
run class add Egels --school Zuid --group EMB
run class add Vossen --school Zuid --group EMB
run class add Uilen --school Noord --group EMB
run provider add Samen
run provider add Anders
run staff add 'Zoë de Vries' --provider Samen --contract-hours 24 --from 2026-08-01
run staff add 'Jan Bos' --provider Samen --contract-hours 24 --from 2026-08-01
run staff add 'Kim Smit' --provider Anders --contract-hours 24 --from 2026-08-01
expect_ok
for t in 'Zoë de Vries:Egels' 'Zoë de Vries:Uilen' 'Jan Bos:Vossen' 'Jan Bos:Egels' 'Kim Smit:Egels' \
	'Kim Smit:Vossen'; do
	run team add "${t%%:*}" "${t#*:}"
	expect_ok
done

# Today is Monday 2026-11-23. Week 47 (2026-11-16 .. 22) is the one signed off.
run shift add 'Zoë de Vries' Egels 2026-11-16 08:30-12:00    # 1  Samen, Zuid, W47 (logged)
run shift add 'Jan Bos' Vossen 2026-11-17 08:30-12:00         # 2  Samen, Zuid, W47
run shift add 'Zoë de Vries' Egels 2026-11-18 08:30-12:00    # 3  Samen, Zuid, W47
run shift add 'Kim Smit' Egels 2026-11-16 13:00-15:00        # 4  Anders, Zuid, W47
run shift add 'Zoë de Vries' Uilen 2026-11-19 08:30-12:00    # 5  Samen, Noord, W47
run shift add 'Zoë de Vries' Egels 2026-11-09 08:30-12:00    # 6  Samen, Zuid, W46
run shift add 'Jan Bos' Egels 2026-11-24 08:30-12:00          # 7  Samen, Zuid, W48
expect_ok
run pattern add 'Jan Bos' Egels fri 12:00-14:00
expect_ok
run plan fill --school Zuid --week 2026-W47                   # 8  Jan, Egels, fri 2026-11-20
expect_code 0
run shift add 'Jan Bos' Egels 2026-11-11 13:00-14:00          # 9  Samen, Zuid, W46
expect_ok
expect_sql z.db "SELECT id, date, pattern_id FROM shift WHERE id = 8" "8|2026-11-20|1"
run log add 'Zoë de Vries' Egels 2026-11-16 08:30-12:00 --shift 1
expect_ok
expect_out_line "added log entry 1: Zoë de Vries, Egels (Zuid), 2026-11-16 08:30-12:00, delivered"

# --- the transitions
run timesheet list --format csv
expect_ok
check "timesheet list csv header" test "$(sed -n 1p "$OUT")" = "week,school,provider,status,changed_by,changed_at,reason"
expect_out_lines 1
snapshot z.db >before
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot approve a week that is draft"
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid --reason "te vroeg"
expect_error 1 "cannot reopen a week that is draft"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason "niets ingediend"
expect_error 1 "cannot dispute a week that is draft"
expect_unchanged z.db before
# --reason is required by dispute and reopen (their usage lines): without it, bad usage (2),
# whatever the week's status.
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid
expect_error 2 "--reason"
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid
expect_error 2 "--reason"
expect_unchanged z.db before

# A week that has not begun cannot be signed off yet.
run timesheet submit --week 2026-W49 --provider Samen --school Zuid
expect_error 1 "2026-W49 has not begun"
expect_unchanged z.db before
run timesheet submit --week 2026-W47 --provider Samen --school Zuid
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: submitted by tester"
snapshot z.db >before
run timesheet submit --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot submit a week that is submitted"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid
expect_error 2 "--reason"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason ''
expect_error 2 "--reason"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason ' spatie'
expect_error 2 "space"
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid --reason "nog niet goedgekeurd"
expect_error 1 "cannot reopen a week that is submitted"
expect_unchanged z.db before
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason "Egels: woensdag niemand geweest"
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: disputed by tester: Egels: woensdag niemand geweest"
run timesheet list --status disputed --format csv
expect_ok
expect_out_lines 2
expect_csv_row "2026-W47,Zuid,Samen,disputed,tester"
check "the dispute's reason is listed" test "$(awk -F, 'NR == 2 { print $7 }' "$OUT")" = "Egels: woensdag niemand geweest"
snapshot z.db >before
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot approve a week that is disputed"
expect_unchanged z.db before
# dispute -> submit -> approve
run timesheet submit --week 2026-W47 --provider Samen --school Zuid
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: submitted by tester"
run timesheet list --status submitted --format csv
expect_out_lines 2
expect_csv_row "2026-W47,Zuid,Samen,submitted,tester"
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: approved by tester"
run timesheet list --status submitted --format csv
expect_ok
expect_out_lines 1
run timesheet list --status approved --format csv
expect_ok
expect_out_lines 2
expect_csv_row "2026-W47,Zuid,Samen,approved,tester"
expect_sql z.db "SELECT status FROM timesheet" "approved"
snapshot z.db >before
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot approve a week that is approved"
run timesheet submit --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot submit a week that is approved"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason "toch niet"
expect_error 1 "cannot dispute a week that is approved"
expect_unchanged z.db before

# --- the lock: every change to Samen's hours at Zuid in week 47 is refused, one line, exit 1
locked()
{
	run "$@"
	expect_error 1 "approved"
	expect_unchanged z.db before
}
run pattern add 'Zoë de Vries' Egels thu 12:00-14:00    # its week-47 shift would be new
expect_ok
snapshot z.db >before
locked log add 'Zoë de Vries' Egels 2026-11-20 09:00-10:00
locked log add 'Zoë de Vries' Vossen 2026-11-22 09:00-10:00
locked log add 'Jan Bos' Vossen 2026-11-17 08:30-12:00 --shift 2
locked log edit 1 --time 08:30-11:00
locked log edit 1 --note "vergeten"
locked log rm 1
locked log absent 3 --reason sick
locked log absent 3 --reason sick --replaced-by 'Kim Smit'
# Kim (Anders) may be absent, but Jan standing in would be Samen's hours of that week.
locked log absent 4 --reason sick --replaced-by 'Jan Bos'
locked log confirm --week 2026-W47 --school Zuid
locked log confirm --week 2026-W47 --school Zuid --provider Samen
locked shift add 'Zoë de Vries' Egels 2026-11-20 09:00-10:00
locked shift add 'Jan Bos' Egels 2026-11-22 09:00-10:00
locked shift edit 2 --time 09:00-12:00
locked shift edit 2 --note "later"
locked shift edit 2 --staff 'Kim Smit'
locked shift edit 4 --staff 'Jan Bos'
locked shift edit 5 --class Egels --school Zuid
locked shift move 2 2026-11-25
locked shift move 6 2026-11-20
locked shift move 7 2026-11-20
locked shift cancel 2 --reason "ziek"
locked shift rm 3
locked plan fill --school Zuid --week 2026-W47
locked plan clear --school Zuid --week 2026-W47
locked plan copy --school Zuid --from-week 2026-W46 --to-week 2026-W47
# A shift with logged hours cannot be removed either way: exit 1, one line.
run shift rm 1
expect_error 1
expect_unchanged z.db before

# ... and by any other program: the triggers refuse raw SQL on log_entry and shift.
raw_refused()
{
	_shown=0
	last_cmd="(sqlite3) $1"
	sqlite3 -batch z.db "$1" >"$OUT" 2>"$ERR"
	code=$?
	out=$(cat "$OUT")
	err=$(cat "$ERR")
	if [ "$code" != 0 ]; then _pass; else _fail "raw SQL should be refused by the lock"; fi
	expect_err_contains "approved"
	expect_unchanged z.db before
}
raw_ok()
{
	_shown=0
	last_cmd="(sqlite3) $1"
	sqlite3 -batch z.db "$1" >"$OUT" 2>"$ERR"
	code=$?
	out=$(cat "$OUT")
	err=$(cat "$ERR")
	expect_ok
}
raw_refused "UPDATE log_entry SET note = 'x' WHERE id = 1"
raw_refused "UPDATE log_entry SET end_min = 660 WHERE id = 1"
raw_refused "DELETE FROM log_entry WHERE id = 1"
raw_refused "DELETE FROM log_entry"
raw_refused "INSERT INTO log_entry (shift_id, professional_id, class_id, date, start_min, end_min, kind, logged_by, logged_at) VALUES (2, 2, 2, '2026-11-17', 510, 720, 'delivered', 'x', 'y')"
raw_refused "INSERT INTO log_entry (professional_id, class_id, date, start_min, end_min, kind, logged_by, logged_at) VALUES (1, 1, '2026-11-22', 600, 660, 'delivered', 'x', 'y')"
raw_refused "UPDATE shift SET start_min = 540 WHERE id = 2"
# The sign-off guards itself: no unlocking behind zio's back, no rewriting of the record.
raw_refused "UPDATE timesheet SET status = 'draft'"
raw_refused "DELETE FROM timesheet"
raw_refused "UPDATE timesheet_event SET reason = 'x'"
raw_refused "DELETE FROM timesheet_event"
raw_refused "UPDATE shift SET status = 'cancelled', cancel_reason = 'x' WHERE id = 3"
raw_refused "UPDATE shift SET date = '2026-11-25' WHERE id = 2"
raw_refused "UPDATE shift SET date = '2026-11-20' WHERE id = 7"
raw_refused "UPDATE shift SET professional_id = 2 WHERE id = 4"
raw_refused "DELETE FROM shift WHERE id = 3"
raw_refused "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) VALUES (1, 2, '2026-11-20', 600, 660)"
raw_refused "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) VALUES (2, 1, '2026-11-22', 600, 660)"
# The Monday after is another week.
raw_ok "INSERT INTO shift (professional_id, class_id, date, start_min, end_min, note) VALUES (2, 1, '2026-11-23', 600, 660, 'raw'); DELETE FROM shift WHERE note = 'raw'"
raw_ok "INSERT INTO shift (professional_id, class_id, date, start_min, end_min, note) VALUES (2, 1, '2026-11-15', 600, 660, 'raw'); DELETE FROM shift WHERE note = 'raw'"
expect_sql z.db "SELECT count(*) FROM shift WHERE note = 'raw'" 0
# the audit trail has the other program's inserts and deletes, and only those
expect_sql z.db "SELECT group_concat(action, ' ') FROM audit WHERE login = '(outside zio)'" "insert delete insert delete"
snapshot z.db >before
# ... and it cannot be rewritten by another program either
for q in "DELETE FROM audit" "UPDATE audit SET login = 'x'"; do
	check "sqlite3 cannot run: $q" sh -c "! sqlite3 -batch z.db \"$q\" 2>err.txt"
	check "the refusal says why" grep -q "the audit trail cannot be changed" err.txt
done
expect_unchanged z.db before

# --- what stays changeable: another provider at the same school, the same provider at another
# school or in another week
run log confirm --week 2026-W47 --school Zuid --provider Anders
expect_ok
expect_out_line "week 2026-W47 of Zuid: 1 shift confirmed as delivered, 0 logged already, 0 still to come, 0 refused"
kim=$(sql z.db "SELECT id FROM log_entry WHERE shift_id = 4")
run log edit "$kim" --time 13:00-14:30
expect_ok
run shift add 'Kim Smit' Vossen 2026-11-19 08:30-10:00
expect_ok
kim2=$(sql z.db "SELECT max(id) FROM shift")
run shift edit "$kim2" --time 09:00-10:00
expect_ok
run shift move "$kim2" 2026-11-20
expect_ok
run log add 'Kim Smit' Vossen 2026-11-20 09:00-10:00 --shift "$kim2"
expect_ok
run shift add 'Kim Smit' Vossen 2026-11-18 13:00-14:00
expect_ok
run shift rm "$(sql z.db "SELECT max(id) FROM shift")"
expect_ok
raw_ok "UPDATE shift SET note = 'raw ok' WHERE id = 4"
raw_ok "UPDATE log_entry SET note = 'raw ok' WHERE id = $kim"
# Samen at Noord, week 47
run shift edit 5 --time 08:30-11:30
expect_ok
run log confirm --week 2026-W47 --school Noord
expect_ok
expect_out_line "week 2026-W47 of Noord: 1 shift confirmed as delivered, 0 logged already, 0 still to come, 0 refused"
run log add 'Zoë de Vries' Uilen 2026-11-20 09:00-10:00
expect_ok
raw_ok "UPDATE shift SET note = 'raw ok' WHERE id = 5"
# Samen at Zuid in weeks 46 and 48
run shift edit 6 --time 09:00-12:00
expect_ok
run log add 'Zoë de Vries' Egels 2026-11-10 09:00-10:00
expect_ok
run shift move 7 2026-11-25
expect_ok
run shift add 'Zoë de Vries' Egels 2026-11-23 08:30-10:00
expect_ok
run log confirm --week 2026-W48 --school Zuid
expect_ok
expect_out_line "week 2026-W48 of Zuid: 1 shift confirmed as delivered, 0 logged already, 1 still to come, 0 refused"
run plan fill --school Zuid --week 2026-W48
expect_code 0
expect_sql z.db "SELECT count(*) FROM shift WHERE date IN ('2026-11-26', '2026-11-27')" 2
run plan clear --school Zuid --week 2026-W46
expect_ok
expect_sql z.db "SELECT count(*) FROM shift WHERE id IN (6, 9)" 0
# Week 47 of Samen at Zuid is as it was: shifts 1, 2, 3, 8 and entry 1.
expect_sql z.db "SELECT group_concat(id || ':' || start_min || '-' || end_min || ':' || status, ' ') FROM (SELECT * FROM shift WHERE date BETWEEN '2026-11-16' AND '2026-11-22' AND professional_id IN (1, 2) AND class_id IN (1, 2) ORDER BY id)" \
	"1:510-720:planned 2:510-720:planned 3:510-720:planned 8:720-840:planned"
expect_sql z.db "SELECT group_concat(id, ' ') FROM log_entry WHERE date BETWEEN '2026-11-16' AND '2026-11-22' AND professional_id IN (1, 2) AND class_id IN (1, 2)" "1"

# Removing a pattern only makes its shifts forget where they came from: that is allowed in
# an approved week (the hours do not change); its future shifts go, the locked ones stay.
run pattern rm 1
expect_ok
expect_sql z.db "SELECT count(*) FROM pattern WHERE id = 1" 0
expect_sql z.db "SELECT date, start_min, end_min, ifnull(pattern_id, 'none') FROM shift WHERE id = 8" "2026-11-20|720|840|none"

# Anders's week 47 at Zuid approved too: now Kim's hours there are locked as well.
run timesheet submit --week 2026-W47 --provider Anders --school Zuid
expect_ok
run timesheet approve --week 2026-W47 --provider Anders --school Zuid
expect_ok
expect_out_line "week 2026-W47, Anders at Zuid: approved by tester"
snapshot z.db >before
locked log edit "$kim" --time 13:00-15:00
locked shift edit 4 --note "x"

# --- reopen: only with a reason, which is on record with who did it
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid
expect_error 2 "--reason"
expect_unchanged z.db before
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid --reason ''
expect_error 2 "--reason"
expect_unchanged z.db before
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid --reason "ziekmelding te laat verwerkt"
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: reopened by tester: ziekmelding te laat verwerkt"
run timesheet list --week 2026-W47 --format csv
expect_ok
expect_out_lines 3
expect_csv_row "2026-W47,Zuid,Anders,approved,tester"
expect_csv_row "2026-W47,Zuid,Samen,reopened,tester"
check "the reopening's reason is listed" test "$(awk -F, '$3 == "Samen" { print $7 }' "$OUT")" = "ziekmelding te laat verwerkt"
check "changed_at is a UTC time" test "$(awk -F, '$3 == "Samen" && $6 ~ /^20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z$/' "$OUT" | wc -l | tr -d ' ')" = 1
run timesheet list
expect_ok
expect_out_contains "reopened"
expect_out_contains "ziekmelding te laat verwerkt"
expect_out_contains "tester"
run timesheet list --status reopened --format csv
expect_ok
expect_out_lines 2
expect_sql z.db "SELECT e.status || '|' || e.reason || '|' || e.by_user FROM timesheet_event e JOIN timesheet t ON t.id = e.timesheet_id JOIN provider p ON p.id = t.provider_id WHERE p.name = 'Samen' ORDER BY e.id" \
"submitted||tester
disputed|Egels: woensdag niemand geweest|tester
submitted||tester
approved||tester
reopened|ziekmelding te laat verwerkt|tester"
expect_sql z.db "SELECT count(*) FROM timesheet_event WHERE at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'" 0
# Editable again.
run log edit 1 --time 08:30-11:00
expect_ok
run shift edit 2 --time 09:00-12:00
expect_ok
run log confirm --week 2026-W47 --school Zuid --provider Samen
expect_ok
expect_out_line "week 2026-W47 of Zuid: 3 shifts confirmed as delivered, 1 logged already, 0 still to come, 0 refused"
raw_ok "UPDATE log_entry SET note = 'raw ok' WHERE id = 1"
# Anders's week stays locked.
snapshot z.db >before
locked log edit "$kim" --time 13:00-15:00
# From reopened: only submit.
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_error 1 "cannot approve a week that is reopened"
run timesheet dispute --week 2026-W47 --provider Samen --school Zuid --reason "x"
expect_error 1 "cannot dispute a week that is reopened"
run timesheet reopen --week 2026-W47 --provider Samen --school Zuid --reason "x"
expect_error 1 "cannot reopen a week that is reopened"
expect_unchanged z.db before
run timesheet submit --week 2026-W47 --provider Samen --school Zuid --reason "Egels gecorrigeerd"
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: submitted by tester: Egels gecorrigeerd"
run timesheet approve --week 2026-W47 --provider Samen --school Zuid
expect_ok
expect_out_line "week 2026-W47, Samen at Zuid: approved by tester"
expect_sql z.db "SELECT count(*) FROM timesheet_event" 9
snapshot z.db >before
locked log edit 1 --time 08:30-12:00
locked shift edit 2 --time 08:30-12:00
raw_refused "DELETE FROM log_entry WHERE id = 1"

# --- list
run timesheet list --format csv
expect_ok
expect_out_lines 3
run timesheet list --status approved --format csv
expect_ok
expect_out_lines 3
run timesheet list --status draft --format csv
expect_ok
expect_out_lines 1
run timesheet list --from 2026-11-16 --to 2026-11-22 --format csv
expect_ok
expect_out_lines 3
run timesheet list --week 2026-W46 --format csv
expect_ok
expect_out_lines 1
run timesheet list --school-year 2025-2026 --format csv
expect_ok
expect_out_lines 1

# --- bad input: one line, the documented exit code, nothing changed
refused()
{
	_code=$1
	_text=$2
	shift 2
	run "$@"
	expect_error "$_code" "$_text"
	expect_unchanged z.db before
}
run timesheet submit --week 2026-W47 --provider Samen --school Noord
expect_ok
snapshot z.db >before
refused 2 "--week" timesheet submit --provider Samen --school Zuid
refused 2 "--provider" timesheet submit --week 2026-W48 --school Zuid
refused 2 "2026-W99" timesheet submit --week 2026-W99 --provider Samen --school Zuid
refused 2 "bad" timesheet submit --week bad --provider Samen --school Zuid
refused 2 "2026-11-16" timesheet submit --week 2026-11-16 --provider Samen --school Zuid
refused 2 "Nobody" timesheet submit --week 2026-W48 --provider Nobody --school Zuid
refused 2 "Atlantis" timesheet submit --week 2026-W48 --provider Samen --school Atlantis
refused 2 "--school" timesheet submit --week 2026-W48 --provider Samen
refused 2 "control" timesheet dispute --week 2026-W47 --provider Samen --school Noord --reason "$(printf 'a\tb')"
refused 2 "--reason" timesheet dispute --week 2026-W47 --provider Samen --school Noord
refused 2 "bogus" timesheet list --status bogus
refused 2 "xml" timesheet list --format xml
refused 2 "bad" timesheet list --week bad
refused 2 "--bogus" timesheet approve --week 2026-W47 --provider Samen --school Noord --bogus
refused 2 "frobnicate" timesheet frobnicate
run timesheet approve --week 2026-W47 --provider Samen --school Noord
expect_ok
expect_out_line "week 2026-W47, Samen at Noord: approved by tester"

finish
