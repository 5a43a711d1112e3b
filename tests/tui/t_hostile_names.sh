# Names in any script, and names with escape sequences in them, do not break the screen.
# Long Chinese, Arabic and emoji names (through zio) are cut to their column, and the columns
# after them line up with those after plain names (measured in terminal columns: a Chinese
# character or an emoji takes two). Names that another program wrote with control characters
# (ESC[2J, ESC[H, an OSC title, a line break, tab, carriage return, backspace, bell, DEL, the
# C1 control CSI) are drawn with '?' for each control character: the screen is not cleared,
# the window title not changed, no row is pushed down or overwritten.
. "${TUI_LIB:-$(dirname "$0")/lib.sh}"

demo_db

CJK='Aa 王秀英王秀英王秀英王秀英王秀英王秀英王秀英王秀英王秀英王秀英'
ARABIC='Ab مرحبا بالعالم مرحبا بالعالم مرحبا بالعالم'
EMOJI='Ac 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 emoji'
for edit in "staff edit 'Tess Peters' --name '$CJK'" "staff edit 'Sanne Jansen' --name '$ARABIC'" \
	"staff edit 'Saar Bos' --name '$EMOJI'" "class edit 'SO Egels' --name 'A1 王秀英王秀英王秀英王秀英'" \
	"class edit 'SO Bevers' --name 'A2 مرحبا بالعالم 😀😀😀'"; do
	eval "cli $edit"
	expect_code 0
done
# zio refuses control characters in names; another program writing the file does not
if ! sqlite3 "$DB" "
	UPDATE professional SET name = 'Ad' || char(27) || '[2J' || char(27) || '[H' || char(10) || 'X' ||
		char(9) || 'Y' || char(13) || 'Z' || char(8) || 'W' || char(155) || '2J' || char(7) ||
		char(127) || ' Dijk' WHERE name = 'Anouk van Dijk';
	UPDATE class SET name = 'A3' || char(27) || ']0;pwned' || char(7) || char(27) || '[31mrood'
		WHERE name = 'SO Dassen';" >"$W/.sql.out" 2>&1; then
	_abort "sqlite3 could not rename: $(cat "$W/.sql.out")"
fi
SHOWN_AD='Ad?[2J?[H?X?Y?Z?W'      # the professional's name as the screen shows it (its start)
SHOWN_A3='A3?]0;pwned'            # the class's

# The width of TEXT on a terminal: 2 for East Asian wide characters and emoji, 0 for combining
# marks and joiners, 1 for the rest (as zio counts, for the characters used here).
width()
{
	printf '%s' "$1" | LC_ALL=C awk '
		BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
		{ s = s (NR > 1 ? "\n" : "") $0 }
		END {
			n = length(s); w = 0; i = 1
			while (i <= n) {
				c = ord[substr(s, i, 1)]
				if (c < 128) { cp = c; k = 1 }
				else if (c >= 240) { cp = c % 8; k = 4 }
				else if (c >= 224) { cp = c % 16; k = 3 }
				else { cp = c % 32; k = 2 }
				for (j = 1; j < k; j++) cp = cp * 64 + ord[substr(s, i + j, 1)] % 64
				i += k
				if ((cp >= 768 && cp <= 879) || (cp >= 8203 && cp <= 8205) || (cp >= 65024 && cp <= 65039))
					continue
				w += (cp >= 4352 && cp <= 4447) || (cp >= 11904 && cp <= 42191) ||
				     (cp >= 44032 && cp <= 55203) || (cp >= 63744 && cp <= 64255) ||
				     (cp >= 65280 && cp <= 65376) || (cp >= 127744 && cp <= 129791) ||
				     (cp >= 131072 && cp <= 262141) ? 2 : 1
			}
			print w
		}'
}

# The terminal column (0-based) where TEXT starts in LINE, -1 when it is not there.
display_column()
{
	case $1 in
	*"$2"*) width "${1%%"$2"*}" ;;
	*) echo -1 ;;
	esac
}

# aligned DESCRIPTION LINE1 TEXT1 LINE2 TEXT2: TEXT1 starts in LINE1 at the terminal column
# where TEXT2 starts in LINE2
aligned()
{
	_c1=$(display_column "$2" "$3")
	_c2=$(display_column "$4" "$5")
	if [ "$_c1" -ge 0 ] && [ "$_c1" = "$_c2" ]; then
		_pass
	else
		_fail "$1: '$3' at column $_c1 of [$2], '$5' at column $_c2 of [$4]"
	fi
}

