/* The week planner's layout without a terminal (src/app/weekgrid.c): the text of one shift in
 * a cell of a given width, the rows of classes or professionals with their cells, heights,
 * planned minutes and pro-rata budgets, and the marks and findings from the rules. The layout
 * tests build a small roster in their own temporary database under /tmp, removed afterwards;
 * the shipped holiday file is read through ZIO_DATADIR (make check-unit sets it; run from the
 * source tree it defaults to share). */
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
#include "zio/text.h"
#include "zio/weekgrid.h"

#define T(h, m) ((h) * 60 + (m))

static struct date D(int y, int m, int d)
{
	return (struct date){ y, m, d };
}

/* --- cell text ----------------------------------------------------------------------------- */

static struct shift cell_shift(const char *pro, const char *klass, int start, int end, bool cancelled)
{
	struct shift s = { 0 };

	s.id = 1;
	s.professional_id = 1;
	s.class_id = 1;
	s.date = D(2026, 11, 9);
	s.start = start;
	s.end = end;
	s.status = cancelled ? SHIFT_CANCELLED : SHIFT_PLANNED;
	if (cancelled)
		snprintf(s.cancel_reason, sizeof s.cancel_reason, "ziek");
	snprintf(s.professional_name, sizeof s.professional_name, "%s", pro);
	snprintf(s.class_name, sizeof s.class_name, "%s", klass);
	snprintf(s.school_name, sizeof s.school_name, "De Wilgenhoek");
	return s;
}

/* The text of s at `width`, checked to fit: at most width display columns, valid UTF-8 (no
 * sequence split), and a prefix of `form` (the form that should be used at that width). */
#define cell_at(s, by_staff, width, form, buf) cell_at_line(__LINE__, s, by_staff, width, form, buf)
static void cell_at_line(int line, const struct shift *s, bool by_staff, int width, const char *form,
			 char buf[128])
{
	size_t len;

	memset(buf, '#', 128);
	weekgrid_cell_text(s, by_staff, width, buf, 128);
	len = strnlen(buf, 128);
	if (len == 128)
		fail_msg("line %d: width %d: not terminated", line, width);
	if (!text_is_utf8(buf, len))
		fail_msg("line %d: width %d: '%s' is not valid UTF-8 (a sequence was split)", line, width, buf);
	if (text_width(buf) > (width > 0 ? width : 0))
		fail_msg("line %d: width %d: '%s' takes %d columns", line, width, buf, text_width(buf));
	if (form && strncmp(buf, form, len) != 0)
		fail_msg("line %d: width %d: '%s' is not a prefix of '%s'", line, width, buf, form);
}

#define expect_cell(s, by_staff, width, want) expect_cell_line(__LINE__, s, by_staff, width, want)
static void expect_cell_line(int line, const struct shift *s, bool by_staff, int width, const char *want)
{
	char buf[128];

	cell_at_line(line, s, by_staff, width, want, buf);
	if (strcmp(buf, want) != 0)
		fail_msg("line %d: width %d: '%s', want '%s'", line, width, buf, want);
}

static void expect_starts(int line, const char *buf, const char *want)
{
	if (strncmp(buf, want, strlen(want)) != 0)
		fail_msg("line %d: '%s' does not start with '%s'", line, buf, want);
}

/* One name through the widths 20, 15, 14, 12, 11, 7 and 3; `who` its initials (given as the
 * expected text, not computed), `cols` their display width. */
static void name_through_widths(int line, const char *name, const char *who, int cols)
{
	struct shift s = cell_shift(name, "Egels", T(8, 30), T(12, 0), false);
	char full[64], mid[64], shorter[64], buf[128];
	const int widths[] = { 20, 15, 14, 12, 11, 7, 3 };

	snprintf(full, sizeof full, "%s 08:30-12:00", who);     /* cols + 12 columns */
	snprintf(mid, sizeof mid, "%s 0830-1200", who);         /* cols + 10 */
	snprintf(shorter, sizeof shorter, "%s 0830", who);      /* cols + 5 */
	for (size_t i = 0; i < sizeof widths / sizeof widths[0]; i++) {
		int w = widths[i];
		if (w >= cols + 12) {
			cell_at_line(line, &s, false, w, full, buf);
			if (strcmp(buf, full) != 0)
				fail_msg("line %d: %s at %d: '%s', want '%s'", line, name, w, buf, full);
		} else if (w >= cols + 10) {
			cell_at_line(line, &s, false, w, mid, buf);
			if (strcmp(buf, mid) != 0)
				fail_msg("line %d: %s at %d: '%s', want '%s'", line, name, w, buf, mid);
		} else if (w >= cols + 5) {
			cell_at_line(line, &s, false, w, shorter, buf);
			if (strcmp(buf, shorter) != 0)
				fail_msg("line %d: %s at %d: '%s', want '%s'", line, name, w, buf, shorter);
		} else {
			/* too narrow for the shortest form: a cut of it, never a split character */
			cell_at_line(line, &s, false, w, shorter, buf);
			if (buf[0] == '\0')
				fail_msg("line %d: %s at %d: empty, though the first initial fits", line, name, w);
		}
	}
	/* every width from nothing to wide fits and never splits a character */
	for (int w = 0; w <= 24; w++)
		cell_at_line(line, &s, false, w, NULL, buf);
}

