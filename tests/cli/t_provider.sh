# zio provider add|list|edit|rm: care providers (zorgaanbieders)
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init

run provider add 'Zorg "Één", BV' --rate 58.50
expect_ok
expect_out_contains "(id 1)"
run provider add Samen
expect_ok
run provider add Horizon --rate 61,2
expect_ok

run provider list --format csv
expect_ok
expect_csv_header "id,name,rate"
expect_out_lines 4
expect_csv_row '1,"Zorg ""Één"", BV",58.50'
expect_csv_row '2,Samen,'
expect_csv_row '3,Horizon,61.20'
expect_sql z.db "SELECT rate_cents FROM provider WHERE id = 3" 6120
run provider list
expect_ok
expect_out_contains 'Zorg "Één", BV'

# edit by name and by id; none clears the rate.
run provider edit Samen --rate 60
expect_ok
run provider edit 1 --rate none --name 'Zorg Één'
expect_ok
expect_out_contains "changed provider 'Zorg Één' (id 1)"
run provider list --format csv
expect_csv_row '1,Zorg Één,'
expect_csv_row '2,Samen,60.00'
expect_sql z.db "SELECT rate_cents IS NULL FROM provider WHERE id = 1" 1
run provider edit Zorg --rate 1
expect_error 2 "did you mean: Zorg Één"
run provider edit Nergens --rate 1
expect_error 2 "no provider 'Nergens'"

# Bad values, rules: nothing written.
snapshot z.db >before
run provider add Neg --rate -1
expect_error 2 "negative"
run provider add Neg --rate 12.345
expect_error 2
run provider add Neg --rate euro
expect_error 2 "euro"
run provider edit Samen --rate -5
expect_error 2
run provider add Samen
expect_error 1 "already exists"
run provider edit Horizon --name Samen
expect_error 1 "already exists"
run provider add
expect_error 2
expect_unchanged z.db before

# rm: a provider with professionals is refused with exit 1.
run staff add 'Zoë de Vries' --provider Samen
expect_ok
snapshot z.db >before
run provider rm Samen
expect_error 1 "Samen"
expect_unchanged z.db before
run provider rm Horizon
expect_ok
expect_out_contains "removed provider 'Horizon'"
run provider rm 1
expect_ok
run provider list --format csv
expect_out_lines 2
expect_csv_row '2,Samen,60.00'

finish
