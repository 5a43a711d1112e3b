/* Unit tests for src/core/pubhol.c: Dutch public holidays and school closures. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "zio/pubhol.h"

static struct date mkdate(int y, int m, int d)
{
	struct date r = { y, m, d };

	return r;
}

static void test_easter_table(void **state)
{
	static const char *const easter[] = {
		"2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20",
		"2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21", "2031-04-13",
		"2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25",
	};

	(void)state;
	for (int i = 0; i < 16; i++) {
		char buf[DATE_STR_LEN];

		date_format(pubhol_easter(2020 + i), buf);
		if (strcmp(buf, easter[i]) != 0)
			fail_msg("Easter %d is %s, want %s", 2020 + i, buf, easter[i]);
	}
}

static void test_easter_extremes(void **state)
{
	char buf[DATE_STR_LEN];

	(void)state;
	/* the earliest (22 March) and latest (25 April) possible dates */
	assert_string_equal(date_format(pubhol_easter(1818), buf), "1818-03-22");
	assert_string_equal(date_format(pubhol_easter(2285), buf), "2285-03-22");
	assert_string_equal(date_format(pubhol_easter(1943), buf), "1943-04-25");
	assert_string_equal(date_format(pubhol_easter(2038), buf), "2038-04-25");
	assert_string_equal(date_format(pubhol_easter(2000), buf), "2000-04-23");
	assert_string_equal(date_format(pubhol_easter(1583), buf), "1583-04-10");
	assert_string_equal(date_format(pubhol_easter(9999), buf), "9999-03-28");
}

/* Easter of 1650, 1750, ... 9950 as month * 100 + day, from an independent implementation
 * (Oudin's algorithm), so that every century's correction terms are exercised. */
static void test_easter_each_century(void **state)
{
	static const int mmdd[] = {
		417, 329, 331, 409, 410, 412, 421, 326, 403, 405, 414, 416,
		424, 329, 331, 409, 410, 419, 421, 402, 403, 405, 414, 416,
		424, 329, 407, 409, 417, 419, 324, 402, 403, 412, 414, 423,
		327, 329, 407, 409, 417, 419, 331, 402, 410, 412, 421, 423,
		327, 405, 407, 416, 417, 322, 331, 402, 410, 412, 421, 326,
		403, 405, 407, 416, 417, 329, 331, 409, 410, 419, 421, 326,
		403, 405, 414, 416, 424, 329, 331, 409, 410, 419, 324, 402,
	};

	(void)state;
	for (int i = 0; i < (int)(sizeof mmdd / sizeof mmdd[0]); i++) {
		int y = 1650 + 100 * i;
		struct date e = pubhol_easter(y);

		if (e.m * 100 + e.d != mmdd[i])
			fail_msg("Easter %d is %02d-%02d, want %02d-%02d", y, e.m, e.d,
				 mmdd[i] / 100, mmdd[i] % 100);
	}
}

/* Every Easter is a Sunday between 22 March and 25 April. */
static void test_easter_always_sunday_in_range(void **state)
{
	(void)state;
	for (int y = 1583; y <= 9999; y++) {
		struct date e = pubhol_easter(y);

		if (e.y != y || date_weekday(e) != 7 || date_cmp(e, mkdate(y, 3, 22)) < 0 ||
		    date_cmp(e, mkdate(y, 4, 25)) > 0)
			fail_msg("Easter %d computed as %04d-%02d-%02d", y, e.y, e.m, e.d);
	}
}

static void test_holidays_2026(void **state)
{
	static const struct {
		int m, d;
		enum pubhol_kind kind;
	} cases[] = {
		{ 1, 1, PUBHOL_NEW_YEAR },
		{ 4, 3, PUBHOL_GOOD_FRIDAY },
		{ 4, 5, PUBHOL_EASTER_SUNDAY },
		{ 4, 6, PUBHOL_EASTER_MONDAY },
		{ 4, 27, PUBHOL_KINGS_DAY },
		{ 5, 5, PUBHOL_LIBERATION_DAY },
		{ 5, 14, PUBHOL_ASCENSION },
		{ 5, 15, PUBHOL_FRIDAY_AFTER_ASCENSION },
		{ 5, 24, PUBHOL_WHIT_SUNDAY },
		{ 5, 25, PUBHOL_WHIT_MONDAY },
		{ 12, 25, PUBHOL_CHRISTMAS },
		{ 12, 26, PUBHOL_BOXING_DAY },
	};
	size_t k = 0;

	(void)state;
	/* Exactly these days of 2026 are holidays, and nothing else. */
	for (struct date d = mkdate(2026, 1, 1); d.y == 2026; d = date_add_days(d, 1)) {
		enum pubhol_kind want = PUBHOL_NONE;
		enum pubhol_kind got = pubhol_on(d);

		if (k < sizeof cases / sizeof cases[0] && cases[k].m == d.m && cases[k].d == d.d)
			want = cases[k++].kind;
		if (got != want)
			fail_msg("2026-%02d-%02d: got %s (%d), want %s (%d)", d.m, d.d,
				 pubhol_name(got), got, pubhol_name(want), want);
	}
	assert_int_equal(k, sizeof cases / sizeof cases[0]);
}