static void test_cell_text_initials(void **state)
{
	struct shift s = cell_shift("Zoë de Vries", "Egels", T(8, 30), T(12, 0), false);
	char buf[128];

	(void)state;
	name_through_widths(__LINE__, "Zoë de Vries", "ZV", 2);
	name_through_widths(__LINE__, "Zoe\xcc\x88 de Vries", "ZV", 2);   /* ë as e + combining diaeresis */
	name_through_widths(__LINE__, "Ümit Yılmaz", "ÜY", 2);
	name_through_widths(__LINE__, "Jan van der Berg", "JB", 2);
	name_through_widths(__LINE__, "王 小明", "王小", 4);          /* two wide characters */

	/* the exact texts the brief names, width by width */
	expect_cell(&s, false, 20, "ZV 08:30-12:00");
	expect_cell(&s, false, 15, "ZV 08:30-12:00");
	expect_cell(&s, false, 14, "ZV 08:30-12:00");
	expect_cell(&s, false, 13, "ZV 0830-1200");
	expect_cell(&s, false, 12, "ZV 0830-1200");
	expect_cell(&s, false, 11, "ZV 0830");
	expect_cell(&s, false, 7, "ZV 0830");
	cell_at(&s, false, 3, "ZV 0830", buf);
	expect_starts(__LINE__, buf, "ZV");
	s = cell_shift("Ümit Yılmaz", "Egels", T(8, 30), T(12, 0), false);
	expect_cell(&s, false, 14, "ÜY 08:30-12:00");
	expect_cell(&s, false, 12, "ÜY 0830-1200");
	expect_cell(&s, false, 7, "ÜY 0830");
	cell_at(&s, false, 3, "ÜY 0830", buf);
	expect_starts(__LINE__, buf, "ÜY");
	s = cell_shift("Jan van der Berg", "Egels", T(8, 30), T(12, 0), false);
	expect_cell(&s, false, 20, "JB 08:30-12:00");
	expect_cell(&s, false, 11, "JB 0830");

	/* CJK: 王小 is four columns, so everything is two columns wider */
	s = cell_shift("王 小明", "Egels", T(8, 30), T(12, 0), false);
	expect_cell(&s, false, 20, "王小 08:30-12:00");
	expect_cell(&s, false, 16, "王小 08:30-12:00");
	expect_cell(&s, false, 15, "王小 0830-1200");
	expect_cell(&s, false, 14, "王小 0830-1200");
	expect_cell(&s, false, 12, "王小 0830");
	expect_cell(&s, false, 9, "王小 0830");
	cell_at(&s, false, 7, "王小 0830", buf);
	expect_starts(__LINE__, buf, "王小");
	/* three columns hold 王 but not 王小: the second wide character is left out whole */
	cell_at(&s, false, 3, "王小 0830", buf);
	assert_string_equal(buf, "王");
	cell_at(&s, false, 1, "王小 0830", buf);
	assert_string_equal(buf, "");

	/* a width of nothing (a terminal too narrow) gives nothing */
	s = cell_shift("Zoë de Vries", "Egels", T(8, 30), T(12, 0), false);
	cell_at(&s, false, 0, NULL, buf);
	assert_string_equal(buf, "");
	cell_at(&s, false, -1, NULL, buf);
	assert_string_equal(buf, "");

	/* other times: midnight-side and afternoon */
	s = cell_shift("Zoë de Vries", "Egels", T(0, 5), T(23, 59), false);
	expect_cell(&s, false, 14, "ZV 00:05-23:59");
	expect_cell(&s, false, 12, "ZV 0005-2359");
	expect_cell(&s, false, 7, "ZV 0005");
}

static void test_cell_text_cancelled(void **state)
{
	struct shift s = cell_shift("Zoë de Vries", "Egels", T(8, 30), T(12, 0), true);
	char buf[128];

	(void)state;
	expect_cell(&s, false, 20, "xZV 08:30-12:00");
	expect_cell(&s, false, 15, "xZV 08:30-12:00");
	expect_cell(&s, false, 14, "xZV 0830-1200");
	expect_cell(&s, false, 13, "xZV 0830-1200");
	expect_cell(&s, false, 12, "xZV 0830");
	expect_cell(&s, false, 11, "xZV 0830");
	expect_cell(&s, false, 8, "xZV 0830");
	cell_at(&s, false, 7, "xZV 0830", buf);
	expect_starts(__LINE__, buf, "xZV");
	cell_at(&s, false, 3, "xZV 0830", buf);
	expect_starts(__LINE__, buf, "x");
	for (int w = 0; w <= 24; w++)
		cell_at(&s, false, w, NULL, buf);

	s = cell_shift("Ümit Yılmaz", "Egels", T(8, 30), T(12, 0), true);
	expect_cell(&s, false, 20, "xÜY 08:30-12:00");
	expect_cell(&s, false, 12, "xÜY 0830");
	cell_at(&s, false, 3, "xÜY 0830", buf);
	expect_starts(__LINE__, buf, "x");

	s = cell_shift("王 小明", "Egels", T(8, 30), T(12, 0), true);
	expect_cell(&s, false, 17, "x王小 08:30-12:00");
	expect_cell(&s, false, 15, "x王小 0830-1200");
	expect_cell(&s, false, 11, "x王小 0830");
	cell_at(&s, false, 4, "x王小 0830", buf);
	assert_string_equal(buf, "x王");
	cell_at(&s, false, 2, "x王小 0830", buf);
	assert_string_equal(buf, "x");

	/* a planned shift never starts with the marker */
	s = cell_shift("Xandra Bos", "Egels", T(8, 30), T(12, 0), false);
	expect_cell(&s, false, 20, "XB 08:30-12:00");
}

