/* The week planner: classes (or professionals) as rows, Monday to Friday as columns, the
 * shifts in each cell, closed days shaded, findings marked and explained below. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

#define DETAIL 6   /* lines of the detail pane */

static const struct key_help keys[] = {
	{ N_("arrows hjkl"), N_("move; up/down walk the shifts of a cell"), NULL },
	{ "a", N_("add a shift"), N_("add"), ACT_PLAN },
	{ "e", N_("edit the selected shift"), N_("edit"), ACT_PLAN },
	{ "m", N_("move it to another day"), N_("move"), ACT_PLAN },
	{ "x", N_("cancel it (kept, shown as cancelled)"), N_("cancel"), ACT_PLAN },
	{ "d", N_("delete it (or, for a shift from a weekly pattern, the pattern: keep its shifts or not)"), NULL, ACT_PLAN },
	{ "c", N_("copy this week to another week"), NULL, ACT_PLAN },
	{ "f", N_("fill this week from the weekly patterns"), NULL, ACT_PLAN },
	{ "v", N_("rows: classes or professionals"), NULL },
	{ N_("Enter"), N_("the day rota of the selected day"), NULL },
	{ "/", N_("find a class or professional"), NULL },
	{ N_("[ ]"), N_("previous / next week"), N_("week") },
	{ NULL, NULL, NULL },
};

static void ensure_grid(struct tui *t)
{
	struct zio_err err;

	if (t->grid_loaded)
		return;
	zio_err_clear(&err);
	if (weekgrid_build(&t->pl, t->school_id, t->week, t->by_staff, &t->grid, &err)) {
		tui_message(t, true, "%s", err.msg);
		memset(&t->grid, 0, sizeof t->grid);
	}
	t->grid_loaded = true;
	if (t->sel_row >= t->grid.nrows)
		t->sel_row = t->grid.nrows ? t->grid.nrows - 1 : 0;
}

static int label_width(void)
{
	int w = COLS / 5;
	return w < 20 ? 20 : w > 30 ? 30 : w;
}

static int day_width(void)
{
	return (COLS - label_width()) / 5;
}

static int grid_rows(void)
{
	return LINES - 2 - 1 - DETAIL;   /* title, header, status, detail */
}

/* "19.5" (Dutch "19,5") or "32" */
static void hours(int64_t minutes, char *buf, size_t len)
{
	int64_t tenths = (minutes * 10 + 30) / 60;
	if (tenths % 10)
		snprintf(buf, len, "%lld.%lld", (long long)(tenths / 10), (long long)(tenths % 10));
	else
		snprintf(buf, len, "%lld", (long long)(tenths / 10));
	ui_decimal(buf);
}

static const struct shift *selected_shift(struct tui *t)
{
	const struct grid_row *r;

	if (!t->grid.nrows)
		return NULL;
	r = &t->grid.rows[t->sel_row];
	if (t->sel_item >= r->cell_count[t->sel_day])
		return NULL;
	return &t->grid.shifts[r->cell_first[t->sel_day] + t->sel_item];
}

static int row_height(struct tui *t, size_t r)
{
	int h = weekgrid_row_height(&t->grid, r);
	return h > 4 ? 4 : h;
}

static void keep_visible(struct tui *t)
{
	int used = 0;

	if (t->sel_row < t->top_row)
		t->top_row = t->sel_row;
	for (;;) {
		used = 0;
		for (size_t r = t->top_row; r <= t->sel_row && r < t->grid.nrows; r++)
			used += row_height(t, r);
		if (used <= grid_rows() || t->top_row >= t->sel_row)
			break;
		t->top_row++;
	}
}

static enum ui_role day_role(const struct cal_day *d)
{
	return d->status == CAL_CLOSED ? UIR_CLOSED : d->status == CAL_UNKNOWN ? UIR_UNKNOWN :
	       d->status == CAL_PARTLY ? UIR_PARTLY : UIR_HEADER;
}

