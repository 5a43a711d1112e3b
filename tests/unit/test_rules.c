/* The planning rules of src/core/rules.c and the pattern logic of src/core/shift.c: pure,
 * no database. Every finding a single shift can get, the week rules of a class and of a
 * professional, and when a (fortnightly) pattern applies across a 53-week year. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zio/rules.h"
#include "zio/shift.h"

#define T(h, m) ((h) * 60 + (m))

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

/* Zoë works 24 hours a week from 2026-08-01 to 2027-07-31. */
static struct professional zoe(void)
{
	struct professional p = { 0 };

	p.id = 7;
	p.provider_id = 1;
	snprintf(p.name, sizeof p.name, "Zoë de Vries");
	p.contract_minutes = 24 * 60;
	p.active_from = D(2026, 8, 1);
	p.active_to = D(2027, 7, 31);
	return p;
}

static struct shift shift_at(struct date d, int start, int end)
{
	struct shift s = { 0 };

	s.professional_id = 7;
	s.class_id = 3;
	s.school_id = 1;
	s.date = d;
	s.start = start;
	s.end = end;
	snprintf(s.professional_name, sizeof s.professional_name, "Zoë de Vries");
	snprintf(s.class_name, sizeof s.class_name, "SO Egels");
	snprintf(s.school_name, sizeof s.school_name, "De Wilgenhoek");
	return s;
}

static struct cal_day open_day(void)
{
	struct cal_day day = { 0 };

	day.status = CAL_OPEN;
	return day;
}

/* Facts under which a shift of Zoë's on an open day in her own class finds nothing. */
static struct shift_facts clean_facts(const struct professional *p, const struct cal_day *day)
{
	struct shift_facts f = { 0 };

	f.pro = p;
	f.day = day;
	f.day_start = T(8, 30);
	f.day_end = T(15, 0);
	f.fixed_member = true;
	f.week_minutes = -1;
	return f;
}

/* Judge s and expect exactly the codes given (in order), nothing else. */
static void expect_codes(const struct shift *s, const struct shift_facts *f, struct findings *out,
			 const enum rule_code *want, size_t nwant)
{
	memset(out, 0, sizeof *out);
	assert_int_equal(rule_check_shift(s, f, out), ZIO_OK);
	if (out->n != nwant) {
		for (size_t i = 0; i < out->n; i++)
			print_message("finding %zu: %s: %s\n", i, rule_code_name(out->v[i].code), out->v[i].msg);
		fail_msg("%zu findings, want %zu", out->n, nwant);
	}
	for (size_t i = 0; i < nwant; i++)
		if (out->v[i].code != want[i])
			fail_msg("finding %zu is %s, want %s (%s)", i, rule_code_name(out->v[i].code),
				 rule_code_name(want[i]), out->v[i].msg);
}

static void expect_one(const struct shift *s, const struct shift_facts *f, struct findings *out,
		       enum rule_code want)
{
	expect_codes(s, f, out, &want, 1);
}

static void expect_none(const struct shift *s, const struct shift_facts *f)
{
	struct findings out;

	expect_codes(s, f, &out, NULL, 0);
	assert_int_equal(out.errors, 0);
	assert_false(findings_has_error(&out));
	findings_free(&out);
}

static void assert_contains(const char *msg, const char *want)
{
	if (!strstr(msg, want))
		fail_msg("message '%s' lacks '%s'", msg, want);
}

/* The message names who, where and when, and is one line. */
static void assert_names_shift(const char *msg, const char *date, const char *times)
{
	assert_contains(msg, "Zoë de Vries");
	assert_contains(msg, "SO Egels");
	assert_contains(msg, date);
	assert_contains(msg, times);
	assert_null(strchr(msg, '\n'));
}

