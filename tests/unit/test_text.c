/* Unit tests for src/core/text.c: name checks, UTF-8 validation, terminal widths. The widths
 * are those of Unicode's East Asian Width property (as glibc's wcwidth gives them), worked out
 * per code point, not copied from the code under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zio/text.h"

static void assert_name_ok(const char *s)
{
	struct zio_err err;

	zio_err_clear(&err);
	if (text_check_name(s, "class name", &err) != ZIO_OK)
		fail_msg("name '%s' rejected: %s", s, err.msg);
	assert_int_equal(err.code, ZIO_OK);
}

/* Rejected with ZIO_EUSAGE and a one-line message that names the field and contains `why`. */
static void assert_name_bad(const char *s, const char *why)
{
	struct zio_err err;

	zio_err_clear(&err);
	if (text_check_name(s, "class name", &err) != ZIO_EUSAGE || err.code != ZIO_EUSAGE)
		fail_msg("name of %zu bytes accepted (want: %s)", strlen(s), why);
	if (!strstr(err.msg, "class name") || !strstr(err.msg, why) || strchr(err.msg, '\n'))
		fail_msg("name of %zu bytes: message '%s' should name the field and say '%s'",
			 strlen(s), err.msg, why);
	assert_int_equal(text_check_name(s, "class name", NULL), ZIO_EUSAGE);
}

static void test_name_good(void **state)
{
	(void)state;
	assert_name_ok("Zoë de Vries");
	assert_name_ok("Ümit Yılmaz");
	assert_name_ok("张伟");
	assert_name_ok("SO Egels");
	assert_name_ok("a");
	assert_name_ok("12");
	assert_name_ok("VSO 1A (dagbesteding)");
	assert_name_ok("René Mertens \xf0\x9f\x98\x80");         /* emoji, 4-byte UTF-8 */
	assert_name_ok("e\xcc\x81");                             /* e + combining acute */
	assert_name_ok("a  b");                                   /* inner spaces are fine */
	assert_name_ok("\xc2\xa0x");                              /* U+00A0 is not a C1 control */
	assert_name_ok("\xc2\xa9 2026");                          /* U+00A9, after the C1 block */
	assert_name_ok("\xef\xbf\xbd");                           /* U+FFFD */
	assert_name_ok("\xf4\x8f\xbf\xbf");                       /* U+10FFFF, the last code point */
	assert_name_ok("\xed\x9f\xbf");                           /* U+D7FF, just below surrogates */
	assert_name_ok("\xee\x80\x80");                           /* U+E000, just above them */
}

static void test_name_empty_and_spaces(void **state)
{
	(void)state;
	assert_name_bad("", "empty");
	assert_name_bad(" ", "space");
	assert_name_bad(" Egels", "space");
	assert_name_bad("Egels ", "space");
	assert_name_bad("  Egels  ", "space");
}

