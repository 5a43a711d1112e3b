# zio export timesheet: rows, columns, the Jeugdwet/Wlz split, CSV dialects, injection,
# atomic files
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
run init
expect_ok
run school add Zuid --region zuid
run group add EMB --hours 32 --wlz-share 85
run group add Gedrag --hours 10 --wlz-share 33.33
run class add Egels --school Zuid --group EMB
run class add Uilen --school Zuid --group Gedrag
run provider add Horizon --rate 58.50
run provider add Samen
run staff add "Zoë de Vries" --provider Horizon --contract-hours 24 --from 2026-08-01
run staff add "Jan, \"de\" Berg" --provider Horizon --contract-hours 24 --from 2026-08-01
run staff add "=HYPERLINK(\"http://x\")" --provider Samen --contract-hours 24 --from 2026-08-01
run staff add "Kim" --provider Samen --contract-hours 24 --from 2026-08-01
expect_ok
# week 2026-W47: Mon delivered, Tue absent with a stand-in, Wed cancelled, Thu unlogged,
# and extra care on Fri
run shift add "Zoë de Vries" Egels 2026-11-16 08:30-12:00
run shift add "Zoë de Vries" Egels 2026-11-17 08:30-12:00
run shift add "Zoë de Vries" Egels 2026-11-18 08:30-12:00
run shift add "Zoë de Vries" Egels 2026-11-19 08:30-12:00
run shift add "=HYPERLINK(\"http://x\")" Uilen 2026-11-16 12:00-15:00
expect_code 0
run shift cancel 3 --reason "schoolreis"
run log add "Zoë de Vries" Egels 2026-11-16 08:30-11:45 --shift 1
run log absent 2 --reason sick --replaced-by "Jan, \"de\" Berg"
run log add Kim Uilen 2026-11-20 09:00-10:20 --note "extra: uitstapje"
run log add "=HYPERLINK(\"http://x\")" Uilen 2026-11-16 12:00-15:00 --shift 5
expect_code 0

# the lines without their CR, for line checks (CRLF is checked on its own)
strip_cr()
{
	tr -d '\r' <"$OUT" >"$OUT.lf" && mv "$OUT.lf" "$OUT"
}

run export timesheet --week 2026-W47
expect_ok
check "CRLF line ends" sh -c 'test "$(head -1 "$1" | od -An -c | tr -d " \n" | tail -c 4)" = "\\r\\n"' _ "$OUT"
strip_cr
expect_out_line 'week,date,school,class,target_group,provider,professional,planned_start,planned_end,planned_hours,start,end,hours,status,reason,replaced_by,jeugdwet_hours,wlz_hours,note'
# delivered with other times: 3.25 hours, 85% Wlz: 2.76 Wlz (rounded down), 0.49 Jeugdwet
expect_out_line '2026-W47,2026-11-16,Zuid,Egels,EMB,Horizon,Zoë de Vries,08:30,12:00,3.50,08:30,11:45,3.25,delivered,,,0.49,2.76,'
# the absent row names the stand-in; the stand-in's row carries the planned times
expect_out_line '2026-W47,2026-11-17,Zuid,Egels,EMB,Horizon,Zoë de Vries,08:30,12:00,3.50,08:30,12:00,0.00,absent,sick,"Jan, ""de"" Berg",0.00,0.00,'
expect_out_line '2026-W47,2026-11-17,Zuid,Egels,EMB,Horizon,"Jan, ""de"" Berg",08:30,12:00,0.00,08:30,12:00,3.50,delivered,,,0.52,2.98,'
expect_out_line '2026-W47,2026-11-18,Zuid,Egels,EMB,Horizon,Zoë de Vries,08:30,12:00,0.00,,,0.00,cancelled,schoolreis,,0.00,0.00,'
expect_out_line '2026-W47,2026-11-19,Zuid,Egels,EMB,Horizon,Zoë de Vries,08:30,12:00,3.50,,,0.00,unlogged,,,0.00,0.00,'
expect_out_line '2026-W47,2026-11-20,Zuid,Uilen,Gedrag,Samen,Kim,,,,09:00,10:20,1.33,extra,,,0.89,0.44,extra: uitstapje'
# a name that a spreadsheet would run as a formula is neutralised
expect_out_line "2026-W47,2026-11-16,Zuid,Uilen,Gedrag,Samen,\"'=HYPERLINK(\"\"http://x\"\")\",12:00,15:00,3.00,12:00,15:00,3.00,delivered,,,2.00,1.00,"
check "no cell starts with = + - @" sh -c '! grep -Eq "(^|,)[=+@-]" "$1"' _ "$OUT"
# jeugdwet + wlz == hours on every row
# (in hundredths; rows with a quoted comma are left to the line checks above)
check "the split adds up on every row" awk -F, 'NR > 1 && !/"/ && int($17 * 100 + 0.5) + int($18 * 100 + 0.5) != int($13 * 100 + 0.5) { bad = 1 } END { exit bad }' "$OUT"
expect_out_lines 8

