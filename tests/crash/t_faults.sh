# I/O faults: the Nth write or sync of zio to its database or WAL fails (tests/crash/faultvfs.c,
# loaded with LD_PRELOAD), for every N that a staff import (100 rows: 96 added, 4 changed) and
# a week fill (40 shifts) make; once with only the Nth failing, once with every one from the
# Nth on (a disk that stays broken; every third N, and not under AddressSanitizer, to save
# time). Each time:
#   - exit 3, stdout empty, stderr exactly one line starting with "zio", and the database
#     unchanged (integrity_check, every table's row count and the full dump as before); or
#   - exit 0, nothing on stderr, and the database fully changed (the same snapshot as a run
#     without faults): this happens when the fault hits after the commit, when SQLite copies
#     the WAL into the database file (the checkpoint at close) - the commit is already in the
#     WAL, which the next open reads, so nothing is lost; zio rightly says nothing.
# Nothing else is allowed: not exit 3 with the change made, nor exit 0 without it, nor half.
. "${CLI_LIB:-$(dirname "$0")/../cli/lib.sh}"

: "${FAULTVFS:?FAULTVFS must name libfaultvfs.so (run the tests with tests/crash/run.sh)}"

# The shim must be loaded into the libsqlite3 zio uses; under AddressSanitizer the ASan
# runtime must come first in LD_PRELOAD.
if ! ldd "$ZIO" | grep -q 'libsqlite3\.so'; then
	echo "FAIL: $ZIO does not link libsqlite3 dynamically: the fault shim cannot be loaded into it"
	exit 1
fi
PRELOAD=$FAULTVFS
asan=$(ldd "$ZIO" | awk '/libasan\.so/ { print $3; exit }')
STICKY="0 1"
if [ -n "$asan" ]; then
	PRELOAD="$asan $FAULTVFS"
	STICKY=0
	echo "crash: zio is built with AddressSanitizer (LD_PRELOAD=\"$PRELOAD\"), some 3 times slower: the faults that stay (FAULT_STICKY=1) are left to the plain build"
fi

# Today early in the school year: no warning that the holiday dates run out, so that a run
# without faults prints nothing on stderr.
ZIO_TODAY=2026-09-07
export ZIO_TODAY
export ZIO_DB=$PWD/f.db

# A small school: 4 classes, each with a professional and a pattern of 10 shifts a week.
run init
run school add Zuid --region zuid
run group add EMB --hours 20 --wlz-share 50
run provider add Samen
for i in 1 2 3 4; do
	run class add "K$i" --school Zuid --group EMB
	run staff add "S$i" --provider Samen --contract-hours 40
	run team add "S$i" "K$i"
	for d in ma di wo do vr; do
		run pattern add "S$i" "K$i" "$d" 08:30-12:00
		run pattern add "S$i" "K$i" "$d" 12:30-15:00
	done
done
expect_ok
expect_sql f.db "SELECT count(*) FROM pattern" 40
mv f.db base.db
check "the set-up left no WAL behind" test ! -e f.db-wal
{
	echo "name,provider,contract_hours,discipline"
	for i in 1 2 3 4; do
		echo "S$i,Samen,32,verzorgende"
	done
	i=1
	while [ $i -le 96 ]; do
		echo "Medewerker $i,Samen,24,begeleider"
		i=$((i + 1))
	done
} >staff.csv

fresh()
{
	rm -f f.db f.db-wal f.db-shm
	cp base.db f.db
}

# frun FAULT_ENV... -- ARGS...: run zio ARGS with the shim and the FAULT_* variables given
frun()
{
	_fenv=
	while [ "$1" != -- ]; do
		_fenv="$_fenv $1"
		shift
	done
	shift
	_shown=0
	last_cmd="$(_quote "$@") (with$_fenv)"
	# shellcheck disable=SC2086 # the words are NAME=VALUE pairs without spaces
	env LD_PRELOAD="$PRELOAD" $_fenv "$ZIO" "$@" </dev/null >"$OUT" 2>"$ERR"
	code=$?
	out=$(cat "$OUT")
	err=$(cat "$ERR")
}

fresh
snapshot f.db >before.snap