static void test_name_controls(void **state)
{
	static const char *const bad[] = {
		"tab\there", "new\nline", "cr\rhere", "esc\x1b[31mred", "bell\a", "\x01", "del\x7f",
		"x\x1f", "\x1b", "c1 \xc2\x80", "c1 \xc2\x9b[31m", "c1 \xc2\x9f end", "\xc2\x85",
		"trailing\n",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_name_bad(bad[i], "control");
}

static void test_name_invalid_utf8(void **state)
{
	static const char *const bad[] = {
		"\xff", "abc\xfe", "\x80", "caf\xe9",              /* Latin-1, not UTF-8 */
		"\xc3", "x\xc3", "\xe4\xb8", "\xf0\x9f\x98",       /* truncated sequences */
		"\xc3\x28", "\xe4\x28\xb8",                         /* bad continuation */
		"\xc0\xaf", "\xc1\xbf", "\xe0\x80\xaf", "\xf0\x80\x80\xaf", /* overlong '/' etc. */
		"\xe0\x9f\xbf",                                     /* overlong U+07FF */
		"\xf0\x8f\xbf\xbf",                                 /* overlong U+FFFF */
		"\xc0\x80",                                         /* overlong NUL */
		"\xed\xa0\x80", "\xed\xbf\xbf", "\xed\xb0\x80",     /* surrogates D800, DFFF, DC00 */
		"\xed\xa0\xbd\xed\xb8\x80",                         /* CESU-8 pair */
		"\xf4\x90\x80\x80", "\xf7\xbf\xbf\xbf",             /* beyond U+10FFFF */
		"\xf8\x88\x80\x80\x80", "\xfc\x84\x80\x80\x80\x80", /* 5- and 6-byte forms */
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_name_bad(bad[i], "UTF-8");
		assert_false(text_is_utf8(bad[i], strlen(bad[i])));
	}
	assert_true(text_is_utf8("", 0));
	assert_true(text_is_utf8("Zo\xc3\xab", 4));
	assert_false(text_is_utf8("Zo\xc3\xab", 3));   /* length cuts the sequence */
	assert_true(text_is_utf8("a\0b", 3));          /* NUL is valid UTF-8; names catch it */
}

static void test_name_length(void **state)
{
	char s[600];
	struct zio_err err;

	(void)state;
	memset(s, 'x', sizeof s);
	s[255] = '\0';
	assert_name_ok(s);                    /* 255 bytes + NUL = ZIO_NAME_LEN */
	s[255] = 'x';
	s[256] = '\0';
	assert_name_bad(s, "too long");       /* 256 bytes */
	zio_err_clear(&err);
	text_check_name(s, "class name", &err);
	assert_non_null(strstr(err.msg, "256"));
	assert_non_null(strstr(err.msg, "255"));
	s[256] = 'x';
	s[599] = '\0';
	assert_name_bad(s, "too long");
	/* multi-byte: 127 x "ë" (254 bytes) + "a" = 255 bytes is fine, one more "ë" is not */
	s[0] = '\0';
	for (int i = 0; i < 127; i++)
		strcat(s, "\xc3\xab");
	strcat(s, "a");
	assert_int_equal(strlen(s), 255);
	assert_name_ok(s);
	s[254] = '\0';
	strcat(s, "\xc3\xab");
	assert_int_equal(strlen(s), 256);
	assert_name_bad(s, "too long");
}

static void test_note(void **state)
{
	char s[1100];

	(void)state;
	assert_int_equal(text_check_note("", "reason", NULL), ZIO_OK);
	assert_int_equal(text_check_note("ziek", "reason", NULL), ZIO_OK);
	assert_int_equal(text_check_note("ziek\x1b]0;x\a", "reason", NULL), ZIO_EUSAGE);
	assert_int_equal(text_check_note("\xff", "reason", NULL), ZIO_EUSAGE);
	memset(s, 'x', sizeof s);
	s[1023] = '\0';
	assert_int_equal(text_check_note(s, "reason", NULL), ZIO_OK);
	s[1023] = 'x';
	s[1024] = '\0';
	assert_int_equal(text_check_note(s, "reason", NULL), ZIO_EUSAGE);
}

static void assert_width(const char *s, int want)
{
	int got = text_width(s);

	if (got != want)
		fail_msg("width of '%s' is %d, want %d", s, got, want);
}

static void test_width(void **state)
{
	(void)state;
	assert_width("", 0);
	assert_width("abc", 3);
	assert_width("Zo\xc3\xab", 3);               /* Zoë, precomposed */
	assert_width("\xc3\x9cmit", 4);              /* Ümit */
	assert_width("\xe5\xbc\xa0\xe4\xbc\x9f", 4); /* 张伟 */
	assert_width("e\xcc\x81", 1);                /* e + U+0301 */
	assert_width("Zoe\xcc\x88", 3);              /* Zoë, decomposed */
	assert_width("\xea\xb9\x80", 2);             /* 김, Hangul syllable */
	assert_width("\xef\xbc\xa1", 2);             /* Ａ, fullwidth */
	assert_width("a\xe2\x80\x8b" "b", 2);        /* zero width space */
	assert_width("\xff\xfe", 2);                 /* invalid bytes: one column each */
	assert_width("Y\xc4\xb1lmaz", 6);            /* Yılmaz, dotless i */
}

static void test_width_emoji(void **state)
{
	static const struct {
		const char *s, *name;
	} wide[] = {
		{ "\xf0\x9f\x98\x80", "U+1F600 GRINNING FACE" },
		{ "\xf0\x9f\x91\x8d", "U+1F44D THUMBS UP SIGN" },
		{ "\xf0\x9f\x8e\x89", "U+1F389 PARTY POPPER" },
		{ "\xf0\x9f\xa4\x96", "U+1F916 ROBOT FACE" },
		{ "\xf0\x9f\x9a\x80", "U+1F680 ROCKET" },
		{ "\xf0\x9f\x9a\xb2", "U+1F6B2 BICYCLE" },
		{ "\xf0\x9f\xab\xb6", "U+1FAF6 HEART HANDS" },
		{ "\xe2\x9a\xbd", "U+26BD SOCCER BALL" },
		{ "\xe2\x9c\x85", "U+2705 WHITE HEAVY CHECK MARK" },
		{ "\xe2\x8c\x9a", "U+231A WATCH" },
	};
	char buf[64], wrong[1024] = "";

	(void)state;
	/* collect every miss, so one run shows the whole gap in the width table */
	for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++) {
		int w = text_width(wide[i].s);

		strcpy(buf, "ab");
		strcat(buf, wide[i].s);
		if (w != 2 || text_width(buf) != 4) {
			size_t used = strlen(wrong);

			snprintf(wrong + used, sizeof wrong - used, "%s%s has width %d", used ? "; " : "",
				 wide[i].name, w);
		}
	}
	if (wrong[0])
		fail_msg("emoji of East Asian Width W must take 2 columns: %s", wrong);
}