static void draw_detail(struct tui *t, int y)
{
	const struct grid_row *r = t->grid.nrows ? &t->grid.rows[t->sel_row] : NULL;
	const struct cal_day *day = &t->grid.days[t->sel_day];
	const struct shift *sel = selected_shift(t);
	const struct finding *fs[8];
	char line[1200], h1[24], h2[24], d[DATE_STR_LEN];
	size_t n;
	int row = y + 1;

	mvhline(y, 0, ACS_HLINE, COLS);
	if (!r) {
		ui_text(row, 1, COLS - 2, t->by_staff ? _("nobody works at this school this week: press a to add a shift")
						      : _("no classes yet: add them with zio class add or zio import classes"),
			false);
		return;
	}
	hours(r->planned_minutes, h1, sizeof h1);
	hours(r->budget_minutes, h2, sizeof h2);
	if (t->by_staff)
		snprintf(line, sizeof line, _("%s  ·  %s  ·  %s %s  ·  %s h planned this week, contract %s h"), r->label,
			 r->group, _(date_weekday_name(t->sel_day + 1)),
			 date_format(date_from_isoweek(t->week, t->sel_day + 1), d), h1, h2);
	else
		snprintf(line, sizeof line, _("%s  ·  %s  ·  %s %s  ·  %s h planned this week, budget %s h"), r->label,
			 r->group, _(date_weekday_name(t->sel_day + 1)),
			 date_format(date_from_isoweek(t->week, t->sel_day + 1), d), h1, h2);
	attron(A_BOLD);
	ui_text(row++, 1, COLS - 2, line, false);
	attroff(A_BOLD);
	if (day->status != CAL_OPEN) {
		attron(ui_attr(day_role(day)));
		/* an unknown day's reason says itself that the dates are not known */
		if (day->status == CAL_UNKNOWN)
			snprintf(line, sizeof line, "%s", day->reason);
		else
			snprintf(line, sizeof line, "%s: %s", day->status == CAL_CLOSED ? _("closed") : _("partly closed"),
				 day->reason);
		ui_text(row++, 1, COLS - 2, line, false);
		attroff(ui_attr(day_role(day)));
	}
	if (sel) {
		char a[TIME_STR_LEN], b[TIME_STR_LEN];
		/* TRANSLATORS: from-to, the professional, in the class, then "  CANCELLED: " reason and "  note: " note */
		snprintf(line, sizeof line, _("%s-%s  %s  in %s%s%s%s%s"), time_format(sel->start, a), time_format(sel->end, b),
			 sel->professional_name, sel->class_name,
			 sel->status == SHIFT_CANCELLED ? _("  CANCELLED: ") : "",
			 sel->status == SHIFT_CANCELLED ? sel->cancel_reason : "", sel->note[0] ? _("  note: ") : "", sel->note);
		ui_text(row++, 1, COLS - 2, line, false);
		n = weekgrid_findings_of(&t->grid, sel->id, NULL, fs, 8);
		for (size_t i = 0; i < n && row < y + DETAIL; i++) {
			enum ui_role role = rule_severity_of(fs[i]->code) == RULE_ERROR ? UIR_ERROR : UIR_WARNING;
			attron(ui_attr(role));
			if (role == UIR_ERROR)
				snprintf(line, sizeof line, _("error: %s [%s]"), fs[i]->msg, rule_code_name(fs[i]->code));
			else
				snprintf(line, sizeof line, _("warning: %s [%s]"), fs[i]->msg, rule_code_name(fs[i]->code));
			ui_text(row++, 1, COLS - 2, line, false);
			attroff(ui_attr(role));
		}
	} else if (day->status == CAL_OPEN || day->status == CAL_PARTLY) {
		ui_text(row++, 1, COLS - 2, _("no shift here: press a to add one"), false);
	}
	n = weekgrid_findings_of(&t->grid, 0, r, fs, 8);
	for (size_t i = 0; i < n && row < y + DETAIL; i++) {
		attron(ui_attr(UIR_WARNING));
		snprintf(line, sizeof line, _("warning: %s [%s]"), fs[i]->msg, rule_code_name(fs[i]->code));
		ui_text(row++, 1, COLS - 2, line, false);
		attroff(ui_attr(UIR_WARNING));
	}
}

