/* The timesheet as an Excel workbook (libxlsxwriter): a worksheet per school and on it a
 * block per provider: who signed it off (or NOT APPROVED in red), the rows with the CSV's
 * columns (hours as numbers, dates as dates, times as text) and the totals per class, per
 * professional, per provider and for the school as SUMIFS formulas over the block's rows.
 * Every formula carries its value, so viewers that do not recalculate show the right sums.
 * Labels, headings and the status and absence words are in the user's language, and the
 * SUMIFS look for the status words as the cells have them.
 *
 * The top rows of a worksheet (title, school, week, the column names) hold nothing that
 * differs between providers: they are the frozen pane, and a reader scrolling through the
 * second provider's rows never sees the first one's sign-off pinned above them. */
#include <ctype.h>
#include <fcntl.h>
#include <libgen.h>
#include <unistd.h>
#include <zlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <xlsxwriter.h>

#include "zio/export.h"
#include "zio/i18n.h"

enum col {
	C_WEEK, C_DATE, C_SCHOOL, C_CLASS, C_GROUP, C_PROVIDER, C_PROF, C_PSTART, C_PEND, C_PHOURS,
	C_START, C_END, C_HOURS, C_STATUS, C_REASON, C_REPL, C_JW, C_WLZ, C_NOTE, NCOLS
};

/* the CSV export's columns, in its order, headed for people in their language (the same
 * headings as the csv-nl export's); shown with _() */
static const char *const columns[NCOLS] = {
	/* TRANSLATORS: the column headings of the timesheet in Excel and in the CSV for Dutch Excel */
	N_("Week"), N_("Date"), N_("School"), N_("Class"), N_("Target group"), N_("Provider"), N_("Professional"),
	N_("Planned start"), N_("Planned end"), N_("Planned hours"), N_("Start"), N_("End"), N_("Hours"),
	N_("Status"), N_("Reason"), N_("Replaced by"), N_("Jeugdwet hours"), N_("Wlz hours"), N_("Note"),
};

/* the columns that are summed: planned hours over every row, the others over delivered and extra */
static const enum col sum_cols[] = { C_PHOURS, C_HOURS, C_JW, C_WLZ };
#define NSUM (sizeof sum_cols / sizeof sum_cols[0])

#define WIDTH_MAX 50            /* a column is never wider than this, in characters */
#define SHEETNAME_MAX 31        /* Excel: UTF-16 code units */
#define SHEETNAME_BUF (SHEETNAME_MAX * 4 + 1)
#define FORMULA_LEN 2048
#define NSTATUS (TSR_UNLOGGED + 1)
#define CRIT_LEN 160            /* a status word as a SUMIFS criterion, quoted */

struct book {
	lxw_workbook *wb;
	lxw_format *title, *bold, *red, *head, *date, *num, *total, *total_label;
	lxw_error e;                 /* the first error of the library */
	int width[NCOLS];            /* of the current worksheet, in display columns */
	char (*names)[SHEETNAME_BUF];/* the sheet names given so far */
	size_t nnames;
	const char *status[NSTATUS]; /* the row statuses as the status column shows them */
	char delivered[CRIT_LEN], extra[CRIT_LEN];  /* and as the totals' SUMIFS look for them */
};

struct sums {
	int64_t v[NSUM];             /* hundredths, in sum_cols order */
};

/* --- cells ------------------------------------------------------------------------------ */

static void check(struct book *b, lxw_error e)
{
	if (e != LXW_NO_ERROR && b->e == LXW_NO_ERROR)
		b->e = e;
}

static void fit(struct book *b, int col, int w)
{
	if (col >= 0 && col < NCOLS && w > b->width[col])
		b->width[col] = w;
}

/* A string cell: always text, never a formula, whatever it starts with. `measure`: it counts
 * for its column's width (header block values overflow into the empty cells beside them). */
static bool xml_escape_at(const char *s)
{
	return s[0] == '_' && s[1] == 'x' && isxdigit((unsigned char)s[2]) && isxdigit((unsigned char)s[3]) &&
	       isxdigit((unsigned char)s[4]) && isxdigit((unsigned char)s[5]) && s[6] == '_';
}

static void put_str(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, const char *s, lxw_format *f,
		    bool measure)
{
	const char *p = s;
	char *esc = NULL;

	/* Excel reads "_x0041_" in a cell as "A": such an underscore is written as _x005F_ */
	while ((p = strstr(p, "_x")) && !xml_escape_at(p))
		p++;
	if (p) {
		size_t o = 0;
		if (!(esc = malloc(strlen(s) * 7 + 1))) {
			check(b, LXW_ERROR_MEMORY_MALLOC_FAILED);
			return;
		}
		for (p = s; *p; p++) {
			if (xml_escape_at(p)) {
				memcpy(esc + o, "_x005F", 6);
				o += 6;
			}
			esc[o++] = *p;
		}
		esc[o] = '\0';
	}
	check(b, worksheet_write_string(ws, row, (lxw_col_t)col, esc ? esc : s, f));
	free(esc);
	if (measure)
		fit(b, col, text_width(s));
}

