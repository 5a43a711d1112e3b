# Exports that cannot half-happen (zio export timesheet csv/xlsx/pdf, export ical, export
# bundle), on a week of the demo database:
#   - a symlink planted at the target path is replaced by a regular file, never written
#     through: its target stays as it was (or is not created, for a dangling link);
#   - the file has mode 0640 whatever the umask;
#   - a failure mid-way, simulated with RLIMIT_FSIZE (ulimit -f: 1 block of 512 bytes, so
#     that the first write fails; half the file's size, so that one in the middle does; a
#     block short of it, so that the last one does),
#     leaves the old file as it was (or no file), no temporary file (.zio-XXXXXX), a one-line
#     error that names the file, and exit code 3; zio is not killed by SIGXFSZ. A bundle
#     leaves no folder behind.
# While zio runs under the limit, a sqlite3 process keeps the database open, so that SQLite's
# shared-memory file (-shm, 32 KiB) already exists: zio itself then writes nothing but the
# export, and the limit hits the export, not the opening of the database.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/d.db
run init --demo
expect_ok
WEEK=2026-W47

# ex RUNNER FORMAT FILE: RUNNER (run, lim or plain) the export of FORMAT to -o FILE
ex()
{
	case $2 in
	csv | xlsx | pdf) $1 export timesheet --week "$WEEK" --format "$2" -o "$3" ;;
	ics) $1 export ical --class "SO Bevers" --from 2026-08-01 --to 2027-07-31 -o "$3" ;;
	esac
}

plain()
{
	"$ZIO" "$@" </dev/null >/dev/null 2>&1
}

# the temporary files of zio's exports: .zio-XXXXXX (lib.sh's own are .zio-out, .zio-err, ...)
no_temp_files()
{
	! find . -name '.zio-??????' | grep -q .
}

# ---- a planted symlink is replaced, not followed
mkdir victim
for f in csv xlsx pdf ics; do
	echo "do not touch" >victim/secret.txt
	chmod 0600 victim/secret.txt
	ln -s victim/secret.txt "out.$f"
	ex run "$f" "out.$f"
	expect_code 0
	check "$f: the link's target is untouched" test "$(cat victim/secret.txt)" = "do not touch"
	check "$f: the link's target keeps its mode" test "$(stat -c %a victim/secret.txt)" = 600
	check "$f: out.$f is now a regular file" test -f "out.$f" -a ! -L "out.$f"
	check "$f: out.$f has the export" test "$(stat -c %s "out.$f")" -gt 1000
	# a dangling link: its target must not be created
	ln -s victim/new.$f "dangling.$f"
	ex run "$f" "dangling.$f"
	expect_code 0
	check "$f: the dangling link's target is not created" test ! -e "victim/new.$f"
	check "$f: dangling.$f is now a regular file" test -f "dangling.$f" -a ! -L "dangling.$f"
	check "$f: no temporary file left" no_temp_files
	rm -f "out.$f" "dangling.$f"
done

# ---- mode 0640, whatever the umask (new file, and replacing one of another mode)
for mask in 077 000 022; do
	for f in csv xlsx pdf ics; do
		(
			umask $mask
			ex plain "$f" "m$mask.$f"
		)
		check "$f, umask $mask: mode 0640" test "$(stat -c %a "m$mask.$f" 2>/dev/null)" = 640
	done
done
echo old >old-mode.csv
chmod 0666 old-mode.csv
ex run csv old-mode.csv
expect_code 0
check "csv replacing a 0666 file: mode 0640" test "$(stat -c %a old-mode.csv)" = 640

# ---- RLIMIT_FSIZE: the write fails half-way
# Keep the database open in a sqlite3 process (fd 9 feeds it; closing fd 9 ends it).
rm -f hold.fifo
mkfifo hold.fifo
sqlite3 "$ZIO_DB" <hold.fifo >/dev/null 2>&1 &
holder=$!
exec 9>hold.fifo
echo "SELECT count(*) FROM school;" >&9
shm_ready()
{
	test "$(stat -c %s "$ZIO_DB-shm" 2>/dev/null)" = 32768
}
_i=0
while ! shm_ready && [ $_i -lt 100 ]; do   # polls for sqlite3 to have opened it
	sleep 0.1
	_i=$((_i + 1))
done
check "sqlite3 holds the database open (its -shm is 32 KiB)" shm_ready

# run_limited BLOCKS ARGS...: run zio ARGS with the file size limited to BLOCKS (512 bytes)
run_limited()
{
	_blocks=$1
	shift
	_shown=0
	last_cmd="$(_quote "$@") (ulimit -f $_blocks)"
	(
		ulimit -f "$_blocks" && exec "$ZIO" "$@"
	) </dev/null >"$OUT" 2>"$ERR"
	code=$?
	out=$(cat "$OUT")
	err=$(cat "$ERR")
}

lim()
{
	run_limited "$LIMIT" "$@"
}

not_killed()
{
	if [ "$code" -gt 128 ]; then
		_fail "zio was killed by signal $((code - 128))$([ "$code" = 153 ] && echo ' (SIGXFSZ)'): it should ignore SIGXFSZ and report EFBIG"
	else
		_pass
	fi
}

# Each format three times: a limit of 1 block (the first write fails), one of half the file
# (a write in the middle fails) and one a block short of the file (the last write fails).
for f in csv xlsx pdf ics; do
	ex run "$f" "full.$f"
	expect_code 0
	size=$(stat -c %s "full.$f")
	for LIMIT in 1 $((size / 1024)) $(((size - 1) / 512)); do
		# no old file: nothing is left
		rm -f "new.$f"
		ex lim "$f" "new.$f"
		not_killed
		expect_error 3 "new.$f"
		check "$f, $LIMIT blocks: no file when the write failed" test ! -e "new.$f"
		check "$f, $LIMIT blocks: no temporary file left" no_temp_files
		# an old file stays as it was
		cp "full.$f" "keep.$f"
		WEEK=2026-W46
		ex lim "$f" "keep.$f"
		WEEK=2026-W47
		not_killed
		expect_error 3 "keep.$f"
		expect_same_file "keep.$f" "full.$f"
		check "$f, $LIMIT blocks: no temporary file left" no_temp_files
	done
done

# A bundle (a folder of files per provider and school) is written whole or not at all: with
# a limit of half its largest file, some of its files fit and some do not.
run export bundle --week "$WEEK" --out full-bundle
expect_code 0
largest=$(find full-bundle -type f -printf '%s\n' | sort -n | tail -n 1)
for LIMIT in 1 $((largest / 1024)); do
	run_limited "$LIMIT" export bundle --week "$WEEK" --out bundle
	not_killed
	expect_error 3
	check "bundle, $LIMIT blocks: no half-written bundle left" test ! -e bundle
	check "bundle, $LIMIT blocks: no temporary file left" no_temp_files
	rm -rf bundle
done

exec 9>&-
wait "$holder"
check "the database is as the exports found it" test "$(sql "$ZIO_DB" 'PRAGMA integrity_check')" = ok

finish