static void test_times_overlap_edges(void **state)
{
	(void)state;
	/* touching ends do not overlap, either way round */
	assert_false(rule_times_overlap(T(8, 30), T(12, 0), T(12, 0), T(15, 0)));
	assert_false(rule_times_overlap(T(12, 0), T(15, 0), T(8, 30), T(12, 0)));
	/* one minute more does */
	assert_true(rule_times_overlap(T(8, 30), T(12, 0), T(11, 59), T(15, 0)));
	assert_true(rule_times_overlap(T(11, 59), T(15, 0), T(8, 30), T(12, 0)));
	assert_true(rule_times_overlap(T(8, 30), T(12, 1), T(12, 0), T(15, 0)));
	/* containment and equality */
	assert_true(rule_times_overlap(T(8, 30), T(15, 0), T(10, 0), T(11, 0)));
	assert_true(rule_times_overlap(T(10, 0), T(11, 0), T(8, 30), T(15, 0)));
	assert_true(rule_times_overlap(T(9, 0), T(10, 0), T(9, 0), T(10, 0)));
	/* apart */
	assert_false(rule_times_overlap(T(8, 0), T(9, 0), T(13, 0), T(14, 0)));
	assert_false(rule_times_overlap(T(13, 0), T(14, 0), T(8, 0), T(9, 0)));
}

static void test_codes_and_severities(void **state)
{
	static const struct { enum rule_code c; const char *name; enum rule_severity sev; } want[] = {
		{ RULE_TIME_ORDER, "time-order", RULE_ERROR },
		{ RULE_OVERLAP, "overlap", RULE_ERROR },
		{ RULE_INACTIVE, "inactive", RULE_ERROR },
		{ RULE_CLOSED_DAY, "closed-day", RULE_WARNING },
		{ RULE_UNKNOWN_DAY, "unknown-day", RULE_WARNING },
		{ RULE_OUTSIDE_DAY, "outside-school-day", RULE_WARNING },
		{ RULE_NOT_FIXED, "not-fixed-team", RULE_WARNING },
		{ RULE_OVER_CONTRACT, "over-contract", RULE_WARNING },
		{ RULE_BUDGET, "budget", RULE_WARNING },
		{ RULE_FACES, "faces", RULE_WARNING },
		{ RULE_FUTURE, "future", RULE_ERROR },
		{ RULE_LOGGED, "logged", RULE_WARNING },
	};
	(void)state;

	assert_int_equal(sizeof want / sizeof want[0], RULE_COUNT);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		assert_string_equal(rule_code_name(want[i].c), want[i].name);
		assert_int_equal(rule_severity_of(want[i].c), want[i].sev);
	}
	/* out of range: no name, and never taken lightly */
	assert_string_equal(rule_code_name(RULE_COUNT), "");
	assert_int_equal(rule_severity_of(RULE_COUNT), RULE_ERROR);
}

/* Every rule has words for people, not its code, and no two rules share them. */
static void test_code_labels(void **state)
{
	(void)state;

	assert_string_equal(rule_code_label(RULE_NOT_FIXED), "by someone outside the class's fixed team");
	for (int i = 0; i < RULE_COUNT; i++) {
		const char *l = rule_code_label(i);
		assert_non_null(l);
		assert_true(strlen(l) > 5);
		assert_string_not_equal(l, rule_code_name(i));
		assert_null(strchr(l, '%'));   /* it is an argument, never a format */
		for (int j = 0; j < i; j++)
			assert_string_not_equal(l, rule_code_label(j));
	}
	assert_string_equal(rule_code_label(RULE_COUNT), "");
}

