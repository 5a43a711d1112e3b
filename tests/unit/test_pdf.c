/* The PDF timesheet (src/export/pdf.c): a week built by hand (two providers at Leijpark, one
 * of them also at De Bodde; rows of every status with a stand-in; names with diacritics; an
 * approved sheet and two that are not; one sheet of 80 rows that spans pages) rendered into
 * a temporary directory and read back with poppler's pdftotext and pdfinfo: the names, the
 * sign-off, the totals with a decimal comma, the page count and the "page n of m" footers,
 * the repeated header, ellipsized text, no temporary file left, and a failure that leaves
 * nothing behind. The same week in Dutch (the catalogue in ZIO_DATADIR, as make check-unit
 * sets it): Dutch heads, day names, statuses and reasons, no English word, the numbers as in
 * English, nothing overlapping. Skipped when poppler-utils is not installed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <math.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/export.h"
#include "zio/i18n.h"

#define T(h, m) ((h) * 60 + (m))
#define LONG_REASON                                                                                          \
	"schoolreis naar de Efteling met de hele bovenbouw, vertrek om acht uur en terug om half zes, "      \
	"ouders zijn ingelicht"

/* Under SANITIZE=1: fontconfig (2.14) leaks a few hundred bytes while it parses its own
 * configuration (FcInitLoadConfigAndFonts, from pango's font thread). Not zio's memory, and
 * nothing zio can free; LeakSanitizer reads this hook, other builds never call it. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

struct fixture {
	char dir[64];
	char path[128];
	struct ts_export x;
};

/* --- building a week by hand, the way export_collect fills it ------------------------------ */

static void add_row(struct ts_export *x, struct ts_row r)
{
	r.minutes = r.status == TSR_DELIVERED || r.status == TSR_EXTRA ? r.end - r.start : 0;
	r.hours100 = export_hours100(r.minutes);
	r.planned100 = export_hours100(r.planned_minutes);
	export_split(r.hours100, r.wlz_share_bp, &r.jeugdwet100, &r.wlz100);
	x->rows[x->nrows++] = r;
}

/* One sheet per run of rows with the same provider and school, with its totals. */
static void make_sheets(struct ts_export *x)
{
	x->sheets = calloc(x->nrows, sizeof *x->sheets);
	assert_non_null(x->sheets);
	for (size_t i = 0; i < x->nrows; i++) {
		const struct ts_row *r = &x->rows[i];
		struct ts_sheet *sh = x->nsheets ? &x->sheets[x->nsheets - 1] : NULL;
		if (!sh || sh->provider_id != r->provider_id || sh->school_id != r->school_id) {
			sh = &x->sheets[x->nsheets++];
			sh->provider_id = r->provider_id;
			sh->school_id = r->school_id;
			sh->first = i;
			snprintf(sh->provider, sizeof sh->provider, "%s", r->provider);
			snprintf(sh->school, sizeof sh->school, "%s", r->school);
			sh->status.provider_id = r->provider_id;
			sh->status.school_id = r->school_id;
			sh->status.week_start = date_from_isoweek(x->week, 1);
		}
		sh->count++;
		sh->planned_minutes += r->planned_minutes;
		sh->delivered_minutes += r->minutes;
		if (r->status == TSR_ABSENT)
			sh->absent_minutes += r->end - r->start;
		sh->hours100 += r->hours100;
		sh->jeugdwet100 += r->jeugdwet100;
		sh->wlz100 += r->wlz100;
	}
}

#define HORIZON .provider_id = 1, .provider = "Horizon Zorg"
#define SAMEN .provider_id = 2, .provider = "Samen Sterk"
#define BODDE .school_id = 1, .school = "De Bodde"
#define LEIJPARK .school_id = 2, .school = "Leijpark"
#define EGELS .class_id = 10, .klass = "Egels", .target_group = "EMB", .wlz_share_bp = 8500
#define UILEN .class_id = 11, .klass = "Uilen", .target_group = "Gedrag", .wlz_share_bp = 3333
#define VLINDERS .class_id = 12, .klass = "Vlinders", .target_group = "ZML", .wlz_share_bp = 5000
#define ZOE .professional_id = 100, .professional = "Zoë de Vries"
#define CHLOE .professional_id = 101, .professional = "Chloë Janssen"
#define UMIT .professional_id = 102, .professional = "Ümit Yılmaz"
#define PLAN(a, b) .planned_start = (a), .planned_end = (b), .planned_minutes = (b) - (a)
#define NOPLAN .planned_start = -1, .planned_end = -1
#define DONE(a, b) .start = (a), .end = (b)
#define NOTHING .start = -1, .end = -1

