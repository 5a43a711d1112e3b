# The interface in Dutch: with LANGUAGE=nl the week planner has Dutch day names (ma, di, wo,
# do, vr), labels and decimal commas, the help screen, a form, a yes/no question (j/n) and
# the reports are Dutch; with [ui] language = nl in the config file (and no LANGUAGE) too,
# and what a role may not do is refused in Dutch.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
# a change for the audit trail in the reports: a shift of next week starts later
sid=$(sqlite3 "$DB" "SELECT min(id) FROM shift WHERE date = '2026-11-30' AND start_min = 510")
cli shift edit "$sid" --time 09:00-12:00 --note laat
expect_code 0
TUI_ENV="LANGUAGE=nl" tui_start --school 'De Wilgenhoek'
wait_for "1 Weekrooster"
wait_for "week 2026-W48, 23-11 t/m 27-11"
for day in "ma 23-11" "di 24-11" "wo 25-11" "do 26-11" "vr 27-11"; do
	wait_for "$day"
done
wait_for "klas      u/budget"
row=$(line_with "Instroomgro")
check "the hours of a class have a decimal comma: $row" contains "$row" "20,5/20"
check "no English day names in the week planner" _shows_not "mon 23-11"
keys l
wait_for "Instroomgroep  ·  ZML jong  ·  di 2026-11-24  ·  20,5 u gepland deze week, budget 20 u"
wait_for "08:30-12:00  Fenna Smits  in Instroomgroep"
wait_for "? hulp  q afsluiten  a nieuw  e wijzigen  m verplaatsen  x annuleren  [ ] week"

# the help screen
keys '?'
wait_for "Weekrooster: toetsen"
for line in "a              een dienst toevoegen" "m              naar een andere dag verplaatsen" \
	"Enter          het dagrooster van de gekozen dag" "Overal:" \
	"s              andere school" "q of Esc sluit, pijlen scrollen"; do
	wait_for "$line"
done
check "no English in the help" _shows_not "add a shift"
keys Escape
wait_gone "Weekrooster: toetsen"

# a form: add a shift; Esc backs out
keys a
wait_for "Dienst toevoegen"
wait_for "Zorgprofessional Fenna Smits (vast team)"
wait_for "Instroomgroep (De Wilgenhoek)"
wait_for "Datum            2026-11-24"
wait_for "Tijd             08:30-15:00"
wait_for "Reden afwijking"
wait_for "Tab volgende  Spatie/letters kiezen  Enter opslaan  Esc annuleren"
# a bad date: the message under the field is cut to its width, the last line has all of it
keys Tab
wait_for "Tab volgende  Enter opslaan  Esc annuleren"
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
type_text "2026-13-45"
wait_for "ongeldige datum '2026-13-45': de maand moet 01-12 zijn"
keys Escape
wait_for "niets gewijzigd"
wait_gone "Dienst toevoegen"

# a yes/no question is answered j/n; n changes nothing
keys f
wait_for "(j/n) Deze week vullen uit de weekpatronen?"
keys n
wait_gone "(j/n)"

# the day rota: Dutch day and the words under it
keys Enter
wait_for "2 Dagrooster"
wait_for "di 2026-11-24  ·  open"
wait_for "links/rechts schooldag  w terug"
keys w
wait_for "1 Weekrooster"

# the reports: title, keys, column heads and numbers with a decimal comma
keys 8
wait_for "8 Rapporten"
wait_for "b budget  d levering  f gezichten  m geld  c wijzigingen"
wait_for "budget van het schooljaar tot nu toe, schooljaar 2026-2027"
wait_for "klas"
wait_for "gepland geleverd verschil"
wait_for "  alle klassen"
row=$(line_with "SO Merels")
check "the budget report has decimal commas: $row" contains "$row" "12,00"
keys d
wait_for "levering van de week 2026-W48"
# the audit trail: actions, record kinds, field names and values in Dutch
keys c
wait_for "wijzigingslog, nieuwste eerst"
wait_for "gewijzigd  dienst          begin 08:30 -> 09:00, notitie - -> laat"
check "no column names in the changes" _shows_not "start_min"
keys '?'
wait_for "Rapporten: toetsen"
wait_for "vorig / volgend rapport"
keys Escape
wait_gone "Rapporten: toetsen"
keys q
expect_clean_exit 0

# [ ui ] language = nl in the config file, no LANGUAGE: a school user is refused in Dutch
cli user add wim --role school --school 'De Wilgenhoek'
expect_code 0
printf '[ui]\nlanguage = nl\n' >"$W/nl.ini"
TUI_ENV="ZIO_USER=wim" tui_start --config "$W/nl.ini" --school 'De Wilgenhoek'
wait_for "1 Weekrooster"
wait_for "gebruiker wim (s"
wait_for "ma 23-11"
keys a
wait_for "niet toegestaan voor je rol (school): een dienst toevoegen"
keys 5
wait_for "5 Uren"
wait_for "A goedkeuren"
keys y
wait_for "niet toegestaan voor je rol (school): de gekozen dienst bevestigen: geleverd zoals gepland"
keys q
expect_clean_exit 0
finish
