/* The calendar: the shipped holiday file, public holidays, closures, overrides, unknowns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/cal.h"
#include "zio/import.h"

#define SHIPPED "share/holidays/nl-school-holidays.ini"

static struct holiday_set shipped;

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

static struct cal_school school_in(enum region r)
{
	struct cal_school s = { 0 };
	s.region = r;
	s.day_start = 8 * 60 + 30;
	s.day_end = 15 * 60;
	s.policy = (struct pubhol_policy){ true, true, false };
	return s;
}

static int setup(void **state)
{
	struct zio_err err;
	(void)state;
	return holidays_ini_read(SHIPPED, &shipped, &err);
}

static int teardown(void **state)
{
	(void)state;
	holiday_set_free(&shipped);
	return 0;
}

static void test_shipped_file_complete(void **state)
{
	(void)state;
	/* 2024-2025, 2025-2026, 2027-2028 complete (5 x 3 regions), 2026-2027 without May and summer. */
	assert_int_equal(shipped.n, 15 + 15 + 9 + 15);
	for (enum region r = REGION_NOORD; r <= REGION_ZUID; r++) {
		struct cal_school s = school_in(r);
		assert_int_equal(cal_holidays_known(&shipped, &s, 2024), 5);
		assert_int_equal(cal_holidays_known(&shipped, &s, 2025), 5);
		assert_int_equal(cal_holidays_known(&shipped, &s, 2026), 3);
		assert_int_equal(cal_holidays_known(&shipped, &s, 2027), 5);
		assert_int_equal(cal_holidays_known(&shipped, &s, 2029), 0);
	}
}

/* Every date of every shipped holiday is closed and named after it; the weekdays just
 * around it are open unless a public holiday or another holiday closes them. */
static void test_every_shipped_date_closed(void **state)
{
	(void)state;
	for (size_t i = 0; i < shipped.n; i++) {
		const struct holiday_period *p = &shipped.v[i];
		struct cal_school s = school_in(p->region);
		struct cal_day day;
		char want[64];
		struct date edge[2] = { date_add_days(p->from, -1), date_add_days(p->to, 1) };

		snprintf(want, sizeof want, "%s (%s)", holiday_name(p->kind), units_region_name(p->region));
		for (struct date d = p->from; date_cmp(d, p->to) <= 0; d = date_add_days(d, 1)) {
			cal_school_day(&shipped, &s, d, &day);
			assert_int_equal(day.status, CAL_CLOSED);
			assert_string_equal(day.reason, want);
			assert_false(cal_is_school_open(&shipped, &s, d, 10 * 60));
		}
		for (int k = 0; k < 2; k++) {
			/* step onto the nearest weekday outside the holiday */
			struct date d = edge[k];
			while (date_weekday(d) >= 6)
				d = date_add_days(d, k ? 1 : -1);
			cal_school_day(&shipped, &s, d, &day);
			if (pubhol_closes_school(d, &s.policy) != PUBHOL_NONE || day.status == CAL_UNKNOWN)
				continue;
			assert_int_equal(day.status, CAL_OPEN);
			assert_true(cal_is_school_open(&shipped, &s, d, 10 * 60));
		}
	}
}

static void test_public_holidays_close(void **state)
{
	struct cal_school zuid = school_in(REGION_ZUID), noord = school_in(REGION_NOORD);
	struct cal_day day;
	(void)state;

	cal_school_day(&shipped, &zuid, D(2026, 4, 6), &day);   /* Tweede Paasdag */
	assert_int_equal(day.status, CAL_CLOSED);
	assert_string_equal(day.reason, "Tweede Paasdag");
	cal_school_day(&shipped, &noord, D(2026, 5, 5), &day);  /* after the noord May holiday */
	assert_string_equal(day.reason, "Bevrijdingsdag");
	cal_school_day(&shipped, &zuid, D(2026, 5, 14), &day);
	assert_string_equal(day.reason, "Hemelvaartsdag");
	cal_school_day(&shipped, &zuid, D(2026, 5, 15), &day);  /* Friday after: open by default */
	assert_int_equal(day.status, CAL_OPEN);
	zuid.policy.friday_after_ascension_closed = true;
	cal_school_day(&shipped, &zuid, D(2026, 5, 15), &day);
	assert_int_equal(day.status, CAL_CLOSED);
	cal_school_day(&shipped, &zuid, D(2026, 4, 3), &day);   /* Goede Vrijdag: closed by default */
	assert_string_equal(day.reason, "Goede Vrijdag");
	zuid.policy.good_friday_closed = false;
	cal_school_day(&shipped, &zuid, D(2026, 4, 3), &day);
	assert_int_equal(day.status, CAL_OPEN);
	cal_school_day(&shipped, &zuid, D(2026, 5, 25), &day);
	assert_string_equal(day.reason, "Tweede Pinksterdag");
	/* Christmas and New Year fall inside the Christmas holiday and carry its name. */
	cal_school_day(&shipped, &zuid, D(2025, 12, 25), &day);
	assert_string_equal(day.reason, "kerstvakantie (zuid)");
}

