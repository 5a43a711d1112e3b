/* The day rota: for the selected day, per class, a time line of who is there; cancelled
 * shifts marked; a "now" marker when it is today. For school staff checking the day. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "tui_internal.h"

static const struct key_help keys[] = {
	{ N_("up/down"), N_("select a class"), NULL },
	{ N_("left/right"), N_("previous / next day"), N_("day") },
	{ "w", N_("back to the week planner"), N_("back") },
	{ NULL, NULL, NULL },
};

static struct {
	struct shift *v;
	size_t n;
	struct date day;
	int64_t school_id;
	bool loaded;
	struct grid_row *rows;   /* classes, from a class list */
	size_t nrows;
	struct cal_day cal;
} d;

static int class_cb(const struct class *k, void *ctx)
{
	struct grid_row *v = realloc(d.rows, (d.nrows + 1) * sizeof *v);
	(void)ctx;
	if (!v)
		return ZIO_EDB;
	d.rows = v;
	memset(&v[d.nrows], 0, sizeof *v);
	v[d.nrows].id = k->id;
	snprintf(v[d.nrows].label, sizeof v[d.nrows].label, "%s", k->name);
	d.nrows++;
	return 0;
}

static void reload(struct tui *t)
{
	(void)t;
	free(d.v);
	free(d.rows);
	memset(&d, 0, sizeof d);
}

static void load(struct tui *t)
{
	struct shift_filter f = { .with_cancelled = true };
	struct roster_filter rf = { .school_id = t->school_id };
	struct zio_err err;

	if (d.loaded && date_cmp(d.day, t->day) == 0 && d.school_id == t->school_id)
		return;
	reload(t);
	d.loaded = true;
	d.day = t->day;
	d.school_id = t->school_id;
	f.from = f.to = t->day;
	f.school_id = t->school_id;
	zio_err_clear(&err);
	if (store_shift_list(t->c->st, &f, &d.v, &d.n, &err) ||
	    store_class_each(t->c->st, &rf, class_cb, NULL, &err) ||
	    plan_school_day(&t->pl, t->school_id, t->day, &d.cal, &err))
		tui_message(t, true, "%s", err.msg);
	if (t->list_sel[t->view] >= (int)d.nrows)
		t->list_sel[t->view] = d.nrows ? (int)d.nrows - 1 : 0;
}

