/* Planning under the rules (src/app/plan.c) on a real database: filling weeks from patterns
 * around holidays, study days and the unknown May of 2026-2027, copying and clearing weeks,
 * adding and changing shifts, and checking a period. Every test builds a small roster in its
 * own temporary database under /tmp, removed afterwards. The shipped holiday file is read
 * through ZIO_DATADIR (make check-unit sets it; run from the source tree it defaults to share). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <ftw.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/calendar.h"
#include "zio/calstore.h"
#include "zio/config.h"
#include "zio/plan.h"
#include "zio/roster.h"
#include "zio/rules.h"
#include "zio/shift.h"
#include "zio/store.h"

#define T(h, m) ((h) * 60 + (m))

struct fixture {
	char dir[64];
	char path[128];
	struct store *st;
	struct config cfg;
	struct planner pl;
	bool pl_open;
	/* the roster */
	int64_t wilgenhoek, baken;     /* schools, both region zuid, 08:30-15:00 */
	int64_t emb;                   /* target group, 20 hours a week */
	int64_t egels, dolfijnen;      /* SO Egels at De Wilgenhoek, VSO Dolfijnen at Het Baken */
	int64_t provider;
	int64_t anna, bram, chris;     /* see setup */
};

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

/* Fail with the message unless rc is ZIO_OK. */
static void ok(int rc, const struct zio_err *err)
{
	if (rc != ZIO_OK)
		fail_msg("status %d: %s", rc, err->msg);
}

static void assert_contains(const char *msg, const char *want)
{
	if (!strstr(msg, want))
		fail_msg("message '%s' lacks '%s'", msg, want);
}

static void print_findings(const struct findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		print_message("  finding %zu: %s: %s\n", i, rule_code_name(f->v[i].code), f->v[i].msg);
}

static size_t count_code(const struct findings *f, enum rule_code c)
{
	size_t n = 0;

	for (size_t i = 0; i < f->n; i++)
		n += f->v[i].code == c;
	return n;
}

static const struct finding *find_code_or_null(const struct findings *f, enum rule_code c)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].code == c)
			return &f->v[i];
	return NULL;
}

static const struct finding *find_code(const struct findings *f, enum rule_code c)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->v[i].code == c)
			return &f->v[i];
	print_findings(f);
	fail_msg("no %s finding", rule_code_name(c));
	return NULL;
}

/* Exactly these codes, in this order. */
static void expect_codes(const struct findings *f, const enum rule_code *want, size_t nwant)
{
	bool same = f->n == nwant;

	for (size_t i = 0; same && i < nwant; i++)
		same = f->v[i].code == want[i];
	if (!same) {
		print_findings(f);
		fail_msg("%zu findings, not the %zu expected", f->n, nwant);
	}
}

/* --- building the roster ------------------------------------------------------------------- */

static int64_t add_school(struct store *st, const char *name)
{
	struct school s = { 0 };
	struct zio_err err;

	snprintf(s.name, sizeof s.name, "%s", name);
	s.region = REGION_ZUID;
	s.day_start = T(8, 30);
	s.day_end = T(15, 0);
	ok(store_school_insert(st, &s, &err), &err);
	return s.id;
}

static int64_t add_class(struct store *st, int64_t school, int64_t group, const char *name)
{
	struct class c = { .school_id = school, .group_id = group, .pupils = 9, .weekly_minutes = -1 };
	struct zio_err err;

	snprintf(c.name, sizeof c.name, "%s", name);
	ok(store_class_insert(st, &c, &err), &err);
	return c.id;
}

static int64_t add_staff(struct fixture *f, const char *name, int contract_hours, struct date from,
			 struct date to)
{
	struct professional p = { .provider_id = f->provider, .contract_minutes = contract_hours * 60 };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.discipline, sizeof p.discipline, "begeleider");
	p.active_from = from;
	p.active_to = to;
	ok(store_staff_insert(f->st, &p, &err), &err);
	return p.id;
}

static void add_team(struct fixture *f, int64_t pro, int64_t klass)
{
	struct team_member t = { .professional_id = pro, .class_id = klass };
	struct zio_err err;

	ok(store_team_insert(f->st, &t, &err), &err);
}

static int64_t add_pattern(struct fixture *f, int64_t pro, int64_t klass, int weekday, int start, int end)
{
	struct pattern p = { .professional_id = pro, .class_id = klass, .weekday = weekday, .start = start,
			     .end = end, .every = 1 };
	struct zio_err err;

	ok(store_pattern_insert(f->st, &p, &err), &err);
	assert_true(p.id > 0);
	return p.id;
}

static void add_closure(struct fixture *f, int64_t school, struct date from, struct date to, int start,
			int end, const char *reason)
{
	struct closure c = { .school_id = school, .from = from, .to = to, .start = start, .end = end };
	struct zio_err err;

	snprintf(c.reason, sizeof c.reason, "%s", reason);
	ok(store_closure_insert(f->st, &c, &err), &err);
}

/* Two schools in region zuid with a class each; three professionals of one provider:
 *   Anna Jansen  24 h, active from 2026-08-01, fixed in SO Egels and VSO Dolfijnen;
 *   Bram Peters  16 h, active 2026-08-01 .. 2027-06-30, fixed in SO Egels;
 *   Chris Bakker  8 h, active from 2027-01-01, fixed in VSO Dolfijnen. */
