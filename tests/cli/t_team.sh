# zio team add|list|rm: the fixed teams (vaste gezichten) of classes
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB="$PWD/z.db"
run init
run school add Zuid --region zuid
run school add Noord --region noord
run group add EMB --hours 32 --wlz-share 85
run class add Egels --school Zuid --group EMB
run class add Egels --school Noord --group EMB
run class add Vossen --school Noord --group EMB
run provider add Samen
run staff add 'Zoë de Vries' --provider Samen
run staff add 'Ümit, "U"' --provider Samen
expect_ok

# add: --school picks the class; a class name unique across schools needs none.
run team add 'Zoë de Vries' Egels --school Zuid --from 2026-08-24
expect_ok
expect_out_contains "added Zoë de Vries to the fixed team of Egels (Zuid)"
run team add 'Ümit, "U"' Vossen --from 2026-08-24 --to 2026-12-31
expect_ok
run team add 1 Egels --school Noord
expect_ok

run team list --format csv
expect_ok
expect_csv_header "id,name,class,school,from,to"
expect_out_lines 4
expect_csv_row '1,Zoë de Vries,Egels,Zuid,2026-08-24,'
expect_csv_row '2,"Ümit, ""U""",Vossen,Noord,2026-08-24,2026-12-31'
expect_csv_row '3,Zoë de Vries,Egels,Noord,,'
run team list --school Noord --format csv
expect_out_lines 3
run team list --staff 'Ümit, "U"' --format csv
expect_out_lines 2
run team list --class Egels --school Zuid --format csv
expect_out_lines 2
expect_csv_row '1,Zoë de Vries,Egels,Zuid,2026-08-24,'
run team list
expect_ok
expect_out_contains 'Ümit, "U"'

# Ambiguous class without --school; unknown names; overlapping membership; bad dates.
snapshot z.db >before
run team add 'Ümit, "U"' Egels
expect_error 2 "ambiguous"
expect_err_contains "Egels (Noord, id 2)"
expect_err_contains "Egels (Zuid, id 1)"
run team list --class Egels
expect_error 2 "ambiguous"
run team add 'Ümit, "U"' Egel --school Zuid
expect_error 2 "did you mean: Egels (Zuid)"
run team add Niemand Vossen
expect_error 2 "no professional 'Niemand'"
run team add 'Ümit, "U"' Vossen --from 2026-10-01
expect_error 1 "already"
run team add 'Zoë de Vries' Egels --school Zuid
expect_error 1 "already"
run team add 'Ümit, "U"' Egels --school Zuid --from 2027-01-01 --to 2026-12-01
expect_error 2 "before"
run team add 'Ümit, "U"' Egels --school Zuid --from 2027-02-30
expect_error 2 "2027-02-30"
run team add 'Ümit, "U"'
expect_error 2
run team rm abc
expect_error 2
run team rm 99
expect_error 2 "99"
run team rm 'Ümit, "U"' Egels --school Zuid
expect_error 2
expect_unchanged z.db before
# A later period of the same person in the same class is fine.
run team add 'Ümit, "U"' Vossen --from 2027-01-01
expect_ok

# rm by staff and class, and by membership id.
run team rm 'Zoë de Vries' Egels --school Zuid
expect_ok
expect_out_contains "removed team membership 1"
run team rm 2
expect_ok
run team list --format csv
expect_out_lines 3
expect_csv_row '3,Zoë de Vries,Egels,Noord,,'
expect_csv_row '4,"Ümit, ""U""",Vossen,Noord,2027-01-01,'

# Removing a class or a professional takes their memberships along.
run class rm Vossen
expect_ok
expect_sql z.db "SELECT count(*) FROM team_member WHERE id = 4" 0
run staff rm 'Zoë de Vries'
expect_ok
run team list --format csv
expect_out_lines 1
expect_sql z.db "PRAGMA foreign_key_check" ""

finish
