/* Hours: the week's shifts with what was logged; confirm, correct, mark absent with a
 * stand-in who keeps faces familiar, log unplanned care, and sign the week off. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/logbook.h"
#include "tui_internal.h"

static const struct key_help keys[] = {
	{ N_("up/down"), N_("select a shift"), NULL },
	{ N_("y Enter"), N_("confirm the selected shift as delivered as planned"), N_("confirm"), ACT_LOG },
	{ "Y", N_("confirm every planned shift of the week up to today"), N_("all"), ACT_LOG },
	{ "e", N_("edit the logged times"), N_("edit"), ACT_LOG },
	{ "a", N_("absent: a reason and a stand-in (fixed team first)"), N_("absent"), ACT_LOG },
	{ "n", N_("log unplanned (extra) care"), N_("extra"), ACT_LOG },
	{ "r", N_("remove the selected shift's log entries"), NULL, ACT_LOG },
	{ "S", N_("submit the week (provider)"), N_("submit"), ACT_SUBMIT },
	{ "A", N_("approve the week (school)"), N_("approve"), ACT_SIGNOFF },
	{ "D", N_("dispute the week (school), with a reason"), NULL, ACT_SIGNOFF },
	{ "R", N_("reopen an approved or disputed week (school), with a reason"), NULL, ACT_SIGNOFF },
	{ NULL, NULL, NULL },
};

/* The reasons of an absence, in the order of enum absence from ABSENCE_SICK on. */
static const char *const reasons[] = { N_("sick"), N_("leave"), N_("training"), N_("other") };

static const char *reason_text(enum absence a)
{
	return a >= ABSENCE_SICK && a <= ABSENCE_OTHER ? _(reasons[a - ABSENCE_SICK]) : absence_name(a);
}

/* The state of a shift (logbook_shift_state) as the interface shows it. */
static const char *state_text(const char *state)
{
	/* TRANSLATORS: the state of a shift in the hours view: not logged yet, delivered, absent, cancelled */
	static const char *const states[] = { N_("unlogged"), N_("delivered"), N_("absent"), N_("cancelled") };
	for (size_t i = 0; i < sizeof states / sizeof states[0]; i++)
		if (!strcmp(state, states[i]))
			return _(states[i]);
	return state;
}

/* The width of the state column: the widest state, at least 9. */
static int state_width(void)
{
	const char *all[] = { "unlogged", "delivered", "absent", "cancelled" };
	int w = text_width(_("extra"));
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		if (text_width(state_text(all[i])) > w)
			w = text_width(state_text(all[i]));
	return w < 9 ? 9 : w;
}

static struct {
	struct week_hours wh;
	int64_t school_id;
	struct isoweek week;
	bool loaded;
} h;

static void reload(struct tui *t)
{
	(void)t;
	logbook_week_free(&h.wh);
	h.loaded = false;
}

static void load(struct tui *t)
{
	struct zio_err err;

	if (h.loaded && h.school_id == t->school_id && h.week.year == t->week.year && h.week.week == t->week.week)
		return;
	reload(t);
	h.loaded = true;
	h.school_id = t->school_id;
	h.week = t->week;
	zio_err_clear(&err);
	if (logbook_week(&t->pl, t->school_id, t->week, &h.wh, &err))
		tui_message(t, true, "%s", err.msg);
}

/* The list shows the shifts, then the extra care logged without a shift. */
static size_t nrows(void)
{
	size_t n = h.wh.nshifts;
	for (size_t i = 0; i < h.wh.nlogs; i++)
		n += h.wh.logs[i].shift_id == 0;
	return n;
}

static const struct log_entry *extra_at(size_t row)
{
	size_t k = h.wh.nshifts;
	for (size_t i = 0; i < h.wh.nlogs; i++)
		if (h.wh.logs[i].shift_id == 0 && k++ == row)
			return &h.wh.logs[i];
	return NULL;
}

static const struct shift *selected(struct tui *t)
{
	int i = t->list_sel[t->view];
	return i >= 0 && (size_t)i < h.wh.nshifts ? &h.wh.shifts[i] : NULL;
}

