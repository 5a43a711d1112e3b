/* Unit tests for src/export/xlsx.c: the timesheet as an Excel workbook. The ts_export is built
 * by hand (no database); the workbook is written into a folder of its own under /tmp and read
 * back with unzip(1): the parts are checked as XML text (values, formulas and their cached
 * results, shared strings, sheet names, the frozen pane, number formats). The expected sums
 * are worked out by hand from the rows below, not by the code under test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <ftw.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/export.h"

struct fixture {
	char dir[64];
	char path[160];       /* dir/urenstaat.xlsx */
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/zio-test-xlsx.XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof f->path, "%s/urenstaat.xlsx", f->dir);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc;

	chmod(f->dir, 0700);
	rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return rc;
}

/* --- building a ts_export by hand ------------------------------------------------------- */

static const struct isoweek W47 = { 2026, 47 };   /* Monday 2026-11-16 .. Sunday 2026-11-22 */

struct rowspec {
	int day;                      /* 16..22 November 2026 */
	const char *klass, *group;
	int wlz_bp;
	const char *prof;
	const char *pstart, *pend;    /* NULL: no shift */
	const char *start, *end;      /* NULL: nothing logged */
	enum ts_row_status status;
	bool own_shift;               /* the planned minutes count (not a stand-in's) */
	const char *reason, *replaced_by, *note;
};

static int hhmm(const char *s)
{
	int m = -1;

	if (s)
		assert_int_equal(time_parse(s, &m, NULL), ZIO_OK);
	return m;
}

static void add_row(struct ts_export *x, const struct ts_sheet *sh, const struct rowspec *rs)
{
	struct ts_row *r = &x->rows[x->nrows++];

	memset(r, 0, sizeof *r);
	r->date = (struct date){ 2026, 11, rs->day };
	r->school_id = sh->school_id;
	r->provider_id = sh->provider_id;
	snprintf(r->school, sizeof r->school, "%s", sh->school);
	snprintf(r->provider, sizeof r->provider, "%s", sh->provider);
	snprintf(r->klass, sizeof r->klass, "%s", rs->klass);
	snprintf(r->target_group, sizeof r->target_group, "%s", rs->group);
	snprintf(r->professional, sizeof r->professional, "%s", rs->prof);
	r->planned_start = hhmm(rs->pstart);
	r->planned_end = hhmm(rs->pend);
	r->start = hhmm(rs->start);
	r->end = hhmm(rs->end);
	r->status = rs->status;
	r->planned_minutes = rs->own_shift && r->planned_start >= 0 ? r->planned_end - r->planned_start : 0;
	r->minutes = rs->status == TSR_DELIVERED || rs->status == TSR_EXTRA ? r->end - r->start : 0;
	snprintf(r->reason, sizeof r->reason, "%s", rs->reason ? rs->reason : "");
	snprintf(r->replaced_by, sizeof r->replaced_by, "%s", rs->replaced_by ? rs->replaced_by : "");
	snprintf(r->note, sizeof r->note, "%s", rs->note ? rs->note : "");
	r->wlz_share_bp = rs->wlz_bp;
	r->hours100 = export_hours100(r->minutes);
	r->planned100 = export_hours100(r->planned_minutes);
	export_split(r->hours100, r->wlz_share_bp, &r->jeugdwet100, &r->wlz100);
}

static struct ts_sheet *add_sheet(struct ts_export *x, int64_t provider_id, const char *provider, int64_t school_id,
				  const char *school, enum ts_status status, const char *by, const char *at)
{
	struct ts_sheet *sh = &x->sheets[x->nsheets++];

	memset(sh, 0, sizeof *sh);
	sh->provider_id = provider_id;
	sh->school_id = school_id;
	snprintf(sh->provider, sizeof sh->provider, "%s", provider);
	snprintf(sh->school, sizeof sh->school, "%s", school);
	sh->status.provider_id = provider_id;
	sh->status.school_id = school_id;
	sh->status.week_start = date_from_isoweek(W47, 1);
	sh->status.status = status;
	snprintf(sh->status.last_by, sizeof sh->status.last_by, "%s", by);
	snprintf(sh->status.last_at, sizeof sh->status.last_at, "%s", at);
	sh->first = x->nrows;
	return sh;
}

