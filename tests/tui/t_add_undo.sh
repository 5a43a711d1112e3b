# Add a shift through the form (the professional picker, a bad time, a refused overlap, a
# warning answered n and then y), see it in the grid and in zio shift list, undo it and see
# it gone in both.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek'
wait_for "week 2026-W48, 23-11 to 27-11"
keys ']'
wait_for "week 2026-W49, 30-11 to 04-12"
# The selection starts on the first class (Instroomgroep), Monday.
wait_for "Instroomgroep  ·  ZML jong  ·  mon 2026-11-30"

# Esc leaves the form without a change
keys a
wait_for "Add shift"
wait_for "Instroomgroep (De Wilgenhoek)"
keys Escape
wait_for "nothing changed"
wait_gone "Add shift"

keys a
wait_for "Add shift"
wait_for "Date            2026-11-30"
wait_for "Time            08:30-15:00"     # the school day
# Space opens the picker of the Professional field; typing filters, Enter chooses
keys Space
wait_for "find:"
wait_for "Fenna Smits (fixed team)"       # the class's fixed team comes first
type_text "Zoë"
wait_for "find: Zoë"
wait_gone "Fenna Smits (fixed team)"
wait_for "Zoë de Vries (Zorggroep Horizon)"
keys Enter
wait_gone "find: Zoë"
wait_for "Professional    Zoë de Vries (Zorggroep Horizon)"

# Tab to Time (Class cannot be edited), Ctrl-U clears it; an end before the start is an error
# shown in the form, and Enter does not save
keys Tab Tab C-u
wait_for "Time            "
type_text 13:00-12:00
wait_for "Time            13:00-12:00"
wait_for "invalid time range '13:00-12:00': end must be after"   # under the field
keys Enter
wait_for "Add shift"
cli shift list --week 2026-W49 --class Instroomgroep --format csv
expect_code 0
expect_out_not_contains "Zoë de Vries"

# An overlap with her own shift elsewhere is refused: the form stays, the reason is on the
# status line
keys C-u
type_text 09:00-10:00
wait_for "Time            09:00-10:00"
keys Enter
wait_for "not possible:"
wait_for "overlaps 08:30-12:00 in VSO 1A"
wait_for "Add shift"

# Not in the fixed team is a warning: n goes back to the form, y saves
keys C-u
type_text 13:00-15:00
wait_for "Time            13:00-15:00"
keys Enter
wait_for "(y/n) save anyway?"
wait_for "not-fixed-team"
keys n
wait_gone "(y/n)"
wait_for "Time            13:00-15:00"
cli shift list --week 2026-W49 --class Instroomgroep --format csv
expect_out_not_contains "Zoë de Vries"
keys Enter
wait_for "(y/n) save anyway?"
keys y
wait_for "added shift: Zoë de Vries, mon 13:00-15:00"
wait_gone "Add shift"
wait_for "ZV 13:00-15:00"                     # in the grid, under Monday
wait_for "Instroomgro 22.5/20"                # the class's hours: 2 more

# the CLI on the same database sees it
cli shift list --week 2026-W49 --class Instroomgroep --format csv
expect_code 0
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Zoë de Vries,13:00,15:00,planned"

# u undoes it: gone from the grid and from the database
keys u
wait_for "undone: added Zoë de Vries, Instroomgroep"
wait_gone "ZV 13:00-15:00"
wait_for "Instroomgro 20.5/20"
cli shift list --week 2026-W49 --class Instroomgroep --format csv
expect_code 0
expect_out_not_contains "Zoë de Vries"
expect_out_contains ",2026-11-30,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,08:30,12:00,planned"
keys u
wait_for "nothing to undo"

keys q
expect_clean_exit 0
finish
