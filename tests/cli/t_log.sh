# zio log confirm|add|absent|edit|rm|list: delivered hours under the rules (overlap, the
# future, active dates, closed days, the school day), absences with a stand-in and the
# accounting that follows from them, confirm as planned, and bad input.
. "${CLI_LIB:-$(dirname "$0")/lib.sh}"

export ZIO_DB=$PWD/z.db
# "logged by" is the login of whoever runs zio.
USER=tester ZIO_USER=tester
export USER ZIO_USER
run init
expect_ok
run school add Zuid --region zuid
run school add Noord --region noord --day 08:45-14:30
run group add EMB --hours 10 --wlz-share 50
run class add Egels --school Zuid --group EMB
run class add Vossen --school Zuid --group EMB
run class add Uilen --school Noord --group EMB
run provider add Samen
run provider add Anders
run staff add 'Zoë de Vries' --provider Samen --contract-hours 24 --from 2026-08-01
run staff add 'Jan Bos' --provider Samen --contract-hours 24 --from 2026-08-01
run staff add 'Piet Oud' --provider Samen --contract-hours 8 --from 2026-08-01 --to 2026-11-13
run staff add 'Kim Smit' --provider Anders --contract-hours 24 --from 2026-08-01
run staff add 'Lot Nieuw' --provider Samen --contract-hours 8 --from 2026-11-25
expect_ok
for t in 'Zoë de Vries:Egels' 'Zoë de Vries:Uilen' 'Jan Bos:Vossen' 'Jan Bos:Egels' 'Kim Smit:Egels' \
	'Kim Smit:Vossen'; do
	run team add "${t%%:*}" "${t#*:}"
	expect_ok
done
run closure add Zuid 2026-11-13 --reason studiedag
expect_ok

# Today is Monday 2026-11-23 (week 48); week 47 is 2026-11-16 .. 2026-11-22.
run shift add 'Zoë de Vries' Egels 2026-11-16 08:30-12:00    # 1
run shift add 'Jan Bos' Vossen 2026-11-16 13:00-15:00         # 2
run shift add 'Zoë de Vries' Egels 2026-11-17 08:30-12:00    # 3
run shift add 'Jan Bos' Vossen 2026-11-17 08:30-12:00         # 4
run shift add 'Kim Smit' Egels 2026-11-18 08:30-12:00        # 5
run shift add 'Zoë de Vries' Egels 2026-11-19 08:30-12:00    # 6, cancelled below
run shift add 'Jan Bos' Egels 2026-11-20 12:00-15:00          # 7
run shift add 'Kim Smit' Vossen 2026-11-17 10:00-12:00       # 8
run shift add 'Zoë de Vries' Uilen 2026-11-20 08:45-12:00    # 9, at Noord
run shift add 'Zoë de Vries' Egels 2026-11-23 08:30-12:00    # 10, today
run shift add 'Zoë de Vries' Egels 2026-11-24 08:30-12:00    # 11, tomorrow
run shift add 'Jan Bos' Egels 2026-11-23 12:00-15:00          # 12, today
expect_ok
run shift cancel 6 --reason "uitstapje"
expect_ok
expect_sql z.db "SELECT count(*) FROM shift" 12
expect_sql z.db "SELECT count(*) FROM log_entry" 0

# --- replacement: the absent professional delivers 0 hours, the stand-in the shift's hours
run log absent 1 --reason sick --replaced-by 'Jan Bos'
expect_ok
expect_out_lines 2
expect_out_line "added log entry 1: Zoë de Vries, Egels (Zuid), 2026-11-16 08:30-12:00, absent: sick"
expect_out_line "added log entry 2: Jan Bos, Egels (Zuid), 2026-11-16 08:30-12:00, delivered"
expect_sql z.db "SELECT shift_id, professional_id, kind, reason, replaced_by, start_min, end_min, logged_by FROM log_entry ORDER BY id" \
"1|1|absent|sick|2|510|720|tester
1|2|delivered|||510|720|tester"
run log list --week 2026-W47 --format csv
expect_ok
check "log list csv header" test "$(sed -n 1p "$OUT")" = "id,date,school,class,professional,start,end,hours,kind,reason,replaced_by,shift,logged_by"
expect_csv_row "1,2026-11-16,Zuid,Egels,Zoë de Vries,08:30,12:00,0.00,absent,sick,Jan Bos,1,tester"
expect_csv_row "2,2026-11-16,Zuid,Egels,Jan Bos,08:30,12:00,3.50,delivered,,,1,tester"
expect_out_lines 3

