/* Unit tests for src/core/units.c: hours, percentages, euros, counts and regions as users type
 * them, and their exact integer forms. Expected values are worked out by hand (minutes =
 * hours * 60, rounded to the nearest minute), not copied from the code under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zio/units.h"

/* Assert that a parser rejected s with ZIO_EUSAGE, a message that quotes s and names the
 * option, on one line. */
static void assert_rejected(const char *s, const char *what, int rc, const struct zio_err *err)
{
	char quoted[128];

	snprintf(quoted, sizeof quoted, "'%s'", s);
	if (rc != ZIO_EUSAGE || err->code != ZIO_EUSAGE)
		fail_msg("'%s': got status %d, err code %d, want %d", s, rc, err->code, ZIO_EUSAGE);
	if (!strstr(err->msg, quoted))
		fail_msg("'%s': message does not quote the input: %s", s, err->msg);
	if (what && !strstr(err->msg, what))
		fail_msg("'%s': message does not name '%s': %s", s, what, err->msg);
	if (strchr(err->msg, '\n'))
		fail_msg("'%s': message is not one line: %s", s, err->msg);
}

static void test_hours_good(void **state)
{
	static const struct {
		const char *s;
		int minutes;
	} good[] = {
		{ "12", 720 },     { "12.5", 750 },   { "12,5", 750 },  { "7.75", 465 },
		{ "7,75", 465 },   { "0", 0 },        { "168", 10080 }, { "168.00", 10080 },
		{ "168,0", 10080 }, { "0.5", 30 },    { "0.25", 15 },   { "1.10", 66 },
		{ "007", 420 },    { "36", 2160 },    { "0.0", 0 },     { "0,00", 0 },
		/* rounding to the nearest minute: 0.01 h = 0.6 min, 0.83 h = 49.8 min, ... */
		{ "0.01", 1 },     { "0.83", 50 },    { "0.99", 59 },   { "1.01", 61 },
		{ "0.02", 1 },     { "0.03", 2 },     { "0.33", 20 },   { "0.17", 10 },
	};
	struct zio_err err;

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		int m = -7;

		zio_err_clear(&err);
		if (units_parse_hours(good[i].s, 168, "hours", &m, &err) != ZIO_OK)
			fail_msg("'%s' rejected: %s", good[i].s, err.msg);
		if (m != good[i].minutes)
			fail_msg("'%s' read as %d minutes, want %d", good[i].s, m, good[i].minutes);
	}
}

static void test_hours_bad(void **state)
{
	static const char *const bad[] = {
		"-1", "169", "1.234", "abc", "", "1.", ".5", "168.01", "168.5", "200", "1e2",
		" 12", "12 ", "+12", "12.5.5", "12,,5", "1,2,3", "12h", "0x10", "-0", "99999999999999999999",
		"1.2.", ",5", "12.-5", "\xc2\xbd",
	};
	struct zio_err err;
	int m = 4242;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zio_err_clear(&err);
		assert_rejected(bad[i], "contract_hours",
				units_parse_hours(bad[i], 168, "contract_hours", &m, &err), &err);
		assert_int_equal(units_parse_hours(bad[i], 168, "contract_hours", &m, NULL), ZIO_EUSAGE);
		assert_int_equal(m, 4242);  /* output untouched */
	}
	/* the maximum is the caller's */
	assert_int_equal(units_parse_hours("60", 60, "h", &m, NULL), ZIO_OK);
	assert_int_equal(m, 3600);
	assert_int_equal(units_parse_hours("60.01", 60, "h", &m, NULL), ZIO_EUSAGE);
	assert_int_equal(units_parse_hours("61", 60, "h", &m, NULL), ZIO_EUSAGE);
	assert_int_equal(m, 3600);
	assert_int_equal(units_parse_hours("-1", 168, "hours", &m, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "negative"));
}

