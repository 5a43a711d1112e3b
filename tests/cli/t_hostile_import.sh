# Broken and hostile import files, for zio import classes, zio import staff and zio holidays
# import: empty, binary (an image, a zip, UTF-16, random bytes), a huge line, Latin-1, a million
# rows (made here, not kept), missing columns, a quote left open, control characters and escape
# sequences. Each is refused with one line "zio: FILE:LINE: message" (or "zio: ...FILE..." where
# no line applies), exit code 2 (3 when the file cannot be read at all), and the database is
# exactly as before: nothing of the file is imported, not even with --dry-run.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

DB=$PWD/hostile.db
export ZIO_DB="$DB"
run init
expect_ok
for fixture in "school add 'De Wilgenhoek' --region zuid" "group add EMB --hours 20 --wlz-share 50" \
	"provider add 'Zorggroep Horizon'" "staff add 'Anna Ölz' --provider 'Zorggroep Horizon'"; do
	eval "run $fixture"
	expect_ok
done
snapshot "$DB" >before

# refused KIND FILE LINE [TEXT]: the import of FILE as KIND (classes, staff or holidays) fails
# with exit code 2 and the one line "zio: FILE:LINE: ...", containing TEXT when given; LINE "-"
# for "zio: ...FILE...: ..." with exit code 3 (the file cannot be read). The database is
# unchanged, and the same for --dry-run.
refused()
{
	_kind=$1 _file=$2 _line=$3
	_text=${4:-}
	for _dry in "" --dry-run; do
		if [ "$_kind" = holidays ]; then
			[ -n "$_dry" ] && continue
			run holidays import "$_file"
		else
			run import "$_kind" "$_file" $_dry
		fi
		if [ "$_line" = - ]; then
			expect_error 3 "$_file"
		else
			expect_error 2
			case $err in
			"zio: $_file:$_line: "?*) _pass ;;
			*) _fail "the message should start with zio: $_file:$_line: " ;;
			esac
		fi
		[ -n "$_text" ] && expect_err_contains "$_text"
		expect_unchanged "$DB" before
	done
}

# bytes N SEED: N pseudo-random bytes, the same every run (the ZX81's generator: exact in awk).
bytes()
{
	# shellcheck disable=SC2059 # the octal escapes are the format
	printf "$(awk -v n="$1" -v x="$2" 'BEGIN {
		for (i = 0; i < n; i++) { x = (x * 75 + 74) % 65537; printf "\\%03o", x % 256 }
	}')"
}

# repeat N TEXT: TEXT N times (TEXT without "/" and "&")
repeat()
{
	printf "%${1}s" '' | LC_ALL=C sed "s/ /$2/g"
}

CLASSES='school,name,group'
STAFF='name,provider'
# A good row for each kind, and a good holiday file head.
CROW='De Wilgenhoek,Klas 1,EMB'
SROW='Anna Ölz,Zorggroep Horizon'
HEAD='[2029-2030 herfstvakantie]'
HROW='zuid = 2029-10-13..2029-10-21'

for kind in classes staff holidays; do
	case $kind in
	classes) h=$CLASSES r=$CROW x=csv ;;
	staff) h=$STAFF r=$SROW x=csv ;;
	holidays) h=$HEAD r=$HROW x=ini ;;
	esac

	# empty, or nothing but empty lines
	: >"empty-$kind.$x"
	refused "$kind" "empty-$kind.$x" 1 "empty"
	printf '\n\n\r\n' >"blank-$kind.$x"
	refused "$kind" "blank-$kind.$x" 1 "empty"

	# binary: a PNG image, a zip file (an .xlsx saved as .csv), UTF-16, random bytes
	printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\020' >"png-$kind.$x"
	refused "$kind" "png-$kind.$x" 1
	printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' >"zip-$kind.$x"
	refused "$kind" "zip-$kind.$x" 1
	printf '\377\376' >"utf16-$kind.$x"
	printf '%s\n%s\n' "$h" "$r" | sed 's/./&\n/g' | tr '\n' '\000' >>"utf16-$kind.$x"
	refused "$kind" "utf16-$kind.$x" 1
	bytes 65536 1 >"random-$kind.$x"
	refused "$kind" "random-$kind.$x" 1
	{ printf '%s\n%s\n' "$h" "$r"; bytes 4096 11; } >"tail-$kind.$x"
	refused "$kind" "tail-$kind.$x" 3

	# a huge line: a field (or a comment) of a million bytes, and 2 MiB without a line end
	{
		printf '%s\n%s\n' "$h" "$r"
		if [ "$kind" = holidays ]; then printf '; '; else printf 'De Wilgenhoek,'; fi
		repeat 1000000 x
		if [ "$kind" = holidays ]; then echo; else printf ',EMB\n'; fi
	} >"huge-$kind.$x"
	refused "$kind" "huge-$kind.$x" 3 "long"
	{ printf '%s\n' "$h"; repeat 2097152 y; } >"huge2-$kind.$x"
	refused "$kind" "huge2-$kind.$x" 2 "long"

	# Latin-1 (as Windows saves "Café"), in a row and in the header or section
	printf '%s\n%s\n' "$h" "$r" >"latin1-$kind.$x"
	printf 'Caf\351 %s\n' "$r" >>"latin1-$kind.$x"
	refused "$kind" "latin1-$kind.$x" 3 "UTF-8"
	printf '%s\351\n%s\n' "$h" "$r" >"latin1h-$kind.$x"
	refused "$kind" "latin1h-$kind.$x" 1 "UTF-8"

	# control characters and escape sequences: ESC[2J, a bell, a line break inside quotes
	printf '%s\n%s\n\033[2J%s\n' "$h" "$r" "$r" >"esc-$kind.$x"
	refused "$kind" "esc-$kind.$x" 3
	check "esc-$kind: no raw escape in the message" sh -c '! grep -q "$(printf "\033")" "$1"' sh "$ERR"
	printf '%s\n%s\n\007%s\n' "$h" "$r" "$r" >"bell-$kind.$x"
	refused "$kind" "bell-$kind.$x" 3

	# a NUL byte in the middle of a good line
	printf '%s\n%s\nx\000%s\n' "$h" "$r" "$r" >"nul-$kind.$x"
	refused "$kind" "nul-$kind.$x" 3 "NUL"
