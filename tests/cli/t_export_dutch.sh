# The exports for people in Dutch: with LANGUAGE=nl the PDF timesheet (column heads, day
# names, the sign-off, statuses, absence reasons, totals, signatures, footer), the MANIFEST of
# a bundle (its words and decimal commas) and an iCalendar's cancelled shift are Dutch, with
# no English word left; the same week in English keeps its English words. The MANIFEST's
# checksum lines verify with sha256sum -c in both languages. The PDF's numbers and dates are
# Dutch in both (3,50; 16-11): the sheet is for the Dutch contract manager.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

# The checksum lines of a MANIFEST (hash, two spaces, name): three, and sha256sum -c accepts
# them in the MANIFEST's folder.
sums_hold()
{
	_n=$(grep -cE '^[0-9a-f]{64}  [^ ]' "$1/MANIFEST")
	[ "$_n" = 3 ] && (cd "$1" && grep -E '^[0-9a-f]{64}  ' MANIFEST | sha256sum -c --quiet)
}

export ZIO_DB=$PWD/z.db
run init --demo
expect_ok
# week 2026-W47 of the demo: every sheet submitted, absences with stand-ins, a shift nobody
# logged; one sheet approved here
run timesheet approve --week 2026-W47 --provider "Zorggroep Horizon" --school "De Wilgenhoek"
expect_ok

# --- the PDF ---------------------------------------------------------------------------
run_nl export timesheet --week 2026-W47 --format pdf -o "$PWD/nl.pdf"
expect_code 0
pdftotext -layout nl.pdf nl.txt
run export timesheet --week 2026-W47 --format pdf -o "$PWD/en.pdf"
expect_code 0
pdftotext -layout en.pdf en.txt

# Dutch words the catalogue had before the Dutch PDF: heads, day names, statuses, reasons
check "nl pdf: rows start with a Dutch day" grep -q '^ma 16-11 ' nl.txt
file_has nl.txt "2026-W47 · ma 16-11-2026 – vr 20-11-2026" "Zorgaanbieder" "Datum" "Klas" "Doelgroep" \
	"Zorgprofessional" " geleverd " " afwezig " " open " "ziek" "Naam"
check "nl pdf: the status of a submitted sheet" grep -q 'status: ingediend' nl.txt
file_lacks nl.txt "Mon " "Fri " "Professional" "Provider" "Target group" "sick" "submitted" " unlogged "
check "nl pdf: a decimal comma" grep -q ' 3,50 ' nl.txt
# The PDF's own texts (src/export/pdf.c): these need its msgids in share/locale/nl.po
check "nl pdf: the Dutch column heads" grep -q \
	'^Datum  *Klas  *Doelgroep  *Zorgprofessional  *Gepland  *Gepland u  *Geleverd  *Geleverd u  *Status  *Reden / vervangen door  *Jeugdwet u  *Wlz u$' nl.txt
file_has nl.txt "ISO-week" "GOEDGEKEURD" "goedgekeurd door root op " "NIET GOEDGEKEURD" "status: ingediend door root op " \
	"ziek; vervangen door " "invaller voor " "niet geregistreerd" "Totalen per klas" "Totalen per zorgprofessional" \
	"Totaal van de urenstaat" "Totaal (Jeugdwet + Wlz = geleverd)" "Voor akkoord getekend" \
	"Voor de school: De Wilgenhoek" "Voor de zorgaanbieder: Zorggroep Horizon" "Handtekening" "blad 1 van 3" \
	"pagina 1 van "
file_lacks nl.txt "approved by" "APPROVED" "replaced by" "stand-in" "not logged" "Totals per" "Sheet total" \
	"Signed for agreement" "Signature" "For the " "sheet 1 of" "page 1 of" "Planned" "Delivered" "delivered"

# the same week in English: English words, the same Dutch numbers and dates
check "en pdf: rows start with an English day" grep -q '^Mon 16-11 ' en.txt
check "en pdf: the English column heads" grep -q \
	'^Date  *Class  *Target group  *Professional  *Planned  *Planned h  *Delivered  *Delivered h  *Status  *Reason / replaced by  *Jeugdwet h  *Wlz h$' en.txt
file_has en.txt "2026-W47 · Mon 16-11-2026 – Fri 20-11-2026" "Provider" "APPROVED" "approved by root on " "NOT APPROVED" \
	"status: submitted by root on " "sick; replaced by " "stand-in for " "not logged" " delivered " \
	"Totals per class" "Totals per professional" "Sheet total" "For the provider: Zorggroep Horizon" "Signature" \
	"sheet 1 of 3" "page 1 of "
file_lacks en.txt "ma 16-11" "Zorgaanbieder" "GOEDGEKEURD" "ziek" "geleverd" "Handtekening" "pagina "
check "en pdf: a decimal comma too" grep -q ' 3,50 ' en.txt

