/* Unit tests for src/core/date.c. The expected values are facts of the calendar, checked
 * against an independent implementation, not values copied from the code under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "zio/date.h"

static struct date mkdate(int y, int m, int d)
{
	struct date r = { y, m, d };

	return r;
}

static struct isoweek mkweek(int year, int week)
{
	struct isoweek w = { year, week };

	return w;
}

/* A date from its text, failing the test if it does not parse. */
static struct date date_of(const char *s)
{
	struct date d = { 0, 0, 0 };

	assert_int_equal(date_parse(s, &d, NULL), ZIO_OK);
	return d;
}

static void assert_date_is(struct date d, const char *want)
{
	char buf[DATE_STR_LEN];

	assert_string_equal(date_format(d, buf), want);
}

static void assert_week_is(struct isoweek w, const char *want)
{
	char buf[WEEK_STR_LEN];

	assert_string_equal(date_format_isoweek(w, buf), want);
}

static void test_leap_and_month_lengths(void **state)
{
	(void)state;
	assert_true(date_is_leap(2024));
	assert_true(date_is_leap(2000));
	assert_true(date_is_leap(1600));
	assert_false(date_is_leap(1900));
	assert_false(date_is_leap(2100));
	assert_false(date_is_leap(2025));
	assert_int_equal(date_days_in_month(2024, 2), 29);
	assert_int_equal(date_days_in_month(2025, 2), 28);
	assert_int_equal(date_days_in_month(1900, 2), 28);
	assert_int_equal(date_days_in_month(2026, 1), 31);
	assert_int_equal(date_days_in_month(2026, 4), 30);
	assert_int_equal(date_days_in_month(2026, 12), 31);
	assert_int_equal(date_days_in_month(2026, 0), 0);
	assert_int_equal(date_days_in_month(2026, 13), 0);
	assert_true(date_is_valid(2024, 2, 29));
	assert_false(date_is_valid(2025, 2, 29));
	assert_false(date_is_valid(2026, 4, 31));
	assert_false(date_is_valid(2026, 0, 1));
	assert_false(date_is_valid(2026, 1, 0));
	assert_false(date_is_valid(0, 1, 1));
	assert_false(date_is_valid(10000, 1, 1));
	assert_true(date_is_valid(1, 1, 1));
	assert_true(date_is_valid(9999, 12, 31));
}

static void test_known_day_numbers(void **state)
{
	(void)state;
	assert_int_equal(date_to_days(mkdate(1970, 1, 1)), 0);
	assert_int_equal(date_to_days(mkdate(1969, 12, 31)), -1);
	assert_int_equal(date_to_days(mkdate(1900, 1, 1)), -25567);
	assert_int_equal(date_to_days(mkdate(2100, 12, 31)), 47846);
	assert_int_equal(date_to_days(mkdate(2026, 11, 23)), 20780);
	assert_int_equal(date_to_days(mkdate(1, 1, 1)), -719162);
	assert_int_equal(date_to_days(mkdate(9999, 12, 31)), 2932896);
	assert_date_is(date_from_days(0), "1970-01-01");
	assert_date_is(date_from_days(-1), "1969-12-31");
	assert_date_is(date_from_days(-719162), "0001-01-01");
	assert_date_is(date_from_days(2932896), "9999-12-31");
}

/* Walk every day of 1900..2100 with a separate increment and check that days, dates, text and
 * weekdays all agree with it. */
