# Another zio changing the database while the interface is open: within a few seconds (it
# looks every second) the interface reloads, says so, and shows the change. Its own changes
# are not someone else's. Undo does not overwrite what someone else changed since.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
# a professional with no shifts yet, so that a shift for her overlaps nothing
cli staff add 'Yara Özdemir' --provider 'Zorggroep Horizon' --from 2026-08-01
expect_code 0

tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
wait_for "Instroomgroep  ·  ZML jong  ·  mon 2026-11-23"
wait_for "08:30-12:00  Thijs Dijkstra  in Instroomgroep"

# our own change (cancel the selected shift): no "reloaded" afterwards
keys x
wait_for "Cancel this shift; reason:"
type_text ziek
keys Enter
wait_for "cancelled: Thijs Dijkstra, Instroomgroep (u undoes)"
wait_for "xTD 08:30-12:00"
expect_absent_for "reloaded" 2

# someone else adds a shift (SO Merels has none on Friday)
cli shift add 'Yara Özdemir' 'SO Merels' 2026-11-27 13:00-14:30
expect_code 0
wait_for "reloaded: the database was changed by someone else" 5
wait_for "YÖ 13:00-14:30"
row=$(line_with "SO Merels")
head=$(line_with "h/budget")
expect_equal "the new shift is drawn under Friday" "$(column_of "$row" "YÖ 13:00-14:30")" \
	"$(column_of "$head" "fri 27-11")"

# a change in another week counts too
cli shift list --week 2026-W50 --class 'SO Egels' --format csv
id=$(printf '%s\n' "$out" | sed -n 2p | cut -d, -f1)
keys t                                 # clears the message
wait_gone "reloaded:"
cli shift cancel "$id" --reason 'schoolreis'
expect_code 0
wait_for "reloaded: the database was changed by someone else" 5

# u undoes our cancel: that shift was not touched by the other zio
keys u
wait_for "undone: cancelled Thijs Dijkstra, Instroomgroep"
wait_gone "xTD 08:30-12:00"
cli shift list --week 2026-W48 --class Instroomgroep --format csv
expect_out_contains ",2026-11-23,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,08:30,12:00,planned"

# cancel it again, then the other zio moves it: undo must not overwrite that
keys x
wait_for "Cancel this shift; reason:"
type_text ziek
keys Enter
wait_for "cancelled: Thijs Dijkstra, Instroomgroep (u undoes)"
cli shift list --week 2026-W48 --class Instroomgroep --format csv
id=$(printf '%s\n' "$out" | grep ',2026-11-23,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,' | cut -d, -f1)
cli shift edit "$id" --time 09:00-12:00
expect_code 0
wait_for "reloaded: the database was changed by someone else" 5
keys u
wait_for "the shift was changed by someone else since; not undone"
cli shift list --week 2026-W48 --class Instroomgroep --format csv
expect_out_contains ",2026-11-23,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,09:00,12:00,cancelled"

keys q
expect_clean_exit 0
finish