static int hours_width(int64_t h100)
{
	char buf[32];
	return snprintf(buf, sizeof buf, "%.2f", (double)h100 / 100.0);
}

static void put_hours(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, int64_t h100, lxw_format *f)
{
	check(b, worksheet_write_number(ws, row, (lxw_col_t)col, (double)h100 / 100.0, f));
	fit(b, col, hours_width(h100));
}

static void put_formula(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, const char *formula,
			int64_t h100, lxw_format *f)
{
	check(b, worksheet_write_formula_num(ws, row, (lxw_col_t)col, formula, f, (double)h100 / 100.0));
	fit(b, col, hours_width(h100));
}

static void put_time(struct book *b, lxw_worksheet *ws, lxw_row_t row, int col, int minutes)
{
	char t[TIME_STR_LEN];

	if (minutes >= 0)
		put_str(b, ws, row, col, time_format(minutes, t), NULL, true);
}

/* "$M$7:$M$20": a column of the block's rows (every column here is a single letter) */
static void range(char *buf, size_t len, int col, lxw_row_t first, lxw_row_t last)
{
	snprintf(buf, len, "$%c$%u:$%c$%u", 'A' + col, (unsigned)first + 1, 'A' + col, (unsigned)last + 1);
}

/* --- sheet names ------------------------------------------------------------------------ */

/* The code point at s and its length in bytes; -1 (length 1) for a byte that does not start
 * a valid UTF-8 sequence. */
static long utf8_at(const unsigned char *s, size_t *n)
{
	long cp;
	size_t len;

	*n = 1;
	if (s[0] < 0x80)
		return s[0];
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, cp = s[0] & 0x07;
	else
		return -1;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return -1;
	*n = len;
	return cp;
}

/* Lower case for the scripts names here come in (Latin, Greek, Cyrillic): Excel compares
 * sheet names without case, "ÜMIT" and "ümit" included. */
static long fold(long c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 32;
	if ((c >= 0x100 && c <= 0x137 && c != 0x130) || (c >= 0x14a && c <= 0x177))
		return c | 1;                   /* upper even, lower odd */
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e))
		return c + (c & 1);             /* upper odd, lower even */
	if (c == 0x178)
		return 0xff;
	if ((c >= 0x391 && c <= 0x3ab && c != 0x3a2) || (c >= 0x410 && c <= 0x42f))
		return c + 32;
	if (c >= 0x400 && c <= 0x40f)
		return c + 80;
	return c;
}

static bool same_name(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	while (*p && *q) {
		size_t m, n;
		long x = utf8_at(p, &m), y = utf8_at(q, &n);
		if (x < 0 || y < 0 ? *p != *q : fold(x) != fold(y))
			return false;
		p += m;
		q += n;
	}
	return !*p && !*q;
}

/* A school name as Excel takes it for a sheet: [ ] : * ? / \ and control characters
 * replaced, at most `units` UTF-16 code units, no apostrophe or space at either end. */
static void sheet_base(const char *name, int units, char *out)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t o = 0, n;
	int used = 0;

	for (; *p; p += n) {
		long cp = utf8_at(p, &n);
		const char *rep = NULL;
		int u = cp > 0xffff ? 2 : 1;

		if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
			rep = "_";
		else if (cp == '[')
			rep = "(";
		else if (cp == ']')
			rep = ")";
		else if (cp == ':' || cp == '/' || cp == '\\')
			rep = "-";
		else if (cp == '*' || cp == '?')
			rep = "_";
		if (used + u > units)
			break;
		if (rep)
			out[o++] = *rep;
		else {
			memcpy(out + o, p, n);
			o += n;
		}
		used += u;
	}
	out[o] = '\0';
	while (o && (out[o - 1] == '\'' || out[o - 1] == ' '))
		out[--o] = '\0';
	n = strspn(out, "' ");
	memmove(out, out + n, o - n + 1);
	if (!*out) {
		/* a name with nothing Excel can show: "School" in the user's language, made valid
		 * the same way (and English when even that is empty) */
		const char *fallback = _("School");
		if (strcmp(name, fallback) && *fallback)
			sheet_base(fallback, units, out);
		if (!*out)
			snprintf(out, SHEETNAME_BUF, "School");
	}
}

static bool name_used(const struct book *b, const char *s)
{
	if (same_name(s, "History"))    /* reserved by Excel */
		return true;
	for (size_t i = 0; i < b->nnames; i++)
		if (same_name(s, b->names[i]))
			return true;
	return false;
}

