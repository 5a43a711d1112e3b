# zio backup and zio restore: a copy that opens on its own, never over an existing file;
# restore checks the file first, keeps the current content aside, and brings the rows back;
# a schema upgrade is preceded by a copy of the file as it was.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init --demo
expect_code 0
shifts=$(sql z.db "SELECT count(*) FROM shift")

run backup b.db
expect_ok
expect_out_line "backed up $ZIO_DB to b.db"
check "the backup is a complete zio database" test "$(sql b.db "SELECT count(*) FROM shift")" = "$shifts"
expect_sql b.db "PRAGMA integrity_check" "ok"
expect_sql b.db "PRAGMA journal_mode" "delete"
check "the backup has mode 0600" test "$(stat -c %a b.db)" = 600
check "no temporary file is left behind" test -z "$(ls | grep tmp-)"

# never over an existing file
echo "keep me" >exists.db
run backup exists.db
expect_error 2 "exists.db already exists"
check "the existing file is untouched" grep -qx "keep me" exists.db
run backup
expect_error 2
run backup /nonexistent-dir/b.db
expect_error 3 "cannot create /nonexistent-dir/b.db"

# restore: the week cleared, then back from the copy
run plan clear --school "De Wilgenhoek" --week 2026-W48
expect_code 0
check "the week was cleared" test "$(sql z.db "SELECT count(*) FROM shift")" -lt "$shifts"
snapshot z.db >cleared.snap
run restore b.db
expect_code 0
expect_out_contains "restored $ZIO_DB from b.db: 2 schools, 40 classes, 35 professionals"
expect_sql z.db "SELECT count(*) FROM shift" "$shifts"
expect_sql z.db "PRAGMA integrity_check" "ok"
aside=$(ls z.db.before-restore-* | head -1)
check "the content before the restore is kept aside" test -n "$aside"
expect_same_file cleared.snap "$(snapshot "$aside" >aside.snap; echo aside.snap)"

# bad backups: refused before anything changes
snapshot z.db >before.snap
printf 'not a database at all' >junk.db
run restore junk.db
expect_error 3 "junk.db: not a zio database"
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
run restore other.db
expect_error 3 "other.db: not a zio database"
run restore missing.db
expect_error 3 "cannot read missing.db"
cp b.db newer.db
sqlite3 newer.db "PRAGMA user_version = 999"
run restore newer.db
expect_error 3 "newer than this zio knows"
head -c 8192 b.db >truncated.db
run restore truncated.db
expect_error 3 "truncated.db"
run restore z.db
expect_error 2 "is the database itself"
expect_unchanged z.db before.snap
check "a refused restore keeps nothing aside" test "$(ls z.db.before-restore-* | wc -l)" -eq 1

# before a schema upgrade, a copy of the file as it was
latest=$(sql z.db "PRAGMA user_version")
sqlite3 old.db ".restore b.db" 2>/dev/null || cp b.db old.db
sqlite3 old.db "PRAGMA user_version = $((latest - 1))"
ZIO_DB=$PWD/old.db run school list
check "a copy was made before the upgrade" test -f "old.db.schema-v$((latest - 1)).bak"
expect_sql "old.db.schema-v$((latest - 1)).bak" "PRAGMA user_version" "$((latest - 1))"
expect_sql "old.db.schema-v$((latest - 1)).bak" "PRAGMA integrity_check" "ok"

finish