static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct target_group g = { .weekly_minutes = 20 * 60, .wlz_share_bp = 5000 };
	struct provider pr = { .rate_cents = 5850 };
	struct zio_err err;

	if (!f)
		return -1;
	*state = f;
	setenv("ZIO_DATADIR", "share", 0);
	strcpy(f->dir, "/tmp/zio-test-plan.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/zio.db", f->dir);
	if (store_open(f->path, STORE_CREATE, NULL, &f->st, &err) != ZIO_OK) {
		fprintf(stderr, "store_open: %s\n", err.msg);
		return -1;
	}
	config_defaults(&f->cfg);

	f->wilgenhoek = add_school(f->st, "De Wilgenhoek");
	f->baken = add_school(f->st, "Het Baken");
	strcpy(g.name, "EMB");
	ok(store_group_insert(f->st, &g, &err), &err);
	f->emb = g.id;
	f->egels = add_class(f->st, f->wilgenhoek, f->emb, "SO Egels");
	f->dolfijnen = add_class(f->st, f->baken, f->emb, "VSO Dolfijnen");
	strcpy(pr.name, "Zorg Plus");
	ok(store_provider_insert(f->st, &pr, &err), &err);
	f->provider = pr.id;
	f->anna = add_staff(f, "Anna Jansen", 24, D(2026, 8, 1), D(0, 0, 0));
	f->bram = add_staff(f, "Bram Peters", 16, D(2026, 8, 1), D(2027, 6, 30));
	f->chris = add_staff(f, "Chris Bakker", 8, D(2027, 1, 1), D(0, 0, 0));
	add_team(f, f->anna, f->egels);
	add_team(f, f->anna, f->dolfijnen);
	add_team(f, f->bram, f->egels);
	add_team(f, f->chris, f->dolfijnen);
	return 0;
}

/* The planner, opened once the test has made its closures (it caches a school's calendar). */
static struct planner *planner(struct fixture *f)
{
	struct zio_err err;

	if (!f->pl_open) {
		ok(planner_open(&f->pl, f->st, &f->cfg, &err), &err);
		f->pl_open = true;
	}
	return &f->pl;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc = 0;

	if (!f)
		return 0;
	if (f->pl_open)
		planner_close(&f->pl);
	store_close(f->st);
	if (f->dir[0] && strcmp(f->dir, "/tmp/zio-test-plan.XXXXXX") != 0)
		rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return rc;
}

/* --- reading back -------------------------------------------------------------------------- */

/* The shifts of a school (0: any) in [from, to], cancelled ones too when asked; free them. */
static struct shift *shifts_of(struct fixture *f, int64_t school, struct date from, struct date to,
			       bool with_cancelled, size_t *n)
{
	struct shift_filter flt = { .from = from, .to = to, .school_id = school, .with_cancelled = with_cancelled };
	struct shift *v = NULL;
	struct zio_err err;

	ok(store_shift_list(f->st, &flt, &v, n, &err), &err);
	return v;
}

static size_t count_shifts(struct fixture *f, int64_t school, struct date from, struct date to)
{
	size_t n;
	struct shift *v = shifts_of(f, school, from, to, true, &n);

	free(v);
	return n;
}

/* Exactly these counts; the failure names the caller's line. */
#define expect_report(r, ...) expect_report_at(__LINE__, r, __VA_ARGS__)
static void expect_report_at(int line, const struct plan_report *r, int added, int existing, int closed,
			     int trimmed, int unknown, int refused)
{
	if (r->added != added || r->existing != existing || r->closed != closed || r->trimmed != trimmed ||
	    r->unknown != unknown || r->refused != refused) {
		print_findings(&r->findings);
		fail_msg("line %d: report added %d existing %d closed %d trimmed %d unknown %d refused %d; "
			 "want %d %d %d %d %d %d",
			 line, r->added, r->existing, r->closed, r->trimmed, r->unknown, r->refused, added, existing, closed,
			 trimmed, unknown, refused);
	}
}

static void fill(struct fixture *f, int64_t school, struct date from, struct date to, struct plan_report *r)
{
	struct zio_err err;

	memset(r, 0, sizeof *r);
	ok(plan_fill(planner(f), school, from, to, r, &err), &err);
}

static struct shift new_shift(int64_t pro, int64_t klass, struct date d, int start, int end)
{
	struct shift s = { 0 };

	s.professional_id = pro;
	s.class_id = klass;
	s.date = d;
	s.start = start;
	s.end = end;
	return s;
}

/* Add through the rules; must be accepted (warnings are fine). */
static int64_t add_ok(struct fixture *f, int64_t pro, int64_t klass, struct date d, int start, int end)
{
	struct shift s = new_shift(pro, klass, d, start, end);
	struct findings out = { 0 };
	struct zio_err err;

	ok(plan_shift_add(planner(f), &s, &out, &err), &err);
	assert_true(s.id > 0);
	findings_free(&out);
	return s.id;
}

/* --- fill ---------------------------------------------------------------------------------- */