static void test_kings_day(void **state)
{
	(void)state;
	/* 27 April 2025 and 2031 are Sundays: Koningsdag moves to Saturday the 26th. */
	assert_int_equal(pubhol_on(mkdate(2025, 4, 26)), PUBHOL_KINGS_DAY);
	assert_int_equal(pubhol_on(mkdate(2025, 4, 27)), PUBHOL_NONE);
	assert_int_equal(pubhol_on(mkdate(2031, 4, 26)), PUBHOL_KINGS_DAY);
	assert_int_equal(pubhol_on(mkdate(2031, 4, 27)), PUBHOL_NONE);
	assert_int_equal(pubhol_on(mkdate(2026, 4, 26)), PUBHOL_NONE);
	assert_int_equal(pubhol_on(mkdate(2026, 4, 27)), PUBHOL_KINGS_DAY);
	assert_int_equal(pubhol_on(mkdate(2027, 4, 27)), PUBHOL_KINGS_DAY);
	assert_int_equal(pubhol_on(mkdate(2027, 4, 26)), PUBHOL_NONE);
	/* and it never falls on a Sunday */
	for (int y = 2014; y <= 2100; y++) {
		int n = 0;

		for (int d = 20; d <= 30; d++) {
			struct date day = mkdate(y, 4, d);

			if (pubhol_on(day) == PUBHOL_KINGS_DAY) {
				n++;
				assert_int_not_equal(date_weekday(day), 7);
			}
		}
		assert_int_equal(n, 1);
	}
}

