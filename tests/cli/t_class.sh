# zio class add|list|edit|rm, with class names that repeat across schools.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init
run school add Zuid --region zuid
run school add 'Ümit School' --region noord
run group add EMB --hours 32 --wlz-share 85
run group add 'Z,"q"' --hours 12 --wlz-share 10
expect_ok

run class add Egels --school Zuid --group EMB --pupils 8
expect_ok
expect_out_contains "added class 'Egels' (id 1)"
# The same name at another school is fine; school and group by id.
run class add Egels --school 2 --group 2 --hours 5.5
expect_ok
run class add "Zoë's \"klas\", 1" --school 'Ümit School' --group EMB --pupils 0
expect_ok

# list: CSV quoting; hours is the budget, hours_from says whose.
run class list --format csv
expect_ok
expect_out_lines 4
expect_csv_header "id,name,school,group,pupils,hours,hours_from"
expect_csv_row '1,Egels,Zuid,EMB,8,32.00,group'
expect_csv_row '2,Egels,Ümit School,"Z,""q""",0,5.50,class'
expect_csv_row "3,\"Zoë's \"\"klas\"\", 1\",Ümit School,EMB,0,32.00,group"
run class list --school Zuid --format csv
expect_ok
expect_out_lines 2
run class list --group 'Z,"q"' --format csv
expect_out_lines 2
expect_csv_row '2,Egels,Ümit School,"Z,""q""",0,5.50,class'
run class list
expect_ok
expect_out_contains "Zoë's \"klas\", 1"

# An ambiguous name: exit 2, the error names both candidates and how to pick; nothing changes.
snapshot z.db >before
run class edit Egels --pupils 9
expect_error 2 "ambiguous"
expect_err_contains "Egels (Zuid, id 1)"
expect_err_contains "Egels (Ümit School, id 2)"
expect_err_contains "--school"
run class rm Egels
expect_error 2 "ambiguous"
expect_unchanged z.db before
# --school picks one.
run class edit Egels --school Zuid --pupils 9 --hours 3.5
expect_ok
expect_out_contains "(id 1)"
expect_sql z.db "SELECT pupils, weekly_minutes FROM class WHERE id = 1" "9|210"
expect_sql z.db "SELECT pupils, weekly_minutes FROM class WHERE id = 2" "0|330"
# --hours none: back to the group's hours.
run class edit Egels --school Zuid --hours none
expect_ok
expect_sql z.db "SELECT weekly_minutes IS NULL FROM class WHERE id = 1" 1
run class list --school Zuid --format csv
expect_csv_row '1,Egels,Zuid,EMB,9,32.00,group'
# By id, rename and another group.
run class edit 3 --name 'Zoë 1' --group 'Z,"q"'
expect_ok
expect_sql z.db "SELECT name, group_id FROM class WHERE id = 3" "Zoë 1|2"

# Unknown names: a "did you mean" with the candidates, or none.
run class edit Egel --school Zuid --pupils 1
expect_error 2 "did you mean: Egels (Zuid)"
run class edit Eg --pupils 1
expect_error 2 "did you mean"
expect_err_contains "Egels (Zuid)"
expect_err_contains "Egels (Ümit School)"
run class edit Vossen --pupils 1
expect_error 2 "no class 'Vossen'"
run class edit 99 --pupils 1
expect_error 2 "99"
run class list --school Zui
expect_error 2 "did you mean: Zuid"

# Bad values and rules: nothing written.
snapshot z.db >before
run class add Egels --school Zuid --group EMB
expect_error 1 "already exists"
run class edit 'Zoë 1' --name Egels
expect_error 1 "already exists"
run class add X --school Zuid
expect_error 2 "--group"
run class add X --group EMB
expect_error 2 "--school"
run class add X --school Zuid --group Nope
expect_error 2 "no target group 'Nope'"
run class add X --school Nope --group EMB
expect_error 2 "no school 'Nope'"
run class add X --school Zuid --group EMB --pupils 1001
expect_error 2 "1001"
run class add X --school Zuid --group EMB --pupils -1
expect_error 2
run class add X --school Zuid --group EMB --hours -2
expect_error 2
run class add '' --school Zuid --group EMB
expect_error 2
run class add "$(printf 'a\tb')" --school Zuid --group EMB
expect_error 2 "control"
run class edit 1 --pupils ten
expect_error 2 "ten"
expect_unchanged z.db before

# rm: by name with --school, by id; a class in use by a school keeps the school from going.
run school rm Zuid
expect_error 1
run class rm Egels --school 'Ümit School'
expect_ok
expect_out_contains "removed class 'Egels' of 'Ümit School'"
run class rm 1
expect_ok
run class list --format csv
expect_out_lines 2
expect_csv_row '3,Zoë 1,Ümit School,"Z,""q""",0,12.00,group'
run school rm Zuid
expect_ok

finish
