#!/bin/sh
# The TUI tests: sh tests/tui/run.sh path/to/zio [t_NAME.sh ...]
#
# Runs every tests/tui/t_*.sh (or the ones named) with ZIO (the binary's absolute path)
# exported, each in its own fresh temporary directory with HOME, XDG_CONFIG_HOME and
# XDG_DATA_HOME inside it, so that the user's own config and database are never touched.
# Each script drives zio in its own private tmux server (see lib.sh); tmux is required.
# Prints one line per script and a summary; the output of a failing script follows its line.
# Exit status: 0 when all passed, 1 when any failed, 2 on bad usage or a missing tool.
set -u

if [ $# -lt 1 ]; then
	echo "usage: sh tests/tui/run.sh path/to/zio [t_NAME.sh ...]" >&2
	exit 2
fi
dir=$(cd "$(dirname "$0")" && pwd)
case $1 in
/*) ZIO=$1 ;;
*) ZIO=$(pwd)/$1 ;;
esac
shift
if [ ! -x "$ZIO" ] || [ -d "$ZIO" ]; then
	echo "run.sh: $ZIO is not an executable program (run make first)" >&2
	exit 2
fi
for tool in tmux mktemp stty; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "run.sh: the TUI tests need '$tool' (make deps installs it)" >&2
		exit 2
	fi
done

if [ $# -eq 0 ]; then
	set -- "$dir"/t_*.sh
fi

# Deterministic and isolated: nothing from the caller's zio settings, terminal or tmux leaks
# in. The data files (holiday dates) are the source tree's, wherever the binary was built.
unset ZIO_DB ZIO_DATADIR NO_COLOR COLUMNS LINES TMUX TMUX_PANE TMUX_TMPDIR
if [ -d "$dir/../../share" ]; then
	ZIO_DATADIR=$(cd "$dir/../../share" && pwd)
	export ZIO_DATADIR
fi
ZIO_TODAY=2026-11-23
LANG=C.UTF-8
LC_ALL=C.UTF-8
unset LANGUAGE LC_MESSAGES   # the tests read English output
TZ=Europe/Amsterdam
# Sanitizer builds (make SANITIZE=1 check): report leaks, and print where UB happened.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export ZIO ZIO_TODAY LANG LC_ALL TZ ASAN_OPTIONS UBSAN_OPTIONS

# A hung script must not hang make check. TUI_WAIT_SCALE (lib.sh) stretches this limit too.
case ${TUI_WAIT_SCALE:-1} in
'' | *[!0-9]* | 0) echo "run.sh: TUI_WAIT_SCALE must be a whole number from 1 up" >&2; exit 2 ;;
esac
tlimit=$((90 * ${TUI_WAIT_SCALE:-1}))
limit=
if command -v timeout >/dev/null 2>&1; then
	limit="timeout $tlimit"
fi

passed=0
failed=0
failed_names=
start=$(date +%s)
for t in "$@"; do
	case $t in
	*/*) ;;
	*) t=$dir/$t ;;
	esac
	name=$(basename "$t" .sh)
	if [ ! -f "$t" ]; then
		echo "FAIL $name (no such script: $t)"
		failed=$((failed + 1))
		failed_names="$failed_names $name"
		continue
	fi
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/zio-tui.XXXXXX") || exit 2
	mkdir "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/work"
	t0=$(date +%s)
	(
		cd "$tmp/work" &&
		HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
		TUI_LIB=$dir/lib.sh $limit sh "$t"
	) >"$tmp/log" 2>&1
	rc=$?
	secs=$(($(date +%s) - t0))
	if [ $rc -eq 0 ]; then
		echo "ok   $name ($(tail -n 1 "$tmp/log"), ${secs} s)"
		passed=$((passed + 1))
	else
		if [ $rc -eq 124 ]; then
			echo "FAIL $name (timed out after $tlimit s)"
		else
			echo "FAIL $name (exit $rc, ${secs} s)"
		fi
		sed 's/^/    /' "$tmp/log"
		failed=$((failed + 1))
		failed_names="$failed_names $name"
	fi
	chmod -R u+rwX "$tmp" 2>/dev/null
	rm -rf "$tmp"
done

echo "tui tests: $passed passed, $failed failed ($(($(date +%s) - start)) s)"
if [ $failed -gt 0 ]; then
	echo "failed:$failed_names"
	exit 1
fi
exit 0