# A log entry for a shift, with the shift's own professional.
run log add 'Jan Bos' Vossen 2026-11-17 08:30-12:00 --shift 4
expect_ok
expect_out_line "added log entry 3: Jan Bos, Vossen (Zuid), 2026-11-17 08:30-12:00, delivered"

# A stand-in who is busy then (a delivered entry at that time) is refused: overlap, exit 1, and
# the absence is not recorded either.
snapshot z.db >before
run log absent 3 --reason sick --replaced-by 'Jan Bos'
expect_error 1 "Jan Bos, Egels, 2026-11-17 08:30-12:00: overlaps the logged 08:30-12:00 in Vossen"
expect_err_contains "[overlap]"
expect_unchanged z.db before
run log absent 3 --reason sick --replaced-by 'Jan Bos' --time 11:30-12:00
expect_error 1 "overlap"
expect_unchanged z.db before
# An inactive stand-in is refused too.
run log absent 3 --reason sick --replaced-by 'Piet Oud'
expect_error 1 "Piet Oud is not active on 2026-11-17"
expect_err_contains "[inactive]"
expect_unchanged z.db before

# With --time the stand-in gets only the hours they worked.
run log absent 3 --reason leave --replaced-by 'Kim Smit' --time 09:00-11:00
expect_ok
expect_out_line "added log entry 4: Zoë de Vries, Egels (Zuid), 2026-11-17 08:30-12:00, absent: leave"
expect_out_line "added log entry 5: Kim Smit, Egels (Zuid), 2026-11-17 09:00-11:00, delivered"
expect_sql z.db "SELECT professional_id, kind, ifnull(reason, '-'), ifnull(replaced_by, '-'), start_min, end_min FROM log_entry WHERE shift_id = 3 ORDER BY id" \
"1|absent|leave|4|510|720
4|delivered|-|-|540|660"

# An absence without a stand-in: only the absent entry.
run shift add 'Jan Bos' Vossen 2026-11-19 08:30-10:00       # 13
expect_code 0
run log absent 13 --reason training --note "BHV-cursus"
expect_ok
expect_out_lines 1
expect_out_line "added log entry 6: Jan Bos, Vossen (Zuid), 2026-11-19 08:30-10:00, absent: training"
expect_sql z.db "SELECT kind, reason, ifnull(replaced_by, 'none'), note FROM log_entry WHERE shift_id = 13" "absent|training|none|BHV-cursus"

# --- absences that cannot be: a cancelled shift, a shift logged already, oneself as stand-in
snapshot z.db >before
run log absent 6 --reason sick
expect_error 1 "cancelled"
run log absent 1 --reason sick
expect_error 1 "logged already"
run log absent 2 --reason sick --replaced-by 'Jan Bos'
expect_error 2 "someone else"
expect_unchanged z.db before

# --- overlap: another delivered entry of the same professional (any class, any school)
run log add 'Jan Bos' Egels 2026-11-16 11:00-12:30
expect_error 1 "Jan Bos, Egels, 2026-11-16 11:00-12:30: overlaps the logged 08:30-12:00 in Egels"
expect_err_contains "[overlap]"
run log add 'Jan Bos' Vossen 2026-11-17 07:00-08:31
expect_error 1 "overlaps the logged 08:30-12:00 in Vossen"
run log add 'Kim Smit' Vossen 2026-11-17 10:30-11:30
expect_error 1 "overlaps the logged 09:00-11:00 in Egels"
expect_unchanged z.db before
# An absent entry is no delivered time: Zoë's absence does not block her elsewhere.
run log add 'Zoë de Vries' Egels 2026-11-16 12:00-13:00 --note "toch even"
expect_ok
expect_out_line "added log entry 7: Zoë de Vries, Egels (Zuid), 2026-11-16 12:00-13:00, extra care"
expect_sql z.db "SELECT ifnull(shift_id, 'none'), kind, note FROM log_entry WHERE id = 7" "none|delivered|toch even"

