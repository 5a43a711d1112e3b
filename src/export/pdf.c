/* The timesheet as PDF for the contract manager: one sheet per provider x school on landscape
 * A4 pages (more when the rows do not fit: the header repeats, the footer counts the pages),
 * with the sign-off status, the rows, totals per class and per professional, the sheet total
 * with its Jeugdwet/Wlz split, and signature lines for the school and the provider.
 * Drawn with cairo; all text goes through pango so that names like Zoë and Ümit Yılmaz come
 * out right, and text too long for its cell is ellipsized, never spilling over. Hours print
 * with a decimal comma (3,50) for Dutch readers. Every sheet is laid out twice: a dry pass
 * that counts its pages, then the drawing pass that can say "page 1 of 3".
 * The words are in the user's language (_()): column heads, day names, the sign-off, the
 * statuses and absence reasons; the title stays "Urenstaat / Timesheet" in both. The numbers
 * and dates stay Dutch (3,50; 16-11-2026) in either language: the sheet is for the Dutch
 * contract manager. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "zio/export.h"
#include "zio/i18n.h"

/* A4 landscape, in points */
#define PAGE_W 841.89
#define PAGE_H 595.28
#define MARGIN 28.0
#define CONTENT_W (PAGE_W - 2 * MARGIN)
#define TOP (MARGIN + 70.0)                 /* where the content starts below the header */
#define BOTTOM (PAGE_H - MARGIN - 18.0)     /* where it must end, above the footer */
#define ROW_H 12.5
#define HEAD_H 15.0
#define PAD 3.0
#define GAP 12.0                            /* above a section */
#define SECTION_H 15.0                      /* a section's heading */
#define SIG_H (GAP + 16.0 + 14.0 + 3 * 24.0)
#define LABEL_W 84.0                        /* the header's labels: Provider, Zorgaanbieder */
#define SIG_LABEL_W 64.0                    /* the signature lines' labels: Name, Handtekening */

struct rgb {
	double r, g, b;
};

static const struct rgb BLACK = { 0, 0, 0 }, GREY = { 0.4, 0.4, 0.4 }, GRID = { 0.62, 0.62, 0.62 },
			ZEBRA = { 0.94, 0.95, 0.96 }, HEAD_FILL = { 0.84, 0.87, 0.90 }, RED = { 0.78, 0.0, 0.0 },
			RED_FILL = { 1.0, 0.92, 0.92 }, GREEN = { 0.05, 0.45, 0.15 }, GREEN_FILL = { 0.91, 0.97, 0.92 },
			ORANGE = { 0.70, 0.35, 0.0 }, BLUE = { 0.0, 0.30, 0.60 }, TOTAL_FILL = { 0.90, 0.93, 0.97 };

struct pdf {
	cairo_t *cr;
	PangoFontMap *fm;
	PangoLayout *lay;
	PangoFontDescription *body, *bold, *head, *small, *h2, *label, *title, *big, *mid;
	bool draw;              /* false: the dry pass that only counts pages */
	int page, pages;        /* of the current sheet; pages is known in the drawing pass */
	double y;
	const struct ts_export *x;
	size_t sheet;           /* index of the current sheet */
	char week[WEEK_STR_LEN];
};

struct col {
	const char *title;      /* marked with N_, shown with _() */
	double w;
	PangoAlignment al;
};

#define LEFT PANGO_ALIGN_LEFT
#define RIGHT PANGO_ALIGN_RIGHT

/* The rows. Widths add up to CONTENT_W with the reason column taking what is left. The
 * status column fits the longest status in either language (geannuleerd). */