static void draw(struct tui *t)
{
	int lw = label_width(), dw = day_width(), y = 2, bottom = 2 + grid_rows();
	char head[64];

	ensure_grid(t);
	keep_visible(t);
	attron(ui_attr(UIR_HEADER));
	/* TRANSLATORS: the column of the rows, in 19 columns: planned hours / contract (or budget) hours */
	ui_text(1, 0, lw - 1, t->by_staff ? _("staff  h/contract") : _("class     h/budget"), true);
	attroff(ui_attr(UIR_HEADER));
	for (int d = 0; d < 5; d++) {
		const struct cal_day *day = &t->grid.days[d];
		struct date dt = date_from_isoweek(t->week, d + 1);
		snprintf(head, sizeof head, "%s %02d-%02d%s", _(date_weekday_name(d + 1)), dt.d, dt.m,
			 date_cmp(dt, t->today) == 0 ? " *" : "");
		attron(ui_attr(day_role(day)) | (date_cmp(dt, t->today) == 0 ? A_BOLD : 0));
		ui_text(1, lw + d * dw, dw, head, true);
		attroff(ui_attr(day_role(day)) | A_BOLD);
	}
	for (size_t r = t->top_row; r < t->grid.nrows && y < bottom; r++) {
		const struct grid_row *row = &t->grid.rows[r];
		int h = row_height(t, r);
		char label[64], h1[24], h2[24];
		int nw;

		hours(row->planned_minutes, h1, sizeof h1);
		hours(row->budget_minutes, h2, sizeof h2);
		snprintf(label, sizeof label, "%s/%s", h1, h2);
		nw = lw - text_width(label) - 2;
		if (row->mark)
			attron(ui_attr(row->mark == MARK_ERROR ? UIR_ERROR : UIR_WARNING));
		/* a long class name goes on to the row's second line, if it has one */
		ui_text_lines(y, 0, nw, h > 1 && y + 1 < bottom ? 2 : 1, row->label);
		ui_text(y, nw + 1, lw - nw - 1, label, true);
		attroff(ui_attr(UIR_ERROR) | ui_attr(UIR_WARNING));
		for (int d = 0; d < 5; d++) {
			const struct cal_day *day = &t->grid.days[d];
			for (int line = 0; line < h && y + line < bottom; line++) {
				bool sel = r == t->sel_row && d == t->sel_day && (size_t)line == t->sel_item;
				size_t k = (size_t)line;
				char text[ZIO_NAME_LEN + 32] = "";
				enum ui_role role = UIR_NORMAL;

				if (k < row->cell_count[d]) {
					size_t i = row->cell_first[d] + k;
					const struct shift *s = &t->grid.shifts[i];
					if (line == h - 1 && row->cell_count[d] > (size_t)h) {
						snprintf(text, sizeof text, _("+%zu more"), row->cell_count[d] - (size_t)h + 1);
					} else {
						weekgrid_cell_text(s, t->by_staff, dw - 1, text, sizeof text);
						role = s->status == SHIFT_CANCELLED ? UIR_CANCELLED :
						       t->grid.marks[i] == MARK_ERROR ? UIR_ERROR :
						       t->grid.marks[i] == MARK_WARNING ? UIR_WARNING : UIR_NORMAL;
					}
				} else if (line == 0 && day->status == CAL_CLOSED) {
					snprintf(text, sizeof text, "%.*s", dw - 1, day->reason);
					role = UIR_CLOSED;
				} else if (line == 0 && day->status == CAL_UNKNOWN) {
					snprintf(text, sizeof text, "?");
					role = UIR_UNKNOWN;
				}
				attron(sel ? ui_attr(UIR_SELECTED) : ui_attr(role));
				ui_text(y + line, lw + d * dw, dw - 1, text, true);
				attroff(ui_attr(UIR_SELECTED) | ui_attr(role));
			}
		}
		y += h;
	}
	draw_detail(t, bottom);
}

/* --- editing ---------------------------------------------------------------------------- */

struct staff_choice {
	int64_t *ids;
	char **labels;
	int n, cap, sep;
	int64_t class_id;
	struct date on;
};

static int staff_choice_add(struct staff_choice *sc, int64_t id, const char *label)
{
	for (int i = 0; i < sc->n; i++)
		if (sc->ids[i] == id)
			return 0;
	if (sc->n == sc->cap) {
		int cap = sc->cap ? sc->cap * 2 : 32;
		int64_t *ids = realloc(sc->ids, (size_t)cap * sizeof *ids);
		char **labels = ids ? realloc(sc->labels, (size_t)cap * sizeof *labels) : NULL;
		if (!ids || !labels) {
			if (ids)
				sc->ids = ids;
			return ZIO_EDB;
		}
		sc->ids = ids;
		sc->labels = labels;
		sc->cap = cap;
	}
	sc->labels[sc->n] = strdup(label);
	if (!sc->labels[sc->n])
		return ZIO_EDB;
	sc->ids[sc->n++] = id;
	return 0;
}

static int team_cb(const struct team_member *m, void *ctx)
{
	struct staff_choice *sc = ctx;
	char label[ZIO_NAME_LEN + 32];

	if ((m->from.y && date_cmp(sc->on, m->from) < 0) || (m->to.y && date_cmp(sc->on, m->to) > 0))
		return 0;
	snprintf(label, sizeof label, _("%s (fixed team)"), m->professional_name);
	return staff_choice_add(sc, m->professional_id, label);
}