# --- confirm: per provider, skipping what is logged, cancelled or still to come
# Anders: shift 5 is confirmed; shift 8 (Kim 10:00-12:00 in Vossen) overlaps Kim's stand-in
# hours 09:00-11:00 in Egels and is refused (listed, not made). Samen's shifts stay unlogged.
run log confirm --week 2026-W47 --school Zuid --provider Anders
expect_code 0
expect_out_line "week 2026-W47 of Zuid: 1 shift confirmed as delivered, 0 logged already, 0 still to come, 1 refused"
expect_err_contains "error: Kim Smit, Vossen, 2026-11-17 10:00-12:00: overlaps the logged 09:00-11:00 in Egels [overlap]"
expect_sql z.db "SELECT shift_id, professional_id, kind, start_min, end_min FROM log_entry WHERE id = 8" "5|4|delivered|510|720"
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id IN (2, 7, 8)" 0
# All providers of the school: 2 and 7 confirmed; 1, 3, 4, 5, 13 logged already; the cancelled
# 6 is left alone; Noord's shift 9 is another school.
run log confirm --week 2026-W47 --school Zuid
expect_code 0
expect_out_line "week 2026-W47 of Zuid: 2 shifts confirmed as delivered, 5 logged already, 0 still to come, 1 refused"
expect_sql z.db "SELECT shift_id, kind, start_min, end_min, logged_by FROM log_entry WHERE shift_id IN (2, 7) ORDER BY shift_id" \
"2|delivered|780|900|tester
7|delivered|720|900|tester"
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id IN (6, 8, 9)" 0
# Idempotent: the second run confirms nothing and changes nothing.
snapshot z.db >before
run log confirm --week 2026-W47 --school Zuid
expect_code 0
expect_out_line "week 2026-W47 of Zuid: 0 shifts confirmed as delivered, 7 logged already, 0 still to come, 1 refused"
expect_unchanged z.db before
run log confirm --week 2026-W47 --school Zuid --provider Samen
expect_ok
expect_out_line "week 2026-W47 of Zuid: 0 shifts confirmed as delivered, 6 logged already, 0 still to come, 0 refused"
expect_unchanged z.db before
# This week: today's shifts are confirmed, tomorrow's is still to come.
run log confirm --week 2026-W48 --school Zuid
expect_ok
expect_out_line "week 2026-W48 of Zuid: 2 shifts confirmed as delivered, 0 logged already, 1 still to come, 0 refused"
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id IN (10, 12) AND kind = 'delivered'" 2
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id = 11" 0
snapshot z.db >before
run log confirm --week 2026-W48 --school Zuid
expect_ok
expect_out_line "week 2026-W48 of Zuid: 0 shifts confirmed as delivered, 2 logged already, 1 still to come, 0 refused"
expect_unchanged z.db before
# A removed entry is confirmed again by the next run.
shift7=$(sql z.db "SELECT id FROM log_entry WHERE shift_id = 7")
run log rm "$shift7"
expect_ok
expect_out_line "removed log entry $shift7: Jan Bos, Egels (Zuid), 2026-11-20 12:00-15:00, delivered"
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id = 7" 0
run log confirm --week 2026-W47 --school Zuid --provider Samen
expect_ok
expect_out_line "week 2026-W47 of Zuid: 1 shift confirmed as delivered, 5 logged already, 0 still to come, 0 refused"
expect_sql z.db "SELECT count(*) FROM log_entry WHERE shift_id = 7" 1

# --- another school, and touching entries
run log add 'Zoë de Vries' Uilen 2026-11-20 08:45-12:00 --shift 9
expect_ok
expect_out_line "added log entry $(sql z.db "SELECT max(id) FROM log_entry"): Zoë de Vries, Uilen (Noord), 2026-11-20 08:45-12:00, delivered"
snapshot z.db >before
run log add 'Zoë de Vries' Egels 2026-11-20 11:00-12:30
expect_error 1 "overlaps the logged 08:45-12:00 in Uilen"
expect_unchanged z.db before
run log add 'Zoë de Vries' Egels 2026-11-20 12:00-13:00 --note "extra: uitstapje"
expect_ok
expect_out_contains "Zoë de Vries, Egels (Zuid), 2026-11-20 12:00-13:00, extra care"