static void test_missing_holidays_unknown(void **state)
{
	struct cal_school zuid = school_in(REGION_ZUID);
	struct cal_day day;
	struct date first;
	(void)state;

	cal_school_day(&shipped, &zuid, D(2027, 5, 3), &day);
	assert_int_equal(day.status, CAL_UNKNOWN);
	assert_non_null(strstr(day.reason, "meivakantie 2026-2027"));
	assert_false(cal_is_school_open(&shipped, &zuid, D(2027, 5, 3), 10 * 60));
	cal_school_day(&shipped, &zuid, D(2027, 7, 12), &day);
	assert_int_equal(day.status, CAL_UNKNOWN);
	assert_non_null(strstr(day.reason, "zomervakantie 2026-2027"));
	/* the unknown summer of 2026-2027 reaches into August of the next school year */
	cal_school_day(&shipped, &zuid, D(2027, 8, 16), &day);
	assert_int_equal(day.status, CAL_UNKNOWN);
	/* an ordinary March week of 2026-2027 is known and open */
	cal_school_day(&shipped, &zuid, D(2027, 3, 10), &day);
	assert_int_equal(day.status, CAL_OPEN);
	/* a year with no data at all is unknown, never open */
	cal_school_day(&shipped, &zuid, D(2029, 11, 14), &day);
	assert_int_equal(day.status, CAL_UNKNOWN);
	assert_non_null(strstr(day.reason, "unknown for 2029-2030: run zio holidays import"));
	first = cal_first_unknown(&shipped, &zuid, D(2026, 11, 23), 365);
	assert_int_equal(date_cmp(first, D(2027, 4, 12)), 0);
	first = cal_first_unknown(&shipped, &zuid, D(2024, 11, 1), 100);
	assert_int_equal(first.y, 0);
}

static void test_study_morning_and_days(void **state)
{
	struct closure c[] = {
		{ 1, 1, { 2026, 11, 26 }, { 2026, 11, 26 }, 8 * 60 + 30, 12 * 60, "studieochtend" },
		{ 2, 1, { 2026, 11, 25 }, { 2026, 11, 25 }, -1, -1, "studiedag: teamtraining" },
		{ 3, 1, { 2026, 12, 2 }, { 2026, 12, 3 }, 8 * 60, 16 * 60, "verbouwing" },
	};
	struct cal_school s = school_in(REGION_ZUID);
	struct cal_day day;
	(void)state;

	s.id = 1;
	s.closures = c;
	s.nclosures = 3;
	cal_school_day(&shipped, &s, D(2026, 11, 26), &day);
	assert_int_equal(day.status, CAL_PARTLY);
	assert_int_equal(day.closed_start, 8 * 60 + 30);
	assert_int_equal(day.closed_end, 12 * 60);
	assert_string_equal(day.reason, "studieochtend");
	assert_false(cal_is_school_open(&shipped, &s, D(2026, 11, 26), 9 * 60));
	assert_true(cal_is_school_open(&shipped, &s, D(2026, 11, 26), 12 * 60));
	assert_false(cal_is_school_open(&shipped, &s, D(2026, 11, 26), 15 * 60)); /* after school */
	cal_school_day(&shipped, &s, D(2026, 11, 25), &day);
	assert_int_equal(day.status, CAL_CLOSED);
	assert_string_equal(day.reason, "studiedag: teamtraining");
	cal_school_day(&shipped, &s, D(2026, 12, 3), &day);   /* times cover the whole school day */
	assert_int_equal(day.status, CAL_CLOSED);
	cal_school_day(&shipped, &s, D(2026, 11, 27), &day);
	assert_int_equal(day.status, CAL_OPEN);
}

