# Two people edit the same shift at the same time, each in their own zio on the same
# database: both open the edit form of Thijs Dijkstra's Monday shift in Instroomgroep; the
# first saves 09:00-12:00; the second, whose form still holds the shift as it was, saves
# 10:00-12:00 and is refused with a clear message (the shift's version moved on). The
# database holds the first's change, and the second's interface shows it after the refusal;
# a second try from a fresh form then works.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
shift_line()
{
	cli shift list --week 2026-W48 --class Instroomgroep --format csv
	expect_code 0
	printf '%s\n' "$out" | grep ',2026-11-23,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,'
}
id=$(shift_line | cut -d, -f1)
check "the shift is there: $(shift_line)" contains "$(shift_line)" ",08:30,12:00,planned"

# two interfaces on the same database
TUI_KEEP=1
tui_start --school 'De Wilgenhoek'
wait_for "08:30-12:00  Thijs Dijkstra  in Instroomgroep"
tui_start --school 'De Wilgenhoek'
wait_for "08:30-12:00  Thijs Dijkstra  in Instroomgroep"

# both open the edit form of the selected shift
tui_switch 1
keys e
wait_for "Edit shift"
wait_for "Time            08:30-12:00"
tui_switch 2
keys e
wait_for "Edit shift"
wait_for "Time            08:30-12:00"

# the first changes the time and saves
tui_switch 1
keys Tab Tab C-u
type_text 09:00-12:00
wait_for "Time            09:00-12:00"
keys Enter
wait_for "changed shift: Thijs Dijkstra"
wait_for "TD 09:00-12:00"
check "the first's change is saved" contains "$(shift_line)" ",09:00,12:00,planned"

# the second, its form still open on the old shift, saves its own change: refused
tui_switch 2
keys Tab Tab C-u
type_text 10:00-12:00
wait_for "Time            10:00-12:00"
keys Enter
wait_for "shift $id was changed by someone else; reloaded, try again"
check "the database keeps the first's change" contains "$(shift_line)" ",09:00,12:00,planned"
wait_gone "Edit shift"
wait_for "TD 09:00-12:00"      # the second now shows what the first saved

# trying again from a fresh form works, and the first sees it
keys e
wait_for "Time            09:00-12:00"
keys Tab Tab C-u
type_text 10:00-12:00
wait_for "Time            10:00-12:00"
keys Enter
wait_for "changed shift: Thijs Dijkstra"
check "the second's retry is saved" contains "$(shift_line)" ",10:00,12:00,planned"
tui_switch 1
wait_for "reloaded: the database was changed by someone else" 5
wait_for "TD 10:00-12:00"

keys q
expect_clean_exit 0
tui_switch 2
keys q
expect_clean_exit 0
finish