static int staff_cb(const struct professional *p, void *ctx)
{
	struct staff_choice *sc = ctx;
	char label[2 * ZIO_NAME_LEN + 8];

	if ((p->active_from.y && date_cmp(sc->on, p->active_from) < 0) ||
	    (p->active_to.y && date_cmp(sc->on, p->active_to) > 0))
		return 0;
	snprintf(label, sizeof label, "%s (%s)", p->name, p->provider_name);
	return staff_choice_add(sc, p->id, label);
}

static void staff_choice_free(struct staff_choice *sc)
{
	for (int i = 0; i < sc->n; i++)
		free(sc->labels[i]);
	free(sc->labels);
	free(sc->ids);
	memset(sc, 0, sizeof *sc);
}

/* The class's fixed team first (the faces the class knows), then everyone else active. */
static int staff_choice_build(struct tui *t, int64_t class_id, struct date on, struct staff_choice *sc)
{
	struct roster_filter f = { .class_id = class_id };
	struct zio_err err;

	memset(sc, 0, sizeof *sc);
	sc->class_id = class_id;
	sc->on = on;
	if (store_team_each(t->c->st, &f, team_cb, sc, &err))
		return ZIO_EDB;
	sc->sep = sc->n;
	return store_staff_each(t->c->st, NULL, staff_cb, sc, &err) ? ZIO_EDB : ZIO_OK;
}

static int check_date(const char *v, struct zio_err *err)
{
	struct date d;
	return date_parse(v, &d, err);
}

static int check_times(const char *v, struct zio_err *err)
{
	int a, b;
	return time_parse_range(v, &a, &b, err);
}

static int check_short(const char *v, struct zio_err *err)
{
	return text_check_short(v, _("text"), err);
}

enum { F_STAFF, F_CLASS, F_DATE, F_TIME, F_NOTE, F_REASON, F_COUNT };

/* The warning that the log stays as it was: it is about a change already made, so it is
 * shown after it rather than asked before it. */
static void keep_logged(const struct findings *fs, char *buf, size_t len)
{
	buf[0] = '\0';
	for (size_t i = 0; i < fs->n; i++)
		if (fs->v[i].code == RULE_LOGGED)
			snprintf(buf, len, _("its logged hours stay as they were [%s]"), rule_code_name(RULE_LOGGED));
}

/* After the message that the change was made: the [logged] warning, in the warning colour. */
static void logged_note(struct tui *t, const char *logged)
{
	char prev[sizeof t->msg];

	snprintf(prev, sizeof prev, "%s", t->msg);
	tui_message(t, true, "%s  ·  %s", prev, logged);
}

struct edit_ctx {
	struct shift s;            /* the shift as it will be saved */
	struct staff_choice staff;
	bool is_new;
	struct shift before;
	char logged[512];          /* the [logged] warning of the change, shown after it */
};

static void form_to_shift(struct form_field *f, struct edit_ctx *e)
{
	e->s.professional_id = e->staff.ids[f[F_STAFF].choice];
	date_parse(f[F_DATE].value, &e->s.date, NULL);
	time_parse_range(f[F_TIME].value, &e->s.start, &e->s.end, NULL);
	snprintf(e->s.note, sizeof e->s.note, "%s", f[F_NOTE].value);
	snprintf(e->s.override_reason, sizeof e->s.override_reason, "%s", f[F_REASON].value);
}

/* Before saving: errors keep the form open, warnings ask. */
static int judge_form(struct tui *t, struct form_field *f, int n, void *ctx)
{
	struct edit_ctx *e = ctx;
	struct findings fs = { 0 };
	struct zio_err err;
	struct shift s;
	int rc = 0;

	(void)n;
	form_to_shift(f, e);
	s = e->s;
	zio_err_clear(&err);
	if (plan_judge(&t->pl, &s, &fs, &err)) {
		tui_message(t, true, "%s", err.msg);
		return -1;
	}
	for (size_t i = 0; i < fs.n && rc == 0; i++)
		if (rule_severity_of(fs.v[i].code) == RULE_ERROR) {
			tui_message(t, true, "not possible: %s [%s]", fs.v[i].msg, rule_code_name(fs.v[i].code));
			rc = -1;
		}
	for (size_t i = 0; i < fs.n && rc == 0; i++) {
		char q[700];
		snprintf(q, sizeof q, _("save anyway? [%s] %s"), rule_code_name(fs.v[i].code), fs.v[i].msg);
		if (!ui_confirm(t, q))
			rc = -1;
	}
	findings_free(&fs);
	return rc;
}

