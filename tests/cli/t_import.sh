# zio import classes|staff: all rows or none, FILE:LINE in every error.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

DB=$PWD/demo.db
export ZIO_DB="$DB"
run init --demo
expect_ok
classes0=$(sql "$DB" "SELECT count(*) FROM class")
staff0=$(sql "$DB" "SELECT count(*) FROM professional")

# --- classes: two new (one with a comma and quotes), one changed; --dry-run first.
cat >classes.csv <<'EOF'
school,name,group,pupils,hours
De Wilgenhoek,Nieuw 1,EMB,5,
"De Wilgenhoek","Nieuw ""2"", Zoë",ZML jong,6,10
Het Noorderlicht,Groep Zon,EMB,7,
EOF
snapshot "$DB" >before
run import classes classes.csv --dry-run
expect_ok
expect_out_line "line 2: add class 'Nieuw 1' at 'De Wilgenhoek'"
expect_out_line "line 3: add class 'Nieuw \"2\", Zoë' at 'De Wilgenhoek'"
expect_out_line "line 4: change class 'Groep Zon' at 'Het Noorderlicht'"
expect_out_contains "2 added, 1 changed, 0 unchanged"
expect_out_contains "nothing written"
expect_unchanged "$DB" before
run import classes classes.csv
expect_ok
expect_out_line "2 added, 1 changed, 0 unchanged"
expect_sql "$DB" "SELECT count(*) FROM class" $((classes0 + 2))
expect_sql "$DB" "SELECT pupils, weekly_minutes FROM class WHERE name = 'Nieuw \"2\", Zoë'" "6|600"
expect_sql "$DB" "SELECT pupils FROM class WHERE name = 'Groep Zon'" 7
run class list --format csv --school 'De Wilgenhoek'
expect_out_contains '"Nieuw ""2"", Zoë",De Wilgenhoek,ZML jong,6,10.00,class'
# The same file again: all unchanged, nothing written.
snapshot "$DB" >before
run import classes classes.csv
expect_ok
expect_out_line "0 added, 0 changed, 3 unchanged"
expect_unchanged "$DB" before
run import classes classes.csv --dry-run
expect_ok
expect_out_line "line 2: unchanged class 'Nieuw 1' at 'De Wilgenhoek'"
expect_unchanged "$DB" before

# Semicolons (Dutch Excel), a byte order mark, CRLF line ends, columns in another order,
# "none" for the hours.
printf '\357\273\277Name;School;Group;Hours\r\nSemi 1;De Wilgenhoek;EMB;none\r\n"Nieuw ""2"", Zoë";De Wilgenhoek;EMB;none\r\n' >semi.csv
run import classes semi.csv
expect_ok
expect_out_line "1 added, 1 changed, 0 unchanged"
expect_sql "$DB" "SELECT g.name, c.weekly_minutes IS NULL FROM class c JOIN target_group g ON g.id = c.group_id WHERE c.name = 'Semi 1'" "EMB|1"
expect_sql "$DB" "SELECT weekly_minutes IS NULL, pupils FROM class WHERE name = 'Nieuw \"2\", Zoë'" "1|6"

# --- staff
cat >staff.csv <<'EOF'
name,provider,discipline,contract_hours,from,to
Anna Ölz,Zorggroep Horizon,begeleider,24,2026-08-24,
"Öz, ""Ö""",Stichting Samen Verder,,16.5,,2027-07-31
Zoë de Vries,Zorggroep Horizon,verpleegkundige,,,
Ümit Yılmaz,Zorggroep Horizon,,,,
EOF
snapshot "$DB" >before
run import staff staff.csv --dry-run
expect_ok
expect_out_line "line 2: add professional 'Anna Ölz' of 'Zorggroep Horizon'"
expect_out_line "line 4: change professional 'Zoë de Vries' of 'Zorggroep Horizon'"
expect_out_line "line 5: unchanged professional 'Ümit Yılmaz' of 'Zorggroep Horizon'"
expect_out_contains "2 added, 1 changed, 1 unchanged"
expect_unchanged "$DB" before
run import staff staff.csv
expect_ok
expect_out_line "2 added, 1 changed, 1 unchanged"
expect_sql "$DB" "SELECT count(*) FROM professional" $((staff0 + 2))
expect_sql "$DB" "SELECT discipline, contract_minutes, active_from, active_to IS NULL FROM professional WHERE name = 'Anna Ölz'" "begeleider|1440|2026-08-24|1"
expect_sql "$DB" "SELECT contract_minutes, active_to FROM professional WHERE name = 'Öz, \"Ö\"'" "990|2027-07-31"
expect_sql "$DB" "SELECT discipline FROM professional WHERE name = 'Zoë de Vries'" "verpleegkundige"
snapshot "$DB" >before
run import staff staff.csv
expect_ok
expect_out_line "0 added, 0 changed, 4 unchanged"
expect_unchanged "$DB" before