/* A valid sheet name for the school that no earlier sheet has: "Name", "Name (2)", ... */
static int sheet_name(struct book *b, const char *school, char *out, struct zio_err *err)
{
	char suffix[16];
	int len;

	sheet_base(school, SHEETNAME_MAX, out);
	for (int k = 2; name_used(b, out); k++) {
		len = snprintf(suffix, sizeof suffix, " (%d)", k);
		sheet_base(school, SHEETNAME_MAX - len, out);
		strcat(out, suffix);
	}
	char (*v)[SHEETNAME_BUF] = realloc(b->names, (b->nnames + 1) * sizeof *v);
	if (!v)
		return zio_err_set(err, ZIO_EDB, "out of memory");
	b->names = v;
	snprintf(b->names[b->nnames++], SHEETNAME_BUF, "%s", out);
	return ZIO_OK;
}

/* --- totals ----------------------------------------------------------------------------- */

static int64_t row_value(const struct ts_row *r, enum col c)
{
	switch (c) {
	case C_PHOURS:
		return r->planned_start >= 0 ? r->planned100 : 0;
	case C_HOURS:
		return r->hours100;
	case C_JW:
		return r->jeugdwet100;
	case C_WLZ:
		return r->wlz100;
	default:
		return 0;
	}
}

/* What the formulas sum: planned hours of every row, the rest over delivered and extra rows.
 * key: the class or professional name (as SUMIFS matches: whole, without case), or NULL. */
static struct sums block_sums(const struct ts_export *x, const struct ts_sheet *sh, enum col by, const char *key)
{
	struct sums s;

	memset(&s, 0, sizeof s);
	for (size_t i = sh->first; i < sh->first + sh->count; i++) {
		const struct ts_row *r = &x->rows[i];
		bool counts = r->status == TSR_DELIVERED || r->status == TSR_EXTRA;

		if (key && strcasecmp(by == C_CLASS ? r->klass : r->professional, key))
			continue;
		for (size_t k = 0; k < NSUM; k++)
			if (sum_cols[k] == C_PHOURS || counts)
				s.v[k] += row_value(r, sum_cols[k]);
	}
	return s;
}

/* A word as a SUMIFS criterion that matches only itself (without case, as SUMIFS does): a
 * formula string, "" for a quote, ~ before a wildcard, "=" in front when the word would
 * otherwise read as a comparison. */
static void criterion(const char *word, char *buf, size_t len)
{
	size_t o = 0;

	buf[o++] = '"';
	if (strchr("=<>", word[0]))
		buf[o++] = '=';
	for (const char *p = word; *p && o + 4 < len; p++) {
		if (*p == '~' || *p == '*' || *p == '?')
			buf[o++] = '~';
		else if (*p == '"')
			buf[o++] = '"';
		buf[o++] = *p;
	}
	buf[o++] = '"';
	buf[o] = '\0';
}

/* The status words of the user's language, for the cells and for the SUMIFS that must find
 * exactly those cells: the totals count "delivered" and "extra" by the word in the status
 * column, so the formulas look for the translated word. Should two statuses read the same
 * (SUMIFS compares without case), the words would count each other's rows: then the
 * language-neutral codes are shown instead. */
static void status_words(struct book *b)
{
	bool clash = false;

	for (int s = 0; s < NSTATUS; s++) {
		b->status[s] = _(ts_row_status_name((enum ts_row_status)s));
		if (!b->status[s][0] || strlen(b->status[s]) > CRIT_LEN / 2 - 4)
			clash = true;
		for (int t = 0; t < s && !clash; t++)
			clash = same_name(b->status[s], b->status[t]);
	}
	if (clash)
		for (int s = 0; s < NSTATUS; s++)
			b->status[s] = ts_row_status_name((enum ts_row_status)s);
	criterion(b->status[TSR_DELIVERED], b->delivered, sizeof b->delivered);
	criterion(b->status[TSR_EXTRA], b->extra, sizeof b->extra);
}

/* The SUMIFS for column `c` of a block (rows first..last). crit: the criterion for column
 * `by` (a cell that holds the name), or NULL for the whole block. The name is matched whole:
 * "=" in front, wildcards escaped, so "=Piet", "Groep 3*" or "<5" mean only themselves. */
static void sum_formula(const struct book *b, char *f, size_t len, enum col c, lxw_row_t first, lxw_row_t last,
			enum col by, const char *crit_cell)
{
	char val[32], key[32], st[32], crit[160], cond[224];