static void test_fill_holiday_week(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;
	size_t n;
	struct shift *v;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));

	/* 2026-W43 is the herfstvakantie of region zuid */
	fill(f, f->wilgenhoek, D(2026, 10, 19), D(2026, 10, 25), &r);
	expect_report(&r, 0, 0, 2, 0, 0, 0);
	assert_int_equal(r.findings.n, 0);
	assert_int_equal(count_shifts(f, 0, D(2026, 10, 19), D(2026, 10, 25)), 0);
	plan_report_free(&r);

	/* the week after is an ordinary week */
	fill(f, f->wilgenhoek, D(2026, 10, 26), D(2026, 11, 1), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	assert_int_equal(r.findings.n, 0);
	plan_report_free(&r);
	v = shifts_of(f, f->wilgenhoek, D(2026, 10, 26), D(2026, 11, 1), false, &n);
	assert_int_equal(n, 2);
	assert_int_equal(v[0].professional_id, f->anna);
	assert_int_equal(date_cmp(v[0].date, D(2026, 10, 26)), 0);
	assert_int_equal(v[0].start, T(8, 30));
	assert_int_equal(v[0].end, T(15, 0));
	assert_int_equal(v[1].professional_id, f->bram);
	assert_int_equal(date_cmp(v[1].date, D(2026, 10, 27)), 0);
	assert_int_equal(v[1].end, T(12, 0));
	for (size_t i = 0; i < n; i++) {
		assert_true(v[i].pattern_id > 0);
		assert_int_equal(date_cmp(v[i].origin, v[i].date), 0);
		assert_false(v[i].edited);
		assert_int_equal(v[i].version, 1);
		assert_int_equal(v[i].status, SHIFT_PLANNED);
	}
	free(v);
}

static void test_fill_study_half_day(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;
	size_t n;
	struct shift *v;
	int64_t full, afternoon;

	/* a study afternoon on Wednesday 2026-11-11 and a study early morning a fortnight later */
	add_closure(f, f->wilgenhoek, D(2026, 11, 11), D(2026, 11, 11), T(12, 0), T(15, 0), "studiemiddag");
	add_closure(f, f->wilgenhoek, D(2026, 11, 25), D(2026, 11, 25), T(8, 30), T(10, 0), "studieochtend");
	full = add_pattern(f, f->anna, f->egels, 3, T(8, 30), T(15, 0));
	afternoon = add_pattern(f, f->bram, f->egels, 3, T(12, 0), T(15, 0));

	fill(f, f->wilgenhoek, D(2026, 11, 9), D(2026, 11, 15), &r);
	/* the afternoon pattern skipped (closed), the full day cut to the morning (trimmed) */
	expect_report(&r, 1, 0, 1, 1, 0, 0);
	assert_int_equal(r.findings.n, 0);   /* the trimmed shift is clear of the closure */
	plan_report_free(&r);
	v = shifts_of(f, f->wilgenhoek, D(2026, 11, 9), D(2026, 11, 15), true, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].pattern_id, full);
	assert_int_equal(v[0].professional_id, f->anna);
	assert_int_equal(date_cmp(v[0].date, D(2026, 11, 11)), 0);
	assert_int_equal(v[0].start, T(8, 30));
	assert_int_equal(v[0].end, T(12, 0));
	free(v);

	/* an ordinary Wednesday: both in full */
	fill(f, f->wilgenhoek, D(2026, 11, 16), D(2026, 11, 22), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	plan_report_free(&r);

	/* closed 08:30-10:00: the full day starts at 10:00, the afternoon is untouched */
	fill(f, f->wilgenhoek, D(2026, 11, 23), D(2026, 11, 29), &r);
	expect_report(&r, 2, 0, 0, 1, 0, 0);
	assert_int_equal(r.findings.n, 0);
	plan_report_free(&r);
	v = shifts_of(f, f->wilgenhoek, D(2026, 11, 25), D(2026, 11, 25), false, &n);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		if (v[i].pattern_id == full) {
			assert_int_equal(v[i].start, T(10, 0));
			assert_int_equal(v[i].end, T(15, 0));
		} else {
			assert_int_equal(v[i].pattern_id, afternoon);
			assert_int_equal(v[i].start, T(12, 0));
			assert_int_equal(v[i].end, T(15, 0));
		}
	}
	free(v);
}

static void test_fill_idempotent(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	plan_report_free(&r);
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), &r);
	expect_report(&r, 0, 2, 0, 0, 0, 0);
	assert_int_equal(r.findings.n, 0);
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 8)), 2);
	/* a longer period over it makes only what is missing */
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 15), &r);
	expect_report(&r, 2, 2, 0, 0, 0, 0);
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 15)), 4);
}

static void test_fill_keeps_edited(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;
	struct shift *v, s, got;
	struct zio_err err;
	size_t n;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	plan_report_free(&r);
	v = shifts_of(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), false, &n);
	assert_int_equal(n, 2);

	/* Anna's Monday becomes 09:00-14:00, Bram's Tuesday is cancelled */
	s = v[0];
	s.start = T(9, 0);
	s.end = T(14, 0);
	ok(store_shift_update(f->st, &s, &err), &err);
	assert_int_equal(s.version, 2);
	assert_true(s.edited);
	s = v[1];
	s.status = SHIFT_CANCELLED;
	strcpy(s.cancel_reason, "ziek");
	ok(store_shift_update(f->st, &s, &err), &err);

	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), &r);
	expect_report(&r, 0, 2, 0, 0, 0, 0);
	plan_report_free(&r);
	ok(store_shift_get(f->st, v[0].id, &got, &err), &err);
	assert_int_equal(got.start, T(9, 0));
	assert_int_equal(got.end, T(14, 0));
	assert_int_equal(got.version, 2);
	assert_true(got.edited);
	assert_int_equal(got.pattern_id, v[0].pattern_id);
	ok(store_shift_get(f->st, v[1].id, &got, &err), &err);
	assert_int_equal(got.status, SHIFT_CANCELLED);
	assert_string_equal(got.cancel_reason, "ziek");
	/* and no new shift beside the cancelled one */
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 8)), 2);
	free(v);
}