done

# --- CSV only: missing columns, a quote left open, line breaks in a field, too many fields
for kind in classes staff; do
	if [ "$kind" = classes ]; then h=$CLASSES r=$CROW; else h=$STAFF r=$SROW; fi
	printf 'name\n%s\n' "${r%%,*}" >"nocols-$kind.csv"
	refused "$kind" "nocols-$kind.csv" 1 "missing column"
	printf '%s\n%s\n%s\n' "$h" "$r" "${r%,*}" >"short-$kind.csv"
	refused "$kind" "short-$kind.csv" 3 "fields"
	printf '%s\n%s\n%s,\n' "$h" "$r" "$r" >"long-$kind.csv"
	refused "$kind" "long-$kind.csv" 3 "fields"
	printf '%s\n%s\n"%s\n%s\n' "$h" "$r" "$r" "$r" >"quote-$kind.csv"
	refused "$kind" "quote-$kind.csv" 3 "not closed"
	printf '%s\n%s\n%s"\n' "$h" "$r" "$r" >"quote2-$kind.csv"
	refused "$kind" "quote2-$kind.csv" 3 "quote"
	# a line break in a quoted name: good CSV, but no name may hold one
	if [ "$kind" = classes ]; then
		printf '%s\nDe Wilgenhoek,"Twee\nregels",EMB\n' "$h" >"break-$kind.csv"
	else
		printf '%s\n"Twee\nregels",Zorggroep Horizon\n' "$h" >"break-$kind.csv"
	fi
	refused "$kind" "break-$kind.csv" 2 "control character"
	printf '%s%s\n' "$h" "$(repeat 70 ,x)" >"fields-$kind.csv"
	refused "$kind" "fields-$kind.csv" 1
	printf '%s\n"%s",%s\n' "$h" "$(repeat 4097 z)" "${r#*,}" >"field-$kind.csv"
	refused "$kind" "field-$kind.csv" 2 "4096"
	# a name of 256 bytes: too long, refused (not cut short to 255 and imported)
	if [ "$kind" = classes ]; then
		printf '%s\nDe Wilgenhoek,%s,EMB\n' "$h" "$(repeat 256 n)" >"name-$kind.csv"
	else
		printf '%s\n%s,Zorggroep Horizon\n' "$h" "$(repeat 256 n)" >"name-$kind.csv"
	fi
	refused "$kind" "name-$kind.csv" 2 "too long"
done

# --- holiday files only: a missing value or half a range, a quote left open, junk
printf '%s\nzuid\n' "$HEAD" >nokey.ini
refused holidays nokey.ini 2
printf '%s\nzuid =\n' "$HEAD" >novalue.ini
refused holidays novalue.ini 2 "FIRST..LAST"
printf '%s\nzuid = 2029-10-13\n' "$HEAD" >half.ini
refused holidays half.ini 2 "FIRST..LAST"
printf '%s\nzuid = "2029-10-13..2029-10-21\n' "$HEAD" >quote.ini
refused holidays quote.ini 2 "not closed"
printf '[2029-2030 herfstvakantie\n%s\n' "$HROW" >bracket.ini
refused holidays bracket.ini 1
printf '[2029-2030 herfstvakantie zuid]\n%s\n' "$HROW" >section.ini
refused holidays section.ini 1 "section"
printf '%s\nwest = 2029-10-13..2029-10-21\n' "$HEAD" >region.ini
refused holidays region.ini 2 "west"

# --- a million rows (made here): refused at the first row past the limit, quickly and
# without reading the rest; the good rows before it are not imported either.
awk 'BEGIN { print "school,name,group"; for (i = 1; i <= 1000000; i++) print "De Wilgenhoek,Klas " i ",EMB" }' >million.csv
refused classes million.csv 100002 "too many rows"
awk 'BEGIN { print "name,provider"; for (i = 1; i <= 1000000; i++) print "P" i ",Zorggroep Horizon" }' >million.csv
refused staff million.csv 100002 "too many rows"
awk -v h="$HEAD" -v r="$HROW" 'BEGIN { print h; print r; for (i = 1; i <= 1000000; i++) print "; " i }' >million.ini
refused holidays million.ini 10001 "too many lines"
rm -f million.csv million.ini

# --- files that cannot be read: missing, a folder, a device (exit code 3)
refused classes missing.csv - "missing.csv"
refused holidays missing.ini - "missing.ini"
mkdir folder.csv folder.ini
refused staff folder.csv -
refused holidays folder.ini -
refused holidays /dev/zero -
refused staff /dev/null 1 "empty"

# The good files these were made from are fine: the refusals above are for the damage.
printf '%s\n%s\n' "$CLASSES" "$CROW" >good.csv
run import classes good.csv --dry-run
expect_ok
printf '%s\n%s\n' "$STAFF" "$SROW" >good.csv
run import staff good.csv --dry-run
expect_ok
printf '%s\n%s\n' "$HEAD" "$HROW" >good.ini
run holidays import good.ini
expect_ok
finish
