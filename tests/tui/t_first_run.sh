# The first start: bare zio with no database offers, in the interface, a new roster (school,
# region, school day, provider, target group, classes, professionals) or the demo, and never
# just errors out; quitting leaves no school and says how to go on.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

# 1. quit at once: a one-line message, exit 2, the terminal restored
tui_start
wait_for "Welcome to zio: the rooster of care in school time."
wait_for "There is no roster yet."
wait_for "Make a new roster: your school, a provider, classes and professionals"
keys Escape
wait_for "EXIT=2"
wait_for "tty: restored"
wait_for "zio: no roster made: start zio again, or run zio init"
check "no database was made" test ! -e "$DB"

# 2. a new roster from the questions
tui_start
wait_for "First start"
keys Enter
wait_for "A new roster"
wait_for "School day      08:30-15:00"
type_text "De Regenboog"
keys Tab Tab Tab
type_text "Zorg Samen"
keys Tab Tab
type_text "ZML"
keys Tab Tab
# an empty list is refused as you type
wait_for "names, separated by commas"
type_text "Merels, Mussen,  Uilen"
keys Tab
type_text "Anna de Boer, Ben Smit, Cor Jansen"
keys Enter
wait_for "1 Week planner  │  De Regenboog (zuid)"
wait_for "your roster is ready: a adds a shift"
wait_for "Uilen          0/12"
keys a
wait_for "Add shift"
keys Escape
wait_for "nothing changed"
keys q
expect_clean_exit 0
check "the school, provider, target group and classes are in the database" \
	test "$(sqlite3 "$DB" "SELECT (SELECT group_concat(name) FROM school) || '|' || (SELECT group_concat(name) FROM provider) || '|' || (SELECT group_concat(name || ' ' || weekly_minutes) FROM target_group) || '|' || (SELECT group_concat(name, ',') FROM (SELECT name FROM class ORDER BY id))")" = "De Regenboog|Zorg Samen|ZML 720|Merels,Mussen,Uilen"
expect_equal "two fixed-team members per class" "$(sqlite3 "$DB" "SELECT group_concat(n) FROM (SELECT count(*) AS n FROM team_member GROUP BY class_id)")" "2,2,2"
# the next start opens the roster
tui_start
wait_for "1 Week planner  │  De Regenboog (zuid)"
keys q
expect_clean_exit 0

# 3. the demo, kept apart from the real database
rm -f "$DB"
tui_start
wait_for "First start"
keys Down Enter
wait_for "1 Week planner"
wait_for "SO Egels"
keys q
expect_clean_exit 0
check "the demo is in zio-demo.db next to the database" test -f "$W/zio-demo.db"
check "the real database path stays free" test ! -e "$DB"

# 4. a database without a school (zio init): the same questions, no error
cli init
expect_code 0
tui_start
wait_for "First start"
keys Enter
wait_for "A new roster"
type_text "Het Anker"
keys Tab Tab Tab
type_text "Horizon"
keys Tab Tab
type_text "EMB"
keys Tab Tab
type_text "Otters"
keys Tab
type_text "Dirk"
keys Enter
wait_for "1 Week planner  │  Het Anker (zuid)"
keys q
expect_clean_exit 0
# 5. in Dutch (LANG=nl_NL.UTF-8, a locale this machine need not have): the same way, every
# word Dutch; Esc in the form leaves no school and the next start asks again
rm -f "$DB" "$W/zio-demo.db"
TUI_ENV="-u LC_ALL LANG=nl_NL.UTF-8" tui_start
wait_for "Welkom bij zio: het rooster van zorg in onderwijstijd."
wait_for "Nieuw rooster maken: je school, zorgaanbieder, klassen en medewerkers"
keys Enter
wait_for "Vakantieregio"
wait_for "de naam mag niet leeg zijn"           # the school's name is asked for at once
check "no English in the form" _shows_not "School day"
keys Escape
wait_for "EXIT=2"
wait_for "zio: geen school toegevoegd: start zio opnieuw"
TUI_ENV="-u LC_ALL LANG=nl_NL.UTF-8" tui_start
wait_for "Eerste start"
keys Enter
wait_for "Vakantieregio"
type_text "De Regenboog"
keys Tab Tab Tab
type_text "Zorg Samen"
keys Tab Tab
type_text "ZML"
keys Tab Tab
type_text "Merels, Mussen"
keys Tab
type_text "Anna de Boer, Ben Smit"
keys Enter
wait_for "1 Weekrooster  │  De Regenboog (zuid)"
wait_for "je rooster is klaar: a voegt een dienst toe"
wait_for "ma 23-11"
keys q
expect_clean_exit 0

finish