enum { C_DATE, C_CLASS, C_GROUP, C_PRO, C_PLAN, C_PLAN_H, C_DONE, C_DONE_H, C_STATUS, C_REASON, C_JW, C_WLZ, NCOLS };
static const struct col row_cols[NCOLS] = {
	{ N_("Date"), 50, LEFT }, { N_("Class"), 60, LEFT }, { N_("Target group"), 62, LEFT },
	{ N_("Professional"), 92, LEFT }, { N_("Planned"), 58, LEFT }, { N_("Planned h"), 49, RIGHT },
	{ N_("Delivered"), 58, LEFT }, { N_("Delivered h"), 57, RIGHT }, { N_("Status"), 56, LEFT },
	{ N_("Reason / replaced by"), CONTENT_W - 633, LEFT }, { N_("Jeugdwet h"), 55, RIGHT }, { N_("Wlz h"), 36, RIGHT },
};
static const struct col class_cols[] = {
	{ N_("Class"), 150, LEFT }, { N_("Target group"), 120, LEFT }, { N_("Wlz share"), 60, RIGHT },
	{ N_("Planned h"), 70, RIGHT }, { N_("Delivered h"), 70, RIGHT }, { N_("Absent h"), 70, RIGHT },
	{ N_("Jeugdwet h"), 70, RIGHT }, { N_("Wlz h"), 70, RIGHT },
};
static const struct col pro_cols[] = {
	{ N_("Professional"), 270, LEFT }, { N_("Planned h"), 70, RIGHT }, { N_("Delivered h"), 70, RIGHT },
	{ N_("Absent h"), 70, RIGHT },
};
static const struct col total_cols[] = {
	{ "", 270, LEFT }, { N_("Planned h"), 70, RIGHT }, { N_("Delivered h"), 70, RIGHT }, { N_("Absent h"), 70, RIGHT },
	{ N_("Jeugdwet h"), 70, RIGHT }, { N_("Wlz h"), 70, RIGHT },
};
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* --- values as text --------------------------------------------------------------------- */

/* Hundredths as Dutch hours: 3,50 and 1.234,50. */
static const char *hours(int64_t h100, char *buf, size_t len)
{
	unsigned long long v = h100 < 0 ? 0ULL - (unsigned long long)h100 : (unsigned long long)h100;
	unsigned long long whole = v / 100, cents = v % 100;

	if (whole >= 1000)
		snprintf(buf, len, "%s%llu.%03llu,%02llu", h100 < 0 ? "-" : "", whole / 1000, whole % 1000, cents);
	else
		snprintf(buf, len, "%s%llu,%02llu", h100 < 0 ? "-" : "", whole, cents);
	return buf;
}

static const char *span(int from, int to, char *buf, size_t len)
{
	char a[TIME_STR_LEN], b[TIME_STR_LEN];

	if (from < 0 || to < 0)
		buf[0] = '\0';
	else
		snprintf(buf, len, "%s\u2013%s", time_format(from, a), time_format(to, b));
	return buf;
}

/* Dutch day-month order: "Mon 16-11-2026" in the header, "Mon 16-11" in the rows of that week.
 * The day's name in the user's language, written as that language writes it in a date:
 * English with a capital (Mon), Dutch without (ma 16-11-2026). */
static const char *day(struct date d, bool year, char *buf, size_t len)
{
	char name[16];

	snprintf(name, sizeof name, "%s", _(date_weekday_name(date_weekday(d))));
	if (i18n_lang() == I18N_EN && name[0] >= 'a' && name[0] <= 'z')
		name[0] = (char)(name[0] - 'a' + 'A');
	if (year)
		snprintf(buf, len, "%s %02d-%02d-%04d", name, d.d, d.m, d.y);
	else
		snprintf(buf, len, "%s %02d-%02d", name, d.d, d.m);
	return buf;
}

static const char *share(int bp, char *buf, size_t len)
{
	if (bp % 100 == 0)
		snprintf(buf, len, "%d%%", bp / 100);
	else
		snprintf(buf, len, "%d,%02d%%", bp / 100, abs(bp % 100));
	return buf;
}

/* --- drawing ---------------------------------------------------------------------------- */

static void set_text(PangoLayout *lay, const char *s)
{
	/* names are checked UTF-8 when stored; still, never hand pango bytes it would warn about */
	if (g_utf8_validate(s, -1, NULL)) {
		pango_layout_set_text(lay, s, -1);
	} else {
		gchar *v = g_utf8_make_valid(s, -1);
		pango_layout_set_text(lay, v, -1);
		g_free(v);
	}
}

/* One line of text at (x, y) in a box w wide (ellipsized to fit), centred vertically in h
 * when h > 0. */