static void test_school_moves_spring_holiday(void **state)
{
	struct holiday_set hs = { 0 };
	struct holiday_period own = { 2026, HOL_VOORJAAR, REGION_NONE, 7, { 2027, 2, 6 }, { 2027, 2, 14 } };
	struct cal_school s = school_in(REGION_ZUID), other = school_in(REGION_ZUID);
	struct cal_day day;
	struct zio_err err;
	(void)state;

	for (size_t i = 0; i < shipped.n; i++)
		assert_int_equal(holiday_set_put(&hs, &shipped.v[i], &err), ZIO_OK);
	assert_int_equal(holiday_check(&own, &err), ZIO_OK);
	assert_int_equal(holiday_set_put(&hs, &own, &err), ZIO_OK);
	s.id = 7;
	other.id = 8;
	cal_school_day(&hs, &s, D(2027, 2, 8), &day);
	assert_int_equal(day.status, CAL_CLOSED);
	assert_string_equal(day.reason, "voorjaarsvakantie (school's own dates)");
	cal_school_day(&hs, &s, D(2027, 2, 15), &day);          /* the region's week: open here */
	assert_int_equal(day.status, CAL_OPEN);
	cal_school_day(&hs, &other, D(2027, 2, 15), &day);      /* but closed at the other school */
	assert_string_equal(day.reason, "voorjaarsvakantie (zuid)");
	cal_school_day(&hs, &other, D(2027, 2, 8), &day);
	assert_int_equal(day.status, CAL_OPEN);
	holiday_set_free(&hs);
}

static void test_holiday_checks(void **state)
{
	struct holiday_period p = { 2026, HOL_HERFST, REGION_ZUID, 0, { 2026, 10, 17 }, { 2026, 10, 25 } };
	struct zio_err err;
	(void)state;

	assert_int_equal(holiday_check(&p, &err), ZIO_OK);
	p.to = D(2026, 10, 10);
	assert_int_equal(holiday_check(&p, &err), ZIO_EUSAGE);
	p.to = D(2026, 10, 25);
	p.from = D(2026, 9, 20);  /* too early for an autumn holiday */
	assert_int_equal(holiday_check(&p, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "herfstvakantie 2026-2027 must lie between"));
}

static char *write_tmp(const char *text)
{
	static char path[64];
	FILE *f;
	int fd;

	snprintf(path, sizeof path, "/tmp/zio-cal-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	fputs(text, f);
	fclose(f);
	return path;
}

static void test_malformed_files(void **state)
{
	static const struct { const char *text; int line; const char *what; } cases[] = {
		{ "[2029-2030 herfstvakantie]\nnoord = 2029-10-13..2029-10-21\nzuid = 2029-02-30..2029-10-28\n", 3,
		  "2029-02-30" },
		{ "; comment\n[2029-2030 herfstvakantie]\nwest = 2029-10-13..2029-10-21\n", 3, "west" },
		{ "[2029-2030 lentevakantie]\nnoord = 2029-10-13..2029-10-21\n", 1, "unknown section" },
		{ "[2029-2030 herfstvakantie]\nnoord = 2029-10-13\n", 2, "FIRST..LAST" },
		{ "[2029-2030 herfstvakantie]\nnoord = 2029-10-13..2029-10-21\n[broken\n", 3, "syntax" },
		{ "[2029-2030 herfstvakantie]\nnoord = 2030-03-01..2030-03-09\n", 2, "must lie between" },
	};
	(void)state;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct holiday_set hs = { 0 };
		struct zio_err err;
		char *path = write_tmp(cases[i].text), want[96];

		assert_int_equal(holidays_ini_read(path, &hs, &err), ZIO_EUSAGE);
		snprintf(want, sizeof want, "%s:%d: ", path, cases[i].line);
		assert_true(strncmp(err.msg, want, strlen(want)) == 0);
		assert_non_null(strstr(err.msg, cases[i].what));
		holiday_set_free(&hs);
		unlink(path);
	}
}

static void test_closure_checks(void **state)
{
	struct closure c = { 0, 1, { 2026, 11, 25 }, { 2026, 11, 25 }, -1, -1, "studiedag" };
	struct zio_err err;
	(void)state;

	assert_int_equal(closure_check(&c, &err), ZIO_OK);
	c.start = 12 * 60;
	assert_int_equal(closure_check(&c, &err), ZIO_EUSAGE);  /* start without end */
	c.end = 11 * 60;
	assert_int_equal(closure_check(&c, &err), ZIO_EUSAGE);  /* end before start */
	c.start = c.end = -1;
	c.to = D(2026, 11, 24);
	assert_int_equal(closure_check(&c, &err), ZIO_EUSAGE);
	c.to = c.from;
	c.reason[0] = '\0';
	assert_int_equal(closure_check(&c, &err), ZIO_EUSAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_file_complete),
		cmocka_unit_test(test_every_shipped_date_closed),
		cmocka_unit_test(test_public_holidays_close),
		cmocka_unit_test(test_missing_holidays_unknown),
		cmocka_unit_test(test_study_morning_and_days),
		cmocka_unit_test(test_school_moves_spring_holiday),
		cmocka_unit_test(test_holiday_checks),
		cmocka_unit_test(test_malformed_files),
		cmocka_unit_test(test_closure_checks),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