# --- the bundle's MANIFEST -------------------------------------------------------------
H=2026-W47-Zorggroep-Horizon-De-Wilgenhoek
S=2026-W47-Stichting-Samen-Verder-De-Wilgenhoek
run_nl export bundle --week 2026-W47 --out "$PWD/nl"
expect_ok
run export bundle --week 2026-W47 --out "$PWD/en"
expect_ok
check "nl MANIFEST: the checksums hold" sums_hold "nl/$H"
check "nl MANIFEST: the checksums hold (not approved)" sums_hold "nl/$S"
check "en MANIFEST: the checksums hold" sums_hold "en/$H"
check "en MANIFEST: sha256sum reads what follows 'files'" sh -c \
	'cd "$1" && sed -n "/^files/,\$p" MANIFEST | tail -n +2 | sha256sum -c --quiet' _ "en/$H"
# the numbers follow the language (not the catalogue)
check "nl MANIFEST: a class's totals with decimal commas" \
	grep -qE '^SO Egels	[0-9]+,[0-9]{2}	[0-9]+,[0-9]{2}	[0-9]+,[0-9]{2}	[0-9]+,[0-9]{2}	[0-9]+,[0-9]{2}$' "nl/$H/MANIFEST"
check "en MANIFEST: a class's totals with decimal points" \
	grep -qE '^SO Egels	[0-9]+\.[0-9]{2}	[0-9]+\.[0-9]{2}	[0-9]+\.[0-9]{2}	[0-9]+\.[0-9]{2}	[0-9]+\.[0-9]{2}$' "en/$H/MANIFEST"
# the words: these need the MANIFEST's msgids in share/locale/nl.po
check "nl MANIFEST: the title" grep -qx 'zio-urenstaatbundel' "nl/$H/MANIFEST"
check "nl MANIFEST: the week" grep -qx 'week: 2026-W47 (2026-11-16 tot en met 2026-11-22)' "nl/$H/MANIFEST"
check "nl MANIFEST: the provider" grep -qx 'zorgaanbieder: Zorggroep Horizon' "nl/$H/MANIFEST"
check "nl MANIFEST: approved" grep -q '^status: goedgekeurd door root op ' "nl/$H/MANIFEST"
check "nl MANIFEST: submitted" grep -q '^status: ingediend door root op ' "nl/$S/MANIFEST"
check "nl MANIFEST: the totals" \
	grep -qE '^totaal: gepland [0-9]+,[0-9]{2} u, geleverd [0-9]+,[0-9]{2} u, afwezig [0-9]+,[0-9]{2} u, jeugdwet [0-9]+,[0-9]{2} u, wlz [0-9]+,[0-9]{2} u$' \
	"nl/$H/MANIFEST"
check "nl MANIFEST: the table's head" grep -qx 'klas	gepland	geleverd	afwezig	jeugdwet	wlz' "nl/$H/MANIFEST"
check "nl MANIFEST: the checksums' head" grep -qx 'bestanden (sha256):' "nl/$H/MANIFEST"
file_lacks "nl/$H/MANIFEST" "timesheet" "provider" "approved" "planned" "delivered" "files"
check "en MANIFEST: the title" grep -qx 'zio timesheet bundle' "en/$H/MANIFEST"
check "en MANIFEST: approved" grep -q '^status: approved by root at ' "en/$H/MANIFEST"
check "en MANIFEST: the table's head" grep -qx 'class	planned	delivered	absent	jeugdwet	wlz' "en/$H/MANIFEST"
check "en MANIFEST: the totals" grep -qE '^total: planned [0-9]+\.[0-9]{2} h, delivered ' "en/$H/MANIFEST"

# --- iCalendar: why a shift was cancelled ----------------------------------------------
# the DESCRIPTION of the calendar in $OUT, unfolded (RFC 5545 3.1), without its CR
description()
{
	tr -d '\r' <"$OUT" | awk 'NR > 1 && /^ / { line = line substr($0, 2); next }
		NR > 1 { print line } { line = $0 } END { print line }' | grep '^DESCRIPTION:'
}
sid=$(sql z.db "SELECT min(id) FROM shift WHERE date = '2026-11-30' AND status = 'planned'")
who=$(sql z.db "SELECT p.name FROM shift s JOIN professional p ON p.id = s.professional_id WHERE s.id = $sid")
run shift cancel "$sid" --reason studiedag
expect_ok
run_nl export ical --staff "$who" --week 2026-W49
expect_ok
description >nl.desc
check "nl ics: the reason of the cancelled shift" grep -qF '\ngeannuleerd: studiedag' nl.desc
file_lacks nl.desc "cancelled"
run export ical --staff "$who" --week 2026-W49
expect_ok
description >en.desc
check "en ics: the reason of the cancelled shift" grep -qF '\ncancelled: studiedag' en.desc

finish