static void draw(struct tui *t)
{
	int lw = 20, x0 = lw, w = COLS - lw - 1, top = 3, rows = LINES - 3 - 1 - 5;
	int start = t->school.day_start - 30, end = t->school.day_end + 30, span;
	char line[1200], dd[DATE_STR_LEN], a[TIME_STR_LEN];
	bool today = date_cmp(t->day, t->today) == 0;
	int now = today ? time_nl_minutes(time(NULL)) : -1;

	load(t);
	span = end - start;
	snprintf(line, sizeof line, "%s %s  ·  %s", _(date_weekday_name(date_weekday(t->day))), date_format(t->day, dd),
		 d.cal.status == CAL_OPEN ? _("open") : d.cal.reason);
	attron(ui_attr(d.cal.status == CAL_OPEN ? UIR_HEADER : UIR_CLOSED));
	ui_text(1, 0, COLS, line, false);
	attroff(ui_attr(UIR_HEADER) | ui_attr(UIR_CLOSED));
	/* the hours along the top */
	for (int m = (start + 59) / 60 * 60; m < end; m += 60) {
		int x = x0 + (m - start) * w / span;
		ui_text(2, x, 5, time_format(m, a), false);
	}
	if (t->list_sel[t->view] < t->list_top[t->view])
		t->list_top[t->view] = t->list_sel[t->view];
	if (t->list_sel[t->view] >= t->list_top[t->view] + rows)
		t->list_top[t->view] = t->list_sel[t->view] - rows + 1;
	/* one line per lane: people in the same class at the same time get lines of their own */
	for (int r = 0, y = top; y < top + rows && t->list_top[t->view] + r < (int)d.nrows; r++) {
		size_t ci = (size_t)(t->list_top[t->view] + r);
		bool sel = (int)ci == t->list_sel[t->view];
		int lane_end[8] = { 0 }, lanes = 1;

		attron(sel ? ui_attr(UIR_SELECTED) : 0);
		ui_text(y, 0, lw - 1, d.rows[ci].label, true);
		attroff(ui_attr(UIR_SELECTED));
		for (int l = 0; l < 8 && y + l < top + rows; l++)
			mvhline(y + l, x0, ' ', w);
		for (size_t i = 0; i < d.n; i++) {
			const struct shift *s = &d.v[i];
			int a1, a2, lane = 0;
			char who[ZIO_NAME_LEN];
			if (s->class_id != d.rows[ci].id)
				continue;
			while (lane < 7 && lane_end[lane] > s->start)
				lane++;
			lane_end[lane] = s->end;
			lanes = lane + 1 > lanes ? lane + 1 : lanes;
			if (y + lane >= top + rows)
				continue;
			a1 = x0 + (s->start - start) * w / span;
			a2 = x0 + (s->end - start) * w / span;
			if (a2 <= a1)
				a2 = a1 + 1;
			text_initials(s->professional_name, who, sizeof who);
			attron(s->status == SHIFT_CANCELLED ? ui_attr(UIR_CANCELLED) : ui_attr(UIR_SELECTED));
			mvhline(y + lane, a1, s->status == SHIFT_CANCELLED ? '-' : ' ', a2 - a1);
			snprintf(line, sizeof line, "%s%s", s->status == SHIFT_CANCELLED ? "x " : "",
				 a2 - a1 > text_width(s->professional_name) + 2 ? s->professional_name : who);
			ui_text(y + lane, a1, a2 - a1, line, false);
			attroff(ui_attr(UIR_CANCELLED) | ui_attr(UIR_SELECTED));
		}
		for (int l = 0; now >= start && now < end && l < lanes && y + l < top + rows; l++) {
			attron(ui_attr(UIR_NOW));
			mvaddch(y + l, x0 + (now - start) * w / span, '|');
			attroff(ui_attr(UIR_NOW));
		}
		y += lanes;
	}
	if (!d.nrows)
		ui_text(top, 0, COLS, _("no classes yet: add them with zio class add or zio import classes"), false);
	/* the selected class in words */
	mvhline(LINES - 7, 0, ACS_HLINE, COLS);
	if (d.nrows) {
		int y = LINES - 6;
		size_t ci = (size_t)t->list_sel[t->view];
		bool any = false;
		if (now >= 0) {
			snprintf(line, sizeof line, _("now %s"), time_format(now, a));
			attron(ui_attr(UIR_NOW));
			ui_text(y, COLS - 12, 11, line, false);
			attroff(ui_attr(UIR_NOW));
		}
		attron(A_BOLD);
		ui_text(y++, 1, COLS - 14, d.rows[ci].label, false);
		attroff(A_BOLD);
		for (size_t i = 0; i < d.n && y < LINES - 1; i++) {
			const struct shift *s = &d.v[i];
			char b[TIME_STR_LEN];
			if (s->class_id != d.rows[ci].id)
				continue;
			snprintf(line, sizeof line, "%s-%s  %s%s%s%s%s", time_format(s->start, a), time_format(s->end, b),
				 s->professional_name, s->status == SHIFT_CANCELLED ? _("  cancelled: ") : "",
				 s->status == SHIFT_CANCELLED ? s->cancel_reason : "", s->note[0] ? _("  note: ") : "", s->note);
			attron(s->status == SHIFT_CANCELLED ? ui_attr(UIR_CANCELLED) : 0);
			ui_text(y++, 3, COLS - 4, line, false);
			attroff(ui_attr(UIR_CANCELLED));
			any = true;
		}
		if (!any)
			ui_text(y, 3, COLS - 4, _("nobody planned"), false);
	}
}

static bool key(struct tui *t, int ch, bool is_key)
{
	if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
		t->list_sel[t->view] += ch == KEY_UP ? -1 : 1;
		if (t->list_sel[t->view] < 0)
			t->list_sel[t->view] = 0;
		if (t->list_sel[t->view] >= (int)d.nrows)
			t->list_sel[t->view] = d.nrows ? (int)d.nrows - 1 : 0;
		return true;
	}
	if ((is_key && (ch == KEY_LEFT || ch == KEY_RIGHT)) || (!is_key && (ch == 'h' || ch == 'l'))) {
		int step = (ch == KEY_LEFT || ch == 'h') ? -1 : 1;
		struct date nd = date_add_days(t->day, step);
		while (date_weekday(nd) > 5)
			nd = date_add_days(nd, step);
		if (date_cmp(date_from_isoweek(date_isoweek(nd), 1), date_from_isoweek(t->week, 1)) != 0)
			tui_set_week(t, date_isoweek(nd));
		t->day = nd;
		t->sel_day = date_weekday(nd) - 1;
		return true;
	}
	if (!is_key && (ch == 'j' || ch == 'k'))
		return key(t, ch == 'j' ? KEY_DOWN : KEY_UP, true);
	if (!is_key && ch == 'w') {
		t->view = VIEW_WEEK;
		return true;
	}
	return false;
}

const struct view view_day = { "day", N_("Day rota"), keys, draw, key, NULL, reload };