static void test_round_trip_1900_2100(void **state)
{
	static const int mlen[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	struct date d = mkdate(1900, 1, 1);
	long n = -25567;
	int wd = 1;  /* 1900-01-01 was a Monday */
	char buf[DATE_STR_LEN];

	(void)state;
	for (;;) {
		struct date back = date_from_days(n);
		struct date parsed;

		assert_int_equal(date_to_days(d), n);
		assert_int_equal(back.y, d.y);
		assert_int_equal(back.m, d.m);
		assert_int_equal(back.d, d.d);
		assert_true(date_is_valid(d.y, d.m, d.d));
		assert_int_equal(date_weekday(d), wd);
		assert_int_equal(date_parse(date_format(d, buf), &parsed, NULL), ZIO_OK);
		assert_int_equal(date_cmp(parsed, d), 0);
		if (d.y == 2100 && d.m == 12 && d.d == 31)
			break;
		/* next day, by hand */
		int len = mlen[d.m - 1] +
			  (d.m == 2 && d.y % 4 == 0 && (d.y % 100 != 0 || d.y % 400 == 0));
		if (++d.d > len) {
			d.d = 1;
			if (++d.m > 12) {
				d.m = 1;
				d.y++;
			}
		}
		n++;
		wd = wd % 7 + 1;
	}
	assert_int_equal(n, 47846);
}

static void test_weekday_known_dates(void **state)
{
	(void)state;
	assert_int_equal(date_weekday(mkdate(1970, 1, 1)), 4);  /* Thursday */
	assert_int_equal(date_weekday(mkdate(1969, 12, 31)), 3);
	assert_int_equal(date_weekday(mkdate(1900, 1, 1)), 1);
	assert_int_equal(date_weekday(mkdate(2000, 1, 1)), 6);
	assert_int_equal(date_weekday(mkdate(2024, 2, 29)), 4);
	assert_int_equal(date_weekday(mkdate(2026, 11, 23)), 1);
	assert_int_equal(date_weekday(mkdate(2025, 4, 27)), 7);
	assert_int_equal(date_weekday(mkdate(2100, 12, 31)), 5);
	assert_int_equal(date_weekday(mkdate(1, 1, 1)), 1);
	assert_int_equal(date_weekday(mkdate(9999, 12, 31)), 5);
}

static void test_add_diff_cmp(void **state)
{
	(void)state;
	assert_date_is(date_add_days(mkdate(2026, 12, 31), 1), "2027-01-01");
	assert_date_is(date_add_days(mkdate(2024, 2, 28), 1), "2024-02-29");
	assert_date_is(date_add_days(mkdate(2025, 2, 28), 1), "2025-03-01");
	assert_date_is(date_add_days(mkdate(2026, 3, 1), -1), "2026-02-28");
	assert_date_is(date_add_days(mkdate(2026, 1, 1), -1), "2025-12-31");
	assert_date_is(date_add_days(mkdate(2026, 11, 23), 0), "2026-11-23");
	assert_date_is(date_add_days(mkdate(2026, 1, 1), 365), "2027-01-01");
	assert_int_equal(date_diff(mkdate(2026, 1, 1), mkdate(2027, 1, 1)), 365);
	assert_int_equal(date_diff(mkdate(2024, 1, 1), mkdate(2025, 1, 1)), 366);
	assert_int_equal(date_diff(mkdate(2027, 1, 1), mkdate(2026, 1, 1)), -365);
	assert_int_equal(date_diff(mkdate(2026, 8, 1), mkdate(2027, 7, 31)), 364);
	assert_true(date_cmp(mkdate(2026, 1, 1), mkdate(2026, 1, 2)) < 0);
	assert_true(date_cmp(mkdate(2026, 2, 1), mkdate(2026, 1, 31)) > 0);
	assert_true(date_cmp(mkdate(2025, 12, 31), mkdate(2026, 1, 1)) < 0);
	assert_int_equal(date_cmp(mkdate(2026, 5, 5), mkdate(2026, 5, 5)), 0);
}

/* ISO weeks around every new year from 2019 to 2029 (from an independent implementation). */
static void test_isoweek_new_years(void **state)
{
	static const struct {
		const char *date, *week;
	} cases[] = {
		{ "2018-12-28", "2018-W52" }, { "2018-12-31", "2019-W01" }, { "2019-01-01", "2019-W01" },
		{ "2019-12-28", "2019-W52" }, { "2019-12-29", "2019-W52" }, { "2019-12-30", "2020-W01" },
		{ "2019-12-31", "2020-W01" }, { "2020-01-01", "2020-W01" }, { "2020-12-28", "2020-W53" },
		{ "2020-12-31", "2020-W53" }, { "2021-01-01", "2020-W53" }, { "2021-01-03", "2020-W53" },
		{ "2021-01-04", "2021-W01" }, { "2021-12-31", "2021-W52" }, { "2022-01-01", "2021-W52" },
		{ "2022-01-02", "2021-W52" }, { "2022-01-03", "2022-W01" }, { "2022-12-31", "2022-W52" },
		{ "2023-01-01", "2022-W52" }, { "2023-01-02", "2023-W01" }, { "2023-12-31", "2023-W52" },
		{ "2024-01-01", "2024-W01" }, { "2024-12-29", "2024-W52" }, { "2024-12-30", "2025-W01" },
		{ "2024-12-31", "2025-W01" }, { "2025-01-01", "2025-W01" }, { "2025-12-28", "2025-W52" },
		{ "2025-12-29", "2026-W01" }, { "2025-12-31", "2026-W01" }, { "2026-01-01", "2026-W01" },
		{ "2026-01-04", "2026-W01" }, { "2026-01-05", "2026-W02" }, { "2026-11-23", "2026-W48" },
		{ "2026-12-28", "2026-W53" }, { "2026-12-31", "2026-W53" }, { "2027-01-01", "2026-W53" },
		{ "2027-01-03", "2026-W53" }, { "2027-01-04", "2027-W01" }, { "2027-12-31", "2027-W52" },
		{ "2028-01-01", "2027-W52" }, { "2028-01-02", "2027-W52" }, { "2028-01-03", "2028-W01" },
		{ "2028-12-31", "2028-W52" }, { "2029-01-01", "2029-W01" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[WEEK_STR_LEN];

		date_format_isoweek(date_isoweek(date_of(cases[i].date)), buf);
		if (strcmp(buf, cases[i].week) != 0)
			fail_msg("%s is in %s, want %s", cases[i].date, buf, cases[i].week);
	}
}

static void test_weeks_in_year(void **state)
{
	/* The 53-week years of 1990..2040. */
	static const int long_years[] = { 1992, 1998, 2004, 2009, 2015, 2020, 2026, 2032, 2037 };
	size_t k = 0;

	(void)state;
	for (int y = 1990; y <= 2040; y++) {
		bool is_long = k < sizeof long_years / sizeof long_years[0] && long_years[k] == y;
		int got = date_weeks_in_year(y);

		if (got != (is_long ? 53 : 52))
			fail_msg("%d has %d ISO weeks, want %d", y, got, is_long ? 53 : 52);
		k += is_long;
	}
}

/* For every day of 1900..2100: the week and weekday lead back to the day, and the week changes
 * exactly on Mondays, to the week isoweek_add says is next. */
static void test_isoweek_round_trip(void **state)
{
	long first = date_to_days(mkdate(1900, 1, 1));
	long last = date_to_days(mkdate(2100, 12, 31));
	struct isoweek prev = date_isoweek(date_from_days(first - 1));

	(void)state;
	for (long n = first; n <= last; n++) {
		struct date d = date_from_days(n);
		struct isoweek w = date_isoweek(d);
		int wd = date_weekday(d);
		struct date back = date_from_isoweek(w, wd);

		assert_int_equal(date_cmp(back, d), 0);
		assert_in_range(w.week, 1, date_weeks_in_year(w.year));
		if (wd == 1) {
			struct isoweek next = date_isoweek_add(prev, 1);

			assert_int_equal(w.year, next.year);
			assert_int_equal(w.week, next.week);
		} else {
			assert_int_equal(w.year, prev.year);
			assert_int_equal(w.week, prev.week);
		}
		prev = w;
	}
}

static void test_from_isoweek(void **state)
{
	(void)state;
	assert_date_is(date_from_isoweek(mkweek(2026, 1), 1), "2025-12-29");
	assert_date_is(date_from_isoweek(mkweek(2026, 48), 1), "2026-11-23");
	assert_date_is(date_from_isoweek(mkweek(2026, 48), 7), "2026-11-29");
	assert_date_is(date_from_isoweek(mkweek(2026, 53), 5), "2027-01-01");
	assert_date_is(date_from_isoweek(mkweek(2020, 53), 7), "2021-01-03");
	assert_date_is(date_from_isoweek(mkweek(2021, 1), 1), "2021-01-04");
	assert_date_is(date_from_isoweek(mkweek(2027, 1), 1), "2027-01-04");
	assert_date_is(date_from_isoweek(mkweek(2019, 1), 1), "2018-12-31");
}

static void test_isoweek_add(void **state)
{
	(void)state;
	assert_week_is(date_isoweek_add(mkweek(2026, 52), 1), "2026-W53");
	assert_week_is(date_isoweek_add(mkweek(2026, 52), 2), "2027-W01");
	assert_week_is(date_isoweek_add(mkweek(2026, 53), 1), "2027-W01");
	assert_week_is(date_isoweek_add(mkweek(2027, 1), -1), "2026-W53");
	assert_week_is(date_isoweek_add(mkweek(2025, 52), 1), "2026-W01");
	assert_week_is(date_isoweek_add(mkweek(2026, 1), -1), "2025-W52");
	assert_week_is(date_isoweek_add(mkweek(2020, 53), 1), "2021-W01");
	assert_week_is(date_isoweek_add(mkweek(2021, 1), -1), "2020-W53");
	assert_week_is(date_isoweek_add(mkweek(2025, 1), 52), "2026-W01");
	assert_week_is(date_isoweek_add(mkweek(2026, 1), 53), "2027-W01");
	assert_week_is(date_isoweek_add(mkweek(2026, 1), 52), "2026-W53");
	assert_week_is(date_isoweek_add(mkweek(2026, 48), 0), "2026-W48");
	assert_week_is(date_isoweek_add(mkweek(2027, 10), -105), "2025-W10");
}

static void test_school_year(void **state)
{
	char buf[SCHOOLYEAR_STR_LEN];

	(void)state;
	assert_int_equal(date_school_year(mkdate(2026, 7, 31)), 2025);
	assert_int_equal(date_school_year(mkdate(2026, 8, 1)), 2026);
	assert_int_equal(date_school_year(mkdate(2026, 12, 31)), 2026);
	assert_int_equal(date_school_year(mkdate(2027, 1, 1)), 2026);
	assert_int_equal(date_school_year(mkdate(2027, 7, 31)), 2026);
	assert_int_equal(date_school_year(mkdate(2027, 8, 1)), 2027);
	assert_date_is(date_school_year_start(2026), "2026-08-01");
	assert_date_is(date_school_year_end(2026), "2027-07-31");
	assert_string_equal(date_format_school_year(2026, buf), "2026-2027");
	assert_string_equal(date_format_school_year(1999, buf), "1999-2000");
}

static void test_format(void **state)
{
	char d[DATE_STR_LEN], w[WEEK_STR_LEN], t[TIME_STR_LEN];

	(void)state;
	assert_string_equal(date_format(mkdate(2026, 11, 23), d), "2026-11-23");
	assert_string_equal(date_format(mkdate(5, 1, 2), d), "0005-01-02");
	assert_string_equal(date_format_isoweek(mkweek(2026, 48), w), "2026-W48");
	assert_string_equal(date_format_isoweek(mkweek(2026, 8), w), "2026-W08");
	assert_string_equal(time_format(510, t), "08:30");
	assert_string_equal(time_format(0, t), "00:00");
	assert_string_equal(time_format(1439, t), "23:59");
	assert_string_equal(time_format(905, t), "15:05");
}

/* Assert that a parser rejected input s with ZIO_EUSAGE and a one-line message quoting s. */
static void assert_rejected(const char *s, int rc, const struct zio_err *err)
{
	if (rc != ZIO_EUSAGE || err->code != ZIO_EUSAGE)
		fail_msg("'%s': got status %d, err code %d, want %d", s, rc, err->code, ZIO_EUSAGE);
	if (!strstr(err->msg, s) || strchr(err->msg, '\n'))
		fail_msg("'%s': message does not quote the input on one line: %s", s, err->msg);
}

/* Assert that a parser failed with ZIO_EUSAGE and exactly this message. */
static void assert_error_msg(int rc, const struct zio_err *err, const char *want)
{
	assert_int_equal(rc, ZIO_EUSAGE);
	assert_int_equal(err->code, ZIO_EUSAGE);
	assert_string_equal(err->msg, want);
}

static void test_date_parse_good(void **state)
{
	struct date d;

	(void)state;
	assert_int_equal(date_parse("2026-11-23", &d, NULL), ZIO_OK);
	assert_int_equal(d.y, 2026);
	assert_int_equal(d.m, 11);
	assert_int_equal(d.d, 23);
	assert_date_is(date_of("2024-02-29"), "2024-02-29");
	assert_date_is(date_of("2000-02-29"), "2000-02-29");
	assert_date_is(date_of("0001-01-01"), "0001-01-01");
	assert_date_is(date_of("9999-12-31"), "9999-12-31");
	assert_date_is(date_of("2026-01-05"), "2026-01-05");
}

static void test_date_parse_bad(void **state)
{
	static const char *const bad[] = {
		"", "foo", "2026-1-05", "2026-01-5", "26-01-05", "02026-01-05", "2026-01-05 ",
		" 2026-01-05", "2026-01-05x", "2026/01/05", "20260105", "2026-13-01", "2026-00-10",
		"2026-01-00", "2026-01-32", "0000-01-01", "+026-01-05", "2026-0a-05", "2026-02-30",
		"2025-02-29", "1900-02-29", "2026-04-31", "-2026-01-01", "2026-01-0\xff", "2026--1-05",
	};
	struct date d = { 7, 7, 7 };
	struct zio_err err;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		assert_rejected(bad[i], date_parse(bad[i], &d, &err), &err);
		assert_int_equal(date_parse(bad[i], &d, NULL), ZIO_EUSAGE);
		assert_int_equal(d.y, 7);  /* output untouched */
	}
	assert_error_msg(date_parse("2026-02-30", &d, &err), &err,
			   "invalid date '2026-02-30': February 2026 has 28 days");
	assert_error_msg(date_parse("2025-02-29", &d, &err), &err,
			   "invalid date '2025-02-29': February 2025 has 28 days");
	assert_error_msg(date_parse("2026-04-31", &d, &err), &err,
			   "invalid date '2026-04-31': April 2026 has 30 days");
	assert_error_msg(date_parse("foo", &d, &err), &err,
			   "invalid date 'foo': expected YYYY-MM-DD");
	assert_error_msg(date_parse("", &d, &err), &err, "invalid date '': expected YYYY-MM-DD");
	assert_error_msg(date_parse("2026-13-01", &d, &err), &err,
			   "invalid date '2026-13-01': month must be 01-12");
}

static void test_week_parse(void **state)
{
	static const char *const bad[] = {
		"", "2026-W54", "2025-W53", "2026-W00", "2026-W1", "2026W48", "2026-48",
		"2026-W048", "2026-X48", "2026-W48 ", " 2026-W48", "2026-W4x", "0000-W01", "26-W48",
	};
	struct isoweek w = { 7, 7 };
	struct zio_err err;

	(void)state;
	assert_int_equal(date_parse_isoweek("2026-W48", &w, NULL), ZIO_OK);
	assert_int_equal(w.year, 2026);
	assert_int_equal(w.week, 48);
	assert_int_equal(date_parse_isoweek("2026-w08", &w, NULL), ZIO_OK);
	assert_week_is(w, "2026-W08");
	assert_int_equal(date_parse_isoweek("2020-W53", &w, NULL), ZIO_OK);
	assert_week_is(w, "2020-W53");
	assert_int_equal(date_parse_isoweek("2026-W53", &w, NULL), ZIO_OK);
	assert_week_is(w, "2026-W53");
	assert_int_equal(date_parse_isoweek("2026-W01", &w, NULL), ZIO_OK);
	assert_week_is(w, "2026-W01");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		assert_rejected(bad[i], date_parse_isoweek(bad[i], &w, &err), &err);
		assert_int_equal(date_parse_isoweek(bad[i], &w, NULL), ZIO_EUSAGE);
		assert_week_is(w, "2026-W01");
	}
	assert_error_msg(date_parse_isoweek("2026-W54", &w, &err), &err,
			   "invalid week '2026-W54': 2026 has 53 ISO weeks");
	assert_error_msg(date_parse_isoweek("2025-W53", &w, &err), &err,
			   "invalid week '2025-W53': 2025 has 52 ISO weeks");
	assert_error_msg(date_parse_isoweek("2026-48", &w, &err), &err,
			   "invalid week '2026-48': expected YYYY-Www");
}

