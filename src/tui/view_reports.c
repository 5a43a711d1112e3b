/* Reports: the figures of `zio report` for the school on screen: the budget of the school
 * year to date, the shown week's delivery, its fixed faces, and the funding split. The same
 * src/app/report.c computes them, so the screen and the CLI cannot differ. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/access.h"
#include "zio/report.h"
#include "zio/units.h"
#include "tui_internal.h"

enum report_kind { RK_BUDGET, RK_DELIVERY, RK_FACES, RK_FUNDING, RK_CHANGES, RK_COUNT };

static const char *const kind_title[RK_COUNT] = {
	N_("budget of the school year to date"), N_("delivery of the week"), N_("fixed faces of the week"),
	N_("funding of the school year (Jeugdwet / Wlz)"), N_("changes: the audit trail, newest first"),
};

static const struct key_help keys[] = {
	{ "b", N_("budget: per class and target group, budget to date against planned and delivered"), N_("budget") },
	{ "d", N_("delivery: the shown week per class, short of planned or budget marked"), N_("delivery") },
	{ "f", N_("fixed faces: distinct professionals per class in the shown week"), N_("faces") },
	{ "m", N_("money: delivered hours and amounts of the school year, Jeugdwet and Wlz"), N_("funding") },
	{ "c", N_("changes: who changed what and when (the audit trail), newest first"), N_("changes") },
	{ N_("left/right"), N_("previous / next report"), NULL },
	{ N_("up/down, space"), N_("scroll"), NULL },
	{ NULL, NULL, NULL },
};

struct rline {
	char text[320];
	enum ui_role role;
};

static struct {
	enum report_kind kind;
	bool loaded;
	struct rline *lines;
	size_t n, cap;
	char head[320];
	int top;
	int gw, cols;   /* the target group column fills what the screen has */
} v;

static void reload(struct tui *t)
{
	(void)t;
	v.loaded = false;
}

