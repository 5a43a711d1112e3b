#!/bin/sh
# Read valgrind memcheck logs: sh tests/valgrind/check.sh LOG...
#
# Fails (exit 1) when any log reports, with a frame of zio's own code in its stack:
#   - a memory error: an invalid read or write, an invalid or mismatched free, a conditional
#     jump or move on uninitialised values (or another use of them), overlapping memcpy
#   - a leak: a "definitely lost" or "indirectly lost" block
# and when a log has no ERROR SUMMARY (valgrind never finished: the process was killed).
#
# A frame is zio's own when its source file is under src/ or include/ (valgrind runs with
# --fullpath-after=ROOT/, so zio's frames read "(src/tui/tui.c:123)"), or, without debug
# information, when it is in a program named zio. Records whose stack is wholly inside
# libraries (ncurses, sqlite, glib, pango, cairo, fontconfig ...) are allowed and only
# counted; the ones that are known noise are suppressed in tests/valgrind/zio.supp.
# VG_VERBOSE=1 prints those library-only records too.
#
# Prints a summary: processes checked, errors and leaks from zio (each with its stack and the
# command that ran, on failure), library-only records, suppressed errors.
set -u

if [ $# -eq 0 ]; then
	echo "check.sh: no valgrind logs (did zio run under valgrind?)" >&2
	exit 1
fi

awk -v verbose="${VG_VERBOSE:-0}" '
function kind_of(l)
{
	if (l ~ /^Invalid read of size/) return "invalid read"
	if (l ~ /^Invalid write of size/) return "invalid write"
	if (l ~ /^Invalid free\(\)/ || l ~ /^Mismatched free\(\)/) return "invalid free"
	if (l ~ /^Conditional jump or move depends on uninitialised/) return "uninitialised jump"
	if (l ~ /^Use of uninitialised value/) return "uninitialised value"
	if (l ~ /^Syscall param .* uninitialised/) return "uninitialised syscall param"
	if (l ~ /^Source and destination overlap/) return "overlapping copy"
	if (l ~ /^Argument .* of function .* has a fishy/) return "fishy argument"
	if (l ~ /are definitely lost in loss record/) return "definitely lost"
	if (l ~ /are indirectly lost in loss record/) return "indirectly lost"
	return ""
}
function end_record()
{
	if (kind != "") {
		if (zio) {
			if (kind ~ /lost$/) leaks++; else errors++
			nbad++
			bad[nbad] = "--- " kind " (" file ")\n    command: " cmd "\n" text
		} else {
			libonly++
			if (verbose) print "library-only " kind " (" file "):\n" text
		}
	}
	kind = ""; text = ""; zio = 0
}
function end_file()
{
	end_record()
	if (file != "" && !done) {
		nbad++; incomplete++
		bad[nbad] = "--- no ERROR SUMMARY (" file "): valgrind did not finish, was the process killed?\n    command: " cmd "\n"
	}
}
FNR == 1 { end_file(); file = FILENAME; files++; cmd = "?"; done = 0 }
{
	line = $0
	if (line !~ /^==[0-9]+==/) next          # not valgrind output
	sub(/^==[0-9]+== ?/, "", line)
	if (line ~ /^Command: /) { cmd = substr(line, 10); next }
	if (line ~ /^ERROR SUMMARY:/) {
		done = 1
		if (match(line, /suppressed: [0-9]+/)) suppressed += substr(line, RSTART + 12, RLENGTH - 12)
		next
	}
	if (line ~ /^[ \t]*$/) { end_record(); next }
	if (kind == "" && text == "") {
		k = kind_of(line)
		if (k != "") { kind = k; text = "    " line "\n"; zio = 0 }
		next
	}
	if (kind != "") {
		text = text "    " line "\n"
		if (line ~ /\((src|include)\/[^:)]+:[0-9]+\)/ || line ~ /\(in [^)]*\/zio\)$/) zio = 1
	}
}
END {
	end_file()
	printf "valgrind: %d processes checked, %d errors and %d leaks from zio'"'"'s code", files, errors, leaks
	if (incomplete) printf ", %d logs incomplete", incomplete
	printf " (%d library-only records allowed, %d suppressed by zio.supp and valgrind defaults)\n", libonly, suppressed
	for (i = 1; i <= nbad; i++) printf "%s", bad[i]
	exit nbad > 0
}' "$@"