/* The entries of a shift as text: "delivered 08:30-12:00", "absent (sick), Jan stood in". */
static void logged_text(const struct shift *s, char *buf, size_t len)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < h.wh.nlogs && used < len; i++) {
		const struct log_entry *e = &h.wh.logs[i];
		char a[TIME_STR_LEN], b[TIME_STR_LEN];
		if (e->shift_id != s->id)
			continue;
		if (used)
			used += (size_t)snprintf(buf + used, len - used, "; ");
		if (used >= len)
			break;
		if (e->kind == LOG_ABSENT)
			used += (size_t)snprintf(buf + used, len - used, _("absent (%s)"), reason_text(e->reason));
		else if (e->professional_id == s->professional_id)
			used += (size_t)snprintf(buf + used, len - used, "%s-%s", time_format(e->start, a),
						 time_format(e->end, b));
		else
			used += (size_t)snprintf(buf + used, len - used, _("%.40s stood in %s-%s"),
						 e->professional_name, time_format(e->start, a), time_format(e->end, b));
	}
}

/* s cut or padded to exactly `cols` display columns (names like "Ümit" line up). */
static const char *cols_of(const char *s, int cols, char *buf, size_t len)
{
	int used;
	size_t n = text_fit(s, cols, &used);

	snprintf(buf, len, "%.*s%*s", (int)n, s, cols - used, "");
	return buf;
}

static void hours_str(int64_t m, char *buf, size_t len)
{
	units_format_hours(m, i18n_decimal_comma(), buf, (int)len);
}

/* Day-month, as the week planner's header writes it (23-11). */
static const char *ddmm(struct date d, char *buf)
{
	snprintf(buf, DATE_STR_LEN, "%02d-%02d", d.d, d.m);
	return buf;
}

