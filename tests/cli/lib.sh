# Helpers for the CLI tests; sourced by every tests/cli/t_*.sh (POSIX sh).
#
# run.sh starts each script in a fresh temporary directory (the current directory) with
# $ZIO (absolute path of the binary), HOME, XDG_CONFIG_HOME and XDG_DATA_HOME inside it,
# ZIO_TODAY=2026-11-23 and LC_ALL=C.UTF-8.
#
#   run ARGS...            run "$ZIO" ARGS... (stdin /dev/null); sets $code, $out, $err and
#                          writes the files $OUT and $ERR (byte-exact stdout and stderr)
#   expect_code N          the last run exited with N
#   expect_ok              exit 0, nothing on stderr
#   expect_error N [TEXT]  exit N, nothing on stdout, one line on stderr starting with "zio"
#                          (and containing TEXT when given)
#   expect_out_contains TEXT, expect_out_not_contains TEXT, expect_err_contains TEXT
#   expect_out_line LINE   stdout has LINE as a whole line (byte for byte)
#   expect_csv_row ROW     stdout has the line ROW, or ROW followed by more columns
#   expect_csv_header COLS the first line of stdout is COLS, or COLS followed by more columns
#   expect_out_lines N     stdout has N lines
#   expect_out_empty, expect_err_empty
#   expect_err_one_line    stderr is exactly one non-empty line ending in a newline, "zio..."
#   sql DB QUERY           print the result of QUERY (sqlite3 list mode, no header)
#   expect_sql DB QUERY EXPECTED
#   snapshot DB            integrity check, user_version/application_id, row count of every
#                          table and the full .dump: identical output = identical content
#   expect_unchanged DB BEFORE   snapshot DB now equals the file BEFORE, and integrity is ok
#   expect_same_file A B   cmp: byte for byte
#   check DESCRIPTION COMMAND...  a free-form check: COMMAND must succeed
#   finish                 end of script: exit 1 when any check failed
#
# A failing check prints "FAIL: ..." with the command and its output, and the script goes on
# so that one run shows every failure.

set -u

: "${ZIO:?ZIO must be set (run the tests with tests/cli/run.sh)}"

OUT=$PWD/.zio-out
ERR=$PWD/.zio-err
failures=0
checks=0
code=
out=
err=
last_cmd=
_shown=0

# Quote the arguments for messages: 'a b' "c".
_quote()
{
	_q=
	for _a in "$@"; do
		case $_a in
		*[!A-Za-z0-9_./=:,-]* | '') _q="$_q '$(printf '%s' "$_a" | sed "s/'/'\\\\''/g")'" ;;
		*) _q="$_q $_a" ;;
		esac
	done
	printf '%s' "${_q# }"
}

_fail()
{
	failures=$((failures + 1))
	echo "FAIL: $*"
	if [ "$_shown" = 1 ]; then
		echo "  (the same command: zio $last_cmd)"
		return
	fi
	_shown=1
	echo "  command: zio $last_cmd"
	echo "  exit code: $code"
	if [ -s "$OUT" ]; then
		echo "  stdout:"
		sed -n '1,20s/^/    | /p' "$OUT"
	fi
	if [ -s "$ERR" ]; then
		echo "  stderr:"
		sed -n '1,20s/^/    | /p' "$ERR"
	fi
}

_pass()
{
	checks=$((checks + 1))
}

run()
{
	_shown=0
	last_cmd=$(_quote "$@")
	"$ZIO" "$@" </dev/null >"$OUT" 2>"$ERR"
	code=$?
	out=$(cat "$OUT")
	err=$(cat "$ERR")
	return 0
}

# run_nl ARGS...: run, with LANGUAGE=nl (run.sh unsets it for every test)
run_nl()
{
	LANGUAGE=nl
	export LANGUAGE
	run "$@"
	unset LANGUAGE
}

# file_has FILE TEXT..., file_lacks FILE TEXT...: FILE holds (does not hold) each TEXT as it is
file_has()
{
	_f=$1
	shift
	for _t in "$@"; do
		if grep -qF -e "$_t" "$_f"; then _pass; else _fail "$_f should contain: $_t"; fi
	done
}

file_lacks()
{
	_f=$1
	shift
	for _t in "$@"; do
		if grep -qF -e "$_t" "$_f"; then _fail "$_f should not contain: $_t"; else _pass; fi
	done
}

expect_code()
{
	if [ "$code" = "$1" ]; then _pass; else _fail "expected exit code $1, got $code"; fi
}

expect_out_contains()
{
	case $out in
	*"$1"*) _pass ;;
	*) _fail "stdout should contain: $1" ;;
	esac
}