# --- warnings: logged, with one warning line each
# Outside the school day, the school's own day (Noord: 08:45-14:30).
run log add 'Zoë de Vries' Uilen 2026-11-20 14:00-15:00
expect_code 0
expect_out_contains "Zoë de Vries, Uilen (Noord), 2026-11-20 14:00-15:00, extra care"
check "outside Noord's school day" test "$err" = "warning: Zoë de Vries, Uilen, 2026-11-20 14:00-15:00: outside the school day 08:45-14:30 [outside-school-day]"
run log add 'Jan Bos' Egels 2026-11-18 07:30-08:30
expect_code 0
expect_out_contains "Jan Bos, Egels (Zuid), 2026-11-18 07:30-08:30, extra care"
check "outside Zuid's school day" test "$err" = "warning: Jan Bos, Egels, 2026-11-18 07:30-08:30: outside the school day 08:30-15:00 [outside-school-day]"
# A closed day: a Saturday, a study day.
run log add 'Jan Bos' Egels 2026-11-21 09:00-11:00
expect_code 0
expect_out_contains "Jan Bos, Egels (Zuid), 2026-11-21 09:00-11:00, extra care"
check "closed-day warning on a Saturday" test "$err" = "warning: Jan Bos, Egels, 2026-11-21 09:00-11:00: logged on a day the school is closed (weekend) [closed-day]"
run log add 'Zoë de Vries' Egels 2026-11-13 09:00-11:00
expect_code 0
expect_err_contains "warning: Zoë de Vries, Egels, 2026-11-13 09:00-11:00: logged on a day the school is closed"
expect_err_contains "studiedag"
expect_err_contains "[closed-day]"
check "one warning for the study day" test "$(wc -l <"$ERR" | tr -d ' ')" = 1
run log add 'Zoë de Vries' Egels 2026-11-18 09:00-10:00
expect_ok
expect_out_lines 1

# --- refused (exit 1): the future, an inactive professional
snapshot z.db >before
run log add 'Zoë de Vries' Egels 2026-11-24 08:30-12:00 --shift 11
expect_error 1 "Zoë de Vries, Egels, 2026-11-24 08:30-12:00: hours cannot be logged before the day (today is 2026-11-23)"
expect_err_contains "[future]"
run log add 'Zoë de Vries' Egels 2026-12-01 09:00-10:00
expect_error 1 "[future]"
run log absent 11 --reason sick
expect_error 1 "[future]"
run log absent 11 --reason sick --replaced-by 'Jan Bos'
expect_error 1 "[future]"
run log add 'Piet Oud' Egels 2026-11-16 13:00-14:00
expect_error 1 "Piet Oud, Egels, 2026-11-16 13:00-14:00: Piet Oud is not active on 2026-11-16"
expect_err_contains "[inactive]"
run log add 'Lot Nieuw' Egels 2026-11-20 09:00-10:00
expect_error 1 "Lot Nieuw is not active on 2026-11-20"
expect_unchanged z.db before
# Still active on the last day.
run log add 'Piet Oud' Egels 2026-11-12 09:00-10:00
expect_ok

# --- --shift must be that shift's class and day
snapshot z.db >before
run log add 'Jan Bos' Egels 2026-11-16 13:00-15:00 --shift 2
expect_error 2 "not this class and day"
run log add 'Jan Bos' Vossen 2026-11-18 13:00-15:00 --shift 2
expect_error 2 "not this class and day"
run log add 'Zoë de Vries' Uilen 2026-11-20 12:00-13:00 --shift 7
expect_error 2 "not this class and day"
expect_unchanged z.db before

# --- edit and rm
kim=$(sql z.db "SELECT id FROM log_entry WHERE shift_id = 3 AND kind = 'delivered'")
run log edit "$kim" --time 09:00-11:30 --note "tot de pauze"
expect_ok
expect_out_line "changed log entry $kim: Kim Smit, Egels (Zuid), 2026-11-17 09:00-11:30, delivered"
expect_sql z.db "SELECT start_min, end_min, note, version FROM log_entry WHERE id = $kim" "540|690|tot de pauze|2"
run log edit 4 --reason other
expect_ok
expect_out_line "changed log entry 4: Zoë de Vries, Egels (Zuid), 2026-11-17 08:30-12:00, absent: other"
snapshot z.db >before
# Jan's stand-in hours on the 16th stretched over his own shift 2 (13:00-15:00): overlap.
run log edit 2 --time 08:30-13:30
expect_error 1 "overlaps the logged 13:00-15:00 in Vossen"
run log edit 2 --reason sick
expect_error 2 "absences"
run log edit 4 --reason ill
expect_error 2 "ill"
run log edit 2 --time 12:00-08:30
expect_error 2 "12:00-08:30"
expect_unchanged z.db before

