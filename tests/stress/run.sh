#!/bin/sh
# Many users at once: sh tests/stress/run.sh path/to/zio [path/to/libfaultvfs.so]
#
# 8 writer processes and 4 reader processes share one database, each running build/zio once
# per change, as 12 people at 12 terminals would:
#   - writer i has its own provider P<i>, professional S<i> and class K<i> (in its fixed team)
#     at the school Zuid, and makes STRESS_CHANGES (500) changes: 8 of every 10 a shift of
#     this week or the next three (15 minutes each, distinct times, so no rule refuses
#     them), 1 a shift of last week, 1 hours logged as extra care the week before; after
#     every 50 changes (and at the end) it also confirms last week's shifts of its provider
#     (zio log confirm), which logs the past shifts added so far;
#   - readers keep printing the four weeks (zio week) and last week's delivery report (zio
#     report delivery) until the writers are done, pausing 0.2 s between reads so that they
#     do not starve the writers of CPU, and check what they see: in the week, every class
#     row's planned total equals the sum of the shift times shown in the row; in the report,
#     every class is in a state its writer went through (confirmed shifts a multiple of 5,
#     at most 5 behind the shifts).
# Afterwards: every change is there (row counts, also in the audit trail), PRAGMA
# integrity_check and foreign_key_check are clean, every zio process exited 0, nothing was
# printed on stderr (so no "database is locked" or "busy"), and no reader saw a disagreeing
# total. The numbers measured are printed; with the fault shim (tests/crash/faultvfs.c, only
# counting here) also how often SQLite's busy handler made a zio wait for a lock, and how
# long: the retries that users never see.
# Whether read-only commands read one snapshot is tested deterministically by
# tests/crash/t_snapshot.sh: a CLI command's queries follow each other too closely for
# concurrent writers to catch a missing snapshot here.
#
# STRESS_CHANGES (500 per writer) may be lowered only when STRESS_SANITIZE=1 (zio built with
# ASan + UBSan, ~3x slower; make check-stress passes it and uses 150 then); a plain run
# always makes 8 x 500. The script never retries a failed command: there is nothing to
# count as retries, and any failure fails the test.
# Exit status: 0 passed, 1 a check failed, 2 bad usage or a missing tool.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
	echo "usage: sh tests/stress/run.sh path/to/zio [path/to/libfaultvfs.so]" >&2
	exit 2