static void test_school_year_parse(void **state)
{
	static const char *const bad[] = {
		"", "2026-2028", "2026-2026", "2027-2026", "2026/2027", "26-27", "2026-27",
		"2026-2027 ", " 2026-2027", "2026", "0000-0001", "9999-0000", "2026-202x",
	};
	int sy = 7;
	struct zio_err err;

	(void)state;
	assert_int_equal(date_parse_school_year("2026-2027", &sy, NULL), ZIO_OK);
	assert_int_equal(sy, 2026);
	assert_int_equal(date_parse_school_year("1999-2000", &sy, NULL), ZIO_OK);
	assert_int_equal(sy, 1999);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		assert_rejected(bad[i], date_parse_school_year(bad[i], &sy, &err), &err);
		assert_int_equal(date_parse_school_year(bad[i], &sy, NULL), ZIO_EUSAGE);
		assert_int_equal(sy, 1999);
	}
	assert_error_msg(date_parse_school_year("2026-2028", &sy, &err), &err,
			   "invalid school year '2026-2028': the years must be consecutive, "
			   "e.g. 2026-2027");
}

static void test_time_parse(void **state)
{
	static const struct {
		const char *s;
		int minutes;
	} good[] = {
		{ "00:00", 0 }, { "08:30", 510 }, { "8:30", 510 }, { "0:00", 0 },
		{ "9:05", 545 }, { "23:59", 1439 }, { "12:00", 720 },
	};
	static const char *const bad[] = {
		"", "24:00", "08:60", "8:5", "08:5", "008:30", "08.30", "0830", " 08:30", "08:30 ",
		"08:30x", "-1:00", "+8:30", "ab:cd", "8:", ":30", "123:00", "08:30:00", "99:99",
	};
	int m = 7;
	struct zio_err err;

	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		if (time_parse(good[i].s, &m, NULL) != ZIO_OK || m != good[i].minutes)
			fail_msg("'%s' was rejected or read as %d minutes", good[i].s, m);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		assert_rejected(bad[i], time_parse(bad[i], &m, &err), &err);
		assert_int_equal(time_parse(bad[i], &m, NULL), ZIO_EUSAGE);
		assert_int_equal(m, 720);
	}
	assert_error_msg(time_parse("24:00", &m, &err), &err,
			   "invalid time '24:00': hours must be 00-23");
	assert_error_msg(time_parse("08:60", &m, &err), &err,
			   "invalid time '08:60': minutes must be 00-59");
	assert_error_msg(time_parse("0830", &m, &err), &err,
			   "invalid time '0830': expected HH:MM");
}