/* The meivakantie of 2026-2027 is not in the shipped file: zio must not plan blindly. */
static void test_fill_unknown_may(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));
	fill(f, f->wilgenhoek, D(2027, 4, 19), D(2027, 5, 14), &r);
	/* Mondays 04-19, 04-26, 05-03, 05-10 and Tuesdays 04-20, 05-04, 05-11 unknown; Tuesday
	 * 04-27 is Koningsdag, closed whatever the May holiday turns out to be */
	expect_report(&r, 0, 0, 1, 0, 7, 0);
	assert_int_equal(count_shifts(f, 0, D(2027, 4, 19), D(2027, 5, 14)), 0);
	assert_contains(r.unknown_reason, "meivakantie");
	assert_contains(r.unknown_reason, "2026-2027");
	assert_int_equal(date_cmp(r.unknown_from, D(2027, 4, 19)), 0);
	assert_int_equal(date_cmp(r.unknown_to, D(2027, 5, 11)), 0);
	plan_report_free(&r);

	/* the week before the window where the May holiday can fall is known and filled */
	fill(f, f->wilgenhoek, D(2027, 4, 5), D(2027, 4, 11), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	assert_int_equal(r.unknown_reason[0], '\0');
	plan_report_free(&r);
}

static void test_fill_refuses_inactive(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;
	const struct finding *x;

	/* Chris starts on 2027-01-01 */
	add_pattern(f, f->chris, f->dolfijnen, 1, T(8, 30), T(12, 0));
	fill(f, f->baken, D(2026, 12, 7), D(2026, 12, 13), &r);
	expect_report(&r, 0, 0, 0, 0, 0, 1);
	assert_true(findings_has_error(&r.findings));
	x = find_code(&r.findings, RULE_INACTIVE);
	assert_contains(x->msg, "Chris Bakker");
	assert_contains(x->msg, "2026-12-07");
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, 0, D(2026, 12, 7), D(2026, 12, 13)), 0);
	/* the first Monday after the Christmas holiday */
	fill(f, f->baken, D(2027, 1, 4), D(2027, 1, 10), &r);
	expect_report(&r, 1, 0, 0, 0, 0, 0);
	plan_report_free(&r);
}

/* Every other week, anchored in 2026-W52, across the 53-week year 2026. */
static void test_fill_every_other_week(void **state)
{
	struct fixture *f = *state;
	struct pattern p = { .weekday = 1, .start = T(8, 30), .end = T(12, 0), .every = 2 };
	struct plan_report r;
	struct zio_err err;
	struct shift *v;
	size_t n;

	p.professional_id = f->anna;
	p.class_id = f->egels;
	p.anchor = D(2026, 12, 21);
	ok(store_pattern_insert(f->st, &p, &err), &err);
	fill(f, f->wilgenhoek, D(2026, 12, 14), D(2027, 1, 24), &r);
	/* W51 no, W52 yes (kerstvakantie), W53 no, 2027-W01 yes, W02 no, W03 yes */
	expect_report(&r, 2, 0, 1, 0, 0, 0);
	plan_report_free(&r);
	v = shifts_of(f, 0, D(2026, 12, 14), D(2027, 1, 24), false, &n);
	assert_int_equal(n, 2);
	assert_int_equal(date_cmp(v[0].date, D(2027, 1, 4)), 0);
	assert_int_equal(date_cmp(v[1].date, D(2027, 1, 18)), 0);
	free(v);
}

static void test_fill_arguments(void **state)
{
	struct fixture *f = *state;
	struct plan_report r = { 0 };
	struct zio_err err;

	assert_int_equal(plan_fill(planner(f), f->wilgenhoek, D(2026, 11, 8), D(2026, 11, 2), &r, &err), ZIO_EUSAGE);
	assert_int_equal(plan_fill(planner(f), f->wilgenhoek, D(2026, 8, 1), D(2027, 9, 30), &r, &err), ZIO_EUSAGE);
	assert_int_equal(r.added, 0);
	plan_report_free(&r);
}

/* Count what the calendar says of every weekday in [from, to] for school s. */
static void count_days(struct fixture *f, int64_t school, struct date from, struct date to, int *open,
		       int *closed, int *unknown)
{
	struct cal_school cs = { 0 };
	struct school sch;
	struct zio_err err;

	ok(store_school_get(f->st, school, &sch, &err), &err);
	cs.id = school;
	cs.region = sch.region;
	cs.day_start = sch.day_start;
	cs.day_end = sch.day_end;
	cs.policy = f->cfg.holidays;
	*open = *closed = *unknown = 0;
	for (struct date d = from; date_cmp(d, to) <= 0; d = date_add_days(d, 1)) {
		struct cal_day day;
		if (date_weekday(d) > 5)
			continue;
		cal_school_day(&planner(f)->cal.hs, &cs, d, &day);
		*open += day.status == CAL_OPEN;
		*closed += day.status == CAL_CLOSED;
		*unknown += day.status == CAL_UNKNOWN;
		assert_int_not_equal(day.status, CAL_PARTLY);
	}
}