fi
SHIM=${2:-}
case $SHIM in
'' | /*) ;;
*) SHIM=$(pwd)/$SHIM ;;
esac
case $1 in
/*) ZIO=$1 ;;
*) ZIO=$(pwd)/$1 ;;
esac
if [ ! -x "$ZIO" ] || [ -d "$ZIO" ]; then
	echo "stress: $ZIO is not an executable program (run make first)" >&2
	exit 2
fi
for tool in sqlite3 awk mktemp; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "stress: the test needs '$tool' (make deps installs it)" >&2
		exit 2
	fi
done

WRITERS=8
READERS=4
CHANGES=500
if [ "${STRESS_SANITIZE:-0}" = 1 ] && [ -n "${STRESS_CHANGES:-}" ]; then
	CHANGES=$STRESS_CHANGES
elif [ -n "${STRESS_CHANGES:-}" ] && [ "$STRESS_CHANGES" != 500 ]; then
	echo "stress: STRESS_CHANGES is only honoured under SANITIZE=1; making $CHANGES per writer"
fi
case $CHANGES in
'' | *[!0-9]*) echo "stress: STRESS_CHANGES must be a number" >&2; exit 2 ;;
esac
if [ "$CHANGES" -lt 50 ] || [ "$CHANGES" -gt 500 ] || [ $((CHANGES % 10)) -ne 0 ]; then
	echo "stress: STRESS_CHANGES must be a multiple of 10 from 50 to 500" >&2
	exit 2
fi

dir=$(cd "$(dirname "$0")" && pwd)
unset ZIO_DB ZIO_DATADIR ZIO_USER
if [ -d "$dir/../../share" ]; then
	ZIO_DATADIR=$(cd "$dir/../../share" && pwd)
	export ZIO_DATADIR
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/zio-stress.XXXXXX") || exit 2
mkdir "$T/home" "$T/config" "$T/data"
HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
ZIO_DB=$T/stress.db
ZIO_TODAY=2026-11-23
LC_ALL=C.UTF-8
TZ=Europe/Amsterdam
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export HOME XDG_CONFIG_HOME XDG_DATA_HOME ZIO_DB ZIO_TODAY LC_ALL TZ ASAN_OPTIONS UBSAN_OPTIONS

pids=
cleanup()
{
	for p in $pids; do
		kill "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# zio_ ARGS: run zio; with the shim, counting its waits for locks in $T/stats (the ASan
# runtime first in LD_PRELOAD when zio is built with AddressSanitizer)
PRELOAD=
if [ -n "$SHIM" ]; then
	if [ ! -f "$SHIM" ]; then
		echo "stress: no $SHIM" >&2
		exit 2
	fi
	if ! ldd "$ZIO" | grep -q 'libsqlite3\.so'; then
		echo "stress: $ZIO does not link libsqlite3 dynamically: the shim cannot count its waits" >&2
		exit 2
	fi
	PRELOAD=$SHIM
	asan=$(ldd "$ZIO" | awk '/libasan\.so/ { print $3; exit }')
	[ -n "$asan" ] && PRELOAD="$asan $SHIM"
fi
zio_()
{
	if [ -n "$PRELOAD" ]; then
		env LD_PRELOAD="$PRELOAD" FAULT_STATS="$T/stats" "$ZIO" "$@"
	else
		"$ZIO" "$@"
	fi
}

failures=0
fail()
{
	failures=$((failures + 1))
	echo "FAIL: $*"
}

setup()
{
	if ! zio_ "$@" >/dev/null 2>"$T/setup.err"; then
		echo "FAIL: setup: zio $*"
		sed 's/^/    | /' "$T/setup.err"
		exit 1
	fi
}

# ---- the database: one school, 8 providers, professionals and classes
setup init
setup school add Zuid --region zuid
setup group add EMB --hours 40 --wlz-share 50
i=1
while [ $i -le $WRITERS ]; do
	setup provider add "P$i"
	setup staff add "S$i" --provider "P$i" --contract-hours 40
	setup class add "K$i" --school Zuid --group EMB
	setup team add "S$i" "K$i"
	i=$((i + 1))
done

# ---- the commands of each writer, one per line (no argument has a space)
# Future shifts: this week (2026-W48, today is Monday 2026-11-23) to 2026-W51, 26 slots of
# 15 minutes a day from 08:30 (in the school day 08:30-15:00). Past shifts: 2026-W47. Extra
# care logged: 2026-W46. Every date is an open school day in region zuid.
i=1
while [ $i -le $WRITERS ]; do
	awk -v i="$i" -v n="$CHANGES" '
	function slot(k) { m = 510 + (k % 26) * 15; return sprintf("%02d:%02d-%02d:%02d", m / 60, m % 60, (m + 15) / 60, (m + 15) % 60) }
	BEGIN {
		split("2026-11-23 2026-11-24 2026-11-25 2026-11-26 2026-11-27 " \
		      "2026-11-30 2026-12-01 2026-12-02 2026-12-03 2026-12-04 " \
		      "2026-12-07 2026-12-08 2026-12-09 2026-12-10 2026-12-11 " \
		      "2026-12-14 2026-12-15 2026-12-16 2026-12-17 2026-12-18", fut, " ")
		split("2026-11-16 2026-11-17 2026-11-18 2026-11-19 2026-11-20", w47, " ")
		split("2026-11-09 2026-11-10 2026-11-11 2026-11-12 2026-11-13", w46, " ")
		f = p = q = 0
		for (j = 0; j < n; j++) {
			r = j % 10
			if (r < 8) {
				printf "shift add S%d K%d %s %s\n", i, i, fut[int(f / 26) + 1], slot(f); f++
			} else if (r == 8) {
				printf "shift add S%d K%d %s %s\n", i, i, w47[int(p / 26) + 1], slot(p); p++
			} else {
				printf "log add S%d K%d %s %s --note extra\n", i, i, w46[int(q / 26) + 1], slot(q); q++
			}
			if (j % 50 == 49)
				printf "log confirm --week 2026-W47 --school Zuid --provider P%d\n", i
		}
	}' >"$T/plan$i"
	i=$((i + 1))
done

# ---- writer: runs its lines; records every failed command (exit code, stderr)
writer()
{
	_n=0
	while read -r _line; do
		# shellcheck disable=SC2086 # the words of the line are the arguments
		zio_ $_line </dev/null >/dev/null 2>"$T/w$1.err1"
		_rc=$?
		_n=$((_n + 1))
		if [ $_rc -ne 0 ]; then
			echo "exit $_rc: zio $_line: $(cat "$T/w$1.err1")" >>"$T/w$1.fail"
		fi
		if [ -s "$T/w$1.err1" ]; then
			sed "s|^|zio $_line: |" "$T/w$1.err1" >>"$T/w$1.stderr"
		fi
	done <"$T/plan$1"
	echo "$_n" >"$T/w$1.done"
}

# ---- reader: zio week of the 4 weeks and the delivery report of last week, in turn until
# the writers are done; checks what each shows
WEEKS="2026-W48 2026-W49 2026-W50 2026-W51"
reader()
{
	_reads=0
	_id=$1
	while [ ! -f "$T/stop" ]; do
		for _w in $WEEKS; do
			zio_ week --school Zuid --week "$_w" </dev/null >"$T/r$_id.out" 2>"$T/r$_id.err1"
			_rc=$?
			_reads=$((_reads + 1))
			if [ $_rc -ne 0 ]; then
				echo "exit $_rc: zio week --school Zuid --week $_w: $(cat "$T/r$_id.err1")" >>"$T/r$_id.fail"
			fi
			if [ -s "$T/r$_id.err1" ]; then
				sed "s|^|zio week $_w: |" "$T/r$_id.err1" >>"$T/r$_id.stderr"
			fi
			# A class row starts with its name K<n>, then planned/budget; the lines below it
			# that start with spaces hold more shifts of the row's cells.
			awk -v week="$_w" -v classes="$WRITERS" '
			function flush() {
				if (name == "") return
				rows++
				if (sprintf("%.2f", sum / 60) != planned) {
					printf "%s %s: planned %s, but the shifts shown add up to %.2f\n", week, name, planned, sum / 60
					bad++
				}
				total += sum
			}
			function add(line,   s, t) {
				s = line
				while (match(s, /[0-9][0-9]:[0-9][0-9]-[0-9][0-9]:[0-9][0-9]/)) {
					t = substr(s, RSTART, RLENGTH)
					sum += (substr(t, 7, 2) * 60 + substr(t, 10, 2)) - (substr(t, 1, 2) * 60 + substr(t, 4, 2))
					s = substr(s, RSTART + RLENGTH)
				}
			}
			/^K[0-9]+ / {
				flush()
				name = $1; planned = $2; sub(/\/.*/, "", planned); sum = 0
				add(substr($0, length($1) + 1 + length($2) + 1))
				next
			}
			/^ / && name != "" { add($0); next }
			{ flush(); name = "" }
			END {
				flush()
				if (rows != classes) { printf "%s: %d class rows, expected %d\n", week, rows, classes; bad++ }
				printf "total %d\n", total > "/dev/stderr"
				exit bad ? 1 : 0
			}' "$T/r$_id.out" >>"$T/r$_id.bad" 2>"$T/r$_id.total" || {
				echo "--- the week as printed:" >>"$T/r$_id.bad"
				sed 's/^/    | /' "$T/r$_id.out" >>"$T/r$_id.bad"
			}
			# the minutes seen in this week, to show that the readers saw the writes happen
			echo "$_w $(sed -n 's/^total //p' "$T/r$_id.total")" >>"$T/r$_id.seen"
			# a rate limit, not synchronisation: 4 readers at full speed would take half of a
			# 2-CPU machine from the writers, and 4 reads a second each see plenty of states
			sleep 0.2
		done
		# Last week, the one of the past shifts: every state a writer goes through has
		# its confirmed shifts a multiple of 5 and at most 5 behind its shifts (shift and
		# log rows come from two queries: only one snapshot keeps them in step).
		zio_ report delivery --week 2026-W47 --school Zuid --format csv </dev/null >"$T/r$_id.out" 2>"$T/r$_id.err1"
		_rc=$?
		_reads=$((_reads + 1))
		if [ $_rc -ne 0 ] && [ $_rc -ne 1 ]; then   # 1: a class is short, as they are
			echo "exit $_rc: zio report delivery --week 2026-W47: $(cat "$T/r$_id.err1")" >>"$T/r$_id.fail"
		fi
		if [ -s "$T/r$_id.err1" ]; then
			sed "s|^|zio report delivery: |" "$T/r$_id.err1" >>"$T/r$_id.stderr"
		fi
		awk -F, -v classes="$WRITERS" '
		$2 ~ /^K[0-9]+$/ {
			rows++
			k = $6 * 4; c = $7 * 4
			if (k - c < 0 || k - c > 5 || c % 5 != 0) {
				printf "2026-W47 %s: %d shifts of 15 minutes planned, %d delivered: no writer was ever in that state\n", $2, k, c
				bad++
			}
		}
		END {
			if (rows != classes) { printf "report delivery: %d class rows, expected %d\n", rows, classes; bad++ }
			exit bad ? 1 : 0
		}' "$T/r$_id.out" >>"$T/r$_id.bad" || {
			echo "--- the report as printed:" >>"$T/r$_id.bad"
			sed 's/^/    | /' "$T/r$_id.out" >>"$T/r$_id.bad"
		}
		echo "W47 $(tr '\n' ' ' <"$T/r$_id.out" | cksum)" >>"$T/r$_id.seen"
	done
	echo "$_reads" >"$T/r$_id.done"
}