static struct date day(int d)
{
	return (struct date){ 2026, 11, d };   /* 2026-W47: Monday 16 .. Friday 20 November */
}

static void build(struct ts_export *x)
{
	static const char *const klass[] = { "Dolfijnen", "Egels", "Kikkers", "Zwanen" };
	static const char *const staff[] = { "Sanne Bakker", "Daan Visser", "Zoë de Vries", "Mohamed El Amrani" };

	memset(x, 0, sizeof *x);
	x->week = (struct isoweek){ 2026, 47 };
	x->rows = calloc(128, sizeof *x->rows);
	assert_non_null(x->rows);

	/* Horizon Zorg at De Bodde: 80 rows, a draft: four classes, four professionals a day */
	for (int i = 0; i < 80; i++) {
		int slot = i % 16, start = T(8, 30) + (slot / 4) * 30;
		struct ts_row r = { HORIZON, BODDE, .date = day(16 + i / 16), .class_id = 20 + slot % 4,
				    .professional_id = 200 + slot / 4, .wlz_share_bp = 6000, PLAN(start, start + 180),
				    DONE(start, start + 180), .status = i % 10 == 9 ? TSR_ABSENT : TSR_DELIVERED };
		r.klass = klass[slot % 4];
		r.target_group = "Cluster 3";
		r.professional = staff[slot / 4];
		if (r.status == TSR_ABSENT)
			snprintf(r.reason, sizeof r.reason, "%s", "sick");
		add_row(x, r);
	}

	/* Horizon Zorg at Leijpark, approved: every status, a stand-in, 12,50 hours delivered */
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, EGELS, ZOE, .date = day(16), PLAN(T(8, 30), T(12, 0)),
				    DONE(T(8, 30), T(12, 0)), .status = TSR_DELIVERED });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, EGELS, ZOE, .date = day(17), PLAN(T(8, 30), T(12, 0)),
				    DONE(T(8, 30), T(12, 0)), .status = TSR_ABSENT, .reason = "sick",
				    .replaced_by = "Chloë Janssen" });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, EGELS, CHLOE, .date = day(17), .planned_start = T(8, 30),
				    .planned_end = T(12, 0), .planned_minutes = 0, DONE(T(8, 30), T(12, 0)),
				    .status = TSR_DELIVERED });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, EGELS, ZOE, .date = day(18), .planned_start = T(8, 30),
				    .planned_end = T(12, 0), .planned_minutes = 0, NOTHING, .status = TSR_CANCELLED,
				    .reason = "schoolreis" });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, UILEN, CHLOE, .date = day(19), PLAN(T(9, 0), T(12, 0)), NOTHING,
				    .status = TSR_UNLOGGED });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, EGELS, ZOE, .date = day(20), PLAN(T(12, 0), T(15, 30)),
				    DONE(T(12, 0), T(15, 30)), .status = TSR_DELIVERED });
	add_row(x, (struct ts_row){ HORIZON, LEIJPARK, UILEN, CHLOE, .date = day(20), NOPLAN, DONE(T(9, 0), T(11, 0)),
				    .status = TSR_EXTRA, .note = "uitstapje" });

	/* Samen Sterk at Leijpark, submitted but not approved */
	add_row(x, (struct ts_row){ SAMEN, LEIJPARK, VLINDERS, UMIT, .date = day(16), PLAN(T(9, 0), T(12, 0)),
				    DONE(T(9, 0), T(12, 15)), .status = TSR_DELIVERED });
	add_row(x, (struct ts_row){ SAMEN, LEIJPARK, VLINDERS, UMIT, .date = day(17), PLAN(T(9, 0), T(12, 0)),
				    DONE(T(9, 0), T(12, 0)), .status = TSR_ABSENT, .reason = "leave" });
	add_row(x, (struct ts_row){ SAMEN, LEIJPARK, VLINDERS, UMIT, .date = day(18), .planned_start = T(9, 0),
				    .planned_end = T(12, 0), NOTHING, .status = TSR_CANCELLED, .reason = LONG_REASON });
	add_row(x, (struct ts_row){ SAMEN, LEIJPARK, VLINDERS, UMIT, .date = day(19), NOPLAN, DONE(T(13, 0), T(14, 30)),
				    .status = TSR_EXTRA, .note = "kinderboerderij" });

	make_sheets(x);
	assert_int_equal(x->nsheets, 3);
	/* the sign-off */
	x->sheets[1].status.status = TS_APPROVED;
	snprintf(x->sheets[1].status.last_by, sizeof x->sheets[1].status.last_by, "%s", "j.jansen");
	snprintf(x->sheets[1].status.last_at, sizeof x->sheets[1].status.last_at, "%s", "2026-11-23 16:05");
	x->sheets[2].status.status = TS_SUBMITTED;
	snprintf(x->sheets[2].status.last_by, sizeof x->sheets[2].status.last_by, "%s", "a.demir");
	snprintf(x->sheets[2].status.last_at, sizeof x->sheets[2].status.last_at, "%s", "2026-11-21 09:12");
}

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f)
		return -1;
	snprintf(f->dir, sizeof f->dir, "/tmp/zio-pdf-XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof f->path, "%s/urenstaat.pdf", f->dir);
	build(&f->x);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);

	ts_export_free(&f->x);
	free(f);
	return rc;
}