# --- bad input: one line, exit 2, nothing changed
refused()
{
	_code=$1
	_text=$2
	shift 2
	run "$@"
	expect_error "$_code" "$_text"
	expect_unchanged z.db before
}
refused 2 "ill" log absent 11 --reason ill
refused 2 "" log absent 11 --reason ''
refused 2 "--replaced-by" log absent 11 --reason sick --time 09:00-10:00
refused 2 "--reason" log absent 11
refused 2 "abc" log absent abc --reason sick
refused 2 "-5" log absent -5 --reason sick
refused 2 "999" log absent 999 --reason sick
refused 2 "Nobody" log absent 2 --reason sick --replaced-by Nobody
refused 2 "25:00" log absent 2 --reason sick --replaced-by 'Kim Smit' --time 09:00-25:00
refused 2 "999" log edit 999 --time 09:00-10:00
refused 2 "x1" log edit x1 --time 09:00-10:00
refused 2 "999" log rm 999
refused 2 "x" log rm x
refused 2 "" log rm
refused 2 "x" log add 'Jan Bos' Egels 2026-11-18 13:00-14:00 --shift x
refused 2 "999" log add 'Jan Bos' Egels 2026-11-18 13:00-14:00 --shift 999
refused 2 "Nobody" log add Nobody Egels 2026-11-18 13:00-14:00
refused 2 "Mollen" log add 'Jan Bos' Mollen 2026-11-18 13:00-14:00
refused 2 "2026-02-30" log add 'Jan Bos' Egels 2026-02-30 13:00-14:00
refused 2 "14:00-13:00" log add 'Jan Bos' Egels 2026-11-18 14:00-13:00
refused 2 "13:00-13:00" log add 'Jan Bos' Egels 2026-11-18 13:00-13:00
refused 2 "" log add 'Jan Bos' Egels 2026-11-18
refused 2 "--week" log confirm --school Zuid
refused 2 "2026-W99" log confirm --week 2026-W99 --school Zuid
refused 2 "bad" log confirm --week bad --school Zuid
refused 2 "--school" log confirm --week 2026-W47
refused 2 "Atlantis" log confirm --week 2026-W47 --school Atlantis
refused 2 "Nobody" log confirm --week 2026-W47 --school Zuid --provider Nobody
refused 2 "2026-W99" log list --week 2026-W99
refused 2 "bad" log list --week bad
refused 2 "xml" log list --format xml
refused 2 "Nobody" log list --staff Nobody
refused 2 "--bogus" log add 'Jan Bos' Egels 2026-11-18 13:00-14:00 --bogus
refused 2 "frobnicate" log frobnicate

# --- list: filters
run log list --week 2026-W47 --staff 'Kim Smit' --format csv
expect_ok
expect_csv_row "8,2026-11-18,Zuid,Egels,Kim Smit,08:30,12:00,3.50,delivered,,,5,tester"
expect_csv_row "$kim,2026-11-17,Zuid,Egels,Kim Smit,09:00,11:30,2.50,delivered,,,3,tester"
run log list --week 2026-W47 --provider Anders --format csv
expect_ok
expect_out_lines 3
run log list --week 2026-W47 --school Noord --format csv
expect_ok
expect_out_lines 3
expect_out_not_contains ",Zuid,"
run log list --week 2026-W48 --format csv
expect_ok
expect_out_lines 3
run log list
expect_ok
expect_out_contains "2026-11-23"
expect_out_not_contains "2026-11-20"
run log list --from 2026-11-12 --to 2026-11-13 --format csv
expect_ok
expect_out_lines 3
expect_csv_row "$(sql z.db "SELECT id FROM log_entry WHERE date = '2026-11-12'"),2026-11-12,Zuid,Egels,Piet Oud,09:00,10:00,1.00,extra,,,,tester"