static int do_save(struct tui *t, void *ctx, struct zio_err *err)
{
	struct edit_ctx *e = ctx;
	struct findings fs = { 0 };
	struct undo u = { 0 };
	int rc;

	rc = e->is_new ? plan_shift_add(&t->pl, &e->s, &fs, err) : plan_shift_update(&t->pl, &e->s, &fs, err);
	keep_logged(&fs, e->logged, sizeof e->logged);
	findings_free(&fs);
	if (rc)
		return rc;
	u.kind = e->is_new ? UNDO_ADD : UNDO_CHANGE;
	u.before = e->before;
	u.after = e->s;
	if (e->is_new)
		snprintf(u.what, sizeof u.what, _("added %.60s, %.60s"), e->s.professional_name, e->s.class_name);
	else
		snprintf(u.what, sizeof u.what, _("changed %.60s, %.60s"), e->s.professional_name, e->s.class_name);
	tui_push_undo(t, &u);
	return ZIO_OK;
}

static void edit_shift(struct tui *t, const struct shift *existing)
{
	struct form_field f[F_COUNT];
	struct edit_ctx e;
	const struct grid_row *r;
	struct class k;
	struct zio_err err;
	char a[TIME_STR_LEN], b[TIME_STR_LEN];

	if (!t->grid.nrows)
		return;
	r = &t->grid.rows[t->sel_row];
	memset(&e, 0, sizeof e);
	memset(f, 0, sizeof f);
	e.is_new = existing == NULL;
	if (existing) {
		e.s = *existing;
		e.before = *existing;
	} else {
		e.s.date = date_from_isoweek(t->week, t->sel_day + 1);
		e.s.start = t->school.day_start;
		e.s.end = t->school.day_end;
		if (t->by_staff) {
			tui_message(t, true, "switch to classes (v) to add a shift to a class");
			return;
		}
		e.s.class_id = r->id;
	}
	if (store_class_get(t->c->st, e.s.class_id, &k, &err) ||
	    staff_choice_build(t, e.s.class_id, e.s.date, &e.staff) || e.staff.n == 0) {
		tui_message(t, true, "no professionals to plan: add them with zio staff add");
		staff_choice_free(&e.staff);
		return;
	}
	f[F_STAFF] = (struct form_field){ .label = _("Professional"), .items = (const char *const *)e.staff.labels,
					  .nitems = e.staff.n, .choice = -1, .sep = e.staff.sep };
	for (int i = 0; i < e.staff.n; i++)
		if (existing && e.staff.ids[i] == existing->professional_id)
			f[F_STAFF].choice = i;
	if (!existing && e.staff.sep > 0)
		f[F_STAFF].choice = 0;
	f[F_CLASS] = (struct form_field){ .label = _("Class"), .readonly = true };
	snprintf(f[F_CLASS].value, sizeof f[F_CLASS].value, "%.120s (%.120s)", k.name, k.school_name);
	f[F_DATE] = (struct form_field){ .label = _("Date"), .check = check_date };
	date_format(e.s.date, f[F_DATE].value);
	f[F_TIME] = (struct form_field){ .label = _("Time"), .check = check_times };
	snprintf(f[F_TIME].value, sizeof f[F_TIME].value, "%s-%s", time_format(e.s.start, a), time_format(e.s.end, b));
	f[F_NOTE] = (struct form_field){ .label = _("Note"), .check = check_short };
	snprintf(f[F_NOTE].value, sizeof f[F_NOTE].value, "%s", e.s.note);
	/* TRANSLATORS: a form label: why the shift is saved in spite of the warnings */
	f[F_REASON] = (struct form_field){ .label = _("Why (warnings)"), .check = check_short };
	snprintf(f[F_REASON].value, sizeof f[F_REASON].value, "%s", e.s.override_reason);
	if (ui_form(t, existing ? _("Edit shift") : _("Add shift"), f, F_COUNT, judge_form, &e)) {
		form_to_shift(f, &e);
		if (tui_write(t, do_save, &e) == ZIO_OK) {
			if (existing)
				tui_message(t, false, "changed shift: %s, %s %s (u undoes)", e.s.professional_name,
					    _(date_weekday_name(date_weekday(e.s.date))), f[F_TIME].value);
			else
				tui_message(t, false, "added shift: %s, %s %s (u undoes)", e.s.professional_name,
					    _(date_weekday_name(date_weekday(e.s.date))), f[F_TIME].value);
			if (e.logged[0])   /* more to know than that it worked */
				logged_note(t, e.logged);
		}
	} else {
		tui_message(t, false, "nothing changed");
	}
	staff_choice_free(&e.staff);
}

