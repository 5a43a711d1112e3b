# The command line in Dutch: with LANGUAGE=nl (or [ui] language = nl in the config file, and
# no LANGUAGE) zio today, zio week, a list, a usage error, an error from a bad date and the
# help are Dutch, with Dutch day names and decimal commas in text; the CSV output stays
# English and byte for byte the same in both languages.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# English words that Dutch output must not have
no_english()
{
	for _w in "$@"; do
		expect_out_not_contains "$_w"
	done
}

export ZIO_DB=$PWD/z.db
run init --demo
expect_ok

# zio today on a Monday (ZIO_TODAY is 2026-11-23): the day name, the school day, the rota
run_nl today --school "De Wilgenhoek"
expect_ok
expect_out_line "De Wilgenhoek, ma 2026-11-23: open 08:30-15:00"
expect_out_contains "niemand gepland"
no_english "mon " "planned" "class" "nobody" "closed"
run today --school "De Wilgenhoek"
expect_ok
expect_out_line "De Wilgenhoek, mon 2026-11-23: open 08:30-15:00"
expect_out_contains "nobody planned"
run_nl today --school "De Wilgenhoek" --date 2026-12-25
expect_ok
expect_out_line "De Wilgenhoek, vr 2026-12-25: dicht: kerstvakantie (zuid)"

# zio week: Dutch column heads and day names, hours with a decimal comma
run_nl week --school "De Wilgenhoek"
expect_ok
check "week: Dutch column heads" grep -q '^klas  *uren  *ma 23-11  *di 24-11  *wo 25-11  *do 26-11  *vr 27-11' "$OUT"
check "week: a decimal comma in the hours" grep -q '^Instroomgroep  *20,50/20,00 ' "$OUT"
no_english "class" "hours" "mon " "fri "

# a list: Dutch heads and words in text, the decimal comma; CSV as ever
run_nl class list --school "De Wilgenhoek"
expect_ok
check "class list: Dutch heads" grep -q '^id  *naam  *school  *doelgroep  *leerlingen  *uren  *uren_van$' "$OUT"
check "class list: Dutch values" grep -q '^1  *SO Egels  *De Wilgenhoek  *EMB  *7  *32,00  *doelgroep$' "$OUT"
run_nl class list --school "De Wilgenhoek" --format csv
expect_ok
expect_csv_header "id,name,school,group,pupils,hours,hours_from"
expect_csv_row "1,SO Egels,De Wilgenhoek,EMB,7,32.00,group"
run_nl shift list --week 2026-W47
expect_ok
expect_out_contains "gepland"
no_english "planned" "professional"

# errors: a usage error of the command line, and a bad date, on one line with exit status 2
run_nl shift add "Zoë de Vries"
expect_error 2 "zio shift add: argument ontbreekt (zie zio shift add --help)"
run_nl shift add "Zoë de Vries" "SO Egels" 2026-13-01 08:30-12:00
expect_error 2 "2026-13-01"
case $err in
*invalid* | *month*) _fail "the error about a bad date should be Dutch" ;;
*) _pass ;;
esac
run_nl frob
expect_error 2 "onbekende opdracht 'frob'"

# help: the text Dutch, the option names as they are
run_nl shift add --help
expect_ok
expect_out_contains "gebruik: zio shift add MEDEWERKER KLAS DATUM UU:MM-UU:MM [--school S] [--note TEKST]"
expect_out_contains "  --school S        kiest de klas"
expect_out_contains "voorbeeld:"
no_english "usage:" "example:" "picks the class"
run_nl --help
expect_ok
expect_out_contains "opdrachten:"
expect_out_contains "afsluitcodes:"
no_english "usage:" "commands:" "exit codes"
run shift add --help
expect_ok
expect_out_contains "usage: zio shift add STAFF CLASS DATE HH:MM-HH:MM"

# [ui] language = nl in the config file, without LANGUAGE: the same
printf '[ui]\nlanguage = nl\n' >nl.ini
run today --school "De Wilgenhoek" --config nl.ini
expect_ok
expect_out_line "De Wilgenhoek, ma 2026-11-23: open 08:30-15:00"
no_english "mon " "planned" "nobody"
run --config nl.ini shift add "Zoë de Vries" "SO Egels" 2026-13-01 08:30-12:00
expect_error 2 "2026-13-01"
case $err in
*invalid* | *month*) _fail "the error about a bad date should be Dutch (config)" ;;
*) _pass ;;
esac
run --config nl.ini shift add --help
expect_ok
expect_out_contains "gebruik: zio shift add MEDEWERKER"
run --config nl.ini --help
expect_ok
expect_out_contains "opdrachten:"
# ... and [ui] language = en beats LANGUAGE=nl
printf '[ui]\nlanguage = en\n' >en.ini
run_nl today --school "De Wilgenhoek" --config en.ini
expect_ok
expect_out_line "De Wilgenhoek, mon 2026-11-23: open 08:30-15:00"