# one provider
run export timesheet --week 2026-W47 --provider Samen
expect_ok
strip_cr
expect_out_lines 3
expect_out_not_contains Horizon

# csv-nl: BOM, semicolons, decimal comma, CRLF
run export timesheet --week 2026-W47 --format csv-nl
expect_ok
check "BOM first" test "$(head -c 3 "$OUT" | od -An -tx1 | tr -d ' \n')" = efbbbf
check "semicolons and a decimal comma" grep -q ';EMB;Horizon;Zoë de Vries;08:30;12:00;3,50;08:30;11:45;3,25;delivered;;;0,49;2,76;' "$OUT"

# -o: written atomically with mode 0640, no temporary file left; a new run replaces it
run export timesheet --week 2026-W47 --format csv -o week.csv
expect_code 0
expect_err_contains "wrote week.csv"
check "mode 0640" test "$(stat -c %a week.csv)" = 640
check "no temporary file left" sh -c '! ls -a | grep -Eq "^\.zio-[A-Za-z0-9]{6}$"'
check "the file holds the rows" test "$(wc -l <week.csv)" = 8
# a failure leaves the old file as it was
cp week.csv before.csv
run export timesheet --week 2026-W47 -o no/such/folder/week.csv
expect_error 3
expect_same_file week.csv before.csv
# a symlink at the target is replaced, not followed
echo secret >secret.txt
ln -s secret.txt link.csv
run export timesheet --week 2026-W47 -o link.csv
expect_code 0
check "the link's target is untouched" test "$(cat secret.txt)" = secret
check "link.csv is now a regular file" test -f link.csv -a ! -L link.csv

# xlsx and pdf need a file; bad input
run export timesheet --week 2026-W47 --format xlsx
expect_error 2 "-o FILE"
run export timesheet --week 2026-W47 --format ods -o x.ods
expect_error 2 "invalid format 'ods'"
run export timesheet --week 2026-W54
expect_error 2 "2026-W54"
run export timesheet
expect_error 2 "--week"
run export timesheet --week 2026-W47 --provider Nobody
expect_error 2 "no provider 'Nobody'"

# xlsx and pdf files are real: a zip with sheets, a PDF with the names
run export timesheet --week 2026-W47 --format xlsx -o week.xlsx
expect_code 0
check "xlsx is a zip with a worksheet" sh -c 'unzip -l week.xlsx | grep -q xl/worksheets/sheet1.xml'
run export timesheet --week 2026-W47 --format pdf -o week.pdf
expect_code 0
check "the pdf names Zoë de Vries" sh -c 'pdftotext week.pdf - | grep -q "Zoë de Vries"'
check "the pdf says NOT APPROVED" sh -c 'pdftotext week.pdf - | grep -q "NOT APPROVED"'
# the weekly bundle: a folder per provider and school with the three files and a MANIFEST
# whose SHA-256 lines sha256sum accepts
run export bundle --week 2026-W47 --out bundle
expect_ok
expect_out_contains "wrote 2 folders in bundle"
check "Horizon's folder has the files" test -f bundle/2026-W47-Horizon-Zuid/urenstaat.pdf -a \
	-f bundle/2026-W47-Horizon-Zuid/urenstaat.xlsx -a -f bundle/2026-W47-Horizon-Zuid/urenstaat.csv
check "the MANIFEST has Egels' totals" grep -q "^Egels	10.50	6.75	3.50	1.01	5.74$" bundle/2026-W47-Horizon-Zuid/MANIFEST
check "the MANIFEST says NOT approved: draft" grep -q "^status: draft" bundle/2026-W47-Horizon-Zuid/MANIFEST
check "the checksums hold" sh -c 'cd bundle/2026-W47-Horizon-Zuid && sed -n "/^files/,\$p" MANIFEST | tail -n +2 | sha256sum -c --quiet'
run export bundle --week 2026-W47
expect_error 2 "--out DIR"
finish