static void close_sheet(struct ts_export *x, struct ts_sheet *sh)
{
	sh->count = x->nrows - sh->first;
	for (size_t i = sh->first; i < x->nrows; i++) {
		sh->planned_minutes += x->rows[i].planned_minutes;
		sh->delivered_minutes += x->rows[i].minutes;
		sh->hours100 += x->rows[i].hours100;
		sh->jeugdwet100 += x->rows[i].jeugdwet100;
		sh->wlz100 += x->rows[i].wlz100;
	}
}

#define LEIJPARK "Onderwijscentrum Leijpark"
#define BODDE "SO/VSO Dé Bodde: locatie [Noord] en de dependance"
#define BODDE_SHEET "SO-VSO Dé Bodde- locatie (Noord"   /* 31 characters */

/* Two providers at Leijpark (Amarant approved, Siza submitted), Siza alone at De Bodde (a
 * draft); every row status, diacritics, and a professional whose name starts with '='. */
static void build(struct ts_export *x)
{
	static const struct rowspec amarant[] = {
		{ 16, "3A", "ZML", 2500, "Zoë de Vries", "08:30", "12:30", "08:30", "12:30", TSR_DELIVERED, true, NULL, NULL, NULL },
		{ 17, "3A", "ZML", 2500, "Ümit Yılmaz", NULL, NULL, "13:00", "14:30", TSR_EXTRA, false, NULL, NULL, "zwemles" },
		{ 18, "4B", "EMB", 5000, "=1+1 Jansen", "08:30", "12:30", "08:30", "12:30", TSR_ABSENT, true, "sick", "Ümit Yılmaz", NULL },
		{ 18, "4B", "EMB", 5000, "Ümit Yılmaz", "08:30", "12:30", "08:30", "12:30", TSR_DELIVERED, false, NULL, NULL, NULL },
	};
	static const struct rowspec siza[] = {
		{ 16, "3A", "ZML", 2500, "Piet Smit", "12:30", "15:00", NULL, NULL, TSR_CANCELLED, false, "schoolreisje", NULL, NULL },
		{ 19, "3A", "ZML", 2500, "Piet Smit", "08:30", "12:00", NULL, NULL, TSR_UNLOGGED, true, NULL, NULL, NULL },
		{ 20, "3A", "ZML", 2500, "Piet Smit", "08:30", "12:00", "08:30", "11:45", TSR_DELIVERED, true, NULL, NULL, "a_x0041_b" },
	};
	static const struct rowspec bodde[] = {
		{ 16, "Egels", "VSO", 0, "Lotte de Wit", "09:00", "12:00", "09:00", "12:00", TSR_DELIVERED, true, NULL, NULL, NULL },
	};
	struct ts_sheet *sh;

	memset(x, 0, sizeof *x);
	x->week = W47;
	x->rows = calloc(16, sizeof *x->rows);
	x->sheets = calloc(4, sizeof *x->sheets);
	assert_non_null(x->rows);
	assert_non_null(x->sheets);
	sh = add_sheet(x, 2, "Amarant", 10, LEIJPARK, TS_APPROVED, "Anna Contract", "2026-11-23T10:15:00Z");
	for (size_t i = 0; i < sizeof amarant / sizeof amarant[0]; i++)
		add_row(x, sh, &amarant[i]);
	close_sheet(x, sh);
	sh = add_sheet(x, 3, "Siza", 10, LEIJPARK, TS_SUBMITTED, "Bram Teamleider", "2026-11-20T16:00:00Z");
	for (size_t i = 0; i < sizeof siza / sizeof siza[0]; i++)
		add_row(x, sh, &siza[i]);
	close_sheet(x, sh);
	sh = add_sheet(x, 3, "Siza", 11, BODDE, TS_DRAFT, "", "");
	for (size_t i = 0; i < sizeof bodde / sizeof bodde[0]; i++)
		add_row(x, sh, &bodde[i]);
	close_sheet(x, sh);
}