static void test_findings_add(void **state)
{
	struct findings f = { 0 };
	struct shift s = shift_at(D(2026, 11, 24), T(8, 30), T(12, 0));
	(void)state;

	s.id = 42;
	/* grows past its first allocation and counts errors only */
	for (int i = 0; i < 40; i++)
		assert_int_equal(findings_add(&f, i % 2 ? RULE_OVERLAP : RULE_NOT_FIXED, &s, "n %d", i), ZIO_OK);
	assert_int_equal(f.n, 40);
	assert_int_equal(f.errors, 20);
	assert_true(findings_has_error(&f));
	assert_string_equal(f.v[39].msg, "n 39");
	assert_int_equal(f.v[39].shift_id, 42);
	assert_int_equal(f.v[39].class_id, 3);
	assert_int_equal(f.v[39].professional_id, 7);
	assert_int_equal(date_cmp(f.v[39].date, D(2026, 11, 24)), 0);
	/* without a shift: no ids */
	assert_int_equal(findings_add(&f, RULE_BUDGET, NULL, "week"), ZIO_OK);
	assert_int_equal(f.v[40].shift_id, 0);
	assert_int_equal(f.v[40].date.y, 0);
	findings_free(&f);
	assert_int_equal(f.n, 0);
	assert_null(f.v);
	assert_false(findings_has_error(&f));
}

static void test_clean_shift(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(10, 0), T(11, 30));
	(void)state;

	expect_none(&s, &f);
	/* the whole school day, to the minute, is inside it */
	s.start = T(8, 30);
	s.end = T(15, 0);
	expect_none(&s, &f);
}

static void test_time_order(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(12, 0), T(12, 0));
	struct findings out;
	(void)state;

	/* with nothing else wrong, an empty shift gets time-order alone */
	expect_one(&s, &f, &out, RULE_TIME_ORDER);
	assert_int_equal(out.errors, 1);
	assert_names_shift(out.v[0].msg, "2026-11-24", "12:00-12:00");
	assert_contains(out.v[0].msg, "end is not after the start");
	findings_free(&out);
	s.start = T(13, 0);
	expect_one(&s, &f, &out, RULE_TIME_ORDER);
	assert_names_shift(out.v[0].msg, "2026-11-24", "13:00-12:00");
	findings_free(&out);
	s.start = -5;
	expect_one(&s, &f, &out, RULE_TIME_ORDER);
	findings_free(&out);
	s.start = T(22, 0);
	s.end = 1440;   /* past 23:59: a shift never crosses midnight */
	expect_one(&s, &f, &out, RULE_TIME_ORDER);
	findings_free(&out);
}

static void test_overlap_names_other(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(8, 30), T(12, 0));
	struct shift others[3];
	struct findings out;
	(void)state;

	/* the same shift as stored (same id), one touching it at another school, one cancelled */
	others[0] = s;
	others[0].id = 5;
	others[1] = shift_at(D(2026, 11, 24), T(12, 0), T(15, 0));
	others[1].id = 6;
	snprintf(others[1].class_name, sizeof others[1].class_name, "VSO Dolfijnen");
	snprintf(others[1].school_name, sizeof others[1].school_name, "Het Baken");
	others[2] = shift_at(D(2026, 11, 24), T(9, 0), T(10, 0));
	others[2].id = 8;
	others[2].status = SHIFT_CANCELLED;
	s.id = 5;
	f.others = others;
	f.nothers = 3;
	expect_none(&s, &f);

	/* the other school's shift moves to 11:59: an overlap naming its class and school */
	others[1].start = T(11, 59);
	expect_one(&s, &f, &out, RULE_OVERLAP);
	assert_int_equal(rule_severity_of(out.v[0].code), RULE_ERROR);
	assert_int_equal(out.errors, 1);
	assert_true(findings_has_error(&out));
	assert_int_equal(out.v[0].shift_id, 5);
	assert_int_equal(out.v[0].professional_id, 7);
	assert_names_shift(out.v[0].msg, "2026-11-24", "08:30-12:00");
	assert_contains(out.v[0].msg, "11:59-15:00");
	assert_contains(out.v[0].msg, "VSO Dolfijnen");
	assert_contains(out.v[0].msg, "Het Baken");
	findings_free(&out);

	/* a new shift (id 0) is judged against every planned one, its twin included */
	s.id = 0;
	expect_codes(&s, &f, &out, (const enum rule_code[]){ RULE_OVERLAP, RULE_OVERLAP }, 2);
	assert_int_equal(out.errors, 2);
	findings_free(&out);
}

