/* Delivered hours and the weekly sign-off: the values of src/core/hours.c (the transitions of
 * a timesheet, absence reasons, minutes), the log rules of src/core/rules.c, and the logbook
 * of src/app/logbook.c on a real database: adding, absences with a stand-in, confirming a
 * week, the totals, the sign-off, and the lock on an approved week, through zio's store and
 * through a second SQLite connection to the same file. Every database test builds a small
 * roster in its own temporary directory under /tmp, removed afterwards. */
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
#include <sqlite3.h>

#include "zio/config.h"
#include "zio/hours.h"
#include "zio/logbook.h"
#include "zio/plan.h"
#include "zio/roster.h"
#include "zio/rules.h"
#include "zio/shift.h"
#include "zio/store.h"

#define T(h, m) ((h) * 60 + (m))

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

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

/* Exactly these codes, in this order. */
#define expect_codes(f, ...) expect_codes_at(__LINE__, f, (const enum rule_code[]){ __VA_ARGS__ }, \
					     sizeof((const enum rule_code[]){ __VA_ARGS__ }) / sizeof(enum rule_code))
static void expect_codes_at(int line, const struct findings *f, const enum rule_code *want, size_t nwant)
{
	bool same = f->n == nwant;

	for (size_t i = 0; same && i < nwant; i++)
		same = f->v[i].code == want[i];
	if (!same) {
		print_findings(f);
		fail_msg("line %d: %zu findings, not the %zu expected", line, f->n, nwant);
	}
}

#define expect_none(f) expect_none_at(__LINE__, f)
static void expect_none_at(int line, const struct findings *f)
{
	if (f->n) {
		print_findings(f);
		fail_msg("line %d: %zu findings, none expected", line, f->n);
	}
}

/* --- ts_transition: every status x action, with and without a reason ------------------------ */

static const enum ts_status all_status[] = { TS_DRAFT, TS_SUBMITTED, TS_APPROVED, TS_DISPUTED, TS_REOPENED };
static const enum ts_action all_action[] = { TS_SUBMIT, TS_APPROVE, TS_DISPUTE, TS_REOPEN };

/* The allowed steps; -1: refused. */
static int allowed(enum ts_status from, enum ts_action a)
{
	switch (a) {
	case TS_SUBMIT:
		return from == TS_DRAFT || from == TS_DISPUTED || from == TS_REOPENED ? TS_SUBMITTED : -1;
	case TS_APPROVE:
		return from == TS_SUBMITTED ? TS_APPROVED : -1;
	case TS_DISPUTE:
		return from == TS_SUBMITTED ? TS_DISPUTED : -1;
	case TS_REOPEN:
		return from == TS_APPROVED ? TS_REOPENED : -1;
	}
	return -1;
}

static bool needs_reason(enum ts_action a)
{
	return a == TS_DISPUTE || a == TS_REOPEN;
}

static void test_ts_transition_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof all_status / sizeof all_status[0]; i++)
		for (size_t j = 0; j < sizeof all_action / sizeof all_action[0]; j++)
			for (int r = 0; r < 2; r++) {
				enum ts_status from = all_status[i], to = (enum ts_status)99;
				enum ts_action a = all_action[j];
				struct zio_err err;
				int want = allowed(from, a);
				int rc;

				zio_err_clear(&err);
				rc = ts_transition(from, a, r == 1, &to, &err);
				if (want >= 0 && (r == 1 || !needs_reason(a))) {
					if (rc != ZIO_OK || (int)to != want)
						fail_msg("%s a %s week (reason %d): rc %d to %d, want %s", ts_action_name(a),
							 ts_status_name(from), r, rc, (int)to, ts_status_name((enum ts_status)want));
				} else if (want >= 0) {
					/* allowed, but a dispute or a reopening needs a reason: usage */
					if (rc != ZIO_EUSAGE || (int)to != 99)
						fail_msg("%s a %s week without a reason: rc %d, want usage error", ts_action_name(a),
							 ts_status_name(from), rc);
					assert_contains(err.msg, "reason");
				} else if (r == 1 || !needs_reason(a)) {
					char want_msg[64];
					if (rc != ZIO_ERULE || (int)to != 99)
						fail_msg("%s a %s week: rc %d, want refused (1)", ts_action_name(a),
							 ts_status_name(from), rc);
					snprintf(want_msg, sizeof want_msg, "cannot %s a week that is %s", ts_action_name(a),
						 ts_status_name(from));
					assert_string_equal(err.msg, want_msg);
				} else {
					/* a step that is not allowed, and no reason either: refused either way */
					if ((rc != ZIO_ERULE && rc != ZIO_EUSAGE) || (int)to != 99)
						fail_msg("%s a %s week without reason: rc %d", ts_action_name(a),
							 ts_status_name(from), rc);
				}
			}
}

static void test_ts_names(void **state)
{
	static const char *const names[] = { "draft", "submitted", "approved", "disputed", "reopened" };
	static const char *const acts[] = { "submit", "approve", "dispute", "reopen" };
	struct zio_err err;
	enum ts_status s;

	(void)state;
	for (int i = 0; i < 5; i++) {
		assert_string_equal(ts_status_name(all_status[i]), names[i]);
		s = (enum ts_status)99;
		assert_int_equal(ts_status_parse(names[i], &s, &err), ZIO_OK);
		assert_int_equal(s, all_status[i]);
	}
	for (int i = 0; i < 4; i++)
		assert_string_equal(ts_action_name(all_action[i]), acts[i]);
	assert_string_equal(ts_status_name((enum ts_status)42), "");
	assert_string_equal(ts_action_name((enum ts_action)42), "");
	assert_int_equal(ts_status_parse("Approved", &s, &err), ZIO_EUSAGE);
	assert_contains(err.msg, "Approved");
	assert_int_equal(ts_status_parse("", &s, &err), ZIO_EUSAGE);
	assert_int_equal(ts_status_parse("approve", &s, &err), ZIO_EUSAGE);
}

/* --- absences and minutes -------------------------------------------------------------------- */

static void test_absence_parse(void **state)
{
	static const char *const names[] = { "sick", "leave", "training", "other" };
	static const enum absence values[] = { ABSENCE_SICK, ABSENCE_LEAVE, ABSENCE_TRAINING, ABSENCE_OTHER };
	static const char *const bad[] = { "", "Sick", "SICK", "ill", "sick ", " sick", "none", "ziek", "sic" };
	struct zio_err err;
	enum absence a;

	(void)state;
	for (int i = 0; i < 4; i++) {
		a = ABSENCE_NONE;
		assert_int_equal(absence_parse(names[i], &a, &err), ZIO_OK);
		assert_int_equal(a, values[i]);
		assert_string_equal(absence_name(values[i]), names[i]);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		a = ABSENCE_OTHER;
		zio_err_clear(&err);
		if (absence_parse(bad[i], &a, &err) != ZIO_EUSAGE)
			fail_msg("absence_parse('%s') accepted", bad[i]);
		assert_int_equal(a, ABSENCE_OTHER);
		assert_contains(err.msg, "sick, leave, training or other");
	}
	assert_int_equal(absence_parse("ill", &a, &err), ZIO_EUSAGE);
	assert_contains(err.msg, "'ill'");
	assert_string_equal(absence_name(ABSENCE_NONE), "");
	assert_string_equal(absence_name((enum absence)17), "");
	assert_string_equal(log_kind_name(LOG_DELIVERED), "delivered");
	assert_string_equal(log_kind_name(LOG_ABSENT), "absent");
}

static void test_log_minutes(void **state)
{
	struct log_entry e = { 0 };

	(void)state;
	e.kind = LOG_DELIVERED;
	e.start = T(8, 30);
	e.end = T(12, 0);
	assert_int_equal(log_minutes(&e), 210);
	e.start = 0;
	e.end = 1;
	assert_int_equal(log_minutes(&e), 1);
	e.end = 1439;
	assert_int_equal(log_minutes(&e), 1439);
	e.kind = LOG_ABSENT;
	e.reason = ABSENCE_SICK;
	assert_int_equal(log_minutes(&e), 0);
	e.start = T(8, 30);
	e.end = T(12, 0);
	assert_int_equal(log_minutes(&e), 0);
}

