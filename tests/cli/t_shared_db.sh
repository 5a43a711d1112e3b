# [database] group: a new database is made 0660 with that group, so a team can share it on a
# server; without it 0600; a group that does not exist is a config error.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

grp=$(id -gn)
printf '[database]\ngroup = %s\n' "$grp" >shared.ini
run --config shared.ini --db shared.db init
expect_code 0
check "the shared database has mode 0660" test "$(stat -c %a shared.db)" = 660
check "the shared database has group $grp" test "$(stat -c %G shared.db)" = "$grp"
run --db alone.db init
expect_code 0
check "without a group the database has mode 0600" test "$(stat -c %a alone.db)" = 600
# the umask does not take the group's bits away
(umask 077 && "$ZIO" --config shared.ini --db umask.db init >/dev/null 2>&1)
check "with umask 077 the shared database still has mode 0660" test "$(stat -c %a umask.db)" = 660
printf '[database]\ngroup = no-such-group-zio\n' >bad.ini
run --config bad.ini --db bad.db init
expect_error 2 "no group 'no-such-group-zio'"
check "no database was made with a bad group" test ! -e bad.db
finish
