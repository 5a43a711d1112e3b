# Helpers for the TUI tests; sourced by every tests/tui/t_*.sh (POSIX sh).
#
# run.sh starts each script in a fresh temporary directory (the current directory) with $ZIO
# (absolute path of the binary), HOME, XDG_CONFIG_HOME and XDG_DATA_HOME inside it,
# ZIO_TODAY=2026-11-23, ZIO_DATADIR (the source tree's share/) and LANG=LC_ALL=C.UTF-8.
#
# zio runs inside a private tmux server (tmux -L zio-test-$$, its socket in the temporary
# directory, no user configuration), in a 100x30 pane with TERM=xterm-256color, started by a
# small runner script that, when zio ends, prints "EXIT=<status>" and "tty: restored" (or
# "tty: NOT restored") and then keeps the pane open, so that what zio left behind can be read.
# The server is killed when the script ends, whatever way it ends.
#
#   demo_db                  create $DB with zio init --demo
#   tui_start [ARGS...]      open zio --db $DB ARGS... in a new pane (a previous one is closed,
#                            unless TUI_KEEP=1); TUI_ENV="NAME=VALUE ..." adds environment for
#                            this run only, TUI_COLS and TUI_ROWS change the size (100x30)
#   tui_switch N             the Nth zio started (1, 2, ...; kept open with TUI_KEEP=1) is the
#                            one that keys, screen, wait_for, zio_pid ... talk to from now on
#   keys KEY...              tmux send-keys: key names (Enter Tab Space Escape BSpace Up Down
#                            Left Right PageDown F1 C-c C-u) or characters
#   type_text TEXT           send TEXT literally (UTF-8 is fine)
#   screen                   print the pane as it is now
#   wait_for TEXT [SECONDS]  poll the pane every 0.1 s until it shows TEXT (10 s by default);
#                            on a time-out the check fails, the pane is printed and the script
#                            stops (what follows would only fail the same way)
#   wait_gone TEXT [SECONDS] the same, until TEXT is no longer shown
#   expect_absent_for TEXT SECONDS   TEXT is not shown at any moment during SECONDS (for what
#                            must not happen, such as a reload after our own change)
#   resize COLS ROWS         resize the window (zio gets SIGWINCH)
#   pane_flag NAME           print a tmux pane variable (alternate_on, cursor_flag, ...)
#   zio_pid                  print the process id of the running zio
#   expect_clean_exit [CODE [SECONDS]]  wait until zio has ended (10 s), then check: exit
#                            status CODE (0), tty modes as before, the alternate screen left,
#                            the cursor shown, keypad and mouse modes off, and nothing on the
#                            pane but the runner's two lines (no leftover of the interface);
#                            a zio that does not end is killed
#   expect_zio_ends SECONDS  the zio of the pane is gone within SECONDS (a closed terminal)
#   line_with TEXT           print the first line of the pane that contains TEXT
#   column_of LINE TEXT      print the column (0-based, in characters) where TEXT starts in
#                            LINE, -1 when it is not there; every character the tests use is
#                            one column wide
#   cli ARGS...              run "$ZIO" --db "$DB" ARGS... (stdin /dev/null); sets $code, $out,
#                            $err
#   expect_code N, expect_out_contains TEXT, expect_out_not_contains TEXT
#   expect_equal DESCRIPTION GOT EXPECTED
#   check DESCRIPTION COMMAND...    COMMAND must succeed
#   contains TEXT PART...    succeeds when TEXT contains every PART (for check)
#   finish                   end of script: exit 1 when any check failed
#
# TUI_WAIT_SCALE=N multiplies every time-out above (wait_for, wait_gone, expect_absent_for,
# expect_clean_exit, expect_zio_ends) by N, for a slow zio: make check-valgrind runs $ZIO as a
# wrapper that starts zio under valgrind (the process is then named memcheck-*, not zio).
#
# Nothing here sleeps to wait for zio: every step waits for what it expects to see on the pane.
# A failing check prints "FAIL: ..." with the pane and the keys sent since the last thing seen.

set -u

: "${ZIO:?ZIO must be set (run the tests with tests/tui/run.sh)}"

W=$PWD
DB=$W/demo.db
TUI_SOCK=zio-test-$$
TUI_T=
TUI_ENV=${TUI_ENV:-}
TUI_WAIT_SCALE=${TUI_WAIT_SCALE:-1}
case $TUI_WAIT_SCALE in
'' | *[!0-9]* | 0) echo "lib.sh: TUI_WAIT_SCALE must be a whole number from 1 up" >&2; exit 2 ;;
esac
failures=0
checks=0
code=
out=
err=
_n=0
_cur=0
_sent=

