# Bad input of every kind: each gives one line on stderr (nothing on stdout), the documented
# exit code (1 rule, 2 usage or input, 3 database or file), and leaves the database as it was.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

DB=$PWD/demo.db
export ZIO_DB="$DB"
run init --demo
expect_ok
snapshot "$DB" >before

# refused CODE TEXT ARGS...: zio ARGS fails with CODE, one error line containing TEXT, and
# the demo database is unchanged.
refused()
{
	_code=$1
	_text=$2
	shift 2
	run "$@"
	expect_error "$_code" "$_text"
	expect_unchanged "$DB" before
}

# --- values
refused 2 "west" school add West --region west
refused 2 "west" school edit 'De Wilgenhoek' --region west
refused 2 "-3" group add G --hours -3 --wlz-share 10
refused 2 "150" group add G --hours 3 --wlz-share 150
refused 2 "150" group edit EMB --wlz-share 150
refused 2 "1e3" class add X --school 'De Wilgenhoek' --group EMB --pupils 1e3
refused 2 "2026-02-30" staff add X --provider 'Zorggroep Horizon' --from 2026-02-30
refused 2 "2026-02-30" staff edit 'Zoë de Vries' --to 2026-02-30
refused 2 "2026-02-30" team add 'Zoë de Vries' 'SO Otters' --from 2026-02-30
refused 2 "2025-13-01" staff edit 'Zoë de Vries' --from 2025-13-01
refused 2 "15:00-08:30" school add X --region zuid --day 15:00-08:30
refused 2 "15:00-08:30" school edit 'De Wilgenhoek' --day 15:00-08:30
refused 2 "24:00" school add X --region zuid --day 08:30-24:00
refused 2 "24:00" school edit 'De Wilgenhoek' --day 24:00
refused 2 "08:60" school add X --region zuid --day 08:60-15:00
refused 2 "BRIN" school add X --region zuid --brin 9ZZA
refused 2 "" class add '' --school 'De Wilgenhoek' --group EMB
refused 2 "UTF-8" school add "$(printf 'Caf\351')" --region zuid

# --- rules (exit 1)
refused 1 "already exists" class add 'SO Egels' --school 'De Wilgenhoek' --group EMB
refused 1 "already exists" class edit 'SO Vossen' --name 'SO Egels'
refused 1 "already exists" school add 'Het Noorderlicht' --region noord
refused 1 "99ZA" school add Nieuw --region zuid --brin 99ZA
refused 1 "" school rm 'De Wilgenhoek'
refused 1 "" group rm EMB
refused 1 "" provider rm 'Zorggroep Horizon'

# --- names
refused 2 "did you mean" class edit Egel --pupils 3
refused 2 "no school" class list --school Atlantis

# --- usage: unknown option, missing argument or value, unknown command (exit 2)
refused 2 "--bogus" --bogus
refused 2 "--bogus" school list --bogus
refused 2 "--frobnicate" class add X --school 'De Wilgenhoek' --group EMB --frobnicate
refused 2 "-x" staff list -x
refused 2 "missing argument" school add
refused 2 "missing argument" team add 'Zoë de Vries'
refused 2 "--region" school add X
refused 2 "--region" school add X --region
refused 2 "--db" school list --db
refused 2 "--db" --db= school list
refused 2 "--config" school list --config
refused 2 "unexpected argument" school add X --region zuid extra
refused 2 "unexpected argument" school list extra
refused 2 "frob" frob
refused 2 "frob" school frob
refused 2 "frob" import frob
refused 2 "xml" class list --format xml
refused 2 "" tui extra
# A group without its verb: either help (exit 0) or a one-line usage error (exit 2).
for g in school group class provider staff team import; do
	run "$g"
	if [ "$code" = 0 ] && [ ! -s "$ERR" ] && grep -q "usage:" "$OUT"; then
		_pass
	elif [ "$code" = 2 ] && [ ! -s "$OUT" ] && ! _err_not_one_line >/dev/null; then
		_pass
	else
		_fail "without a verb: either help on stdout and exit 0, or one error line on stderr, nothing on stdout and exit 2"
	fi
	expect_unchanged "$DB" before
done

# --- CSV with a missing column: nothing imported, FILE:1.
printf 'school,name\nDe Wilgenhoek,Nieuw\n' >missing.csv
refused 2 "missing.csv:1: missing column" import classes missing.csv
check "the message names the column" test "${err#*missing column}" != "$err"
expect_err_contains "group"