static void test_inactive(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s;
	struct findings out;
	(void)state;

	/* the first and the last active day are fine */
	s = shift_at(D(2026, 8, 1), T(9, 0), T(12, 0));
	expect_none(&s, &f);
	s = shift_at(D(2027, 7, 31), T(9, 0), T(12, 0));
	expect_none(&s, &f);

	s = shift_at(D(2026, 7, 31), T(9, 0), T(12, 0));
	expect_one(&s, &f, &out, RULE_INACTIVE);
	assert_int_equal(out.errors, 1);
	assert_names_shift(out.v[0].msg, "2026-07-31", "09:00-12:00");
	assert_contains(out.v[0].msg, "not active");
	findings_free(&out);

	s = shift_at(D(2027, 8, 1), T(9, 0), T(12, 0));
	expect_one(&s, &f, &out, RULE_INACTIVE);
	assert_names_shift(out.v[0].msg, "2027-08-01", "09:00-12:00");
	findings_free(&out);

	/* open-ended on either side */
	p.active_from = (struct date){ 0, 0, 0 };
	s = shift_at(D(2020, 1, 6), T(9, 0), T(12, 0));
	expect_none(&s, &f);
	p.active_to = (struct date){ 0, 0, 0 };
	s = shift_at(D(2030, 1, 7), T(9, 0), T(12, 0));
	expect_none(&s, &f);
}

static void test_closed_and_unknown_days(void **state)
{
	struct professional p = zoe();
	struct cal_day day = { 0 };
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 10, 19), T(8, 30), T(12, 0));
	struct findings out;
	(void)state;

	day.status = CAL_CLOSED;
	snprintf(day.reason, sizeof day.reason, "herfstvakantie (zuid)");
	expect_one(&s, &f, &out, RULE_CLOSED_DAY);
	assert_int_equal(out.errors, 0);    /* a warning: made, shown */
	assert_names_shift(out.v[0].msg, "2026-10-19", "08:30-12:00");
	assert_contains(out.v[0].msg, "herfstvakantie (zuid)");
	findings_free(&out);

	day.status = CAL_UNKNOWN;
	snprintf(day.reason, sizeof day.reason, "meivakantie 2026-2027 (zuid) not known: run zio holidays import");
	s = shift_at(D(2027, 5, 3), T(8, 30), T(12, 0));
	expect_one(&s, &f, &out, RULE_UNKNOWN_DAY);
	assert_int_equal(out.errors, 0);
	assert_names_shift(out.v[0].msg, "2027-05-03", "08:30-12:00");
	assert_contains(out.v[0].msg, "meivakantie 2026-2027");
	findings_free(&out);
}

static void test_partly_closed_day(void **state)
{
	struct professional p = zoe();
	struct cal_day day = { 0 };
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 11), T(8, 30), T(12, 0));
	struct findings out;
	(void)state;

	day.status = CAL_PARTLY;
	day.closed_start = T(12, 0);
	day.closed_end = T(15, 0);
	snprintf(day.reason, sizeof day.reason, "studiemiddag");
	/* the open morning, up to the closure */
	expect_none(&s, &f);
	/* into the closure */
	s.end = T(12, 1);
	expect_one(&s, &f, &out, RULE_CLOSED_DAY);
	assert_names_shift(out.v[0].msg, "2026-11-11", "08:30-12:01");
	assert_contains(out.v[0].msg, "12:00-15:00");
	assert_contains(out.v[0].msg, "studiemiddag");
	findings_free(&out);
	s.start = T(13, 0);
	s.end = T(14, 0);
	expect_one(&s, &f, &out, RULE_CLOSED_DAY);
	findings_free(&out);
}