/* --- rule_check_log ---------------------------------------------------------------------------- */

static struct professional zoe(void)
{
	struct professional p = { 0 };

	p.id = 7;
	p.provider_id = 1;
	snprintf(p.name, sizeof p.name, "Zoë de Vries");
	p.active_from = D(2026, 8, 1);
	p.active_to = D(2027, 7, 31);
	return p;
}

static struct log_entry entry(struct date d, int start, int end)
{
	struct log_entry e = { 0 };

	e.id = 0;
	e.shift_id = 11;
	e.professional_id = 7;
	e.class_id = 3;
	e.school_id = 1;
	e.date = d;
	e.start = start;
	e.end = end;
	e.kind = LOG_DELIVERED;
	snprintf(e.professional_name, sizeof e.professional_name, "Zoë de Vries");
	snprintf(e.class_name, sizeof e.class_name, "SO Egels");
	snprintf(e.school_name, sizeof e.school_name, "De Wilgenhoek");
	return e;
}

struct log_case {
	struct professional pro;
	struct cal_day day;
	struct log_facts f;
	struct findings out;
};

static void log_case_init(struct log_case *c)
{
	memset(c, 0, sizeof *c);
	c->pro = zoe();
	c->day.status = CAL_OPEN;
	c->f.pro = &c->pro;
	c->f.day = &c->day;
	c->f.day_start = T(8, 30);
	c->f.day_end = T(15, 0);
	c->f.today = D(2026, 11, 23);
}

static void check(struct log_case *c, const struct log_entry *e)
{
	findings_free(&c->out);
	memset(&c->out, 0, sizeof c->out);
	assert_int_equal(rule_check_log(e, &c->f, &c->out), ZIO_OK);
}

static void test_rule_check_log(void **state)
{
	struct log_case c;
	struct log_entry e = entry(D(2026, 11, 17), T(8, 30), T(12, 0));
	struct log_entry others[3];

	(void)state;
	log_case_init(&c);

	/* a plain day's work */
	check(&c, &e);
	expect_none(&c.out);
	assert_false(findings_has_error(&c.out));

	/* end not after start: only that */
	e.end = e.start;
	check(&c, &e);
	expect_codes(&c.out, RULE_TIME_ORDER);
	assert_int_equal(rule_severity_of(RULE_TIME_ORDER), RULE_ERROR);
	e.end = T(12, 0);

	/* the future: tomorrow refused, today fine at any hour */
	e.date = D(2026, 11, 24);
	check(&c, &e);
	expect_codes(&c.out, RULE_FUTURE);
	assert_int_equal(rule_severity_of(RULE_FUTURE), RULE_ERROR);
	assert_string_equal(rule_code_name(RULE_FUTURE), "future");
	assert_string_equal(c.out.v[0].msg, "Zoë de Vries, SO Egels, 2026-11-24 08:30-12:00: hours cannot be logged "
					    "before the day (today is 2026-11-23)");
	assert_true(findings_has_error(&c.out));
	e.date = D(2026, 11, 23);
	e.start = T(14, 0);
	e.end = T(15, 0);
	check(&c, &e);
	expect_none(&c.out);
	e.start = T(8, 30);
	e.end = T(12, 0);
	e.date = D(2026, 11, 17);

	/* overlap with another delivered entry of the professional, here in another class */
	others[0] = entry(D(2026, 11, 17), T(11, 0), T(13, 0));
	others[0].id = 5;
	others[0].class_id = 4;
	snprintf(others[0].class_name, sizeof others[0].class_name, "SO Vossen");
	c.f.others = others;
	c.f.nothers = 1;
	check(&c, &e);
	expect_codes(&c.out, RULE_OVERLAP);
	assert_string_equal(c.out.v[0].msg, "Zoë de Vries, SO Egels, 2026-11-17 08:30-12:00: overlaps the logged "
					    "11:00-13:00 in SO Vossen");
	assert_int_equal(c.out.v[0].professional_id, 7);
	assert_int_equal(c.out.v[0].class_id, 3);
	assert_int_equal(c.out.v[0].shift_id, 11);
	assert_int_equal(date_cmp(c.out.v[0].date, D(2026, 11, 17)), 0);
	assert_true(findings_has_error(&c.out));
	/* touching is no overlap */
	others[0].start = T(12, 0);
	check(&c, &e);
	expect_none(&c.out);
	others[0].start = T(7, 0);
	others[0].end = T(8, 30);
	check(&c, &e);
	expect_none(&c.out);
	/* one minute is */
	others[0].end = T(8, 31);
	check(&c, &e);
	expect_codes(&c.out, RULE_OVERLAP);
	/* an absent entry is no delivered time, on either side */
	others[0].kind = LOG_ABSENT;
	others[0].reason = ABSENCE_SICK;
	check(&c, &e);
	expect_none(&c.out);
	others[0].kind = LOG_DELIVERED;
	others[0].reason = ABSENCE_NONE;
	e.kind = LOG_ABSENT;
	e.reason = ABSENCE_SICK;
	check(&c, &e);
	expect_none(&c.out);
	e.kind = LOG_DELIVERED;
	e.reason = ABSENCE_NONE;
	/* the entry itself (an edit) is not another */
	e.id = 5;
	check(&c, &e);
	expect_none(&c.out);
	e.id = 0;
	/* the second of several */
	others[1] = others[0];
	others[0].start = T(13, 0);
	others[0].end = T(14, 0);
	others[1].id = 6;
	others[1].start = T(9, 0);
	others[1].end = T(9, 30);
	c.f.nothers = 2;
	check(&c, &e);
	expect_codes(&c.out, RULE_OVERLAP);
	assert_contains(c.out.v[0].msg, "overlaps the logged 09:00-09:30");
	c.f.nothers = 0;

	/* active dates: the first and last day count; absences are judged too */
	e.date = D(2026, 7, 31);
	check(&c, &e);
	expect_codes(&c.out, RULE_INACTIVE);
	assert_string_equal(c.out.v[0].msg, "Zoë de Vries, SO Egels, 2026-07-31 08:30-12:00: Zoë de Vries is not "
					    "active on 2026-07-31");
	e.date = D(2026, 8, 1);
	check(&c, &e);
	expect_none(&c.out);
	c.pro.active_to = D(2026, 11, 13);
	e.date = D(2026, 11, 13);
	check(&c, &e);
	expect_none(&c.out);
	e.date = D(2026, 11, 16);
	check(&c, &e);
	expect_codes(&c.out, RULE_INACTIVE);
	e.kind = LOG_ABSENT;
	e.reason = ABSENCE_LEAVE;
	check(&c, &e);
	expect_codes(&c.out, RULE_INACTIVE);
	e.kind = LOG_DELIVERED;
	e.reason = ABSENCE_NONE;
	c.pro = zoe();
	e.date = D(2026, 11, 17);

	/* closed and unknown days: a warning for delivered hours; partly closed: nothing */
	c.day.status = CAL_CLOSED;
	snprintf(c.day.reason, sizeof c.day.reason, "kerstvakantie (zuid)");
	check(&c, &e);
	expect_codes(&c.out, RULE_CLOSED_DAY);
	assert_int_equal(rule_severity_of(RULE_CLOSED_DAY), RULE_WARNING);
	assert_false(findings_has_error(&c.out));
	assert_string_equal(c.out.v[0].msg, "Zoë de Vries, SO Egels, 2026-11-17 08:30-12:00: logged on a day the "
					    "school is closed (kerstvakantie (zuid))");
	c.day.status = CAL_UNKNOWN;
	snprintf(c.day.reason, sizeof c.day.reason, "meivakantie 2026-2027 (zuid) not known");
	check(&c, &e);
	expect_codes(&c.out, RULE_CLOSED_DAY);
	assert_contains(c.out.v[0].msg, "maybe closed");
	e.kind = LOG_ABSENT;
	e.reason = ABSENCE_SICK;
	check(&c, &e);
	expect_none(&c.out);
	e.kind = LOG_DELIVERED;
	e.reason = ABSENCE_NONE;
	c.day.status = CAL_PARTLY;
	c.day.closed_start = T(12, 0);
	c.day.closed_end = T(15, 0);
	check(&c, &e);
	expect_none(&c.out);
	c.day.status = CAL_OPEN;

	/* outside the school day: before or after, a warning; touching its edges is inside */
	e.start = T(7, 30);
	check(&c, &e);
	expect_codes(&c.out, RULE_OUTSIDE_DAY);
	assert_int_equal(rule_severity_of(RULE_OUTSIDE_DAY), RULE_WARNING);
	assert_string_equal(c.out.v[0].msg, "Zoë de Vries, SO Egels, 2026-11-17 07:30-12:00: outside the school "
					    "day 08:30-15:00");
	e.start = T(14, 0);
	e.end = T(15, 1);
	check(&c, &e);
	expect_codes(&c.out, RULE_OUTSIDE_DAY);
	e.end = T(15, 0);
	check(&c, &e);
	expect_none(&c.out);
	e.start = T(7, 0);
	e.kind = LOG_ABSENT;
	e.reason = ABSENCE_OTHER;
	check(&c, &e);
	expect_none(&c.out);
	e.kind = LOG_DELIVERED;
	e.reason = ABSENCE_NONE;

	/* several at once: the error and the warnings all listed */
	others[0] = entry(D(2026, 11, 17), T(7, 30), T(8, 0));
	others[0].id = 9;
	c.f.nothers = 1;
	c.day.status = CAL_CLOSED;
	snprintf(c.day.reason, sizeof c.day.reason, "studiedag");
	e.start = T(7, 0);
	e.end = T(9, 0);
	check(&c, &e);
	expect_codes(&c.out, RULE_OVERLAP, RULE_CLOSED_DAY, RULE_OUTSIDE_DAY);
	assert_true(findings_has_error(&c.out));

	findings_free(&c.out);
}

