# zio init: file mode, never overwriting, the demo data and what the schema must not hold.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# The default place: $XDG_DATA_HOME/zio/zio.db, folder created, file mode 0600.
run init
expect_ok
expect_out_contains "created $XDG_DATA_HOME/zio/zio.db"
check "init creates \$XDG_DATA_HOME/zio/zio.db" test -f "$XDG_DATA_HOME/zio/zio.db"
check "the database file has mode 0600" test "$(stat -c %a "$XDG_DATA_HOME/zio/zio.db")" = 600
check "a new data folder has mode 0700" test "$(stat -c %a "$XDG_DATA_HOME/zio")" = 700
expect_sql "$XDG_DATA_HOME/zio/zio.db" 'PRAGMA integrity_check' ok

# --db FILE, also under a umask that would allow group and world to read.
umask 022
run --db plain.db init
expect_ok
expect_out_line "created plain.db"
check "mode 0600 whatever the umask" test "$(stat -c %a plain.db)" = 600
expect_sql plain.db "SELECT count(*) FROM school" 0
umask 077

# Never over an existing database: exit 3, the file byte for byte as it was.
run --db demo.db init --demo
expect_ok
cp demo.db demo.orig
run --db demo.db init
expect_error 3 "already exists"
expect_same_file demo.db demo.orig
run --db demo.db init --demo
expect_error 3 "already exists"
expect_same_file demo.db demo.orig

# ...and never over any other file either.
printf 'my notes\n' >notes.txt
cp notes.txt notes.orig
run --db notes.txt init
expect_error 3
expect_same_file notes.txt notes.orig
: >empty.db
run --db empty.db init --demo
expect_error 3
check "init leaves an existing empty file empty" test ! -s empty.db

# The demo: 2 schools, 8 target groups, about 40 classes, 2 providers, 35 professionals,
# every class a fixed team of 2 or 3.
expect_sql demo.db "SELECT count(*) FROM school" 2
expect_sql demo.db "SELECT count(*) FROM target_group" 8
expect_sql demo.db "SELECT count(*) BETWEEN 35 AND 45 FROM class" 1
expect_sql demo.db "SELECT count(*) FROM provider" 2
expect_sql demo.db "SELECT count(*) FROM professional" 35
expect_sql demo.db "SELECT count(*) FROM class WHERE id NOT IN (SELECT class_id FROM team_member)" 0
expect_sql demo.db "SELECT min(n) >= 2 AND max(n) <= 3 FROM (SELECT count(*) AS n FROM team_member GROUP BY class_id)" 1
expect_sql demo.db "SELECT count(DISTINCT region) FROM school" 2
expect_sql demo.db 'PRAGMA integrity_check' ok
expect_sql demo.db 'PRAGMA foreign_key_check' ''
# Names with diacritics, stored as UTF-8.
expect_sql demo.db "SELECT count(*) FROM professional WHERE name LIKE 'Zoë%'" 1
expect_sql demo.db "SELECT count(*) FROM professional WHERE name LIKE 'Ümit%'" 1
run --db demo.db staff list --format csv
expect_out_contains "Zoë de Vries"
expect_out_contains "Ümit Yılmaz"
# The summary line tells what was made.
run --db demo2.db init --demo
expect_ok
expect_out_contains "2 schools"
expect_out_contains "35 professionals"
check "the demo database has mode 0600" test "$(stat -c %a demo2.db)" = 600
# Deterministic: two demo databases made on the same (pinned) day hold the same content.
snapshot demo.db >a.snap
snapshot demo2.db >b.snap
expect_same_file a.snap b.snap

# No pupil records: no table for pupils, no column that could hold a pupil's name or health
# data; a class has only a pupil count.
expect_sql demo.db "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND (name LIKE '%pupil%' OR name LIKE '%leerling%' OR name LIKE '%child%' OR name LIKE '%kind%' OR name LIKE '%student%')" 0
expect_sql demo.db "SELECT count(*) FROM sqlite_schema s, pragma_table_info(s.name) c WHERE s.type = 'table' AND (c.name LIKE '%pupil%' OR c.name LIKE '%leerling%' OR c.name LIKE '%child%' OR c.name LIKE '%birth%' OR c.name LIKE '%diagnos%' OR c.name LIKE '%bsn%')" 1
expect_sql demo.db "SELECT type FROM pragma_table_info('class') WHERE name = 'pupils'" INTEGER

# init takes no arguments.
run --db other.db init extra
expect_error 2
check "a refused init creates no file" test ! -e other.db
run --db other.db init --bogus
expect_error 2
check "a refused init creates no file" test ! -e other.db

# A folder that cannot be made: exit 3 (a regular file stands in the way).
run --db notes.txt/sub/x.db init
expect_error 3
expect_same_file notes.txt notes.orig

finish