unset TMUX TMUX_PANE
TMUX_TMPDIR=$W/.tmux
export TMUX_TMPDIR
mkdir -p "$TMUX_TMPDIR"
cat >"$W/.tmux.conf" <<'EOF'
set -g status off
set -g default-terminal xterm-256color
set -g history-limit 2000
set -g remain-on-exit on
EOF

tmux_()
{
	tmux -L "$TUI_SOCK" -f "$W/.tmux.conf" "$@"
}

# The state of process PID (R, S, Z, ...) and its command name, "" when there is none (from
# /proc, or ps where there is no /proc).
_proc_state()
{
	if [ -d /proc/self ]; then
		sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' "/proc/$1/status" 2>/dev/null
	else
		ps -o stat= -p "$1" 2>/dev/null | cut -c1
	fi
}

_proc_name()
{
	if [ -d /proc/self ]; then
		cat "/proc/$1/comm" 2>/dev/null
	else
		ps -o comm= -p "$1" 2>/dev/null
	fi
}

# Kill process PID if it still is a zio we started (not a later process with the number);
# under valgrind (make check-valgrind) the zio process is valgrind's memcheck-ARCH-linux.
_kill_zio()
{
	[ -n "$1" ] || return 0
	case $(_proc_name "$1") in
	"$(basename "$ZIO" | cut -c1-15)" | memcheck-*) kill -KILL "$1" 2>/dev/null ;;
	esac
}

# The zio processes we started and that may still run (a test that saw zio hang).
_kill_leftover()
{
	for _pf in "$W"/.zio*.pid; do
		[ -f "$_pf" ] && _kill_zio "$(cat "$_pf" 2>/dev/null)"
	done
}

_cleanup()
{
	tmux_ kill-server >/dev/null 2>&1
	_kill_leftover
}
trap '_cleanup' EXIT
trap '_cleanup; exit 130' INT
trap '_cleanup; exit 143' TERM
trap '_cleanup; exit 129' HUP

# Quote the arguments for a shell script: 'a b' 'c'.
_q()
{
	_qq=
	for _a in "$@"; do
		_qq="$_qq '$(printf '%s' "$_a" | sed "s/'/'\\\\''/g")'"
	done
	printf '%s' "${_qq# }"
}

_pass()
{
	checks=$((checks + 1))
}

_sanitizer_logs()
{
	for _f in "$W"/sanitizer.*; do
		[ -f "$_f" ] || continue
		echo "  sanitizer report $(basename "$_f"):"
		sed -n '1,60s/^/    | /p' "$_f"
	done
}

_dump()
{
	if [ -n "$TUI_T" ] && tmux_ has-session -t "$TUI_T" 2>/dev/null; then
		echo "  keys sent since the last thing seen:${_sent:- (none)}"
		echo "  the pane ($(tmux_ display-message -p -t "$TUI_T" '#{pane_width}x#{pane_height}' 2>/dev/null)):"
		tmux_ capture-pane -p -t "$TUI_T" -S - 2>/dev/null | sed 's/^/    | /'
	fi
	_sanitizer_logs
}

_fail()
{
	failures=$((failures + 1))
	echo "FAIL: $*"
	_dump
}

# A failure after which the script cannot sensibly go on.
_abort()
{
	_fail "$@"
	finish
}

demo_db()
{
	if ! "$ZIO" --db "$DB" init --demo >"$W/.init.out" 2>&1; then
		echo "FAIL: zio init --demo:"
		sed 's/^/    | /' "$W/.init.out"
		exit 1
	fi
}

