# A database that is missing, not SQLite at all, SQLite but not zio's, from a newer zio,
# truncated, read-only, or locked by another program: every command (reads, writes, imports)
# stops with one error line and exit code 3, never a crash or a hang, and a file that is not a
# usable zio database is left exactly as it was.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

REAL_ZIO=$ZIO
# Never hang: every zio of this script gets 30 s (a lock is held for less than that).
if command -v timeout >/dev/null 2>&1; then
	printf '#!/bin/sh\nexec timeout 30 %s "$@"\n' "'$REAL_ZIO'" >zio-timeout
	chmod +x zio-timeout
	ZIO=$PWD/zio-timeout
fi

printf 'school,name,group\nDe Wilgenhoek,Nieuw,EMB\n' >classes.csv
printf '[2029-2030 herfstvakantie]\nzuid = 2029-10-13..2029-10-21\n' >holidays.ini
# A second of busy waiting is enough to show a lock; the default is five.
printf '[database]\nbusy_timeout = 300\n' >fast.ini

# The commands tried on every broken database: reads, writes and imports.
# each_command DB [TEXT]: each fails with exit code 3 and one line (containing TEXT); with
# TEXT "ok", each succeeds (the good database they are tried on first).
each_command()
{
	_db=$1
	_text=${2:-}
	for _cmd in "staff list" "week --school 1" "check --week 2026-W48" \
		"staff add Nieuw --provider 1" "plan fill --school 1 --week 2026-W49" \
		"log confirm --week 2026-W47 --school 1" "import classes classes.csv --dry-run" \
		"holidays import holidays.ini"; do
		# shellcheck disable=SC2086 # the command's words
		run --config fast.ini --db "$_db" $_cmd
		if [ "$_text" = ok ]; then
			expect_code 0
		else
			expect_error 3 "$_text"
		fi
	done
}

# broken NAME DB [TEXT]: every command fails on DB, which is byte for byte as before.
broken()
{
	cp "$2" "$1.before"
	each_command "$2" "${3:-}"
	check "$1: the file is untouched" cmp -s "$1.before" "$2"
	rm -f "$1.before"
}

# --- a good database, to break in various ways (the demo: every table has rows)
run --db good.db init --demo
expect_ok
size=$(wc -c <good.db | tr -d ' ')
check "the demo database is big enough to cut ($size bytes)" [ "$size" -gt 65536 ]
cp good.db works.db
each_command works.db ok

# --- missing: no file, no folder
each_command missing.db "no database"
each_command nofolder/missing.db "no database"
check "no file was made" sh -c '[ ! -e missing.db ] && [ ! -e nofolder ]'

# --- not SQLite: empty, text, a CSV file, random bytes, a folder, a FIFO, /dev/null
: >empty.db
broken empty empty.db "not a zio database"
printf 'Dit is geen database.\n' >text.db
broken text text.db "not a zio database"
cp classes.csv csv.db
broken csv csv.db
awk 'BEGIN { x = 5; for (i = 0; i < 8192; i++) { x = (x * 75 + 74) % 65537; printf "%c", 32 + x % 95 } }' >random.db
broken random random.db
head -c 65536 "$REAL_ZIO" >binary.db
broken binary binary.db
mkdir folder.db
each_command folder.db "not a regular file"
mkfifo fifo.db
each_command fifo.db "not a regular file"
each_command /dev/null "not a regular file"

# --- SQLite, but not zio's; and zio's, but from a newer zio
sqlite3 other.db "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('x');"
broken other other.db "not a zio database"
cp good.db newer.db
sqlite3 newer.db "PRAGMA user_version = 999"
broken newer newer.db "newer"

# --- truncated: inside the header, the header alone, one page, a quarter, a half, all but
# the last page
for cut in 50 100 4096 $((size / 4)) $((size / 2)) $((size - 4096)); do
	head -c "$cut" good.db >"cut$cut.db"
	broken "cut$cut" "cut$cut.db"
done
# a header that lies about the page size
cp good.db header.db
printf '\377\377' | dd of=header.db bs=1 seek=16 conv=notrunc 2>/dev/null
broken header header.db

