#!/bin/sh
# The man page checks, run by `make check-man` from the top of the source tree:
#   sh tests/man/check.sh [path/to/zio]      (default: build/zio, built with make when missing)
#
# 1. groff formats man/zio.1 and man/zio.ini.5 without a single warning, and so does
#    `mandoc -Tlint -W warning` when mandoc is installed (skipped otherwise).
# 2. man/zio.1 documents the program as `zio --help` shows it:
#    - every long option in the options: list of `zio --help` appears under GLOBAL OPTIONS;
#    - every command of `zio --help` has a heading under COMMANDS: `.SS zio COMMAND`, or a .TP
#      whose tag starts with "zio COMMAND";
#    - every verb that `zio COMMAND --help` lists has a .TP heading "zio COMMAND VERB ...", and
#      every long option that `zio COMMAND VERB --help` prints appears in that verb's entry
#      (from its heading to the next "zio ..." heading, .SS or .SH);
#    - a command without verbs (init) has its options in its .SS section.
#    So the check fails when an option or a verb is added to the program but not to the page.
# 3. Every key of the config (the table in src/conf/config.c) has a .TP entry under the .SS of
#    its section in man/zio.ini.5 and a "# key = default" line in share/zio.ini.example, and
#    zio accepts share/zio.ini.example both as it is and with every key uncommented.
#
# zio runs with HOME, XDG_CONFIG_HOME and XDG_DATA_HOME in a temporary directory, so the
# user's own config and database are never read or touched.
# Exit status: 0 all checks passed, 1 a check failed, 2 a tool or file is missing.
set -u

MAN1=man/zio.1
MAN5=man/zio.ini.5
EXAMPLE=share/zio.ini.example
CONFIG_SRC=src/conf/config.c

if [ ! -f "$MAN1" ] || [ ! -f "$MAN5" ] || [ ! -f "$EXAMPLE" ]; then
	echo "check.sh: run me from the top of the zio sources (make check-man)" >&2
	exit 2
fi