tui_start()
{
	_n=$((_n + 1))
	if [ -n "$TUI_T" ] && [ "${TUI_KEEP:-0}" != 1 ]; then
		tmux_ kill-session -t "$TUI_T" >/dev/null 2>&1
	fi
	TUI_T=zio$_n
	_cur=$_n
	_sent=
	_runner=$W/.pane$_n.sh
	{
		echo '#!/bin/sh'
		echo '# written by tests/tui/lib.sh: run zio, say how it ended, keep the pane open'
		echo 'trap : INT   # as in an interactive shell, Ctrl-C is for zio'
		echo "cd $(_q "$W") || exit 1"
		for _v in HOME XDG_CONFIG_HOME XDG_DATA_HOME ZIO_TODAY ZIO_DATADIR TZ; do
			eval "_val=\${$_v-}"
			[ -n "$_val" ] && echo "export $_v=$(_q "$_val")"
		done
		echo 'export TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8'
		echo 'unset NO_COLOR COLUMNS LINES ZIO_DB TMUX TMUX_PANE LANGUAGE LC_MESSAGES'
		# Sanitizer builds: the reports go to files (finish fails on any), not into the pane.
		echo "export ASAN_OPTIONS=$(_q "${ASAN_OPTIONS:-detect_leaks=1}:log_path=$W/sanitizer")"
		echo "export UBSAN_OPTIONS=$(_q "${UBSAN_OPTIONS:-print_stacktrace=1}:log_path=$W/sanitizer")"
		echo 'saved=$(stty -g)'
		# sh -c ... exec: zio's process id is known (zio_pid) and nothing else changes
		echo "sh -c 'echo \$\$ >\"\$0\"; exec \"\$@\"' $(_q "$W/.zio$_n.pid") env $TUI_ENV $(_q "$ZIO" --db "$DB" "$@")"
		echo 'rc=$?'
		echo 'echo "EXIT=$rc"'
		echo 'if [ "$(stty -g)" = "$saved" ]; then echo "tty: restored"; else echo "tty: NOT restored"; fi'
		echo 'exec sleep 3600'
	} >"$_runner"
	if ! tmux_ new-session -d -s "$TUI_T" -x "${TUI_COLS:-100}" -y "${TUI_ROWS:-30}" "sh $(_q "$_runner")"; then
		TUI_T=
		_abort "tmux could not start a session"
	fi
}

tui_switch()
{
	TUI_T=zio$1
	_cur=$1
	_sent=
}

screen()
{
	tmux_ capture-pane -p -t "$TUI_T"
}

keys()
{
	for _k in "$@"; do
		_sent="$_sent $_k"
	done
	tmux_ send-keys -t "$TUI_T" "$@"
}

type_text()
{
	_sent="$_sent '$1'"
	tmux_ send-keys -t "$TUI_T" -l -- "$1"
}

resize()
{
	_sent="$_sent (resize $1x$2)"
	tmux_ resize-window -t "$TUI_T" -x "$1" -y "$2"
}

pane_flag()
{
	tmux_ display-message -p -t "$TUI_T" "#{$1}"
}

zio_pid()
{
	cat "$W/.zio$_cur.pid" 2>/dev/null
}

# _poll SECONDS COMMAND...: run COMMAND every 0.1 s until it succeeds; fails after SECONDS
# (times TUI_WAIT_SCALE).
_poll()
{
	_ticks=$(($1 * 10 * TUI_WAIT_SCALE))
	shift
	_i=0
	while ! "$@"; do
		if [ "$_i" -ge "$_ticks" ]; then
			return 1
		fi
		sleep 0.1
		_i=$((_i + 1))
	done
	return 0
}

_shows()
{
	case $(screen) in
	*"$1"*) return 0 ;;
	esac
	return 1
}

_shows_not()
{
	! _shows "$1"
}

wait_for()
{
	if _poll "${2:-10}" _shows "$1"; then
		_pass
		_sent=
	else
		_abort "waited ${2:-10} s for the screen to show: $1"
	fi
}

wait_gone()
{
	if _poll "${2:-10}" _shows_not "$1"; then
		_pass
		_sent=
	else
		_abort "waited ${2:-10} s for this to leave the screen: $1"
	fi
}

expect_absent_for()
{
	if _poll "$2" _shows "$1"; then
		_fail "the screen should not show: $1"
	else
		_pass
	fi
}

line_with()
{
	screen | grep -F -m 1 -e "$1"
}

column_of()
{
	case $1 in
	*"$2"*) printf '%s' "${1%%"$2"*}" | wc -m | tr -d ' ' ;;
	*) echo -1 ;;
	esac
}

expect_clean_exit()
{
	_want=${1:-0}
	if ! _poll "${2:-10}" _shows "tty: "; then
		_fail "zio should have ended (within ${2:-10} s)"
		_stop_zio
		return 1
	fi
	_pane=$(screen)
	_lines=$(printf '%s\n' "$_pane" | grep -c .)
	_first=$(printf '%s\n' "$_pane" | sed -n 1p)
	_why=
	if [ "$_first" != "EXIT=$_want" ]; then
		_why="$_why
zio should end with exit status $_want, the shell's output on the first line of a cleared screen (EXIT=$_want)"
	fi
	case $_pane in
	*"tty: restored"*) ;;
	*) _why="$_why