	range(val, sizeof val, c, first, last);
	range(key, sizeof key, by, first, last);
	range(st, sizeof st, C_STATUS, first, last);
	cond[0] = '\0';
	if (crit_cell) {
		snprintf(crit, sizeof crit, "\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(%s,\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")",
			 crit_cell);
		snprintf(cond, sizeof cond, ",%s,%s", key, crit);
	}
	if (c == C_PHOURS)
		snprintf(f, len, crit_cell ? "SUMIFS(%s%s)" : "SUM(%s%s)", val, cond);
	else
		snprintf(f, len, "SUMIFS(%s%s,%s,%s)+SUMIFS(%s%s,%s,%s)", val, cond, st, b->delivered, val, cond, st,
			 b->extra);
}

static int cmp_name(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	int c = strcasecmp(x, y);
	return c ? c : strcmp(x, y);
}

/* One table of totals: a row per class (or professional) of the block, its name in its own
 * column, the sums under the sum columns. Returns the next free row. */
static lxw_row_t write_group_totals(struct book *b, lxw_worksheet *ws, lxw_row_t row, const struct ts_export *x,
				    const struct ts_sheet *sh, lxw_row_t first, lxw_row_t last, enum col by,
				    const char *heading, struct zio_err *err, int *rc)
{
	const char **keys = malloc(sh->count * sizeof *keys);
	size_t n = 0;
	char formula[FORMULA_LEN], cell[16];

	if (!keys) {
		*rc = zio_err_set(err, ZIO_EDB, "out of memory");
		return row;
	}
	for (size_t i = 0; i < sh->count; i++) {
		const struct ts_row *r = &x->rows[sh->first + i];
		keys[n++] = by == C_CLASS ? r->klass : r->professional;
	}
	if (n > 1)
		qsort(keys, n, sizeof *keys, cmp_name);
	put_str(b, ws, row, C_WEEK, heading, b->bold, false);
	for (size_t k = 0; k < NSUM; k++)
		put_str(b, ws, row, sum_cols[k], _(columns[sum_cols[k]]), b->bold, true);
	row++;
	for (size_t i = 0; i < n; i++) {
		if (i && !strcasecmp(keys[i], keys[i - 1]))
			continue;               /* SUMIFS does not tell "3a" from "3A" */
		struct sums s = block_sums(x, sh, by, keys[i]);
		put_str(b, ws, row, by, keys[i], NULL, true);
		snprintf(cell, sizeof cell, "$%c$%u", 'A' + by, (unsigned)row + 1);
		for (size_t k = 0; k < NSUM; k++) {
			sum_formula(b, formula, sizeof formula, sum_cols[k], first, last, by, cell);
			put_formula(b, ws, row, sum_cols[k], formula, s.v[k], b->num);
		}
		row++;
	}
	free(keys);
	return row;
}

/* --- a worksheet ------------------------------------------------------------------------ */

static void week_text(struct isoweek w, char *buf, size_t len)
{
	char ws[WEEK_STR_LEN], a[DATE_STR_LEN], z[DATE_STR_LEN];

	snprintf(buf, len, _("%s: Monday %s to Sunday %s"), date_format_isoweek(w, ws),
		 date_format(date_from_isoweek(w, 1), a), date_format(date_from_isoweek(w, 7), z));
}

static void write_header_row(struct book *b, lxw_worksheet *ws, lxw_row_t row)
{
	for (int c = 0; c < NCOLS; c++)
		put_str(b, ws, row, c, _(columns[c]), b->head, true);
}

/* The provider's sign-off: who approved it and when, or NOT APPROVED in bold red. */
static lxw_row_t write_signoff(struct book *b, lxw_worksheet *ws, lxw_row_t row, const struct ts_sheet *sh)
{
	const struct timesheet *t = &sh->status;
	bool approved = t->status == TS_APPROVED;
	char line[ZIO_NAME_LEN * 2 + 160];
	int n;

	put_str(b, ws, row, C_WEEK, _("Provider"), b->bold, false);
	put_str(b, ws, row++, C_DATE, sh->provider, b->bold, false);
	put_str(b, ws, row, C_WEEK, _("School"), b->bold, false);
	put_str(b, ws, row++, C_DATE, sh->school, NULL, false);
	put_str(b, ws, row, C_WEEK, _("Status"), b->bold, false);
	put_str(b, ws, row++, C_DATE, approved ? _("approved") : _("NOT APPROVED"), approved ? b->bold : b->red, false);
	if (t->last_by[0])
		/* TRANSLATORS: the sign-off of a timesheet: "approved by NAME at 2026-11-23T10:15:00Z" */
		n = snprintf(line, sizeof line, _("%s by %s at %s"), _(ts_status_name(t->status)), t->last_by,
			     t->last_at);
	else
		/* TRANSLATORS: %s is the status of the timesheet, "draft" */
		n = snprintf(line, sizeof line, _("%s: not signed off"), _(ts_status_name(t->status)));
	if (t->last_reason[0] && n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - (size_t)n, " (%s)", t->last_reason);
	put_str(b, ws, row, C_WEEK, _("Sign-off"), b->bold, false);
	put_str(b, ws, row++, C_DATE, line, NULL, false);
	return row;
}