static void test_time_parse_range(void **state)
{
	static const char *const bad[] = {
		"", "15:00-08:30", "08:30-08:30", "08:30", "08:30-", "-08:30", "08:30 - 15:00",
		"08:30-15:00-16:00", "08:30-24:00", "08:60-09:00", "08:30\xe2\x80\x93" "15:00",
		"08:30-15:00 ", "08:30--15:00", "0830-1500",
	};
	int a = 7, b = 7;
	struct zio_err err;
	char buf[TIME_STR_LEN];

	(void)state;
	assert_int_equal(time_parse_range("08:30-15:00", &a, &b, NULL), ZIO_OK);
	assert_int_equal(a, 510);
	assert_int_equal(b, 900);
	assert_int_equal(time_parse_range("8:30-9:00", &a, &b, NULL), ZIO_OK);
	assert_int_equal(a, 510);
	assert_int_equal(b, 540);
	assert_int_equal(time_parse_range("00:00-23:59", &a, &b, NULL), ZIO_OK);
	assert_string_equal(time_format(a, buf), "00:00");
	assert_string_equal(time_format(b, buf), "23:59");
	assert_int_equal(time_parse_range("08:30-08:31", &a, &b, NULL), ZIO_OK);
	assert_int_equal(b - a, 1);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		memset(&err, 0, sizeof err);
		assert_rejected(bad[i], time_parse_range(bad[i], &a, &b, &err), &err);
		assert_int_equal(time_parse_range(bad[i], &a, &b, NULL), ZIO_EUSAGE);
		assert_int_equal(a, 510);
		assert_int_equal(b, 511);
	}
	assert_error_msg(time_parse_range("15:00-08:30", &a, &b, &err), &err,
			   "invalid time range '15:00-08:30': end must be after start");
	assert_error_msg(time_parse_range("08:30-08:30", &a, &b, &err), &err,
			   "invalid time range '08:30-08:30': end must be after start");
	assert_error_msg(time_parse_range("08:30-24:00", &a, &b, &err), &err,
			   "invalid time range '08:30-24:00': hours must be 00-23");
	assert_error_msg(time_parse_range("08:30", &a, &b, &err), &err,
			   "invalid time range '08:30': expected HH:MM-HH:MM");
}

