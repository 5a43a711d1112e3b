# Resize: below 80x24 zio asks for a larger window (and takes no keys but q); back at a good
# size the grid returns. Also: starting in a small window, and a dialog open during a resize.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek'
wait_for "week 2026-W48, 23-11 to 27-11"
wait_for "SO Egels"

resize 60 20
wait_for "make the window larger: zio needs 80x24, this is 60x20"
wait_for "(q quits)"
wait_gone "Week planner"
wait_gone "SO Egels"
keys ']'                          # not acted on while the window is too small
resize 100 30
wait_for "1 Week planner"
wait_for "SO Egels    32.5/32 ÜY 08:30-12:00"
wait_for "week 2026-W48, 23-11 to 27-11"
wait_gone "make the window larger"

# the limits: 79 columns or 23 lines are too small, 80x24 is enough
resize 79 24
wait_for "make the window larger: zio needs 80x24, this is 79x24"
resize 80 23
wait_for "make the window larger: zio needs 80x24, this is 80x23"
resize 80 24
wait_for "1 Week planner"
wait_for "mon 23-11 *"
wait_for "fri 27-11"
wait_gone "make the window larger"
resize 100 30
wait_for "SO Egels    32.5/32 ÜY 08:30-12:00"

# q quits from the small window too
resize 60 20
wait_for "make the window larger: zio needs 80x24, this is 60x20"
keys q
expect_clean_exit 0

# started in a small window: the message first, the interface once it is large enough
TUI_COLS=60 TUI_ROWS=20 tui_start --school 'De Wilgenhoek'
wait_for "make the window larger: zio needs 80x24, this is 60x20"
resize 100 30
wait_for "1 Week planner"
wait_for "SO Egels"

# A dialog open while the window shrinks: the message takes the screen (the dialog is not
# drawn into a window too small for it), and the dialog returns with its input afterwards.
keys a
wait_for "Add shift"
keys Tab Tab Tab
type_text "bus"
wait_for "Note            bus"
resize 60 20
wait_for "make the window larger: zio needs 80x24, this is 60x20" 5
resize 100 30
wait_for "Note            bus"
keys Escape
wait_for "nothing changed"
keys q
expect_clean_exit 0
finish