static void test_cell_text_by_staff(void **state)
{
	struct shift s = cell_shift("Zoë de Vries", "Egels", T(8, 30), T(12, 0), false);
	char buf[128];

	(void)state;
	/* the class, not the professional's initials */
	expect_cell(&s, true, 20, "Egels 08:30-12:00");
	for (int w = 0; w <= 24; w++) {
		cell_at(&s, true, w, NULL, buf);
		if (strstr(buf, "ZV"))
			fail_msg("width %d: '%s' shows initials in the staff view", w, buf);
	}
	cell_at(&s, true, 12, NULL, buf);
	expect_starts(__LINE__, buf, "Eg");
	if (!strstr(buf, "0830"))
		fail_msg("width 12: '%s' lacks the start time", buf);
	cell_at(&s, true, 7, NULL, buf);
	expect_starts(__LINE__, buf, "Eg");

	/* cancelled in the staff view */
	s = cell_shift("Zoë de Vries", "Egels", T(8, 30), T(12, 0), true);
	expect_cell(&s, true, 20, "xEgels 08:30-12:00");
	cell_at(&s, true, 12, NULL, buf);
	expect_starts(__LINE__, buf, "xEg");

	/* a class name with wide characters is cut whole, never mid-character */
	s = cell_shift("Zoë de Vries", "熊猫班", T(8, 30), T(12, 0), false);
	for (int w = 0; w <= 24; w++)
		cell_at(&s, true, w, NULL, buf);
	cell_at(&s, true, 20, NULL, buf);
	expect_starts(__LINE__, buf, "熊");
	if (!strstr(buf, "08:30-12:00"))
		fail_msg("width 20: '%s' lacks the times", buf);
	s = cell_shift("Zoë de Vries", "Zeeëgels", T(8, 30), T(12, 0), false);
	for (int w = 0; w <= 24; w++)
		cell_at(&s, true, w, NULL, buf);
	cell_at(&s, true, 20, NULL, buf);
	expect_starts(__LINE__, buf, "Zee");
}

/* --- the grid on a database ---------------------------------------------------------------- */

