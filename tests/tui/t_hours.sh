# The Hours view: an absence learned after the day was logged as planned replaces those hours
# (one change, no r first); hours logged with a note are not overwritten. Moving a shift whose
# hours are logged says that the log stays as it was.
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

# Thijs turns out to have been ill: a, the reason, and Bram (free) stood in; the message
# names him without the list's notes ("  (same provider; free)")
keys a
wait_for "Absent: why?"
keys Enter
wait_for "Who stood in?"
type_text "Bram"
keys Enter
wait_for "Thijs Dijkstra        08:30-12:00  absent     absent (sick)"
wait_for "Thijs Dijkstra absent (sick), stood in: Bram van Leeuwen"
check "no list notes in the message" _shows_not "stood in: Bram van Leeuwen  ("
expect_equal "the confirmed hours gave way to the absence and the stand-in's" \
	"$(sqlite3 "$DB" "SELECT group_concat(kind || ':' || ifnull(reason, ''), ' ') FROM (SELECT * FROM log_entry WHERE shift_id = $thijs ORDER BY id)")" \
	"absent:sick delivered:"

# Jesse's hours carry a note: not overwritten, and said before any question
keys Down
keys a
wait_for "this shift is logged already: e changes its hours, r removes them"
expect_equal "Jesse's hours stay" \
	"$(sqlite3 "$DB" "SELECT group_concat(kind || ':' || note) FROM log_entry WHERE shift_id = $jesse")" \
	"delivered:tot de lunch"
# the week planner: moving Jesse's logged shift to Tuesday says that its log stays
keys 1
wait_for "1 Week planner"
keys Down
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep"
keys m
wait_for "Move to date: 2026-11-23"
keys BSpace BSpace
type_text "24"
keys Enter
wait_for "moved: Jesse de Graaf, Instroomgroep (u undoes)  ·  its logged hours stay as they were [logged]"
# in a narrower window the message takes two lines rather than lose its end
resize 80 24
wait_for "they were [logged]"
check "the long message keeps its start too" contains "$(screen)" "moved: Jesse de Graaf"
resize 100 30
expect_equal "the log stays on Monday" \
	"$(sqlite3 "$DB" "SELECT date || ' ' || start_min FROM log_entry WHERE shift_id = $jesse")" "2026-11-23 720"
keys q
expect_clean_exit 0
finish