/* --- on a database --------------------------------------------------------------------------- */

struct fixture {
	char dir[64];
	char path[128];
	struct store *st;
	struct config cfg;
	struct planner pl;
	bool pl_open;
	struct date today;             /* Monday 2026-11-23 */
	struct isoweek w47;            /* 2026-11-16 .. 2026-11-22 */
	int64_t wilgenhoek, baken;     /* schools, region zuid, 08:30-15:00 */
	int64_t emb;
	int64_t egels, vossen;         /* at De Wilgenhoek */
	int64_t dolfijnen;             /* at Het Baken */
	int64_t zorg, anders;          /* providers */
	int64_t anna, bram;            /* Zorg Plus; Bram active until 2026-11-13 */
	int64_t kim;                   /* Anders */
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

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

static int64_t add_provider(struct store *st, const char *name)
{
	struct provider p = { .rate_cents = 5850 };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	ok(store_provider_insert(st, &p, &err), &err);
	return p.id;
}

static int64_t add_staff(struct fixture *f, int64_t provider, const char *name, struct date from, struct date to)
{
	struct professional p = { .provider_id = provider, .contract_minutes = 24 * 60 };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	p.active_from = from;
	p.active_to = to;
	ok(store_staff_insert(f->st, &p, &err), &err);
	return p.id;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct target_group g = { .weekly_minutes = 20 * 60, .wlz_share_bp = 5000 };
	struct zio_err err;

	if (!f)
		return -1;
	*state = f;
	setenv("ZIO_DATADIR", "share", 0);
	strcpy(f->dir, "/tmp/zio-test-hours.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/zio.db", f->dir);
	if (store_open(f->path, STORE_CREATE, NULL, &f->st, &err) != ZIO_OK) {
		fprintf(stderr, "store_open: %s\n", err.msg);
		return -1;
	}
	config_defaults(&f->cfg);
	f->today = D(2026, 11, 23);
	f->w47 = (struct isoweek){ 2026, 47 };

	f->wilgenhoek = add_school(f->st, "De Wilgenhoek");
	f->baken = add_school(f->st, "Het Baken");
	strcpy(g.name, "EMB");
	ok(store_group_insert(f->st, &g, &err), &err);
	f->emb = g.id;
	f->egels = add_class(f->st, f->wilgenhoek, f->emb, "SO Egels");
	f->vossen = add_class(f->st, f->wilgenhoek, f->emb, "SO Vossen");
	f->dolfijnen = add_class(f->st, f->baken, f->emb, "VSO Dolfijnen");
	f->zorg = add_provider(f->st, "Zorg Plus");
	f->anders = add_provider(f->st, "Anders");
	f->anna = add_staff(f, f->zorg, "Anna Jansen", D(2026, 8, 1), D(0, 0, 0));
	f->bram = add_staff(f, f->zorg, "Bram Peters", D(2026, 8, 1), D(2026, 11, 13));
	f->kim = add_staff(f, f->anders, "Kim Smit", D(2026, 8, 1), D(0, 0, 0));
	return 0;
}

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
	if (f->dir[0] && strcmp(f->dir, "/tmp/zio-test-hours.XXXXXX") != 0)
		rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return rc;
}

/* A shift straight into the store (no rules). */
static int64_t add_shift(struct fixture *f, int64_t pro, int64_t klass, struct date d, int start, int end)
{
	struct shift s = { 0 };
	struct zio_err err;

	s.professional_id = pro;
	s.class_id = klass;
	s.date = d;
	s.start = start;
	s.end = end;
	ok(store_shift_insert(f->st, &s, &err), &err);
	return s.id;
}

static void cancel_shift(struct fixture *f, int64_t id)
{
	struct shift s;
	struct zio_err err;

	ok(store_shift_get(f->st, id, &s, &err), &err);
	s.status = SHIFT_CANCELLED;
	snprintf(s.cancel_reason, sizeof s.cancel_reason, "uitstapje");
	ok(store_shift_update(f->st, &s, &err), &err);
}

static struct log_entry new_entry(int64_t pro, int64_t klass, struct date d, int start, int end)
{
	struct log_entry e = { 0 };

	e.professional_id = pro;
	e.class_id = klass;
	e.date = d;
	e.start = start;
	e.end = end;
	e.kind = LOG_DELIVERED;
	return e;
}

/* logbook_add that must be accepted (warnings are fine). */
static int64_t log_ok(struct fixture *f, struct log_entry *e)
{
	struct findings out = { 0 };
	struct zio_err err;

	ok(logbook_add(planner(f), e, f->today, &out, &err), &err);
	assert_true(e->id > 0);
	findings_free(&out);
	return e->id;
}