echo "stress: $WRITERS writers x $CHANGES changes, $READERS readers, on $ZIO_DB"
t0=$(date +%s)
r=1
while [ $r -le $READERS ]; do
	reader $r &
	pids="$pids $!"
	r=$((r + 1))
done
wpids=
i=1
while [ $i -le $WRITERS ]; do
	writer $i &
	wpids="$wpids $!"
	i=$((i + 1))
done
pids="$pids $wpids"
for p in $wpids; do
	wait "$p"
done
t1=$(date +%s)
: >"$T/stop"
wait
pids=

# ---- checks
total_changes=$((WRITERS * CHANGES))
past=$((CHANGES / 10))
want_shifts=$((WRITERS * CHANGES * 9 / 10))
want_logs=$((WRITERS * past * 2))

commands=0
i=1
while [ $i -le $WRITERS ]; do
	n=$(cat "$T/w$i.done" 2>/dev/null || echo 0)
	commands=$((commands + n))
	if [ -s "$T/w$i.fail" ]; then
		fail "writer $i: $(wc -l <"$T/w$i.fail" | tr -d ' ') zio commands failed, the first ones:"
		sed -n '1,5s/^/    | /p' "$T/w$i.fail"
	fi
	i=$((i + 1))
done
reads=0
r=1
while [ $r -le $READERS ]; do
	n=$(cat "$T/r$r.done" 2>/dev/null || echo 0)
	reads=$((reads + n))
	if [ -s "$T/r$r.fail" ]; then
		fail "reader $r: $(wc -l <"$T/r$r.fail" | tr -d ' ') zio week commands failed, the first ones:"
		sed -n '1,5s/^/    | /p' "$T/r$r.fail"
	fi
	if [ -s "$T/r$r.bad" ]; then
		fail "reader $r saw totals that disagree with the shifts shown:"
		sed -n '1,40s/^/    | /p' "$T/r$r.bad"
	fi
	r=$((r + 1))
