# zio staff add|list|edit|rm: care professionals
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init
run provider add Samen
run provider add 'Zorg "Één", BV'
expect_ok

run staff add 'Zoë de Vries' --provider Samen --contract-hours 24 --discipline begeleider --from 2026-08-24
expect_ok
expect_out_contains "added professional 'Zoë de Vries' (id 1)"
# The same name at another provider is another person; provider by id.
run staff add 'Zoë de Vries' --provider 2
expect_ok
run staff add 'Ümit, "U"' --provider Samen --contract-hours 32,5 --to 2027-01-31
expect_ok

run staff list --format csv
expect_ok
expect_csv_header "id,name,provider,discipline,contract_hours,from,to"
expect_out_lines 4
expect_csv_row '1,Zoë de Vries,Samen,begeleider,24.00,2026-08-24,'
expect_csv_row '2,Zoë de Vries,"Zorg ""Één"", BV",,0.00,,'
expect_csv_row '3,"Ümit, ""U""",Samen,,32.50,,2027-01-31'
run staff list --provider Samen --format csv
expect_out_lines 3
run staff list
expect_ok
expect_out_contains 'Ümit, "U"'

# The same name at two providers is ambiguous: exit 2, both named, nothing changed.
snapshot z.db >before
run staff edit 'Zoë de Vries' --to 2027-01-31
expect_error 2 "ambiguous"
expect_err_contains "Zoë de Vries (Samen, id 1)"
expect_err_contains 'Zoë de Vries (Zorg "Één", BV, id 2)'
run staff rm 'Zoë de Vries'
expect_error 2 "ambiguous"
expect_unchanged z.db before
# Unknown: did you mean.
run staff edit Zoë --to 2027-01-31
expect_error 2 "did you mean"
expect_err_contains "Zoë de Vries (Samen)"
run staff edit 'Jan Jansen' --to 2027-01-31
expect_error 2 "no professional 'Jan Jansen'"

# edit by id and by name; none clears a date.
run staff edit 1 --from none --discipline verzorgende --to 2027-07-31
expect_ok
expect_out_contains "changed professional 'Zoë de Vries' (id 1)"
run staff edit 'Ümit, "U"' --to none --name 'Ümit Yılmaz' --provider 'Zorg "Één", BV'
expect_ok
run staff list --format csv
expect_csv_row '1,Zoë de Vries,Samen,verzorgende,24.00,,2027-07-31'
expect_csv_row '3,Ümit Yılmaz,"Zorg ""Één"", BV",,32.50,,'
expect_sql z.db "SELECT active_from IS NULL, active_to FROM professional WHERE id = 1" "1|2027-07-31"

# Bad values and rules: nothing written.
snapshot z.db >before
run staff add X --provider Samen --from 2026-02-30
expect_error 2 "2026-02-30"
run staff add X --provider Samen --from 2026-13-01
expect_error 2
run staff add X --provider Samen --to 31-01-2027
expect_error 2
run staff add X --provider Samen --from 2026-09-01 --to 2026-08-01
expect_error 2 "before"
run staff add X --provider Samen --contract-hours 61
expect_error 2 "61"
run staff add X --provider Samen --contract-hours -1
expect_error 2
run staff add X
expect_error 2 "--provider"
run staff add X --provider Nergens
expect_error 2 "no provider 'Nergens'"
run staff add 'Zoë de Vries' --provider Samen
expect_error 1 "already exists"
run staff edit 3 --name 'Zoë de Vries'
expect_error 1 "already exists"
run staff edit 1 --from 2027-08-01
expect_error 2 "before"
expect_unchanged z.db before

# rm: by id and by name; the provider can go once its people have.
run staff rm 3
expect_ok
expect_out_contains "removed professional 'Ümit Yılmaz'"
run staff rm 'Zoë de Vries'
expect_error 2 "ambiguous"
run staff rm 2
expect_ok
run staff rm 'Zoë de Vries'
expect_ok
run staff list --format csv
expect_out_lines 1
run provider rm Samen
expect_ok

finish