static void test_outside_school_day(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(8, 0), T(12, 0));
	struct findings out;
	(void)state;

	expect_one(&s, &f, &out, RULE_OUTSIDE_DAY);
	assert_int_equal(out.errors, 0);
	assert_names_shift(out.v[0].msg, "2026-11-24", "08:00-12:00");
	assert_contains(out.v[0].msg, "08:30-15:00");
	findings_free(&out);
	s = shift_at(D(2026, 11, 24), T(12, 0), T(15, 1));
	expect_one(&s, &f, &out, RULE_OUTSIDE_DAY);
	findings_free(&out);
	/* no school day known: not judged */
	f.day_start = f.day_end = 0;
	expect_none(&s, &f);
}

static void test_not_fixed_team(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(8, 30), T(12, 0));
	struct findings out;
	(void)state;

	f.fixed_member = false;
	expect_one(&s, &f, &out, RULE_NOT_FIXED);
	assert_int_equal(out.errors, 0);
	assert_names_shift(out.v[0].msg, "2026-11-24", "08:30-12:00");
	assert_contains(out.v[0].msg, "fixed team");
	findings_free(&out);
}

static void test_over_contract(void **state)
{
	struct professional p = zoe();
	struct cal_day day = open_day();
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2026, 11, 24), T(8, 30), T(12, 0));  /* 3.5 h */
	struct findings out;
	(void)state;

	/* -1: not judged here, however much */
	f.week_minutes = -1;
	expect_none(&s, &f);
	/* exactly the contract is fine */
	f.week_minutes = 24 * 60 - 210;
	expect_none(&s, &f);
	/* one minute more is not */
	f.week_minutes = 24 * 60 - 209;
	expect_one(&s, &f, &out, RULE_OVER_CONTRACT);
	assert_int_equal(out.errors, 0);
	assert_names_shift(out.v[0].msg, "2026-11-24", "08:30-12:00");
	assert_contains(out.v[0].msg, "24.02");      /* 24 h 1 min in hours */
	assert_contains(out.v[0].msg, "2026-W48");
	assert_contains(out.v[0].msg, "contract 24.00");
	findings_free(&out);
	/* no contract hours: never over */
	p.contract_minutes = 0;
	f.week_minutes = 60 * 60;
	expect_none(&s, &f);
	/* without a professional at hand there is nothing to judge it by */
	p.contract_minutes = 60;
	f.pro = NULL;
	expect_none(&s, &f);
}

/* Everything wrong at once: every finding is listed, errors counted. */
static void test_all_findings_at_once(void **state)
{
	struct professional p = zoe();
	struct cal_day day = { 0 };
	struct shift_facts f = clean_facts(&p, &day);
	struct shift s = shift_at(D(2027, 8, 2), T(7, 0), T(12, 0));
	struct shift other = shift_at(D(2027, 8, 2), T(11, 0), T(13, 0));
	struct findings out;
	static const enum rule_code want[] = {
		RULE_OVERLAP, RULE_INACTIVE, RULE_CLOSED_DAY, RULE_OUTSIDE_DAY, RULE_NOT_FIXED, RULE_OVER_CONTRACT,
	};
	(void)state;

	other.id = 9;
	day.status = CAL_CLOSED;
	snprintf(day.reason, sizeof day.reason, "zomervakantie (zuid)");
	f.others = &other;
	f.nothers = 1;
	f.fixed_member = false;
	f.week_minutes = 24 * 60;
	expect_codes(&s, &f, &out, want, sizeof want / sizeof want[0]);
	assert_int_equal(out.errors, 2);
	findings_free(&out);
}