static void text(struct pdf *p, double x, double y, double w, double h, const char *s,
		 const PangoFontDescription *font, PangoAlignment al, struct rgb c)
{
	int lw, lh;

	if (!p->draw || !*s)
		return;
	pango_layout_set_font_description(p->lay, font);
	pango_layout_set_width(p->lay, w > 0 ? (int)(w * PANGO_SCALE) : -1);
	pango_layout_set_alignment(p->lay, al);
	set_text(p->lay, s);
	pango_layout_get_size(p->lay, &lw, &lh);
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
	cairo_move_to(p->cr, x, h > 0 ? y + (h - (double)lh / PANGO_SCALE) / 2 : y);
	pango_cairo_show_layout(p->cr, p->lay);
}

static void fill_rect(struct pdf *p, double x, double y, double w, double h, struct rgb c)
{
	if (!p->draw)
		return;
	cairo_rectangle(p->cr, x, y, w, h);
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
	cairo_fill(p->cr);
}

static void stroke_rect(struct pdf *p, double x, double y, double w, double h, double lw, struct rgb c)
{
	if (!p->draw)
		return;
	cairo_rectangle(p->cr, x, y, w, h);
	cairo_set_line_width(p->cr, lw);
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
	cairo_stroke(p->cr);
}

static void hline(struct pdf *p, double x0, double x1, double y, double lw, struct rgb c)
{
	if (!p->draw)
		return;
	cairo_move_to(p->cr, x0, y);
	cairo_line_to(p->cr, x1, y);
	cairo_set_line_width(p->cr, lw);
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
	cairo_stroke(p->cr);
}

/* A row of a table at p->y: a background, the thin grid, the cells; advances p->y. */
static void table_row(struct pdf *p, const struct col *cols, size_t n, const char *const *cells,
		      const struct rgb *colors, const PangoFontDescription *font, double h, const struct rgb *bg)
{
	double x = MARGIN, w = 0;

	for (size_t i = 0; i < n; i++)
		w += cols[i].w;
	if (bg)
		fill_rect(p, MARGIN, p->y, w, h, *bg);
	for (size_t i = 0; i < n; i++) {
		stroke_rect(p, x, p->y, cols[i].w, h, 0.3, GRID);
		text(p, x + PAD, p->y, cols[i].w - 2 * PAD, h, cells[i], font, cols[i].al, colors ? colors[i] : BLACK);
		x += cols[i].w;
	}
	p->y += h;
}

static void table_head(struct pdf *p, const struct col *cols, size_t n)
{
	const char *cells[NCOLS + 8];

	for (size_t i = 0; i < n && i < NELEM(cells); i++)
		cells[i] = _(cols[i].title);
	table_row(p, cols, n, cells, NULL, p->head, HEAD_H, &HEAD_FILL);
}

/* --- the page frame --------------------------------------------------------------------- */