/* --- reading the workbook back ------------------------------------------------------------ */

/* A part of the zip as a string (malloc'ed), or NULL when unzip finds no such part. */
static char *unzip_part(const char *zip, const char *part)
{
	char cmd[512], *buf = NULL;
	size_t n = 0, cap = 0, got;
	FILE *p;
	int st;

	snprintf(cmd, sizeof cmd, "unzip -p '%s' '%s' 2>/dev/null", zip, part);
	p = popen(cmd, "r");
	assert_non_null(p);
	do {
		if (cap - n < 4096) {
			cap = cap ? cap * 2 : 65536;
			buf = realloc(buf, cap + 1);
			assert_non_null(buf);
		}
		got = fread(buf + n, 1, cap - n, p);
		n += got;
	} while (got > 0);
	st = pclose(p);
	buf[n] = '\0';
	if (st != 0 || n == 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static char *part_of(const char *zip, const char *part)
{
	char *s = unzip_part(zip, part);

	if (!s)
		fail_msg("%s has no %s", zip, part);
	return s;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static void assert_has(const char *xml, const char *what, const char *needle)
{
	if (!strstr(xml, needle))
		fail_msg("%s lacks %s", what, needle);
}

static void assert_lacks(const char *xml, const char *what, const char *needle)
{
	if (strstr(xml, needle))
		fail_msg("%s should not contain %s", what, needle);
}

/* The names of the files in dir, joined by spaces. */
static void list_dir(const char *dir, char *buf, size_t len)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t o = 0;

	assert_non_null(d);
	buf[0] = '\0';
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? " " : "", e->d_name);
	closedir(d);
}

static void write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void assert_file_is(const char *path, const char *text)
{
	char buf[64] = "";
	FILE *fp = fopen(path, "r");

	assert_non_null(fp);
	buf[fread(buf, 1, sizeof buf - 1, fp)] = '\0';
	fclose(fp);
	assert_string_equal(buf, text);
}

/* The names of the workbook's sheets, in order, each followed by '|'. */
static void sheet_names(const char *zip, char *buf, size_t len)
{
	char *wb = part_of(zip, "xl/workbook.xml");
	size_t o = 0;

	buf[0] = '\0';
	for (const char *p = wb; (p = strstr(p, "<sheet name=\"")); ) {
		const char *q;
		p += strlen("<sheet name=\"");
		q = strchr(p, '"');
		assert_non_null(q);
		o += (size_t)snprintf(buf + o, len - o, "%.*s|", (int)(q - p), p);
		p = q;
	}
	free(wb);
}

static void export_ok(const char *path, const struct ts_export *x)
{
	struct zio_err err;

	zio_err_clear(&err);
	if (export_xlsx(path, x, &err) != ZIO_OK)
		fail_msg("export_xlsx: %s", err.msg);
	assert_int_equal(err.code, ZIO_OK);
}

/* --- tests -------------------------------------------------------------------------------- */

static void test_workbook(void **state)
{
	struct fixture *f = *state;
	struct ts_export x;
	char names[512], files[512], cmd[256], cell[64];
	char *s1, *s2, *sst, *styles;
	struct stat sb;

	build(&x);
	export_ok(f->path, &x);

	/* a valid zip, nothing else left in the folder, the mode atomic_commit gives */
	snprintf(cmd, sizeof cmd, "unzip -tq '%s' >/dev/null 2>&1", f->path);
	assert_int_equal(system(cmd), 0);
	list_dir(f->dir, files, sizeof files);
	assert_string_equal(files, "urenstaat.xlsx");
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0640);

	/* one sheet per school, by school name; names made valid for Excel */
	sheet_names(f->path, names, sizeof names);
	assert_string_equal(names, LEIJPARK "|" BODDE_SHEET "|");
	assert_null(unzip_part(f->path, "xl/worksheets/sheet3.xml"));

	s1 = part_of(f->path, "xl/worksheets/sheet1.xml");
	s2 = part_of(f->path, "xl/worksheets/sheet2.xml");
	sst = part_of(f->path, "xl/sharedStrings.xml");
	styles = part_of(f->path, "xl/styles.xml");

	/* UTF-8 names as they are; the sign-off of each provider; NOT APPROVED twice */
	assert_has(sst, "shared strings", "<t>Zoë de Vries</t>");
	assert_has(sst, "shared strings", "<t>Ümit Yılmaz</t>");
	assert_has(sst, "shared strings", "<t>" LEIJPARK "</t>");
	assert_has(sst, "shared strings", "<t>" BODDE "</t>");
	assert_has(sst, "shared strings", "<t>NOT APPROVED</t>");
	assert_has(sst, "shared strings", "<t>approved</t>");
	assert_has(sst, "shared strings", "<t>approved by Anna Contract at 2026-11-23T10:15:00Z</t>");
	assert_has(sst, "shared strings", "<t>submitted by Bram Teamleider at 2026-11-20T16:00:00Z</t>");
	assert_has(sst, "shared strings", "<t>draft: not signed off</t>");
	assert_has(sst, "shared strings", "<t>2026-W47: Monday 2026-11-16 to Sunday 2026-11-22</t>");
	assert_has(styles, "styles", "<color rgb=\"FFFF0000\"/>");     /* the red of NOT APPROVED */

	/* the CSV's columns as the header row; times as text, statuses, reasons, stand-ins */
	for (const char *const *c = (const char *const[]){ "week", "date", "school", "class", "target_group",
			"provider", "professional", "planned_start", "planned_end", "planned_hours", "start", "end",
			"hours", "status", "reason", "replaced_by", "jeugdwet_hours", "wlz_hours", "note", NULL }; *c; c++) {
		snprintf(cell, sizeof cell, "<t>%s</t>", *c);
		assert_has(sst, "shared strings", cell);
	}
	for (const char *const *c = (const char *const[]){ "2026-W47", "08:30", "12:30", "11:45", "delivered", "absent",
			"cancelled", "extra", "unlogged", "sick", "schoolreisje", "zwemles", "3A", "4B", "ZML", NULL }; *c; c++) {
		snprintf(cell, sizeof cell, "<t>%s</t>", *c);
		assert_has(sst, "shared strings", cell);
	}

	/* a name starting with '=' is text (a shared string), never a formula */
	assert_has(sst, "shared strings", "<t>=1+1 Jansen</t>");
	assert_lacks(s1, "sheet1", "<f>1+1");
	assert_lacks(s1, "sheet1", "<f>=1+1");
	/* and "_x0041_" stays itself: Excel would read it as "A" */
	assert_has(sst, "shared strings", "<t>a_x005F_x0041_b</t>");

	/* dates as dates: 2026-11-16 is Excel day 46342, shown as yyyy-mm-dd; hours as numbers */
	snprintf(cell, sizeof cell, "<v>%ld</v>", date_to_days((struct date){ 2026, 11, 16 }) + 25569);
	assert_string_equal(cell, "<v>46342</v>");
	assert_has(s1, "sheet1", cell);
	assert_has(s2, "sheet2", cell);
	assert_has(styles, "styles", "formatCode=\"yyyy-mm-dd\"");
	assert_has(styles, "styles", "formatCode=\"0.00\"");
	assert_has(s1, "sheet1", "<v>1.5</v>");      /* the extra care, 13:00-14:30 */
	assert_has(s1, "sheet1", "<v>3.25</v>");     /* Piet's 08:30-11:45 */
	assert_has(s1, "sheet1", "<v>1.12</v>");     /* its Jeugdwet part (Wlz share 25 %) */
	assert_has(s1, "sheet1", "<v>0.38</v>");     /* and its Wlz part */
	assert_has(s1, "sheet1", "<f>J23+J40</f><v>15</v>");   /* the school: the providers' totals */
	/* the header row frozen on both sheets, below the title, school and week */
	assert_has(s1, "sheet1", "state=\"frozen\"");
	assert_has(s1, "sheet1", "ySplit=\"4\"");
	assert_has(s2, "sheet2", "state=\"frozen\"");

	/* totals as formulas: SUMIFS over the block's rows, delivered + extra; cached values */
	/* 4 per class or professional (Amarant 2 + 3, Siza 1 + 1), 3 per provider total (the
	 * planned hours there are a SUM) */
	assert_int_equal(count(s1, "<f>SUMIFS("), 4 * 7 + 3 * 2);
	assert_has(s1, "sheet1", ",\"delivered\")+SUMIFS(");
	assert_has(s1, "sheet1", ",\"extra\")</f>");
	assert_has(s1, "sheet1", "SUBSTITUTE(");
	/* Amarant: planned 8 (4 Zoë + 4 of the absent "=1+1 Jansen"), hours 4 + 1.5 + 4 = 9.5,
	 * Jeugdwet 3 + 1.12 + 2 = 6.12, Wlz 1 + 0.38 + 2 = 3.38 */
	assert_has(s1, "sheet1", "</f><v>8</v>");
	assert_has(s1, "sheet1", "</f><v>9.5</v>");
	assert_has(s1, "sheet1", "</f><v>6.12</v>");
	assert_has(s1, "sheet1", "</f><v>3.38</v>");
	/* class 3A at Amarant: hours 4 + 1.5; "=1+1 Jansen" planned 4, delivered 0 */
	assert_has(s1, "sheet1", "</f><v>5.5</v>");
	/* Siza at Leijpark: planned 3.5 + 3.5 (the cancelled shift counts 0), hours 3.25,
	 * Jeugdwet 2.44, Wlz 0.81 */
	assert_has(s1, "sheet1", "</f><v>7</v>");
	assert_has(s1, "sheet1", "</f><v>2.44</v>");
	assert_has(s1, "sheet1", "</f><v>0.81");    /* %.16g: 0.8100000000000001 */
	/* Leijpark as a whole: planned 15, hours 12.75, Jeugdwet 8.56, Wlz 4.19 */
	assert_has(s1, "sheet1", "</f><v>15</v>");
	assert_has(s1, "sheet1", "</f><v>12.75</v>");
	assert_has(s1, "sheet1", "</f><v>8.56</v>");
	assert_has(s1, "sheet1", "</f><v>4.19</v>");
	assert_has(s2, "sheet2", "<f>SUMIFS(");
	assert_has(s2, "sheet2", "</f><v>3</v>");

	/* column widths fit and are capped */
	for (const char *p = s1; (p = strstr(p, " width=\"")); p++) {
		double w = atof(p + strlen(" width=\""));
		assert_true(w >= 4 && w <= 51);
	}

	free(s1);
	free(s2);
	free(sst);
	free(styles);
	ts_export_free(&x);
}

