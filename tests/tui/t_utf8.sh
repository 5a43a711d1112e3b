# Names with diacritics ("Zoë de Vries", "Ümit Yılmaz") are drawn whole and take one column
# per character: the columns after them line up with those after plain names. Also in a
# non-UTF-8 locale (zio falls back to C.UTF-8), and typed into the picker's filter.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db

# same_column DESCRIPTION LINE1 TEXT1 LINE2 TEXT2: TEXT1 starts in LINE1 where TEXT2 starts in
# LINE2 (and both are there)
same_column()
{
	_c1=$(column_of "$2" "$3")
	_c2=$(column_of "$4" "$5")
	if [ "$_c1" -ge 0 ] && [ "$_c1" = "$_c2" ]; then
		_pass
	else
		_fail "$1: '$3' at column $_c1 of [$2], '$5' at column $_c2 of [$4]"
	fi
}

# the class grid: the initials ÜY (two bytes for Ü) sit in the day columns
grid_checks()
{
	wait_for "SO Egels"
	head=$(line_with "h/budget")
	egels=$(line_with "SO Egels")
	bevers=$(line_with "SO Bevers")
	same_column "ÜY under Monday" "$egels" "ÜY 08:30-12:00" "$head" "mon 23-11"
	same_column "ZV under Tuesday, after ÜY" "$egels" "ZV 08:30-12:00" "$head" "tue 24-11"
	same_column "JB under Wednesday" "$egels" "JB 08:30-12:00" "$head" "wed 25-11"
	same_column "the hours of SO Egels and SO Bevers line up" "$egels" "/32 " "$bevers" "/18 "
}

tui_start --school 'De Wilgenhoek'
grid_checks

# the professionals as rows (v): the rows of Zoë and Ümit line up with a plain name's row
keys v
wait_for "staff  h/contract"
# (the header of the label column ends before Monday's: not cut off and run into it)
head=$(line_with "staff  h/contract")
check "the header has a space before 'mon 23-11': [$head]" \
	contains "$head" " mon 23-11"
keys /
wait_for "Find class or professional:"
type_text "Ümit"
keys Enter
wait_for "Ümit Yılmaz  ·  Zorggroep Horizon"     # the detail pane: the full name
zoe=$(line_with "Zoë de Vri")
umit=$(line_with "Ümit Yılmaz ")
plain=$(line_with "Tess Peters")
check "Zoë's row is there: [$zoe]" [ -n "$zoe" ]
check "Ümit's row is there: [$umit]" [ -n "$umit" ]
same_column "Zoë's hours under Tess Peters's" "$zoe" "/24 " "$plain" "/32 "
same_column "Ümit's hours under Tess Peters's" "$umit" "/32 " "$plain" "/32 "
same_column "Zoë's Monday under Tess Peters's" "$zoe" " 0830-1200" "$plain" " 0830-1200"
same_column "Ümit's Monday under Tess Peters's" "$umit" " 0830-1200" "$plain" " 0830-1200"

# the picker: typing Ümit filters to him; the form shows the name whole
keys v
wait_for "h/budget"
keys a
wait_for "Add shift"
keys Space
wait_for "find:"
type_text "Ümit"
wait_for "find: Ümit"
wait_for "Ümit Yılmaz (Zorggroep Horizon)"
wait_gone "Anouk van Dijk"
keys Enter
wait_for "Professional    Ümit Yılmaz (Zorggroep Horizon)"
keys Escape
wait_for "nothing changed"
keys q
expect_clean_exit 0

# a locale without UTF-8: zio switches to C.UTF-8 itself, the names are the same
TUI_ENV="LC_ALL=C LANG=C" tui_start --school 'De Wilgenhoek'
grid_checks
keys 2
wait_for "2 Day rota"
wait_for "Ümit Yılmaz"
wait_for "Zoë de Vries"
keys q
expect_clean_exit 0
finish