static void draw(struct tui *t)
{
	int rows = LINES - 2 - 1 - 5, top;
	const struct shift *sel;
	char line[1400], d[DATE_STR_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN], got[600], wd[16];
	char h1[64], h2[64], h3[64], h4[64], h5[64];
	int sw = state_width(), dw = 0;

	for (int i = 1; i <= 7; i++)   /* mon or ma */
		dw = text_width(_(date_weekday_name(i))) > dw ? text_width(_(date_weekday_name(i))) : dw;
	load(t);
	/* the columns: day and date, class (18), professional (20), planned (11), state, logged */
	snprintf(line, sizeof line, "%s%s%s%s%s%s", ui_pad(_("day"), dw + 8, h1, sizeof h1), ui_pad(_("class"), 20, h2, sizeof h2),
		 ui_pad(_("professional"), 22, h3, sizeof h3), ui_pad(_("planned"), 13, h4, sizeof h4),
		 ui_pad(_("state"), sw + 2, h5, sizeof h5), _("logged"));
	attron(ui_attr(UIR_HEADER));
	ui_text(1, 0, COLS, line, true);
	attroff(ui_attr(UIR_HEADER));
	if (t->list_sel[t->view] >= (int)nrows())
		t->list_sel[t->view] = nrows() ? (int)nrows() - 1 : 0;
	if (t->list_sel[t->view] < t->list_top[t->view])
		t->list_top[t->view] = t->list_sel[t->view];
	if (t->list_sel[t->view] >= t->list_top[t->view] + rows)
		t->list_top[t->view] = t->list_sel[t->view] - rows + 1;
	top = t->list_top[t->view];
	for (int r = 0; r < rows && top + r < (int)nrows(); r++) {
		const struct log_entry *x = extra_at((size_t)(top + r));
		if (x) {
			char c1[ZIO_NAME_LEN + 32], c2[ZIO_NAME_LEN + 32], c3[64];
			snprintf(line, sizeof line, "%s %.5s  %s  %s  %-11s  %s  %s-%s %s",
				 cols_of(_(date_weekday_name(date_weekday(x->date))), dw, wd, sizeof wd),
				 ddmm(x->date, d), cols_of(x->class_name, 18, c1, sizeof c1),
				 cols_of(x->professional_name, 20, c2, sizeof c2), "", cols_of(_("extra"), sw, c3, sizeof c3),
				 time_format(x->start, a), time_format(x->end, b), x->note);
			attron(top + r == t->list_sel[t->view] ? ui_attr(UIR_SELECTED) : 0);
			ui_text(2 + r, 0, COLS, line, true);
			attroff(ui_attr(UIR_SELECTED));
			continue;
		}
		const struct shift *s = &h.wh.shifts[top + r];
		const char *state = logbook_shift_state(&h.wh, s);
		enum ui_role role = !strcmp(state, "unlogged") ? (date_cmp(s->date, t->today) <= 0 ? UIR_WARNING : UIR_NORMAL) :
				    !strcmp(state, "absent") ? UIR_PARTLY : !strcmp(state, "cancelled") ? UIR_CANCELLED : UIR_NORMAL;
		logged_text(s, got, sizeof got);
		char c1[ZIO_NAME_LEN + 32], c2[ZIO_NAME_LEN + 32], c3[64];
		snprintf(line, sizeof line, "%s %.5s  %s  %s  %s-%s  %s  %s",
			 cols_of(_(date_weekday_name(date_weekday(s->date))), dw, wd, sizeof wd),
			 ddmm(s->date, d), cols_of(s->class_name, 18, c1, sizeof c1),
			 cols_of(s->professional_name, 20, c2, sizeof c2), time_format(s->start, a),
			 time_format(s->end, b), cols_of(state_text(state), sw, c3, sizeof c3), got);
		attron(top + r == t->list_sel[t->view] ? ui_attr(UIR_SELECTED) : ui_attr(role));
		ui_text(2 + r, 0, COLS, line, true);
		attroff(ui_attr(UIR_SELECTED) | ui_attr(role));
	}
	if (!h.wh.nshifts)
		ui_text(3, 2, COLS - 4, _("no shifts this week: plan them in the week planner (1), or log extra care with n"), false);
	/* the totals of the selected shift's class and professional, and the week's sign-off */
	mvhline(LINES - 6, 0, ACS_HLINE, COLS);
	sel = selected(t);
	if (sel) {
		struct hour_totals tc = logbook_totals(&h.wh, true, sel->class_id), tp = logbook_totals(&h.wh, false, sel->professional_id);
		char p1[24], d1[24], a1[24], p2[24], d2[24], a2[24];
		hours_str(tc.planned, p1, sizeof p1);
		hours_str(tc.delivered, d1, sizeof d1);
		hours_str(tc.absent, a1, sizeof a1);
		hours_str(tp.planned, p2, sizeof p2);
		hours_str(tp.delivered, d2, sizeof d2);
		hours_str(tp.absent, a2, sizeof a2);
		char c1[ZIO_NAME_LEN + 32];
		snprintf(line, sizeof line, _("%s planned %6s  delivered %6s  absent %6s"), cols_of(sel->class_name, 22, c1, sizeof c1),
			 p1, d1, a1);
		ui_text(LINES - 5, 1, COLS - 2, line, false);
		snprintf(line, sizeof line, _("%s planned %6s  delivered %6s  absent %6s"),
			 cols_of(sel->professional_name, 22, c1, sizeof c1), p2, d2, a2);
		ui_text(LINES - 4, 1, COLS - 2, line, false);
	}
	{
		struct zio_err err;
		int x = 1;
		for (int64_t prov = 1; prov < 64 && x < COLS - 10; prov++) {
			struct provider p;
			struct timesheet ts;
			if (store_provider_get(t->c->st, prov, &p, &err))
				continue;
			if (store_timesheet_get(t->c->st, prov, t->school_id, date_from_isoweek(t->week, 1), &ts, &err))
				continue;
			snprintf(line, sizeof line, "%s: %s  ", p.name, ui_status_name(ts.status));
			attron(ts.status == TS_APPROVED ? ui_attr(UIR_MESSAGE) : ts.status == TS_DISPUTED ? ui_attr(UIR_ERROR) : 0);
			x += ui_text(LINES - 3, x, COLS - x - 1, line, false);
			attroff(ui_attr(UIR_MESSAGE) | ui_attr(UIR_ERROR));
		}
	}
}