expect_out_not_contains()
{
	case $out in
	*"$1"*) _fail "stdout should not contain: $1" ;;
	*) _pass ;;
	esac
}

expect_err_contains()
{
	case $err in
	*"$1"*) _pass ;;
	*) _fail "stderr should contain: $1" ;;
	esac
}

expect_out_line()
{
	if grep -qxF -e "$1" "$OUT"; then _pass; else _fail "stdout should have the line: $1"; fi
}

# A CSV row: LINE itself, or LINE followed by more columns (columns may be added at the end).
expect_csv_row()
{
	if awk -v row="$1" 'BEGIN { n = length(row) + 1 }
		$0 == row || substr($0, 1, n) == row "," { found = 1 }
		END { exit !found }' "$OUT"; then
		_pass
	else
		_fail "stdout should have the CSV row: $1"
	fi
}

# The CSV header row starts with these columns.
expect_csv_header()
{
	_h=$(sed -n 1p "$OUT")
	case $_h in
	"$1" | "$1",*) _pass ;;
	*) _fail "the CSV header should start with $1" ;;
	esac
}

expect_out_lines()
{
	_n=$(wc -l <"$OUT" | tr -d ' ')
	if [ "$_n" = "$1" ]; then _pass; else _fail "stdout should have $1 lines, has $_n"; fi
}

expect_out_empty()
{
	if [ -s "$OUT" ]; then _fail "stdout should be empty"; else _pass; fi
}

expect_err_empty()
{
	if [ -s "$ERR" ]; then _fail "stderr should be empty"; else _pass; fi
}

# Why stderr is not exactly one line (non-empty, one newline and it is the last byte,
# starting with "zio"); prints nothing and succeeds when it is.
_err_not_one_line()
{
	_n=$(wc -l <"$ERR" | tr -d ' ')
	_last=$(tail -c 1 "$ERR" | od -An -c | tr -d ' ')
	if [ ! -s "$ERR" ]; then
		echo "stderr should be one line, but it is empty"
	elif [ "$_n" != 1 ] || [ "$_last" != '\n' ]; then
		echo "stderr should be exactly one line (it has $_n newlines)"
	else
		case $err in
		zio*) return 1 ;;
		*) echo "the error line should start with \"zio\"" ;;
		esac
	fi
	return 0
}

expect_err_one_line()
{
	if _why=$(_err_not_one_line); then _fail "$_why"; else _pass; fi
}

expect_ok()
{
	expect_code 0
	expect_err_empty
}

expect_error()
{
	expect_code "$1"
	expect_out_empty
	expect_err_one_line
	if [ $# -ge 2 ]; then expect_err_contains "$2"; fi
}

sql()
{
	sqlite3 -batch -noheader -list "$1" "$2"
}

expect_sql()
{
	_got=$(sql "$1" "$2" 2>&1)
	if [ "$_got" = "$3" ]; then
		_pass
	else
		failures=$((failures + 1))
		echo "FAIL: sqlite3 $1 \"$2\""
		echo "  expected: $3"
		echo "  got:      $_got"
	fi
}

snapshot()
{
	# Two sqlite3 runs: the table names, then everything else in one go.
	_tables=$(sql "$1" "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name" 2>&1)
	{
		echo "SELECT 'integrity: ' || group_concat(integrity_check, ' ') FROM pragma_integrity_check;"
		echo "SELECT 'user_version: ' || user_version FROM pragma_user_version;"
		echo "SELECT 'application_id: ' || application_id FROM pragma_application_id;"
		for _t in $_tables; do
			echo "SELECT 'rows $_t: ' || count(*) FROM \"$_t\";"
		done
		echo "SELECT '--- dump';"
		echo ".dump"
	} | sqlite3 -batch -noheader -list "$1" 2>&1
}

expect_unchanged()
{
	snapshot "$1" >"$PWD/.zio-snap-now"
	if ! cmp -s "$2" "$PWD/.zio-snap-now"; then
		_fail "database $1 changed (diff of snapshots below)"
		diff "$2" "$PWD/.zio-snap-now" | sed -n '1,20s/^/    /p'
	elif [ "$(sed -n 1p "$PWD/.zio-snap-now")" != "integrity: ok" ]; then
		_fail "database $1: $(sed -n 1p "$PWD/.zio-snap-now")"
	else
		_pass
	fi
}

expect_same_file()
{
	if cmp -s "$1" "$2"; then _pass; else _fail "file $1 differs from $2"; fi
}

check()
{
	_what=$1
	shift
	if "$@"; then _pass; else _fail "$_what"; fi
}

finish()
{
	if [ "$failures" -gt 0 ]; then
		echo "$failures of $((checks + failures)) checks failed"
		exit 1
	fi
	echo "$checks checks passed"
	exit 0
}