static void test_format_hours(void **state)
{
	char buf[32];

	(void)state;
	assert_string_equal(units_format_hours(750, 0, buf, sizeof buf), "12.50");
	assert_string_equal(units_format_hours(750, 1, buf, sizeof buf), "12,50");
	assert_string_equal(units_format_hours(0, 0, buf, sizeof buf), "0.00");
	assert_string_equal(units_format_hours(-90, 0, buf, sizeof buf), "-1.50");
	/* hundredths, as the timesheets and reports carry them */
	assert_string_equal(units_format_h100(350, 0, buf, sizeof buf), "3.50");
	assert_string_equal(units_format_h100(350, 1, buf, sizeof buf), "3,50");
	assert_string_equal(units_format_h100(-5, 0, buf, sizeof buf), "-0.05");
	assert_string_equal(units_format_h100(-110, 0, buf, sizeof buf), "-1.10");
	assert_string_equal(units_format_h100(0, 1, buf, sizeof buf), "0,00");
	assert_string_equal(units_format_hours(465, 0, buf, sizeof buf), "7.75");
	assert_string_equal(units_format_hours(10080, 0, buf, sizeof buf), "168.00");
	assert_string_equal(units_format_hours(60, 0, buf, sizeof buf), "1.00");
	/* 1/60 h = 0.0167 -> 0.02; 50 min = 0.8333 h -> 0.83; 10 min = 0.1667 -> 0.17 */
	assert_string_equal(units_format_hours(1, 0, buf, sizeof buf), "0.02");
	assert_string_equal(units_format_hours(50, 0, buf, sizeof buf), "0.83");
	assert_string_equal(units_format_hours(10, 0, buf, sizeof buf), "0.17");
	assert_string_equal(units_format_hours(20, 0, buf, sizeof buf), "0.33");
	assert_string_equal(units_format_hours(59, 0, buf, sizeof buf), "0.98");
	assert_string_equal(units_format_hours(-90, 0, buf, sizeof buf), "-1.50");
	assert_string_equal(units_format_hours(-1, 1, buf, sizeof buf), "-0,02");
	/* totals of a year run past 168 hours */
	assert_string_equal(units_format_hours(INT64_C(600000), 0, buf, sizeof buf), "10000.00");
	/* a short buffer truncates, NUL-terminated */
	assert_string_equal(units_format_hours(750, 0, buf, 4), "12.");
}

/* Every whole number of minutes a week can hold survives format -> parse unchanged. */
static void test_hours_round_trip(void **state)
{
	char buf[32];

	(void)state;
	for (int m = 0; m <= 168 * 60; m++) {
		int back = -1;

		for (int comma = 0; comma <= 1; comma++) {
			units_format_hours(m, comma, buf, sizeof buf);
			if (units_parse_hours(buf, 168, "hours", &back, NULL) != ZIO_OK || back != m)
				fail_msg("%d minutes formatted as '%s' read back as %d", m, buf, back);
		}
	}
}

static void test_percent(void **state)
{
	static const struct {
		const char *s;
		int bp;
	} good[] = {
		{ "0", 0 }, { "100", 10000 }, { "85.5", 8550 }, { "85,5", 8550 }, { "85.55", 8555 },
		{ "0.01", 1 }, { "100.00", 10000 }, { "40", 4000 }, { "99.99", 9999 },
	};
	static const char *const bad[] = {
		"150", "-1", "100.01", "101", "", "abc", "85.555", "50%", " 50", ".5", "5.", "1e2",
	};
	struct zio_err err;
	char buf[16];
	int bp;

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		bp = -7;
		if (units_parse_percent(good[i].s, "Wlz share", &bp, NULL) != ZIO_OK || bp != good[i].bp)
			fail_msg("'%s' rejected or read as %d bp, want %d", good[i].s, bp, good[i].bp);
	}
	bp = 1234;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zio_err_clear(&err);
		assert_rejected(bad[i], "Wlz share", units_parse_percent(bad[i], "Wlz share", &bp, &err),
				&err);
		assert_int_equal(bp, 1234);
	}
	assert_string_equal(units_format_percent(0, buf, sizeof buf), "0");
	assert_string_equal(units_format_percent(10000, buf, sizeof buf), "100");
	assert_string_equal(units_format_percent(8550, buf, sizeof buf), "85.50");
	assert_string_equal(units_format_percent(4000, buf, sizeof buf), "40");
	assert_string_equal(units_format_percent(5, buf, sizeof buf), "0.05");
	assert_string_equal(units_format_percent(1, buf, sizeof buf), "0.01");
	assert_string_equal(units_format_percent(9999, buf, sizeof buf), "99.99");
	/* format -> parse is the identity on 0..100% */
	for (int v = 0; v <= 10000; v++) {
		units_format_percent(v, buf, sizeof buf);
		if (units_parse_percent(buf, "share", &bp, NULL) != ZIO_OK || bp != v)
			fail_msg("%d bp formatted as '%s' read back as %d", v, buf, bp);
	}
}