/* A whole school year for one class, Monday to Friday mornings: one shift per open weekday. */
static void test_fill_school_year(void **state)
{
	struct fixture *f = *state;
	struct plan_report r;
	struct zio_err err;
	int open, closed, unknown;
	int64_t eva;

	/* 2025-2026: every holiday known */
	eva = add_staff(f, "Eva Smits", 20, D(2025, 8, 1), D(0, 0, 0));
	add_team(f, eva, f->egels);
	for (int wd = 1; wd <= 5; wd++)
		add_pattern(f, eva, f->egels, wd, T(8, 30), T(12, 0));
	count_days(f, f->wilgenhoek, D(2025, 8, 1), D(2026, 7, 31), &open, &closed, &unknown);
	/* by hand: 261 weekdays; 51 in the five holidays (zuid), 5 public holidays outside them
	 * (Goede Vrijdag, Tweede Paasdag, Bevrijdingsdag, Hemelvaartsdag, Tweede Pinksterdag) */
	assert_int_equal(unknown, 0);
	assert_int_equal(closed, 56);
	assert_int_equal(open, 205);
	ok(store_begin(f->st, &err), &err);
	fill(f, f->wilgenhoek, D(2025, 8, 1), D(2026, 7, 31), &r);
	ok(store_commit(f->st, &err), &err);
	expect_report(&r, open, 0, closed, 0, 0, 0);
	assert_int_equal(r.findings.n, 0);
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, f->wilgenhoek, D(2025, 8, 1), D(2026, 7, 31)), (size_t)open);

	/* 2027-2028: known, but the unknown summer of 2026-2027 reaches into its August */
	count_days(f, f->wilgenhoek, D(2027, 8, 1), D(2028, 7, 31), &open, &closed, &unknown);
	assert_true(unknown > 0);
	assert_true(open > 150 && open < 215);
	ok(store_begin(f->st, &err), &err);
	fill(f, f->wilgenhoek, D(2027, 8, 1), D(2028, 7, 31), &r);
	ok(store_commit(f->st, &err), &err);
	expect_report(&r, open, 0, closed, 0, unknown, 0);
	assert_contains(r.unknown_reason, "zomervakantie 2026-2027");
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, f->wilgenhoek, D(2027, 8, 1), D(2028, 7, 31)), (size_t)open);
}

/* --- copy and clear ------------------------------------------------------------------------ */

static void test_copy_into_easter_week(void **state)
{
	struct fixture *f = *state;
	struct isoweek w12 = { 2027, 12 }, w13 = { 2027, 13 };
	struct plan_report r;
	struct zio_err err;
	const struct finding *x;
	struct shift *v;
	size_t n;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));
	add_pattern(f, f->anna, f->egels, 5, T(8, 30), T(12, 0));
	/* 2027-W12 ends with Goede Vrijdag (2027-03-26) */
	fill(f, f->wilgenhoek, date_from_isoweek(w12, 1), date_from_isoweek(w12, 7), &r);
	expect_report(&r, 2, 0, 1, 0, 0, 0);
	plan_report_free(&r);

	/* into 2027-W13: Monday 2027-03-29 is Tweede Paasdag */
	memset(&r, 0, sizeof r);
	ok(plan_copy(planner(f), f->wilgenhoek, w12, w13, &r, &err), &err);
	expect_report(&r, 1, 0, 1, 0, 0, 0);
	/* the shift not copied is reported in skipped, with its day; no warning claims it was made */
	x = find_code(&r.skipped, RULE_CLOSED_DAY);
	assert_contains(x->msg, "Anna Jansen");
	assert_contains(x->msg, "Tweede Paasdag");
	assert_contains(x->msg, "2027-03-29");
	assert_null(find_code_or_null(&r.findings, RULE_CLOSED_DAY));
	assert_false(findings_has_error(&r.findings));
	plan_report_free(&r);
	v = shifts_of(f, 0, date_from_isoweek(w13, 1), date_from_isoweek(w13, 7), true, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].professional_id, f->bram);
	assert_int_equal(date_cmp(v[0].date, D(2027, 3, 30)), 0);
	assert_int_equal(v[0].start, T(8, 30));
	assert_int_equal(v[0].end, T(12, 0));
	assert_int_equal(v[0].pattern_id, 0);   /* a copy is not the pattern's: fill stays idempotent */
	assert_false(v[0].edited);
	free(v);

	/* twice: the copy would overlap the first copy */
	memset(&r, 0, sizeof r);
	ok(plan_copy(planner(f), f->wilgenhoek, w12, w13, &r, &err), &err);
	expect_report(&r, 0, 0, 1, 0, 0, 1);
	assert_true(findings_has_error(&r.findings));
	x = find_code(&r.findings, RULE_OVERLAP);
	assert_contains(x->msg, "Bram Peters");
	assert_contains(x->msg, "2027-03-30");
	plan_report_free(&r);
	assert_int_equal(count_shifts(f, 0, date_from_isoweek(w13, 1), date_from_isoweek(w13, 7)), 1);

	/* a week onto itself is a usage error */
	memset(&r, 0, sizeof r);
	assert_int_equal(plan_copy(planner(f), f->wilgenhoek, w12, w12, &r, &err), ZIO_EUSAGE);
	plan_report_free(&r);
}