static struct rline *add(enum ui_role role, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static struct rline *add(enum ui_role role, const char *fmt, ...)
{
	va_list ap;

	if (v.n == v.cap) {
		size_t cap = v.cap ? v.cap * 2 : 64;
		struct rline *p = realloc(v.lines, cap * sizeof *p);
		if (!p)
			return NULL;
		v.lines = p;
		v.cap = cap;
	}
	v.lines[v.n].role = role;
	va_start(ap, fmt);
	vsnprintf(v.lines[v.n].text, sizeof v.lines[v.n].text, fmt, ap);
	va_end(ap);
	return &v.lines[v.n++];
}

/* A name cut or padded to w columns, whatever its script. */
static const char *col(const char *s, int w, char *buf, size_t len)
{
	int used;
	size_t n = text_fit(s, w, &used);
	snprintf(buf, len, "%.*s%*s", (int)n, s, w - used, "");
	return buf;
}

static const char *hrs(double minutes, char *buf, size_t len)
{
	snprintf(buf, len, "%.2f", minutes / 60.0 + 0.0);
	return ui_decimal(buf);
}

static const char *pct(double part, double whole, char *buf, size_t len)
{
	if (whole <= 0)
		snprintf(buf, len, "%s", "");
	else
		snprintf(buf, len, "%.1f%%", part * 100.0 / whole);
	return ui_decimal(buf);
}

static const char *h100(int64_t x, char *buf, size_t len)
{
	return ui_decimal(units_format_h100(x, 0, buf, (int)len));
}

static int load_budget(struct tui *t, struct zio_err *err)
{
	struct report_budget r;
	char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN], sys[SCHOOLYEAR_STR_LEN], d[DATE_STR_LEN];
	char wk[24], bu[24], pl[24], de[24], di[24], pc[24], n1[32], n2[32];
	int sy = date_school_year(date_from_isoweek(t->week, 1)), rc;

	if ((rc = report_budget(&t->pl, t->school_id, sy, t->today, &r, err)))
		return rc;
	snprintf(v.head, sizeof v.head, _("%s, school year %s, to date: %s"), _(kind_title[RK_BUDGET]),
		 date_format_school_year(sy, sys), r.to_date.y ? date_format(r.to_date, d) : _("no week over yet"));
	/* TRANSLATORS: the column heads of the budget report, at most 5, 8, 8, 8, 8 and 6 wide;
	 * "actual": the delivered hours, in 8 columns */
	add(UIR_HEADER, "%s %s %5s %8s %8s %8s %8s %6s", col(_("class"), 18, a, sizeof a),
	    col(_("target group"), v.gw, b, sizeof b), _("week"), _("budget"), _("planned"), _("actual"), _("diff"),
	    _("share"));
	for (size_t i = 0; i < r.nrows; i++) {
		const struct report_budget_row *x = &r.rows[i];
		const char *name = x->level == REPORT_CLASS ? x->klass : x->level == REPORT_GROUP ? _("  all classes") : _("TOTAL");
		enum ui_role role = x->level == REPORT_CLASS ? UIR_NORMAL : UIR_TITLE;
		if (x->level == REPORT_CLASS && x->budget > 0 && x->delivered + 0.5 < x->budget * (1 - t->c->cfg.budget_margin / 100.0))
			role = UIR_WARNING;
		add(role, "%s %s %5s %8s %8s %8s %8s %6s", col(name, 18, a, sizeof a),
		    col(x->level == REPORT_TOTAL ? "" : x->group, v.gw, b, sizeof b), hrs(x->weekly, wk, sizeof wk),
		    hrs(x->budget, bu, sizeof bu), hrs(x->planned, pl, sizeof pl), hrs(x->delivered, de, sizeof de),
		    hrs(x->delivered - x->budget, di, sizeof di), pct(x->delivered, x->budget, pc, sizeof pc));
	}
	add(UIR_NORMAL, "%s", "");
	add(UIR_HEADER, "%s", _("Proposal for next year's weekly hours, from what was delivered per open school week"));
	/* the target group's whole name where the line has room for it (about 45 columns follow) */
	int pw = COLS - 46 < 18 ? 18 : COLS - 46 > 32 ? 32 : COLS - 46;
	for (size_t p = 0; p < r.nproposals; p++) {
		const struct report_proposal *q = &r.proposals[p];
		snprintf(n1, sizeof n1, "%.1f", q->proposal_hours);
		snprintf(n2, sizeof n2, "%g", q->now_minutes / 60.0);
		ui_decimal(n1);
		ui_decimal(n2);
		if (q->nclasses)
			/* TRANSLATORS: the target group, the proposed hours a week, the hours now, the number of classes */
			add(UIR_NORMAL, _n("%s %s h/week (now %s, over %d class)", "%s %s h/week (now %s, over %d classes)",
					   q->nclasses), col(q->group, pw, a, sizeof a), n1, n2, q->nclasses);
		else
			add(UIR_NORMAL, _("%s none yet: no open school week so far (now %s)"), col(q->group, pw, a, sizeof a), n2);
	}
	if (r.unknown_weeks)
		add(UIR_UNKNOWN, _n("%d school week with days the holiday data does not cover counts as closed",
				    "%d school weeks with days the holiday data does not cover count as closed", r.unknown_weeks),
		    r.unknown_weeks);
	report_budget_free(&r);
	return ZIO_OK;
}

