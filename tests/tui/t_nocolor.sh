# Colours: on by default; NO_COLOR=1 (set and not empty) or [ui] color = no draw without any
# colour, marking with reverse video and bold instead; [ui] color = yes wins over NO_COLOR
# (zio.ini(5)). Read from the pane's attributes (tmux capture-pane -e).
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db

# The SGR parameters on the pane, one a line (1 bold, 7 reverse, 3x/4x/9x/10x/38/48 colours).
sgr_params()
{
	tmux_ capture-pane -e -p -t "$TUI_T" | grep -o "$(printf '\033')\[[0-9;]*m" |
		tr -d '\033[m' | tr ';' '\n' | sort -u | tr '\n' ' '
}

has_colour()
{
	sgr_params | tr ' ' '\n' | grep -Eqx '3[0-8]|4[0-8]|9[0-7]|10[0-7]'
}

no_colour()
{
	! has_colour
}

has_reverse()
{
	sgr_params | tr ' ' '\n' | grep -qx 7
}

# open_week: the grid with a selected cell and a cancelled shift, and the status line
open_week()
{
	tui_start --school 'De Wilgenhoek'
	wait_for "SO Egels"
	keys l
	wait_for "Instroomgroep  ·  ZML jong  ·  tue 2026-11-24"
	wait_for "xTD 08:30-12:00"
	wait_for "q quit"
}

cli shift list --week 2026-W48 --class Instroomgroep --format csv
id=$(printf '%s\n' "$out" | grep ',2026-11-23,De Wilgenhoek,Instroomgroep,Thijs Dijkstra,' | cut -d, -f1)
cli shift cancel "$id" --reason ziek
expect_code 0

# the default: colours
open_week
check "colours by default (SGR parameters on the pane: $(sgr_params))" has_colour
keys q
expect_clean_exit 0

# NO_COLOR=1: none; the title bar and the selection in reverse video
TUI_ENV="NO_COLOR=1" open_week
check "no colour with NO_COLOR=1 (SGR parameters on the pane: $(sgr_params))" no_colour
check "reverse video with NO_COLOR=1 (SGR parameters on the pane: $(sgr_params))" has_reverse
# the interface works as usual: a form, the day rota
keys a
wait_for "Add shift"
keys Escape
wait_for "nothing changed"
keys Enter
wait_for "2 Day rota"
check "no colour in the day rota with NO_COLOR=1 ($(sgr_params))" no_colour
keys q
expect_clean_exit 0

# NO_COLOR set but empty does not count
TUI_ENV="NO_COLOR=" open_week
check "colours with NO_COLOR empty ($(sgr_params))" has_colour
keys q
expect_clean_exit 0

# [ui] color = no in the config file
mkdir -p "$XDG_CONFIG_HOME/zio"
printf '[ui]\ncolor = no\n' >"$XDG_CONFIG_HOME/zio/zio.ini"
open_week
check "no colour with [ui] color = no ($(sgr_params))" no_colour
check "reverse video with [ui] color = no ($(sgr_params))" has_reverse
keys q
expect_clean_exit 0

# [ui] color = yes: colours even with NO_COLOR
printf '[ui]\ncolor = yes\n' >"$XDG_CONFIG_HOME/zio/zio.ini"
TUI_ENV="NO_COLOR=1" open_week
check "colours with [ui] color = yes and NO_COLOR=1 ($(sgr_params))" has_colour
keys q
expect_clean_exit 0

finish
