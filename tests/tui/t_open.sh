# Open the interface on the demo database, walk the weeks (] [ PgDn t g), switch school (s),
# and quit with q: exit status 0 and the terminal as it was.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek'
wait_for "1 Week planner"
wait_for "De Wilgenhoek (zuid)"
wait_for "week 2026-W48, 23-11 to 27-11"
wait_for "mon 23-11 *"             # today (ZIO_TODAY) is marked
wait_for "SO Egels"
expect_equal "the interface runs on the alternate screen" "$(pane_flag alternate_on)" 1

# the weeks
keys ']'
wait_for "week 2026-W49, 30-11 to 04-12"
wait_gone "mon 23-11 *"
wait_for "q quit"                  # after a key the status line names the keys
keys '['
wait_for "week 2026-W48, 23-11 to 27-11"
keys PageDown PageDown
wait_for "week 2026-W50, 07-12 to 11-12"
keys t
wait_for "week 2026-W48, 23-11 to 27-11"
wait_for "mon 23-11 *"

# g: a week, a date in the Christmas holiday (closed days say why), something else
keys g
wait_for "Go to week or date:"
type_text 2027-W02
keys Enter
wait_for "week 2027-W02, 11-01 to 15-01"
keys g
wait_for "Go to week or date:"
type_text 2026-12-24
keys Enter
wait_for "week 2026-W52, 21-12 to 25-12"
wait_for "kerstvakantie"
keys g
wait_for "Go to week or date:"
type_text morgen
keys Enter
wait_for "'morgen' is neither a week like 2026-W48 nor a date like 2026-11-24"
wait_for "week 2026-W52, 21-12 to 25-12"

# s: the school picker; --week opens on a week
keys s
wait_for "Het Noorderlicht"
type_text Noord
keys Enter
wait_for "Het Noorderlicht (noord)"
wait_for "Groep Zon"
keys q
expect_clean_exit 0

tui_start --school 'Het Noorderlicht' --week 2026-W49
wait_for "Het Noorderlicht (noord)"
wait_for "week 2026-W49, 30-11 to 04-12"
keys q
expect_clean_exit 0

# no --school with two schools: it opens on the first, s switches
tui_start
wait_for "De Wilgenhoek (zuid)"
wait_for "SO Egels"
keys s
wait_for "Het Noorderlicht"
keys Escape
wait_gone "Het Noorderlicht"
keys q
expect_clean_exit 0

# --view opens on another view
tui_start --school 'De Wilgenhoek' --view day
wait_for "2 Day rota"
wait_for "mon 2026-11-23  ·  open"
keys q
expect_clean_exit 0

finish
