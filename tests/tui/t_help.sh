# The help screen (? or F1) lists the keys of the view it is opened in, then the keys of every
# view; it scrolls, and any other key closes it.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"

# the week planner
keys '?'
wait_for "Week planner: keys"
for what in "add a shift" "edit the selected shift" "move it to another day" \
	"cancel it (kept, shown as cancelled)" "delete it" "copy this week to another week" \
	"fill this week from the weekly patterns" "rows: classes or professionals" \
	"the day rota of the selected day" "find a class or professional" \
	"Everywhere:" "switch view" "go to a week (2026-W48) or a date (2026-11-24)" \
	"switch school" "undo the last change of this session"; do
	wait_for "$what"
done
# each with its key in front
for line in "a              add a shift" "m              move it to another day" \
	"x              cancel it" "Enter          the day rota of the selected day" \
	"u              undo the last change"; do
	wait_for "$line"
done
keys Escape
wait_gone "Everywhere:"
wait_for "SO Egels"

# F1 too, in the day rota: its own keys
keys 2
wait_for "2 Day rota"
keys F1
wait_for "Day rota: keys"
wait_for "previous / next day"
wait_for "back to the week planner"
wait_for "Everywhere:"
check "the day rota's help does not list the week planner's keys" _shows_not "add a shift"
keys q                              # q closes the help, it does not quit
wait_gone "Day rota: keys"
wait_for "2 Day rota"

# every view has a help screen with its own title
n=0
for title in "Week planner" "Day rota" "Staff" "Classes" "Hours" "Timesheets" "Calendar" "Reports"; do
	n=$((n + 1))
	keys "$n"
	wait_for "$n $title"
	keys '?'
	wait_for "$title: keys"
	wait_for "Everywhere:"
	keys Escape
	wait_gone "$title: keys"
done

# At 30 lines the last help lines are below the box: the arrows scroll, as the box says ("q or
# Esc close, arrows scroll"); more Downs than needed stay at the end, they do not close it.
keys 1
wait_for "1 Week planner"
keys '?'
wait_for "Week planner: keys"
check "the last help line is below the box before scrolling" _shows_not "q              quit"
keys Down Down Down Down Down Down Down Down Down Down
wait_for "q              quit" 5
wait_for "arrows scroll" 5
keys Up Up Up Up Up Up Up Up Up Up
wait_for "Week planner: keys"
keys Escape
wait_gone "arrows scroll"

keys q
expect_clean_exit 0
finish