static void page_head(struct pdf *p)
{
	const struct ts_sheet *sh = &p->x->sheets[p->sheet];
	const struct timesheet *ts = &sh->status;
	const char *st = _(ts_status_name(ts->status));
	char mon[32], fri[32], line[2 * ZIO_NAME_LEN + 128];
	double y = MARGIN, bx = PAGE_W - MARGIN - 300, bw = 300, bh = 60;
	double vw = CONTENT_W - bw - LABEL_W - 10;   /* the values, left of the sign-off box */

	text(p, MARGIN, y, CONTENT_W - bw - 10, 0, "Urenstaat / Timesheet", p->title, LEFT, BLACK);
	y += 23;
	text(p, MARGIN, y, LABEL_W, 0, _("Provider"), p->label, LEFT, GREY);
	text(p, MARGIN + LABEL_W, y, vw, 0, sh->provider, p->h2, LEFT, BLACK);
	y += 12.5;
	text(p, MARGIN, y, LABEL_W, 0, _("School"), p->label, LEFT, GREY);
	text(p, MARGIN + LABEL_W, y, vw, 0, sh->school, p->h2, LEFT, BLACK);
	y += 12.5;
	day(date_from_isoweek(p->x->week, 1), true, mon, sizeof mon);
	day(date_from_isoweek(p->x->week, 5), true, fri, sizeof fri);
	snprintf(line, sizeof line, "%s \u00b7 %s \u2013 %s", p->week, mon, fri);
	text(p, MARGIN, y, LABEL_W, 0, _("ISO week"), p->label, LEFT, GREY);
	text(p, MARGIN + LABEL_W, y, vw, 0, line, p->h2, LEFT, BLACK);

	/* the sign-off: who approved it and when, or a large red NOT APPROVED */
	if (ts->status == TS_APPROVED) {
		fill_rect(p, bx, MARGIN, bw, bh, GREEN_FILL);
		stroke_rect(p, bx, MARGIN, bw, bh, 1.0, GREEN);
		text(p, bx + 8, MARGIN + 6, bw - 16, 0, _("APPROVED"), p->mid, LEFT, GREEN);
		if (ts->last_by[0] && ts->last_at[0])
			snprintf(line, sizeof line, _("approved by %s on %s"), ts->last_by, ts->last_at);
		else if (ts->last_by[0])
			snprintf(line, sizeof line, _("approved by %s"), ts->last_by);
		else
			snprintf(line, sizeof line, "%s", st);
		text(p, bx + 8, MARGIN + 30, bw - 16, 0, line, p->body, LEFT, BLACK);
	} else {
		fill_rect(p, bx, MARGIN, bw, bh, RED_FILL);
		stroke_rect(p, bx, MARGIN, bw, bh, 2.0, RED);
		text(p, bx + 8, MARGIN + 4, bw - 16, 0, _("NOT APPROVED"), p->big, LEFT, RED);
		if (ts->last_by[0] && ts->last_at[0] && ts->last_reason[0])
			snprintf(line, sizeof line, _("status: %s by %s on %s: %s"), st, ts->last_by, ts->last_at,
				 ts->last_reason);
		else if (ts->last_by[0] && ts->last_at[0])
			snprintf(line, sizeof line, _("status: %s by %s on %s"), st, ts->last_by, ts->last_at);
		else if (ts->last_by[0] && ts->last_reason[0])
			snprintf(line, sizeof line, _("status: %s by %s: %s"), st, ts->last_by, ts->last_reason);
		else if (ts->last_by[0])
			snprintf(line, sizeof line, _("status: %s by %s"), st, ts->last_by);
		else
			snprintf(line, sizeof line, _("status: %s"), st);
		text(p, bx + 8, MARGIN + 36, bw - 16, 0, line, p->body, LEFT, RED);
	}
	hline(p, MARGIN, PAGE_W - MARGIN, MARGIN + bh + 4, 0.8, BLACK);
}

static void page_foot(struct pdf *p)
{
	const struct ts_sheet *sh = &p->x->sheets[p->sheet];
	char left[2 * ZIO_NAME_LEN + 160], right[64], sheet[64];
	double y = PAGE_H - MARGIN - 10;

	hline(p, MARGIN, PAGE_W - MARGIN, y - 3, 0.4, GRID);
	snprintf(sheet, sizeof sheet, _("sheet %zu of %zu"), p->sheet + 1, p->x->nsheets);
	snprintf(left, sizeof left, "zio \u00b7 Urenstaat %s \u00b7 %s \u00b7 %s \u00b7 %s", p->week, sh->provider,
		 sh->school, sheet);
	snprintf(right, sizeof right, _("page %d of %d"), p->page, p->pages);
	text(p, MARGIN, y, CONTENT_W - 110, 0, left, p->small, LEFT, GREY);
	text(p, PAGE_W - MARGIN - 100, y, 100, 0, right, p->small, RIGHT, BLACK);
}

/* Ends the current page of the sheet and starts the next one with the header. */
static void new_page(struct pdf *p)
{
	page_foot(p);
	if (p->draw)
		cairo_show_page(p->cr);
	p->page++;
	page_head(p);
	p->y = TOP;
}

static void need(struct pdf *p, double h)
{
	if (p->y + h > BOTTOM + 0.01)
		new_page(p);
}

/* A section: its heading kept with the table head and the first row; rows continue on the
 * next pages with the table head repeated. */