# --- totals of week 47 at Zuid: planned, delivered, absent minutes per class and per
# professional, from zio's CSV and from SQL, add up exactly.
run log list --week 2026-W47 --school Zuid --format csv
expect_ok
cp "$OUT" log.csv
run shift list --week 2026-W47 --school Zuid --format csv
expect_ok
cp "$OUT" shift.csv
# minutes KEYCOL KIND FILE: "key minutes" per key, kinds delivered (delivered and extra) or absent.
minutes()
{
	awk -F, -v col="$1" -v want="$2" 'NR > 1 {
		split($6, a, ":"); split($7, b, ":"); m = (b[1] * 60 + b[2]) - (a[1] * 60 + a[2])
		k = ($9 == "absent") ? "absent" : "delivered"
		if (k == want) t[$col] += m; else t[$col] += 0
	} END { for (x in t) print x "|" t[x] }' "$3" | LC_ALL=C sort
}
planned()
{
	awk -F, -v col="$1" 'NR > 1 {
		split($6, a, ":"); split($7, b, ":")
		t[$col] += ($8 == "planned") ? (b[1] * 60 + b[2]) - (a[1] * 60 + a[2]) : 0
	} END { for (x in t) print x "|" t[x] }' "$2" | LC_ALL=C sort
}
W47="l.date BETWEEN '2026-11-16' AND '2026-11-22' AND c.school_id = 1"
S47="s.date BETWEEN '2026-11-16' AND '2026-11-22' AND c.school_id = 1"
sqlsum()
{
	sql z.db "SELECT $1 AS k, sum(CASE WHEN l.kind = '$2' THEN l.end_min - l.start_min ELSE 0 END)
		FROM log_entry l JOIN class c ON c.id = l.class_id JOIN professional p ON p.id = l.professional_id
		WHERE $W47 GROUP BY k ORDER BY k COLLATE BINARY"
}
sqlplanned()
{
	sql z.db "SELECT $1 AS k, sum(CASE WHEN s.status = 'planned' THEN s.end_min - s.start_min ELSE 0 END)
		FROM shift s JOIN class c ON c.id = s.class_id JOIN professional p ON p.id = s.professional_id
		WHERE $S47 GROUP BY k ORDER BY k COLLATE BINARY"
}
same()
{
	if [ "$2" = "$3" ]; then
		_pass
	else
		failures=$((failures + 1))
		echo "FAIL: $1"
		echo "  zio csv: $(echo "$2" | tr '\n' ' ')"
		echo "  expected: $(echo "$3" | tr '\n' ' ')"
	fi
}
# By hand, week 47 at Zuid:
#   Egels:  planned 1 (210) + 3 (210) + 5 (210) + 7 (180) = 810, the cancelled 6 not;
#           delivered Jan for Zoë 210, Zoë extra 60, Kim stand-in 150, Kim 5 210, Jan 7 180,
#           Zoë extra 60 (20th), Jan 07:30-08:30 60, Jan Saturday 120, Zoë 09:00-10:00 60 = 1110;
#           absent Zoë 1 (210) + Zoë 3 (210) = 420.
#   Vossen: planned 2 (120) + 4 (210) + 8 (120) + 13 (90) = 540; delivered 2 (120) + 4 (210)
#           = 330, the refused 8 not; absent Jan 13 (90).
same "delivered minutes per class" "$(minutes 4 delivered log.csv)" "Egels|1110
Vossen|330"
same "absent minutes per class" "$(minutes 4 absent log.csv)" "Egels|420
Vossen|90"
same "planned minutes per class" "$(planned 4 shift.csv)" "Egels|810
Vossen|540"
same "delivered per class, csv = sql" "$(minutes 4 delivered log.csv)" "$(sqlsum c.name delivered)"
same "absent per class, csv = sql" "$(minutes 4 absent log.csv)" "$(sqlsum c.name absent)"
same "planned per class, csv = sql" "$(planned 4 shift.csv)" "$(sqlplanned c.name)"
#   Jan: delivered 210 + 120 + 210 + 180 + 60 + 120 = 900, absent 90, planned 120+210+180+90 = 600
#   Kim: delivered 150 + 210 = 360, planned 210 + 120 = 330;
#   Zoë: delivered 60 + 60 + 60 = 180 (0 of her shifts 1 and 3), absent 420, planned 210 + 210 = 420.
same "delivered minutes per professional" "$(minutes 5 delivered log.csv)" "Jan Bos|900
Kim Smit|360
Zoë de Vries|180"
same "absent minutes per professional" "$(minutes 5 absent log.csv)" "Jan Bos|90
Kim Smit|0
Zoë de Vries|420"
same "planned minutes per professional" "$(planned 5 shift.csv)" "Jan Bos|600
Kim Smit|330
Zoë de Vries|420"
same "delivered per professional, csv = sql" "$(minutes 5 delivered log.csv)" "$(sqlsum p.name delivered)"
same "absent per professional, csv = sql" "$(minutes 5 absent log.csv)" "$(sqlsum p.name absent)"
same "planned per professional, csv = sql" "$(planned 5 shift.csv)" "$(sqlplanned p.name)"
# The hours column says the same as the times: absent entries 0.00.
check "hours column = delivered minutes / 60" test "$(awk -F, 'NR > 1 { h += $8 } END { printf "%.2f", h }' log.csv)" = "24.00"
check "absent entries have 0.00 hours" test "$(awk -F, 'NR > 1 && $9 == "absent" && $8 != "0.00"' log.csv)" = ""
# The week's total: each shift's hours once, whoever delivered them.
same "class totals add up to the school's" "$(sql z.db "SELECT sum(end_min - start_min) FROM log_entry l JOIN class c ON c.id = l.class_id WHERE $W47 AND kind = 'delivered'")" "1440"