/* text_fit cuts only between whole characters, and the prefix fits. */
static void test_fit(void **state)
{
	static const char *const samples[] = {
		"Zo\xc3\xab de Vries", "\xe5\xbc\xa0\xe4\xbc\x9f\xe5\xbc\xa0", "e\xcc\x81" "e\xcc\x81x",
		"\xc3\x9cmit Y\xc4\xb1lmaz", "a\xf0\x9f\x98\x80" "b\xf0\x9f\x98\x80", "abc",
		"\xf4\x8f\xbf\xbf\xe2\x82\xac", "",
	};
	int used = -1;

	(void)state;
	assert_int_equal(text_fit("abcdef", 3, &used), 3);
	assert_int_equal(used, 3);
	assert_int_equal(text_fit("Zo\xc3\xab", 3, &used), 4);
	assert_int_equal(used, 3);
	assert_int_equal(text_fit("Zo\xc3\xab" "x", 3, &used), 4);
	assert_int_equal(used, 3);
	/* a wide character that does not fit is left out whole */
	assert_int_equal(text_fit("\xe5\xbc\xa0\xe4\xbc\x9f", 3, &used), 3);
	assert_int_equal(used, 2);
	assert_int_equal(text_fit("\xe5\xbc\xa0\xe4\xbc\x9f", 1, &used), 0);
	assert_int_equal(used, 0);
	assert_int_equal(text_fit("\xe5\xbc\xa0\xe4\xbc\x9f", 4, &used), 6);
	assert_int_equal(used, 4);
	assert_int_equal(text_fit("abc", 0, &used), 0);
	assert_int_equal(used, 0);
	assert_int_equal(text_fit("abc", 10, &used), 3);
	assert_int_equal(used, 3);
	assert_int_equal(text_fit("abc", 2, NULL), 2);
	/* a combining mark stays with its base letter */
	assert_int_equal(text_fit("e\xcc\x81" "f", 1, &used), 3);
	assert_int_equal(used, 1);

	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		const char *s = samples[i];
		int total = text_width(s);

		for (int cols = 0; cols <= total + 1; cols++) {
			char prefix[64];
			size_t n = text_fit(s, cols, &used);

			assert_true(n <= strlen(s));
			/* never a continuation byte right after the cut */
			if (n < strlen(s) && ((unsigned char)s[n] & 0xc0) == 0x80)
				fail_msg("'%s' cut inside a character at byte %zu (%d cols)", s, n, cols);
			memcpy(prefix, s, n);
			prefix[n] = '\0';
			assert_true(text_is_utf8(prefix, n));
			assert_int_equal(text_width(prefix), used);
			assert_true(used <= cols);
			if (cols >= total)
				assert_int_equal(n, strlen(s));
		}
	}
}

static void test_is_id(void **state)
{
	static const char *const yes[] = { "1", "12", "42", "999999999999999", "100" };
	static const char *const no[] = {
		"", "0", "007", "01", "-1", "+1", "1a", "a1", " 1", "1 ", "1.0", "1e3",
		"1000000000000000", "SO Egels", "\xd9\xa1",  /* Arabic-Indic digit one */
	};

	(void)state;
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		if (!text_is_id(yes[i]))
			fail_msg("'%s' should be an id", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		if (text_is_id(no[i]))
			fail_msg("'%s' should not be an id", no[i]);
}

/* Control characters, C1 included, never reach a terminal; other text stays as it was. */
static void test_clean(void **state)
{
	char a[] = "a\x1b[2Jb\tc\x7f", b[] = "x\xc2\x9b" "31my", c[] = "Zo\xc3\xab \xc2\xa0ok";

	(void)state;
	text_clean(a);
	assert_string_equal(a, "a?[2Jb?c?");
	text_clean(b);
	assert_string_equal(b, "x?31my");
	text_clean(c);   /* ë and the no-break space (U+00A0) are text */
	assert_string_equal(c, "Zo\xc3\xab \xc2\xa0ok");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_name_good),
		cmocka_unit_test(test_name_empty_and_spaces),
		cmocka_unit_test(test_name_controls),
		cmocka_unit_test(test_name_invalid_utf8),
		cmocka_unit_test(test_name_length),
		cmocka_unit_test(test_note),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_emoji),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_is_id),
		cmocka_unit_test(test_clean),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