ZIO=${1:-build/zio}
if [ ! -x "$ZIO" ] && [ $# -eq 0 ]; then
	echo "check.sh: $ZIO is missing; building it with make" >&2
	make build/zio >&2 || {
		echo "check.sh: FAIL: make could not build $ZIO" >&2
		exit 1
	}
fi
if [ ! -x "$ZIO" ] || [ -d "$ZIO" ]; then
	echo "check.sh: $ZIO is not an executable program (run make first)" >&2
	exit 2
fi
case $ZIO in
/*) ;;
*) ZIO=$(pwd)/$ZIO ;;
esac
if ! command -v groff >/dev/null 2>&1; then
	echo "check.sh: the man page checks need groff (make deps installs groff-base)" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/zio-man.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
mkdir "$tmp/home" "$tmp/config" "$tmp/data"

failures=0
fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# zio in isolation: no user config, no user database, a fixed date.
zio() {
	(
		unset ZIO_DB
		HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
		ZIO_TODAY=2026-11-23 LC_ALL=C.UTF-8 LANGUAGE= "$ZIO" "$@"
	)
}

# The long options (--name) in the text on stdin, one per line, sorted, without duplicates.
long_options() {
	tr -c 'A-Za-z0-9_-' '\n' | grep -E '^--[a-z][a-z0-9-]*$' | sort -u
}

# The page as plain lines: no comments, no font escapes, \- as -, quotes and the leading
# font macro of a line dropped, so that `.TP` tags and option names read as typed.
plain() {
	sed -e '/^\.\\"/d' \
	    -e 's/\\f\[[^]]*\]//g' -e 's/\\f(..//g' -e 's/\\f.//g' \
	    -e 's/\\-/-/g' -e 's/\\&//g' -e 's/\\%//g' -e 's/\\e/\\/g' \
	    -e 's/\\(lq/"/g' -e 's/\\(rq/"/g' -e 's/\\(dq/"/g' -e "s/\\\\(aq/'/g" -e 's/\\(..//g' \
	    -e 's/^\.[BI][BIR]\{0,1\} //' -e 's/^\.R[BI] //' \
	    -e '/^\.S[SH] /s/"//g' \
	    "$1"
}
plain "$MAN1" >"$tmp/zio.1.txt"
plain "$MAN5" >"$tmp/zio.ini.5.txt"

# The lines of one entry of the plain page $1:
#   entry FILE tp "zio school add" [SH]  the .TP whose tag starts with those words, up to the
#                                        next .TP tag that starts with the same first word
#                                        ("zio "), .SS or .SH
#   entry FILE ss "zio init" [SH]        the .SS with that title, up to the next .SS or .SH
#   entry FILE sh "GLOBAL OPTIONS"       the .SH with that title, up to the next .SH
# With SH, only inside the .SH of that title. Prints nothing when there is no such entry.
entry() {
	awk -v kind="$2" -v want="$3" -v within="${4:-}" '
	function words(s, n,   a, i, out) {
		split(s, a, /[ \t]+/)
		out = a[1]
		for (i = 2; i <= n; i++)
			out = out " " a[i]
		return out
	}
	BEGIN { nwant = split(want, w, / /) }
	{
		is_sh = /^\.SH /
		is_ss = /^\.SS /
		tag = (prev == ".TP") ? $0 : ""
		prev = $0
		title = $0
		sub(/^\.S[HS] +/, "", title)
		if (is_sh)
			sh = title
		if (on) {
			if (is_sh || (kind != "sh" && is_ss) ||
			    (kind == "tp" && tag != "" && index(tag, w[1] " ") == 1))
				on = 0
			else {
				print
				next
			}
		}
		if (within != "" && sh != within)
			next
		if ((kind == "sh" && is_sh && title == want) || (kind == "ss" && is_ss && title == want) ||
		    (kind == "tp" && tag != "" && words(tag, nwant) == want)) {
			on = 1
			print
		}
	}' "$1"
}

# True when the option $1 appears as a whole word in the file $2.
has_option() {
	grep -Eq -- "(^|[^A-Za-z0-9_-])$1([^A-Za-z0-9_-]|\$)" "$2"
}

# --- 1. groff and mandoc ---------------------------------------------------------------------
for page in "$MAN1" "$MAN5"; do
	out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' groff -ww -z -man -Tutf8 "$page" 2>&1)
	rc=$?
	if [ $rc -ne 0 ] || [ -n "$out" ]; then
		fail "groff -ww warns about $page (exit $rc):"
		printf '%s\n' "$out" | sed 's/^/    /'
	fi
	if command -v mandoc >/dev/null 2>&1; then
		out=$(mandoc -Tlint -W warning "$page" 2>&1)
		rc=$?
		if [ $rc -ne 0 ] || [ -n "$out" ]; then
			fail "mandoc -Tlint -W warning complains about $page (exit $rc):"
			printf '%s\n' "$out" | sed 's/^/    /'
		fi
	fi
done
if ! command -v mandoc >/dev/null 2>&1; then
	echo "note: mandoc is not installed; skipped mandoc -Tlint"
fi

# --- 2. zio.1 against zio --help -------------------------------------------------------------
if ! zio --help >"$tmp/help" 2>&1; then
	fail "zio --help failed:"
	sed 's/^/    /' "$tmp/help"
fi
entry "$tmp/zio.1.txt" sh "GLOBAL OPTIONS" >"$tmp/block"
if [ ! -s "$tmp/block" ]; then
	fail "$MAN1 has no GLOBAL OPTIONS section"
fi
for opt in $(sed -n '/^options:/,/^$/p' "$tmp/help" | long_options); do
	has_option "$opt" "$tmp/block" || fail "$MAN1: GLOBAL OPTIONS does not describe $opt (in zio --help)"
done

commands=$(sed -n '/^commands:/,/^$/p' "$tmp/help" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
if [ -z "$commands" ]; then
	fail "found no commands in zio --help (expected a 'commands:' list)"
fi
ncommands=0
nverbs=0
noptions=0
for cmd in $commands; do
	ncommands=$((ncommands + 1))
	entry "$tmp/zio.1.txt" ss "zio $cmd" COMMANDS >"$tmp/section"
	entry "$tmp/zio.1.txt" tp "zio $cmd" COMMANDS >"$tmp/block"
	if [ ! -s "$tmp/section" ] && [ ! -s "$tmp/block" ]; then
		fail "$MAN1 has no heading for the command '$cmd' (.SS zio $cmd, or .TP zio $cmd ...)"
		continue
	fi
	zio "$cmd" --help >"$tmp/cmdhelp" 2>&1
	rc=$?
	first=$(sed -n 1p "$tmp/cmdhelp")
	case $first in
	"usage: zio $cmd COMMAND"*)
		verbs=$(sed -n '/^commands:/,/^$/p' "$tmp/cmdhelp" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')
		[ -n "$verbs" ] || fail "zio $cmd --help lists no verbs"
		for verb in $verbs; do
			nverbs=$((nverbs + 1))
			entry "$tmp/zio.1.txt" tp "zio $cmd $verb" COMMANDS >"$tmp/block"
			if [ ! -s "$tmp/block" ]; then
				fail "$MAN1 has no .TP heading 'zio $cmd $verb ...'"
				continue
			fi
			if ! zio "$cmd" "$verb" --help >"$tmp/verbhelp" 2>&1; then
				fail "zio $cmd $verb --help failed:"
				sed 's/^/    /' "$tmp/verbhelp"
				continue
			fi
			for opt in $(long_options <"$tmp/verbhelp"); do
				noptions=$((noptions + 1))
				has_option "$opt" "$tmp/block" ||
					fail "$MAN1: the entry of 'zio $cmd $verb' does not describe $opt (in zio $cmd $verb --help)"
			done
		done
		;;
	"usage: zio $cmd"*)
		[ $rc -eq 0 ] || fail "zio $cmd --help exited with $rc"
		[ -s "$tmp/section" ] || cp "$tmp/block" "$tmp/section"
		for opt in $(long_options <"$tmp/cmdhelp"); do
			noptions=$((noptions + 1))
			has_option "$opt" "$tmp/section" ||
				fail "$MAN1: the section of 'zio $cmd' does not describe $opt (in zio $cmd --help)"
		done
		;;
	*)
		echo "note: 'zio $cmd --help' prints no usage (exit $rc); its options are not checked"
		;;
	esac
done

# --- 3. the config keys, zio.ini.5 and the example ---------------------------------------------
keys=$(sed -n 's/^[[:space:]]*{ *"\([a-z_]*\)", *"\([a-z_]*\)", *parse_[a-z_]*,.*/\1:\2/p' "$CONFIG_SRC" 2>/dev/null)
if [ -z "$keys" ]; then
	fail "found no config keys in $CONFIG_SRC (expected lines like { \"school\", \"day\", parse_day, ... }); update tests/man/check.sh"
fi
nkeys=0
for sk in $keys; do
	nkeys=$((nkeys + 1))
	section=${sk%%:*}
	key=${sk#*:}
	entry "$tmp/zio.ini.5.txt" ss "[$section]" >"$tmp/section"
	if [ ! -s "$tmp/section" ]; then
		fail "$MAN5 has no section '.SS [$section]'"
	elif ! awk -v k="$key" 'prev == ".TP" && ($1 == k || $1 == k "=") { found = 1 } { prev = $0 }
	                        END { exit !found }' "$tmp/section"; then
		fail "$MAN5 does not describe [$section] $key (no .TP '$key = ...' under .SS [$section])"
	fi
	# The key, commented out or set, in its section of the example.
	if ! awk -v s="$section" -v k="$key" '
		/^[[:space:]]*\[/ { cur = $0; gsub(/[][[:space:]]/, "", cur) }
		{ line = $0; sub(/^[#;][[:space:]]*/, "", line) }
		cur == s && line ~ ("^" k "[[:space:]]*=") { found = 1 }
		END { exit !found }' "$EXAMPLE"; then
		fail "$EXAMPLE has no line for [$section] $key"
	fi
done

if ! zio --config "$EXAMPLE" --db "$tmp/example.db" init >"$tmp/out" 2>&1; then
	fail "zio does not accept $EXAMPLE (zio --config $EXAMPLE --db DB init):"
	sed 's/^/    /' "$tmp/out"
fi
sed 's/^#[[:space:]]*\([a-z_][a-z_]*[[:space:]]*=\)/\1/' "$EXAMPLE" >"$tmp/all.ini"
nset=$(grep -Ec '^[a-z_]+[[:space:]]*=' "$tmp/all.ini")
if [ "$nset" -ne "$nkeys" ]; then
	fail "$EXAMPLE: uncommenting its '# key = value' lines sets $nset keys; the config has $nkeys"
fi
if ! zio --config "$tmp/all.ini" --db "$tmp/example.db" school list >"$tmp/out" 2>&1; then
	fail "zio does not accept $EXAMPLE with every key uncommented:"
	sed 's/^/    /' "$tmp/out"
fi

echo "man checks: $ncommands commands, $nverbs verbs, $noptions options, $nkeys config keys checked"
if [ $failures -gt 0 ]; then
	echo "man checks: $failures failed"
	exit 1
fi
echo "man checks: all passed"
exit 0