static void test_moving_feasts(void **state)
{
	static const struct {
		const char *date;
		enum pubhol_kind kind;
	} cases[] = {
		{ "2024-03-29", PUBHOL_GOOD_FRIDAY }, { "2024-04-01", PUBHOL_EASTER_MONDAY },
		{ "2024-05-09", PUBHOL_ASCENSION }, { "2024-05-10", PUBHOL_FRIDAY_AFTER_ASCENSION },
		{ "2024-05-19", PUBHOL_WHIT_SUNDAY }, { "2024-05-20", PUBHOL_WHIT_MONDAY },
		{ "2025-04-18", PUBHOL_GOOD_FRIDAY }, { "2025-04-21", PUBHOL_EASTER_MONDAY },
		{ "2025-05-29", PUBHOL_ASCENSION }, { "2025-06-09", PUBHOL_WHIT_MONDAY },
		{ "2027-03-26", PUBHOL_GOOD_FRIDAY }, { "2027-03-29", PUBHOL_EASTER_MONDAY },
		{ "2027-05-06", PUBHOL_ASCENSION }, { "2027-05-17", PUBHOL_WHIT_MONDAY },
		{ "2038-04-26", PUBHOL_EASTER_MONDAY }, { "2038-06-03", PUBHOL_ASCENSION },
		{ "2038-06-14", PUBHOL_WHIT_MONDAY },
		/* not holidays */
		{ "2026-11-23", PUBHOL_NONE }, { "2026-12-24", PUBHOL_NONE },
		{ "2026-12-27", PUBHOL_NONE }, { "2026-12-31", PUBHOL_NONE },
		{ "2026-05-04", PUBHOL_NONE }, { "2026-05-13", PUBHOL_NONE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct date d;
		enum pubhol_kind got;

		assert_int_equal(date_parse(cases[i].date, &d, NULL), ZIO_OK);
		got = pubhol_on(d);
		if (got != cases[i].kind)
			fail_msg("%s: got '%s', want '%s'", cases[i].date, pubhol_name(got),
				 pubhol_name(cases[i].kind));
	}
}

/* 5 May 2016 was both Bevrijdingsdag and Hemelvaartsdag; 5 May 2062 is both Bevrijdingsdag and
 * the Friday after Ascension. */
static void test_shared_days(void **state)
{
	struct pubhol_policy open_all = { false, false, false };
	struct pubhol_policy faa_only = { false, false, true };
	struct pubhol_policy lib_only = { true, false, false };

	(void)state;
	assert_int_equal(pubhol_on(mkdate(2016, 5, 5)), PUBHOL_ASCENSION);
	assert_int_equal(pubhol_closes_school(mkdate(2016, 5, 5), &open_all), PUBHOL_ASCENSION);
	assert_int_equal(pubhol_closes_school(mkdate(2016, 5, 5), &lib_only), PUBHOL_ASCENSION);

	assert_int_equal(pubhol_on(mkdate(2062, 5, 5)), PUBHOL_LIBERATION_DAY);
	assert_int_equal(pubhol_closes_school(mkdate(2062, 5, 5), &lib_only), PUBHOL_LIBERATION_DAY);
	assert_int_equal(pubhol_closes_school(mkdate(2062, 5, 5), &faa_only),
			 PUBHOL_FRIDAY_AFTER_ASCENSION);
	assert_int_equal(pubhol_closes_school(mkdate(2062, 5, 5), &open_all), PUBHOL_NONE);
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(pubhol_name(PUBHOL_NEW_YEAR), "Nieuwjaarsdag");
	assert_string_equal(pubhol_name(PUBHOL_GOOD_FRIDAY), "Goede Vrijdag");
	assert_string_equal(pubhol_name(PUBHOL_EASTER_SUNDAY), "Eerste Paasdag");
	assert_string_equal(pubhol_name(PUBHOL_EASTER_MONDAY), "Tweede Paasdag");
	assert_string_equal(pubhol_name(PUBHOL_KINGS_DAY), "Koningsdag");
	assert_string_equal(pubhol_name(PUBHOL_LIBERATION_DAY), "Bevrijdingsdag");
	assert_string_equal(pubhol_name(PUBHOL_ASCENSION), "Hemelvaartsdag");
	assert_string_equal(pubhol_name(PUBHOL_FRIDAY_AFTER_ASCENSION), "vrijdag na Hemelvaart");
	assert_string_equal(pubhol_name(PUBHOL_WHIT_SUNDAY), "Eerste Pinksterdag");
	assert_string_equal(pubhol_name(PUBHOL_WHIT_MONDAY), "Tweede Pinksterdag");
	assert_string_equal(pubhol_name(PUBHOL_CHRISTMAS), "Eerste Kerstdag");
	assert_string_equal(pubhol_name(PUBHOL_BOXING_DAY), "Tweede Kerstdag");
	assert_string_equal(pubhol_name(PUBHOL_NONE), "");
}

/* The days that close every school whatever the policy (2026). */
static const struct {
	int m, d;
	enum pubhol_kind kind;
} always_closed[] = {
	{ 1, 1, PUBHOL_NEW_YEAR }, { 4, 5, PUBHOL_EASTER_SUNDAY }, { 4, 6, PUBHOL_EASTER_MONDAY },
	{ 4, 27, PUBHOL_KINGS_DAY }, { 5, 14, PUBHOL_ASCENSION }, { 5, 24, PUBHOL_WHIT_SUNDAY },
	{ 5, 25, PUBHOL_WHIT_MONDAY }, { 12, 25, PUBHOL_CHRISTMAS }, { 12, 26, PUBHOL_BOXING_DAY },
};

static void expect_closure(const struct pubhol_policy *p, struct date d, enum pubhol_kind want)
{
	enum pubhol_kind got = pubhol_closes_school(d, p);

	if (got != want && p)
		fail_msg("%04d-%02d-%02d, policy {lib %d, gf %d, faa %d}: got '%s', want '%s'", d.y,
			 d.m, d.d, p->liberation_day_closed, p->good_friday_closed,
			 p->friday_after_ascension_closed, pubhol_name(got), pubhol_name(want));
	if (got != want)
		fail_msg("%04d-%02d-%02d, NULL policy: got '%s', want '%s'", d.y, d.m, d.d,
			 pubhol_name(got), pubhol_name(want));
}

static void check_policy(const struct pubhol_policy *p, bool lib, bool gf, bool faa)
{
	for (size_t i = 0; i < sizeof always_closed / sizeof always_closed[0]; i++)
		expect_closure(p, mkdate(2026, always_closed[i].m, always_closed[i].d),
			       always_closed[i].kind);
	expect_closure(p, mkdate(2026, 5, 5), lib ? PUBHOL_LIBERATION_DAY : PUBHOL_NONE);
	expect_closure(p, mkdate(2026, 4, 3), gf ? PUBHOL_GOOD_FRIDAY : PUBHOL_NONE);
	expect_closure(p, mkdate(2026, 5, 15), faa ? PUBHOL_FRIDAY_AFTER_ASCENSION : PUBHOL_NONE);
	expect_closure(p, mkdate(2026, 11, 23), PUBHOL_NONE);
	expect_closure(p, mkdate(2026, 5, 13), PUBHOL_NONE);
}

/* Each of the three optional closures follows its own flag, independently of the others. */
static void test_policy_toggles(void **state)
{
	(void)state;
	for (int bits = 0; bits < 8; bits++) {
		struct pubhol_policy p = { (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0 };

		check_policy(&p, p.liberation_day_closed, p.good_friday_closed,
			     p.friday_after_ascension_closed);
	}
}

static void test_policy_null_is_default(void **state)
{
	(void)state;
	/* Bevrijdingsdag and Goede Vrijdag closed, the Friday after Ascension open */
	check_policy(NULL, true, true, false);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_easter_table),
		cmocka_unit_test(test_easter_extremes),
		cmocka_unit_test(test_easter_each_century),
		cmocka_unit_test(test_easter_always_sunday_in_range),
		cmocka_unit_test(test_holidays_2026),
		cmocka_unit_test(test_kings_day),
		cmocka_unit_test(test_moving_feasts),
		cmocka_unit_test(test_shared_days),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_policy_toggles),
		cmocka_unit_test(test_policy_null_is_default),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