struct fixture {
	char dir[64];
	char path[128];
	struct store *st;
	struct config cfg;
	struct planner pl;
	bool pl_open;
	int64_t school, empty;              /* De Wilgenhoek (zuid, 08:30-15:00); Leeg, no classes */
	int64_t emb;                        /* target group, 20 hours a week */
	int64_t egels, uilen, dolfijnen;    /* made in this order; Dolfijnen has 5 hours a week */
	int64_t provider;
	int64_t chris, anna, bram;          /* made in this order: ids not in name order */
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

static void ok(int rc, const struct zio_err *err)
{
	if (rc != ZIO_OK)
		fail_msg("status %d: %s", rc, err->msg);
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

static int64_t add_class(struct store *st, int64_t school, int64_t group, const char *name, int weekly)
{
	struct class c = { .school_id = school, .group_id = group, .pupils = 9, .weekly_minutes = weekly };
	struct zio_err err;

	snprintf(c.name, sizeof c.name, "%s", name);
	ok(store_class_insert(st, &c, &err), &err);
	return c.id;
}

static int64_t add_staff(struct fixture *f, const char *name, int contract_hours)
{
	struct professional p = { .provider_id = f->provider, .contract_minutes = contract_hours * 60 };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.discipline, sizeof p.discipline, "begeleider");
	p.active_from = D(2026, 8, 1);
	ok(store_staff_insert(f->st, &p, &err), &err);
	return p.id;
}

static void add_team(struct fixture *f, int64_t pro, int64_t klass)
{
	struct team_member t = { .professional_id = pro, .class_id = klass };
	struct zio_err err;

	ok(store_team_insert(f->st, &t, &err), &err);
}

static void add_closure(struct fixture *f, struct date d, int start, int end, const char *reason)
{
	struct closure c = { .school_id = f->school, .from = d, .to = d, .start = start, .end = end };
	struct zio_err err;

	snprintf(c.reason, sizeof c.reason, "%s", reason);
	ok(store_closure_insert(f->st, &c, &err), &err);
}

/* De Wilgenhoek with Egels (20 h), Uilen (20 h) and Dolfijnen (5 h), and Leeg without classes;
 * Chris Bakker 8 h (fixed in Dolfijnen), Anna Jansen 24 h (Egels, Dolfijnen), Bram Peters
 * 16 h (Egels), all of Zorg Plus. */
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
	strcpy(f->dir, "/tmp/zio-test-weekgrid.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof f->path, "%s/zio.db", f->dir);
	if (store_open(f->path, STORE_CREATE, NULL, &f->st, &err) != ZIO_OK) {
		fprintf(stderr, "store_open: %s\n", err.msg);
		return -1;
	}
	config_defaults(&f->cfg);

	f->school = add_school(f->st, "De Wilgenhoek");
	f->empty = add_school(f->st, "Leeg");
	strcpy(g.name, "EMB");
	ok(store_group_insert(f->st, &g, &err), &err);
	f->emb = g.id;
	f->egels = add_class(f->st, f->school, f->emb, "Egels", -1);
	f->uilen = add_class(f->st, f->school, f->emb, "Uilen", -1);
	f->dolfijnen = add_class(f->st, f->school, f->emb, "Dolfijnen", 5 * 60);
	strcpy(pr.name, "Zorg Plus");
	ok(store_provider_insert(f->st, &pr, &err), &err);
	f->provider = pr.id;
	f->chris = add_staff(f, "Chris Bakker", 8);
	f->anna = add_staff(f, "Anna Jansen", 24);
	f->bram = add_staff(f, "Bram Peters", 16);
	add_team(f, f->anna, f->egels);
	add_team(f, f->anna, f->dolfijnen);
	add_team(f, f->bram, f->egels);
	add_team(f, f->chris, f->dolfijnen);
	return 0;
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
	if (f->dir[0] && strcmp(f->dir, "/tmp/zio-test-weekgrid.XXXXXX") != 0)
		rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return rc;
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

/* Through the rules: must be accepted (warnings are fine). */
static int64_t add_ok(struct fixture *f, int64_t pro, int64_t klass, struct date d, int start, int end)
{
	struct shift s = { .professional_id = pro, .class_id = klass, .date = d, .start = start, .end = end };
	struct findings out = { 0 };
	struct zio_err err;

	ok(plan_shift_add(planner(f), &s, &out, &err), &err);
	assert_true(s.id > 0);
	findings_free(&out);
	return s.id;
}

/* Straight into the store, past the rules (as an import or another program might). */
static int64_t add_raw(struct fixture *f, int64_t pro, int64_t klass, struct date d, int start, int end,
		       bool cancelled)
{
	struct shift s = { .professional_id = pro, .class_id = klass, .date = d, .start = start, .end = end };
	struct zio_err err;

	if (cancelled) {
		s.status = SHIFT_CANCELLED;
		snprintf(s.cancel_reason, sizeof s.cancel_reason, "ziek");
	}
	ok(store_shift_insert(f->st, &s, &err), &err);
	assert_true(s.id > 0);
	return s.id;
}

static void build(struct fixture *f, int64_t school, struct isoweek w, bool by_staff, struct week_grid *g)
{
	struct zio_err err = { 0 };

	ok(weekgrid_build(planner(f), school, w, by_staff, g, &err), &err);
	assert_int_equal(g->school_id, school);
	assert_int_equal(g->week.year, w.year);
	assert_int_equal(g->week.week, w.week);
	assert_int_equal(g->by_staff, by_staff);
}

static void print_findings(const struct findings *fs)
{
	for (size_t i = 0; i < fs->n; i++)
		print_message("  finding %zu: %s: %s\n", i, rule_code_name(fs->v[i].code), fs->v[i].msg);
}

static const struct grid_row *row_of(const struct week_grid *g, int64_t id)
{
	for (size_t r = 0; r < g->nrows; r++)
		if (g->rows[r].id == id)
			return &g->rows[r];
	fail_msg("no row for id %lld", (long long)id);
	return NULL;
}

static size_t row_index(const struct week_grid *g, const struct grid_row *row)
{
	return (size_t)(row - g->rows);
}

static size_t shift_index(const struct week_grid *g, int64_t id)
{
	for (size_t i = 0; i < g->nshifts; i++)
		if (g->shifts[i].id == id)
			return i;
	fail_msg("shift %lld not in the grid", (long long)id);
	return 0;
}

static enum grid_mark mark_of(const struct week_grid *g, int64_t shift_id)
{
	return g->marks[shift_index(g, shift_id)];
}

/* The shift ids of one cell (weekday 1..5) of a row are exactly want[], in that order. */
#define expect_cell_ids(g, row, wd, ...)                                                              \
	expect_cell_ids_line(__LINE__, g, row, wd, (const int64_t[]){ __VA_ARGS__ },                    \
			     sizeof((const int64_t[]){ __VA_ARGS__ }) / sizeof(int64_t))
static void expect_cell_ids_line(int line, const struct week_grid *g, const struct grid_row *row, int wd,
				 const int64_t *want, size_t nwant)
{
	size_t n = row->cell_count[wd - 1], first = row->cell_first[wd - 1];
	bool same = n == nwant;

	if (want[0] == 0) {   /* expect_cell_ids(g, row, wd, 0): an empty cell */
		nwant = 0;
		same = n == 0;
	}
	for (size_t k = 0; same && k < n; k++)
		same = first + k < g->nshifts && g->shifts[first + k].id == want[k];
	if (!same) {
		for (size_t k = 0; k < n && first + k < g->nshifts; k++)
			print_message("  cell: shift %lld %02d:%02d\n", (long long)g->shifts[first + k].id,
				      g->shifts[first + k].start / 60, g->shifts[first + k].start % 60);
		fail_msg("line %d: row '%s' weekday %d has %zu shifts, not the %zu expected", line, row->label, wd, n,
			 nwant);
	}
	for (size_t k = 0; k < n; k++) {
		const struct shift *s = &g->shifts[first + k];
		if (date_weekday(s->date) != wd)
			fail_msg("line %d: shift %lld in the cell of weekday %d", line, (long long)s->id, wd);
		if (k > 0 && s->start < g->shifts[first + k - 1].start)
			fail_msg("line %d: row '%s' weekday %d is not in start order", line, row->label, wd);
	}
}

/* The findings of a shift or row are exactly these codes, in any order. */
#define expect_findings_of(g, shift_id, row, ...)                                                     \
	expect_findings_of_line(__LINE__, g, shift_id, row, (const enum rule_code[]){ __VA_ARGS__ },       \
				sizeof((const enum rule_code[]){ __VA_ARGS__ }) / sizeof(enum rule_code))
#define NO_FINDINGS RULE_COUNT
static void expect_findings_of_line(int line, const struct week_grid *g, int64_t shift_id,
				    const struct grid_row *row, const enum rule_code *want, size_t nwant)
{
	const struct finding *out[16];
	size_t n = weekgrid_findings_of(g, shift_id, row, out, 16);
	bool used[16] = { false };
	bool same;

	if (nwant == 1 && want[0] == NO_FINDINGS)
		nwant = 0;
	same = n == nwant;
	for (size_t i = 0; same && i < nwant; i++) {
		bool found = false;
		for (size_t k = 0; k < n && !found; k++)
			if (!used[k] && out[k]->code == want[i])
				found = used[k] = true;
		same = found;
	}
	if (!same) {
		for (size_t k = 0; k < n; k++)
			print_message("  got: %s: %s\n", rule_code_name(out[k]->code), out[k]->msg);
		fail_msg("line %d: %zu findings of shift %lld / row '%s', not the %zu expected", line, n,
			 (long long)shift_id, row ? row->label : "-", nwant);
	}
	for (size_t k = 0; k < n; k++) {
		/* pointers into the grid's own findings */
		assert_true(out[k] >= g->findings.v && out[k] < g->findings.v + g->findings.n);
		if (shift_id)
			assert_int_equal(out[k]->shift_id, shift_id);
		else
			assert_int_equal(out[k]->shift_id, 0);
	}
}

static size_t count_code(const struct findings *fs, enum rule_code c)
{
	size_t n = 0;

	for (size_t i = 0; i < fs->n; i++)
		n += fs->v[i].code == c;
	return n;
}

/* 2026-W46, Monday 9 .. Friday 13 November 2026: an ordinary week in region zuid. */
static const struct isoweek W46 = { 2026, 46 };

struct week46 {
	int64_t eg_mon_bram, eg_mon_anna;                 /* Egels, Monday */
	int64_t eg_tue_anna, eg_tue_chris, eg_tue_bram;   /* Egels, Tuesday; Chris not fixed */
	int64_t eg_wed_anna_x, eg_wed_bram;               /* Egels, Wednesday; Anna's cancelled */
	int64_t do_thu_anna, do_fri_chris;                /* Dolfijnen */
};

/* Egels: 1095 minutes planned (the cancelled 210 not counted), within 10% of its 1200, three
 * faces; Dolfijnen: 570 minutes, over its 300; Uilen nothing, under its 1200. Inserted out of
 * start order so that the grid's sort shows. */
static void plan_week46(struct fixture *f, struct week46 *w)
{
	w->eg_mon_bram = add_ok(f, f->bram, f->egels, D(2026, 11, 9), T(12, 0), T(15, 0));
	w->eg_mon_anna = add_ok(f, f->anna, f->egels, D(2026, 11, 9), T(8, 30), T(12, 0));
	w->eg_tue_anna = add_ok(f, f->anna, f->egels, D(2026, 11, 10), T(12, 0), T(15, 0));
	w->eg_tue_chris = add_ok(f, f->chris, f->egels, D(2026, 11, 10), T(10, 0), T(11, 0));
	w->eg_tue_bram = add_ok(f, f->bram, f->egels, D(2026, 11, 10), T(8, 30), T(10, 0));
	w->eg_wed_bram = add_ok(f, f->bram, f->egels, D(2026, 11, 11), T(8, 45), T(15, 0));
	w->eg_wed_anna_x = add_raw(f, f->anna, f->egels, D(2026, 11, 11), T(8, 30), T(12, 0), true);
	w->do_thu_anna = add_ok(f, f->anna, f->dolfijnen, D(2026, 11, 12), T(8, 30), T(15, 0));
	w->do_fri_chris = add_ok(f, f->chris, f->dolfijnen, D(2026, 11, 13), T(8, 30), T(11, 30));
}

static void test_rows_of_classes(void **state)
{
	struct fixture *f = *state;
	struct week46 w;
	struct week_grid g;
	const struct grid_row *eg, *ui, *dol;
	char buf[128];

	plan_week46(f, &w);
	build(f, f->school, W46, false, &g);

	for (int i = 0; i < 5; i++) {
		assert_int_equal(g.days[i].status, CAL_OPEN);
		assert_false(g.days[i].weekend);
	}
	/* every shift of the week, the cancelled one too */
	assert_int_equal(g.nshifts, 9);

	/* the classes in name order, whatever order they were made in */
	assert_int_equal(g.nrows, 3);
	assert_string_equal(g.rows[0].label, "Dolfijnen");
	assert_string_equal(g.rows[1].label, "Egels");
	assert_string_equal(g.rows[2].label, "Uilen");
	assert_int_equal(g.rows[0].id, f->dolfijnen);
	assert_int_equal(g.rows[1].id, f->egels);
	assert_int_equal(g.rows[2].id, f->uilen);
	for (size_t r = 0; r < g.nrows; r++)
		assert_string_equal(g.rows[r].group, "EMB");
	dol = &g.rows[0];
	eg = &g.rows[1];
	ui = &g.rows[2];

	/* the cells, each in start order */
	expect_cell_ids(&g, eg, 1, w.eg_mon_anna, w.eg_mon_bram);
	expect_cell_ids(&g, eg, 2, w.eg_tue_bram, w.eg_tue_chris, w.eg_tue_anna);
	expect_cell_ids(&g, eg, 3, w.eg_wed_anna_x, w.eg_wed_bram);
	expect_cell_ids(&g, eg, 4, 0);
	expect_cell_ids(&g, eg, 5, 0);
	expect_cell_ids(&g, dol, 1, 0);
	expect_cell_ids(&g, dol, 2, 0);
	expect_cell_ids(&g, dol, 3, 0);
	expect_cell_ids(&g, dol, 4, w.do_thu_anna);
	expect_cell_ids(&g, dol, 5, w.do_fri_chris);
	for (int d = 1; d <= 5; d++)
		expect_cell_ids(&g, ui, d, 0);
	/* a cell's shifts belong to its row */
	for (size_t r = 0; r < g.nrows; r++)
		for (int d = 0; d < 5; d++)
			for (size_t k = 0; k < g.rows[r].cell_count[d]; k++)
				assert_int_equal(g.shifts[g.rows[r].cell_first[d] + k].class_id, g.rows[r].id);

	/* heights: the fullest cell; at least one line */
	assert_int_equal(weekgrid_row_height(&g, row_index(&g, dol)), 1);
	assert_int_equal(weekgrid_row_height(&g, row_index(&g, eg)), 3);
	assert_int_equal(weekgrid_row_height(&g, row_index(&g, ui)), 1);

	/* planned minutes without the cancelled shift; the budgets of an open week in full */
	assert_int_equal(eg->planned_minutes, 180 + 210 + 180 + 60 + 90 + 375);
	assert_int_equal(dol->planned_minutes, 390 + 180);
	assert_int_equal(ui->planned_minutes, 0);
	assert_int_equal(eg->budget_minutes, 1200);
	assert_int_equal(dol->budget_minutes, 300);
	assert_int_equal(ui->budget_minutes, 1200);

	/* the shifts carry their names, so a cell can be written straight from the grid */
	weekgrid_cell_text(&g.shifts[shift_index(&g, w.eg_mon_anna)], false, 20, buf, sizeof buf);
	assert_string_equal(buf, "AJ 08:30-12:00");
	weekgrid_cell_text(&g.shifts[shift_index(&g, w.eg_wed_anna_x)], false, 20, buf, sizeof buf);
	assert_string_equal(buf, "xAJ 08:30-12:00");
	weekgrid_cell_text(&g.shifts[shift_index(&g, w.do_fri_chris)], false, 12, buf, sizeof buf);
	assert_string_equal(buf, "CB 0830-1130");

	/* marks: Chris is not in the fixed team of Egels; the rest is clean */
	if (g.findings.n != 3 || count_code(&g.findings, RULE_NOT_FIXED) != 1 ||
	    count_code(&g.findings, RULE_BUDGET) != 2) {
		print_findings(&g.findings);
		fail_msg("%zu findings, want not-fixed-team once and budget twice", g.findings.n);
	}
	assert_int_equal(mark_of(&g, w.eg_tue_chris), MARK_WARNING);
	assert_int_equal(mark_of(&g, w.eg_mon_anna), MARK_NONE);
	assert_int_equal(mark_of(&g, w.eg_mon_bram), MARK_NONE);
	assert_int_equal(mark_of(&g, w.eg_tue_anna), MARK_NONE);
	assert_int_equal(mark_of(&g, w.eg_tue_bram), MARK_NONE);
	assert_int_equal(mark_of(&g, w.eg_wed_anna_x), MARK_NONE);
	assert_int_equal(mark_of(&g, w.eg_wed_bram), MARK_NONE);
	assert_int_equal(mark_of(&g, w.do_thu_anna), MARK_NONE);
	assert_int_equal(mark_of(&g, w.do_fri_chris), MARK_NONE);   /* Chris is fixed in Dolfijnen */
	/* row marks: Dolfijnen over its budget, Uilen under it, Egels within */
	assert_int_equal(dol->mark, MARK_WARNING);
	assert_int_equal(ui->mark, MARK_WARNING);
	assert_int_equal(eg->mark, MARK_NONE);

	/* the findings behind the marks */
	expect_findings_of(&g, w.eg_tue_chris, NULL, RULE_NOT_FIXED);
	expect_findings_of(&g, w.eg_tue_chris, eg, RULE_NOT_FIXED);   /* a shift id wins over the row */
	expect_findings_of(&g, w.eg_mon_anna, NULL, NO_FINDINGS);
	expect_findings_of(&g, 0, dol, RULE_BUDGET);
	expect_findings_of(&g, 0, ui, RULE_BUDGET);
	expect_findings_of(&g, 0, eg, NO_FINDINGS);   /* its shift's finding is not the row's */
	expect_findings_of(&g, 0, NULL, NO_FINDINGS);
	{
		const struct finding *out[4];
		assert_int_equal(weekgrid_findings_of(&g, 0, dol, out, 1), 1);
		assert_int_equal(out[0]->class_id, f->dolfijnen);
		assert_non_null(strstr(out[0]->msg, "Dolfijnen"));
		assert_int_equal(weekgrid_findings_of(&g, 0, dol, out, 0), 0);
		assert_int_equal(weekgrid_findings_of(&g, w.eg_tue_chris, NULL, out, 4), 1);
		assert_int_equal(out[0]->professional_id, f->chris);
		assert_int_equal(out[0]->class_id, f->egels);
	}

	weekgrid_free(&g);
	assert_null(g.shifts);
	assert_null(g.rows);
	assert_int_equal(g.nrows, 0);
	weekgrid_free(&g);   /* harmless twice */
}

static void test_rows_of_staff(void **state)
{
	struct fixture *f = *state;
	struct week46 w;
	struct week_grid g;
	const struct grid_row *anna, *bram, *chris;
	int64_t bram_thu, bram_fri, chris_fri_eg, chris_mon;
	char buf[128];

	plan_week46(f, &w);
	/* Bram over his 16 hours: 645 + 780 minutes (and Egels over its budget) */
	bram_thu = add_ok(f, f->bram, f->egels, D(2026, 11, 12), T(8, 30), T(15, 0));
	bram_fri = add_ok(f, f->bram, f->egels, D(2026, 11, 13), T(8, 30), T(15, 0));
	/* a second shift for Chris on Friday, made before the earlier one of that day exists */
	chris_fri_eg = add_ok(f, f->chris, f->egels, D(2026, 11, 13), T(12, 0), T(13, 0));
	/* Chris's is now the week's first shift (Monday, Dolfijnen before Egels), so the store
	 * meets the professionals as Chris, Anna, Bram */
	chris_mon = add_ok(f, f->chris, f->dolfijnen, D(2026, 11, 9), T(8, 30), T(9, 0));
	build(f, f->school, W46, true, &g);

	/* the professionals with a shift this week, in name order (made Chris, Anna, Bram) */
	assert_int_equal(g.nrows, 3);
	assert_string_equal(g.rows[0].label, "Anna Jansen");
	assert_string_equal(g.rows[1].label, "Bram Peters");
	assert_string_equal(g.rows[2].label, "Chris Bakker");
	for (size_t r = 0; r + 1 < g.nrows; r++)
		assert_true(strcoll(g.rows[r].label, g.rows[r + 1].label) < 0);
	anna = row_of(&g, f->anna);
	bram = row_of(&g, f->bram);
	chris = row_of(&g, f->chris);
	assert_ptr_equal(anna, &g.rows[0]);
	assert_ptr_equal(bram, &g.rows[1]);
	assert_ptr_equal(chris, &g.rows[2]);
	for (size_t r = 0; r < g.nrows; r++)
		assert_string_equal(g.rows[r].group, "Zorg Plus");

	/* the contract is the budget; planned without the cancelled shift */
	assert_int_equal(anna->budget_minutes, 24 * 60);
	assert_int_equal(bram->budget_minutes, 16 * 60);
	assert_int_equal(chris->budget_minutes, 8 * 60);
	assert_int_equal(anna->planned_minutes, 210 + 180 + 390);
	assert_int_equal(bram->planned_minutes, 180 + 90 + 375 + 390 + 390);
	assert_int_equal(chris->planned_minutes, 30 + 60 + 180 + 60);

	/* cells by professional, across classes, in start order */
	expect_cell_ids(&g, anna, 1, w.eg_mon_anna);
	expect_cell_ids(&g, anna, 2, w.eg_tue_anna);
	expect_cell_ids(&g, anna, 3, w.eg_wed_anna_x);
	expect_cell_ids(&g, anna, 4, w.do_thu_anna);
	expect_cell_ids(&g, anna, 5, 0);
	expect_cell_ids(&g, bram, 1, w.eg_mon_bram);
	expect_cell_ids(&g, bram, 2, w.eg_tue_bram);
	expect_cell_ids(&g, bram, 3, w.eg_wed_bram);
	expect_cell_ids(&g, bram, 4, bram_thu);
	expect_cell_ids(&g, bram, 5, bram_fri);
	expect_cell_ids(&g, chris, 1, chris_mon);
	expect_cell_ids(&g, chris, 3, 0);
	expect_cell_ids(&g, chris, 2, w.eg_tue_chris);
	expect_cell_ids(&g, chris, 5, w.do_fri_chris, chris_fri_eg);
	for (size_t r = 0; r < g.nrows; r++)
		for (int d = 0; d < 5; d++)
			for (size_t k = 0; k < g.rows[r].cell_count[d]; k++)
				assert_int_equal(g.shifts[g.rows[r].cell_first[d] + k].professional_id, g.rows[r].id);
	assert_int_equal(weekgrid_row_height(&g, 0), 1);
	assert_int_equal(weekgrid_row_height(&g, 1), 1);
	assert_int_equal(weekgrid_row_height(&g, 2), 2);

	/* the staff view writes the class */
	weekgrid_cell_text(&g.shifts[shift_index(&g, w.do_thu_anna)], true, 20, buf, sizeof buf);
	assert_true(strncmp(buf, "Dol", 3) == 0 && (strstr(buf, "08:30") || strstr(buf, "0830")) &&
		    text_width(buf) <= 20);
	weekgrid_cell_text(&g.shifts[shift_index(&g, w.eg_wed_anna_x)], true, 20, buf, sizeof buf);
	assert_true(strncmp(buf, "xEg", 3) == 0 && (strstr(buf, "08:30") || strstr(buf, "0830")) &&
		    text_width(buf) <= 20);

	/* the row mark is the contract only; the class budgets are not the professionals' */
	assert_int_equal(count_code(&g.findings, RULE_OVER_CONTRACT), 1);
	assert_true(count_code(&g.findings, RULE_BUDGET) >= 1);   /* Egels over, Uilen under */
	assert_int_equal(bram->mark, MARK_WARNING);
	assert_int_equal(anna->mark, MARK_NONE);
	assert_int_equal(chris->mark, MARK_NONE);
	expect_findings_of(&g, 0, bram, RULE_OVER_CONTRACT);
	expect_findings_of(&g, 0, anna, NO_FINDINGS);
	expect_findings_of(&g, 0, chris, NO_FINDINGS);
	{
		const struct finding *out[2];
		assert_int_equal(weekgrid_findings_of(&g, 0, bram, out, 2), 1);
		assert_int_equal(out[0]->professional_id, f->bram);
		assert_non_null(strstr(out[0]->msg, "Bram Peters"));
	}
	/* shift marks as in the class view: Chris twice outside the Egels team */
	assert_int_equal(mark_of(&g, w.eg_tue_chris), MARK_WARNING);
	assert_int_equal(mark_of(&g, chris_fri_eg), MARK_WARNING);
	assert_int_equal(mark_of(&g, w.do_fri_chris), MARK_NONE);
	assert_int_equal(mark_of(&g, chris_mon), MARK_NONE);
	assert_int_equal(mark_of(&g, bram_thu), MARK_NONE);
	expect_findings_of(&g, chris_fri_eg, NULL, RULE_NOT_FIXED);
	weekgrid_free(&g);
}

static void test_budget_pro_rata(void **state)
{
	struct fixture *f = *state;
	struct week_grid g;

	/* a study day on Wednesday 18 November (W47), a study afternoon on Wednesday 25 (W48) */
	add_closure(f, D(2026, 11, 18), -1, -1, "studiedag");
	add_closure(f, D(2026, 11, 25), T(12, 0), T(15, 0), "studiemiddag");

	/* four open days of five: 4/5 of each budget */
	build(f, f->school, (struct isoweek){ 2026, 47 }, false, &g);
	assert_int_equal(g.nrows, 3);
	for (int i = 0; i < 5; i++)
		assert_int_equal(g.days[i].status, i == 2 ? CAL_CLOSED : CAL_OPEN);
	assert_int_equal(row_of(&g, f->egels)->budget_minutes, 1200 * 4 / 5);
	assert_int_equal(row_of(&g, f->uilen)->budget_minutes, 1200 * 4 / 5);
	assert_int_equal(row_of(&g, f->dolfijnen)->budget_minutes, 300 * 4 / 5);
	weekgrid_free(&g);

	/* closed 12:00-15:00 of a 08:30-15:00 day: 210 of its 390 minutes open */
	build(f, f->school, (struct isoweek){ 2026, 48 }, false, &g);
	assert_int_equal(g.days[2].status, CAL_PARTLY);
	assert_int_equal(g.days[2].closed_start, T(12, 0));
	assert_int_equal(g.days[2].closed_end, T(15, 0));
	assert_int_equal(row_of(&g, f->egels)->budget_minutes, (int64_t)(1200 * (4 + 210.0 / 390) / 5 + 0.5));
	assert_int_equal(row_of(&g, f->egels)->budget_minutes, 1089);
	assert_int_equal(row_of(&g, f->dolfijnen)->budget_minutes, 272);
	weekgrid_free(&g);

	/* the herfstvakantie of region zuid (W43): no budget, and so no budget findings */
	build(f, f->school, (struct isoweek){ 2026, 43 }, false, &g);
	assert_int_equal(g.nrows, 3);
	for (int i = 0; i < 5; i++) {
		assert_int_equal(g.days[i].status, CAL_CLOSED);
		assert_non_null(strstr(g.days[i].reason, "herfstvakantie"));
	}
	for (size_t r = 0; r < g.nrows; r++) {
		assert_int_equal(g.rows[r].budget_minutes, 0);
		assert_int_equal(g.rows[r].planned_minutes, 0);
		assert_int_equal(g.rows[r].mark, MARK_NONE);
		assert_int_equal(weekgrid_row_height(&g, r), 1);
	}
	assert_int_equal(g.findings.n, 0);
	weekgrid_free(&g);

	/* and an ordinary week in full again, from the same planner */
	build(f, f->school, W46, false, &g);
	assert_int_equal(row_of(&g, f->egels)->budget_minutes, 1200);
	assert_int_equal(row_of(&g, f->dolfijnen)->budget_minutes, 300);
	weekgrid_free(&g);
}

static void test_marks_from_rules(void **state)
{
	struct fixture *f = *state;
	struct week_grid g;
	int64_t a1, a2, loose, clean, c1, c2;

	/* Anna in two classes at once, put straight into the store past the rules */
	a1 = add_raw(f, f->anna, f->egels, D(2026, 11, 9), T(8, 30), T(12, 0), false);
	a2 = add_raw(f, f->anna, f->dolfijnen, D(2026, 11, 9), T(11, 0), T(13, 0), false);
	/* Chris in Egels, outside his fixed team: a warning only */
	loose = add_raw(f, f->chris, f->egels, D(2026, 11, 9), T(11, 30), T(12, 30), false);
	clean = add_raw(f, f->bram, f->egels, D(2026, 11, 9), T(13, 0), T(14, 0), false);
	/* Chris twice at once on Tuesday, once outside his team: the error wins */
	c1 = add_raw(f, f->chris, f->egels, D(2026, 11, 10), T(9, 0), T(10, 0), false);
	c2 = add_raw(f, f->chris, f->dolfijnen, D(2026, 11, 10), T(9, 30), T(10, 30), false);
	build(f, f->school, W46, false, &g);

	assert_int_equal(g.nshifts, 6);
	assert_int_equal(mark_of(&g, a1), MARK_ERROR);
	assert_int_equal(mark_of(&g, a2), MARK_ERROR);
	assert_int_equal(mark_of(&g, loose), MARK_WARNING);
	assert_int_equal(mark_of(&g, clean), MARK_NONE);
	assert_int_equal(mark_of(&g, c1), MARK_ERROR);
	assert_int_equal(mark_of(&g, c2), MARK_ERROR);
	expect_findings_of(&g, a1, NULL, RULE_OVERLAP);
	expect_findings_of(&g, a2, NULL, RULE_OVERLAP);
	expect_findings_of(&g, loose, NULL, RULE_NOT_FIXED);
	expect_findings_of(&g, clean, NULL, NO_FINDINGS);
	expect_findings_of(&g, c1, NULL, RULE_OVERLAP, RULE_NOT_FIXED);
	expect_findings_of(&g, c2, NULL, RULE_OVERLAP);
	assert_true(g.findings.errors >= 4);

	/* the shift errors are the shifts', not the rows': the rows have their budget only */
	for (size_t r = 0; r < g.nrows; r++) {
		const struct finding *out[8];
		size_t n = weekgrid_findings_of(&g, 0, &g.rows[r], out, 8);
		for (size_t k = 0; k < n; k++) {
			assert_int_equal(out[k]->shift_id, 0);
			assert_int_not_equal(rule_severity_of(out[k]->code), RULE_ERROR);
		}
		assert_true(g.rows[r].mark != MARK_ERROR);
	}
	/* Egels 210 + 60 + 60 + 60 minutes, Dolfijnen 120 + 60, Uilen nothing: all under budget */
	assert_int_equal(row_of(&g, f->egels)->planned_minutes, 210 + 60 + 60 + 60);
	assert_int_equal(row_of(&g, f->egels)->mark, MARK_WARNING);
	expect_findings_of(&g, 0, row_of(&g, f->egels), RULE_BUDGET);
	weekgrid_free(&g);

	/* the same marks in the staff view */
	build(f, f->school, W46, true, &g);
	assert_int_equal(mark_of(&g, a1), MARK_ERROR);
	assert_int_equal(mark_of(&g, loose), MARK_WARNING);
	assert_int_equal(mark_of(&g, clean), MARK_NONE);
	assert_int_equal(mark_of(&g, c1), MARK_ERROR);
	expect_cell_ids(&g, row_of(&g, f->anna), 1, a1, a2);
	expect_cell_ids(&g, row_of(&g, f->chris), 1, loose);
	expect_cell_ids(&g, row_of(&g, f->chris), 2, c1, c2);
	for (size_t r = 0; r < g.nrows; r++)
		assert_int_equal(g.rows[r].mark, MARK_NONE);   /* nobody over contract */
	weekgrid_free(&g);
}

static void test_school_without_classes(void **state)
{
	struct fixture *f = *state;
	struct week_grid g;

	/* the other school has classes and shifts that week; they must not leak in */
	add_ok(f, f->anna, f->egels, D(2026, 11, 9), T(8, 30), T(12, 0));
	for (int by_staff = 0; by_staff <= 1; by_staff++) {
		build(f, f->empty, W46, by_staff, &g);
		assert_int_equal(g.nrows, 0);
		assert_int_equal(g.nshifts, 0);
		assert_int_equal(g.findings.n, 0);
		for (int i = 0; i < 5; i++)
			assert_int_equal(g.days[i].status, CAL_OPEN);
		weekgrid_free(&g);
	}
	/* a holiday week too */
	build(f, f->empty, (struct isoweek){ 2026, 43 }, false, &g);
	assert_int_equal(g.nrows, 0);
	assert_int_equal(g.days[0].status, CAL_CLOSED);
	weekgrid_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cell_text_initials),
		cmocka_unit_test(test_cell_text_cancelled),
		cmocka_unit_test(test_cell_text_by_staff),
		cmocka_unit_test_setup_teardown(test_rows_of_classes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rows_of_staff, setup, teardown),
		cmocka_unit_test_setup_teardown(test_budget_pro_rata, setup, teardown),
		cmocka_unit_test_setup_teardown(test_marks_from_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_school_without_classes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
