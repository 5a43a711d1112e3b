#!/bin/sh
# make check-valgrind: sh tests/valgrind/run.sh path/to/zio [t_NAME.sh ...]
#
# zio under valgrind memcheck (the normal -O2 -g build): a few CLI commands on a demo
# database, then TUI tests (tests/tui/, by default the ones below: together they walk every
# view and its help, the week planner, day rota and reports in depth, the shift form with its
# picker and questions, undo, reloads, and the first start's forms) with $ZIO a
# wrapper that starts zio under valgrind, one log per process. tests/valgrind/check.sh then
# reads every log: a memory error or a leak with a frame in zio's own code fails the check.
# Library noise is suppressed in tests/valgrind/zio.supp.
#
# The TUI tests wait TUI_WAIT_SCALE (5) times longer than usual: zio starts and draws slower
# under valgrind. In the TUI tests, "zio --db DB init --demo" (lib.sh's demo_db, 20 s under
# valgrind) runs without valgrind: the CLI part checks it once.
#
# The logs are kept (their folder is printed) when the check fails, or always with VG_KEEP=1.
# Exit status: 0 when all passed, 1 when
# a test or the check failed, 2 on bad usage or a missing tool.
set -u

if [ $# -lt 1 ]; then
	echo "usage: sh tests/valgrind/run.sh path/to/zio [t_NAME.sh ...]" >&2
	exit 2
fi
dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$dir/../.." && pwd)
case $1 in
/*) zio=$1 ;;
*) zio=$(pwd)/$1 ;;
esac
shift
if [ ! -x "$zio" ] || [ -d "$zio" ]; then
	echo "valgrind/run.sh: $zio is not an executable program (run make first)" >&2
	exit 2
fi
if ! command -v valgrind >/dev/null 2>&1; then
	echo "valgrind/run.sh: valgrind is not installed (make deps installs it)" >&2
	exit 2
fi
if [ $# -eq 0 ]; then
	set -- t_open.sh t_add_undo.sh t_day.sh t_reports.sh t_help.sh t_first_run.sh
fi

start=$(date +%s)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zio-valgrind.XXXXXX") || exit 2
logs=$tmp/logs
mkdir "$logs" "$tmp/cli" "$tmp/cli/home" "$tmp/cli/config" "$tmp/cli/data"
failed=0
cleanup()
{
	if [ "${VG_KEEP:-0}" = 1 ] || [ "$failed" != 0 ]; then
		echo "valgrind logs kept in $logs"
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 'text' quoted for sh
q()
{
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# The wrapper: its path is $ZIO for the TUI tests. Everything it needs is written into it,
# as the tests start zio in a tmux pane with an environment of their own.
vg=$tmp/zio
{
	echo '#!/bin/sh'
	echo '# written by tests/valgrind/run.sh: zio under valgrind memcheck, a log per process'
	echo "if [ \$# -eq 4 ] && [ \"\$1\" = --db ] && [ \"\$3\" = init ] && [ \"\$4\" = --demo ]; then"
	echo "	exec $(q "$zio") \"\$@\"   # demo_db: checked once in the CLI part, slow under valgrind"
	echo 'fi'
	echo "exec valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect \\"
	echo "	--num-callers=40 --track-origins=no --fullpath-after=$(q "$root/") \\"
	echo "	--suppressions=$(q "$dir/zio.supp") --log-file=$(q "$logs/zio.%p.log") \\"
	echo "	$(q "$zio") \"\$@\""
} >"$vg"
chmod +x "$vg"

# The CLI part, isolated as the TUI tests are (run.sh there); the database through ZIO_DB, so
# that the wrapper runs init --demo under valgrind too.
echo "== zio CLI under valgrind"
(
	cd "$tmp/cli" || exit 1
	unset ZIO_DB NO_COLOR COLUMNS LINES LANGUAGE LC_MESSAGES
	HOME=$tmp/cli/home XDG_CONFIG_HOME=$tmp/cli/config XDG_DATA_HOME=$tmp/cli/data
	ZIO_DATADIR=$root/share ZIO_TODAY=2026-11-23 ZIO_DB=$tmp/cli/demo.db
	LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Europe/Amsterdam
	export HOME XDG_CONFIG_HOME XDG_DATA_HOME ZIO_DATADIR ZIO_TODAY ZIO_DB LANG LC_ALL TZ
	rc=0
	run()
	{
		t0=$(date +%s)
		if "$vg" "$@" </dev/null >out 2>err; then
			echo "ok   zio $* ($(($(date +%s) - t0)) s)"
		else
			echo "FAIL zio $* (exit $?)"
			sed -n '1,20s/^/    | /p' out err
			rc=1
		fi
	}
	run init --demo
	run week --school 'De Wilgenhoek'
	run report budget --school-year 2026-2027 --school 'De Wilgenhoek'
	run export timesheet --week 2026-W47 --format pdf -o urenstaat.pdf
	exit $rc
) || failed=1

echo "== TUI tests under valgrind"
TUI_WAIT_SCALE=${TUI_WAIT_SCALE:-5} sh "$root/tests/tui/run.sh" "$vg" "$@" || failed=1

echo "== valgrind logs"
sh "$dir/check.sh" "$logs"/zio.*.log || failed=1

echo "check-valgrind: $(($(date +%s) - start)) s"
exit $failed