/* --- reading the PDF back --------------------------------------------------------------- */

static bool have_poppler(void)
{
	return system("command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1") == 0;
}

/* The whole output of a command, which must succeed. malloc'ed. */
static char *run(const char *cmd)
{
	FILE *p = popen(cmd, "r");
	size_t n = 0, cap = 1 << 16;
	char *buf = malloc(cap);

	if (!p || !buf)
		abort();
	for (;;) {
		size_t got;
		if (cap - n < 4096) {
			char *b = realloc(buf, cap *= 2);
			if (!b)
				abort();
			buf = b;
		}
		got = fread(buf + n, 1, cap - n - 1, p);
		if (!got)
			break;
		n += got;
	}
	buf[n] = '\0';
	assert_int_equal(pclose(p), 0);
	return buf;
}

static int pdf_pages(const char *path)
{
	char cmd[256];
	char *out, *at;
	int n = -1;

	snprintf(cmd, sizeof cmd, "pdfinfo '%s'", path);
	out = run(cmd);
	if ((at = strstr(out, "\nPages:")))
		n = atoi(at + strlen("\nPages:"));
	free(out);
	return n;
}

/* The text of every page (pdftotext ends each with a form feed). */
struct pages {
	char *text;
	char *page[64];
	int n;
};

static void read_pages(const char *path, struct pages *pg)
{
	char cmd[256];
	char *s;

	snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -layout '%s' -", path);
	pg->text = run(cmd);
	pg->page[0] = pg->text;
	pg->n = 0;
	for (s = pg->text; *s && pg->n < 64;) {
		char *ff = strchr(s, '\f');
		pg->page[pg->n++] = s;
		if (!ff)
			break;
		*ff = '\0';
		s = ff + 1;
	}
}

static int count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *s = hay; (s = strstr(s, needle)); s += strlen(needle))
		n++;
	return n;
}

#define assert_has(hay, needle)                                                                          \
	do {                                                                                             \
		if (!strstr((hay), (needle)))                                                            \
			fail_msg("missing \"%s\" in:\n%s", (needle), (hay));                               \
	} while (0)
#define assert_lacks(hay, needle)                                                                        \
	do {                                                                                             \
		if (strstr((hay), (needle)))                                                             \
			fail_msg("unexpected \"%s\" in:\n%s", (needle), (hay));                            \
	} while (0)

/* Lines of the table: they start with a weekday and a date, like "Mon 16-11" (or "ma 16-11"
 * in Dutch). */
static int table_rows_in(const char *page, const char *const *days)
{
	int n = 0;

	for (const char *line = page; line && *line;) {
		const char *s = line + strspn(line, " ");
		for (size_t i = 0; i < 5; i++) {
			size_t k = strlen(days[i]);
			if (strncmp(s, days[i], k) == 0 && s[k] >= '0' && s[k] <= '9' && s[k + 2] == '-')
				n++;
		}
		line = strchr(line, '\n');
		if (line)
			line++;
	}
	return n;
}

