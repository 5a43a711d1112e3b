/* Timesheets: per provider and school the week's sign-off status and totals, and the export
 * for the contract manager in a few keys: x, a format, Enter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/export.h"
#include "zio/logbook.h"
#include "tui_internal.h"

static const struct key_help keys[] = {
	{ N_("up/down"), N_("select a provider and school"), NULL },
	{ "x", N_("export the selected timesheet (CSV, CSV for Dutch Excel, Excel, PDF)"), N_("export") },
	{ "X", N_("export all timesheets of the week into one file"), N_("all") },
	{ N_("[ ]"), N_("previous / next week (last week is where timesheets are made)"), N_("week") },
	{ NULL, NULL, NULL },
};

static struct {
	struct ts_export x;
	struct isoweek week;
	bool loaded;
} v;

static void reload(struct tui *t)
{
	(void)t;
	ts_export_free(&v.x);
	v.loaded = false;
}

static void load(struct tui *t)
{
	struct zio_err err;

	if (v.loaded && v.week.year == t->week.year && v.week.week == t->week.week)
		return;
	reload(t);
	v.loaded = true;
	v.week = t->week;
	zio_err_clear(&err);
	if (export_collect(t->c->st, t->week, 0, 0, &v.x, &err))
		tui_message(t, true, "%s", err.msg);
}

static void hours(int64_t h100, char *buf, size_t len)
{
	ui_decimal(units_format_h100(h100, 0, buf, (int)len));
}

static void draw(struct tui *t)
{
	char line[900], p[24], d[24], a[24], j[24], w[24], ws[WEEK_STR_LEN], h1[64], h2[64], h3[64];
	int y = 3, sw = ui_status_width() > 9 ? ui_status_width() : 9;

	load(t);
	snprintf(line, sizeof line, _("Timesheets (urenstaten) of week %s: every school, every provider"),
		 date_format_isoweek(t->week, ws));
	attron(ui_attr(UIR_HEADER));
	ui_text(1, 0, COLS, line, true);
	snprintf(line, sizeof line, "%s%s%s%7s  %9s  %7s  %8s  %7s", ui_pad(_("provider"), 22, h1, sizeof h1),
		 ui_pad(_("school"), 22, h2, sizeof h2), ui_pad(_("status"), sw + 3, h3, sizeof h3), _("planned"),
		 _("delivered"), _("absent"), "Jeugdwet", "Wlz");
	ui_text(2, 0, COLS, line, true);
	attroff(ui_attr(UIR_HEADER));
	if (t->list_sel[t->view] >= (int)v.x.nsheets)
		t->list_sel[t->view] = v.x.nsheets ? (int)v.x.nsheets - 1 : 0;
	for (size_t i = 0; i < v.x.nsheets && y < LINES - 2; i++, y++) {
		const struct ts_sheet *s = &v.x.sheets[i];
		char c1[ZIO_NAME_LEN + 8], c2[ZIO_NAME_LEN + 8], c3[64];
		int used;
		size_t n;
		hours(export_hours100(s->planned_minutes), p, sizeof p);
		hours(s->hours100, d, sizeof d);
		hours(export_hours100(s->absent_minutes), a, sizeof a);
		hours(s->jeugdwet100, j, sizeof j);
		hours(s->wlz100, w, sizeof w);
		n = text_fit(s->provider, 20, &used);
		snprintf(c1, sizeof c1, "%.*s%*s", (int)n, s->provider, 20 - used, "");
		n = text_fit(s->school, 20, &used);
		snprintf(c2, sizeof c2, "%.*s%*s", (int)n, s->school, 20 - used, "");
		snprintf(line, sizeof line, "%s  %s  %s %8s %10s %8s %9s %8s", c1, c2,
			 ui_pad(ui_status_name(s->status.status), sw, c3, sizeof c3), p, d, a, j, w);
		attron((int)i == t->list_sel[t->view] ? ui_attr(UIR_SELECTED) :
		       s->status.status == TS_APPROVED ? ui_attr(UIR_MESSAGE) :
		       s->status.status == TS_DISPUTED ? ui_attr(UIR_ERROR) : 0);
		ui_text(y, 0, COLS, line, true);
		attroff(ui_attr(UIR_SELECTED) | ui_attr(UIR_MESSAGE) | ui_attr(UIR_ERROR));
	}
	if (!v.x.nsheets)
		ui_text(4, 2, COLS - 4, _("nothing planned or logged this week: [ goes to last week"), false);
	else
		ui_text(LINES - 3, 1, COLS - 2,
			_("x exports the selected timesheet, X all of them; sign-offs are made in Hours (5): S, A, D, R"),
			false);
}

/* Only the rows of one sheet, or all. */
static int write_export(struct tui *t, int fmt, const char *path, bool all, struct zio_err *err)
{
	struct ts_export one = v.x;
	struct ts_sheet sh;
	struct atomic_file a;
	int rc;

	if (!all) {
		/* a view of one sheet: its rows start at 0 in the copy */
		sh = v.x.sheets[t->list_sel[t->view]];
		one.rows = &v.x.rows[sh.first];
		one.nrows = sh.count;
		sh.first = 0;
		one.sheets = &sh;
		one.nsheets = 1;
		if (fmt == 2)
			return export_xlsx(path, &one, err);
		if (fmt == 3)
			return export_pdf(path, &one, err);
	} else if (fmt == 2) {
		return export_xlsx(path, &v.x, err);
	} else if (fmt == 3) {
		return export_pdf(path, &v.x, err);
	}
	if ((rc = atomic_open(&a, path, err)))
		return rc;
	if ((rc = export_csv(a.f, all ? &v.x : &one, fmt == 1 ? CSV_NL : CSV_PLAIN, err))) {
		atomic_abort(&a);
		return rc;
	}
	return atomic_commit(&a, err);
}