static int64_t count(struct fixture *f, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int64_t n = -1;

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	if (sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static struct log_entry *entries(struct fixture *f, struct date from, struct date to, int64_t shift_id, size_t *n)
{
	struct log_filter lf = { .from = from, .to = to, .shift_id = shift_id };
	struct log_entry *v = NULL;
	struct zio_err err;

	ok(store_log_list(f->st, &lf, &v, n, &err), &err);
	return v;
}

static void test_logbook_add(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct log_entry e, got;
	int64_t s1 = add_shift(f, f->anna, f->egels, D(2026, 11, 17), T(8, 30), T(12, 0));
	int64_t n0;

	/* the shift's hours, worked from 09:00: names are filled, who and when recorded */
	e = new_entry(f->anna, f->egels, D(2026, 11, 17), T(9, 0), T(12, 0));
	e.shift_id = s1;
	ok(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	expect_none(&out);
	assert_true(e.id > 0);
	assert_string_equal(e.professional_name, "Anna Jansen");
	assert_string_equal(e.class_name, "SO Egels");
	assert_string_equal(e.school_name, "De Wilgenhoek");
	assert_int_equal(e.school_id, f->wilgenhoek);
	ok(store_log_get(f->st, e.id, &got, &err), &err);
	assert_int_equal(got.shift_id, s1);
	assert_int_equal(got.start, T(9, 0));
	assert_int_equal(got.end, T(12, 0));
	assert_int_equal(got.kind, LOG_DELIVERED);
	assert_int_equal(got.version, 1);
	assert_string_equal(got.logged_by, logbook_user());
	assert_int_equal(strlen(got.logged_at), 20);
	assert_int_equal(got.logged_at[10], 'T');
	assert_int_equal(got.logged_at[19], 'Z');
	assert_string_equal(got.school_name, "De Wilgenhoek");

	/* refused, nothing stored: overlap (at another school too), the future, inactive */
	n0 = count(f, "SELECT count(*) FROM log_entry");
	e = new_entry(f->anna, f->dolfijnen, D(2026, 11, 17), T(11, 0), T(13, 0));
	assert_int_equal(logbook_add(planner(f), &e, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "overlaps the logged 09:00-12:00 in SO Egels");
	assert_contains(err.msg, "[overlap]");
	e = new_entry(f->anna, f->egels, D(2026, 11, 24), T(9, 0), T(10, 0));
	assert_int_equal(logbook_add(planner(f), &e, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "[future]");
	e = new_entry(f->bram, f->egels, D(2026, 11, 16), T(9, 0), T(10, 0));
	assert_int_equal(logbook_add(planner(f), &e, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "Bram Peters is not active on 2026-11-16");
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), n0);
	findings_free(&out);
	memset(&out, 0, sizeof out);

	/* a shift of another class or another day */
	e = new_entry(f->anna, f->vossen, D(2026, 11, 17), T(13, 0), T(14, 0));
	e.shift_id = s1;
	assert_int_equal(logbook_add(planner(f), &e, f->today, &out, &err), ZIO_EUSAGE);
	assert_contains(err.msg, "not this class and day");
	e = new_entry(f->anna, f->egels, D(2026, 11, 18), T(13, 0), T(14, 0));
	e.shift_id = s1;
	assert_int_equal(logbook_add(planner(f), &e, f->today, &out, &err), ZIO_EUSAGE);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), n0);

	/* warnings: made, with the warning in the findings */
	e = new_entry(f->anna, f->egels, D(2026, 11, 21), T(9, 0), T(10, 0));
	ok(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	expect_codes(&out, RULE_CLOSED_DAY);
	assert_contains(out.v[0].msg, "weekend");
	findings_free(&out);
	memset(&out, 0, sizeof out);
	e = new_entry(f->anna, f->egels, D(2026, 11, 17), T(12, 0), T(16, 0));
	ok(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	expect_codes(&out, RULE_OUTSIDE_DAY);
	findings_free(&out);
	memset(&out, 0, sizeof out);
	/* today is fine */
	e = new_entry(f->anna, f->egels, D(2026, 11, 23), T(9, 0), T(10, 0));
	ok(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	expect_none(&out);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), n0 + 3);

	/* update: judged again, itself not counted; an overlap refused; a stale version refused */
	ok(store_log_get(f->st, e.id, &got, &err), &err);
	got.end = T(11, 0);
	ok(logbook_update(planner(f), &got, f->today, &out, &err), &err);
	assert_int_equal(got.version, 2);
	e = new_entry(f->anna, f->egels, D(2026, 11, 23), T(11, 0), T(12, 0));
	log_ok(f, &e);
	got.end = T(11, 30);
	assert_int_equal(logbook_update(planner(f), &got, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "[overlap]");
	ok(store_log_get(f->st, got.id, &got, &err), &err);
	assert_int_equal(got.end, T(11, 0));
	got.version = 1;
	got.note[0] = 'x';
	got.note[1] = 0;
	assert_int_equal(store_log_update(f->st, &got, &err), ZIO_ERULE);
	assert_contains(err.msg, "changed by someone else");
	findings_free(&out);
}

static void test_logbook_absent(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct zio_err err;
	struct log_entry *v, busy;
	size_t n;
	int64_t s1 = add_shift(f, f->anna, f->egels, D(2026, 11, 16), T(8, 30), T(12, 0));
	int64_t s2 = add_shift(f, f->anna, f->egels, D(2026, 11, 17), T(8, 30), T(12, 0));
	int64_t s3 = add_shift(f, f->anna, f->egels, D(2026, 11, 18), T(8, 30), T(12, 0));
	int64_t s4 = add_shift(f, f->anna, f->egels, D(2026, 11, 19), T(8, 30), T(12, 0));
	int64_t s5 = add_shift(f, f->anna, f->egels, D(2026, 11, 24), T(8, 30), T(12, 0));
	int64_t n0;

	/* the stand-in with the shift's times */
	ok(logbook_absent(planner(f), s1, ABSENCE_SICK, f->kim, -1, -1, "griep?", f->today, &out, &err), &err);
	expect_none(&out);
	v = entries(f, D(2026, 11, 16), D(2026, 11, 16), s1, &n);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == LOG_ABSENT) {
			assert_int_equal(v[i].professional_id, f->anna);
			assert_int_equal(v[i].reason, ABSENCE_SICK);
			assert_int_equal(v[i].replaced_by, f->kim);
			assert_string_equal(v[i].replaced_by_name, "Kim Smit");
			assert_string_equal(v[i].note, "griep?");
			assert_int_equal(log_minutes(&v[i]), 0);
			assert_int_equal(v[i].start, T(8, 30));
			assert_int_equal(v[i].end, T(12, 0));
		} else {
			assert_int_equal(v[i].professional_id, f->kim);
			assert_int_equal(v[i].shift_id, s1);
			assert_int_equal(v[i].class_id, f->egels);
			assert_int_equal(v[i].replaced_by, 0);
			assert_int_equal(log_minutes(&v[i]), 210);
		}
	}
	assert_int_equal(v[0].kind + v[1].kind, LOG_DELIVERED + LOG_ABSENT);
	free(v);

	/* with the stand-in's own times */
	ok(logbook_absent(planner(f), s2, ABSENCE_LEAVE, f->kim, T(10, 0), T(12, 0), NULL, f->today, &out, &err), &err);
	v = entries(f, D(2026, 11, 17), D(2026, 11, 17), s2, &n);
	assert_int_equal(n, 2);
	for (size_t i = 0; i < n; i++)
		if (v[i].kind == LOG_DELIVERED)
			assert_int_equal(log_minutes(&v[i]), 120);
		else
			assert_int_equal(v[i].end - v[i].start, 210);
	free(v);

	/* without a stand-in */
	ok(logbook_absent(planner(f), s3, ABSENCE_TRAINING, 0, -1, -1, NULL, f->today, &out, &err), &err);
	v = entries(f, D(2026, 11, 18), D(2026, 11, 18), s3, &n);
	assert_int_equal(n, 1);
	assert_int_equal(v[0].kind, LOG_ABSENT);
	assert_int_equal(v[0].replaced_by, 0);
	free(v);

	/* refused: a busy stand-in (both or neither, in the caller's transaction), an inactive one,
	 * oneself, a shift logged already, a cancelled one, the future */
	busy = new_entry(f->kim, f->dolfijnen, D(2026, 11, 19), T(11, 0), T(13, 0));
	log_ok(f, &busy);
	n0 = count(f, "SELECT count(*) FROM log_entry");
	ok(store_begin(f->st, &err), &err);
	assert_int_equal(logbook_absent(planner(f), s4, ABSENCE_SICK, f->kim, -1, -1, NULL, f->today, &out, &err),
			 ZIO_ERULE);
	assert_contains(err.msg, "Kim Smit, SO Egels, 2026-11-19 08:30-12:00: overlaps the logged 11:00-13:00 in "
				 "VSO Dolfijnen");
	store_rollback(f->st);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), n0);
	ok(store_begin(f->st, &err), &err);
	assert_int_equal(logbook_absent(planner(f), s4, ABSENCE_SICK, f->bram, -1, -1, NULL, f->today, &out, &err),
			 ZIO_ERULE);
	assert_contains(err.msg, "Bram Peters is not active on 2026-11-19");
	store_rollback(f->st);
	assert_int_equal(logbook_absent(planner(f), s4, ABSENCE_SICK, f->anna, -1, -1, NULL, f->today, &out, &err),
			 ZIO_EUSAGE);
	assert_int_equal(logbook_absent(planner(f), s1, ABSENCE_SICK, 0, -1, -1, NULL, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "logged already");
	cancel_shift(f, s4);
	assert_int_equal(logbook_absent(planner(f), s4, ABSENCE_SICK, 0, -1, -1, NULL, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "cancelled");
	assert_int_equal(logbook_absent(planner(f), s5, ABSENCE_SICK, 0, -1, -1, NULL, f->today, &out, &err), ZIO_ERULE);
	assert_contains(err.msg, "[future]");
	assert_int_equal(logbook_absent(planner(f), 9999, ABSENCE_SICK, 0, -1, -1, NULL, f->today, &out, &err),
			 ZIO_EUSAGE);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), n0);
	findings_free(&out);
}