static void section_start(struct pdf *p, const char *title, const struct col *cols, size_t n)
{
	p->y += GAP;
	need(p, SECTION_H + HEAD_H + ROW_H);
	text(p, MARGIN, p->y, CONTENT_W, SECTION_H - 3, title, p->h2, LEFT, BLACK);
	p->y += SECTION_H;
	table_head(p, cols, n);
}

static void section_row(struct pdf *p, const struct col *cols, size_t n, const char *const *cells,
			const struct rgb *colors, size_t i)
{
	if (p->y + ROW_H > BOTTOM + 0.01) {
		new_page(p);
		table_head(p, cols, n);
	}
	table_row(p, cols, n, cells, colors, p->body, ROW_H, i % 2 ? &ZEBRA : NULL);
}

/* --- totals ----------------------------------------------------------------------------- */

struct agg {
	int64_t id;
	const char *name, *group;
	int wlz_bp;
	int64_t planned, delivered, absent, jw, wlz;
};

static int64_t absent100(const struct ts_row *r)
{
	return r->status == TSR_ABSENT && r->start >= 0 && r->end > r->start ? export_hours100(r->end - r->start) : 0;
}

static void add(struct agg *a, const struct ts_row *r)
{
	a->planned += r->planned100;
	a->delivered += r->hours100;
	a->absent += absent100(r);
	a->jw += r->jeugdwet100;
	a->wlz += r->wlz100;
}

static int cmp_agg(const void *a, const void *b)
{
	const struct agg *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->id > y->id) - (x->id < y->id);
}

/* Totals of the sheet's rows by class (by_class) or by professional, sorted by name. */
static size_t aggregate(const struct ts_export *x, const struct ts_sheet *sh, bool by_class, struct agg *v)
{
	size_t n = 0;

	for (size_t i = sh->first; i < sh->first + sh->count && i < x->nrows; i++) {
		const struct ts_row *r = &x->rows[i];
		int64_t id = by_class ? r->class_id : r->professional_id;
		const char *name = by_class ? r->klass : r->professional;
		size_t k = 0;

		while (k < n && !(v[k].id == id && strcmp(v[k].name, name) == 0))
			k++;
		if (k == n) {
			memset(&v[n], 0, sizeof v[n]);
			v[n].id = id;
			v[n].name = name;
			v[n].group = r->target_group;
			v[n].wlz_bp = r->wlz_share_bp;
			n++;
		}
		add(&v[k], r);
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_agg);
	return n;
}

/* --- the sheet -------------------------------------------------------------------------- */

/* For a stand-in's row (delivered on someone else's shift): whom it replaced. */
static const char *stood_in_for(const struct ts_export *x, const struct ts_row *r)
{
	for (size_t i = 0; i < x->nrows; i++) {
		const struct ts_row *o = &x->rows[i];
		if (o->status == TSR_ABSENT && o->class_id == r->class_id && date_cmp(o->date, r->date) == 0 &&
		    o->planned_start == r->planned_start && o->planned_end == r->planned_end &&
		    strcmp(o->replaced_by, r->professional) == 0)
			return o->professional;
	}
	return NULL;
}

static void reason_text(const struct ts_export *x, const struct ts_row *r, char *buf, size_t len)
{
	char t[32];
	const char *who;

	buf[0] = '\0';
	if (r->status == TSR_ABSENT) {
		/* the reason is a code (sick, leave, training, other), an msgid as it is */
		bool partial = r->start >= 0 && (r->start != r->planned_start || r->end != r->planned_end);
		char why[ZIO_NAME_LEN + 48];
		snprintf(why, sizeof why, "%s%s%s", r->reason[0] ? _(r->reason) : _("absent"), partial ? " " : "",
			 partial ? span(r->start, r->end, t, sizeof t) : "");
		if (r->replaced_by[0])
			snprintf(buf, len, _("%s; replaced by %s"), why, r->replaced_by);
		else
			snprintf(buf, len, _("%s; no stand-in"), why);
	} else if (r->status == TSR_CANCELLED) {
		snprintf(buf, len, "%s", r->reason);   /* the planner's own words */
	} else if (r->status == TSR_DELIVERED && r->planned_start >= 0 && r->planned_minutes == 0) {
		if ((who = stood_in_for(x, r)))
			snprintf(buf, len, _("stand-in for %s"), who);
		else
			snprintf(buf, len, "%s", _("stand-in"));
	} else if (r->status == TSR_UNLOGGED) {
		snprintf(buf, len, "%s", _("not logged"));
	}
	if (r->note[0]) {
		size_t n = strlen(buf);
		snprintf(buf + n, len - n, "%s%s", n ? " \u00b7 " : "", r->note);
	}
}