# --- errors: exit 2 (3 for a file that cannot be read), one line naming FILE:LINE, and the
# database exactly as before: no row of the file is imported.
snapshot "$DB" >before
# bad FILE LINE EXPECT: import classes FILE fails with "FILE:LINE: ..." containing EXPECT.
bad()
{
	run import "$1" "$2"
	expect_error 2 "$2:$3: "
	case $err in
	"zio: $2:$3: "*) _pass ;;
	*) _fail "the message should start with zio: $2:$3:" ;;
	esac
	expect_err_contains "$4"
	expect_unchanged "$DB" before
	run import "$1" "$2" --dry-run
	expect_error 2 "$2:$3: "
	expect_unchanged "$DB" before
}

# An error on line 4 after three good rows: nothing of lines 2 and 3 is kept.
cat >line4.csv <<'EOF'
school,name,group,pupils
De Wilgenhoek,Fout 1,EMB,3
Het Noorderlicht,Groep Zon,EMB,9
De Wilgenhoek,Fout 3,Onbekende groep,4
De Wilgenhoek,Fout 4,EMB,5
EOF
bad classes line4.csv 4 "Onbekende groep"
printf 'school,name,group\nDe Wilgenhoek,A,EMB\nDe Wilgenhoek,B,EMB\nDe Wilgenhoek,C,EMB,9\n' >fields.csv
bad classes fields.csv 4 "fields"
printf 'school,name,group,pupils\nDe Wilgenhoek,A,EMB,2\nDe Wilgenhoek,B,EMB,2\nDe Wilgenhoek,C,EMB,-2\n' >pupils.csv
bad classes pupils.csv 4 "-2"
printf 'school,name\nDe Wilgenhoek,A\n' >missing.csv
bad classes missing.csv 1 "missing column 'group'"
printf 'school,name,group,colour\nDe Wilgenhoek,A,EMB,red\n' >unknown.csv
bad classes unknown.csv 1 "colour"
printf 'school,name,group,name\nDe Wilgenhoek,A,EMB,B\n' >twice.csv
bad classes twice.csv 1 "twice"
printf 'school,name,group\nDe Wilgenhoek,A,EMB\nDe Wilgenhoek,"B,EMB\n' >quote.csv
bad classes quote.csv 3 "quoted"
: >empty.csv
bad classes empty.csv 1 "empty"
printf 'school,name,group\nDe Wilgenhoek,A,EMB\nDe Wilgenhoek,Caf\351,EMB\n' >latin1.csv
bad classes latin1.csv 3 "UTF-8"
printf 'school,name,group\nDe Wilgenhoek,A,EMB\nDe Wilgenhoek,A\000B,EMB\n' >nul.csv
bad classes nul.csv 3 "NUL"
printf 'school,name,group\nAtlantis,A,EMB\n' >school.csv
bad classes school.csv 2 "Atlantis"
printf 'school,name,group\nDe Wilgenhoek," A",EMB\n' >space.csv
bad classes space.csv 2 "space"
printf 'name,provider,from\nX,Zorggroep Horizon,2026-08-24\nY,Zorggroep Horizon,2026-02-30\n' >date.csv
bad staff date.csv 3 "2026-02-30"
printf 'name,provider,contract_hours\nX,Zorggroep Horizon,8\nY,Zorggroep Horizon,8\nZ,Zorggroep Horizon,80\n' >hours.csv
bad staff hours.csv 4 "80"
printf 'name,provider,from,to\nX,Zorggroep Horizon,2026-09-01,2026-08-01\n' >order.csv
bad staff order.csv 2 "before"
printf 'name,school\nX,De Wilgenhoek\n' >wrongkind.csv
bad staff wrongkind.csv 1 "school"
# Two rows adding the same professional: the second is refused (exit 1), nothing kept.
printf 'name,provider\nDubbel,Zorggroep Horizon\nDubbel,Zorggroep Horizon\n' >dup.csv
run import staff dup.csv
if [ "$code" = 0 ]; then
	# Accepting it as "add, then unchanged" is fine too, but then exactly one row exists.
	expect_sql "$DB" "SELECT count(*) FROM professional WHERE name = 'Dubbel'" 1
	sql "$DB" "DELETE FROM professional WHERE name = 'Dubbel'"
	snapshot "$DB" >before   # the audit trail keeps the import and the removal
else
	expect_error 1 "dup.csv:3: "
	expect_unchanged "$DB" before
fi
# A file that is not there: exit 3.
run import classes nothere.csv
expect_error 3 "nothere.csv"
expect_unchanged "$DB" before
# Usage.
run import classes
expect_error 2
run import pupils x.csv
expect_error 2 "pupils"
run import classes classes.csv --force
expect_error 2 "--force"
expect_unchanged "$DB" before

finish