static void expect_confirm(int line, const struct confirm_report *r, int confirmed, int already, int future,
			   int refused)
{
	if (r->confirmed != confirmed || r->already != already || r->future != future || r->refused != refused) {
		print_findings(&r->findings);
		fail_msg("line %d: confirmed %d already %d future %d refused %d; want %d %d %d %d", line, r->confirmed,
			 r->already, r->future, r->refused, confirmed, already, future, refused);
	}
}

static void confirm(struct fixture *f, int64_t school, int64_t provider, struct isoweek w, struct confirm_report *r)
{
	struct zio_err err;

	findings_free(&r->findings);
	memset(r, 0, sizeof *r);
	ok(logbook_confirm_week(planner(f), school, provider, w, f->today, r, &err), &err);
}

static void test_logbook_confirm(void **state)
{
	struct fixture *f = *state;
	struct confirm_report r = { 0 };
	struct isoweek w48 = { 2026, 48 };
	struct log_entry e;
	int64_t a1 = add_shift(f, f->anna, f->egels, D(2026, 11, 16), T(8, 30), T(12, 0));
	int64_t k1 = add_shift(f, f->kim, f->vossen, D(2026, 11, 16), T(8, 30), T(12, 0));
	int64_t a2 = add_shift(f, f->anna, f->egels, D(2026, 11, 17), T(8, 30), T(12, 0));
	int64_t k2 = add_shift(f, f->kim, f->egels, D(2026, 11, 18), T(12, 0), T(15, 0));
	int64_t d1 = add_shift(f, f->anna, f->dolfijnen, D(2026, 11, 19), T(8, 30), T(12, 0));
	int64_t t1 = add_shift(f, f->anna, f->egels, D(2026, 11, 23), T(8, 30), T(12, 0));
	int64_t t2 = add_shift(f, f->anna, f->egels, D(2026, 11, 24), T(8, 30), T(12, 0));
	int64_t x;

	cancel_shift(f, a2);
	/* Kim stood in elsewhere at the time of k2: that one is refused */
	e = new_entry(f->kim, f->dolfijnen, D(2026, 11, 18), T(13, 0), T(14, 0));
	log_ok(f, &e);
	(void)d1;
	(void)t1;

	/* one provider */
	confirm(f, f->wilgenhoek, f->zorg, f->w47, &r);
	expect_confirm(__LINE__, &r, 1, 0, 0, 0);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry WHERE shift_id IS NOT NULL"), 1);
	x = count(f, "SELECT shift_id FROM log_entry WHERE shift_id IS NOT NULL");
	assert_int_equal(x, a1);
	/* all of them: k1 made, k2 refused and listed */
	confirm(f, f->wilgenhoek, 0, f->w47, &r);
	expect_confirm(__LINE__, &r, 1, 1, 0, 1);
	expect_codes(&r.findings, RULE_OVERLAP);
	assert_int_equal(r.findings.v[0].shift_id, k2);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry WHERE shift_id IS NOT NULL"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry l JOIN shift s ON s.id = l.shift_id "
				  "WHERE l.start_min = s.start_min AND l.end_min = s.end_min AND l.kind = 'delivered' "
				  "AND l.professional_id = s.professional_id"), 2);
	(void)k1;
	/* idempotent */
	confirm(f, f->wilgenhoek, 0, f->w47, &r);
	expect_confirm(__LINE__, &r, 0, 2, 0, 1);
	confirm(f, f->wilgenhoek, f->zorg, f->w47, &r);
	expect_confirm(__LINE__, &r, 0, 1, 0, 0);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), 3);
	/* the cancelled shift is never logged */
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry l JOIN shift s ON s.id = l.shift_id "
				  "WHERE s.status = 'cancelled'"),
			 0);
	/* another school's shift is its own */
	confirm(f, f->baken, 0, f->w47, &r);
	expect_confirm(__LINE__, &r, 1, 0, 0, 0);
	/* this week: today's made, tomorrow's still to come */
	confirm(f, f->wilgenhoek, 0, w48, &r);
	expect_confirm(__LINE__, &r, 1, 0, 1, 0);
	confirm(f, f->wilgenhoek, 0, w48, &r);
	expect_confirm(__LINE__, &r, 0, 1, 1, 0);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry WHERE shift_id = (SELECT max(id) FROM shift)"), 0);
	(void)t2;
	/* an inactive professional's shift (made behind zio's back) is refused */
	add_shift(f, f->bram, f->egels, D(2026, 11, 20), T(8, 30), T(12, 0));
	confirm(f, f->wilgenhoek, f->zorg, f->w47, &r);
	expect_confirm(__LINE__, &r, 0, 1, 0, 1);
	expect_codes(&r.findings, RULE_INACTIVE);
	findings_free(&r.findings);
}

