# zio group add|list|edit|rm: target groups (doelgroepen)
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init
expect_ok

run group add EMB --hours 32 --wlz-share 85
expect_ok
expect_out_contains "added target group 'EMB' (id 1)"
# Decimal comma, a fractional share, a name with a comma and quotes.
run group add 'ZML "jong", SO' --hours 12,5 --wlz-share 42.5
expect_ok
run group add 'Gedrag & psychiatrie' --hours 0 --wlz-share 0
expect_ok

run group list --format csv
expect_ok
expect_csv_header "id,name,hours,wlz_share"
expect_csv_row '1,EMB,32.00,85'
expect_csv_row '2,"ZML ""jong"", SO",12.50,42.50'
expect_csv_row '3,Gedrag & psychiatrie,0.00,0'
expect_sql z.db "SELECT weekly_minutes, wlz_share_bp FROM target_group WHERE id = 2" "750|4250"
run group list
expect_ok
expect_out_contains 'ZML "jong", SO'

# edit by name and by id.
run group edit EMB --hours 30.25
expect_ok
run group edit 2 --name 'ZML jong' --wlz-share 100
expect_ok
run group list --format csv
expect_csv_row '1,EMB,30.25,85'
expect_csv_row '2,ZML jong,12.50,100'
run group edit ZML --hours 1
expect_error 2 "did you mean: ZML jong"
run group edit Onbekend --hours 1
expect_error 2 "no target group 'Onbekend'"

# Bad values: exit 2, nothing written.
snapshot z.db >before
run group add G --hours -3 --wlz-share 10
expect_error 2 "negative"
run group add G --hours 3 --wlz-share 150
expect_error 2 "150"
run group add G --hours 169 --wlz-share 10
expect_error 2 "169"
run group add G --hours 3.255 --wlz-share 10
expect_error 2
run group add G --hours abc --wlz-share 10
expect_error 2 "abc"
run group add G --hours 3 --wlz-share -1
expect_error 2
run group add G --wlz-share 10
expect_error 2 "--hours"
run group add G --hours 3
expect_error 2 "--wlz-share"
run group edit EMB --wlz-share 100.01
expect_error 2
run group edit EMB --hours ''
expect_error 2
# Rules: duplicate name, exit 1.
run group add EMB --hours 1 --wlz-share 1
expect_error 1 "already exists"
run group edit 'ZML jong' --name EMB
expect_error 1 "already exists"
expect_unchanged z.db before

# rm: a group used by a class is refused with exit 1.
run school add S --region zuid
run class add Egels --school S --group EMB
expect_ok
snapshot z.db >before
run group rm EMB
expect_error 1 "EMB"
expect_unchanged z.db before
run group rm 'Gedrag & psychiatrie'
expect_ok
expect_out_contains "removed target group 'Gedrag & psychiatrie'"
run group rm 2
expect_ok
run group list --format csv
expect_out_lines 2
expect_csv_row '1,EMB,30.25,85'

finish
