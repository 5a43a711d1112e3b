# The Hours view: an absence learned after the day was logged as planned replaces those hours
# (one change, no r first); hours logged with a note are not overwritten.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
q="SELECT s.id FROM shift s JOIN professional p ON p.id = s.professional_id
   WHERE s.date = '2026-11-23' AND p.name = '%s' AND s.start_min = %d"
thijs=$(sqlite3 "$DB" "$(printf "$q" 'Thijs Dijkstra' 510)")
jesse=$(sqlite3 "$DB" "$(printf "$q" 'Jesse de Graaf' 720)")
cli log edit "$(sqlite3 "$DB" "SELECT id FROM log_entry WHERE shift_id = $jesse")" --note "tot de lunch"
expect_code 0

tui_start --school 'De Wilgenhoek' --view hours
wait_for "5 Hours"
wait_for "Thijs Dijkstra        08:30-12:00  delivered  08:30-12:00"

# Thijs turns out to have been ill: a, the reason, nobody stood in
keys a
wait_for "Absent: why?"
keys Enter
wait_for "Who stood in?"
type_text "nobody"
keys Enter
wait_for "Thijs Dijkstra        08:30-12:00  absent     absent (sick)"
expect_equal "the confirmed hours gave way to the absence" \
	"$(sqlite3 "$DB" "SELECT group_concat(kind || ':' || ifnull(reason, '')) FROM log_entry WHERE shift_id = $thijs")" \
	"absent:sick"

# Jesse's hours carry a note: not overwritten
keys Down
keys a
wait_for "Absent: why?"
keys Enter
wait_for "Who stood in?"
type_text "nobody"
keys Enter
wait_for "is logged already"
expect_equal "Jesse's hours stay" \
	"$(sqlite3 "$DB" "SELECT group_concat(kind || ':' || note) FROM log_entry WHERE shift_id = $jesse")" \
	"delivered:tot de lunch"
keys q
expect_clean_exit 0
finish