static void write_row(struct book *b, lxw_worksheet *ws, lxw_row_t row, const char *week, const struct ts_row *r)
{
	lxw_datetime d = { r->date.y, r->date.m, r->date.d, 0, 0, 0 };

	put_str(b, ws, row, C_WEEK, week, NULL, true);
	check(b, worksheet_write_datetime(ws, row, C_DATE, &d, b->date));
	fit(b, C_DATE, DATE_STR_LEN - 1);
	put_str(b, ws, row, C_SCHOOL, r->school, NULL, true);
	put_str(b, ws, row, C_CLASS, r->klass, NULL, true);
	put_str(b, ws, row, C_GROUP, r->target_group, NULL, true);
	put_str(b, ws, row, C_PROVIDER, r->provider, NULL, true);
	put_str(b, ws, row, C_PROF, r->professional, NULL, true);
	put_time(b, ws, row, C_PSTART, r->planned_start);
	put_time(b, ws, row, C_PEND, r->planned_end);
	if (r->planned_start >= 0)
		put_hours(b, ws, row, C_PHOURS, r->planned100, b->num);
	put_time(b, ws, row, C_START, r->start);
	put_time(b, ws, row, C_END, r->end);
	put_hours(b, ws, row, C_HOURS, r->hours100, b->num);
	put_str(b, ws, row, C_STATUS, r->status < NSTATUS ? b->status[r->status] : "", NULL, true);
	/* an absence's reason is a code (sick, leave, ...); a cancelled shift's is free text */
	put_str(b, ws, row, C_REASON, r->status == TSR_ABSENT ? _(r->reason) : r->reason, NULL, true);
	put_str(b, ws, row, C_REPL, r->replaced_by, NULL, true);
	put_hours(b, ws, row, C_JW, r->jeugdwet100, b->num);
	put_hours(b, ws, row, C_WLZ, r->wlz100, b->num);
	put_str(b, ws, row, C_NOTE, r->note, NULL, true);
}

/* A provider's block: sign-off, rows, totals per class and professional, the provider's total
 * (its row in *total_row, its values in *tot). Returns the next free row. */
static lxw_row_t write_block(struct book *b, lxw_worksheet *ws, lxw_row_t row, const struct ts_export *x,
			     const struct ts_sheet *sh, bool header_row, lxw_row_t *total_row, struct sums *tot,
			     struct zio_err *err, int *rc)
{
	char week[WEEK_STR_LEN], formula[FORMULA_LEN], label[ZIO_NAME_LEN + 64];
	lxw_row_t first, last;

	date_format_isoweek(x->week, week);
	row = write_signoff(b, ws, row, sh);
	if (header_row)
		write_header_row(b, ws, row++);
	*tot = block_sums(x, sh, C_WEEK, NULL);
	if (!sh->count) {               /* export_collect makes none; a range needs a row */
		put_str(b, ws, row++, C_WEEK, _("No rows."), NULL, false);
		*total_row = ++row;
		/* TRANSLATORS: the totals row of a provider or a school: "Total Zorggroep Horizon" */
		snprintf(label, sizeof label, _("Total %s"), sh->provider);
		put_str(b, ws, row, C_WEEK, label, b->total_label, false);
		for (size_t k = 0; k < NSUM; k++)
			put_hours(b, ws, row, sum_cols[k], 0, b->total);
		return row + 1;
	}
	first = row;
	for (size_t i = 0; i < sh->count; i++)
		write_row(b, ws, row++, week, &x->rows[sh->first + i]);
	last = row - 1;
	row++;
	row = write_group_totals(b, ws, row, x, sh, first, last, C_CLASS, _("Totals per class"), err, rc);
	if (*rc)
		return row;
	row = write_group_totals(b, ws, row + 1, x, sh, first, last, C_PROF, _("Totals per professional"), err, rc);
	if (*rc)
		return row;
	*total_row = ++row;
	snprintf(label, sizeof label, _("Total %s"), sh->provider);
	put_str(b, ws, row, C_WEEK, label, b->total_label, false);
	for (size_t k = 0; k < NSUM; k++) {
		sum_formula(b, formula, sizeof formula, sum_cols[k], first, last, C_WEEK, NULL);
		put_formula(b, ws, row, sum_cols[k], formula, tot->v[k], b->total);
	}
	return row + 1;
}