# faults NAME ARGS...: the whole round for one operation
faults()
{
	_name=$1
	shift
	fresh
	frun FAULT_COUNT="$PWD/count" -- "$@"
	expect_ok
	snapshot f.db >after.snap
	check "$_name changes the database" sh -c '! cmp -s before.snap after.snap'
	_writes=$(awk '{ print $2 }' count 2>/dev/null)
	_syncs=$(awk '{ print $4 }' count 2>/dev/null)
	if [ -z "$_writes" ] || [ "$_writes" -lt 2 ] || [ -z "$_syncs" ] || [ "$_syncs" -lt 1 ]; then
		_fail "the shim counted ${_writes:-no} writes and ${_syncs:-no} syncs: it is not in use"
		return
	fi
	for _kind in write sync; do
		_max=$_writes
		_var=FAULT_WRITE_AT
		if [ $_kind = sync ]; then
			_max=$_syncs
			_var=FAULT_SYNC_AT
		fi
		for _sticky in $STICKY; do
			_n=1
			_fail3=
			_ok0=
			_claims=
			while [ $_n -le "$_max" ]; do
				# a fault that stays: every third N (and the last) is enough, the rest is the same
				if [ $_sticky = 1 ] && [ $((_n % 3)) != 1 ] && [ $_n != "$_max" ]; then
					_n=$((_n + 1))
					continue
				fi
				fresh
				rm -f trace
				frun "$_var=$_n" FAULT_STICKY=$_sticky FAULT_TRACE="$PWD/trace" -- "$@"
				_where=$(grep ' FAULT$' trace 2>/dev/null | sed -n '1s/^[a-z]* [0-9]* \([a-z]*\).*/\1/p')
				if [ -z "$_where" ]; then
					_fail "$_name: the $_kind fault at $_n did not happen (trace: $(tr '\n' ' ' <trace 2>/dev/null))"
				elif [ "$code" = 3 ]; then
					# what stdout reports did not happen: it should say nothing
					if [ -s "$OUT" ]; then
						_claims="$_claims $_n"
						_said=$(head -n 1 "$OUT")
					else
						_pass
					fi
					expect_err_one_line
					expect_unchanged f.db before.snap
					_fail3="$_fail3 $_n($_where)"
				elif [ "$code" = 0 ]; then
					expect_err_empty
					snapshot f.db >now.snap
					if cmp -s after.snap now.snap; then
						_pass
					else
						_fail "$_name: exit 0 after the $_kind fault at $_n ($_where), but the database is not the full result"
						diff after.snap now.snap | sed -n '1,10s/^/    /p'
					fi
					_ok0="$_ok0 $_n($_where)"
				else
					_fail "$_name: exit $code after the $_kind fault at $_n ($_where): expected 3 (or 0 after the commit)"
				fi
				_n=$((_n + 1))
			done
			_mode=only
			[ $_sticky = 1 ] && _mode="and every later one; N = 1, 4, 7, ... and the last"
			if [ -n "$_claims" ]; then
				failures=$((failures + 1))
				echo "FAIL: $_name: exit 3 after the $_kind fault at N =$(_ranges $_claims | sed 's/ ()//g'), but stdout reports what did not happen: $_said"
			fi
			echo "crash: $_name, the Nth $_kind fails ($_mode), N = 1..$_max: exit 3, unchanged:$(_ranges $_fail3); exit 0, all there:$(_ranges $_ok0)"
		done
	done
}

# "1(wal) 2(wal) 3(wal) 7(db)" -> " 1-3 (wal) 7 (db)": the Ns tried, in runs of the same file
_ranges()
{
	[ $# -eq 0 ] && { echo " none"; return; }
	printf '%s\n' "$@" | sed 's/[()]/ /g' | awk '
		function out() { if (a == "") return; s = s " " (a == b ? a : a "-" b) " (" w ")" }
		{ if (a != "" && $2 == w) { b = $1; next } out(); a = $1; b = $1; w = $2 }
		END { out(); print s }'
}

faults "zio import staff" import staff staff.csv
faults "zio plan fill" plan fill --week 2026-W50 --school Zuid

finish