# The screen as it must be whatever the names: the title bar on the first line, the key line
# at the bottom, the window title untouched, no line wider than the pane.
intact()
{
	_scr=$(screen)
	_pw=$(pane_flag pane_width)
	check "$1: the title bar is on the first line" \
		contains "$(printf '%s\n' "$_scr" | sed -n 1p)" " zio " "De Wilgenhoek"
	case $(printf '%s\n' "$_scr" | sed -n '$p') in
	*"q quit"* | *"zio knows the school holidays"*) _pass ;;   # the keys, or a note over them
	*) _fail "$1: the key line (or a note) should be at the bottom" ;;
	esac
	case $(pane_flag pane_title) in
	*pwned*) _fail "$1: the class name set the window title" ;;
	*) _pass ;;
	esac
	_wide=$(printf '%s\n' "$_scr" | while IFS= read -r _l; do
		[ "$(width "$_l")" -gt "$_pw" ] && echo x
	done)
	check "$1: no line is wider than the pane" [ -z "$_wide" ]
}

tui_start --school 'De Wilgenhoek'

# --- the week planner: a row per class
wait_for "h/budget"
wait_for "$SHOWN_A3"
intact "week planner"
head=$(line_with "h/budget")
plain=$(line_with "SO Hazen")
for class in "A1 王秀英王" "A2 مرحبا با" "$SHOWN_A3"; do
	row=$(line_with "$class")
	aligned "week planner, class $class: its hours" "$row" "/" "$plain" "/"
	aligned "week planner, class $class: Monday" "$row" "08:30-12:00" "$plain" "08:30-12:00"
done
check "the class row after the renamed SO Dassen starts the line" \
	contains "$(screen | grep -F -A 2 "$SHOWN_A3")" "
Instroomgro"

# --- the professionals as rows (v), and one of them found (/): the detail pane names it
keys v
wait_for "h/contract"
wait_for "Ad?[2J?[H?X"          # as much as the column holds
intact "week planner by professional"
plain=$(line_with "Daan Bakker")
for who in "Aa 王秀英" "Ab مرحبا" "Ac 😀😀" "Ad?[2J?[H?X"; do
	row=$(line_with "$who")
	aligned "by professional, $who: the hours" "$row" "/" "$plain" "/"
	aligned "by professional, $who: Monday" "$row" " 0830-1200" "$plain" " 0830-1200"
done
keys /
wait_for "Find class or professional:"
type_text "Ad"
keys Enter
wait_for "2J?? Dijk  ·  Zorggroep Horizon"   # bell and DEL as '?', CSI (U+009B) blank
check "the detail pane names the professional whole" contains "$(line_with "?? Dijk  ·  ")" "$SHOWN_AD"
intact "the detail pane"

# --- the staff list (3) and the classes (4)
keys 3
wait_for "discipline"
wait_for "$SHOWN_AD"
intact "staff"
head=$(line_with "discipline")
for who in "Aa 王秀英" "Ab مرحبا" "Ac 😀😀" "$SHOWN_AD"; do
	row=$(line_with "$who")
	aligned "staff, $who: the provider" "$row" "Zorggroep Horizon" "$head" "provider"
	aligned "staff, $who: the discipline" "$row" "begeleider" "$head" "discipline"
done
check "the staff row after the renamed Anouk van Dijk starts the line" \
	contains "$(screen | grep -F -A 1 "$SHOWN_AD")" "
Bram van Leeuwen "

keys 4
wait_for "target group"
wait_for "$SHOWN_A3"
intact "classes"
head=$(line_with "target group")
aligned "classes, A1: the target group" "$(line_with "A1 王秀英")" "EMB" "$head" "target group"
aligned "classes, A2: the target group" "$(line_with "A2 مرحبا")" "LG/LZ" "$head" "target group"
aligned "classes, A3: the target group" "$(line_with "$SHOWN_A3")" "ZML jong" "$head" "target group"
check "the fixed team of A2 shows the renamed professional with '?'" \
	contains "$(line_with "A2 مرحبا")" "$SHOWN_AD"

# --- a narrow window: the same, cut shorter
resize 80 24
wait_for "target group"
intact "classes at 80x24"
keys 3
wait_for "discipline"
intact "staff at 80x24"
head=$(line_with "discipline")
for who in "Aa 王秀英" "Ac 😀😀" "$SHOWN_AD"; do
	aligned "staff at 80x24, $who: the provider" "$(line_with "$who")" "Zorggroep Horizon" "$head" "provider"
done

keys q
expect_clean_exit 0
finish