/* A copy into a week with a study afternoon is cut to the morning, and says so. */
static void test_copy_trims(void **state)
{
	struct fixture *f = *state;
	struct isoweek w10 = { 2027, 10 }, w11 = { 2027, 11 };
	struct plan_report r;
	struct zio_err err;
	struct shift *v;
	size_t n;

	add_closure(f, f->wilgenhoek, D(2027, 3, 15), D(2027, 3, 15), T(12, 0), T(15, 0), "studiemiddag");
	add_ok(f, f->anna, f->egels, D(2027, 3, 8), T(8, 30), T(15, 0));
	memset(&r, 0, sizeof r);
	ok(plan_copy(planner(f), f->wilgenhoek, w10, w11, &r, &err), &err);
	v = shifts_of(f, 0, date_from_isoweek(w11, 1), date_from_isoweek(w11, 7), true, &n);
	assert_int_equal(n, 1);
	assert_int_equal(date_cmp(v[0].date, D(2027, 3, 15)), 0);
	assert_int_equal(v[0].start, T(8, 30));
	assert_int_equal(v[0].end, T(12, 0));
	free(v);
	assert_int_equal(count_code(&r.findings, RULE_CLOSED_DAY), 0);
	expect_report(&r, 1, 0, 0, 1, 0, 0);
	plan_report_free(&r);
}

static void test_clear(void **state)
{
	struct fixture *f = *state;
	struct isoweek w45 = { 2026, 45 }, w46 = { 2026, 46 };
	struct plan_report r;
	struct zio_err err;
	int removed = -1;

	add_pattern(f, f->anna, f->egels, 1, T(8, 30), T(15, 0));
	add_pattern(f, f->bram, f->egels, 2, T(8, 30), T(12, 0));
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 15), &r);
	expect_report(&r, 4, 0, 0, 0, 0, 0);
	plan_report_free(&r);
	/* Anna at the other school that week */
	add_ok(f, f->anna, f->dolfijnen, D(2026, 11, 4), T(8, 30), T(12, 0));

	ok(plan_clear(planner(f), f->wilgenhoek, w45, &removed, &err), &err);
	assert_int_equal(removed, 2);
	assert_int_equal(count_shifts(f, f->wilgenhoek, date_from_isoweek(w45, 1), date_from_isoweek(w45, 7)), 0);
	assert_int_equal(count_shifts(f, f->baken, date_from_isoweek(w45, 1), date_from_isoweek(w45, 7)), 1);
	assert_int_equal(count_shifts(f, f->wilgenhoek, date_from_isoweek(w46, 1), date_from_isoweek(w46, 7)), 2);
	ok(plan_clear(planner(f), f->wilgenhoek, w45, &removed, &err), &err);
	assert_int_equal(removed, 0);
	/* and fill makes the cleared week again */
	fill(f, f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 8), &r);
	expect_report(&r, 2, 0, 0, 0, 0, 0);
	plan_report_free(&r);
}

/* --- add and update ------------------------------------------------------------------------ */

static void test_add_overlap_two_schools(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct shift s;
	const struct finding *x;

	add_ok(f, f->anna, f->egels, D(2026, 11, 2), T(8, 30), T(12, 0));

	/* 11:00 at the other school overlaps: refused, nothing stored */
	s = new_shift(f->anna, f->dolfijnen, D(2026, 11, 2), T(11, 0), T(13, 0));
	zio_err_clear(&err);
	assert_int_equal(plan_shift_add(planner(f), &s, &out, &err), ZIO_ERULE);
	assert_int_equal(err.code, ZIO_ERULE);
	assert_contains(err.msg, "overlap");
	assert_contains(err.msg, "SO Egels");
	assert_null(strchr(err.msg, '\n'));
	assert_int_equal(s.id, 0);
	assert_true(findings_has_error(&out));
	x = find_code(&out, RULE_OVERLAP);
	assert_contains(x->msg, "Anna Jansen");
	assert_contains(x->msg, "VSO Dolfijnen");
	assert_contains(x->msg, "2026-11-02 11:00-13:00");
	assert_contains(x->msg, "08:30-12:00");
	assert_contains(x->msg, "SO Egels");
	assert_contains(x->msg, "De Wilgenhoek");
	findings_free(&out);
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 2)), 1);

	/* from 12:00 it touches and is fine, with no finding at all */
	s = new_shift(f->anna, f->dolfijnen, D(2026, 11, 2), T(12, 0), T(15, 0));
	ok(plan_shift_add(planner(f), &s, &out, &err), &err);
	assert_true(s.id > 0);
	assert_int_equal(out.n, 0);
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 2)), 2);

	/* warnings do not stop a shift: Chris is not in the fixed team of SO Egels */
	s = new_shift(f->chris, f->egels, D(2027, 2, 1), T(8, 30), T(12, 0));
	ok(plan_shift_add(planner(f), &s, &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_NOT_FIXED }, 1);
	findings_free(&out);

	/* but an error does: Chris before his first day */
	s = new_shift(f->chris, f->egels, D(2026, 12, 1), T(8, 30), T(12, 0));
	assert_int_equal(plan_shift_add(planner(f), &s, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "not active");
	assert_int_equal(count_shifts(f, 0, D(2026, 12, 1), D(2026, 12, 1)), 0);
	findings_free(&out);
}