/* --- changes ----------------------------------------------------------------------------- */

struct log_change {
	int kind;   /* 'y' confirm one, 'Y' all, 'e' edit, 'a' absent, 'n' extra, 'r' remove, 't' timesheet */
	struct shift s;
	struct log_entry e;
	enum absence reason;
	int64_t stand_in, provider_id;
	enum ts_action action;
	char text[ZIO_NAME_LEN];
	struct confirm_report r;
};

static int do_change(struct tui *t, void *ctx, struct zio_err *err)
{
	struct log_change *x = ctx;
	struct findings fs = { 0 };
	int rc = ZIO_OK;

	switch (x->kind) {
	case 'y':
		x->e.shift_id = x->s.id;
		x->e.professional_id = x->s.professional_id;
		x->e.class_id = x->s.class_id;
		x->e.date = x->s.date;
		x->e.start = x->s.start;
		x->e.end = x->s.end;
		/* fall through */
	case 'n':
		rc = logbook_add(&t->pl, &x->e, t->today, &fs, err);
		break;
	case 'e':
		rc = logbook_update(&t->pl, &x->e, t->today, &fs, err);
		break;
	case 'a':
		rc = logbook_absent(&t->pl, x->s.id, x->reason, x->stand_in, -1, -1, "", t->today, &fs, err);
		break;
	case 'Y':
		rc = logbook_confirm_week(&t->pl, t->school_id, 0, t->week, t->today, &x->r, err);
		break;
	case 'r':
		for (size_t i = 0; i < h.wh.nlogs && !rc; i++)
			if (h.wh.logs[i].shift_id == x->s.id)
				rc = store_log_delete(t->c->st, h.wh.logs[i].id, err);
		break;
	case 'x':
		rc = store_log_delete(t->c->st, x->e.id, err);
		break;
	case 't': {
		struct timesheet ts;
		rc = logbook_timesheet(&t->pl, x->provider_id, t->school_id, t->week, x->action, x->text, t->today, &ts, err);
		if (rc == ZIO_OK)
			snprintf(x->text, sizeof x->text, "%s", ui_status_name(ts.status));
		break;
	}
	}
	if (rc == ZIO_OK && fs.n)
		snprintf(x->text, sizeof x->text, "%.200s", fs.v[0].msg);
	findings_free(&fs);
	return rc;
}

static int logged_id(const struct shift *s)
{
	for (size_t i = 0; i < h.wh.nlogs; i++)
		if (h.wh.logs[i].shift_id == s->id && h.wh.logs[i].professional_id == s->professional_id &&
		    h.wh.logs[i].kind == LOG_DELIVERED)
			return (int)i;
	return -1;
}

/* Stand-in proposals in the order that keeps faces familiar: the class's fixed team, then
 * who works at this school that day, then the rest of the provider's staff; each with what
 * they already do at that time. */
struct proposal {
	int64_t ids[256];
	char labels[256][ZIO_NAME_LEN];
	const char *items[256];
	int n;
};

static void propose(struct tui *t, const struct shift *s, int64_t provider_id, const char *why,
		    struct proposal *p, const struct professional *pro)
{
	struct shift_filter f = { 0 };
	struct shift *day = NULL;
	size_t n = 0;
	struct zio_err err;
	char busy[96], a[TIME_STR_LEN], b[TIME_STR_LEN];