static int table_rows(const char *page)
{
	static const char *const days[] = { "Mon ", "Tue ", "Wed ", "Thu ", "Fri " };

	return table_rows_in(page, days);
}

/* The words of every page with their boxes, from pdftotext -bbox. */
struct word {
	int page;
	double x0, y0, x1, y1;
	char text[256];
};

static int cmp_word(const void *a, const void *b)
{
	const struct word *x = a, *y = b;
	long ya = lround(x->y0 * 10), yb = lround(y->y0 * 10);

	if (x->page != y->page)
		return x->page - y->page;
	if (ya != yb)
		return ya < yb ? -1 : 1;
	return (x->x0 > y->x0) - (x->x0 < y->x0);
}

static struct word *read_words(const char *path, size_t *n)
{
	char cmd[256];
	char *out, *s;
	struct word *v = NULL;
	size_t cap = 0;
	int page = 0;

	snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -bbox '%s' -", path);
	out = run(cmd);
	*n = 0;
	for (s = out; (s = strchr(s, '<')); s++) {
		struct word w = { 0 };
		const char *end;
		if (strncmp(s, "<page ", 6) == 0)
			page++;
		if (strncmp(s, "<word ", 6) != 0)
			continue;
		assert_int_equal(sscanf(s, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\"", &w.x0, &w.y0,
					&w.x1, &w.y1), 4);
		s = strchr(s, '>') + 1;
		end = strstr(s, "</word>");
		assert_non_null(end);
		snprintf(w.text, sizeof w.text, "%.*s", (int)(end - s), s);
		w.page = page;
		if (*n == cap) {
			struct word *nv = realloc(v, (cap = cap ? cap * 2 : 1024) * sizeof *v);
			if (!nv)
				abort();
			v = nv;
		}
		v[(*n)++] = w;
	}
	free(out);
	qsort(v, *n, sizeof *v, cmp_word);
	return v;
}

/* Text never runs into the next cell, nor wraps onto the next row: no two word boxes on a
 * page overlap. */
static void assert_no_overlap(const struct word *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t k = i + 1; k < n && v[k].page == v[i].page; k++)
			if (v[k].x0 < v[i].x1 - 0.05 && v[i].x0 < v[k].x1 - 0.05 && v[k].y0 < v[i].y1 - 0.05 &&
			    v[i].y0 < v[k].y1 - 0.05)
				fail_msg("page %d: \"%s\" (%.1f,%.1f-%.1f,%.1f) overlaps \"%s\" (%.1f,%.1f-%.1f,%.1f)",
					 v[i].page, v[i].text, v[i].x0, v[i].y0, v[i].x1, v[i].y1, v[k].text, v[k].x0,
					 v[k].y0, v[k].x1, v[k].y1);
}

/* Only the finished file in the folder: no temporary file left. */
static void assert_only(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (!name || strcmp(e->d_name, name) != 0)
			fail_msg("left in %s: %s", dir, e->d_name);
		n++;
	}
	closedir(d);
	assert_int_equal(n, name ? 1 : 0);
}

/* --- tests ------------------------------------------------------------------------------ */