static struct rgb status_color(enum ts_row_status s)
{
	switch (s) {
	case TSR_ABSENT:
		return ORANGE;
	case TSR_CANCELLED:
		return GREY;
	case TSR_EXTRA:
		return BLUE;
	case TSR_UNLOGGED:
		return RED;
	case TSR_DELIVERED:
		break;
	}
	return BLACK;
}

static void rows(struct pdf *p, const struct ts_sheet *sh)
{
	const struct ts_export *x = p->x;

	table_head(p, row_cols, NCOLS);
	for (size_t i = sh->first, k = 0; i < sh->first + sh->count && i < x->nrows; i++, k++) {
		const struct ts_row *r = &x->rows[i];
		char d[32], ps[32], ph[32], ds[32], dh[32], jw[32], wlz[32], why[3 * ZIO_NAME_LEN];
		bool done = r->status == TSR_DELIVERED || r->status == TSR_EXTRA;
		const char *cells[NCOLS];
		struct rgb colors[NCOLS];

		reason_text(x, r, why, sizeof why);
		cells[C_DATE] = day(r->date, false, d, sizeof d);
		cells[C_CLASS] = r->klass;
		cells[C_GROUP] = r->target_group;
		cells[C_PRO] = r->professional;
		cells[C_PLAN] = span(r->planned_start, r->planned_end, ps, sizeof ps);
		cells[C_PLAN_H] = r->planned_start >= 0 ? hours(r->planned100, ph, sizeof ph) : "";
		cells[C_DONE] = done ? span(r->start, r->end, ds, sizeof ds) : "";
		cells[C_DONE_H] = hours(r->hours100, dh, sizeof dh);
		cells[C_STATUS] = _(ts_row_status_name(r->status));
		cells[C_REASON] = why;
		cells[C_JW] = hours(r->jeugdwet100, jw, sizeof jw);
		cells[C_WLZ] = hours(r->wlz100, wlz, sizeof wlz);
		for (int c = 0; c < NCOLS; c++)
			colors[c] = BLACK;
		colors[C_STATUS] = status_color(r->status);
		if (r->status == TSR_CANCELLED)
			colors[C_PLAN] = colors[C_PLAN_H] = GREY;
		if (p->y + ROW_H > BOTTOM + 0.01) {
			new_page(p);
			table_head(p, row_cols, NCOLS);
		}
		table_row(p, row_cols, NCOLS, cells, colors, p->body, ROW_H, k % 2 ? &ZEBRA : NULL);
	}
}

static void totals(struct pdf *p, const struct ts_sheet *sh, struct agg *v)
{
	struct agg all = { 0 };
	char a[32], b[32], c[32], d[32], e[32], f[32];
	size_t n;

	n = aggregate(p->x, sh, true, v);
	section_start(p, _("Totals per class"), class_cols, NELEM(class_cols));
	for (size_t i = 0; i < n; i++) {
		const char *cells[] = { v[i].name, v[i].group, share(v[i].wlz_bp, a, sizeof a), hours(v[i].planned, b, sizeof b),
					hours(v[i].delivered, c, sizeof c), hours(v[i].absent, d, sizeof d),
					hours(v[i].jw, e, sizeof e), hours(v[i].wlz, f, sizeof f) };
		section_row(p, class_cols, NELEM(class_cols), cells, NULL, i);
		all.planned += v[i].planned;
		all.delivered += v[i].delivered;
		all.absent += v[i].absent;
		all.jw += v[i].jw;
		all.wlz += v[i].wlz;
	}

	n = aggregate(p->x, sh, false, v);
	section_start(p, _("Totals per professional"), pro_cols, NELEM(pro_cols));
	for (size_t i = 0; i < n; i++) {
		const char *cells[] = { v[i].name, hours(v[i].planned, b, sizeof b), hours(v[i].delivered, c, sizeof c),
					hours(v[i].absent, d, sizeof d) };
		section_row(p, pro_cols, NELEM(pro_cols), cells, NULL, i);
	}

	/* the sheet total with the split over the two funders, kept on one page with the
	 * signatures that sign it */
	p->y += GAP;
	need(p, SECTION_H + HEAD_H + ROW_H + 4 + SIG_H);
	text(p, MARGIN, p->y, CONTENT_W, SECTION_H - 3, _("Sheet total"), p->h2, LEFT, BLACK);
	p->y += SECTION_H;
	table_head(p, total_cols, NELEM(total_cols));
	{
		const char *cells[] = { _("Total (Jeugdwet + Wlz = delivered)"), hours(all.planned, b, sizeof b),
					hours(all.delivered, c, sizeof c), hours(all.absent, d, sizeof d),
					hours(all.jw, e, sizeof e), hours(all.wlz, f, sizeof f) };
		table_row(p, total_cols, NELEM(total_cols), cells, NULL, p->bold, ROW_H + 4, &TOTAL_FILL);
	}
}