static void export_key(struct tui *t, bool all)
{
	static const char *const format_names[] = { N_("CSV (for scripts)"), N_("CSV for Dutch Excel (;)"), N_("Excel (.xlsx)"),
						    N_("PDF (to print and sign)") };
	const char *formats[4];
	static const char *const ext[] = { "csv", "csv", "xlsx", "pdf" };
	char path[PATH_MAX + 320], name[300], ws[WEEK_STR_LEN];
	struct zio_err err;
	int k;

	load(t);
	if (!v.x.nsheets) {
		tui_message(t, true, "no timesheet this week");
		return;
	}
	for (int i = 0; i < 4; i++)
		formats[i] = _(format_names[i]);
	k = ui_pick(t, _("Export as"), formats, 4, 2, -1, NULL);
	if (k < 0)
		return;
	date_format_isoweek(t->week, ws);
	if (all)
		snprintf(name, sizeof name, "urenstaat-%s.%s", ws, ext[k]);
	else
		snprintf(name, sizeof name, "urenstaat-%s-%.100s-%.100s.%s", ws, v.x.sheets[t->list_sel[t->view]].provider,
			 v.x.sheets[t->list_sel[t->view]].school, ext[k]);
	for (char *p = name; *p; p++)   /* a file name a person can type */
		if (*p == ' ' || *p == '/')
			*p = '-';
	snprintf(path, sizeof path, "%s%s%s", t->c->cfg.export_dir, t->c->cfg.export_dir[0] ? "/" : "", name);
	if (!ui_prompt(t, _("Save as:"), path, sizeof path) || !path[0])
		return;
	zio_err_clear(&err);
	if (write_export(t, k, path, all, &err))
		tui_message(t, true, "%s", err.msg);
	else
		tui_message(t, false, "wrote %s", path);
}

static bool key(struct tui *t, int ch, bool is_key)
{
	load(t);
	if ((is_key && ch == KEY_UP) || (!is_key && ch == 'k')) {
		t->list_sel[t->view] = t->list_sel[t->view] > 0 ? t->list_sel[t->view] - 1 : 0;
		return true;
	}
	if ((is_key && ch == KEY_DOWN) || (!is_key && ch == 'j')) {
		if (t->list_sel[t->view] + 1 < (int)v.x.nsheets)
			t->list_sel[t->view]++;
		return true;
	}
	if (!is_key && (ch == 'x' || ch == 'X')) {
		export_key(t, ch == 'X');
		return true;
	}
	return false;
}

const struct view view_timesheets = { "timesheets", N_("Timesheets"), keys, draw, key, NULL, reload };