static void test_logbook_totals(void **state)
{
	struct fixture *f = *state;
	struct findings out = { 0 };
	struct week_hours wh;
	struct hour_totals t;
	struct zio_err err;
	struct log_entry e;
	int64_t a1 = add_shift(f, f->anna, f->egels, D(2026, 11, 16), T(8, 30), T(12, 0));    /* 210 */
	int64_t a2 = add_shift(f, f->anna, f->egels, D(2026, 11, 17), T(8, 30), T(12, 0));    /* 210 */
	int64_t a3 = add_shift(f, f->anna, f->vossen, D(2026, 11, 18), T(8, 30), T(10, 0));   /* 90 */
	int64_t a4 = add_shift(f, f->anna, f->egels, D(2026, 11, 19), T(8, 30), T(12, 0));    /* cancelled */
	int64_t k1 = add_shift(f, f->kim, f->vossen, D(2026, 11, 16), T(12, 0), T(15, 0));    /* 180 */
	int64_t k2 = add_shift(f, f->kim, f->egels, D(2026, 11, 20), T(12, 0), T(15, 0));     /* 180, unlogged */
	struct confirm_report r = { 0 };
	int64_t sum_p = 0, sum_d = 0, sum_a = 0;
	const int64_t classes[] = { f->egels, f->vossen };
	const int64_t pros[] = { f->anna, f->bram, f->kim };

	add_shift(f, f->anna, f->dolfijnen, D(2026, 11, 20), T(8, 30), T(12, 0));           /* other school */
	add_shift(f, f->anna, f->egels, D(2026, 11, 23), T(8, 30), T(12, 0));               /* other week */
	cancel_shift(f, a4);
	/* a1: Anna sick, Kim stood in 09:00-12:00; a2: Anna on leave, nobody; a3, k1 as planned;
	 * extra care of Kim 13:00-14:00 in Egels on the 17th; k2 not logged. */
	ok(logbook_absent(planner(f), a1, ABSENCE_SICK, f->kim, T(9, 0), T(12, 0), NULL, f->today, &out, &err), &err);
	ok(logbook_absent(planner(f), a2, ABSENCE_LEAVE, 0, -1, -1, NULL, f->today, &out, &err), &err);
	e = new_entry(f->anna, f->vossen, D(2026, 11, 18), T(8, 30), T(10, 0));
	e.shift_id = a3;
	log_ok(f, &e);
	e = new_entry(f->kim, f->vossen, D(2026, 11, 16), T(12, 0), T(15, 0));
	e.shift_id = k1;
	log_ok(f, &e);
	e = new_entry(f->kim, f->egels, D(2026, 11, 17), T(13, 0), T(14, 0));
	log_ok(f, &e);
	e = new_entry(f->anna, f->dolfijnen, D(2026, 11, 20), T(8, 30), T(12, 0));
	log_ok(f, &e);

	ok(logbook_week(planner(f), f->wilgenhoek, f->w47, &wh, &err), &err);
	/* per class: the stand-in's hours count for the class */
	t = logbook_totals(&wh, true, f->egels);
	assert_int_equal(t.planned, 210 + 210 + 180);
	assert_int_equal(t.delivered, 180 + 60);
	assert_int_equal(t.absent, 210 + 210);
	t = logbook_totals(&wh, true, f->vossen);
	assert_int_equal(t.planned, 90 + 180);
	assert_int_equal(t.delivered, 90 + 180);
	assert_int_equal(t.absent, 0);
	t = logbook_totals(&wh, true, f->dolfijnen);
	assert_int_equal(t.planned + t.delivered + t.absent, 0);
	/* per professional: the absent one delivered nothing of a1 and a2, the stand-in did */
	t = logbook_totals(&wh, false, f->anna);
	assert_int_equal(t.planned, 210 + 210 + 90);
	assert_int_equal(t.delivered, 90);
	assert_int_equal(t.absent, 420);
	t = logbook_totals(&wh, false, f->kim);
	assert_int_equal(t.planned, 180 + 180);
	assert_int_equal(t.delivered, 180 + 180 + 60);
	assert_int_equal(t.absent, 0);
	t = logbook_totals(&wh, false, f->bram);
	assert_int_equal(t.planned + t.delivered + t.absent, 0);
	/* classes and professionals add up to the same, and to the database's own sums */
	for (size_t i = 0; i < 2; i++) {
		t = logbook_totals(&wh, true, classes[i]);
		sum_p += t.planned;
		sum_d += t.delivered;
		sum_a += t.absent;
	}
	assert_int_equal(sum_p, 870);
	assert_int_equal(sum_d, 510);
	assert_int_equal(sum_a, 420);
	sum_p = sum_d = sum_a = 0;
	for (size_t i = 0; i < 3; i++) {
		t = logbook_totals(&wh, false, pros[i]);
		sum_p += t.planned;
		sum_d += t.delivered;
		sum_a += t.absent;
	}
	assert_int_equal(sum_p, 870);
	assert_int_equal(sum_d, 510);
	assert_int_equal(sum_a, 420);
	assert_int_equal(count(f, "SELECT sum(s.end_min - s.start_min) FROM shift s JOIN class c ON c.id = s.class_id "
				  "WHERE c.school_id = 1 AND s.status = 'planned' AND s.date BETWEEN '2026-11-16' AND '2026-11-22'"),
			 870);
	assert_int_equal(count(f, "SELECT sum(l.end_min - l.start_min) FROM log_entry l JOIN class c ON c.id = l.class_id "
				  "WHERE c.school_id = 1 AND l.kind = 'delivered' AND l.date BETWEEN '2026-11-16' AND '2026-11-22'"),
			 510);
	assert_int_equal(count(f, "SELECT sum(l.end_min - l.start_min) FROM log_entry l JOIN class c ON c.id = l.class_id "
				  "WHERE c.school_id = 1 AND l.kind = 'absent' AND l.date BETWEEN '2026-11-16' AND '2026-11-22'"),
			 420);
	/* the log state of each shift */
	for (size_t i = 0; i < wh.nshifts; i++) {
		const struct shift *s = &wh.shifts[i];
		const char *want = s->id == a1 || s->id == a2 ? "absent"
				 : s->id == a3 || s->id == k1 ? "delivered"
				 : s->id == a4 ? "cancelled"
				 : s->id == k2 ? "unlogged" : "?";
		assert_string_equal(logbook_shift_state(&wh, s), want);
	}
	assert_int_equal(wh.nshifts, 6);
	logbook_week_free(&wh);
	assert_null(wh.shifts);
	assert_null(wh.logs);

	/* confirm then logs k2 as planned: the class's delivered grows by exactly its minutes */
	confirm(f, f->wilgenhoek, 0, f->w47, &r);
	expect_confirm(__LINE__, &r, 1, 4, 0, 0);
	ok(logbook_week(planner(f), f->wilgenhoek, f->w47, &wh, &err), &err);
	t = logbook_totals(&wh, true, f->egels);
	assert_int_equal(t.delivered, 240 + 180);
	assert_int_equal(t.planned, 600);
	logbook_week_free(&wh);
	findings_free(&r.findings);
	findings_free(&out);
}

static void ts_step(struct fixture *f, int64_t provider, int64_t school, struct isoweek w, enum ts_action a,
		    const char *reason, enum ts_status want)
{
	struct timesheet ts;
	struct zio_err err;

	ok(logbook_timesheet(planner(f), provider, school, w, a, reason, f->today, &ts, &err), &err);
	assert_int_equal(ts.status, want);
	assert_int_equal(ts.provider_id, provider);
	assert_int_equal(ts.school_id, school);
	assert_int_equal(date_cmp(ts.week_start, date_from_isoweek(w, 1)), 0);
	assert_string_equal(ts.last_by, logbook_user());
	assert_string_equal(ts.last_reason, reason ? reason : "");
	assert_true(ts.id > 0);
}

static void test_logbook_timesheet(void **state)
{
	struct fixture *f = *state;
	struct timesheet ts, *list;
	struct zio_err err;
	size_t n;
	int64_t n0;

	ok(store_timesheet_get(f->st, f->zorg, f->wilgenhoek, D(2026, 11, 16), &ts, &err), &err);
	assert_int_equal(ts.id, 0);
	assert_int_equal(ts.status, TS_DRAFT);

	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_APPROVE, NULL, f->today, &ts, &err),
			 ZIO_ERULE);
	assert_string_equal(err.msg, "cannot approve a week that is draft");
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet"), 0);
	/* a week that has not begun cannot be signed off; this week can */
	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, (struct isoweek){ 2026, 49 }, TS_SUBMIT,
					   NULL, f->today, &ts, &err),
			 ZIO_ERULE);
	assert_contains(err.msg, "2026-W49 has not begun");
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet"), 0);
	ts_step(f, f->zorg, f->wilgenhoek, (struct isoweek){ 2026, 48 }, TS_SUBMIT, NULL, TS_SUBMITTED);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_SUBMIT, NULL, TS_SUBMITTED);
	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_DISPUTE, NULL, f->today, &ts, &err),
			 ZIO_EUSAGE);
	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_DISPUTE, "", f->today, &ts, &err),
			 ZIO_EUSAGE);
	n0 = count(f, "SELECT count(*) FROM timesheet_event");
	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_DISPUTE, "a\nb", f->today, &ts,
					   &err),
			 ZIO_EUSAGE);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet_event"), n0);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet WHERE status = 'submitted' "
				  "AND week_start = '2026-11-16'"),
			 1);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_DISPUTE, "SO Egels: woensdag niemand", TS_DISPUTED);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_SUBMIT, NULL, TS_SUBMITTED);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_APPROVE, NULL, TS_APPROVED);
	assert_int_equal(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_REOPEN, NULL, f->today, &ts, &err),
			 ZIO_EUSAGE);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_REOPEN, "te laat", TS_REOPENED);
	ts_step(f, f->zorg, f->wilgenhoek, f->w47, TS_SUBMIT, NULL, TS_SUBMITTED);
	/* another school of the same provider, another week: their own */
	ts_step(f, f->zorg, f->baken, f->w47, TS_SUBMIT, NULL, TS_SUBMITTED);
	ts_step(f, f->zorg, f->wilgenhoek, (struct isoweek){ 2026, 46 }, TS_SUBMIT, NULL, TS_SUBMITTED);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet"), 4);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet_event WHERE timesheet_id = 2"), 6);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet_event WHERE timesheet_id = 2 AND status = 'reopened' "
				  "AND reason = 'te laat'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM timesheet WHERE week_start = '2026-11-16'"), 2);

	ok(store_timesheet_list(f->st, D(2026, 11, 9), D(2026, 11, 22), -1, &list, &n, &err), &err);
	assert_int_equal(n, 3);
	free(list);
	ok(store_timesheet_list(f->st, D(2026, 11, 16), D(2026, 11, 22), TS_SUBMITTED, &list, &n, &err), &err);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].school_name, "De Wilgenhoek");
	assert_string_equal(list[0].provider_name, "Zorg Plus");
	assert_string_equal(list[1].school_name, "Het Baken");
	free(list);
	ok(store_timesheet_list(f->st, D(2026, 8, 1), D(2027, 7, 31), TS_APPROVED, &list, &n, &err), &err);
	assert_int_equal(n, 0);
	free(list);
}