static int cmp_block(const void *a, const void *b)
{
	const struct ts_sheet *x = *(const struct ts_sheet *const *)a, *y = *(const struct ts_sheet *const *)b;
	int c = strcmp(x->school, y->school);

	if (c)
		return c;
	if (x->school_id != y->school_id)
		return x->school_id < y->school_id ? -1 : 1;
	c = strcmp(x->provider, y->provider);
	return c ? c : (x->provider_id > y->provider_id) - (x->provider_id < y->provider_id);
}

static void set_widths(struct book *b, lxw_worksheet *ws)
{
	for (int c = 0; c < NCOLS; c++) {
		int w = b->width[c] + 2;
		check(b, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w > WIDTH_MAX ? WIDTH_MAX : w, NULL));
	}
}

/* The top of a worksheet, the part that stays in view: title, school, week, column names.
 * Returns the first row below it. */
static lxw_row_t write_top(struct book *b, lxw_worksheet *ws, const struct ts_export *x, const char *school)
{
	char line[192];

	memset(b->width, 0, sizeof b->width);
	/* TRANSLATORS: the title of the timesheet; in Dutch just "Urenstaat" */
	put_str(b, ws, 0, C_WEEK, _("Urenstaat / Timesheet"), b->title, false);
	put_str(b, ws, 1, C_WEEK, _("School"), b->bold, false);
	put_str(b, ws, 1, C_DATE, school, b->bold, false);
	week_text(x->week, line, sizeof line);
	put_str(b, ws, 2, C_WEEK, _("Week"), b->bold, false);
	put_str(b, ws, 2, C_DATE, line, NULL, false);
	write_header_row(b, ws, 3);
	worksheet_freeze_panes(ws, 4, 0);
	worksheet_set_landscape(ws);
	worksheet_set_paper(ws, 9);     /* A4 */
	worksheet_fit_to_pages(ws, 1, 0);
	check(b, worksheet_repeat_rows(ws, 0, 3));
	return 4;
}

static int write_school(struct book *b, const struct ts_export *x, const struct ts_sheet *const *blk, size_t n,
			struct zio_err *err)
{
	char name[SHEETNAME_BUF], label[ZIO_NAME_LEN + 64];
	lxw_row_t *totals = malloc(n * sizeof *totals), row;
	char *formula = malloc(n * 16 + 1);
	struct sums grand, tot;
	lxw_worksheet *ws = NULL;
	int rc;

	if (!totals || !formula)
		rc = zio_err_set(err, ZIO_EDB, "out of memory");
	else if (!(rc = sheet_name(b, blk[0]->school, name, err)) && !(ws = workbook_add_worksheet(b->wb, name)))
		rc = zio_err_set(err, ZIO_EDB, "cannot add the worksheet '%s'", name);
	if (rc)
		goto done;
	memset(&grand, 0, sizeof grand);
	row = write_top(b, ws, x, blk[0]->school);
	for (size_t i = 0; i < n && !rc; i++) {
		row = write_block(b, ws, row + (i ? 1 : 0), x, blk[i], i > 0, &totals[i], &tot, err, &rc);
		for (size_t k = 0; k < NSUM; k++)
			grand.v[k] += tot.v[k];
	}
	if (rc)
		goto done;
	/* the school's total: the providers' totals added up */
	row++;
	snprintf(label, sizeof label, _("Total %s"), blk[0]->school);
	put_str(b, ws, row, C_WEEK, label, b->total_label, false);
	for (size_t k = 0; k < NSUM; k++) {
		size_t o = 0;
		for (size_t i = 0; i < n; i++)
			o += (size_t)snprintf(formula + o, n * 16 + 1 - o, "%s%c%u", i ? "+" : "", 'A' + sum_cols[k],
					      (unsigned)totals[i] + 1);
		put_formula(b, ws, row, sum_cols[k], formula, grand.v[k], b->total);
	}
	set_widths(b, ws);
done:
	free(totals);
	free(formula);
	return rc;
}

/* A week without rows still gives a workbook that says so. */
static int write_empty(struct book *b, const struct ts_export *x, struct zio_err *err)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, "Urenstaat");

	if (!ws)
		return zio_err_set(err, ZIO_EDB, "cannot add a worksheet");
	write_top(b, ws, x, "");
	/* TRANSLATORS: in place of a school's name: every school */
	put_str(b, ws, 1, C_DATE, _("(all)"), b->bold, false);
	put_str(b, ws, 4, C_WEEK, _("No timesheet rows for this week."), NULL, false);
	set_widths(b, ws);
	return ZIO_OK;
}

