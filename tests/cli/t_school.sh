# zio school add|list|edit|rm
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init
expect_ok

# add: diacritics, commas and quotes in the name; region case-insensitive; H:MM accepted.
run school add 'Café "De Zoë", Noord' --region noord --brin 12AB
expect_ok
expect_out_contains "(id 1)"
run school add Zuiderlicht --region ZUID --day 8:15-14:00
expect_ok
run school add Midden --region midden
expect_ok

# list as CSV: header, RFC 4180 quoting, sorted by name, the config's default day.
run school list --format csv
expect_ok
expect_out_lines 4
expect_csv_header "id,name,region,brin,day"
expect_csv_row '1,"Café ""De Zoë"", Noord",noord,12AB,08:30-15:00'
expect_csv_row '3,Midden,midden,,08:30-15:00'
expect_csv_row '2,Zuiderlicht,zuid,,08:15-14:00'
# The text list lines up and shows names as they are.
run school list
expect_ok
expect_out_contains 'Café "De Zoë", Noord'
check "text list has a header" test "$(sed -n 1p "$OUT" | cut -c1-2)" = id
# The stored value is exactly the name given.
expect_sql z.db "SELECT name FROM school WHERE id = 1" 'Café "De Zoë", Noord'

# edit by id and by name; none clears the BRIN code.
run school edit 1 --name 'Ümit School' --brin none
expect_ok
expect_out_contains "changed school 'Ümit School' (id 1)"
expect_sql z.db "SELECT brin IS NULL FROM school WHERE id = 1" 1
run school edit 'Ümit School' --brin 34CD --day 08:00-14:30 --region zuid
expect_ok
run school list --format csv
expect_csv_row '1,Ümit School,zuid,34CD,08:00-14:30'

# Names: unknown with a "did you mean", unknown without, unknown id.
run school edit Ümit --brin none
expect_error 2 "did you mean: Ümit School"
run school edit Nergens --brin none
expect_error 2 "no school 'Nergens'"
run school rm 99
expect_error 2 "no school with id 99"

# Rules: a second school of the same name or BRIN code is refused with exit 1.
snapshot z.db >before
run school add Midden --region noord
expect_error 1 "already exists"
run school add Elders --region noord --brin 34CD
expect_error 1 "34CD"
run school edit Midden --name Zuiderlicht
expect_error 1 "already exists"
expect_unchanged z.db before
# Bad values: exit 2, nothing written.
run school add Elders --region west
expect_error 2 "west"
run school add Elders
expect_error 2 "--region"
run school add Elders --region zuid --brin 12ab
expect_error 2 "BRIN"
run school add Elders --region zuid --brin 12ABC
expect_error 2 "BRIN"
run school add Elders --region zuid --day 15:00-08:30
expect_error 2 "15:00-08:30"
run school add '' --region zuid
expect_error 2
run school add ' Elders' --region zuid
expect_error 2 "space"
run school edit Midden --region west
expect_error 2 "west"
run school edit Midden --day 08:00
expect_error 2
run school list --format xml
expect_error 2 "xml"
expect_unchanged z.db before

# rm: by name; a school with classes is refused (exit 1) and stays.
run group add EMB --hours 32 --wlz-share 85
expect_ok
run class add Egels --school Midden --group EMB
expect_ok
snapshot z.db >before
run school rm Midden
expect_error 1 "class"
expect_unchanged z.db before
run class rm Egels
expect_ok
run school rm Midden
expect_ok
expect_out_contains "removed school 'Midden'"
run school rm 'Ümit School'
expect_ok
run school list --format csv
expect_out_lines 2
expect_csv_row '2,Zuiderlicht,zuid,,08:15-14:00'
# An empty list still has its header (CSV) or says so (text).
run school rm 2
expect_ok
run school list --format csv
expect_ok
expect_out_lines 1
expect_csv_header "id,name,region,brin,day"
run school list
expect_ok
expect_out_contains "(none)"

finish