	if (p->n == 256 || pro->id == s->professional_id || pro->provider_id != provider_id)
		return;
	if ((pro->active_from.y && date_cmp(s->date, pro->active_from) < 0) ||
	    (pro->active_to.y && date_cmp(s->date, pro->active_to) > 0))
		return;
	for (int i = 0; i < p->n; i++)
		if (p->ids[i] == pro->id)
			return;
	snprintf(busy, sizeof busy, "%s", _("free"));
	f.from = f.to = s->date;
	f.professional_id = pro->id;
	if (store_shift_list(t->c->st, &f, &day, &n, &err) == ZIO_OK)
		for (size_t i = 0; i < n; i++)
			if (rule_times_overlap(s->start, s->end, day[i].start, day[i].end)) {
				/* logged absent for that shift: not busy there, but not there at all */
				bool away = false;
				for (size_t j = 0; j < h.wh.nlogs && !away; j++)
					away = h.wh.logs[j].shift_id == day[i].id && h.wh.logs[j].professional_id == pro->id &&
					       h.wh.logs[j].kind == LOG_ABSENT;
				if (away)
					snprintf(busy, sizeof busy, _("absent %s-%s"), time_format(day[i].start, a),
						 time_format(day[i].end, b));
				else
					snprintf(busy, sizeof busy, _("busy %s-%s in %.30s: overlap"), time_format(day[i].start, a),
						 time_format(day[i].end, b), day[i].class_name);
				break;
			}
	free(day);
	p->ids[p->n] = pro->id;
	snprintf(p->labels[p->n], ZIO_NAME_LEN, "%.60s  (%s; %s)", pro->name, why, busy);
	p->items[p->n] = p->labels[p->n];
	p->n++;
}

struct prop_ctx {
	struct tui *t;
	const struct shift *s;
	int64_t provider_id;
	struct proposal *p;
	const char *why;
};

static int prop_team(const struct team_member *m, void *ctx)
{
	struct prop_ctx *c = ctx;
	struct professional pro;
	struct zio_err err;
	if (store_staff_get(c->t->c->st, m->professional_id, &pro, &err) == ZIO_OK)
		propose(c->t, c->s, c->provider_id, _("fixed team"), c->p, &pro);
	return 0;
}

static int prop_staff(const struct professional *pro, void *ctx)
{
	struct prop_ctx *c = ctx;
	propose(c->t, c->s, c->provider_id, c->why, c->p, pro);
	return 0;
}

static void absent(struct tui *t, const struct shift *sel)
{
	/* a copy: the week's lists are reloaded by the write, and by a redraw when another
	 * program changed the database while a list was open */
	const struct shift copy = *sel, *s = &copy;
	const char *reason_items[4];
	static struct proposal p;
	struct log_change x;
	struct professional me;
	struct roster_filter rf = { .class_id = s->class_id };
	struct prop_ctx pc = { t, s, 0, &p, "" };
	struct zio_err err;
	char free_mark[64];
	int k;

	memset(&x, 0, sizeof x);
	memset(&p, 0, sizeof p);
	if (store_staff_get(t->c->st, s->professional_id, &me, &err))
		return;
	for (int i = 0; i < 4; i++)
		reason_items[i] = _(reasons[i]);
	k = ui_pick(t, _("Absent: why?"), reason_items, 4, 0, -1, NULL);
	if (k < 0)
		return;
	x.reason = (enum absence)(k + 1);
	pc.provider_id = me.provider_id;
	store_team_each(t->c->st, &rf, prop_team, &pc, &err);
	for (size_t i = 0; i < h.wh.nshifts; i++)   /* who works at this school that day */
		if (date_cmp(h.wh.shifts[i].date, s->date) == 0) {
			struct professional pro;
			if (store_staff_get(t->c->st, h.wh.shifts[i].professional_id, &pro, &err) == ZIO_OK)
				propose(t, s, me.provider_id, _("at school today"), &p, &pro);
		}
	pc.why = _("same provider");
	store_staff_each(t->c->st, NULL, prop_staff, &pc, &err);
	{   /* those free at that time first, each group keeping the familiar-faces order */
		static struct proposal sorted;
		memset(&sorted, 0, sizeof sorted);
		snprintf(free_mark, sizeof free_mark, "; %s)", _("free"));
		for (int pass = 0; pass < 2; pass++)
			for (int i = 0; i < p.n; i++)
				if ((strstr(p.labels[i], free_mark) != NULL) == (pass == 0)) {
					sorted.ids[sorted.n] = p.ids[i];
					memcpy(sorted.labels[sorted.n], p.labels[i], sizeof p.labels[i]);
					sorted.n++;
				}
		memcpy(&p, &sorted, sizeof p);
	}
	/* the first choice: nobody */
	if (p.n < 256) {
		memmove(&p.ids[1], &p.ids[0], (size_t)p.n * sizeof p.ids[0]);
		memmove(&p.labels[1], &p.labels[0], (size_t)p.n * sizeof p.labels[0]);
		p.ids[0] = 0;
		snprintf(p.labels[0], ZIO_NAME_LEN, "%s", _("nobody stood in"));
		p.n++;
		for (int i = 0; i < p.n; i++)
			p.items[i] = p.labels[i];
	}
	k = ui_pick(t, _("Who stood in?"), p.items, p.n, p.n > 1 ? 1 : 0, -1, NULL);
	if (k < 0)
		return;
	x.kind = 'a';
	x.s = *s;
	x.stand_in = p.ids[k];
	if (tui_write(t, do_change, &x) == ZIO_OK) {
		if (x.stand_in) {
			/* the name without the list's "  (fixed team; free)" */
			const char *cut = strstr(p.labels[k], "  (");
			tui_message(t, false, "%s absent (%s), stood in: %.*s", s->professional_name, reason_text(x.reason),
				    cut ? (int)(cut - p.labels[k]) : (int)strlen(p.labels[k]), p.labels[k]);
		}
		else
			tui_message(t, false, "%s absent (%s)", s->professional_name, reason_text(x.reason));
	}
}

