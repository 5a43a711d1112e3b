#!/bin/sh
# The crash tests: sh tests/crash/run.sh path/to/zio path/to/libfaultvfs.so [t_NAME.sh ...]
#
#   t_faults.sh  the Nth write or sync of zio fails (tests/crash/faultvfs.c, by LD_PRELOAD),
#                for every N of a staff import and of a week fill
#   t_kill.sh    kill -9 of a 10,000-row staff import and of a school year's fill, 20 times
#
# Each script runs as a CLI test (the helpers of tests/cli/lib.sh) in its own fresh temporary
# directory with HOME, XDG_CONFIG_HOME and XDG_DATA_HOME inside it, with ZIO and FAULTVFS
# (absolute paths) exported. The lines a script prints starting with "crash:" are the numbers
# it measured and are shown; the whole output of a failing script follows its line.
# Exit status: 0 when all passed, 1 when any failed, 2 on bad usage or a missing tool.
set -u

if [ $# -lt 2 ]; then
	echo "usage: sh tests/crash/run.sh path/to/zio path/to/libfaultvfs.so [t_NAME.sh ...]" >&2
	exit 2
fi
dir=$(cd "$(dirname "$0")" && pwd)
abs()
{
	case $1 in
	/*) echo "$1" ;;
	*) echo "$(pwd)/$1" ;;
	esac
}
ZIO=$(abs "$1")
FAULTVFS=$(abs "$2")
shift 2
if [ ! -x "$ZIO" ] || [ -d "$ZIO" ]; then
	echo "crash: $ZIO is not an executable program (run make first)" >&2
	exit 2
fi
if [ ! -f "$FAULTVFS" ]; then
	echo "crash: no $FAULTVFS (make check-crash builds it)" >&2
	exit 2
fi
for tool in sqlite3 cmp mktemp ldd awk; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "crash: the tests need '$tool' (make deps installs it)" >&2
		exit 2
	fi
done
if [ $# -eq 0 ]; then
	set -- "$dir"/t_*.sh
fi

unset ZIO_DB ZIO_DATADIR ZIO_USER LD_PRELOAD
unset FAULT_WRITE_AT FAULT_SYNC_AT FAULT_STICKY FAULT_COUNT FAULT_TRACE FAULT_READ_DELAY_US
if [ -d "$dir/../../share" ]; then
	ZIO_DATADIR=$(cd "$dir/../../share" && pwd)
	export ZIO_DATADIR
fi
ZIO_TODAY=2026-11-23
LC_ALL=C.UTF-8
TZ=Europe/Amsterdam
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export ZIO FAULTVFS ZIO_TODAY LC_ALL TZ ASAN_OPTIONS UBSAN_OPTIONS

limit=
if command -v timeout >/dev/null 2>&1; then
	limit="timeout 300"
fi

passed=0
failed=0
failed_names=
for t in "$@"; do
	case $t in
	*/*) ;;
	*) t=$dir/$t ;;
	esac
	name=$(basename "$t" .sh)
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/zio-crash.XXXXXX") || exit 2
	mkdir "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/work"
	t0=$(date +%s)
	(
		cd "$tmp/work" &&
		HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
		CLI_LIB=$dir/../cli/lib.sh $limit sh "$t"
	) >"$tmp/log" 2>&1
	rc=$?
	secs=$(($(date +%s) - t0))
	if [ $rc -eq 0 ]; then
		echo "ok   $name ($(tail -n 1 "$tmp/log"), ${secs} s)"
		sed -n 's/^crash: /     /p' "$tmp/log"
		passed=$((passed + 1))
	else
		echo "FAIL $name (exit $rc, ${secs} s)"
		sed 's/^/    /' "$tmp/log"
		failed=$((failed + 1))
		failed_names="$failed_names $name"
	fi
	chmod -R u+rwX "$tmp" 2>/dev/null
	rm -rf "$tmp"
done

echo "crash tests: $passed passed, $failed failed"
if [ $failed -gt 0 ]; then
	echo "failed:$failed_names"
	exit 1
fi
exit 0
