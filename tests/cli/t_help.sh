# Help and version: zio --help, every command's --help and every verb's --help exit 0, print
# "usage:" on stdout and nothing on stderr, need no database and create none. The commands
# and verbs are read from the help itself, so new ones are covered without editing this test.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# Verbs whose help has no example yet (as of this test's writing). Any other verb without an
# example fails; when one of these gains an example the test says so, so the list can shrink.
no_example=" tui group_list group_rm class_rm provider_list provider_rm staff_list staff_rm closure_list "

# The first words of the lines of the "commands:" section of the last help.
commands_of_help()
{
	sed -n '/^commands:/,/^$/p' "$OUT" | awk 'NF > 1 { print $1 }'
}

# help_ok: the last run printed help.
help_ok()
{
	expect_ok
	case $out in
	usage:*) _pass ;;
	*) _fail "help should start with usage:" ;;
	esac
}

# example_ok NAME: the last help has an example, unless NAME is a known exception.
example_ok()
{
	case $out in
	*example*)
		case $no_example in
		*" $1 "*) echo "note: '$(echo "$1" | tr _ ' ')' has an example now: take it off the list in t_help.sh" ;;
		esac
		_pass
		;;
	*)
		case $no_example in
		*" $1 "*) _pass ;;
		*) _fail "the help of '$(echo "$1" | tr _ ' ')' has no example" ;;
		esac
		;;
	esac
}

for h in --help -h help; do
	run $h
	help_ok
	expect_out_contains "exit codes"
done
groups=$(commands_of_help)
check "zio --help lists commands" test -n "$groups"
for want in init school group class provider staff team import tui; do
	case " $(echo $groups) " in
	*" $want "*) _pass ;;
	*) _fail "zio --help should list the command $want" ;;
	esac
done

for h in --version -V; do
	run $h
	expect_ok
	expect_out_contains "zio "
	expect_out_contains "SQLite"
	expect_out_lines 1
done

nverbs=0
for g in $groups; do
	run "$g" --help
	help_ok
	run "$g" -h
	help_ok
	run "$g" --help
	verbs=$(commands_of_help)
	if [ -z "$verbs" ]; then
		# A command without verbs (init, calendar, tui): its help is the verb's help.
		example_ok "$g"
		continue
	fi
	run "$g" help
	help_ok
	for v in $verbs; do
		nverbs=$((nverbs + 1))
		run "$g" "$v" --help
		help_ok
		expect_out_contains "usage: zio $g $v"
		example_ok "${g}_$v"
		run "$g" "$v" -h
		help_ok
		# --help wins over everything else on the line, even bad options.
		run "$g" "$v" --bogus-option --help
		if [ "$code" = 0 ]; then help_ok; else expect_error 2 "--bogus-option"; fi
	done
done
check "at least the 27 verbs of the first release have help" test "$nverbs" -ge 27

# Help works without any database and creates none.
check "help made no database" test ! -e "$XDG_DATA_HOME/zio"
check "help made no files here" test -z "$(ls)"

# The help ends with a newline (the prompt must not run into the text).
run school add --help
check "verb help ends with a newline" test "$(tail -c 1 "$OUT" | od -An -c | tr -d ' ')" = '\n'
run --help
check "zio --help ends with a newline" test "$(tail -c 1 "$OUT" | od -An -c | tr -d ' ')" = '\n'

finish