static void test_pdf_sheets(void **state)
{
	struct fixture *f = *state;
	struct zio_err err = { 0 };
	struct pages pg;
	struct stat sb;
	int pages, first_pages = 0;
	int64_t jw = 0, wlz = 0, done = 0;

	if (!have_poppler())
		skip();
	i18n_init("en");
	assert_int_equal(export_pdf(f->path, &f->x, &err), ZIO_OK);
	assert_only(f->dir, "urenstaat.pdf");
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0640);

	/* the known totals of the approved sheet, as the rows add up */
	for (size_t i = f->x.sheets[1].first; i < f->x.sheets[1].first + f->x.sheets[1].count; i++) {
		done += f->x.rows[i].hours100;
		jw += f->x.rows[i].jeugdwet100;
		wlz += f->x.rows[i].wlz100;
	}
	assert_int_equal(done, 1250);
	assert_int_equal(jw, 289);
	assert_int_equal(wlz, 961);

	pages = pdf_pages(f->path);
	read_pages(f->path, &pg);
	assert_int_equal(pg.n, pages);

	/* the 80-row sheet spans pages: the header on each, "page n of m" in every footer */
	for (int i = 0; i < pg.n && strstr(pg.page[i], "sheet 1 of 3"); i++)
		first_pages++;
	assert_true(first_pages >= 3);
	assert_int_equal(pages, 3 + first_pages - 1);
	{
		int rows = 0;
		for (int i = 0; i < first_pages; i++) {
			char want[32];
			const char *s = pg.page[i];
			snprintf(want, sizeof want, "page %d of %d", i + 1, first_pages);
			assert_has(s, want);
			assert_has(s, "Urenstaat / Timesheet");
			assert_has(s, "Horizon Zorg");
			assert_has(s, "De Bodde");
			assert_has(s, "2026-W47 · Mon 16-11-2026 – Fri 20-11-2026");
			assert_has(s, "NOT APPROVED");
			assert_has(s, "status: draft");
			assert_lacks(s, "approved by");
			if (table_rows(s))
				assert_has(s, "Reason / replaced by");   /* the table head repeats */
			rows += table_rows(s);
		}
		assert_int_equal(rows, 80);
		/* the sheet total and the signatures end the sheet, on one page */
		assert_has(pg.page[first_pages - 1], "Sheet total");
		assert_has(pg.page[first_pages - 1], "For the provider: Horizon Zorg");
	}

	/* the approved sheet: one page, the stand-in, the totals with a decimal comma */
	{
		const char *s = pg.page[first_pages];
		assert_has(s, "sheet 2 of 3");
		assert_has(s, "page 1 of 1");
		assert_has(s, "Leijpark");
		assert_has(s, "approved by j.jansen on 2026-11-23 16:05");
		assert_lacks(s, "NOT APPROVED");
		assert_has(s, "Zoë de Vries");
		assert_has(s, "Chloë Janssen");
		assert_has(s, "sick; replaced by Chloë Janssen");
		assert_has(s, "stand-in for Zoë de Vries");
		assert_has(s, "schoolreis");
		assert_has(s, "not logged");
		assert_has(s, "uitstapje");
		assert_has(s, "08:30–12:00");
		assert_has(s, "12,50");        /* delivered */
		assert_has(s, "13,50");        /* planned */
		assert_has(s, "2,89");         /* Jeugdwet */
		assert_has(s, "9,61");         /* Wlz */
		assert_has(s, "85%");
		assert_has(s, "33,33%");
		assert_lacks(s, "12.50");
		assert_has(s, "Totals per class");
		assert_has(s, "Totals per professional");
		assert_has(s, "Sheet total");
		assert_has(s, "For the school: Leijpark");
		assert_has(s, "For the provider: Horizon Zorg");
		assert_int_equal(table_rows(s), 7);
	}

	/* submitted, not approved; the long reason ellipsized in its column */
	{
		const char *s = pg.page[first_pages + 1];
		assert_has(s, "sheet 3 of 3");
		assert_has(s, "page 1 of 1");
		assert_has(s, "Samen Sterk");
		assert_has(s, "Ümit Yılmaz");
		assert_has(s, "NOT APPROVED");
		assert_has(s, "status: submitted by a.demir on 2026-11-21 09:12");
		assert_lacks(s, "approved by");
		assert_has(s, "leave; no stand-in");
		assert_has(s, "schoolreis naar");
		assert_has(s, "3,25");         /* 09:00-12:15 */
		assert_int_equal(table_rows(s), 4);
	}
	{
		int n = 0;
		for (int i = 0; i < pg.n; i++)
			n += count(pg.page[i], "NOT APPROVED");
		assert_int_equal(n, first_pages + 1);
	}
	free(pg.text);

	/* nothing overlaps; the long reason is cut to its column with an ellipsis (the PDF keeps
	 * the whole text for copying, so the cut shows in the width it takes, not in the text) */
	{
		size_t n;
		struct word *v = read_words(f->path, &n);
		const struct word *from = NULL, *to = NULL;
		assert_true(n > 500);
		assert_no_overlap(v, n);
		for (size_t i = 0; i < n; i++) {
			if (!strcmp(v[i].text, "schoolreis") && v[i].page == pages && !from)
				from = &v[i];
			if (strstr(v[i].text, "ingelicht"))
				to = &v[i];
		}
		assert_non_null(from);
		assert_non_null(to);
		assert_true(lround(to->y0 * 10) == lround(from->y0 * 10));   /* one line */
		assert_true(to->x1 - from->x0 < 160);   /* in full it would take some 450 pt */
		free(v);
	}
}