# --- after the totals
# A partly closed day gives no warning.
run closure add Zuid 2026-11-19 12:00-15:00 --reason studiemiddag
expect_ok
run log add 'Jan Bos' Egels 2026-11-19 12:30-13:30
expect_ok
expect_out_lines 1
# An edit records who changed the entry; --note '' clears the note.
USER=iemand ZIO_USER=iemand
run log edit "$kim" --note ''
USER=tester ZIO_USER=tester
expect_ok
expect_sql z.db "SELECT note, logged_by, version FROM log_entry WHERE id = $kim" "|iemand|3"
# Removing an absence leaves the stand-in's entry, and the shift still counts as logged.
run log rm 4
expect_ok
expect_out_line "removed log entry 4: Zoë de Vries, Egels (Zuid), 2026-11-17 08:30-12:00, absent: other"
expect_sql z.db "SELECT professional_id, kind FROM log_entry WHERE shift_id = 3" "4|delivered"
snapshot z.db >before
run log absent 3 --reason sick
expect_error 1 "logged already"
expect_unchanged z.db before
# Absences are judged on the active dates too; confirm leaves an inactive professional's
# shift out (a shift made behind zio's back: zio itself would not plan it).
sql z.db "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) VALUES (5, 1, '2026-11-10', 510, 720)"
lot=$(sql z.db "SELECT id FROM shift WHERE professional_id = 5")
snapshot z.db >before
run log absent "$lot" --reason sick
expect_error 1 "Lot Nieuw is not active on 2026-11-10"
expect_err_contains "[inactive]"
expect_unchanged z.db before
run log confirm --week 2026-W46 --school Zuid
expect_code 0
expect_out_line "week 2026-W46 of Zuid: 0 shifts confirmed as delivered, 0 logged already, 0 still to come, 1 refused"
expect_err_contains "error: Lot Nieuw, Egels, 2026-11-10 08:30-12:00: Lot Nieuw is not active on 2026-11-10 [inactive]"
expect_unchanged z.db before

# --- an absence learned after the week was confirmed: the hours confirmed as planned (shift 2)
# give way, in one change; an entry with a note (shift 7) is not overwritten
e2=$(sql z.db "SELECT id FROM log_entry WHERE shift_id = 2")
run log absent 2 --reason sick
expect_ok
expect_out_lines 2
expect_out_line "removed log entry $e2: Jan Bos, Vossen (Zuid), 2026-11-16 13:00-15:00, delivered"
expect_out_contains "absent: sick"
expect_sql z.db "SELECT kind, reason FROM log_entry WHERE shift_id = 2" "absent|sick"
e7=$(sql z.db "SELECT id FROM log_entry WHERE shift_id = 7")
run log edit "$e7" --note "tot de lunch"
expect_ok
snapshot z.db >before
run log absent 7 --reason sick
expect_error 1 "logged already"
expect_unchanged z.db before

# --- a shift changed after its hours were logged: a warning, the log stays; a new note alone
# gives none
run shift edit 5 --time 09:00-12:00
expect_code 0
expect_err_contains "1 log entry of this shift stays as it is (zio log edit changes it) [logged]"
expect_sql z.db "SELECT start_min, end_min FROM log_entry WHERE shift_id = 5" "510|720"
run shift edit 5 --note "later begonnen"
expect_ok

finish