static int check_times(const char *v, struct zio_err *err)
{
	int a, b;
	return time_parse_range(v, &a, &b, err);
}

static void edit(struct tui *t, const struct shift *sel)
{
	const struct shift copy = *sel, *s = &copy;   /* the write reloads the week's lists */
	struct log_change x;
	char buf[32], a[TIME_STR_LEN], b[TIME_STR_LEN];
	int i = logged_id(s);

	memset(&x, 0, sizeof x);
	if (i < 0) {   /* not logged yet: log with other times */
		x.kind = 'y';
		x.s = *s;
	} else {
		x.kind = 'e';
		x.e = h.wh.logs[i];
	}
	snprintf(buf, sizeof buf, "%s-%s", time_format(i < 0 ? s->start : x.e.start, a), time_format(i < 0 ? s->end : x.e.end, b));
	if (!ui_prompt(t, _("Delivered from-to:"), buf, sizeof buf))
		return;
	if (check_times(buf, NULL)) {
		tui_message(t, true, "'%s' is not a time range like 08:30-12:00", buf);
		return;
	}
	if (i < 0) {
		x.s.start = x.s.end = 0;
		time_parse_range(buf, &x.s.start, &x.s.end, NULL);
	} else {
		time_parse_range(buf, &x.e.start, &x.e.end, NULL);
	}
	if (tui_write(t, do_change, &x) == ZIO_OK) {
		if (x.text[0])
			tui_message(t, false, "logged %s %s; warning: %s", s->professional_name, buf, x.text);
		else
			tui_message(t, false, "logged %s %s", s->professional_name, buf);
	}
}

/* n: extra care without a shift: a professional, a class and the times. */
struct choice_list {
	int64_t ids[512];
	char labels[512][ZIO_NAME_LEN];
	const char *items[512];
	int n;
};

static int staff_choice(const struct professional *p, void *ctx)
{
	struct choice_list *l = ctx;
	if (l->n < 512) {
		l->ids[l->n] = p->id;
		snprintf(l->labels[l->n], ZIO_NAME_LEN, "%.120s (%.120s)", p->name, p->provider_name);
		l->items[l->n] = l->labels[l->n];
		l->n++;
	}
	return 0;
}

static int class_choice(const struct class *k, void *ctx)
{
	struct choice_list *l = ctx;
	if (l->n < 512) {
		l->ids[l->n] = k->id;
		snprintf(l->labels[l->n], ZIO_NAME_LEN, "%s", k->name);
		l->items[l->n] = l->labels[l->n];
		l->n++;
	}
	return 0;
}

