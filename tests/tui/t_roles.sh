# Roles in the interface: the title names the user and role; what the role may not do is not
# offered (status line, help) and refused with a message when its key is pressed, with the
# database unchanged; a contract user exports the timesheets; a team lead plans.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
cli user add fenna --role teamlead --provider 'Zorggroep Horizon'
expect_code 0
cli user add wim --role school --school 'De Wilgenhoek'
expect_code 0
cli user add carla --role contract
expect_code 0
shifts=$(sqlite3 "$DB" "SELECT count(*) FROM shift")

# a school user: the week planner offers no planning
TUI_ENV="ZIO_USER=wim" tui_start --school 'De Wilgenhoek'
wait_for "user wim (sch"
wait_for "SO Egels"
expect_absent_for "a add" 1
keys a
wait_for "not allowed for your role (school): add a shift"
keys x
wait_for "not allowed for your role (school): cancel it (kept, shown as cancelled)"
keys f
wait_for "not allowed for your role (school): fill this week from the weekly patterns"
keys '?'
wait_for "Week planner: keys"
wait_for "the day rota of the selected day"
help=$(screen)
check "the help offers no planning to a school user" sh -c "! printf '%s' \"\$1\" | grep -q 'add a shift'" _ "$help"
keys Escape
wait_gone "Week planner: keys"
# the hours: approving is theirs, logging is not
keys 5
wait_for "5 Hours"
wait_for "A approve"
keys y
wait_for "not allowed for your role (school): confirm the selected shift as delivered as planned"
keys q
expect_clean_exit 0
expect_equal "no shift changed" "$(sqlite3 "$DB" "SELECT count(*) FROM shift")" "$shifts"

# a contract user: exports last week's timesheets, changes nothing
TUI_ENV="ZIO_USER=carla" tui_start --school 'De Wilgenhoek' --view timesheets
wait_for "user carla"
keys '['
wait_for "Timesheets (urenstaten) of week 2026-W47"
keys x
wait_for "Export as"
keys Down Down Down Enter
wait_for "Save as:"
keys C-u
type_text "$W/carla.pdf"
keys Enter
wait_for "wrote $W/carla.pdf"
check "the contract user's export is a PDF" sh -c "head -c 5 '$W/carla.pdf' | grep -q '%PDF-'"
keys 1
wait_for "1 Week planner"
keys a
wait_for "not allowed for your role (contract): add a shift"
keys q
expect_clean_exit 0

# a team lead plans
TUI_ENV="ZIO_USER=fenna" tui_start --school 'De Wilgenhoek'
wait_for "user fenna"
keys '?'
wait_for "a              add a shift"
keys Escape
wait_gone "Week planner: keys"
keys 5
wait_for "S submit"
expect_absent_for "A approve" 1
# the audit trail in the Reports view: the users added above, by whom
keys 8
wait_for "8 Reports"
keys c
wait_for "changes: the audit trail, newest first"
wait_for "insert     app_user        login carla, role contract"
row=$(line_with "login carla, role contract")
check "the change names who made it: [$row]" contains "$row" "$(id -un)"
keys q
expect_clean_exit 0
finish