static void test_euro(void **state)
{
	static const struct {
		const char *s;
		int64_t cents;
	} good[] = {
		{ "58.50", 5850 }, { "58,5", 5850 }, { "58", 5800 }, { "0", 0 }, { "0.01", 1 },
		{ "61,20", 6120 }, { "1000000", INT64_C(100000000) }, { "1000000.00", INT64_C(100000000) },
		{ "999999.99", INT64_C(99999999) },
	};
	static const char *const bad[] = {
		"-1", "-0.01", "1000000.01", "1000001", "", "abc", "58.505", "58.", ".50", "€58",
		"58 ", "1.000,00", "58,50 EUR",
	};
	struct zio_err err;
	char buf[32];
	int64_t c;

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		c = -7;
		if (units_parse_euro(good[i].s, "rate", &c, NULL) != ZIO_OK || c != good[i].cents)
			fail_msg("'%s' rejected or read as %lld cents, want %lld", good[i].s,
				 (long long)c, (long long)good[i].cents);
	}
	c = 4242;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zio_err_clear(&err);
		assert_rejected(bad[i], "rate", units_parse_euro(bad[i], "rate", &c, &err), &err);
		assert_int_equal(c, 4242);
	}
	assert_string_equal(units_format_euro(5850, buf, sizeof buf), "58.50");
	assert_string_equal(units_format_euro(5800, buf, sizeof buf), "58.00");
	assert_string_equal(units_format_euro(0, buf, sizeof buf), "0.00");
	assert_string_equal(units_format_euro(7, buf, sizeof buf), "0.07");
	assert_string_equal(units_format_euro(INT64_C(100000000), buf, sizeof buf), "1000000.00");
	/* yearly totals go beyond the rate limit */
	assert_string_equal(units_format_euro(INT64_C(123456789012), buf, sizeof buf), "1234567890.12");
	for (int64_t v = 0; v <= 20000; v += 7) {
		int64_t back = -1;

		units_format_euro(v, buf, sizeof buf);
		if (units_parse_euro(buf, "rate", &back, NULL) != ZIO_OK || back != v)
			fail_msg("%lld cents formatted as '%s' read back as %lld", (long long)v, buf,
				 (long long)back);
	}
}

static void test_count(void **state)
{
	static const char *const bad[] = {
		"-1", "1001", "", "abc", "1.5", "12a", " 12", "12 ", "+12", "1e3",
		"99999999999999999999999", "0x10",
	};
	struct zio_err err;
	int v = -7;

	(void)state;
	assert_int_equal(units_parse_count("0", 1000, "pupils", &v, NULL), ZIO_OK);
	assert_int_equal(v, 0);
	assert_int_equal(units_parse_count("12", 1000, "pupils", &v, NULL), ZIO_OK);
	assert_int_equal(v, 12);
	assert_int_equal(units_parse_count("1000", 1000, "pupils", &v, NULL), ZIO_OK);
	assert_int_equal(v, 1000);
	assert_int_equal(units_parse_count("0012", 1000, "pupils", &v, NULL), ZIO_OK);
	assert_int_equal(v, 12);
	v = 4242;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zio_err_clear(&err);
		assert_rejected(bad[i], "pupils", units_parse_count(bad[i], 1000, "pupils", &v, &err), &err);
		assert_int_equal(v, 4242);
	}
	assert_int_equal(units_parse_count("5", 4, "n", &v, NULL), ZIO_EUSAGE);
	assert_int_equal(units_parse_count("4", 4, "n", &v, NULL), ZIO_OK);
	assert_int_equal(v, 4);
}

static void test_region(void **state)
{
	static const char *const bad[] = { "west", "", "noord ", " zuid", "oost", "Noord-Holland", "z" };
	struct zio_err err;
	enum region r = REGION_NONE;

	(void)state;
	assert_int_equal(units_parse_region("noord", &r, NULL), ZIO_OK);
	assert_int_equal(r, REGION_NOORD);
	assert_int_equal(units_parse_region("MIDDEN", &r, NULL), ZIO_OK);
	assert_int_equal(r, REGION_MIDDEN);
	assert_int_equal(units_parse_region("Zuid", &r, NULL), ZIO_OK);
	assert_int_equal(r, REGION_ZUID);
	assert_int_equal(units_parse_region("nOoRd", &r, NULL), ZIO_OK);
	assert_int_equal(r, REGION_NOORD);
	r = REGION_MIDDEN;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zio_err_clear(&err);
		assert_rejected(bad[i], "noord", units_parse_region(bad[i], &r, &err), &err);
		assert_int_equal(r, REGION_MIDDEN);
	}
	assert_string_equal(units_region_name(REGION_NOORD), "noord");
	assert_string_equal(units_region_name(REGION_MIDDEN), "midden");
	assert_string_equal(units_region_name(REGION_ZUID), "zuid");
	assert_string_equal(units_region_name(REGION_NONE), "");
	assert_string_equal(units_region_name((enum region)17), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hours_good),
		cmocka_unit_test(test_hours_bad),
		cmocka_unit_test(test_format_hours),
		cmocka_unit_test(test_hours_round_trip),
		cmocka_unit_test(test_percent),
		cmocka_unit_test(test_euro),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_region),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
