/* Unit tests for src/export/xlsx.c: the timesheet as an Excel workbook. The ts_export is built
 * by hand (no database); the workbook is written into a folder of its own under /tmp and read
 * back with unzip(1): the parts are checked as XML text (values, formulas and their cached
 * results, shared strings, sheet names, the frozen pane, number formats). The expected sums
 * are worked out by hand from the rows below, not by the code under test; and every formula
 * is worked out again here from the cells it refers to (a small evaluator of the formulas
 * zio writes: +, &, SUM, SUMIFS, SUBSTITUTE), so that a total whose criteria do not match
 * the status column (a translated word, say) fails even though its cached value is right.
 * In Dutch too: the status words, reasons and headings follow the language. */
#include <ctype.h>
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
#include "zio/i18n.h"

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
	r->school = sh->school;
	r->provider = sh->provider;
	r->klass = rs->klass;
	r->target_group = rs->group;
	r->professional = rs->prof;
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

/* --- working the formulas out again -------------------------------------------------------- */

/* XML text with its entities (&amp; &lt; &gt; &quot; &apos;) as characters, malloc'ed. */
static char *xml_text(const char *s, size_t n)
{
	static const char *const ent[][2] = { { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
					     { "&quot;", "\"" }, { "&apos;", "'" } };
	char *out = malloc(n + 1);
	size_t o = 0;

	assert_non_null(out);
	for (size_t i = 0; i < n;) {
		size_t k;
		for (k = 0; k < sizeof ent / sizeof ent[0]; k++)
			if (!strncmp(s + i, ent[k][0], strlen(ent[k][0])))
				break;
		if (k < sizeof ent / sizeof ent[0]) {
			out[o++] = ent[k][1][0];
			i += strlen(ent[k][0]);
		} else {
			out[o++] = s[i++];
		}
	}
	out[o] = '\0';
	return out;
}

struct xcell {
	int col, row;                 /* 0-based */
	bool is_str;
	double num;                   /* a number, or a formula's cached value */
	char *str, *formula;          /* a shared string's text; the formula or NULL */
};

struct xsheet {
	struct xcell *c;
	size_t n;
};

/* The cells of a worksheet part, strings resolved through the shared strings. */
static void read_sheet(const char *zip, int sheet, struct xsheet *xs)
{
	char part[64], **sst = NULL;
	size_t nsst = 0, cap = 0;
	char *ss = unzip_part(zip, "xl/sharedStrings.xml"), *ws;

	snprintf(part, sizeof part, "xl/worksheets/sheet%d.xml", sheet);
	ws = part_of(zip, part);
	for (const char *p = ss; p && (p = strstr(p, "<si>")); ) {
		const char *end = strstr(p, "</si>"), *t;
		char buf[1024] = "";
		assert_non_null(end);
		for (t = p; (t = strstr(t, "<t")) && t < end; ) {
			const char *gt = strchr(t, '>'), *close = strstr(t, "</t>");
			char *txt = xml_text(gt + 1, (size_t)(close - gt - 1));
			strncat(buf, txt, sizeof buf - strlen(buf) - 1);
			free(txt);
			t = close + 4;
		}
		if (nsst == cap) {
			cap = cap ? cap * 2 : 64;
			sst = realloc(sst, cap * sizeof *sst);
			assert_non_null(sst);
		}
		sst[nsst++] = strdup(buf);
		p = end;
	}
	memset(xs, 0, sizeof *xs);
	for (const char *p = ws; (p = strstr(p, "<c r=\"")); ) {
		const char *tag_end = strchr(p, '>'), *end, *f, *v;
		struct xcell *c;
		bool shared = false;

		assert_non_null(tag_end);
		end = tag_end[-1] == '/' ? tag_end : strstr(tag_end, "</c>");
		assert_non_null(end);
		xs->c = realloc(xs->c, (xs->n + 1) * sizeof *xs->c);
		assert_non_null(xs->c);
		c = &xs->c[xs->n++];
		memset(c, 0, sizeof *c);
		p += strlen("<c r=\"");
		c->col = *p++ - 'A';
		c->row = atoi(p) - 1;
		for (const char *a = p; a < tag_end; a++)
			if (!strncmp(a, " t=\"s\"", 6))
				shared = true;
		f = strstr(tag_end, "<f>");
		if (f && f < end)
			c->formula = xml_text(f + 3, (size_t)(strstr(f, "</f>") - f - 3));
		v = strstr(tag_end, "<v>");
		if (v && v < end) {
			if (shared) {
				size_t i = (size_t)atol(v + 3);
				assert_true(i < nsst);
				c->is_str = true;
				c->str = strdup(sst[i]);
			} else {
				c->num = atof(v + 3);
			}
		}
		p = end;
	}
	for (size_t i = 0; i < nsst; i++)
		free(sst[i]);
	free(sst);
	free(ss);
	free(ws);
}

static void free_sheet(struct xsheet *xs)
{
	for (size_t i = 0; i < xs->n; i++) {
		free(xs->c[i].str);
		free(xs->c[i].formula);
	}
	free(xs->c);
}

static const struct xcell *cell_at(const struct xsheet *xs, int col, int row)
{
	for (size_t i = 0; i < xs->n; i++)
		if (xs->c[i].col == col && xs->c[i].row == row)
			return &xs->c[i];
	return NULL;
}

struct xval {
	enum { V_NUM, V_STR, V_RANGE } kind;
	double num;
	char str[512];
	int c1, r1, c2, r2;
};

static void skip_dollar(const char **p)
{
	if (**p == '$')
		(*p)++;
}

/* "$M$7" (a cell) or "$M$7:$M$20" (a range); every column here is one letter */
static void parse_ref(const char **p, struct xval *v)
{
	skip_dollar(p);
	assert_true(isupper((unsigned char)**p));
	v->c1 = v->c2 = *(*p)++ - 'A';
	skip_dollar(p);
	v->r1 = v->r2 = (int)strtol(*p, (char **)p, 10) - 1;
	v->kind = V_RANGE;
	if (**p == ':') {
		(*p)++;
		skip_dollar(p);
		v->c2 = *(*p)++ - 'A';
		skip_dollar(p);
		v->r2 = (int)strtol(*p, (char **)p, 10) - 1;
	}
}

/* A single cell's value: its text, its number (a formula's cached value), or empty text. */
static void deref(const struct xsheet *xs, struct xval *v)
{
	if (v->kind != V_RANGE)
		return;
	assert_true(v->c1 == v->c2 && v->r1 == v->r2);
	const struct xcell *c = cell_at(xs, v->c1, v->r1);
	if (c && !c->is_str) {
		v->kind = V_NUM;
		v->num = c->num;
	} else {
		v->kind = V_STR;
		snprintf(v->str, sizeof v->str, "%s", c && c->str ? c->str : "");
	}
}

static void as_text(const struct xsheet *xs, struct xval *v)
{
	deref(xs, v);
	if (v->kind == V_NUM) {
		double n = v->num;
		snprintf(v->str, sizeof v->str, "%.15g", n);
		v->kind = V_STR;
	}
}

/* Excel's wildcards in a criterion: * any run, ? one character, ~ takes the next literally;
 * without case (ASCII is enough for the words here). */
static bool wild_match(const char *pat, const char *s)
{
	for (;;) {
		if (*pat == '*') {
			for (const char *t = s;; t++) {
				if (wild_match(pat + 1, t))
					return true;
				if (!*t)
					return false;
			}
		}
		if (!*pat)
			return !*s;
		if (!*s)
			return false;
		if (*pat == '~' && pat[1])
			pat++;
		else if (*pat == '?') {
			pat++, s++;
			continue;
		}
		if (tolower((unsigned char)*pat) != tolower((unsigned char)*s))
			return false;
		pat++, s++;
	}
}

static bool crit_match(const struct xcell *c, const char *crit)
{
	if (crit[0] == '<' || crit[0] == '>')
		fail_msg("criterion %s: comparisons are not expected", crit);
	if (crit[0] == '=')
		crit++;
	if (!c || (!c->is_str && !c->str))
		return c ? false : !*crit;
	return c->is_str && wild_match(crit, c->str);
}

static void eval_expr(const struct xsheet *xs, const char **p, struct xval *v);

static void eval_args(const struct xsheet *xs, const char **p, struct xval *args, int max, int *n)
{
	*n = 0;
	assert_int_equal(*(*p)++, '(');
	for (;;) {
		assert_true(*n < max);
		eval_expr(xs, p, &args[(*n)++]);
		if (**p == ',') {
			(*p)++;
			continue;
		}
		assert_int_equal(*(*p)++, ')');
		return;
	}
}

static void eval_prim(const struct xsheet *xs, const char **p, struct xval *v)
{
	memset(v, 0, sizeof *v);
	if (**p == '"') {                       /* a string, "" for a quote */
		size_t o = 0;
		for ((*p)++; **p; (*p)++) {
			if (**p == '"') {
				if ((*p)[1] != '"')
					break;
				(*p)++;
			}
			assert_true(o + 1 < sizeof v->str);
			v->str[o++] = **p;
		}
		assert_int_equal(*(*p)++, '"');
		v->kind = V_STR;
	} else if (isdigit((unsigned char)**p)) {
		v->kind = V_NUM;
		v->num = strtod(*p, (char **)p);
	} else if (!strncmp(*p, "SUMIFS(", 7) || !strncmp(*p, "SUM(", 4)) {
		bool ifs = (*p)[3] == 'I';
		struct xval *a = calloc(9, sizeof *a);
		int n;
		assert_non_null(a);
		*p += ifs ? 6 : 3;
		eval_args(xs, p, a, 9, &n);
		assert_true(a[0].kind == V_RANGE && (ifs ? n >= 3 && n % 2 == 1 : n == 1));
		v->kind = V_NUM;
		for (int col = a[0].c1; col <= a[0].c2; col++)
			for (int row = a[0].r1; row <= a[0].r2; row++) {
				bool ok = true;
				for (int k = 1; k + 1 < n && ok; k += 2) {
					assert_true(a[k].kind == V_RANGE);
					as_text(xs, &a[k + 1]);
					ok = crit_match(cell_at(xs, a[k].c1 + col - a[0].c1, a[k].r1 + row - a[0].r1),
							a[k + 1].str);
				}
				const struct xcell *c = cell_at(xs, col, row);
				if (ok && c && !c->is_str)
					v->num += c->num;
			}
		free(a);
	} else if (!strncmp(*p, "SUBSTITUTE(", 11)) {
		struct xval *a = calloc(3, sizeof *a);
		int n;
		size_t o = 0;
		assert_non_null(a);
		*p += 10;
		eval_args(xs, p, a, 3, &n);
		assert_int_equal(n, 3);
		for (int k = 0; k < 3; k++)
			as_text(xs, &a[k]);
		assert_true(a[1].str[0] != '\0');
		for (const char *s = a[0].str; *s;) {
			if (!strncmp(s, a[1].str, strlen(a[1].str))) {
				assert_true(o + strlen(a[2].str) < sizeof v->str);
				memcpy(v->str + o, a[2].str, strlen(a[2].str));
				o += strlen(a[2].str);
				s += strlen(a[1].str);
			} else {
				assert_true(o + 1 < sizeof v->str);
				v->str[o++] = *s++;
			}
		}
		v->str[o] = '\0';
		v->kind = V_STR;
		free(a);
	} else {
		parse_ref(p, v);
	}
}

/* sum: prim ('+' prim)*; concatenation: sum ('&' sum)*, as & binds less than + */
static void eval_sum(const struct xsheet *xs, const char **p, struct xval *v)
{
	eval_prim(xs, p, v);
	while (**p == '+') {
		struct xval r;
		(*p)++;
		eval_prim(xs, p, &r);
		deref(xs, v);
		deref(xs, &r);
		assert_true(v->kind == V_NUM && r.kind == V_NUM);
		v->num += r.num;
	}
}

static void eval_expr(const struct xsheet *xs, const char **p, struct xval *v)
{
	eval_sum(xs, p, v);
	while (**p == '&') {
		struct xval r;
		(*p)++;
		eval_sum(xs, p, &r);
		as_text(xs, v);
		as_text(xs, &r);
		assert_true(strlen(v->str) + strlen(r.str) < sizeof v->str);
		strcat(v->str, r.str);
	}
}

/* Every formula of the sheet worked out from its cells equals the value zio wrote with it.
 * Returns how many formulas there were. */
static size_t assert_formulas_hold(const char *zip, int sheet)
{
	struct xsheet xs;
	size_t n = 0;

	read_sheet(zip, sheet, &xs);
	for (size_t i = 0; i < xs.n; i++) {
		const struct xcell *c = &xs.c[i];
		const char *p = c->formula;
		struct xval v;

		if (!p)
			continue;
		eval_expr(&xs, &p, &v);
		if (*p)
			fail_msg("sheet%d %c%d: cannot read the formula from: %s", sheet, 'A' + c->col, c->row + 1, p);
		deref(&xs, &v);
		assert_int_equal(v.kind, V_NUM);
		if (v.num < c->num - 0.005 || v.num > c->num + 0.005)
			fail_msg("sheet%d %c%d: the formula gives %.2f, zio wrote %.2f: %s", sheet, 'A' + c->col,
				 c->row + 1, v.num, c->num, c->formula);
		n++;
	}
	free_sheet(&xs);
	return n;
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

	/* the CSV's columns, headed for people; times as text, statuses, reasons, stand-ins */
	for (const char *const *c = (const char *const[]){ "Week", "Date", "School", "Class", "Target group",
			"Provider", "Professional", "Planned start", "Planned end", "Planned hours", "Start", "End",
			"Hours", "Status", "Reason", "Replaced by", "Jeugdwet hours", "Wlz hours", "Note", NULL }; *c; c++) {
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
	/* and each of them, worked out again from the cells, gives the value written with it */
	assert_int_equal(assert_formulas_hold(f->path, 1), 4 * 7 + 3 * 2 + 2 + 4);
	assert_true(assert_formulas_hold(f->path, 2) > 0);

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

/* In Dutch: the status words, absence reasons, sign-off status and headings in Dutch (the
 * words of share/locale/nl.po), a cancelled shift's free-text reason as typed, and the totals'
 * SUMIFS looking for the Dutch words, so that they still add up when Excel recalculates. */
static void test_dutch(void **state)
{
	struct fixture *f = *state;
	struct ts_export x;
	char cell[64];
	char *s1, *sst;

	if (i18n_init("nl") != I18N_NL)
		fail_msg("no Dutch catalogue (run with ZIO_DATADIR=share, as make check-unit does)");
	build(&x);
	export_ok(f->path, &x);
	i18n_init("en");

	s1 = part_of(f->path, "xl/worksheets/sheet1.xml");
	sst = part_of(f->path, "xl/sharedStrings.xml");
	for (const char *const *c = (const char *const[]){ "geleverd", "afwezig", "geannuleerd", "extra", "open",
			"ziek", "schoolreisje", "goedgekeurd", "Datum", "Klas", "Doelgroep", "Zorgaanbieder", "Uren",
			"Reden", "Notitie", NULL }; *c; c++) {
		snprintf(cell, sizeof cell, "<t>%s</t>", *c);
		assert_has(sst, "shared strings", cell);
	}
	for (const char *const *c = (const char *const[]){ "delivered", "absent", "cancelled", "unlogged", "sick",
			"approved", "Date", "Class", "Provider", NULL }; *c; c++) {
		snprintf(cell, sizeof cell, "<t>%s</t>", *c);
		assert_lacks(sst, "shared strings", cell);
	}
	/* the criteria are the words of the status column */
	assert_has(s1, "sheet1", ",\"geleverd\")+SUMIFS(");
	assert_has(s1, "sheet1", ",\"extra\")</f>");
	assert_lacks(s1, "sheet1", "\"delivered\"");
	/* the same totals as in English (see test_workbook), and they hold when recalculated */
	assert_has(s1, "sheet1", "</f><v>9.5</v>");
	assert_has(s1, "sheet1", "</f><v>12.75</v>");
	assert_int_equal(assert_formulas_hold(f->path, 1), 4 * 7 + 3 * 2 + 2 + 4);
	assert_true(assert_formulas_hold(f->path, 2) > 0);
	free(s1);
	free(sst);
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
		cmocka_unit_test_setup_teardown(test_dutch, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sheet_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_week, setup, teardown),
		cmocka_unit_test_setup_teardown(test_atomic, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