static void test_update_stale_version(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct shift a, b, got;
	int64_t id;

	id = add_ok(f, f->anna, f->egels, D(2026, 11, 3), T(8, 30), T(12, 0));
	ok(store_shift_get(f->st, id, &a, &err), &err);
	ok(store_shift_get(f->st, id, &b, &err), &err);

	a.end = T(13, 0);
	ok(plan_shift_update(planner(f), &a, &out, &err), &err);
	assert_int_equal(a.version, 2);
	assert_int_equal(out.n, 0);

	/* b was read before a's change */
	b.start = T(9, 0);
	zio_err_clear(&err);
	assert_int_equal(plan_shift_update(planner(f), &b, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "changed by someone else");
	ok(store_shift_get(f->st, id, &got, &err), &err);
	assert_int_equal(got.start, T(8, 30));
	assert_int_equal(got.end, T(13, 0));
	assert_int_equal(got.version, 2);
	assert_true(got.edited);

	/* a change into another shift of hers is refused and leaves the stored one as it was */
	add_ok(f, f->anna, f->dolfijnen, D(2026, 11, 3), T(13, 0), T(15, 0));
	got.end = T(13, 30);
	assert_int_equal(plan_shift_update(planner(f), &got, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "overlap");
	ok(store_shift_get(f->st, id, &got, &err), &err);
	assert_int_equal(got.end, T(13, 0));
	assert_int_equal(got.version, 2);
	findings_free(&out);
}

/* --- check --------------------------------------------------------------------------------- */

static void test_check_budget_and_faces(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	int64_t dana;
	static const enum rule_code w05[] = { RULE_NOT_FIXED, RULE_BUDGET, RULE_FACES };

	/* whole-day study days on Wednesday and Thursday of 2027-W06: 3 of 5 days open; a study
	 * afternoon (12:00-15:00 of 08:30-15:00) on Wednesday of 2027-W08 */
	add_closure(f, f->wilgenhoek, D(2027, 2, 10), D(2027, 2, 11), -1, -1, "studiedagen");
	add_closure(f, f->wilgenhoek, D(2027, 2, 24), D(2027, 2, 24), T(12, 0), T(15, 0), "studiemiddag");
	dana = add_staff(f, "Dana Visser", 20, D(2026, 8, 1), D(0, 0, 0));
	add_team(f, dana, f->egels);

	/* 2027-W05: 17 hours by four faces, Chris not of the fixed team */
	add_ok(f, f->anna, f->egels, D(2027, 2, 1), T(8, 30), T(15, 0));
	add_ok(f, f->bram, f->egels, D(2027, 2, 2), T(8, 30), T(12, 0));
	add_ok(f, f->chris, f->egels, D(2027, 2, 3), T(8, 30), T(12, 0));
	add_ok(f, dana, f->egels, D(2027, 2, 4), T(8, 30), T(12, 0));
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 1), D(2027, 2, 7), &out, &err), &err);
	expect_codes(&out, w05, sizeof w05 / sizeof w05[0]);
	assert_int_equal(out.errors, 0);
	assert_int_equal(out.v[0].professional_id, f->chris);
	assert_contains(out.v[0].msg, "Chris Bakker");
	assert_int_equal(out.v[1].class_id, f->egels);
	assert_contains(out.v[1].msg, "SO Egels (De Wilgenhoek), week 2027-W05");
	assert_contains(out.v[1].msg, "17.00 hours planned, budget 20.00 (margin 10%)");
	assert_int_equal(out.v[2].class_id, f->egels);
	assert_contains(out.v[2].msg, "4 different professionals, at most 3");
	findings_free(&out);

	/* part of a week: the shift rules only */
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 2), D(2027, 2, 7), &out, &err), &err);
	expect_codes(&out, w05, 1);
	findings_free(&out);

	/* 2027-W06: 12 hours is the pro-rata budget of 20 hours */
	add_ok(f, f->anna, f->egels, D(2027, 2, 8), T(8, 30), T(15, 0));
	add_ok(f, f->anna, f->egels, D(2027, 2, 9), T(8, 30), T(14, 0));
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 8), D(2027, 2, 14), &out, &err), &err);
	expect_codes(&out, NULL, 0);
	/* 14 hours is over it, margin and all */
	add_ok(f, f->bram, f->egels, D(2027, 2, 12), T(8, 30), T(10, 30));
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 8), D(2027, 2, 14), &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_BUDGET }, 1);
	assert_contains(out.v[0].msg, "week 2027-W06");
	assert_contains(out.v[0].msg, "14.00 hours planned, budget 12.00");
	findings_free(&out);

	/* 2027-W07 is the voorjaarsvakantie (zuid): no budget to miss */
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 15), D(2027, 2, 21), &out, &err), &err);
	expect_codes(&out, NULL, 0);
	/* 2027-W08 with nothing planned: under a budget of 20 h less 180/390 of a day's share */
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 22), D(2027, 2, 28), &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_BUDGET }, 1);
	assert_contains(out.v[0].msg, "0.00 hours planned, budget 18.15");
	findings_free(&out);
}

