# 1,000 hostile strings through the command line: quotes, SQL (;--), format strings, shell
# syntax, Arabic, Chinese, emoji, combining marks, bidi overrides, invalid UTF-8, control
# characters and escape sequences (ESC[2J), 255 bytes, 256 bytes and 64 KiB. Each goes in as a
# name of a professional, class, provider or school, a discipline, the reason of a closure or
# the note of a log entry, and either comes back byte for byte (from the CSV lists, from the
# database for notes, which no list shows) or is refused with one error line and exit code 2,
# leaving nothing behind. Strings that are plainly fine (valid UTF-8, no control character,
# shorter than 256 bytes, no space at either end) must be accepted.
#
# NUL cannot be tested this way: an argument is a C string and ends at its first NUL byte, so
# "a<NUL>b" reaches zio as "a" (the shell drops the NUL); NUL bytes in files are covered by
# t_hostile_import.sh.
#
# The strings are made here, deterministically: 63 atoms (below) in 3 forms (bare, and with a
# tag "hN " before or after), spread over 7 places: 1,000 in all.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# Once known bugs, now fixed (set to 1 to tolerate them again while bisecting):
#   KNOWN_BUG_LONG: a name, discipline or reason longer than its 255-byte field was cut short
#     and stored instead of refused.
#   KNOWN_BUG_ECHO: cli_usage printed the offending argument raw.
KNOWN_BUG_LONG=${KNOWN_BUG_LONG:-0}
KNOWN_BUG_ECHO=${KNOWN_BUG_ECHO:-0}