/* An existing file is replaced whole. */
static void test_pdf_replaces(void **state)
{
	struct fixture *f = *state;
	struct zio_err err = { 0 };
	FILE *fp = fopen(f->path, "w");
	char head[5] = { 0 };

	assert_non_null(fp);
	fputs("old contents", fp);
	fclose(fp);
	assert_int_equal(export_pdf(f->path, &f->x, &err), ZIO_OK);
	assert_only(f->dir, "urenstaat.pdf");
	fp = fopen(f->path, "rb");
	assert_non_null(fp);
	assert_int_equal(fread(head, 1, 4, fp), 4);
	fclose(fp);
	assert_string_equal(head, "%PDF");
}

/* A folder that does not exist: ZIO_EDB, a one-line message, no file anywhere. */
static void test_pdf_no_folder(void **state)
{
	struct fixture *f = *state;
	struct zio_err err = { 0 };
	char path[192];
	struct stat sb;

	snprintf(path, sizeof path, "%s/missing/urenstaat.pdf", f->dir);
	assert_int_equal(export_pdf(path, &f->x, &err), ZIO_EDB);
	assert_int_equal(err.code, ZIO_EDB);
	assert_true(err.msg[0] != '\0');
	assert_null(strchr(err.msg, '\n'));
	assert_non_null(strstr(err.msg, "missing/urenstaat.pdf"));
	assert_int_not_equal(stat(path, &sb), 0);
	assert_only(f->dir, NULL);
}

/* A week without rows still gives a valid one-page PDF that says so. */
static void test_pdf_empty(void **state)
{
	struct fixture *f = *state;
	struct zio_err err = { 0 };
	struct ts_export empty = { .week = { 2026, 52 } };
	struct pages pg;

	if (!have_poppler())
		skip();
	i18n_init("en");
	assert_int_equal(export_pdf(f->path, &empty, &err), ZIO_OK);
	assert_int_equal(pdf_pages(f->path), 1);
	read_pages(f->path, &pg);
	assert_has(pg.page[0], "Urenstaat / Timesheet");
	assert_has(pg.page[0], "2026-W52");
	assert_has(pg.page[0], "no planned or delivered hours");
	free(pg.text);
	assert_only(f->dir, "urenstaat.pdf");
}

/* The same week in Dutch: the words follow the language, the numbers and dates do not (a
 * decimal comma and day-month in both). The texts new with the Dutch PDF are checked once
 * the catalogue has them (share/locale/nl.po); the ones it had before, always. */