struct simple_ctx {
	struct shift s, before;
	enum undo_kind kind;
	int what;         /* 'x' cancel, 'm' move, 'd' delete */
	int pattern;      /* d on a shift from a pattern: 0 only the shift, 1 the pattern and its
			   * future shifts, 2 the pattern but keep its shifts */
	int64_t removed;
	char logged[512];          /* the [logged] warning of the change, shown after it */
};

static int do_simple(struct tui *t, void *ctx, struct zio_err *err)
{
	struct simple_ctx *x = ctx;
	struct findings fs = { 0 };
	struct undo u = { 0 };
	int rc;

	if (x->kind == UNDO_DELETE && x->pattern) {
		/* the pattern: its unedited shifts from today on go too, unless kept */
		rc = store_pattern_future(t->c->st, x->s.pattern_id, t->today, &x->removed, x->pattern == 1, err);
		if (!rc)
			rc = store_pattern_delete(t->c->st, x->s.pattern_id, err);
		findings_free(&fs);
		return rc;   /* not undoable: a pattern is not a shift */
	}
	if (x->kind == UNDO_DELETE)
		rc = store_shift_delete(t->c->st, x->s.id, err);
	else
		rc = plan_shift_update(&t->pl, &x->s, &fs, err);
	keep_logged(&fs, x->logged, sizeof x->logged);
	findings_free(&fs);
	if (rc)
		return rc;
	u.kind = x->kind;
	u.before = x->before;
	u.after = x->s;
	if (x->what == 'x')
		snprintf(u.what, sizeof u.what, _("cancelled %.60s, %.60s"), x->s.professional_name, x->s.class_name);
	else if (x->what == 'm')
		snprintf(u.what, sizeof u.what, _("moved %.60s, %.60s"), x->s.professional_name, x->s.class_name);
	else
		snprintf(u.what, sizeof u.what, _("deleted %.60s, %.60s"), x->s.professional_name, x->s.class_name);
	tui_push_undo(t, &u);
	return ZIO_OK;
}

static void simple_change(struct tui *t, int what)
{
	const struct shift *sel = selected_shift(t);
	struct simple_ctx x;
	char buf[ZIO_NAME_LEN] = "";

	if (!sel) {
		tui_message(t, true, "select a shift first (arrows)");
		return;
	}
	memset(&x, 0, sizeof x);
	x.s = x.before = *sel;
	x.kind = UNDO_CHANGE;
	x.what = what;
	switch (what) {
	case 'x':
		if (sel->status == SHIFT_CANCELLED) {
			tui_message(t, true, "this shift is already cancelled");
			return;
		}
		if (!ui_prompt(t, _("Cancel this shift; reason:"), buf, sizeof buf)) {
			tui_message(t, false, "not cancelled");
			return;
		}
		if (!buf[0]) {
			tui_message(t, true, "not cancelled: a cancellation needs a reason");
			return;
		}
		x.s.status = SHIFT_CANCELLED;
		snprintf(x.s.cancel_reason, sizeof x.s.cancel_reason, "%s", buf);
		break;
	case 'm':
		date_format(sel->date, buf);
		if (!ui_prompt(t, _("Move to date:"), buf, sizeof buf))
			return;
		if (date_parse(buf, &x.s.date, NULL)) {
			tui_message(t, true, "'%s' is not a date like 2026-11-24", buf);
			return;
		}
		break;
	case 'd':
		x.kind = UNDO_DELETE;
		if (sel->pattern_id) {
			static char items[3][160];
			const char *list[3] = { items[0], items[1], items[2] };
			int64_t n = 0;
			struct zio_err err;
			int k;
			store_pattern_future(t->c->st, sel->pattern_id, t->today, &n, false, &err);
			snprintf(items[0], sizeof items[0], "%s", _("only this shift"));
			snprintf(items[1], sizeof items[1], _n("its weekly pattern, and the %lld shift it made from today on",
							       "its weekly pattern, and the %lld shifts it made from today on", n),
				 (long long)n);
			snprintf(items[2], sizeof items[2], _n("its weekly pattern, but keep the %lld shift it made",
							       "its weekly pattern, but keep the %lld shifts it made", n),
				 (long long)n);
			k = ui_pick(t, _("This shift comes from a weekly pattern. Delete"), list, 3, 0, -1, NULL);
			if (k < 0)
				return;
			x.pattern = k;
		} else if (!ui_confirm(t, _("Delete this shift?"))) {
			return;
		}
		break;
	}
	if (tui_write(t, do_simple, &x) == ZIO_OK) {
		if (x.pattern == 1)
			tui_message(t, false, _n("deleted the pattern of %s, %s: %lld future shift removed",
						 "deleted the pattern of %s, %s: %lld future shifts removed", x.removed),
				    x.s.professional_name, x.s.class_name, (long long)x.removed);
		else if (x.pattern == 2)
			tui_message(t, false, _n("deleted the pattern of %s, %s: %lld future shift kept",
						 "deleted the pattern of %s, %s: %lld future shifts kept", x.removed),
				    x.s.professional_name, x.s.class_name, (long long)x.removed);
		else if (what == 'x')
			tui_message(t, false, "cancelled: %s, %s (u undoes)", x.s.professional_name, x.s.class_name);
		else if (what == 'm')
			tui_message(t, false, "moved: %s, %s (u undoes)", x.s.professional_name, x.s.class_name);
		else
			tui_message(t, false, "deleted: %s, %s (u undoes)", x.s.professional_name, x.s.class_name);
		if (x.logged[0])   /* more to know than that it worked */
			logged_note(t, x.logged);
		if (what == 'm') {
			tui_set_week(t, date_isoweek(x.s.date));
			t->sel_day = date_weekday(x.s.date) <= 5 ? date_weekday(x.s.date) - 1 : t->sel_day;
		}
	}
}

