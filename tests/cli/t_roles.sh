# Roles: with no users whoever runs zio is admin; once users exist each role may change only
# what it owns (exit 4, one line, nothing changed otherwise), a contract user exports but
# changes nothing; ZIO_USER is for admins; the audit trail names who changed what.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
unset ZIO_USER
me=$(id -un)
run init --demo
expect_code 0
run user list
expect_ok
expect_out_contains "no users yet: whoever opens the database may do everything (now: $me)"

# the first user also makes you admin
run user add fenna --role teamlead --provider "Zorggroep Horizon"
expect_ok
expect_out_line "added user '$me' (admin): the first user, so that you keep managing users"
expect_out_line "added user 'fenna' (teamlead, provider Zorggroep Horizon)"
run user add wim --role school --school "De Wilgenhoek"
expect_ok
run user add carla --role contract
expect_ok
run user list --format csv
expect_csv_row "2,fenna,teamlead,Zorggroep Horizon,"
expect_csv_row "3,wim,school,,De Wilgenhoek"
expect_csv_row "4,carla,contract,,"

# bad users: usage errors, nothing changed
snapshot z.db >before
run user add x --role teamlead
expect_error 2 "a teamlead works for one provider"
run user add y --role school --provider "Zorggroep Horizon"
expect_error 2 "a school user belongs to one school"
run user add z --role boss
expect_error 2 "invalid role 'boss'"
run user add 'bad name' --role contract
expect_error 2 "invalid login"
run user add fenna --role contract
expect_error 1 "already exists"
run user rm nobody
expect_error 1 "no user 'nobody'"
expect_unchanged z.db before

# Samen Verder's professional and a Horizon one, and a shift of each
horizon=$(sql z.db "SELECT p.name FROM professional p JOIN provider v ON v.id = p.provider_id WHERE v.name = 'Zorggroep Horizon' ORDER BY p.id LIMIT 1")
samen=$(sql z.db "SELECT p.name FROM professional p JOIN provider v ON v.id = p.provider_id WHERE v.name = 'Stichting Samen Verder' ORDER BY p.id LIMIT 1")
hshift=$(sql z.db "SELECT s.id FROM shift s JOIN professional p ON p.id = s.professional_id WHERE p.name = '$horizon' AND s.date >= '2026-11-30' ORDER BY s.id LIMIT 1")
sshift=$(sql z.db "SELECT s.id FROM shift s JOIN professional p ON p.id = s.professional_id JOIN provider v ON v.id = p.provider_id WHERE v.name = 'Stichting Samen Verder' AND s.date >= '2026-11-30' ORDER BY s.id LIMIT 1")
check "a Horizon and a Samen Verder shift to try: $hshift $sshift" test -n "$hshift" -a -n "$sshift"

refused()
{
	expect_error 4 "not allowed:"
	expect_unchanged z.db before
}

# --- school: no planning, no logging, no staff; its own closures and sign-off
export ZIO_USER=wim
run shift edit "$hshift" --note "door de school"
refused
run shift cancel "$hshift" --reason ziek
refused
run shift add "$horizon" "SO Merels" 2026-12-09 13:00-14:00
refused
run log add "$horizon" "SO Merels" 2026-11-23 15:00-15:30 --note extra
refused
run staff edit "$horizon" --contract-hours 10
refused
run class edit "SO Merels" --pupils 9
refused
run closure add "Het Noorderlicht" 2026-12-10 --reason "studiedag"
expect_error 4 "only the closures and study days of their own school"
expect_unchanged z.db before
run closure add "De Wilgenhoek" 2026-12-10 --reason "studiedag"
expect_code 0
run timesheet approve --week 2026-W47 --provider "Zorggroep Horizon" --school "Het Noorderlicht"
expect_error 4 "only their own school's timesheets"
run timesheet approve --week 2026-W47 --provider "Zorggroep Horizon" --school "De Wilgenhoek"
expect_code 0
run user add eve --role admin
expect_error 4 "only an admin changes"

# --- teamlead: their own provider's staff and shifts, not another provider's
snapshot z.db >before
export ZIO_USER=fenna
run staff edit "$samen" --contract-hours 10
refused
run shift edit "$sshift" --note "niet van mij"
refused
run shift add "$samen" "SO Merels" 2026-12-09 13:00-14:00
refused
run closure add "De Wilgenhoek" 2026-12-11 --reason "studiedag"
refused
run timesheet approve --week 2026-W47 --provider "Zorggroep Horizon" --school "Het Noorderlicht"
refused
run school edit "De Wilgenhoek" --brin 12AB
refused
run staff edit "$horizon" --contract-hours 30
expect_code 0
run shift edit "$hshift" --note "door fenna"
expect_code 0

# --- contract: exports and reports, changes nothing
snapshot z.db >before
export ZIO_USER=carla
run export timesheet --week 2026-W47 --format csv
expect_code 0
expect_out_contains "week,date,school"
run report budget --school-year 2026-2027 --format csv
expect_code 0
run shift edit "$hshift" --note "carla"
refused
run log add "$horizon" "SO Merels" 2026-11-23 15:00-15:30 --note extra
refused
run import staff /dev/null
check "a contract user's import changes nothing" test "$code" != 0
expect_unchanged z.db before

# --- ZIO_USER only for admins; unknown users are refused
run user list
expect_code 0
export ZIO_USER=nobody
run school list
expect_error 4 "ZIO_USER: 'nobody' is not a user of this database"
unset ZIO_USER
run user edit "$me" --role contract
expect_code 0
ZIO_USER=fenna run school list
expect_error 4 "ZIO_USER: only an admin may act as another user"
run user edit "$me" --role admin
expect_error 4 "not allowed"

# --- the audit trail: every change above, with the right user
run audit --format csv
expect_code 0
check "the audit names wim for the closure" grep -q ",wim,insert,closure," "$OUT"
check "the audit names wim for the approval" grep -q ",wim,insert,timesheet_event," "$OUT"
check "the audit names fenna for the shift note" grep -q ",fenna,update,shift,$hshift," "$OUT"
check "the audit names fenna for the contract hours" grep -q ",fenna,update,professional," "$OUT"
check "the audit has the users added by $me" grep -q ",$me,insert,app_user," "$OUT"
check "no refused change is in the audit" sh -c "! grep -q ',carla,' '$OUT'"
run audit --user fenna --entity shift
expect_code 0
expect_out_contains "note - -> door fenna"
run audit --since 2099-01-01 --format csv
expect_ok
expect_out_lines 1
run audit --since yesterday
expect_error 2 "--since"

finish