static void test_pdf_dutch(void **state)
{
	static const char *const dagen[] = { "ma ", "di ", "wo ", "do ", "vr " };
	/* English words of texts the catalogue had before, and of the PDF's own */
	static const char *const english[] = { "Mon ", "Tue ", "Fri ", "Professional", "Provider", "Target group",
					       "Class ", "Date ", "Wlz share", "Name", "sick", "leave", "cancelled",
					       "unlogged", "draft", "submitted" };
	static const char *const english_own[] = { "APPROVED", "approved", "Planned", "Delivered", "delivered",
						   "Reason", "replaced", "stand-in", "not logged", "Totals per",
						   "Sheet total", "Signature", "Signed", "For the", "sheet 1", "sheet 2", "sheet 3", "page 1",
						   "page 2", "status: draft" };
	struct fixture *f = *state;
	struct zio_err err = { 0 };
	struct pages pg;
	bool full;
	int first_pages = 0, rows = 0;

	if (!have_poppler())
		skip();
	if (i18n_init("nl") != I18N_NL) {
		i18n_init("en");
		fail_msg("no Dutch catalogue: run with ZIO_DATADIR set to the share folder (make check-unit)");
	}
	full = strcmp(_("NOT APPROVED"), "NOT APPROVED") != 0;
	if (!full)
		print_message("test_pdf_dutch: the catalogue has no Dutch for the PDF's own texts yet; checking the rest\n");
	assert_int_equal(export_pdf(f->path, &f->x, &err), ZIO_OK);
	i18n_init("en");
	read_pages(f->path, &pg);
	assert_int_equal(pg.n, pdf_pages(f->path));
	for (int i = 0; i < pg.n; i++) {
		for (size_t k = 0; k < sizeof english / sizeof english[0]; k++)
			assert_lacks(pg.page[i], english[k]);
		for (size_t k = 0; full && k < sizeof english_own / sizeof english_own[0]; k++)
			assert_lacks(pg.page[i], english_own[k]);
		assert_has(pg.page[i], "Urenstaat / Timesheet");   /* the title in both languages */
		assert_has(pg.page[i], "Zorgaanbieder");
		rows += table_rows_in(pg.page[i], dagen);
		if (strstr(pg.page[i], "De Bodde"))
			first_pages++;
	}
	assert_int_equal(rows, 80 + 7 + 4);
	assert_true(first_pages >= 3);

	/* the 80-row draft */
	{
		const char *s = pg.page[0];
		assert_has(s, "2026-W47 · ma 16-11-2026 – vr 20-11-2026");
		assert_has(s, "status: concept");
		assert_has(s, "Datum");
		assert_has(s, "Klas");
		assert_has(s, "Doelgroep");
		assert_has(s, "Zorgprofessional");
		assert_has(s, "ziek");
		if (full) {
			assert_has(s, "NIET GOEDGEKEURD");
			assert_has(s, "Reden / vervangen door");
			assert_has(s, "Gepland u");
			assert_has(s, "Geleverd u");
			assert_has(s, "blad 1 van 3");
			assert_has(s, "pagina 1 van ");
			assert_has(s, "ziek; geen invaller");
		}
	}
	/* the approved sheet: statuses, reasons, the stand-in, the totals, the signatures */
	{
		const char *s = pg.page[first_pages];
		assert_has(s, "Leijpark");
		assert_has(s, "geleverd");
		assert_has(s, "afwezig");
		assert_has(s, "geannuleerd");
		assert_has(s, "extra");
		assert_has(s, "open");
		assert_has(s, "schoolreis");     /* a cancellation's reason: the planner's words */
		assert_has(s, "uitstapje");
		assert_has(s, "Wlz-aandeel");
		assert_has(s, "Naam");
		assert_has(s, "12,50");          /* the numbers as in English */
		assert_has(s, "33,33%");
		assert_lacks(s, "12.50");
		if (full) {
			assert_has(s, "GOEDGEKEURD");
			assert_has(s, "goedgekeurd door j.jansen op 2026-11-23 16:05");
			assert_lacks(s, "NIET GOEDGEKEURD");
			assert_has(s, "ziek; vervangen door Chloë Janssen");
			assert_has(s, "invaller voor Zoë de Vries");
			assert_has(s, "niet geregistreerd");
			assert_has(s, "Totalen per klas");
			assert_has(s, "Totalen per zorgprofessional");
			assert_has(s, "Totaal (Jeugdwet + Wlz = geleverd)");
			assert_has(s, "Voor akkoord getekend");
			assert_has(s, "Voor de school: Leijpark");
			assert_has(s, "Voor de zorgaanbieder: Horizon Zorg");
			assert_has(s, "Handtekening");
			assert_has(s, "blad 2 van 3");
			assert_has(s, "pagina 1 van 1");
			assert_lacks(s, "approved by");
			assert_lacks(s, "stand-in");
			assert_lacks(s, "not logged");
			assert_lacks(s, "Signature");
			assert_lacks(s, "page 1");
		}
	}
	/* submitted */
	{
		const char *s = pg.page[first_pages + 1];
		assert_has(s, "verlof");
		if (full) {
			assert_has(s, "status: ingediend door a.demir op 2026-11-21 09:12");
			assert_has(s, "verlof; geen invaller");
		}
	}
	free(pg.text);
	/* Dutch words are longer: still nothing runs into the next cell */
	{
		size_t n;
		struct word *v = read_words(f->path, &n);
		assert_no_overlap(v, n);
		free(v);
	}

	/* and a week without rows */
	{
		struct ts_export empty = { .week = { 2026, 52 } };
		i18n_init("nl");
		assert_int_equal(export_pdf(f->path, &empty, &err), ZIO_OK);
		i18n_init("en");
		read_pages(f->path, &pg);
		if (full)
			assert_has(pg.page[0], "ISO-week 2026-W52: geen geplande of geleverde uren.");
		free(pg.text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_pdf_sheets, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pdf_replaces, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pdf_no_folder, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pdf_empty, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pdf_dutch, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