static void test_staff_week(void **state)
{
	struct professional p = zoe();
	struct isoweek w = { 2026, 53 };
	struct findings out = { 0 };
	(void)state;

	assert_int_equal(rule_check_staff_week(&p, w, 24 * 60, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
	assert_int_equal(rule_check_staff_week(&p, w, 24 * 60 + 30, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	assert_int_equal(out.v[0].code, RULE_OVER_CONTRACT);
	assert_int_equal(out.v[0].professional_id, 7);
	assert_int_equal(date_cmp(out.v[0].date, D(2026, 12, 28)), 0);   /* the Monday of 2026-W53 */
	assert_contains(out.v[0].msg, "Zoë de Vries");
	assert_contains(out.v[0].msg, "24.50");
	assert_contains(out.v[0].msg, "2026-W53");
	assert_contains(out.v[0].msg, "contract 24.00");
	assert_int_equal(out.errors, 0);
	p.contract_minutes = 0;
	assert_int_equal(rule_check_staff_week(&p, w, 50 * 60, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	findings_free(&out);
}

static void test_class_week_pro_rata(void **state)
{
	struct class k = { 0 };
	struct class_week w = { 0 };
	struct findings out = { 0 };
	(void)state;

	k.id = 3;
	k.school_id = 1;
	snprintf(k.name, sizeof k.name, "SO Egels");
	snprintf(k.school_name, sizeof k.school_name, "De Wilgenhoek");
	k.budget_minutes = 20 * 60;
	w.klass = &k;
	w.week = (struct isoweek){ 2026, 47 };
	w.open_share = 0.6;     /* two closed days: a budget of 12 hours */
	w.faces = 3;

	w.planned_minutes = 12 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
	/* within the 10% margin of 12 h: 10.8 .. 13.2 h */
	w.planned_minutes = 13 * 60 + 12;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	w.planned_minutes = 10 * 60 + 48;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 0);

	w.planned_minutes = 14 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	assert_int_equal(out.v[0].code, RULE_BUDGET);
	assert_int_equal(out.v[0].class_id, 3);
	assert_int_equal(date_cmp(out.v[0].date, D(2026, 11, 16)), 0);
	assert_int_equal(out.errors, 0);
	assert_contains(out.v[0].msg, "SO Egels");
	assert_contains(out.v[0].msg, "De Wilgenhoek");
	assert_contains(out.v[0].msg, "2026-W47");
	assert_contains(out.v[0].msg, "14.00 hours planned");
	assert_contains(out.v[0].msg, "budget 12.00");
	assert_contains(out.v[0].msg, "10%");
	findings_free(&out);

	/* below the margin is worth a look too */
	w.planned_minutes = 10 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	assert_int_equal(out.v[0].code, RULE_BUDGET);
	assert_contains(out.v[0].msg, "10.00 hours planned");
	findings_free(&out);

	/* a whole open week: the full 20 hours */
	w.open_share = 1.0;
	w.planned_minutes = 20 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
	w.planned_minutes = 12 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	assert_contains(out.v[0].msg, "budget 20.00");
	findings_free(&out);

	/* a closed week has no budget to be above or below */
	w.open_share = 0;
	w.planned_minutes = 0;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
}

static void test_class_week_faces(void **state)
{
	struct class k = { 0 };
	struct class_week w = { 0 };
	struct findings out = { 0 };
	(void)state;

	k.id = 3;
	snprintf(k.name, sizeof k.name, "SO Egels");
	snprintf(k.school_name, sizeof k.school_name, "De Wilgenhoek");
	k.budget_minutes = 20 * 60;
	w.klass = &k;
	w.week = (struct isoweek){ 2027, 5 };
	w.open_share = 1.0;
	w.planned_minutes = 20 * 60;

	w.faces = 3;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
	w.faces = 4;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 1);
	assert_int_equal(out.v[0].code, RULE_FACES);
	assert_contains(out.v[0].msg, "SO Egels");
	assert_contains(out.v[0].msg, "2027-W05");
	assert_contains(out.v[0].msg, "4 different professionals, at most 3");
	findings_free(&out);
	/* 0: no limit */
	w.faces = 12;
	assert_int_equal(rule_check_class_week(&w, 10, 0, &out), ZIO_OK);
	assert_int_equal(out.n, 0);
	/* over budget and too many faces: both */
	w.planned_minutes = 30 * 60;
	assert_int_equal(rule_check_class_week(&w, 10, 3, &out), ZIO_OK);
	assert_int_equal(out.n, 2);
	assert_int_equal(out.v[0].code, RULE_BUDGET);
	assert_int_equal(out.v[1].code, RULE_FACES);
	findings_free(&out);
}

static struct pattern pattern_on(int weekday)
{
	struct pattern p = { 0 };

	p.id = 1;
	p.professional_id = 7;
	p.class_id = 3;
	p.weekday = weekday;
	p.start = T(8, 30);
	p.end = T(12, 0);
	p.every = 1;
	return p;
}

static void test_pattern_weekday_and_validity(void **state)
{
	struct pattern p = pattern_on(3);   /* Wednesdays */
	(void)state;

	assert_true(pattern_applies(&p, D(2026, 11, 25)));
	assert_false(pattern_applies(&p, D(2026, 11, 24)));
	assert_false(pattern_applies(&p, D(2026, 11, 26)));
	assert_true(pattern_applies(&p, D(1999, 12, 29)));    /* open-ended both ways */
	assert_true(pattern_applies(&p, D(2040, 1, 4)));

	p.valid_from = D(2026, 11, 25);
	p.valid_to = D(2026, 12, 9);
	assert_false(pattern_applies(&p, D(2026, 11, 18)));
	assert_true(pattern_applies(&p, D(2026, 11, 25)));    /* both ends inclusive */
	assert_true(pattern_applies(&p, D(2026, 12, 2)));
	assert_true(pattern_applies(&p, D(2026, 12, 9)));
	assert_false(pattern_applies(&p, D(2026, 12, 16)));

	p.weekday = 7;
	p.valid_from = p.valid_to = (struct date){ 0, 0, 0 };
	assert_true(pattern_applies(&p, D(2026, 11, 29)));
	assert_false(pattern_applies(&p, D(2026, 11, 30)));
}

/* Every other week across new year: 2026 has 53 ISO weeks, so counting week numbers
 * (odd/even) would put W53 and 2027-W01 in the same half. */
static void test_pattern_ab_weeks_53(void **state)
{
	struct pattern p = pattern_on(1);
	struct isoweek w52 = { 2026, 52 };
	(void)state;

	assert_int_equal(date_weeks_in_year(2026), 53);
	p.every = 2;
	p.anchor = date_from_isoweek(w52, 1);
	assert_int_equal(date_cmp(p.anchor, D(2026, 12, 21)), 0);

	assert_true(pattern_applies(&p, D(2026, 12, 21)));    /* 2026-W52 */
	assert_false(pattern_applies(&p, D(2026, 12, 28)));   /* 2026-W53 */
	assert_true(pattern_applies(&p, D(2027, 1, 4)));      /* 2027-W01 */
	assert_false(pattern_applies(&p, D(2027, 1, 11)));    /* 2027-W02 */
	assert_true(pattern_applies(&p, D(2027, 1, 18)));     /* 2027-W03 */
	/* the pattern starts with its start week: nothing before it */
	assert_false(pattern_applies(&p, D(2026, 12, 14)));   /* W51 */
	assert_false(pattern_applies(&p, D(2026, 12, 7)));    /* W50 */
	assert_false(pattern_applies(&p, D(2026, 11, 30)));  /* W49 */
	/* a Tuesday of an A week is still not a Monday */
	assert_false(pattern_applies(&p, D(2027, 1, 5)));
	/* walk a year: every other Monday, 27 of the 53 weeks from the anchor on */
	{
		int n = 0;
		for (int i = 0; i < 53; i++)
			n += pattern_applies(&p, date_add_days(p.anchor, 7L * i));
		assert_int_equal(n, 27);
	}

	/* an anchor given as another day of its week means that week */
	p.anchor = D(2026, 12, 24);
	assert_true(pattern_applies(&p, D(2026, 12, 21)));
	assert_false(pattern_applies(&p, D(2026, 12, 28)));
	assert_true(pattern_applies(&p, D(2027, 1, 4)));

	/* a Friday pattern anchored in W53 */
	p = pattern_on(5);
	p.every = 2;
	p.anchor = date_from_isoweek((struct isoweek){ 2026, 53 }, 1);
	assert_true(pattern_applies(&p, D(2027, 1, 1)));      /* Friday of 2026-W53 */
	assert_false(pattern_applies(&p, D(2027, 1, 8)));     /* 2027-W01 */
	assert_true(pattern_applies(&p, D(2027, 1, 15)));     /* 2027-W02 */
	assert_false(pattern_applies(&p, D(2026, 12, 25)));   /* 2026-W52 */
}

static void test_pattern_check(void **state)
{
	struct pattern p = pattern_on(1);
	struct zio_err err;
	(void)state;

	assert_int_equal(pattern_check(&p, &err), ZIO_OK);
	p.weekday = 0;
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "weekday"));
	p.weekday = 8;
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);
	p.weekday = 7;
	assert_int_equal(pattern_check(&p, &err), ZIO_OK);

	p.end = p.start;
	assert_int_equal(pattern_check(&p, &err), ZIO_ERULE);
	assert_non_null(strstr(err.msg, "08:30"));
	p.end = T(8, 0);
	assert_int_equal(pattern_check(&p, &err), ZIO_ERULE);
	p.end = 1440;
	assert_int_equal(pattern_check(&p, &err), ZIO_ERULE);
	p.start = -1;
	p.end = T(9, 0);
	assert_int_equal(pattern_check(&p, &err), ZIO_ERULE);
	p.start = T(8, 30);
	p.end = 1439;
	assert_int_equal(pattern_check(&p, &err), ZIO_OK);

	p.valid_from = D(2026, 9, 1);
	p.valid_to = D(2026, 8, 31);
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "ends before it starts"));
	p.valid_to = p.valid_from;   /* one day is fine */
	assert_int_equal(pattern_check(&p, &err), ZIO_OK);

	p.every = 0;
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);
	p.every = 3;
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "every"));
	p.every = 2;
	assert_int_equal(pattern_check(&p, &err), ZIO_EUSAGE);   /* no anchor week */
	assert_non_null(strstr(err.msg, "week"));
	p.anchor = D(2026, 9, 7);
	assert_int_equal(pattern_check(&p, &err), ZIO_OK);
	/* err may be NULL */
	p.weekday = 9;
	assert_int_equal(pattern_check(&p, NULL), ZIO_EUSAGE);
}