/* --- the lock ---------------------------------------------------------------------------------- */

static void approve(struct fixture *f, int64_t provider, int64_t school, struct isoweek w)
{
	struct timesheet ts;
	struct zio_err err;

	ok(logbook_timesheet(planner(f), provider, school, w, TS_SUBMIT, NULL, f->today, &ts, &err), &err);
	ok(logbook_timesheet(planner(f), provider, school, w, TS_APPROVE, NULL, f->today, &ts, &err), &err);
	assert_int_equal(ts.status, TS_APPROVED);
}

#define locked(rc, err) locked_at(__LINE__, rc, err)
static void locked_at(int line, int rc, const struct zio_err *err)
{
	if (rc != ZIO_ERULE)
		fail_msg("line %d: status %d (%s), want refused by the lock", line, rc, rc ? err->msg : "made");
	if (!strstr(err->msg, "approved"))
		fail_msg("line %d: message '%s' does not say the week is approved", line, err->msg);
}

struct locked_world {
	int64_t a1, a2, k1, b1, n1, logged_a1, logged_k1, logged_b1, logged_n1;
};

/* Anna (Zorg Plus) in week 47 at De Wilgenhoek, logged and not; Kim (Anders) there too; Anna at
 * Het Baken in week 47 and at De Wilgenhoek in week 48. Then Zorg Plus's week 47 at De
 * Wilgenhoek is approved. */
static void locked_world(struct fixture *f, struct locked_world *w)
{
	struct log_entry e;

	w->a1 = add_shift(f, f->anna, f->egels, D(2026, 11, 16), T(8, 30), T(12, 0));
	w->a2 = add_shift(f, f->anna, f->vossen, D(2026, 11, 17), T(8, 30), T(12, 0));
	w->k1 = add_shift(f, f->kim, f->egels, D(2026, 11, 16), T(12, 0), T(15, 0));
	w->b1 = add_shift(f, f->anna, f->dolfijnen, D(2026, 11, 18), T(8, 30), T(12, 0));
	w->n1 = add_shift(f, f->anna, f->egels, D(2026, 11, 23), T(8, 30), T(12, 0));
	e = new_entry(f->anna, f->egels, D(2026, 11, 16), T(8, 30), T(12, 0));
	e.shift_id = w->a1;
	w->logged_a1 = log_ok(f, &e);
	e = new_entry(f->kim, f->egels, D(2026, 11, 16), T(12, 0), T(15, 0));
	e.shift_id = w->k1;
	w->logged_k1 = log_ok(f, &e);
	e = new_entry(f->anna, f->dolfijnen, D(2026, 11, 18), T(8, 30), T(12, 0));
	e.shift_id = w->b1;
	w->logged_b1 = log_ok(f, &e);
	e = new_entry(f->anna, f->egels, D(2026, 11, 23), T(8, 30), T(12, 0));
	e.shift_id = w->n1;
	w->logged_n1 = log_ok(f, &e);
	approve(f, f->zorg, f->wilgenhoek, f->w47);
}

static void test_lock_store(void **state)
{
	struct fixture *f = *state;
	struct locked_world w;
	struct findings out = { 0 };
	struct confirm_report r = { 0 };
	struct zio_err err;
	struct log_entry e;
	struct shift s;
	struct timesheet ts;
	int64_t nlog, nshift;

	locked_world(f, &w);
	nlog = count(f, "SELECT count(*) FROM log_entry");
	nshift = count(f, "SELECT count(*) FROM shift");

	/* log entries: insert, update, delete, by the store and by the logbook */
	e = new_entry(f->anna, f->egels, D(2026, 11, 20), T(9, 0), T(10, 0));
	e.logged_by[0] = 'x';
	snprintf(e.logged_at, sizeof e.logged_at, "2026-11-20T10:00:00Z");
	locked(store_log_insert(f->st, &e, &err), &err);
	assert_string_equal(err.msg, "that week's hours are approved: reopen the timesheet first (zio timesheet reopen)");
	e = new_entry(f->anna, f->vossen, D(2026, 11, 22), T(9, 0), T(10, 0));   /* the Sunday */
	locked(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	e = new_entry(f->anna, f->vossen, D(2026, 11, 17), T(8, 30), T(12, 0));
	e.shift_id = w.a2;
	locked(logbook_add(planner(f), &e, f->today, &out, &err), &err);
	locked(logbook_absent(planner(f), w.a2, ABSENCE_SICK, 0, -1, -1, NULL, f->today, &out, &err), &err);
	ok(store_log_get(f->st, w.logged_a1, &e, &err), &err);
	e.end = T(11, 0);
	locked(store_log_update(f->st, &e, &err), &err);
	locked(logbook_update(planner(f), &e, f->today, &out, &err), &err);
	locked(store_log_delete(f->st, w.logged_a1, &err), &err);
	memset(&r, 0, sizeof r);
	locked(logbook_confirm_week(planner(f), f->wilgenhoek, f->zorg, f->w47, f->today, &r, &err), &err);
	findings_free(&r.findings);
	/* Kim (Anders) standing in for Anna's a2 is Anders's hours, but Anna's absence is not */
	locked(logbook_absent(planner(f), w.a2, ABSENCE_SICK, f->kim, -1, -1, NULL, f->today, &out, &err), &err);

	/* shifts: insert, update, delete, moving in and out, changing hands */
	s = (struct shift){ .professional_id = f->anna, .class_id = f->egels, .date = D(2026, 11, 19),
			    .start = T(9, 0), .end = T(10, 0) };
	locked(store_shift_insert(f->st, &s, &err), &err);
	s.date = D(2026, 11, 20);
	locked(plan_shift_add(planner(f), &s, &out, &err), &err);
	ok(store_shift_get(f->st, w.a2, &s, &err), &err);
	s.start = T(9, 0);
	locked(store_shift_update(f->st, &s, &err), &err);
	ok(store_shift_get(f->st, w.a2, &s, &err), &err);
	s.date = D(2026, 11, 24);
	locked(store_shift_update(f->st, &s, &err), &err);
	ok(store_shift_get(f->st, w.a2, &s, &err), &err);
	s.status = SHIFT_CANCELLED;
	snprintf(s.cancel_reason, sizeof s.cancel_reason, "ziek");
	locked(store_shift_update(f->st, &s, &err), &err);
	ok(store_shift_get(f->st, w.a2, &s, &err), &err);
	s.professional_id = f->kim;
	locked(store_shift_update(f->st, &s, &err), &err);
	locked(store_shift_delete(f->st, w.a2, &err), &err);
	ok(store_shift_get(f->st, w.n1, &s, &err), &err);              /* week 48 into 47 */
	s.date = D(2026, 11, 19);
	locked(store_shift_update(f->st, &s, &err), &err);
	ok(store_shift_get(f->st, w.b1, &s, &err), &err);              /* Het Baken into De Wilgenhoek */
	s.class_id = f->egels;
	locked(store_shift_update(f->st, &s, &err), &err);
	ok(store_shift_get(f->st, w.k1, &s, &err), &err);              /* Kim's shift to Anna */
	s.professional_id = f->anna;
	locked(store_shift_update(f->st, &s, &err), &err);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), nlog);
	assert_int_equal(count(f, "SELECT count(*) FROM shift"), nshift);
	assert_int_equal(count(f, "SELECT count(*) FROM shift WHERE version > 1"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry WHERE version > 1"), 0);

	/* the rest stays open: Anders at the same school, Het Baken, week 48 (and week 46) */
	ok(store_log_get(f->st, w.logged_k1, &e, &err), &err);
	e.end = T(14, 0);
	ok(logbook_update(planner(f), &e, f->today, &out, &err), &err);
	ok(store_shift_get(f->st, w.k1, &s, &err), &err);
	s.end = T(14, 0);
	ok(store_shift_update(f->st, &s, &err), &err);
	ok(store_log_get(f->st, w.logged_b1, &e, &err), &err);
	e.end = T(11, 0);
	ok(logbook_update(planner(f), &e, f->today, &out, &err), &err);
	ok(store_log_delete(f->st, w.logged_n1, &err), &err);
	ok(store_shift_get(f->st, w.n1, &s, &err), &err);
	s.date = D(2026, 11, 24);
	ok(store_shift_update(f->st, &s, &err), &err);
	s = (struct shift){ .professional_id = f->anna, .class_id = f->egels, .date = D(2026, 11, 13),
			    .start = T(9, 0), .end = T(10, 0) };
	ok(store_shift_insert(f->st, &s, &err), &err);
	ok(store_shift_delete(f->st, s.id, &err), &err);
	s = (struct shift){ .professional_id = f->kim, .class_id = f->vossen, .date = D(2026, 11, 19),
			    .start = T(9, 0), .end = T(10, 0) };
	ok(store_shift_insert(f->st, &s, &err), &err);
	s = (struct shift){ .professional_id = f->anna, .class_id = f->egels, .date = D(2026, 11, 23),
			    .start = T(13, 0), .end = T(14, 0) };
	ok(store_shift_insert(f->st, &s, &err), &err);

	/* reopened: open again, for the store and the logbook */
	ok(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_REOPEN, "ziekmelding", f->today, &ts, &err), &err);
	ok(store_shift_get(f->st, w.a2, &s, &err), &err);
	s.start = T(9, 0);
	ok(store_shift_update(f->st, &s, &err), &err);
	ok(store_log_get(f->st, w.logged_a1, &e, &err), &err);
	e.end = T(11, 0);
	ok(logbook_update(planner(f), &e, f->today, &out, &err), &err);
	ok(logbook_absent(planner(f), w.a2, ABSENCE_SICK, f->kim, -1, -1, NULL, f->today, &out, &err), &err);
	/* and locked again after the next approval */
	approve(f, f->zorg, f->wilgenhoek, f->w47);
	locked(store_log_delete(f->st, w.logged_a1, &err), &err);
	findings_free(&out);
}