static int check_date(const char *v, struct zio_err *err)
{
	struct date d;
	return date_parse(v, &d, err);
}

static int check_note(const char *v, struct zio_err *err)
{
	return text_check_short(v, _("note"), err);
}

static void extra(struct tui *t, const struct shift *near)
{
	static struct choice_list staff, classes;
	struct roster_filter rf = { .school_id = t->school_id };
	struct form_field f[5];
	struct log_change x;
	struct zio_err err;

	memset(&staff, 0, sizeof staff);
	memset(&classes, 0, sizeof classes);
	memset(&x, 0, sizeof x);
	memset(f, 0, sizeof f);
	if (store_staff_each(t->c->st, NULL, staff_choice, &staff, &err) ||
	    store_class_each(t->c->st, &rf, class_choice, &classes, &err) || !staff.n || !classes.n) {
		tui_message(t, true, "no professionals or classes to log extra care for");
		return;
	}
	f[0] = (struct form_field){ .label = _("Professional"), .items = staff.items, .nitems = staff.n, .choice = 0, .sep = -1 };
	f[1] = (struct form_field){ .label = _("Class"), .items = classes.items, .nitems = classes.n, .choice = 0, .sep = -1 };
	for (int i = 0; near && i < staff.n; i++)
		if (staff.ids[i] == near->professional_id)
			f[0].choice = i;
	for (int i = 0; near && i < classes.n; i++)
		if (classes.ids[i] == near->class_id)
			f[1].choice = i;
	f[2] = (struct form_field){ .label = _("Date"), .check = check_date };
	date_format(near ? near->date : t->today, f[2].value);
	f[3] = (struct form_field){ .label = _("Time"), .check = check_times };
	snprintf(f[3].value, sizeof f[3].value, "12:00-13:00");
	f[4] = (struct form_field){ .label = _("Note"), .check = check_note };
	if (!ui_form(t, _("Log extra care (no shift)"), f, 5, NULL, NULL))
		return;
	x.kind = 'n';
	x.e.professional_id = staff.ids[f[0].choice];
	x.e.class_id = classes.ids[f[1].choice];
	date_parse(f[2].value, &x.e.date, NULL);
	time_parse_range(f[3].value, &x.e.start, &x.e.end, NULL);
	snprintf(x.e.note, sizeof x.e.note, "%s", f[4].value);
	if (tui_write(t, do_change, &x) == ZIO_OK) {
		if (x.text[0])
			tui_message(t, false, "logged extra care: %s, %s %s; warning: %s", staff.labels[f[0].choice], f[2].value,
				    f[3].value, x.text);
		else
			tui_message(t, false, "logged extra care: %s, %s %s", staff.labels[f[0].choice], f[2].value,
				    f[3].value);
	}
}

static void timesheet_action(struct tui *t, enum ts_action a)
{
	static char names[64][ZIO_NAME_LEN];
	const char *items[64];
	int64_t ids[64];
	struct log_change x;
	struct zio_err err;
	int n = 0, k;

	for (int64_t prov = 1; prov < 64 && n < 64; prov++) {
		struct provider p;
		if (store_provider_get(t->c->st, prov, &p, &err))
			continue;
		ids[n] = p.id;
		snprintf(names[n], ZIO_NAME_LEN, "%s", p.name);
		items[n] = names[n];
		n++;
	}
	if (!n)
		return;
	k = n == 1 ? 0 : ui_pick(t, _("Which provider's week?"), items, n, 0, -1, NULL);
	if (k < 0)
		return;
	memset(&x, 0, sizeof x);
	x.kind = 't';
	x.provider_id = ids[k];
	x.action = a;
	if (a == TS_DISPUTE || a == TS_REOPEN) {
		if (!ui_prompt(t, a == TS_DISPUTE ? _("What is wrong (per class)?") : _("Why reopen?"), x.text, sizeof x.text))
			return;
		if (!x.text[0]) {   /* the provider needs to know why */
			tui_message(t, true, "%s", a == TS_DISPUTE ? _("not disputed: say what is wrong")
								     : _("not reopened: say why"));
			return;
		}
	}
	if (tui_write(t, do_change, &x) == ZIO_OK)
		tui_message(t, false, "%s: the week is %s", names[k], x.text);
}