static void test_shift_values(void **state)
{
	struct shift s = shift_at(D(2026, 11, 24), T(8, 30), T(12, 15));
	(void)state;

	assert_int_equal(shift_minutes(&s), 225);
	assert_string_equal(shift_status_name(SHIFT_PLANNED), "planned");
	assert_string_equal(shift_status_name(SHIFT_CANCELLED), "cancelled");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_times_overlap_edges),
		cmocka_unit_test(test_codes_and_severities),
		cmocka_unit_test(test_code_labels),
		cmocka_unit_test(test_findings_add),
		cmocka_unit_test(test_clean_shift),
		cmocka_unit_test(test_time_order),
		cmocka_unit_test(test_overlap_names_other),
		cmocka_unit_test(test_inactive),
		cmocka_unit_test(test_closed_and_unknown_days),
		cmocka_unit_test(test_partly_closed_day),
		cmocka_unit_test(test_outside_school_day),
		cmocka_unit_test(test_not_fixed_team),
		cmocka_unit_test(test_over_contract),
		cmocka_unit_test(test_all_findings_at_once),
		cmocka_unit_test(test_staff_week),
		cmocka_unit_test(test_class_week_pro_rata),
		cmocka_unit_test(test_class_week_faces),
		cmocka_unit_test(test_pattern_weekday_and_validity),
		cmocka_unit_test(test_pattern_ab_weeks_53),
		cmocka_unit_test(test_pattern_check),
		cmocka_unit_test(test_shift_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