done

cat "$T"/w*.stderr "$T"/r*.stderr 2>/dev/null >"$T/all.stderr"
busy=$(grep -ciE 'locked|busy' "$T/all.stderr")
if [ "$busy" -gt 0 ]; then
	fail "$busy lines of stderr said the database was locked or busy:"
	grep -iE 'locked|busy' "$T/all.stderr" | sed -n '1,10s/^/    | /p'
	echo "  per command:"
	grep -iE 'locked|busy' "$T/all.stderr" | awk '{ print "    " $2 " " $3 }' | sort | uniq -c
fi
other=$(grep -viE 'locked|busy' "$T/all.stderr" | grep -c .)
if [ "$other" -gt 0 ]; then
	fail "$other other lines on stderr (no command should print anything there):"
	grep -viE 'locked|busy' "$T/all.stderr" | sed -n '1,10s/^/    | /p'
fi

# distinct totals seen by the readers: more than one per week means they read during writes
distinct=$(cat "$T"/r*.seen 2>/dev/null | sort -u | grep -c .)
if [ "$reads" -lt $((READERS * 4)) ]; then
	fail "the readers read only $reads times"
fi
if [ "$distinct" -le 4 ]; then
	fail "the readers saw only $distinct different states of the 4 weeks: they did not read while the writers wrote"