# zio init never overwrites any of these
for f in empty.db text.db random.db cut4096.db other.db; do
	cp "$f" before.db
	run --db "$f" init
	expect_error 3 "already exists"
	check "zio init left $f as it was" cmp -s before.db "$f"
done

# --- read-only: the file, or the folder it is in (zio needs to write next to it). root may
# write anything, so then zio runs as nobody (setpriv) where it can.
as_user=
if [ "$(id -u)" != 0 ]; then
	as_user=yes
elif command -v setpriv >/dev/null 2>&1; then
	printf '#!/bin/sh\nexec setpriv --reuid=65534 --regid=65534 --clear-groups -- %s "$@"\n' \
		"'$ZIO'" >zio-nobody
	chmod 755 zio-nobody
	# nobody must reach this folder (its parents are ours, mode 0700 from mktemp)
	chmod 755 . .. 2>/dev/null
	if ./zio-nobody --version >/dev/null 2>&1; then
		ZIO=$PWD/zio-nobody
		as_user=nobody
	fi
fi
if [ -n "$as_user" ]; then
	mkdir ro rofolder
	cp good.db ro/ro.db
	cp good.db rofolder/good.db
	chmod 644 rofolder/good.db
	[ "$as_user" = nobody ] && chown 65534 ro/ro.db && chmod 755 ro
	chmod 444 ro/ro.db
	broken readonly ro/ro.db
	chmod 555 rofolder
	[ "$as_user" = nobody ] && chown 65534 rofolder/good.db
	broken rofolder rofolder/good.db
	chmod 755 rofolder
	ZIO=${REAL_ZIO}
	[ -x "$PWD/zio-timeout" ] && ZIO=$PWD/zio-timeout
else
	echo "note: running as root without setpriv: the read-only checks are skipped"
fi

# --- locked by another program (the sqlite3 shell in a transaction, fed through a FIFO so
# that it holds the lock until we let go; killed by timeout if this script dies)
# lock DB MODE: hold a lock of MODE (write: BEGIN EXCLUSIVE, all: exclusive locking mode).
lock()
{
	rm -f lock.in
	mkfifo lock.in
	timeout 60 sqlite3 "$1" <lock.in >lock.out 2>&1 &
	lock_pid=$!
	exec 9>lock.in
	if [ "$2" = all ]; then
		printf '.timeout 20000\nPRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM school;\n' >&9
	else
		printf '.timeout 20000\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM school;\n' >&9
	fi
	# poll until another connection cannot start a write (30 s at most: CI machines are busy);
	# the holder waits (.timeout) for the poller's own short transactions, else its BEGIN
	# could fail against one of them and the lock would never be taken
	_i=0
	while sqlite3 "$1" 'PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1; do
		_i=$((_i + 1))
		if [ "$_i" -gt 300 ]; then
			_fail "sqlite3 did not take the lock of $1"
			break
		fi
		sleep 0.1
	done
}

unlock()
{
	printf 'ROLLBACK;\n' >&9
	exec 9>&-
	wait "$lock_pid"
}

cp good.db locked.db
snapshot locked.db >before
lock locked.db write
# with WAL, reading goes on while another program writes; every change waits, then fails
for cmd in "staff list" "week --school 1" "shift list --week 2026-W48"; do
	# shellcheck disable=SC2086
	run --config fast.ini --db locked.db $cmd
	expect_ok
done
for cmd in "staff add Nieuw --provider 1" "school add Nieuw --region zuid" \
	"closure add 1 2026-12-01 --reason studiedag" "import classes classes.csv" \
	"holidays import holidays.ini" "log confirm --week 2026-W47 --school 1"; do
	# shellcheck disable=SC2086
	run --config fast.ini --db locked.db $cmd
	expect_error 3 "locked.db"
done
unlock
expect_unchanged locked.db before
# the lock gone, the same change goes through
run --db locked.db staff add Nieuw --provider 1
expect_ok

cp good.db locked2.db
lock locked2.db all
each_command locked2.db "locked2.db"
unlock
run --db locked2.db staff list
expect_ok
finish