/* Names Excel refuses or takes for the same: replaced, cut to 31 characters, numbered. */
static void test_sheet_names(void **state)
{
	static const char *const schools[] = {
		"A/B", "A:B", "history", "ÜMIT school", "ümit school", "'quoted'",
		"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80",
	};
	static const struct rowspec one = { 16, "1", "ZML", 0, "Zoë", "09:00", "10:00", "09:00", "10:00", TSR_DELIVERED, true,
					    NULL, NULL, NULL };
	const size_t n = sizeof schools / sizeof schools[0];
	struct fixture *f = *state;
	struct ts_export x;
	char names[1024];

	memset(&x, 0, sizeof x);
	x.week = W47;
	x.rows = calloc(n, sizeof *x.rows);
	x.sheets = calloc(n, sizeof *x.sheets);
	assert_non_null(x.rows);
	assert_non_null(x.sheets);
	for (size_t i = 0; i < n; i++) {
		struct ts_sheet *sh = add_sheet(&x, 1, "Amarant", (int64_t)i + 1, schools[i], TS_APPROVED, "a", "b");
		add_row(&x, sh, &one);
		close_sheet(&x, sh);
	}
	export_ok(f->path, &x);
	sheet_names(f->path, names, sizeof names);
	/* by school name (bytes); 15 emoji are 30 UTF-16 units, a 16th would make 32 */
	assert_string_equal(names,
		"quoted|A-B|A-B (2)|XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX|XXXXXXXXXXXXXXXXXXXXXXXXXXX (2)|history (2)|"
		"ÜMIT school|ümit school (2)|"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80|");
	ts_export_free(&x);
}

/* A week without rows: still a workbook, saying so. */
static void test_empty_week(void **state)
{
	struct fixture *f = *state;
	struct ts_export x;
	char names[128];
	char *sst;

	memset(&x, 0, sizeof x);
	x.week = W47;
	export_ok(f->path, &x);
	sheet_names(f->path, names, sizeof names);
	assert_string_equal(names, "Urenstaat|");
	sst = part_of(f->path, "xl/sharedStrings.xml");
	assert_has(sst, "shared strings", "No timesheet rows for this week.");
	free(sst);
}

/* An existing file is replaced on success only; a failure leaves nothing behind. */
static void test_atomic(void **state)
{
	struct fixture *f = *state;
	struct ts_export x, bad;
	struct zio_err err;
	char path[192], files[512];
	struct stat sb;

	build(&x);

	/* a folder that does not exist: ZIO_EDB, a one-line message, nothing created */
	snprintf(path, sizeof path, "%s/missing/urenstaat.xlsx", f->dir);
	zio_err_clear(&err);
	assert_int_equal(export_xlsx(path, &x, &err), ZIO_EDB);
	assert_int_equal(err.code, ZIO_EDB);
	assert_true(err.msg[0] != '\0');
	assert_null(strchr(err.msg, '\n'));
	snprintf(path, sizeof path, "%s/missing", f->dir);
	assert_int_equal(stat(path, &sb), -1);
	list_dir(f->dir, files, sizeof files);
	assert_string_equal(files, "");

	/* a failure after the temporary file exists (rows out of range): the old file stays */
	write_file(f->path, "old");
	bad = x;
	bad.nsheets = 1;
	bad.sheets = &(struct ts_sheet){ .first = 2, .count = 99 };
	zio_err_clear(&err);
	assert_int_equal(export_xlsx(f->path, &bad, &err), ZIO_EDB);
	assert_non_null(strstr(err.msg, "out of range"));
	assert_file_is(f->path, "old");
	list_dir(f->dir, files, sizeof files);
	assert_string_equal(files, "urenstaat.xlsx");

	/* a folder we may not write into (not as root, who may) */
	if (geteuid() != 0) {
		assert_int_equal(chmod(f->dir, 0500), 0);
		zio_err_clear(&err);
		assert_int_equal(export_xlsx(f->path, &x, &err), ZIO_EDB);
		assert_int_equal(chmod(f->dir, 0700), 0);
		assert_file_is(f->path, "old");
	}

	/* success replaces it with the workbook */
	export_ok(f->path, &x);
	{
		char head[3] = "";
		FILE *fp = fopen(f->path, "rb");
		assert_non_null(fp);
		assert_int_equal(fread(head, 1, 2, fp), 2);
		fclose(fp);
		assert_string_equal(head, "PK");
	}
	list_dir(f->dir, files, sizeof files);
	assert_string_equal(files, "urenstaat.xlsx");
	ts_export_free(&x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_workbook, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sheet_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_atomic, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