static int load_delivery(struct tui *t, struct zio_err *err)
{
	struct report_delivery r;
	struct date from = date_from_isoweek(t->week, 1), to = date_from_isoweek(t->week, 7);
	struct date last = date_add_days(t->today, -1);
	char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN], ws[WEEK_STR_LEN], bu[24], pl[24], de[24], pc[24];
	int rc;

	snprintf(v.head, sizeof v.head, _("%s %s, margin %d%%"), _(kind_title[RK_DELIVERY]), date_format_isoweek(t->week, ws),
		 t->c->cfg.budget_margin);
	if (date_cmp(from, t->today) >= 0) {
		add(UIR_NORMAL, "%s", _("No day of this week is over yet: nothing delivered to compare. [ goes to last week."));
		return ZIO_OK;
	}
	if (date_cmp(to, last) > 0)
		to = last;   /* days from today on are not over */
	if ((rc = report_delivery(&t->pl, t->school_id, from, to, t->c->cfg.budget_margin, &r, err)))
		return rc;
	add(UIR_HEADER, "%s %s %8s %8s %8s %6s  %s", col(_("class"), 18, a, sizeof a), col(_("target group"), v.gw, b, sizeof b),
	    _("budget"), _("planned"), _("actual"), _("share"), _("short of"));
	for (size_t i = 0; i < r.nrows; i++) {
		const struct report_delivery_row *x = &r.rows[i];
		bool s = x->short_planned || x->short_budget;
		add(s ? UIR_WARNING : UIR_NORMAL, "%s %s %8s %8s %8s %6s  %s", col(x->klass, 18, a, sizeof a),
		    col(x->group, v.gw, b, sizeof b), hrs(x->budget, bu, sizeof bu), hrs(x->planned, pl, sizeof pl),
		    hrs(x->delivered, de, sizeof de), pct(x->delivered, x->budget, pc, sizeof pc),
		    x->short_planned && x->short_budget ? _("plan+budget") : x->short_planned ? _("planned") :
		    x->short_budget ? _("budget") : "");
	}
	add(UIR_NORMAL, "%s", "");
	/* TRANSLATORS: the form goes with the second count, all the classes */
	add(r.nshort ? UIR_WARNING : UIR_MESSAGE, _n("%zu of %zu class short by more than %d%%",
						     "%zu of %zu classes short by more than %d%%", r.nrows),
	    r.nshort, r.nrows, r.margin);
	report_delivery_free(&r);
	return ZIO_OK;
}

static int load_faces(struct tui *t, struct zio_err *err)
{
	struct report_faces r;
	char a[ZIO_NAME_LEN], ws[WEEK_STR_LEN];
	int rc, fw = text_width(_("faces")), xw = text_width(_("fixed"));

	fw = fw < 6 ? 6 : fw;
	xw = xw < 6 ? 6 : xw;
	snprintf(v.head, sizeof v.head, _("%s %s, at most %d"), _(kind_title[RK_FACES]), date_format_isoweek(t->week, ws),
		 t->c->cfg.max_faces);
	if ((rc = report_faces(t->c->st, t->school_id, date_from_isoweek(t->week, 1), date_from_isoweek(t->week, 7),
			       t->c->cfg.max_faces, &r, err)))
		return rc;
	/* TRANSLATORS: the column heads of the fixed faces report: distinct professionals, of them in the fixed team */
	add(UIR_HEADER, "%s %*s %*s  %s", col(_("class"), 18, a, sizeof a), fw, _("faces"), xw, _("fixed"), "");
	for (size_t i = 0; i < r.nrows; i++) {
		const struct report_faces_row *x = &r.rows[i];
		add(x->over ? UIR_WARNING : UIR_NORMAL, "%s %*d %*d  %s", col(x->klass, 18, a, sizeof a), fw, x->faces, xw,
		    x->fixed, x->over ? _("more faces than allowed") : x->fixed < x->faces ? _("not all from the fixed team") : "");
	}
	if (!r.nrows)
		add(UIR_NORMAL, "%s", _("No shifts planned this week."));
	add(UIR_NORMAL, "%s", "");
	add(r.nover ? UIR_WARNING : UIR_MESSAGE,
	    _n("%zu class with more than %d fixed faces (max_faces)", "%zu classes with more than %d fixed faces (max_faces)",
	       r.nover), r.nover, r.max_faces);
	report_faces_free(&r);
	return ZIO_OK;
}

