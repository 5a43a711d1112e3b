#!/bin/sh
# The Dutch catalogue is complete (make check-i18n, from the top of the source tree):
#   - every string marked for translation in src/ (_(), N_(), both forms of _n(), and the
#     message formats of zio_err_set, cli_usage and tui_message) has a Dutch translation in
#     share/locale/nl.po, a plural entry in every form (msgstr[0] and msgstr[1]);
#   - nl.po has no fuzzy and no obsolete entry (a msgid that is no longer in the source);
#   - msgfmt -c accepts it: its formats match the English ones (%s stays %s).
# With --update, bring nl.po up to date with the source instead (new msgids untranslated,
# old ones obsolete), for a translator to finish.
# Exit status: 0 complete, 1 not, 2 a tool is missing.
set -u

PO=share/locale/nl.po
for tool in xgettext msgmerge msgattrib msgfmt; do
	command -v "$tool" >/dev/null 2>&1 || { echo "check.sh: '$tool' is missing (make deps installs gettext)" >&2; exit 2; }
done
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

find src -name '*.c' | LC_ALL=C sort >"$tmp/files"
xgettext --from-code=UTF-8 --language=C --no-wrap --sort-by-file --add-comments=TRANSLATORS: \
	--keyword=_ --keyword=N_ --keyword=_n:1,2 --keyword=zio_err_set:3 --keyword=cli_usage:3 --keyword=tui_message:3 \
	--flag=zio_err_set:3:c-format --flag=cli_usage:3:c-format --flag=tui_message:3:c-format \
	--package-name=zio --msgid-bugs-address=zio -f "$tmp/files" -o "$tmp/zio.pot" || exit 1

if [ "${1:-}" = "--update" ]; then
	msgmerge -q --no-wrap --no-fuzzy-matching --update --backup=none "$PO" "$tmp/zio.pot" || exit 1
	echo "updated $PO: $(msgattrib --untranslated --no-obsolete "$PO" | grep -c '^msgid ') untranslated (with the header)"
	exit 0
fi

fail=0
if ! msgfmt -c -o /dev/null "$PO" 2>"$tmp/fmt"; then
	echo "FAIL: msgfmt -c refuses $PO:"
	sed 's/^/    /' "$tmp/fmt" | head -20
	fail=1
fi
msgmerge -q --no-wrap --no-fuzzy-matching -o "$tmp/merged.po" "$PO" "$tmp/zio.pot" || exit 1
report()
{
	# msgattrib keeps the header entry (msgid "") with any other
	n=$(grep -c '^msgid ' "$tmp/$1" || true)
	[ "$n" -gt 0 ] && n=$((n - 1))
	if [ "$n" -gt 0 ]; then
		echo "FAIL: $n $2 (the first ones below); run sh tests/i18n/check.sh --update and translate"
		grep '^msgid ' "$tmp/$1" | grep -v '^msgid ""$' | head -10 | sed 's/^/    /'
		fail=1
	fi
}
msgattrib --no-wrap --untranslated --no-obsolete "$tmp/merged.po" >"$tmp/untranslated"
# msgattrib calls a plural entry translated when msgstr[0] is: find the ones with another
# form empty (an empty string not continued on the next line)
msgattrib --no-wrap --translated --no-obsolete "$tmp/merged.po" | awk '
	/^msgid / { id = $0 }
	pending && /^"/ { pending = 0 }
	pending { print id; pending = 0 }
	/^msgstr\[[0-9]+\] ""$/ { pending = 1 }
	END { if (pending) print id }' | uniq >"$tmp/partial.ids"
if [ -s "$tmp/partial.ids" ]; then
	{ echo 'msgid ""'; cat "$tmp/partial.ids"; } >"$tmp/partial"
else
	: >"$tmp/partial"
fi
msgattrib --no-wrap --only-fuzzy --no-obsolete "$tmp/merged.po" >"$tmp/fuzzy"
msgattrib --no-wrap --only-obsolete "$tmp/merged.po" | sed 's/^#~ //' >"$tmp/obsolete"
report untranslated "marked strings without a Dutch translation"
report partial "plural entries with a form not translated"
report fuzzy "fuzzy entries in $PO"
report obsolete "obsolete entries in $PO (no longer in the source)"
total=$(grep -c '^msgid ' "$tmp/zio.pot")
if [ "$fail" = 0 ]; then
	echo "i18n checks: all $((total - 1)) marked strings have a Dutch translation"
	exit 0
fi
exit 1