/* Seconds since the epoch of a UTC moment, built from day numbers checked above. */
static time_t utc(int y, int m, int d, int hh, int mm)
{
	return (time_t)(date_to_days(mkdate(y, m, d)) * 86400LL + hh * 3600 + mm * 60);
}

static void test_nl_from_time(void **state)
{
	static const struct {
		int y, m, d, hh, mm;
		const char *want;
	} cases[] = {
		/* winter, CET: local midnight is 23:00 UTC */
		{ 2026, 12, 31, 22, 59, "2026-12-31" },
		{ 2026, 12, 31, 23, 0, "2027-01-01" },
		{ 2026, 1, 15, 23, 30, "2026-01-16" },
		/* summer, CEST: local midnight is 22:00 UTC */
		{ 2026, 7, 1, 21, 59, "2026-07-01" },
		{ 2026, 7, 1, 22, 0, "2026-07-02" },
		{ 2026, 7, 1, 22, 30, "2026-07-02" },
		/* spring forward, Sunday 2026-03-29 01:00 UTC */
		{ 2026, 3, 28, 22, 30, "2026-03-28" },
		{ 2026, 3, 28, 23, 30, "2026-03-29" },
		{ 2026, 3, 29, 0, 59, "2026-03-29" },
		{ 2026, 3, 29, 1, 0, "2026-03-29" },
		{ 2026, 3, 29, 21, 59, "2026-03-29" },
		{ 2026, 3, 29, 22, 0, "2026-03-30" },
		/* 2024: 31 March is itself the last Sunday; the 24th is not */
		{ 2024, 3, 24, 22, 30, "2024-03-24" },
		{ 2024, 3, 30, 22, 30, "2024-03-30" },
		{ 2024, 3, 31, 22, 30, "2024-04-01" },
		/* fall back, Sunday 2026-10-25 01:00 UTC */
		{ 2026, 10, 24, 21, 59, "2026-10-24" },
		{ 2026, 10, 24, 22, 0, "2026-10-25" },
		{ 2026, 10, 25, 0, 59, "2026-10-25" },
		{ 2026, 10, 25, 22, 30, "2026-10-25" },
		{ 2026, 10, 25, 23, 0, "2026-10-26" },
		/* before the epoch: floor, not truncation */
		{ 1969, 12, 31, 22, 59, "1969-12-31" },
		{ 1969, 12, 31, 23, 0, "1970-01-01" },
		{ 1969, 7, 1, 22, 0, "1969-07-02" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char buf[DATE_STR_LEN];

		date_format(date_nl_from_time(utc(cases[i].y, cases[i].m, cases[i].d, cases[i].hh,
						  cases[i].mm)), buf);
		if (strcmp(buf, cases[i].want) != 0)
			fail_msg("%04d-%02d-%02dT%02d:%02dZ is %s in NL, want %s", cases[i].y,
				 cases[i].m, cases[i].d, cases[i].hh, cases[i].mm, buf, cases[i].want);
	}
	/* raw values, independent of date_to_days */
	assert_date_is(date_nl_from_time((time_t)1798757940), "2026-12-31"); /* 22:59Z */
	assert_date_is(date_nl_from_time((time_t)1798758000), "2027-01-01"); /* 23:00Z */
	assert_date_is(date_nl_from_time((time_t)0), "1970-01-01");
	assert_date_is(date_nl_from_time((time_t)-3600), "1970-01-01");
	assert_date_is(date_nl_from_time((time_t)-3601), "1969-12-31");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_and_month_lengths),
		cmocka_unit_test(test_known_day_numbers),
		cmocka_unit_test(test_round_trip_1900_2100),
		cmocka_unit_test(test_weekday_known_dates),
		cmocka_unit_test(test_add_diff_cmp),
		cmocka_unit_test(test_isoweek_new_years),
		cmocka_unit_test(test_weeks_in_year),
		cmocka_unit_test(test_isoweek_round_trip),
		cmocka_unit_test(test_from_isoweek),
		cmocka_unit_test(test_isoweek_add),
		cmocka_unit_test(test_school_year),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_date_parse_good),
		cmocka_unit_test(test_date_parse_bad),
		cmocka_unit_test(test_week_parse),
		cmocka_unit_test(test_school_year_parse),
		cmocka_unit_test(test_time_parse),
		cmocka_unit_test(test_time_parse_range),
		cmocka_unit_test(test_nl_from_time),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