/* Another program on the same file: sqlite3_exec, the SQL a user would type into sqlite3. */
static int raw(struct fixture *f, const char *sql, char *msg, size_t len)
{
	sqlite3 *db;
	char *m = NULL;
	int rc;

	assert_int_equal(sqlite3_open_v2(f->path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 2000);
	rc = sqlite3_exec(db, sql, NULL, NULL, &m);
	snprintf(msg, len, "%s", m ? m : "");
	sqlite3_free(m);
	sqlite3_close(db);
	return rc;
}

#define raw_locked(f, sql) raw_locked_at(__LINE__, f, sql)
static void raw_locked_at(int line, struct fixture *f, const char *sql)
{
	char msg[512];
	int rc = raw(f, sql, msg, sizeof msg);

	if ((rc & 0xff) != SQLITE_CONSTRAINT)
		fail_msg("line %d: %s: rc %d (%s), want SQLITE_CONSTRAINT", line, sql, rc, msg);
	if (!strstr(msg, "approved"))
		fail_msg("line %d: %s: message '%s' does not say approved", line, sql, msg);
}

#define raw_ok(f, sql) raw_ok_at(__LINE__, f, sql)
static void raw_ok_at(int line, struct fixture *f, const char *sql)
{
	char msg[512];
	int rc = raw(f, sql, msg, sizeof msg);

	if (rc != SQLITE_OK)
		fail_msg("line %d: %s: rc %d (%s)", line, sql, rc, msg);
}

static void test_lock_raw_sql(void **state)
{
	struct fixture *f = *state;
	struct locked_world w;
	struct log_entry e;
	struct zio_err err;
	struct timesheet ts;
	char sql[512];
	int64_t nlog, nshift;

	locked_world(f, &w);
	nlog = count(f, "SELECT count(*) FROM log_entry");
	nshift = count(f, "SELECT count(*) FROM shift");

	snprintf(sql, sizeof sql, "UPDATE log_entry SET end_min = 660 WHERE id = %lld", (long long)w.logged_a1);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "DELETE FROM log_entry WHERE id = %lld", (long long)w.logged_a1);
	raw_locked(f, sql);
	raw_locked(f, "DELETE FROM log_entry");
	snprintf(sql, sizeof sql,
		 "INSERT INTO log_entry (shift_id, professional_id, class_id, date, start_min, end_min, kind, logged_by, "
		 "logged_at) VALUES (%lld, %lld, %lld, '2026-11-17', 510, 720, 'delivered', 'x', 'y')",
		 (long long)w.a2, (long long)f->anna, (long long)f->vossen);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "UPDATE shift SET start_min = 540 WHERE id = %lld", (long long)w.a2);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "UPDATE shift SET date = '2026-11-24' WHERE id = %lld", (long long)w.a2);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "UPDATE shift SET date = '2026-11-22' WHERE id = %lld", (long long)w.n1);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "DELETE FROM shift WHERE id = %lld", (long long)w.a2);
	raw_locked(f, sql);
	snprintf(sql, sizeof sql, "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) "
				  "VALUES (%lld, %lld, '2026-11-22', 600, 660)", (long long)f->anna, (long long)f->egels);
	raw_locked(f, sql);
	/* a transaction with a locked statement in it changes nothing */
	snprintf(sql, sizeof sql, "BEGIN; UPDATE shift SET note = 'a' WHERE id = %lld; "
				  "UPDATE shift SET note = 'b' WHERE id = %lld; COMMIT",
		 (long long)w.k1, (long long)w.a1);
	raw_locked(f, sql);
	assert_int_equal(count(f, "SELECT count(*) FROM log_entry"), nlog);
	assert_int_equal(count(f, "SELECT count(*) FROM shift"), nshift);
	assert_int_equal(count(f, "SELECT count(*) FROM shift WHERE note <> ''"), 0);
	ok(store_log_get(f->st, w.logged_a1, &e, &err), &err);
	assert_int_equal(e.end, T(12, 0));

	/* the rest stays writable by anyone */
	snprintf(sql, sizeof sql, "UPDATE shift SET note = 'ok' WHERE id IN (%lld, %lld, %lld)", (long long)w.k1,
		 (long long)w.b1, (long long)w.n1);
	raw_ok(f, sql);
	assert_int_equal(count(f, "SELECT count(*) FROM shift WHERE note = 'ok'"), 3);
	snprintf(sql, sizeof sql, "UPDATE log_entry SET note = 'ok' WHERE id IN (%lld, %lld, %lld)",
		 (long long)w.logged_k1, (long long)w.logged_b1, (long long)w.logged_n1);
	raw_ok(f, sql);
	snprintf(sql, sizeof sql, "INSERT INTO shift (professional_id, class_id, date, start_min, end_min) "
				  "VALUES (%lld, %lld, '2026-11-23', 600, 660)", (long long)f->anna, (long long)f->egels);
	raw_ok(f, sql);

	/* reopened through zio: raw SQL works again */
	ok(logbook_timesheet(planner(f), f->zorg, f->wilgenhoek, f->w47, TS_REOPEN, "correctie", f->today, &ts, &err), &err);
	snprintf(sql, sizeof sql, "UPDATE log_entry SET end_min = 660 WHERE id = %lld", (long long)w.logged_a1);
	raw_ok(f, sql);
	ok(store_log_get(f->st, w.logged_a1, &e, &err), &err);
	assert_int_equal(e.end, T(11, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ts_transition_table),
		cmocka_unit_test(test_ts_names),
		cmocka_unit_test(test_absence_parse),
		cmocka_unit_test(test_log_minutes),
		cmocka_unit_test(test_rule_check_log),
		cmocka_unit_test_setup_teardown(test_logbook_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_logbook_absent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_logbook_confirm, setup, teardown),
		cmocka_unit_test_setup_teardown(test_logbook_totals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_logbook_timesheet, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_raw_sql, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