static bool key(struct tui *t, int ch, bool is_key)
{
	const struct shift *s;
	struct log_change x;

	load(t);
	s = selected(t);
	if ((is_key && ch == KEY_UP) || (!is_key && ch == 'k')) {
		t->list_sel[t->view] = t->list_sel[t->view] > 0 ? t->list_sel[t->view] - 1 : 0;
		return true;
	}
	if ((is_key && ch == KEY_DOWN) || (!is_key && ch == 'j')) {
		if (t->list_sel[t->view] + 1 < (int)nrows())
			t->list_sel[t->view]++;
		return true;
	}
	if (is_key && ch != KEY_ENTER)
		return false;
	memset(&x, 0, sizeof x);
	switch (is_key ? '\r' : ch) {
	case 'y':
	case '\r':
	case '\n':
		if (!s || strcmp(logbook_shift_state(&h.wh, s), "unlogged")) {
			tui_message(t, true, "select a shift that is not logged yet");
			return true;
		}
		x.kind = 'y';
		x.s = *s;
		if (tui_write(t, do_change, &x) == ZIO_OK) {
			tui_message(t, false, "confirmed: %s %s", x.s.professional_name, x.text[0] ? x.text : "");
			if (t->list_sel[t->view] + 1 < (int)h.wh.nshifts)
				t->list_sel[t->view]++;
		}
		return true;
	case 'Y':
		x.kind = 'Y';
		if (tui_write(t, do_change, &x) == ZIO_OK)
			/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
			tui_message(t, false, _n("%d shift confirmed, %d logged already, %d still to come, %d refused",
						 "%d shifts confirmed, %d logged already, %d still to come, %d refused",
						 x.r.confirmed),
				    x.r.confirmed, x.r.already, x.r.future, x.r.refused);
		findings_free(&x.r.findings);
		return true;
	case 'e':
		if (s && !strcmp(logbook_shift_state(&h.wh, s), "absent"))
			tui_message(t, true, "logged absent: r removes that first");
		else if (s && !strcmp(logbook_shift_state(&h.wh, s), "cancelled"))
			tui_message(t, true, "this shift was cancelled");
		else if (s)
			edit(t, s);
		return true;
	case 'a':
		if (s && !strcmp(logbook_shift_state(&h.wh, s), "cancelled"))
			tui_message(t, true, "this shift was cancelled: nobody was expected");
		/* hours confirmed as planned give way to the absence (logbook_absent) */
		else if (s && strcmp(logbook_shift_state(&h.wh, s), "unlogged") && !logbook_as_planned(s, h.wh.logs, h.wh.nlogs))
			tui_message(t, true, "this shift is logged already: e changes its hours, r removes them");
		else if (s)
			absent(t, s);
		return true;
	case 'r':
		if (!s && extra_at((size_t)t->list_sel[t->view]) && ui_confirm(t, _("Remove this extra care?"))) {
			x.kind = 'x';
			x.e = *extra_at((size_t)t->list_sel[t->view]);
			if (tui_write(t, do_change, &x) == ZIO_OK)
				tui_message(t, false, "removed the extra care of %s", x.e.professional_name);
		} else if (s && ui_confirm(t, _("Remove what was logged for this shift?"))) {
			x.kind = 'r';
			x.s = *s;
			if (tui_write(t, do_change, &x) == ZIO_OK)
				tui_message(t, false, "removed the log of %s", x.s.professional_name);
		}
		return true;
	case 'n':
		extra(t, s);
		return true;
	case 'S':
		timesheet_action(t, TS_SUBMIT);
		return true;
	case 'A':
		timesheet_action(t, TS_APPROVE);
		return true;
	case 'D':
		timesheet_action(t, TS_DISPUTE);
		return true;
	case 'R':
		timesheet_action(t, TS_REOPEN);
		return true;
	}
	return false;
}

const struct view view_hours = { "hours", N_("Hours"), keys, draw, key, NULL, reload };