the terminal modes (stty) should be as before zio started" ;;
	esac
	if [ "$_lines" != 2 ]; then
		_why="$_why
after zio ended the screen should show only the shell's two lines, no leftover of the interface"
	fi
	for _f in alternate_on=0 cursor_flag=1 keypad_flag=0 keypad_cursor_flag=0 mouse_any_flag=0 \
		mouse_standard_flag=0 mouse_button_flag=0 mouse_sgr_flag=0; do
		_got=$(pane_flag "${_f%=*}")
		if [ "$_got" != "${_f#*=}" ]; then
			_why="$_why
after zio ended the terminal should have ${_f%=*} ${_f#*=}, has $_got"
		fi
	done
	if [ -z "$_why" ]; then
		_pass
		_sent=
		return 0
	fi
	printf '%s\n' "$_why" | sed -n '2,$p' | while IFS= read -r _l; do
		echo "FAIL: $_l"
	done
	failures=$((failures + $(printf '%s\n' "$_why" | sed -n '2,$p' | grep -c .)))
	_dump
	_sent=
	return 1
}

# The process is there and not a zombie.
_alive()
{
	case $(_proc_state "$1") in
	'' | Z*) return 1 ;;
	esac
	return 0
}

_not_alive()
{
	! _alive "$1"
}

# The zio of this pane, if it still runs (after a failed check): killed, it is ours.
_stop_zio()
{
	_kill_zio "$(zio_pid)"
}

# user + system CPU time of process PID in clock ticks (0 without /proc)
_cpu_ticks()
{
	if [ -r "/proc/$1/stat" ]; then
		sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
	else
		echo 0
	fi
}

expect_zio_ends()
{
	_p=$(zio_pid)
	if _poll "$1" _not_alive "$_p"; then
		_pass
	else
		_cpu1=$(_cpu_ticks "$_p")
		sleep 1
		_cpu2=$(_cpu_ticks "$_p")
		_fail "zio (process $_p) should have ended within $1 s; it still runs (state $(_proc_state "$_p"), $((_cpu2 - _cpu1)) clock ticks of CPU in the last second)"
		_kill_zio "$_p"
	fi
}

cli()
{
	"$ZIO" --db "$DB" "$@" </dev/null >"$W/.out" 2>"$W/.err"
	code=$?
	out=$(cat "$W/.out")
	err=$(cat "$W/.err")
	_cli_cmd=$(_q "$@")
	return 0
}

_cli_fail()
{
	failures=$((failures + 1))
	echo "FAIL: $*"
	echo "  command: zio $_cli_cmd"
	echo "  exit code: $code"
	[ -n "$out" ] && printf '%s\n' "$out" | sed -n '1,20s/^/    stdout| /p'
	[ -n "$err" ] && printf '%s\n' "$err" | sed -n '1,20s/^/    stderr| /p'
	return 0
}

expect_code()
{
	if [ "$code" = "$1" ]; then _pass; else _cli_fail "expected exit code $1, got $code"; fi
}

expect_out_contains()
{
	case $out in
	*"$1"*) _pass ;;
	*) _cli_fail "stdout should contain: $1" ;;
	esac
}

expect_out_not_contains()
{
	case $out in
	*"$1"*) _cli_fail "stdout should not contain: $1" ;;
	*) _pass ;;
	esac
}

expect_equal()
{
	if [ "$2" = "$3" ]; then
		_pass
	else
		_fail "$1: expected '$3', got '$2'"
	fi
}

contains()
{
	_hay=$1
	shift
	for _part in "$@"; do
		case $_hay in
		*"$_part"*) ;;
		*) return 1 ;;
		esac
	done
	return 0
}

check()
{
	_what=$1
	shift
	if "$@"; then _pass; else _fail "$_what"; fi
}

finish()
{
	for _f in "$W"/sanitizer.*; do
		if [ -f "$_f" ]; then
			failures=$((failures + 1))
			echo "FAIL: the sanitizer reported a problem"
			_sanitizer_logs
			break
		fi
	done
	if [ "$failures" -gt 0 ]; then
		echo "$failures of $((checks + failures)) checks failed"
		exit 1
	fi
	echo "$checks checks passed"
	exit 0
}