# The atoms: FLAG|TEXT, TEXT in printf notation (\ooo octal, %% for %). FLAG ok: must be
# accepted in every form; ok0: only bare (with the tag it is too long); bad: must be refused in
# every form; any: accepted byte for byte or refused, both fine (a space at one end, empty).
n_atoms=0
while IFS='|' read -r flag text; do
	case $flag in
	'' | '#'*) continue ;;
	esac
	eval "flag_$n_atoms=\$flag"
	case $text in
	long:*)   # long:COUNT:CHAR, CHAR repeated COUNT times
		_count=${text#long:}
		_char=${_count#*:}
		_count=${_count%%:*}
		_s=$(printf "%${_count}s" '' | LC_ALL=C sed "s/ /$(printf "$_char")/g"; printf X) ;;
	*)
		# The atoms are printf formats on purpose; the X in front keeps "-h" from being taken
		# for an option of printf, the one after keeps a trailing newline.
		# shellcheck disable=SC2059
		_s=$(printf "X$text"; printf X)
		_s=${_s#X} ;;
	esac
	eval "atom_$n_atoms=\${_s%X}"
	n_atoms=$((n_atoms + 1))
done <<'EOF'
# quotes and SQL
ok|'
ok|"
ok|''
ok|"";--
ok|'; DROP TABLE professional;--
ok|Robert'); DROP TABLE class; --
ok|' OR '1'='1
ok|1; DELETE FROM school
ok|a,b;c
ok|"a,b",c
ok|a""b""
ok|=cmd|' /C calc'!A0
# format strings, shell and markup
ok|%%s%%n%%x%%d%%p
ok|%%99999999s
ok|\\
ok|\\n\\t\\0
ok|$(id) `id` ${HOME}
ok|<script>alert(1)</script>
ok|&amp; &lt; &#0;
ok|NULL
ok|(none)
ok|-h
ok|--provider
ok|42
ok|-1
# scripts
ok|مرحبا بالعالم
ok|שלום עולם
ok|张伟
ok|王秀英（幼儿园）
ok|日本語のテキスト
ok|한국어
ok|Zoë Ölz-Ümit Yılmaz
ok|😀
ok|👩‍👩‍👧‍👦 🇳🇱 ❤️
ok|e\314\201\314\201\314\201
ok|a\342\200\256b\342\200\254c
ok|zero\342\200\213width\357\273\277bom
ok|nb\302\240sp
ok|Ω≈ç√∫
# control characters and escape sequences
bad|a\033[2Jb
bad|\033]0;pwned\007
bad|\033[31mred\033[0m
bad|line\nbreak
bad|cr\rreturn
bad|tab\there
bad|bell\007
bad|del\177
bad|c1\302\233c
bad|nel\302\205
# invalid UTF-8
bad|caf\351
bad|\377\376
bad|over\300\200long
bad|sur\355\240\200rogate
bad|big\364\220\200\200
bad|cut\303
# lengths
ok0|long:255:x
bad|long:256:x
bad|long:65536:a
bad|long:200:é
# spaces, empty, NUL
any| lead
any|trail 
any|a\000b
any|
EOF

# Each place: the command that stores a string, and what comes back.
#   0 staff name      staff add --provider P -- S            staff list: ID,S,P,
#   1 discipline      staff add --provider P --discipline S  staff list: ID,dN,P,S,
#   2 class name      class add --school Sch --group G -- S  class list: ID,S,Sch,G,
#   3 provider name   provider add -- S                      provider list: ID,S,
#   4 school name     school add --region zuid -- S          school list: ID,S,
#   5 closure reason  closure add Sch DATE --reason S        closure list: ID,Sch,DATE,DATE,,S
#   6 log note        log add Wim K 2026-11-19 T --note S    the database: note
# String i goes to place i % 7. Each place has a database of its own and runs at the same
# time as the others (every command waits for its writes to reach the disk).
places=7

# S as a CSV field, as zio writes it.
csv_field()
{
	case $1 in
	*[,\"]*) printf '"%s"' "$(printf '%s' "$1" | LC_ALL=C sed 's/"/""/g')" ;;
	*) printf '%s' "$1" ;;
	esac
}

# The id at the end of "... (id N)".
id_of()
{
	_id=${out##*(id }
	printf '%s' "${_id%)}"
}

# The bytes of S in upper-case hex, as SQLite's hex() gives them.
hex()
{
	printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n' | tr abcdef ABCDEF
}

# compare WHOLE ARGS...: the CSV list of zio ARGS against expect: every accepted string comes
# back byte for byte (the line starts with the expected text, or is it when WHOLE is 1).
compare()
{
	_whole=$1
	shift
	run "$@"
	expect_ok
	if LC_ALL=C awk -F '\t' -v whole="$_whole" '
		NR == FNR { want[$1] = substr($0, length($1) + 2); next }
		FNR == 1 { next }
		{
			id = substr($0, 1, index($0, ",") - 1)
			if (!(id in want)) next
			ok = whole ? $0 == want[id] : index($0, want[id]) == 1
			if (!ok) { printf "  id %s: expected %s\n  got         %s\n", id, want[id], $0; bad++ }
			seen[id] = 1
		}
		END {
			for (id in want) if (!(id in seen)) { printf "  id %s is missing\n", id; bad++ }
			exit bad > 0
		}' expect "$OUT" >compare.out; then
		_pass
	else
		_fail "strings did not come back byte for byte"
		sed -n '1,20p' compare.out
	fi
}

# The databases live on a RAM disk when there is one: every command waits for its writes to
# reach the disk, and a thousand of them on a real disk take twice as long.
DBDIR=$PWD
if [ -d /dev/shm ] && [ -w /dev/shm ] && SHM=$(mktemp -d /dev/shm/zio-hostile.XXXXXX 2>/dev/null); then
	DBDIR=$SHM
	trap 'rm -rf "$SHM"' EXIT
fi

# place P: strings P, P+7, ... into database DBDIR/pP.db, in folder pP (in the background).
place()
{
	place=$1
	mkdir "p$place" && cd "p$place" || exit 1
	OUT=$PWD/.zio-out
	ERR=$PWD/.zio-err
	DB=$DBDIR/p$place.db
	ZIO_DB=$DB
	export ZIO_DB
	run init
	expect_ok
	for _fixture in "provider add P" "school add Sch --region zuid" \
		"group add G --hours 10 --wlz-share 50" "class add K --school Sch --group G" \
		"staff add Wim --provider P --contract-hours 40" "team add Wim K"; do
		# shellcheck disable=SC2086 # words on purpose
		run $_fixture
		expect_ok
	done
	rows0=$(sql "$DB" "SELECT (SELECT count(*) FROM professional) + (SELECT count(*) FROM class) +
		(SELECT count(*) FROM provider) + (SELECT count(*) FROM school) +
		(SELECT count(*) FROM closure) + (SELECT count(*) FROM log_entry)")
	: >expect
	accepted=0
	refused=0
	known_long=0
	known_stored=0
	minute=510   # log notes: 2-minute entries from 08:30 on 2026-11-19
	day=0        # closures: one a day, from 1 September
	i=$place
	while [ "$i" -lt 1000 ]; do
		a=$(((i / places) % n_atoms))
		form=$((i / (places * n_atoms)))
		eval "atom=\$atom_$a; flag=\$flag_$a"
		case $form in
		0) s=$atom ;;
		1) s="h$i $atom" ;;
		*) s="$atom h$i" ;;
		esac
		if [ "$flag" = ok0 ]; then
			if [ "$form" = 0 ]; then flag=ok; else flag=bad; fi
		fi
		case $place in
		0) run staff add --provider P -- "$s" ;;
		1) run staff add --provider P --discipline "$s" -- "d$i" ;;
		2) run class add --school Sch --group G -- "$s" ;;
		3) run provider add -- "$s" ;;
		4) run school add --region zuid -- "$s" ;;
		5)
			# the 1st to the 28th of each month from September 2026
			_m=$((day / 28 + 9))
			if [ "$_m" -le 12 ]; then _y=2026; else _y=2027 _m=$((_m - 12)); fi
			date=$(printf '%d-%02d-%02d' "$_y" "$_m" $((day % 28 + 1)))
			day=$((day + 1))
			run closure add Sch "$date" --reason "$s" ;;
		6)
			t=$(printf '%02d:%02d-%02d:%02d' $((minute / 60)) $((minute % 60)) \
				$(((minute + 2) / 60)) $(((minute + 2) % 60)))
			minute=$((minute + 2))
			run log add Wim K 2026-11-19 "$t" --note "$s" ;;
		esac
		if [ "$code" = 0 ]; then
			accepted=$((accepted + 1))
			expect_err_empty
			if [ "$flag" = bad ]; then
				# a long string cut short is a known bug (see above): not compared below
				if [ "$KNOWN_BUG_LONG" = 1 ] && [ "$(printf '%s' "$s" | wc -c)" -gt 255 ]; then
					known_long=$((known_long + 1))
					known_stored=$((known_stored + 1))
					i=$((i + places))
					continue
				fi
				_fail "string $i (atom $a) should have been refused"
			fi
			case $place in
			0 | 3 | 4) printf '%s\t%s\n' "$(id_of)" "$(id_of),$(csv_field "$s")," >>expect ;;
			1) printf '%s\t%s\n' "$(id_of)" "$(id_of),d$i,P,$(csv_field "$s")," >>expect ;;
			2) printf '%s\t%s\n' "$(id_of)" "$(id_of),$(csv_field "$s"),Sch,G," >>expect ;;
			5) printf '%s\t%s\n' "$(id_of)" "$(id_of),Sch,$date,$date,,$(csv_field "$s")" >>expect ;;
			6)
				_id=${out#added log entry }
				printf '%s|%s\n' "${_id%%:*}" "$(hex "$s")" >>expect ;;
			esac
		elif [ "$code" = 1 ] && [ "$KNOWN_BUG_LONG" = 1 ] && [ "$(printf '%s' "$s" | wc -c)" -gt 255 ]; then
			# cut short, it is the name of an earlier string: the known bug again
			known_long=$((known_long + 1))
		else
			refused=$((refused + 1))
			expect_error 2
			if [ "$flag" = ok ]; then
				_fail "string $i (atom $a) should have been accepted"
			fi
		fi
		i=$((i + places))
	done

	case $place in
	0) compare 0 staff list --format csv ;;
	1) compare 0 staff list --format csv ;;
	2) compare 0 class list --format csv ;;
	3) compare 0 provider list --format csv ;;
	4) compare 0 school list --format csv ;;
	5) compare 1 closure list --school Sch --school-year 2026-2027 --format csv ;;
	6)
		# notes are in no list: they come back byte for byte from the database
		sql "$DB" "SELECT id || '|' || hex(note) FROM log_entry ORDER BY id" | sort >notes.got
		sort expect >notes.want
		if cmp -s notes.want notes.got; then
			_pass
		else
			_fail "log notes did not come back byte for byte"
			diff notes.want notes.got | cut -c1-200 | sed -n '1,10p'
		fi ;;
	esac
	rows=$(sql "$DB" "SELECT (SELECT count(*) FROM professional) + (SELECT count(*) FROM class) +
		(SELECT count(*) FROM provider) + (SELECT count(*) FROM school) +
		(SELECT count(*) FROM closure) + (SELECT count(*) FROM log_entry)")
	check "place $place: one row for each of the $accepted accepted strings, none for a refused one" \
		[ "$rows" = $((rows0 + accepted)) ]

	# The text lists (for people) never hold a control character.
	for _what in staff class provider school; do
		run "$_what" list
		expect_ok
		check "zio $_what list: no control characters in the output" \
			sh -c '! LC_ALL=C tr -d "\n" <"$1" | LC_ALL=C grep -q "[[:cntrl:]]"' sh "$OUT"
	done
	echo "$failures $checks $((accepted - known_stored)) $refused $known_long" >../result.$place
}