/* A warning the planner accepted is still listed, with the reason given. */
static void test_check_accepted_warning(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct shift s = new_shift(f->chris, f->egels, D(2027, 2, 3), T(8, 30), T(12, 0));

	strcpy(s.override_reason, "invaller voor Bram");
	ok(plan_shift_add(planner(f), &s, &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_NOT_FIXED }, 1);
	findings_free(&out);
	ok(plan_check(planner(f), f->wilgenhoek, D(2027, 2, 3), D(2027, 2, 3), &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_NOT_FIXED }, 1);
	assert_contains(out.v[0].msg, "not in the fixed team of SO Egels; accepted: invaller voor Bram");
	findings_free(&out);
}

/* Chris works at both schools in one week: one over-contract finding for that week. */
static void test_check_over_contract_once(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	const struct finding *x;

	add_team(f, f->chris, f->egels);
	add_ok(f, f->chris, f->egels, D(2027, 2, 3), T(8, 30), T(15, 0));
	add_ok(f, f->chris, f->dolfijnen, D(2027, 2, 4), T(8, 30), T(15, 0));

	ok(plan_check(planner(f), 0, D(2027, 2, 1), D(2027, 2, 7), &out, &err), &err);
	assert_int_equal(count_code(&out, RULE_OVER_CONTRACT), 1);
	x = find_code(&out, RULE_OVER_CONTRACT);
	assert_int_equal(x->professional_id, f->chris);
	assert_int_equal(date_cmp(x->date, D(2027, 2, 1)), 0);
	assert_contains(x->msg, "Chris Bakker");
	assert_contains(x->msg, "13.00 hours planned in week 2027-W05, contract 8.00");
	/* nothing else about the shifts themselves */
	assert_int_equal(out.errors, 0);
	assert_int_equal(count_code(&out, RULE_NOT_FIXED), 0);
	findings_free(&out);

	/* one school: her hours elsewhere count, so still over */
	ok(plan_check(planner(f), f->baken, D(2027, 2, 1), D(2027, 2, 7), &out, &err), &err);
	assert_int_equal(count_code(&out, RULE_OVER_CONTRACT), 1);
	findings_free(&out);

	/* within the contract: nothing */
	ok(plan_check(planner(f), 0, D(2027, 2, 8), D(2027, 2, 14), &out, &err), &err);
	assert_int_equal(count_code(&out, RULE_OVER_CONTRACT), 0);
	add_ok(f, f->chris, f->dolfijnen, D(2027, 2, 8), T(8, 30), T(15, 0));
	ok(plan_check(planner(f), 0, D(2027, 2, 8), D(2027, 2, 14), &out, &err), &err);
	assert_int_equal(count_code(&out, RULE_OVER_CONTRACT), 0);
	findings_free(&out);
}

/* Shifts stored past the rules (an import, an old database) are errors in a check. */
static void test_check_overlap_inserted_directly(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct shift a = new_shift(f->anna, f->egels, D(2026, 11, 2), T(8, 30), T(12, 0));
	struct shift b = new_shift(f->anna, f->dolfijnen, D(2026, 11, 2), T(11, 0), T(13, 0));

	ok(store_shift_insert(f->st, &a, &err), &err);
	ok(store_shift_insert(f->st, &b, &err), &err);
	assert_int_equal(count_shifts(f, 0, D(2026, 11, 2), D(2026, 11, 2)), 2);

	ok(plan_check(planner(f), 0, D(2026, 11, 2), D(2026, 11, 2), &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_OVERLAP, RULE_OVERLAP }, 2);
	assert_int_equal(out.errors, 2);
	assert_true(findings_has_error(&out));
	for (size_t i = 0; i < 2; i++) {
		if (out.v[i].shift_id == a.id) {
			assert_contains(out.v[i].msg, "SO Egels, 2026-11-02 08:30-12:00");
			assert_contains(out.v[i].msg, "11:00-13:00 in VSO Dolfijnen (Het Baken)");
		} else {
			assert_int_equal(out.v[i].shift_id, b.id);
			assert_contains(out.v[i].msg, "VSO Dolfijnen, 2026-11-02 11:00-13:00");
			assert_contains(out.v[i].msg, "08:30-12:00 in SO Egels (De Wilgenhoek)");
		}
	}
	findings_free(&out);

	/* one school: its own shift only */
	ok(plan_check(planner(f), f->wilgenhoek, D(2026, 11, 2), D(2026, 11, 2), &out, &err), &err);
	expect_codes(&out, (const enum rule_code[]){ RULE_OVERLAP }, 1);
	assert_int_equal(out.v[0].shift_id, a.id);
	findings_free(&out);

	/* a period the wrong way round */
	assert_int_equal(plan_check(planner(f), 0, D(2026, 11, 3), D(2026, 11, 2), &out, &err), ZIO_EUSAGE);
	findings_free(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fill_holiday_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_study_half_day, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_idempotent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_keeps_edited, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_unknown_may, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_refuses_inactive, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_every_other_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_arguments, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fill_school_year, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_into_easter_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_trims, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clear, setup, teardown),
		cmocka_unit_test_setup_teardown(test_add_overlap_two_schools, setup, teardown),
		cmocka_unit_test_setup_teardown(test_update_stale_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_budget_and_faces, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_accepted_warning, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_over_contract_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_check_overlap_inserted_directly, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