static bool make_formats(struct book *b)
{
	lxw_format **all[] = { &b->title, &b->bold, &b->red, &b->head, &b->date, &b->num, &b->total, &b->total_label };

	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (!(*all[i] = workbook_add_format(b->wb)))
			return false;
	format_set_bold(b->title);
	format_set_font_size(b->title, 14);
	format_set_bold(b->bold);
	format_set_bold(b->red);
	format_set_font_color(b->red, LXW_COLOR_RED);
	format_set_bold(b->head);
	format_set_bottom(b->head, LXW_BORDER_THIN);
	format_set_bg_color(b->head, 0xD9D9D9);
	format_set_num_format(b->date, "yyyy-mm-dd");
	format_set_num_format(b->num, "0.00");
	format_set_num_format(b->total, "0.00");
	format_set_bold(b->total);
	format_set_top(b->total, LXW_BORDER_THIN);
	format_set_bold(b->total_label);
	format_set_top(b->total_label, LXW_BORDER_THIN);
	return true;
}

static int write_book(struct book *b, const struct ts_export *x, struct zio_err *err)
{
	const struct ts_sheet **blk;
	char week[WEEK_STR_LEN], title[64], subject[160];
	lxw_doc_properties props;
	int rc = ZIO_OK;

	for (size_t i = 0; i < x->nsheets; i++)
		if (x->sheets[i].first > x->nrows || x->sheets[i].count > x->nrows - x->sheets[i].first)
			return zio_err_set(err, ZIO_EDB, "timesheet %zu: rows %zu..%zu out of range", i, x->sheets[i].first,
					   x->sheets[i].first + x->sheets[i].count);
	if (!make_formats(b))
		return zio_err_set(err, ZIO_EDB, "out of memory");
	status_words(b);
	memset(&props, 0, sizeof props);
	snprintf(title, sizeof title, "Urenstaat %s", date_format_isoweek(x->week, week));
	props.title = title;
	snprintf(subject, sizeof subject, "%s", _("Timesheet for the contract manager"));
	props.subject = subject;
	check(b, workbook_set_properties(b->wb, &props));
	if (!x->nsheets)
		return write_empty(b, x, err);
	if (!(blk = malloc(x->nsheets * sizeof *blk)))
		return zio_err_set(err, ZIO_EDB, "out of memory");
	for (size_t i = 0; i < x->nsheets; i++)
		blk[i] = &x->sheets[i];
	if (x->nsheets > 1)
		qsort(blk, x->nsheets, sizeof *blk, cmp_block);
	for (size_t i = 0, j; i < x->nsheets && !rc; i = j) {
		for (j = i + 1; j < x->nsheets && blk[j]->school_id == blk[i]->school_id; j++)
			;
		rc = write_school(b, x, blk + i, j - i, err);
	}
	free(blk);
	return rc;
}

/* --- checking what the library wrote ----------------------------------------------------
 * libxlsxwriter writes each sheet to a temporary file and zips them when it closes the
 * workbook, but it does not notice when a write to those files fails (a full disk): it
 * then zips a cut-off sheet and reports success. So zio reads the sheets back out of the
 * zip (zlib does the inflating) and refuses a workbook whose XML parts do not end. */
static uint32_t le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

static bool part_complete(const unsigned char *data, size_t len, const char *name)
{
	const char *end = strstr(name, "worksheets/") ? "</worksheet>" : strstr(name, "sharedStrings") ? "</sst>" : ">";
	size_t n = strlen(end);

	while (len && (data[len - 1] == '\n' || data[len - 1] == '\r' || data[len - 1] == ' '))
		len--;
	return len >= n && memcmp(data + len - n, end, n) == 0;
}

static int verify_zip(const unsigned char *z, size_t zlen)
{
	size_t eocd = 0, cd, entries;
	bool found = false;

	for (size_t i = zlen >= 22 ? zlen - 22 : 0; i + 22 <= zlen && !found; i = i ? i - 1 : 0) {
		if (le32(z + i) == 0x06054b50) {
			eocd = i;
			found = true;
		}
		if (i == 0 || zlen - i > 65557)
			break;
	}
	if (!found)
		return -1;
	entries = le16(z + eocd + 10);
	cd = le32(z + eocd + 16);
	for (size_t k = 0; k < entries; k++) {
		uint32_t method, crc, csize, usize, nlen, elen, clen, lho;
		char name[256];
		unsigned char *out;
		const unsigned char *data;
		bool ok;

		if (cd + 46 > zlen || le32(z + cd) != 0x02014b50)
			return -1;
		method = le16(z + cd + 10);
		crc = le32(z + cd + 16);
		csize = le32(z + cd + 20);
		usize = le32(z + cd + 24);
		nlen = le16(z + cd + 28);
		elen = le16(z + cd + 30);
		clen = le16(z + cd + 32);
		lho = le32(z + cd + 42);
		if (cd + 46 + nlen > zlen || nlen >= sizeof name)
			return -1;
		memcpy(name, z + cd + 46, nlen);
		name[nlen] = '\0';
		cd += 46 + nlen + elen + clen;
		if (nlen < 4 || strcmp(name + nlen - 4, ".xml"))
			continue;
		if ((size_t)lho + 30 > zlen || le32(z + lho) != 0x04034b50)
			return -1;
		data = z + lho + 30 + le16(z + lho + 26) + le16(z + lho + 28);
		if (data < z || (size_t)(data - z) + csize > zlen || usize > 512u * 1024 * 1024)
			return -1;
		if (method == 0) {
			ok = part_complete(data, csize, name);
		} else if (method == 8) {
			z_stream zs;
			memset(&zs, 0, sizeof zs);
			if (!(out = malloc(usize ? usize : 1)) || inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
				free(out);
				return -1;
			}
			zs.next_in = (unsigned char *)data;
			zs.avail_in = csize;
			zs.next_out = out;
			zs.avail_out = usize;
			ok = inflate(&zs, Z_FINISH) == Z_STREAM_END && zs.total_out == usize &&
			     crc32(0, out, usize) == crc &&
			     part_complete(out, usize, name);
			inflateEnd(&zs);
			free(out);
		} else {
			return -1;
		}
		if (!ok)
			return -1;
	}
	return 0;
}