static void signatures(struct pdf *p, const struct ts_sheet *sh)
{
	static const char *const lines[] = { N_("Name"), N_("Date"), N_("Signature") };
	double colw = (CONTENT_W - 40) / 2;
	char who[ZIO_NAME_LEN + 64];

	p->y += GAP;
	need(p, SIG_H - GAP);
	text(p, MARGIN, p->y, CONTENT_W, 0,
	     _("Signed for agreement: the hours above were delivered as stated (voor akkoord getekend)."), p->body,
	     LEFT, GREY);
	p->y += 16;
	for (int side = 0; side < 2; side++) {
		double x = MARGIN + side * (colw + 40), y = p->y;
		if (side)
			snprintf(who, sizeof who, _("For the provider: %s"), sh->provider);
		else
			snprintf(who, sizeof who, _("For the school: %s"), sh->school);
		text(p, x, y, colw, 0, who, p->label, LEFT, BLACK);
		y += 14;
		for (size_t i = 0; i < NELEM(lines); i++) {
			y += 24;
			text(p, x, y - 11, SIG_LABEL_W, 0, _(lines[i]), p->body, LEFT, GREY);
			hline(p, x + SIG_LABEL_W, x + colw, y, 0.6, BLACK);
		}
	}
	p->y += 14 + 3 * 24.0;
}

static void render_sheet(struct pdf *p, struct agg *v)
{
	const struct ts_sheet *sh = &p->x->sheets[p->sheet];

	p->page = 1;
	page_head(p);
	p->y = TOP;
	rows(p, sh);
	totals(p, sh, v);
	signatures(p, sh);
	page_foot(p);
	if (p->draw)
		cairo_show_page(p->cr);
}

static void render_empty(struct pdf *p)
{
	char line[256];

	text(p, MARGIN, MARGIN, CONTENT_W, 0, "Urenstaat / Timesheet", p->title, LEFT, BLACK);
	snprintf(line, sizeof line, _("ISO week %s: no planned or delivered hours."), p->week);
	text(p, MARGIN, MARGIN + 30, CONTENT_W, 0, line, p->h2, LEFT, BLACK);
	cairo_show_page(p->cr);
}

/* --- the file --------------------------------------------------------------------------- */

