# The timesheet for people in Dutch (LANGUAGE=nl): the Excel workbook (zio export timesheet
# --format xlsx, and the one in zio export bundle) and the CSV for Dutch Excel (--format
# csv-nl) have Dutch labels, column headings and status and absence words, and the totals'
# formulas look for the Dutch status words, so that they still add up when Excel recalculates.
# The canonical CSV (--format csv, and the bundle's urenstaat.csv) stays byte for byte the same
# in both languages.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# xlsx_parts FILE.xlsx NAME: the workbook unzipped into NAME.d, its shared strings (every text
# cell) in NAME.sst and its worksheets (where the formulas are) in NAME.sheets
xlsx_parts()
{
	rm -rf "$2.d"
	unzip -q "$1" -d "$2.d"
	cat "$2.d/xl/sharedStrings.xml" >"$2.sst" 2>/dev/null
	cat "$2.d"/xl/worksheets/sheet*.xml >"$2.sheets" 2>/dev/null
	check "$1 has shared strings" test -s "$2.sst"
	check "$1 has worksheets" test -s "$2.sheets"
}

# totals_hold DIR: in a workbook unzipped into DIR, recalculate each provider's total of
# delivered hours the way Excel does, from the cells (SUMIFS over the status column: the
# delivered word + the extra word), and compare it with the value zio wrote with the formula.
# Prints how many totals it checked; fails on a difference, or when there are none. (The
# totals per class and per professional are worked out again in tests/unit/test_xlsx.c.)
cat >totals.awk <<'EOF'
phase != 2 { i = index($0, "\t"); str[substr($0, 1, i - 1)] = substr($0, i + 1); next }
FNR == 1 { next }
{
	ref = substr($0, 1, index($0, "\"") - 1)
	tag = substr($0, 1, index($0, ">"))
	v = ""
	if ((i = index($0, "<v>")) > 0) { v = substr($0, i + 3); v = substr(v, 1, index(v, "<") - 1) }
	if (tag ~ / t="s"/) text[ref] = str[v]; else num[ref] = v + 0
	if ((i = index($0, "<f>")) > 0) { f = substr($0, i + 3); form[ref] = substr(f, 1, index(f, "<") - 1) }
}
END {
	for (ref in form) {
		f = form[ref]
		# a provider's total: SUMIFS($M$a:$M$b,$N$a:$N$b,"word")+SUMIFS(the same,"word"), in
		# pieces: 1 SUMIFS, 2-5 M a M b, 6-9 N a N b, 10 word, 11 SUMIFS, 12-19, 20 word
		if (f !~ /^SUMIFS\(\$[A-Z]\$[0-9]+:\$[A-Z]\$[0-9]+,\$[A-Z]\$[0-9]+:\$[A-Z]\$[0-9]+,"[^"]*"\)\+SUMIFS\(/)
			continue
		if (split(f, p, /[$:,"()+]+/) < 20 || p[11] != "SUMIFS") {
			printf "sheet%d %s: cannot read the formula %s\n", sheet, ref, f
			bad++
			continue
		}
		sum = 0
		for (r = p[3] + 0; r <= p[5] + 0; r++) {
			w = tolower(text[p[6] r])
			if (w != "" && (w == tolower(p[10]) || w == tolower(p[20])))
				sum += num[p[2] r]
		}
		checked++
		if (sum - num[ref] > 0.005 || num[ref] - sum > 0.005) {
			printf "sheet%d %s: the formula gives %.2f, zio wrote %.2f: %s\n", sheet, ref, sum, num[ref], f
			bad++
		}
	}
	print checked + 0
	exit (bad > 0 || checked == 0)
}
EOF

totals_hold()
{
	awk 'BEGIN { RS = "<si>" } NR > 1 {
		s = $0; sub(/<\/si>.*/, "", s); gsub(/<[^>]*>/, "", s)
		gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&amp;/, "\\&", s)
		print NR - 2 "\t" s }' "$1/xl/sharedStrings.xml" >"$1.sst.tsv" || return 1
	_n=1
	_all=
	while [ -f "$1/xl/worksheets/sheet$_n.xml" ]; do
		_c=$(awk -v sheet="$_n" -f totals.awk "$1.sst.tsv" phase=2 RS='<c r="' "$1/xl/worksheets/sheet$_n.xml") ||
			{ echo "$_c"; return 1; }
		_all="$_all $_c"
		_n=$((_n + 1))
	done
	echo "totals checked per sheet:$_all"
	test "$_n" -gt 1
}

export ZIO_DB=$PWD/z.db
run init --demo
expect_ok
# the demo's week 2026-W47 has delivered rows, absences (sick, with a stand-in) and an
# unlogged shift; extra care without a shift is added here
run log add "Zoë de Vries" "SO Egels" 2026-11-20 13:00-14:30 --note "extra: zwemles"
expect_ok
run export timesheet --week 2026-W47
expect_out_contains ",extra,"
expect_out_contains ",delivered,"
expect_out_contains ",absent,sick,"
expect_out_contains ",unlogged,"

# --- Excel in Dutch
run_nl export timesheet --week 2026-W47 --format xlsx -o nl.xlsx
expect_code 0
xlsx_parts nl.xlsx nl
# the column headings, the labels of the header block and of the totals
file_has nl.sst "<t>Datum</t>" "<t>Klas</t>" "<t>Doelgroep</t>" "<t>Zorgaanbieder</t>" "<t>Geplande uren</t>" \
	"<t>Vervangen door</t>" "<t>Uren Jeugdwet</t>" "<t>Uren Wlz</t>" "<t>Notitie</t>" "<t>Urenstaat</t>" \
	"<t>2026-W47: maandag 2026-11-16 tot en met zondag 2026-11-22</t>" "<t>NIET GOEDGEKEURD</t>" \
	"<t>Aftekening</t>" "<t>ingediend door root op 2026-11-23T12:00:00Z</t>" "<t>Totalen per klas</t>" \
	"<t>Totalen per zorgprofessional</t>" "<t>Totaal Zorggroep Horizon</t>" "<t>Totaal De Wilgenhoek</t>"
# the status and absence words
file_has nl.sst "<t>geleverd</t>" "<t>afwezig</t>" "<t>ziek</t>" "<t>extra</t>" "<t>open</t>" "<t>extra: zwemles</t>"
# no English left
file_lacks nl.sst "<t>delivered</t>" "<t>absent</t>" "<t>sick</t>" "<t>unlogged</t>" "<t>Provider</t>" "<t>Date</t>" \
	"<t>Planned hours</t>" "<t>planned_hours</t>" "<t>NOT APPROVED</t>" "Monday" "Totals per" "<t>Total " \
	"submitted by" "Timesheet" "<t>Sign-off</t>"
# the totals look for the Dutch words, and add up as Excel would recalculate them
file_has nl.sheets ',"geleverd")+SUMIFS(' ',"extra")</f>'
file_lacks nl.sheets '"delivered"'
if n=$(totals_hold nl.d); then _pass; else _fail "the Dutch totals should hold: $n"; fi

# the same workbook in English: English words; the same formulas with the same values, but
# for the status word they look for
run export timesheet --week 2026-W47 --format xlsx -o en.xlsx
expect_code 0
xlsx_parts en.xlsx en
file_has en.sst "<t>delivered</t>" "<t>absent</t>" "<t>sick</t>" "<t>Provider</t>" "<t>Planned hours</t>" "<t>NOT APPROVED</t>"
file_has en.sheets ',"delivered")+SUMIFS('
file_lacks en.sheets '"geleverd"'
if n=$(totals_hold en.d); then _pass; else _fail "the English totals should hold: $n"; fi
grep -o '<f>[^<]*</f><v>[^<]*</v>' nl.sheets | sed 's/"geleverd"/"delivered"/g' >nl.formulas
grep -o '<f>[^<]*</f><v>[^<]*</v>' en.sheets >en.formulas
check "the workbook has formulas" test "$(wc -l <en.formulas)" -gt 100
expect_same_file nl.formulas en.formulas
# and totals_hold can fail: Dutch status cells with English criteria do not add up
xlsx_parts nl.xlsx broken
sed -i 's/"geleverd")/"delivered")/g' broken.d/xl/worksheets/sheet*.xml
if totals_hold broken.d >/dev/null; then _fail "English criteria over Dutch cells should not add up"; else _pass; fi

# --- the CSV for Dutch Excel: Dutch headings and words, decimal commas, the BOM
run_nl export timesheet --week 2026-W47 --format csv-nl
expect_ok
tr -d '\r' <"$OUT" >nl.csv
check "csv-nl starts with the BOM" test "$(head -c 3 nl.csv | od -An -tx1 | tr -d ' \n')" = efbbbf
check "csv-nl: Dutch column headings" test "$(head -n 1 nl.csv | tail -c +4)" = \
	"Week;Datum;School;Klas;Doelgroep;Zorgaanbieder;Zorgprofessional;Gepland begin;Gepland eind;Geplande uren;Begin;Eind;Uren;Status;Reden;Vervangen door;Uren Jeugdwet;Uren Wlz;Notitie"
file_has nl.csv "2026-W47;2026-11-19;De Wilgenhoek;SO Vossen;EMB;Zorggroep Horizon;Daan Bakker;12:00;15:00;3,00;12:00;15:00;0,00;afwezig;ziek;Zoë de Vries;0,00;0,00;" \
	"2026-W47;2026-11-20;De Wilgenhoek;SO Egels;EMB;Zorggroep Horizon;Zoë de Vries;;;;13:00;14:30;1,50;extra;;;0,22;1,28;extra: zwemles" \
	"2026-W47;2026-11-17;De Wilgenhoek;SO Spechten;Gedrag en psychiatrie;Zorggroep Horizon;Jan van der Berg;08:30;12:00;3,50;;;0,00;open;;;0,00;0,00;" \
	";3,50;geleverd;"
file_lacks nl.csv ";delivered;" ";absent;" ";sick;" ";unlogged;" "planned_hours" ";Provider;"

# --- the canonical CSV: the same bytes in both languages, codes and decimal points
run_nl export timesheet --week 2026-W47 --format csv -o nl-canonical.csv
expect_code 0
run export timesheet --week 2026-W47 --format csv -o en-canonical.csv
expect_code 0
expect_same_file nl-canonical.csv en-canonical.csv
file_has nl-canonical.csv "week,date,school,class,target_group,provider,professional,planned_start,planned_end,planned_hours" \
	",0.00,absent,sick,Zoë de Vries,0.00,0.00," ",1.50,extra,,,0.22,1.28,extra: zwemles"
file_lacks nl-canonical.csv "geleverd" "afwezig" "ziek" "Datum"

# --- the bundle: its workbook in Dutch, its CSV the canonical one, the same in both languages
run_nl export bundle --week 2026-W47 --out nl-bundle
expect_code 0
run export bundle --week 2026-W47 --out en-bundle
expect_code 0
folder=2026-W47-Zorggroep-Horizon-De-Wilgenhoek
check "the bundle has $folder" test -f "nl-bundle/$folder/urenstaat.xlsx" -a -f "en-bundle/$folder/urenstaat.csv"
expect_same_file "nl-bundle/$folder/urenstaat.csv" "en-bundle/$folder/urenstaat.csv"
xlsx_parts "nl-bundle/$folder/urenstaat.xlsx" nlb
file_has nlb.sst "<t>geleverd</t>" "<t>Zorgaanbieder</t>" "<t>Geplande uren</t>"
file_lacks nlb.sst "<t>delivered</t>" "<t>Planned hours</t>"
file_has nlb.sheets ',"geleverd")+SUMIFS('
if n=$(totals_hold nlb.d); then _pass; else _fail "the bundle's totals should hold: $n"; fi

finish
