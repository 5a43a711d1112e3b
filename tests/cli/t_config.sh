# The config file and which database zio opens: --db, then $ZIO_DB, then [database] path,
# then $XDG_DATA_HOME/zio/zio.db; global options anywhere on the line.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# Three databases told apart by the one school each holds.
for n in cli env cfg; do
	run --db "$PWD/$n.db" init
	expect_ok
	run --db "$PWD/$n.db" school add "School $n" --region zuid
	expect_ok
done
# db_of ARGS...: the one school of the database that zio ARGS school list opens.
db_of()
{
	run "$@" school list --format csv
	sed -n 2p "$OUT" | cut -d, -f2
}

# Without anything: $XDG_DATA_HOME/zio/zio.db, which does not exist yet.
run school list
expect_error 3 "$XDG_DATA_HOME/zio/zio.db"
run init
expect_ok
run school add 'School xdg' --region noord
expect_ok
check "default database is \$XDG_DATA_HOME/zio/zio.db" test "$(db_of)" = "School xdg"

# XDG_CONFIG_HOME/zio/zio.ini: [database] path picks the database.
mkdir -p "$XDG_CONFIG_HOME/zio"
ini=$XDG_CONFIG_HOME/zio/zio.ini
printf '# zio settings\n[database]\npath = %s/cfg.db\nbusy_timeout = 2000\n' "$PWD" >"$ini"
check "[database] path picks the database" test "$(db_of)" = "School cfg"
# ZIO_DB beats the config; --db beats both, in every spelling and position.
export ZIO_DB="$PWD/env.db"
check "ZIO_DB beats [database] path" test "$(db_of)" = "School env"
check "--db FILE beats ZIO_DB" test "$(db_of --db "$PWD/cli.db")" = "School cli"
check "--db=FILE works" test "$(db_of --db="$PWD/cli.db")" = "School cli"
run school list --format csv --db cli.db
expect_ok
expect_out_contains "School cli"
run school list --db=cli.db
expect_ok
expect_out_contains "School cli"
run school --db cli.db list
expect_ok
expect_out_contains "School cli"
unset ZIO_DB
check "without ZIO_DB the config counts again" test "$(db_of)" = "School cfg"
# An empty ZIO_DB counts as unset.
ZIO_DB=''
export ZIO_DB
check "an empty ZIO_DB counts as unset" test "$(db_of)" = "School cfg"
unset ZIO_DB

# ~ in a path is $HOME.
cp cfg.db "$HOME/home.db"
run --db "$HOME/home.db" school edit 'School cfg' --name 'School home'
expect_ok
printf '[database]\npath = ~/home.db\n' >"$ini"
check "~/ in [database] path is \$HOME" test "$(db_of)" = "School home"

# [school] default lets class add work without --school; [school] day sets new schools' day.
printf '[database]\npath = %s/cfg.db\n\n[school]\ndefault = School cfg\nday = 08:15-14:45\n' "$PWD" >"$ini"
run group add EMB --hours 32 --wlz-share 85
expect_ok
run class add Egels --group EMB
expect_ok
run class list --format csv
expect_csv_row "1,Egels,School cfg,EMB,0,32.00,group"
run school add Nieuw --region midden
expect_ok
run school list --format csv
expect_csv_row "2,Nieuw,midden,,08:15-14:45"
# --school still wins over the default.
run class add Egels --school Nieuw --group EMB
expect_ok
expect_sql cfg.db "SELECT s.name FROM class c JOIN school s ON s.id = c.school_id WHERE c.id = 2" Nieuw
# Without a default, class add needs --school.
printf '[database]\npath = %s/cfg.db\n' "$PWD" >"$ini"
run class add Vossen --group EMB
expect_error 2 "--school"
# A default school that does not exist: the class is not added.
printf '[database]\npath = %s/cfg.db\n[school]\ndefault = Atlantis\n' "$PWD" >"$ini"
snapshot cfg.db >before
run class add Vossen --group EMB
expect_error 2 "Atlantis"
expect_unchanged cfg.db before

# --config FILE instead of the default file, in either spelling, before or after the command.
printf '[database]\npath = %s/cli.db\n' "$PWD" >other.ini
check "--config FILE" test "$(db_of --config other.ini)" = "School cli"
check "--config=FILE" test "$(db_of --config=other.ini)" = "School cli"
run school list --config other.ini --format csv
expect_out_contains "School cli"
# Keys and sections are case-insensitive; comments and blank lines are fine.
printf '; comment\n[Database]\nPath = %s/env.db\n\n' "$PWD" >case.ini
check "section and key names in any case" test "$(db_of --config case.ini)" = "School env"
# An empty config file is fine.
: >empty.ini
check "an empty config file gives the defaults" test "$(db_of --config empty.ini)" = "School xdg"

# Without XDG_CONFIG_HOME: ~/.config/zio/zio.ini; a relative XDG_CONFIG_HOME is ignored
# (XDG base directory spec).
rm "$ini"
mkdir -p "$HOME/.config/zio"
printf '[database]\npath = %s/env.db\n' "$PWD" >"$HOME/.config/zio/zio.ini"
check "~/.config/zio/zio.ini without XDG_CONFIG_HOME" test "$(unset XDG_CONFIG_HOME; db_of)" = "School env"
mkdir -p relcfg/zio
printf '[database]\npath = %s/cli.db\n' "$PWD" >relcfg/zio/zio.ini
check "a relative XDG_CONFIG_HOME is ignored" test "$(XDG_CONFIG_HOME=relcfg; export XDG_CONFIG_HOME; db_of)" = "School env"
rm -r "$HOME/.config"
# Without XDG_DATA_HOME: ~/.local/share/zio/zio.db.
(
	unset XDG_DATA_HOME
	run init
	[ "$code" = 0 ] && [ "$out" = "created $HOME/.local/share/zio/zio.db" ]
) || _fail "init without XDG_DATA_HOME should use ~/.local/share/zio/zio.db"
check "~/.local/share/zio/zio.db made" test -f "$HOME/.local/share/zio/zio.db"

finish