# CSV is the same byte for byte in both languages: the canonical export and --format csv
# (not zio check's: its message column is a sentence for people, in their language)
for cmd in "export timesheet --week 2026-W47 --format csv" "shift list --week 2026-W47 --format csv" \
	"log list --week 2026-W47 --format csv" "report budget --school-year 2026-2027 --format csv" \
	"report funding --month 2026-11 --format csv" "class list --format csv" "timesheet list --format csv"; do
	# shellcheck disable=SC2086
	run $cmd
	cp "$OUT" en.out
	# shellcheck disable=SC2086
	run_nl $cmd
	cp "$OUT" nl.out
	check "$cmd: the output is not empty" test -s en.out
	check "$cmd: the same in Dutch and English" cmp -s en.out nl.out
done
run_nl export timesheet --week 2026-W47 --format csv
expect_csv_header "week,date,school,class,target_group,provider,professional"
expect_out_contains ",3.50,"
no_english ",3,50,"

# the audit trail: actions, record kinds, labels and values in Dutch; its CSV stays raw
sid=$(sql z.db "SELECT min(id) FROM shift WHERE date = '2026-11-30' AND start_min = 510")
run shift edit "$sid" --time 09:00-12:00 --note laat
expect_ok
run_nl audit --entity shift --since 2026-01-01
expect_ok
check "audit: Dutch heads" grep -q '^id  *tijdstip  *login  *actie  *tabel  *rij  *wijziging$' "$OUT"
check "audit: the change in Dutch" grep -q "gewijzigd  *dienst  *$sid  *begin 08:30 -> 09:00, notitie - -> laat\$" "$OUT"
no_english "update" "shift " "start_min" "note"
run_nl audit --entity shift --format csv
expect_ok
check "audit csv: the JSON values" grep -q ",update,shift,$sid,.*start_min\"\":510" "$OUT"

# errors from the system and from SQLite in Dutch: a missing file, a folder that is not
# there, a damaged database
run_nl import classes "$PWD/nope.csv"
expect_error 3 "kan $PWD/nope.csv niet lezen: bestand of map bestaat niet"
run_nl export timesheet --week 2026-W47 --format pdf -o "$PWD/nope/u.pdf"
expect_error 3 "bestand of map bestaat niet"
sqlite3 z.db "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
head -c $(($(wc -c <z.db) / 2)) z.db >half.db
for cmd in "staff list" "week --school 1" "plan fill --school 1 --week 2026-W49"; do
	# shellcheck disable=SC2086 # the command's words
	run_nl --db half.db $cmd
	expect_error 3 "half.db: het databasebestand is beschadigd (zio restore zet een back-up terug)"
done

# counts: one shift is "1 dienst", never "1 diensten"; the warning of zio plan fill names
# what the rule finds in words, its code only in brackets
run --db p.db init
run --db p.db school add Zuid --region zuid
run --db p.db group add EMB --hours 10 --wlz-share 50
run --db p.db class add Egels --school Zuid --group EMB
run --db p.db provider add Samen
run --db p.db staff add 'Jan Bos' --provider Samen --contract-hours 24
run --db p.db pattern add 'Jan Bos' Egels do 12:00-15:00
expect_code 0
run_nl --db p.db plan fill --school Zuid --week 2026-W49
expect_code 0
expect_out_line "Zuid gevuld 2026-11-30..2026-12-06: 1 dienst toegevoegd, 0 al aanwezig, 0 overgeslagen op dichte dagen, 0 ingekort tot een deels dichte dag, 0 geweigerd"
expect_err_contains "waarschuwing: 1 dienst door iemand buiten het vaste team van de klas [not-fixed-team] (zio check toont die)"
case $err in
*"met not-fixed-team"* | *"1 diensten"*) _fail "the warning should name the rule in Dutch words, with 1 dienst" ;;
*) _pass ;;
esac
run_nl --db p.db check --week 2026-W49
expect_ok
expect_out_line "0 fouten, 2 waarschuwingen"
run_nl --db p.db plan clear --school Zuid --week 2026-W49
expect_ok
expect_out_line "Zuid week 2026-W49 leeggemaakt: 1 dienst verwijderd"
run --db p.db plan fill --school Zuid --week 2026-W50
expect_code 0
expect_out_line "filled Zuid 2026-12-07..2026-12-13: 1 shift added, 0 already there, 0 skipped on closed days, 0 trimmed to a partly closed day, 0 refused"
expect_err_contains "warning: 1 shift by someone outside the class's fixed team [not-fixed-team] (zio check lists it)"

finish
