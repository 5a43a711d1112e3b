# Signals: Ctrl-C (SIGINT) and SIGTERM end zio normally (the handler sets a flag, the loop
# ends, the terminal is restored: exit status 0), also with a dialog open; a closed terminal
# (SIGHUP) ends it too, also with a dialog open.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db

# Ctrl-C in the week planner
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
keys C-c
expect_clean_exit 0

# SIGTERM
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
kill -TERM "$(zio_pid)"
expect_clean_exit 0

# the terminal goes away (tmux kills the session: SIGHUP)
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
tmux_ kill-session -t "$TUI_T"
expect_zio_ends 5

# Ctrl-C with the add form open: zio ends, nothing is saved
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
keys a
wait_for "Add shift"
keys C-c
expect_clean_exit 0 5
cli shift list --week 2026-W48 --format csv
expect_code 0
expect_out_not_contains "Fenna Smits,08:30,15:00"

# Ctrl-C at a prompt (move to date)
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
keys m
wait_for "Move to date:"
keys C-c
expect_clean_exit 0 5

# the terminal goes away while the form is open: zio must end, not spin
tui_start --school 'De Wilgenhoek'
wait_for "SO Egels"
keys a
wait_for "Add shift"
tmux_ kill-session -t "$TUI_T"
expect_zio_ends 5

finish
