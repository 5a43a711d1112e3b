/* The calendar: the school year's closed days and why (holidays, public holidays, study
 * days), and the school's own closures to add or remove. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/calstore.h"
#include "tui_internal.h"

static const struct key_help keys[] = {
	{ N_("up/down"), N_("select"), NULL },
	{ "a", N_("add a study day (or part of a day)"), N_("add"), ACT_CALENDAR },
	{ "d", N_("remove the selected study day"), N_("remove"), ACT_CALENDAR },
	{ N_("[ ]"), N_("previous / next school year"), N_("year") },
	{ NULL, NULL, NULL },
};

struct cal_line {
	char text[CAL_REASON_LEN + 64];
	enum cal_status status;
	int64_t closure_id;     /* a row that is a closure can be removed */
};

static struct {
	struct cal_line *v;
	size_t n;
	int sy;
	int64_t school_id;
	bool loaded;
} c;

static void reload(struct tui *t)
{
	(void)t;
	free(c.v);
	memset(&c, 0, sizeof c);
}

static int add_line(const char *text, enum cal_status st, int64_t id)
{
	struct cal_line *v = realloc(c.v, (c.n + 1) * sizeof *v);
	if (!v)
		return ZIO_EDB;
	c.v = v;
	snprintf(v[c.n].text, sizeof v[c.n].text, "%s", text);
	v[c.n].status = st;
	v[c.n].closure_id = id;
	c.n++;
	return 0;
}

static void load(struct tui *t, int sy)
{
	struct calendar_school cs;
	struct zio_err err;
	struct date d, end, first = { 0, 0, 0 }, last = { 0, 0, 0 };
	struct cal_day run = { 0 };
	char a[DATE_STR_LEN], b[DATE_STR_LEN], line[CAL_REASON_LEN + 64];

	if (c.loaded && c.sy == sy && c.school_id == t->school_id)
		return;
	reload(t);
	c.loaded = true;
	c.sy = sy;
	c.school_id = t->school_id;
	d = date_school_year_start(sy);
	end = date_school_year_end(sy);
	if (calendar_school_load(t->c->st, &t->c->cfg, t->school_id, d, end, &cs, &err)) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	for (; date_cmp(d, date_add_days(end, 1)) <= 0; d = date_add_days(d, 1)) {
		struct cal_day day = { 0 };
		bool more = date_cmp(d, end) <= 0;
		if (more && date_weekday(d) >= 6)
			continue;
		if (more)
			cal_school_day(&t->pl.cal.hs, &cs.cs, d, &day);
		if (more && first.y && day.status == run.status && !strcmp(day.reason, run.reason)) {
			last = d;
			continue;
		}
		if (first.y && run.status != CAL_OPEN) {
			date_format(first, a);
			date_format(last, b);
			if (date_cmp(first, last))
				snprintf(line, sizeof line, "%s..%s  %s", a, b, run.reason);
			else
				snprintf(line, sizeof line, "%s              %s", a, run.reason);
			add_line(line, run.status, 0);
		}
		first = last = d;
		run = day;
	}
	add_line("", CAL_OPEN, 0);
	add_line(_("Study days and closures of this school (d removes the selected one):"), CAL_OPEN, 0);
	for (size_t i = 0; i < cs.nclosures; i++) {
		const struct closure *k = &cs.closures[i];
		char t1[TIME_STR_LEN], t2[TIME_STR_LEN], times[16] = "";
		if (k->start >= 0)
			snprintf(times, sizeof times, " %s-%s", time_format(k->start, t1), time_format(k->end, t2));
		date_format(k->from, a);
		date_format(k->to, b);
		snprintf(line, sizeof line, "  %s%s%s%s  %s", a, date_cmp(k->from, k->to) ? ".." : "",
			 date_cmp(k->from, k->to) ? b : "", times, k->reason);
		add_line(line, k->start >= 0 ? CAL_PARTLY : CAL_CLOSED, k->id);
	}
	if (!cs.nclosures)
		add_line(_("  none yet: press a to add a study day"), CAL_OPEN, 0);
	calendar_school_free(&cs);
}

static int year_of(struct tui *t)
{
	return c.loaded && c.school_id == t->school_id ? c.sy : date_school_year(t->day);
}