p=0
while [ "$p" -lt "$places" ]; do
	(place "$p") >"log.$p" 2>&1 &
	p=$((p + 1))
done
wait

accepted=0
refused=0
known_long=0
p=0
while [ "$p" -lt "$places" ]; do
	if [ -f "result.$p" ] && read -r _f _c _a _r _k <"result.$p"; then
		failures=$((failures + _f))
		checks=$((checks + _c))
		accepted=$((accepted + _a))
		refused=$((refused + _r))
		known_long=$((known_long + _k))
	else
		_fail "place $p did not finish"
	fi
	[ -s "log.$p" ] && sed "s/^/[place $p] /" "log.$p"
	p=$((p + 1))
done

# Every atom as the value of an option that only takes a few words: refused with one line
# that holds no control character (the argument is quoted in the message).
a=0
while [ "$a" -lt "$n_atoms" ]; do
	eval "atom=\$atom_$a"
	run --db none.db staff list --format "$atom"
	expect_code 2
	expect_out_empty
	if [ "$KNOWN_BUG_ECHO" = 1 ] &&
		[ "$(printf '%s' "$atom" | LC_ALL=C tr -d '\000-\037\177' | wc -c)" != "$(printf '%s' "$atom" | wc -c)" ]; then
		a=$((a + 1))
		continue
	fi
	expect_err_one_line
	check "--format <atom $a>: the error holds no control character" \
		sh -c '! LC_ALL=C tr -d "\n" <"$1" | LC_ALL=C grep -q "[[:cntrl:]]"' sh "$ERR"
	a=$((a + 1))
done

echo "1000 strings: $accepted accepted and back byte for byte, $refused refused"
if [ "$known_long" -gt 0 ]; then
	echo "note: $known_long strings of more than 255 bytes were cut short, not refused (known bug, KNOWN_BUG_LONG)"
fi
finish