# --- databases that are not (usable) zio databases: exit 3, the file untouched.
# A folder, a path through a regular file, a missing file.
mkdir folder.db
run --db folder.db school list
expect_error 3
printf 'x\n' >plain.txt
run --db plain.txt/zio.db school list
expect_error 3
run --db nowhere/zio.db school list
expect_error 3 "zio init"
check "a missing database is not created by a command" test ! -e nowhere
run --db nowhere/zio.db school add X --region zuid
expect_error 3
check "a missing database is not created by a command" test ! -e nowhere
# Unreadable and read-only files (root reads everything: only as a normal user).
if [ "$(id -u)" != 0 ]; then
	cp "$DB" locked.db
	chmod 000 locked.db
	run --db locked.db school list
	expect_error 3
	chmod 444 locked.db
	run --db locked.db school add X --region zuid
	expect_error 3
	chmod 600 locked.db
	snapshot locked.db >locked.snap
	cmp -s locked.snap before || _fail "a refused read-only database changed"
else
	echo "note: running as root: the unreadable-file checks are skipped"
fi
# Another program's SQLite database (rollback journal and WAL): not even the journal mode
# may change, and no -wal or -shm file may appear.
sqlite3 other.db "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('keep me');"
cp other.db other.orig
sqlite3 otherwal.db "PRAGMA journal_mode = WAL; CREATE TABLE x (a); INSERT INTO x VALUES (1);" >/dev/null
cp otherwal.db otherwal.orig
for f in other.db otherwal.db; do
	run --db "$f" school list
	expect_error 3 "not a zio database"
	run --db "$f" school add X --region zuid
	expect_error 3 "not a zio database"
	run --db "$f" import classes missing.csv
	expect_error 3
	expect_same_file "$f" "${f%.db}.orig"
	check "no $f-wal or $f-shm is left behind" test ! -e "$f-wal" -a ! -e "$f-shm"
done
# A text file, random bytes, an empty file: exit 3, unchanged.
printf 'school,name\nDe Wilgenhoek,Nieuw\n' >text.db
cp text.db text.orig
run --db text.db class list
expect_error 3
run --db text.db school add X --region zuid
expect_error 3
expect_same_file text.db text.orig
dd if=/dev/urandom of=random.db bs=1024 count=8 2>/dev/null
cp random.db random.orig
run --db random.db school list
expect_error 3
expect_same_file random.db random.orig
: >empty.db
run --db empty.db school add X --region zuid
expect_error 3 "zio init"
check "an empty file stays empty" test ! -s empty.db
# A zio database from a newer zio: exit 3, untouched.
cp "$DB" newer.db
sqlite3 newer.db "PRAGMA user_version = 999"
cp newer.db newer.orig
run --db newer.db school list
expect_error 3 "newer"
run --db newer.db school add X --region zuid
expect_error 3 "newer"
expect_same_file newer.db newer.orig

# --- config files
mkdir -p "$XDG_CONFIG_HOME/zio"
ini=$XDG_CONFIG_HOME/zio/zio.ini
printf '[database]\npath = %s\ncolour = blue\n' "$DB" >"$ini"
refused 2 "colour" school list
expect_err_contains "$ini"
printf '[school]\nday = 15:00-08:30\n' >"$ini"
refused 2 "$ini" school list
expect_err_contains "day"
printf '[ui]\ncolor = maybe\n' >"$ini"
refused 2 "maybe" class add X --school 'De Wilgenhoek' --group EMB
printf '[database]\nbusy_timeout = -5\n' >"$ini"
refused 2 "busy_timeout" school list
printf '[kleur]\nx = 1\n' >"$ini"
refused 2 "kleur" school list
# A syntax error is bad input too (zio.ini(5), config.h: ZIO_EUSAGE).
printf '[database\npath = x\n' >"$ini"
refused 2 "$ini" school list
rm "$ini"
# --config to a file that is not there: exit 3.
refused 3 "nothere.ini" --config nothere.ini school list
refused 3 "nothere.ini" school add X --region zuid --config nothere.ini
# A bad --config file is reported the same way as the default one.
printf '[database]\nspeed = 9\n' >bad.ini
refused 2 "speed" --config bad.ini school list
expect_err_contains "bad.ini"

# --- output that cannot be written (a full disk): exit 3 and one line on stderr.
if [ -w /dev/full ]; then
	for args in "school list" "class list --format csv" "--help" "--version" "school add --help"; do
		# shellcheck disable=SC2086
		"$ZIO" $args >/dev/full 2>"$ERR" </dev/null
		code=$?
		: >"$OUT"
		out=
		err=$(cat "$ERR")
		last_cmd="$args >/dev/full"
		_shown=0
		expect_code 3
		expect_err_one_line
	done
	expect_unchanged "$DB" before
fi

finish
