# Delete a shift (d) and undo it, move a shift to another day (m), cancel it (x), and undo the
# cancel and then the move: each change shows in the grid and in zio shift list on the same
# database.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

csv()
{
	cli shift list --week 2026-W49 --class Instroomgroep --format csv
	expect_code 0
}

demo_db
tui_start --school 'De Wilgenhoek' --week 2026-W49
wait_for "week 2026-W49, 30-11 to 04-12"
wait_for "08:30-12:00  Thijs Dijkstra  in Instroomgroep"   # the selected shift, in the detail pane

# A move that would overlap his shift at the other school is refused; nothing changes
keys m
wait_for "Move to date: 2026-11-30"
keys C-u
type_text 2026-12-02
wait_for "Move to date: 2026-12-02"
keys Enter
wait_for "overlaps 08:15-12:00 in Groep Regenboog"
csv
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,08:30,12:00,planned"

# d on a shift from a weekly pattern asks what to delete; Esc keeps the shift, "only this
# shift" deletes it, u brings it back
keys d
wait_for "This shift comes from a weekly pattern"
wait_for "only this shift"
wait_for "its weekly pattern, and the"
keys Escape
wait_gone "only this shift"
csv
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,08:30,12:00,planned"
keys d
wait_for "only this shift"
keys Enter
wait_for "deleted: Thijs Dijkstra, Instroomgroep (u undoes)"
wait_for "Instroomgroep 17/20 JG 12:00-15:00"   # Monday: only Jesse left
csv
expect_out_not_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Thijs Dijkstra"
keys u
wait_for "undone: deleted Thijs Dijkstra, Instroomgroep"
wait_for "Instroomgro 20.5/20 TD 08:30-12:00"
csv
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,08:30,12:00,planned"

# j walks to the second shift of the cell; move it to Tuesday
keys j
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep"
keys m
wait_for "Move to date: 2026-11-30"
keys C-u
type_text 2026-12-01
keys Enter
wait_for "moved: Jesse de Graaf, Instroomgroep (u undoes)"
wait_for "tue 2026-12-01"
head=$(line_with "h/budget")
row=$(line_with "JG 12:00-15:00")
expect_equal "the moved shift is drawn under Tuesday" "$(column_of "$row" "JG 12:00-15:00")" \
	"$(column_of "$head" "tue 01-12")"
csv
expect_out_contains ",2026-12-01,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,planned"
expect_out_not_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Jesse de Graaf"

# x cancels the selected (moved) shift; it stays, marked
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep"
keys x
wait_for "Cancel this shift; reason:"
keys Enter
wait_for "not cancelled"                       # a reason is required
keys x
wait_for "Cancel this shift; reason:"
type_text "ziek"
keys Enter
wait_for "cancelled: Jesse de Graaf, Instroomgroep (u undoes)"
wait_for "xJG 12:00-15:00"
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep  CANCELLED: ziek"
csv
expect_out_contains ",2026-12-01,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,cancelled"
keys x
wait_for "this shift is already cancelled"

# u undoes the cancel, then the move (both our own changes, one after the other)
keys u
wait_for "undone: cancelled Jesse de Graaf, Instroomgroep"
wait_gone "xJG"
csv
expect_out_contains ",2026-12-01,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,planned"
keys u
wait_for "undone: moved Jesse de Graaf, Instroomgroep" 5
csv
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,planned"
expect_out_not_contains ",2026-12-01,De Wilgenhoek,Instroomgroep,Jesse de Graaf"

# move, then delete, then undo both: the undone delete brings the shift back, and the move
# before it can still be undone
keys g
wait_for "Go to week or date:"
type_text 2026-11-30
keys Enter
wait_for "mon 2026-11-30"
keys k k j                                     # the top of the cell, then its second shift
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep"
keys m
wait_for "Move to date: 2026-11-30"
keys C-u
type_text 2026-12-03
keys Enter
wait_for "moved: Jesse de Graaf, Instroomgroep (u undoes)"
wait_for "12:00-15:00  Jesse de Graaf  in Instroomgroep"
wait_for "thu 2026-12-03"
keys d
wait_for "only this shift"
keys Enter
wait_for "deleted: Jesse de Graaf, Instroomgroep (u undoes)"
csv
expect_out_not_contains "Jesse de Graaf,12:00,15:00"
keys u
wait_for "undone: deleted Jesse de Graaf, Instroomgroep"
csv
expect_out_contains ",2026-12-03,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,planned"
keys u
wait_for "undone: moved Jesse de Graaf, Instroomgroep" 5
csv
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Jesse de Graaf,12:00,15:00,planned"
expect_out_not_contains ",2026-12-03,De Wilgenhoek,Instroomgroep,Jesse de Graaf"

keys q
expect_clean_exit 0
finish