static int load_funding(struct tui *t, struct zio_err *err)
{
	struct report_funding r;
	int sy = date_school_year(date_from_isoweek(t->week, 1)), rc;
	char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN], sys[SCHOOLYEAR_STR_LEN], h[24], j[24], w[24], am[24], ja[24], wa[24];
	struct report_funding_row sum = { 0 };

	snprintf(v.head, sizeof v.head, _("%s %s at this school"), _(kind_title[RK_FUNDING]), date_format_school_year(sy, sys));
	if ((rc = report_funding(t->c->st, date_school_year_start(sy), date_school_year_end(sy), 0, &r, err)))
		return rc;
	/* the amounts per funder only where the screen is wide enough */
	bool wide = COLS >= 1 + 14 + 1 + 16 + 27 + 33 + 1;
	int pw = COLS - 1 - 14 - 1 - 27 - 11 - (wide ? 22 : 0) - 1;
	pw = pw < 10 ? 10 : pw > 30 ? 30 : pw;
	/* the amount column holds "no rate" too, in whatever language */
	int aw = text_width(_("no rate")) > 10 ? text_width(_("no rate")) : 10;
	add(UIR_HEADER, "%s %s %8s %8s %8s %*s %10s %10s", col(_("target group"), 14, a, sizeof a),
	    col(_("provider"), pw, b, sizeof b), _("hours"), "Jeugdwet", "Wlz", aw, _("amount"), wide ? "Jeugdwet" : "",
	    wide ? "Wlz" : "");
	for (size_t i = 0; i < r.nrows; i++) {
		const struct report_funding_row *x = &r.rows[i];
		if (x->school_id != t->school_id)
			continue;
		sum.hours100 += x->hours100;
		sum.jeugdwet100 += x->jeugdwet100;
		sum.wlz100 += x->wlz100;
		sum.amount_cents += x->amount_cents;
		sum.jeugdwet_cents += x->jeugdwet_cents;
		sum.wlz_cents += x->wlz_cents;
		add(UIR_NORMAL, "%s %s %8s %8s %8s %*s %10s %10s", col(x->group, 14, a, sizeof a),
		    col(x->provider, pw, b, sizeof b), h100(x->hours100, h, sizeof h), h100(x->jeugdwet100, j, sizeof j),
		    h100(x->wlz100, w, sizeof w), aw, x->rate_cents >= 0 ? h100(x->amount_cents, am, sizeof am) : _("no rate"),
		    wide ? h100(x->jeugdwet_cents, ja, sizeof ja) : "", wide ? h100(x->wlz_cents, wa, sizeof wa) : "");
	}
	add(UIR_TITLE, "%s %s %8s %8s %8s %*s %10s %10s", col(_("TOTAL"), 14, a, sizeof a), col("", pw, b, sizeof b),
	    h100(sum.hours100, h, sizeof h), h100(sum.jeugdwet100, j, sizeof j), h100(sum.wlz100, w, sizeof w), aw,
	    h100(sum.amount_cents, am, sizeof am), wide ? h100(sum.jeugdwet_cents, ja, sizeof ja) : "",
	    wide ? h100(sum.wlz_cents, wa, sizeof wa) : "");
	add(UIR_NORMAL, "%s", "");
	add(UIR_NORMAL, "%s", _("Amounts in euro, hours x rate; for one month: zio report funding --month"));
	report_funding_free(&r);
	return ZIO_OK;
}

static int change_line(const struct audit_row *r, void *ctx)
{
	char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN], c[ZIO_NAME_LEN], change[2048];

	(void)ctx;
	add(!strcmp(r->login, "(outside zio)") ? UIR_WARNING : UIR_NORMAL, "%.16s %s %s %s %s",
	    r->at, col(audit_login(r->login), 12, a, sizeof a), col(audit_word(r->action), 10, c, sizeof c),
	    col(audit_word(r->entity), 15, b, sizeof b), audit_describe(r, change, sizeof change));
	return 0;
}

