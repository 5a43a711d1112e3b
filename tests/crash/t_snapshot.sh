# Read-only commands read one snapshot: changes that another program commits while a reader
# is half-way never show up in half of its output. The fault shim (tests/crash/faultvfs.c)
# stops the reader at its Nth read of the database, runs sqlite3 to commit a change to three
# tables (a class's budget, a shift, the hours logged for it), and lets the reader go on. For every N, the reader's output must be exactly what it prints before that change or
# exactly what it prints after it; a mix means two snapshots. Readers: zio week, zio report
# delivery, zio export timesheet (each reads several tables, one query after another).
. "${CLI_LIB:-$(dirname "$0")/../cli/lib.sh}"

: "${FAULTVFS:?FAULTVFS must name libfaultvfs.so (run the tests with tests/crash/run.sh)}"
if ! ldd "$ZIO" | grep -q 'libsqlite3\.so'; then
	echo "FAIL: $ZIO does not link libsqlite3 dynamically: the fault shim cannot be loaded into it"
	exit 1
fi
PRELOAD=$FAULTVFS
asan=$(ldd "$ZIO" | awk '/libasan\.so/ { print $3; exit }')
[ -n "$asan" ] && PRELOAD="$asan $FAULTVFS"

export ZIO_DB=$PWD/s.db
run init
run school add Zuid --region zuid
run group add EMB --hours 20 --wlz-share 50
run provider add Samen
for i in 1 2; do
	run class add "K$i" --school Zuid --group EMB
	run staff add "S$i" --provider Samen --contract-hours 40
	run team add "S$i" "K$i"
	for d in ma di wo do vr; do
		run pattern add "S$i" "K$i" "$d" 08:30-12:00
	done
done
expect_ok
run plan fill --week 2026-W47 --school Zuid
expect_code 0
run log confirm --week 2026-W47 --school Zuid
expect_code 0
mv s.db base.db
check "the set-up left no WAL behind" test ! -e s.db-wal

# The other program's change, in one transaction: K1's weekly budget, a shift, its hours.
# (sqlite3 rather than three zio commands: one process and one commit per read is quicker.)
cat >change.sql <<'EOF'
.timeout 5000
BEGIN IMMEDIATE;
UPDATE class SET weekly_minutes = 1800 WHERE name = 'K1';
INSERT INTO shift (professional_id, class_id, date, start_min, end_min)
  SELECT p.id, c.id, '2026-11-20', 780, 840 FROM professional p, class c WHERE p.name = 'S1' AND c.name = 'K1';
INSERT INTO log_entry (shift_id, professional_id, class_id, date, start_min, end_min, kind, logged_by, logged_at)
  SELECT id, professional_id, class_id, date, start_min, end_min, 'delivered', 'other', '2026-11-23T12:00:00Z'
  FROM shift WHERE id = last_insert_rowid();
COMMIT;
EOF
HOOK="sqlite3 -batch $(_quote "$ZIO_DB") <$(_quote "$PWD/change.sql") >/dev/null"

fresh()
{
	rm -f s.db s.db-wal s.db-shm trace
	cp base.db s.db
}

# snap NAME ARGS...: the round for one reader
snap()
{
	_name=$1
	shift
	fresh
	env LD_PRELOAD="$PRELOAD" FAULT_COUNT="$PWD/count" "$ZIO" "$@" </dev/null >before.out 2>/dev/null
	_reads=$(awk '{ print $8 }' count 2>/dev/null)
	fresh
	sh -c "$HOOK"
	run "$@"
	cp "$OUT" after.out
	check "$_name: the change shows in the output" sh -c '! cmp -s before.out after.out'
	if [ -z "$_reads" ] || [ "$_reads" -lt 2 ]; then
		_fail "$_name: the shim counted ${_reads:-no} reads: it is not in use"
		return
	fi
	_b=0
	_a=0
	_n=1
	while [ $_n -le "$_reads" ]; do
		fresh
		_shown=0
		last_cmd="$(_quote "$@") (another program writes at its read $_n)"
		env LD_PRELOAD="$PRELOAD" FAULT_HOOK_AT_READ=$_n FAULT_HOOK_CMD="$HOOK" FAULT_TRACE="$PWD/trace" \
			"$ZIO" "$@" </dev/null >"$OUT" 2>"$ERR"
		code=$?
		out=$(cat "$OUT")
		err=$(cat "$ERR")
		if ! grep -q "^hook $_n exit 0$" trace 2>/dev/null; then
			_fail "$_name: the other program did not run at read $_n, or failed: $(cat trace 2>/dev/null)"
		elif cmp -s "$OUT" before.out; then
			_b=$((_b + 1))
			_pass
		elif cmp -s "$OUT" after.out; then
			_a=$((_a + 1))
			_pass
		else
			_fail "$_name: with another program's change at read $_n, the output is neither the one before nor the one after it"
			diff before.out "$OUT" | sed -n '1,12s/^/    before> /p'
		fi
		_n=$((_n + 1))
	done
	echo "crash: $_name: another program's change committed at each of its $_reads reads: $_a times all of it seen (it came before the snapshot), $_b times none of it"
}

snap "zio week" week --school Zuid --week 2026-W47
snap "zio report delivery" report delivery --week 2026-W47 --school Zuid --format csv
snap "zio export timesheet" export timesheet --week 2026-W47 --format csv

finish