static void draw(struct tui *t)
{
	int rows = LINES - 4;
	char head[96], sy[SCHOOLYEAR_STR_LEN];

	load(t, year_of(t));
	snprintf(head, sizeof head, _("School year %s: closed weekdays"), date_format_school_year(c.sy, sy));
	attron(ui_attr(UIR_HEADER));
	ui_text(1, 0, COLS, head, true);
	attroff(ui_attr(UIR_HEADER));
	if (t->list_sel[t->view] >= (int)c.n)
		t->list_sel[t->view] = c.n ? (int)c.n - 1 : 0;
	if (t->list_sel[t->view] < t->list_top[t->view])
		t->list_top[t->view] = t->list_sel[t->view];
	if (t->list_sel[t->view] >= t->list_top[t->view] + rows)
		t->list_top[t->view] = t->list_sel[t->view] - rows + 1;
	for (int r = 0; r < rows && t->list_top[t->view] + r < (int)c.n; r++) {
		const struct cal_line *l = &c.v[t->list_top[t->view] + r];
		enum ui_role role = l->status == CAL_CLOSED ? UIR_CLOSED : l->status == CAL_UNKNOWN ? UIR_UNKNOWN :
				    l->status == CAL_PARTLY ? UIR_PARTLY : UIR_NORMAL;
		attron(t->list_top[t->view] + r == t->list_sel[t->view] ? ui_attr(UIR_SELECTED) : ui_attr(role));
		ui_text(2 + r, 1, COLS - 2, l->text, true);
		attroff(ui_attr(UIR_SELECTED) | ui_attr(role));
	}
}

static int check_date(const char *v, struct zio_err *err)
{
	struct date d;
	return date_parse(v, &d, err);
}

static int check_optional_date(const char *v, struct zio_err *err)
{
	return *v ? check_date(v, err) : ZIO_OK;
}

static int check_times(const char *v, struct zio_err *err)
{
	int a, b;
	return *v ? time_parse_range(v, &a, &b, err) : ZIO_OK;
}

static int check_reason(const char *v, struct zio_err *err)
{
	return text_check_name(v, _("reason"), err);
}

static int do_add(struct tui *t, void *ctx, struct zio_err *err)
{
	return store_closure_insert(t->c->st, ctx, err);
}

static int do_rm(struct tui *t, void *ctx, struct zio_err *err)
{
	return store_closure_delete(t->c->st, *(int64_t *)ctx, err);
}

static void add(struct tui *t)
{
	struct form_field f[4];
	struct closure k = { .start = -1, .end = -1 };

	memset(f, 0, sizeof f);
	f[0] = (struct form_field){ .label = _("Date"), .check = check_date };
	date_format(t->day, f[0].value);
	f[1] = (struct form_field){ .label = _("Until (optional)"), .check = check_optional_date };
	f[2] = (struct form_field){ .label = _("Hours (optional)"), .check = check_times };
	f[3] = (struct form_field){ .label = _("Reason"), .check = check_reason };
	snprintf(f[3].value, sizeof f[3].value, "studiedag");
	if (!ui_form(t, _("Add a study day (empty hours: the whole day)"), f, 4, NULL, NULL))
		return;
	k.school_id = t->school_id;
	date_parse(f[0].value, &k.from, NULL);
	k.to = k.from;
	if (f[1].value[0])
		date_parse(f[1].value, &k.to, NULL);
	if (f[2].value[0])
		time_parse_range(f[2].value, &k.start, &k.end, NULL);
	snprintf(k.reason, sizeof k.reason, "%s", f[3].value);
	if (tui_write(t, do_add, &k) == ZIO_OK)
		tui_message(t, false, "closed on %s: %s (shifts that day are not removed: see the week planner)",
			    f[0].value, k.reason);
}

static bool key(struct tui *t, int ch, bool is_key)
{
	if ((is_key && ch == KEY_UP) || (!is_key && ch == 'k')) {
		t->list_sel[t->view] = t->list_sel[t->view] > 0 ? t->list_sel[t->view] - 1 : 0;
		return true;
	}
	if ((is_key && ch == KEY_DOWN) || (!is_key && ch == 'j')) {
		t->list_sel[t->view] = t->list_sel[t->view] + 1 < (int)c.n ? t->list_sel[t->view] + 1 : t->list_sel[t->view];
		return true;
	}
	if (is_key)
		return false;
	if (ch == '[' || ch == ']') {
		int sy = year_of(t) + (ch == '[' ? -1 : 1);
		load(t, sy);
		t->list_sel[t->view] = t->list_top[t->view] = 0;
		return true;
	}
	if (ch == 'a') {
		add(t);
		return true;
	}
	if (ch == 'd') {
		int64_t id;
		if (!c.n || !(id = c.v[t->list_sel[t->view]].closure_id)) {
			tui_message(t, true, "select a study day in the list below the holidays first");
			return true;
		}
		if (ui_confirm(t, _("Remove this study day?")) && tui_write(t, do_rm, &id) == ZIO_OK)
			tui_message(t, false, "removed");
		return true;
	}
	return false;
}

const struct view view_calendar = { "calendar", N_("Calendar"), keys, draw, key, NULL, reload };