static int load_changes(struct tui *t, struct zio_err *err)
{
	struct audit_filter f = { .limit = 500, .newest_first = true };
	size_t first;

	snprintf(v.head, sizeof v.head, _("%s (the last 500; zio audit has all of them)"), _(kind_title[RK_CHANGES]));
	/* TRANSLATORS: the column heads of the audit trail, at most 16, 12, 10 and 15 wide */
	{
		char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN], c[ZIO_NAME_LEN], d[ZIO_NAME_LEN];
		add(UIR_HEADER, "%s %s %s %s %s", col(_("when (UTC)"), 16, d, sizeof d), col(_("who"), 12, a, sizeof a),
		    col(_("what"), 10, c, sizeof c), col(_("record"), 15, b, sizeof b), _("change"));
	}
	first = v.n;
	if (store_audit_each(t->c->st, &f, change_line, NULL, err))
		return err->code ? err->code : ZIO_EDB;
	if (v.n == first)
		add(UIR_NORMAL, "%s", _("No changes recorded yet."));
	return ZIO_OK;
}

static void load(struct tui *t)
{
	static int (*const loaders[RK_COUNT])(struct tui *, struct zio_err *) = {
		load_budget, load_delivery, load_faces, load_funding, load_changes,
	};
	static struct isoweek shown;
	struct zio_err err;

	if (v.loaded && shown.year == t->week.year && shown.week == t->week.week && v.cols == COLS)
		return;
	v.cols = COLS;
	v.gw = COLS - 1 - 18 - 1 - 49 - 1;
	v.gw = v.gw < 6 ? 6 : v.gw > 32 ? 32 : v.gw;
	v.n = 0;
	v.head[0] = '\0';
	v.loaded = true;
	shown = t->week;
	zio_err_clear(&err);
	if (loaders[v.kind](t, &err)) {
		v.n = 0;
		add(UIR_ERROR, "%s", err.msg);
	}
	if (v.top >= (int)v.n)
		v.top = 0;
}

static void draw(struct tui *t)
{
	int rows = LINES - 4;

	load(t);
	attron(ui_attr(UIR_HEADER));
	ui_text(1, 0, COLS, v.head, true);
	attroff(ui_attr(UIR_HEADER));
	for (int r = 0; r < rows && v.top + r < (int)v.n; r++) {
		const struct rline *l = &v.lines[v.top + r];
		attron(ui_attr(l->role));
		ui_text(2 + r, 1, COLS - 1, l->text, true);
		attroff(ui_attr(l->role));
	}
	ui_text(LINES - 2, 1, COLS - 2,
		v.top + rows < (int)v.n ? _("more below: down or space  ·  zio report: the same figures for scripts") :
		_("zio report budget|delivery|faces|funding, zio audit: the same for scripts"), true);
}

static void show(struct tui *t, enum report_kind k)
{
	v.kind = k;
	v.top = 0;
	reload(t);
}

static bool key(struct tui *t, int ch, bool is_key)
{
	int rows = LINES - 4;

	if (is_key) {
		switch (ch) {
		case KEY_UP:
			v.top = v.top > 0 ? v.top - 1 : 0;
			return true;
		case KEY_DOWN:
			v.top = v.top + rows < (int)v.n ? v.top + 1 : v.top;
			return true;
		case KEY_LEFT:
			show(t, (v.kind + RK_COUNT - 1) % RK_COUNT);
			return true;
		case KEY_RIGHT:
			show(t, (v.kind + 1) % RK_COUNT);
			return true;
		case KEY_HOME:
			v.top = 0;
			return true;
		}
		return false;
	}
	switch (ch) {
	case 'b':
		show(t, RK_BUDGET);
		return true;
	case 'd':
		show(t, RK_DELIVERY);
		return true;
	case 'f':
		show(t, RK_FACES);
		return true;
	case 'm':
		show(t, RK_FUNDING);
		return true;
	case 'c':
		show(t, RK_CHANGES);
		return true;
	case 'k':
		v.top = v.top > 0 ? v.top - 1 : 0;
		return true;
	case 'j':
		v.top = v.top + rows < (int)v.n ? v.top + 1 : v.top;
		return true;
	case ' ':
		v.top = v.top + 2 * rows < (int)v.n ? v.top + rows : ((int)v.n > rows ? (int)v.n - rows : 0);
		return true;
	}
	return false;
}

const struct view view_reports = { "reports", N_("Reports"), keys, draw, key, NULL, reload };
