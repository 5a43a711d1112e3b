# kill -9 at a random moment: a `zio import staff` of 10,000 rows and a `zio plan fill` of a
# school year (of the demo's first school, its weeks from today on cleared first), each
# KILL_RUNS (20; 10 under AddressSanitizer) times on a fresh copy of the same database. The moment is drawn from a
# fixed seed (KILL_SEED): half of them uniformly between the start and 1.2 times the time the
# operation takes without a kill, half between 0.6 and 1.2 times it, where zio writes the
# commit and the checkpoint at close; some land before the transaction, some inside it, some
# while it writes, and a few after zio has ended. The sleep
# before the kill is that random moment, not a wait for anything. After each kill:
#   - the database opens: zio school list exits 0;
#   - PRAGMA integrity_check is ok;
#   - the operation is there fully or not at all: the row counts of the tables it writes
#     (professional, shift, audit) equal those before it or those after a run without a kill.
. "${CLI_LIB:-$(dirname "$0")/../cli/lib.sh}"

RUNS=${KILL_RUNS:-20}
SEED=${KILL_SEED:-8}
if [ -z "${KILL_RUNS:-}" ] && ldd "$ZIO" | grep -q 'libasan\.so'; then
	RUNS=10
	echo "crash: zio is built with AddressSanitizer, some 3 times slower: $RUNS runs each instead of 20"
fi
export ZIO_DB=$PWD/k.db

run init --demo
expect_ok
# Clear the first school's weeks from this one (2026-W48) to the end of the school year;
# the fill puts them back (the weeks before are there already, and locked when approved).
for w in 2026-W48 2026-W49 2026-W50 2026-W51 2026-W52 2026-W53; do
	run plan clear --week "$w" --school "De Wilgenhoek"
	expect_code 0
done
w=1
while [ $w -le 30 ]; do
	run plan clear --week "$(printf '2027-W%02d' $w)" --school "De Wilgenhoek"
	expect_code 0
	w=$((w + 1))
done
mv k.db base.db
check "the set-up left no WAL behind" test ! -e k.db-wal

awk 'BEGIN {
	print "name,provider,contract_hours,discipline,from"
	for (i = 1; i <= 10000; i++)
		printf "Medewerker %05d,Zorggroep Horizon,%d,begeleider,2026-08-01\n", i, 8 + i % 29
}' >staff.csv

fresh()
{
	rm -f k.db k.db-wal k.db-shm
	cp base.db k.db
}

counts()
{
	sql k.db "SELECT 'professional ' || (SELECT count(*) FROM professional) || ', shift ' || (SELECT count(*) FROM shift) || ', audit ' || (SELECT count(*) FROM audit)"
}

now_ms()
{
	echo $(($(date +%s%N) / 1000000))
}

# kills NAME ARGS...: the clean run, then RUNS runs killed at a random moment
kills()
{
	_name=$1
	shift
	# twice, and the quicker one counts: a busy machine makes a run slow now and then
	_ms=
	for _try in 1 2; do
		fresh
		_before=$(counts)
		_t0=$(now_ms)
		run "$@"
		_t1=$(now_ms)
		expect_code 0
		_after=$(counts)
		if [ -z "$_ms" ] || [ $((_t1 - _t0)) -lt "$_ms" ]; then
			_ms=$((_t1 - _t0))
		fi
	done
	check "$_name changes the database" test "$_before" != "$_after"
	# The clean run is timed while other tests load the machine; when it came out so slow
	# that every kill fell after the operation, the series is drawn again for half the time
	# (at most three rounds), so that the check below tests zio, not the machine's load.
	_round=0
	_none=0
	_all=0
	while [ $((_none + _all)) = 0 ] && [ "$_round" -lt 3 ]; do
		[ "$_round" -gt 0 ] && _ms=$((_ms / 2))
		_round=$((_round + 1))
		kill_series "$@"
	done
	echo "crash: $_name ($_ms ms without a kill, round $_round): $RUNS kill -9 at 0..$((_ms * 6 / 5)) ms: $_none with nothing there ($_wal of them killed while writing: the WAL they left had no commit), $_all with all there (killed after the commit), $_done ended before the kill; every time the database opened with integrity ok"
	check "$_name: some kills land inside the operation" test $((_none + _all)) -gt 0
}

# kill_series ARGS...: RUNS runs of zio ARGS killed at moments drawn for _ms milliseconds
kill_series()
{
	_none=0
	_all=0
	_done=0
	_wal=0
	_delays=$(awk -v seed="$SEED" -v n="$RUNS" -v ms="$_ms" -v name="$_name" 'BEGIN {
		srand(seed + length(name))
		for (i = 0; i < n; i++)   # every other one in the last part: the commit and checkpoint
			printf "%.3f\n", (i % 2 ? 0.6 + rand() * 0.6 : rand() * 1.2) * ms / 1000
	}')
	for _d in $_delays; do
		fresh
		"$ZIO" "$@" </dev/null >/dev/null 2>&1 &
		_pid=$!
		sleep "$_d"
		kill -KILL "$_pid" 2>/dev/null
		wait "$_pid"
		_rc=$?
		# a WAL left behind: the kill hit while zio wrote (or checkpointed)
		_w=0
		[ -s k.db-wal ] && _w=1
		last_cmd="$(_quote "$@") (killed after $_d s)"
		run school list
		if [ "$code" != 0 ]; then
			_fail "$_name, killed after $_d s: the database does not open (zio school list exits $code)"
			continue
		fi
		_ic=$(sql k.db "PRAGMA integrity_check" 2>&1)
		if [ "$_ic" != ok ]; then
			_fail "$_name, killed after $_d s: integrity_check: $_ic"
			continue
		fi
		_now=$(counts)
		if [ "$_rc" = 0 ]; then
			_done=$((_done + 1))   # it had ended before the kill
			check "$_name ended before the kill after $_d s: fully there" test "$_now" = "$_after"
		elif [ "$_now" = "$_before" ]; then
			_none=$((_none + 1))
			_wal=$((_wal + _w))
			_pass
		elif [ "$_now" = "$_after" ]; then
			_all=$((_all + 1))
			_pass
		else
			_fail "$_name, killed after $_d s (exit $_rc): half there: $_now; before: $_before; after: $_after"
		fi
	done
}

kills "zio import staff (10,000 rows)" import staff staff.csv
kills "zio plan fill (a school year)" plan fill --school "De Wilgenhoek" --school-year 2026-2027

finish