struct bulk_ctx {
	int kind;   /* 'c' copy, 'f' fill */
	struct isoweek to;
	struct plan_report r;
};

static int do_bulk(struct tui *t, void *ctx, struct zio_err *err)
{
	struct bulk_ctx *b = ctx;
	struct undo u = { .kind = UNDO_BULK, .school_id = t->school_id };
	struct isoweek w = b->kind == 'c' ? b->to : t->week;
	int rc;

	if (store_shift_max_id(t->c->st, &u.min_id, err))
		return err->code;
	u.from = date_from_isoweek(w, 1);
	u.to = date_from_isoweek(w, 7);
	rc = b->kind == 'c' ? plan_copy(&t->pl, t->school_id, t->week, b->to, &b->r, err)
			    : plan_fill(&t->pl, t->school_id, u.from, u.to, &b->r, err);
	if (rc || store_shift_max_id(t->c->st, &u.max_id, err))
		return rc ? rc : err->code;
	if (!b->r.added)   /* nothing made: nothing for u to undo */
		return ZIO_OK;
	if (b->kind == 'c')
		snprintf(u.what, sizeof u.what, _n("the copy (%d shift)", "the copy (%d shifts)", b->r.added), b->r.added);
	else
		snprintf(u.what, sizeof u.what, _n("the fill (%d shift)", "the fill (%d shifts)", b->r.added), b->r.added);
	tui_push_undo(t, &u);
	return ZIO_OK;
}

static void bulk(struct tui *t, int kind)
{
	struct bulk_ctx b;
	char buf[32];

	memset(&b, 0, sizeof b);
	b.kind = kind;
	if (kind == 'c') {
		date_format_isoweek(date_isoweek_add(t->week, 1), buf);
		if (!ui_prompt(t, _("Copy this week to week:"), buf, sizeof buf))
			return;
		if (date_parse_isoweek(buf, &b.to, NULL)) {
			tui_message(t, true, "'%s' is not a week like 2026-W49", buf);
			return;
		}
	} else if (!ui_confirm(t, _("Fill this week from the weekly patterns?"))) {
		return;
	}
	if (tui_write(t, do_bulk, &b) == ZIO_OK) {
		if (!b.r.added)   /* nothing to undo, so no "u undoes" */
			tui_message(t, false, _("%s: no shift added (%d skipped on closed days, %d refused, %d already there)"),
				    kind == 'c' ? _("copy") : _("fill"), b.r.closed, b.r.refused, b.r.existing);
		else if (kind == 'c')
			/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
			tui_message(t, false,
				    _n("copied to %s: %d shift added, %d skipped on closed days, %d refused, %d already there (u undoes)",
				       "copied to %s: %d shifts added, %d skipped on closed days, %d refused, %d already there (u undoes)",
				       b.r.added),
				    buf, b.r.added, b.r.closed, b.r.refused, b.r.existing);
		else
			/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
			tui_message(t, false,
				    _n("filled: %d shift added, %d skipped on closed days, %d refused, %d already there (u undoes)",
				       "filled: %d shifts added, %d skipped on closed days, %d refused, %d already there (u undoes)",
				       b.r.added),
				    b.r.added, b.r.closed, b.r.refused, b.r.existing);
	}
	plan_report_free(&b.r);
}