static int setup(struct pdf *p, cairo_t *cr)
{
	cairo_font_options_t *fo;
	PangoContext *pc;

	p->cr = cr;
	/* a font map of our own, not pango's per-thread default: its caches go when we are done */
	if (!(p->fm = pango_cairo_font_map_new()) || !(pc = pango_font_map_create_context(p->fm)))
		return -1;
	pango_cairo_update_context(cr, pc);
	p->lay = pango_layout_new(pc);
	g_object_unref(pc);
	if (!p->lay)
		return -1;
	/* sizes in points (pango's default is 96 dpi), no hinting: a PDF has no pixels */
	pango_cairo_context_set_resolution(pc, 72.0);
	fo = cairo_font_options_create();
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(pc, fo);
	cairo_font_options_destroy(fo);
	pango_layout_context_changed(p->lay);
	pango_layout_set_ellipsize(p->lay, PANGO_ELLIPSIZE_END);
	pango_layout_set_single_paragraph_mode(p->lay, TRUE);
	p->body = pango_font_description_from_string("DejaVu Sans 8");
	p->bold = pango_font_description_from_string("DejaVu Sans Bold 8.5");
	p->head = pango_font_description_from_string("DejaVu Sans Bold 7.5");
	p->small = pango_font_description_from_string("DejaVu Sans 7");
	p->label = pango_font_description_from_string("DejaVu Sans Bold 9");
	p->h2 = pango_font_description_from_string("DejaVu Sans Bold 10");
	p->title = pango_font_description_from_string("DejaVu Sans Bold 17");
	p->mid = pango_font_description_from_string("DejaVu Sans Bold 16");
	p->big = pango_font_description_from_string("DejaVu Sans Bold 24");
	return 0;
}

static void teardown(struct pdf *p)
{
	PangoFontDescription **f[] = { &p->body, &p->bold, &p->head, &p->small, &p->label,
				       &p->h2, &p->title, &p->mid, &p->big };

	for (size_t i = 0; i < NELEM(f); i++) {
		if (*f[i])
			pango_font_description_free(*f[i]);
		*f[i] = NULL;
	}
	if (p->lay)
		g_object_unref(p->lay);
	p->lay = NULL;
	if (p->fm)
		g_object_unref(p->fm);
	p->fm = NULL;
}

static cairo_status_t pdf_write(void *closure, const unsigned char *data, unsigned int length)
{
	return fwrite(data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* cairo's error in the user's language: its own texts are English. */
static const char *pdf_error_text(cairo_status_t st)
{
	static char buf[96];

	if (st == CAIRO_STATUS_NO_MEMORY)
		return _("out of memory");
	if (st == CAIRO_STATUS_WRITE_ERROR)
		return _("the file could not be written (disk full?)");
	snprintf(buf, sizeof buf, _("the PDF writer failed (cairo error %d)"), (int)st);
	return buf;
}

int export_pdf(const char *path, const struct ts_export *x, struct zio_err *err)
{
	struct atomic_file a;
	struct pdf p = { 0 };
	cairo_surface_t *s;
	cairo_t *cr;
	cairo_status_t st;
	struct agg *v = NULL;
	size_t most = 1;
	char title[64];
	int rc;

	if ((rc = atomic_open(&a, path, err)))
		return rc;
	for (size_t i = 0; i < x->nsheets; i++)
		if (x->sheets[i].count > most)
			most = x->sheets[i].count;
	if (!(v = calloc(most, sizeof *v))) {
		atomic_abort(&a);
		return zio_err_set(err, ZIO_EDB, "cannot write %s: out of memory", path);
	}
	/* through our stream, not by name: cairo loses the errors of its last flush, and a
	 * short file must not be renamed into place (atomic_commit checks the stream) */
	s = cairo_pdf_surface_create_for_stream(pdf_write, a.f, PAGE_W, PAGE_H);
	p.x = x;
	date_format_isoweek(x->week, p.week);
	snprintf(title, sizeof title, "Urenstaat / Timesheet %s", p.week);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "zio");
	cr = cairo_create(s);
	if (cairo_status(cr) == CAIRO_STATUS_SUCCESS && setup(&p, cr) == 0) {
		if (x->nsheets == 0) {
			p.draw = true;
			render_empty(&p);
		}
		for (size_t i = 0; i < x->nsheets && cairo_status(cr) == CAIRO_STATUS_SUCCESS; i++) {
			p.sheet = i;
			p.draw = false;   /* count the pages first, for "page n of m" */
			p.pages = 0;
			render_sheet(&p, v);
			p.pages = p.page;
			p.draw = true;
			render_sheet(&p, v);
		}
	}
	st = cairo_status(cr);
	if (st == CAIRO_STATUS_SUCCESS && !p.lay)
		st = CAIRO_STATUS_NO_MEMORY;
	teardown(&p);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	free(v);
	if (st != CAIRO_STATUS_SUCCESS) {
		atomic_abort(&a);
		return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", path, pdf_error_text(st));
	}
	return atomic_commit(&a, err);
}