static int verify_xlsx(const char *tmp)
{
	unsigned char *buf = NULL;
	size_t len = 0, cap = 0;
	ssize_t n;
	int fd = open(tmp, O_RDONLY | O_CLOEXEC), rc = -1;

	if (fd < 0)
		return -1;
	for (;;) {
		if (len == cap) {
			unsigned char *b = realloc(buf, cap = cap ? cap * 2 : 65536);
			if (!b)
				goto out;
			buf = b;
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0)
			goto out;
		if (n == 0)
			break;
		len += (size_t)n;
	}
	rc = verify_zip(buf, len);
out:
	free(buf);
	close(fd);
	return rc;
}

/* libxlsxwriter's error in the user's language: its own texts are English. */
static const char *xlsx_error_text(lxw_error e)
{
	static char buf[96];

	switch (e) {
	case LXW_ERROR_MEMORY_MALLOC_FAILED: return _("out of memory");
	case LXW_ERROR_CREATING_XLSX_FILE:
	case LXW_ERROR_CREATING_TMPFILE:
	case LXW_ERROR_READING_TMPFILE:
	case LXW_ERROR_ZIP_FILE_OPERATION:
	case LXW_ERROR_ZIP_FILE_ADD:
	case LXW_ERROR_ZIP_CLOSE: return _("the file or a temporary file could not be written (disk full?)");
	default:
		snprintf(buf, sizeof buf, _("the Excel writer failed (libxlsxwriter error %d)"), (int)e);
		return buf;
	}
}

int export_xlsx(const char *path, const struct ts_export *x, struct zio_err *err)
{
	struct atomic_file a;
	struct book b;
	lxw_workbook_options opt = { 0 };
	char dir[4096];
	lxw_error e;
	int rc, quiet, saved = -1;

	if ((rc = atomic_open(&a, path, err)))
		return rc;
	/* the library opens the file by name when it closes the workbook */
	fclose(a.f);
	a.f = NULL;
	memset(&b, 0, sizeof b);
	/* its temporary files next to the target: the disk the workbook goes to */
	snprintf(dir, sizeof dir, "%s", a.tmp);
	opt.tmpdir = dirname(dir);
	if (!(b.wb = workbook_new_opt(a.tmp, &opt))) {
		atomic_abort(&a);
		return zio_err_set(err, ZIO_EDB, "cannot write %s: out of memory", path);
	}
	rc = write_book(&b, x, err);
	if (!rc && b.e)
		rc = zio_err_set(err, ZIO_EDB, "cannot write %s: %s", path, xlsx_error_text(b.e));
	/* the library prints its own [ERROR] lines; zio says it in one */
	fflush(stderr);
	if ((quiet = open("/dev/null", O_WRONLY | O_CLOEXEC)) >= 0) {
		saved = dup(STDERR_FILENO);
		dup2(quiet, STDERR_FILENO);
		close(quiet);
	}
	e = workbook_close(b.wb);       /* frees the workbook, also after an error */
	if (saved >= 0) {
		dup2(saved, STDERR_FILENO);
		close(saved);
	}
	free(b.names);
	if (!rc && e != LXW_NO_ERROR)
		rc = zio_err_set(err, ZIO_EDB, "cannot write %s: %s", path, xlsx_error_text(e));
	if (!rc && verify_xlsx(a.tmp))
		rc = zio_err_set(err, ZIO_EDB, "cannot write %s: the workbook came out incomplete (disk full?)", path);
	if (rc) {
		atomic_abort(&a);
		return rc;
	}
	return atomic_commit(&a, err);
}