static void find(struct tui *t)
{
	char buf[64] = "";

	if (!ui_prompt(t, _("Find class or professional:"), buf, sizeof buf) || !buf[0])
		return;
	ensure_grid(t);
	for (size_t i = 1; i <= t->grid.nrows; i++) {
		size_t r = (t->sel_row + i) % t->grid.nrows;
		if (strcasestr(t->grid.rows[r].label, buf)) {
			t->sel_row = r;
			t->sel_item = 0;
			return;
		}
	}
	/* a professional in a class grid: jump to their first shift */
	for (size_t i = 0; !t->by_staff && i < t->grid.nshifts; i++)
		if (strcasestr(t->grid.shifts[i].professional_name, buf)) {
			for (size_t r = 0; r < t->grid.nrows; r++)
				if (t->grid.rows[r].id == t->grid.shifts[i].class_id) {
					int d = date_weekday(t->grid.shifts[i].date) - 1;
					t->sel_row = r;
					t->sel_day = d < 5 ? d : 0;
					t->sel_item = i - t->grid.rows[r].cell_first[t->sel_day];
					if (t->sel_item >= t->grid.rows[r].cell_count[t->sel_day])
						t->sel_item = 0;
					return;
				}
		}
	tui_message(t, true, "'%s' not found this week", buf);
}

static bool key(struct tui *t, int ch, bool is_key)
{
	const struct grid_row *r;

	ensure_grid(t);
	r = t->grid.nrows ? &t->grid.rows[t->sel_row] : NULL;
	if (is_key) {
		switch (ch) {
		case KEY_UP:
			ch = 'k';
			break;
		case KEY_DOWN:
			ch = 'j';
			break;
		case KEY_LEFT:
			ch = 'h';
			break;
		case KEY_RIGHT:
			ch = 'l';
			break;
		case KEY_ENTER:
			ch = '\r';
			break;
		default:
			return false;
		}
	}
	switch (ch) {
	case 'j':
		if (r && t->sel_item + 1 < r->cell_count[t->sel_day])
			t->sel_item++;
		else if (t->sel_row + 1 < t->grid.nrows)
			t->sel_row++, t->sel_item = 0;
		return true;
	case 'k':
		if (t->sel_item > 0)
			t->sel_item--;
		else if (t->sel_row > 0) {
			t->sel_row--;
			r = &t->grid.rows[t->sel_row];
			t->sel_item = r->cell_count[t->sel_day] ? r->cell_count[t->sel_day] - 1 : 0;
		}
		return true;
	case 'h':
		t->sel_day = t->sel_day > 0 ? t->sel_day - 1 : 0;
		t->sel_item = 0;
		t->day = date_from_isoweek(t->week, t->sel_day + 1);
		return true;
	case 'l':
		t->sel_day = t->sel_day < 4 ? t->sel_day + 1 : 4;
		t->sel_item = 0;
		t->day = date_from_isoweek(t->week, t->sel_day + 1);
		return true;
	case '\r':
	case '\n':
		t->day = date_from_isoweek(t->week, t->sel_day + 1);
		t->view = VIEW_DAY;
		return true;
	case 'a':
		edit_shift(t, NULL);
		return true;
	case 'e': {
		const struct shift *s = selected_shift(t);
		struct shift copy;
		if (!s) {
			tui_message(t, true, "select a shift first (arrows)");
			return true;
		}
		copy = *s;
		edit_shift(t, &copy);
		return true;
	}
	case 'x':
	case 'm':
	case 'd':
		simple_change(t, ch);
		return true;
	case 'c':
	case 'f':
		bulk(t, ch);
		return true;
	case 'v':
		t->by_staff = !t->by_staff;
		t->sel_row = t->top_row = t->sel_item = 0;
		tui_invalidate(t);
		return true;
	case '/':
		find(t);
		return true;
	}
	return false;
}

static void click(struct tui *t, int y, int x)
{
	int lw = label_width(), dw = day_width(), row_y = 2;

	ensure_grid(t);
	if (y < 2 || y >= 2 + grid_rows())
		return;
	for (size_t r = t->top_row; r < t->grid.nrows; r++) {
		int h = row_height(t, r);
		if (y >= row_y && y < row_y + h) {
			t->sel_row = r;
			if (x >= lw) {
				t->sel_day = (x - lw) / dw > 4 ? 4 : (x - lw) / dw;
				t->day = date_from_isoweek(t->week, t->sel_day + 1);
			}
			t->sel_item = (size_t)(y - row_y) < t->grid.rows[r].cell_count[t->sel_day] ? (size_t)(y - row_y) : 0;
			return;
		}
		row_y += h;
	}
}

const struct view view_week = { "week", N_("Week planner"), keys, draw, key, click, NULL };
