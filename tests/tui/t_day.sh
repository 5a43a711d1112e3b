# The day rota: Enter on a day of the week planner opens it; who is in which class, the
# selected class in words, left/right walk the school days (across weeks), w goes back, a
# holiday says why it is closed.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db
tui_start --school 'De Wilgenhoek'
wait_for "week 2026-W48, 23-11 to 27-11"
keys l
wait_for "Instroomgroep  ·  ZML jong  ·  tue 2026-11-24"
keys Enter
wait_for "2 Day rota"
wait_for "tue 2026-11-24  ·  open"
wait_for "08:00"                                # the hours along the top
wait_for "15:00"
# the bars: SO Egels has Zoë in the morning, Ümit after noon (long bars show the full name)
row=$(line_with "SO Egels")
check "the SO Egels row shows Zoë de Vries and Ümit Yılmaz: $row" \
	contains "$row" "Zoë de Vries" "Ümit Yılmaz"
# the selected class (the first) in words
wait_for "08:30-12:00  Fenna Smits"
keys Down
wait_for "08:30-12:00  Emma Meijer"             # SO Bevers on Tuesday
keys j j
wait_for "08:30-12:00  Zoë de Vries"            # SO Egels: every shift of the day
wait_for "12:00-15:00  Ümit Yılmaz"

# a cancelled shift is shown as such
cli shift list --week 2026-W48 --class 'SO Egels' --format csv
id=$(printf '%s\n' "$out" | grep ',2026-11-24,De Wilgenhoek,SO Egels,Ümit Yılmaz,' | cut -d, -f1)
cli shift cancel "$id" --reason 'ziek gemeld'
expect_code 0
wait_for "reloaded: the database was changed by someone else"
wait_for "12:00-15:00  Ümit Yılmaz  cancelled: ziek gemeld"
row=$(line_with "SO Egels")
check "the cancelled shift is marked in its bar: $row" \
	contains "$row" "x Ümit Yılmaz"

# right/left walk the school days, over the weekend into the next and previous week
keys Right
wait_for "wed 2026-11-25  ·  open"
keys l l l
wait_for "mon 2026-11-30  ·  open"
wait_for "week 2026-W49, 30-11 to 04-12"
keys Left
wait_for "fri 2026-11-27  ·  open"
wait_for "week 2026-W48, 23-11 to 27-11"

# w back to the week planner, on the same day
keys w
wait_for "1 Week planner"
wait_for "  ·  fri 2026-11-27  ·  "

# Two people in one class at once (SO Egels, Tuesday 1 December: Ümit 12:00-15:00, René
# 13:00-15:00): the rota shows both, neither name cut off by the other's bar
keys g
wait_for "Go to week or date:"
type_text 2026-12-01
keys Enter
wait_for "week 2026-W49, 30-11 to 04-12"
keys 2
wait_for "tue 2026-12-01  ·  open"
egels=$(screen | sed -n '/^SO Egels/,/^SO Hazen/p' | sed '$d')
check "the rota of 2026-12-01 shows Ümit Yılmaz and René Mertens in full in SO Egels: [$egels]" \
	contains "$egels" "Ümit Yılmaz" "René Mertens"

# 2 opens the day rota too; a holiday says why
keys w
wait_for "1 Week planner"
keys g
wait_for "Go to week or date:"
type_text 2026-12-24
keys Enter
wait_for "week 2026-W52, 21-12 to 25-12"
keys 2
wait_for "2 Day rota"
wait_for "thu 2026-12-24  ·  kerstvakantie (zuid)"
wait_for "nobody planned"

keys q
expect_clean_exit 0
finish