fi

q()
{
	sqlite3 -batch -noheader -list "$ZIO_DB" "$1" 2>&1
}
expect()
{
	got=$(q "$2")
	if [ "$got" != "$3" ]; then
		fail "$1: $2: expected $3, got $got"
	fi
}
expect "every shift added" "SELECT count(*) FROM shift" "$want_shifts"
expect "every shift of every writer" \
	"SELECT group_concat(n, ' ') FROM (SELECT count(*) AS n FROM shift GROUP BY class_id ORDER BY class_id)" \
	"$(i=1; s=; while [ $i -le $WRITERS ]; do s="$s $((CHANGES * 9 / 10))"; i=$((i + 1)); done; echo ${s# })"
expect "extra care logged" "SELECT count(*) FROM log_entry WHERE shift_id IS NULL" "$((WRITERS * past))"
expect "past shifts confirmed" "SELECT count(*) FROM log_entry WHERE shift_id IS NOT NULL" "$((WRITERS * past))"
expect "no shift confirmed twice" "SELECT count(*) FROM (SELECT shift_id FROM log_entry WHERE shift_id IS NOT NULL GROUP BY shift_id HAVING count(*) > 1)" 0
expect "the audit trail has every insert" \
	"SELECT count(*) FROM audit WHERE action = 'insert' AND entity IN ('shift', 'log_entry')" \
	"$((want_shifts + want_logs))"
expect "integrity" "PRAGMA integrity_check" ok
expect "foreign keys" "PRAGMA foreign_key_check" ""

if [ -n "$PRELOAD" ] && [ ! -s "$T/stats" ]; then
	fail "the shim $SHIM counted nothing: is it loaded into zio?"
	waits="not counted"
elif [ -n "$PRELOAD" ]; then
	waits=$(awk '$2 > 0 { p++; n += $2; us += $4; if ($4 > most) most = $4 }
		END { printf "%d waits for a lock (SQLite busy handler retries) in %d of %d zio processes, %.1f s in all, at most %.2f s in one", n, p, NR, us / 1e6, most / 1e6 }' "$T/stats" 2>/dev/null)
else
	waits="not counted (no fault shim given)"
fi

secs=$((t1 - t0))
[ "$secs" -gt 0 ] || secs=1
echo "stress: $total_changes changes ($want_shifts shifts, $((WRITERS * past)) hours logged, and $((WRITERS * past)) shifts confirmed by $((WRITERS * CHANGES / 50)) log confirms) in $commands zio commands by $WRITERS writers"
echo "stress: $secs s, $((commands / secs)) write commands/s; $reads reads by $READERS readers ($distinct distinct states seen)"
echo "stress: retries: $waits; the script itself never retries: a command that fails fails the test"
if [ "$failures" -gt 0 ]; then
	echo "stress: $failures checks failed"
	exit 1
fi
echo "stress: passed"
exit 0
