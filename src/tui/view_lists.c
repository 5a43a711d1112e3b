/* The list views: the professionals and the classes, with their forms. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

/* --- a small table helper -------------------------------------------------------------- */

struct table {
	char (*cells)[6][ZIO_NAME_LEN];
	int64_t *ids;
	size_t n, cap;
	bool loaded;
};

static char (*table_row(struct table *tb, int64_t id))[ZIO_NAME_LEN]
{
	if (tb->n == tb->cap) {
		size_t cap = tb->cap ? tb->cap * 2 : 32;
		void *c = realloc(tb->cells, cap * sizeof *tb->cells);
		int64_t *ids = c ? realloc(tb->ids, cap * sizeof *ids) : NULL;
		if (!c || !ids) {
			if (c)
				tb->cells = c;
			return NULL;
		}
		tb->cells = c;
		tb->ids = ids;
		tb->cap = cap;
	}
	memset(tb->cells[tb->n], 0, sizeof tb->cells[0]);
	tb->ids[tb->n] = id;
	return tb->cells[tb->n++];
}

static void table_free(struct table *tb)
{
	free(tb->cells);
	free(tb->ids);
	memset(tb, 0, sizeof *tb);
}

static void table_draw(struct tui *t, struct table *tb, const char *const *head, const int *widths, int ncols,
		       const char *empty)
{
	int rows = LINES - 3, x = 0, wide[8] = { 0 };

	if (ncols > 8)
		ncols = 8;   /* the tables here have at most six columns */
	/* a column is at least as wide as its (translated) head */
	for (int c = 0; c < ncols; c++)
		wide[c] = c < ncols - 1 && text_width(ui_ctx(head[c])) + 1 > widths[c] ? text_width(ui_ctx(head[c])) + 1 : widths[c];
	widths = wide;
	attron(ui_attr(UIR_HEADER));
	for (int c = 0; c < ncols; c++) {
		ui_text(1, x, c == ncols - 1 ? COLS - x : widths[c] - 1, ui_ctx(head[c]), true);
		x += widths[c];
	}
	attroff(ui_attr(UIR_HEADER));
	if (t->list_sel[t->view] >= (int)tb->n)
		t->list_sel[t->view] = tb->n ? (int)tb->n - 1 : 0;
	if (t->list_sel[t->view] < t->list_top[t->view])
		t->list_top[t->view] = t->list_sel[t->view];
	if (t->list_sel[t->view] >= t->list_top[t->view] + rows)
		t->list_top[t->view] = t->list_sel[t->view] - rows + 1;
	for (int r = 0; r < rows && t->list_top[t->view] + r < (int)tb->n; r++) {
		size_t i = (size_t)(t->list_top[t->view] + r);
		attron(i == (size_t)t->list_sel[t->view] ? ui_attr(UIR_SELECTED) : 0);
		x = 0;
		for (int c = 0; c < ncols; c++) {
			int w = c == ncols - 1 ? COLS - x : widths[c];
			ui_text(2 + r, x, w - (c == ncols - 1 ? 0 : 1), tb->cells[i][c], true);
			if (c < ncols - 1)
				addch(' ');
			x += widths[c];
		}
		attroff(ui_attr(UIR_SELECTED));
	}
	if (!tb->n)
		ui_text(3, 2, COLS - 4, empty, false);
}

static bool table_key(struct tui *t, struct table *tb, int ch, bool is_key)
{
	int rows = LINES - 3;

	if ((is_key && ch == KEY_UP) || (!is_key && ch == 'k'))
		t->list_sel[t->view] = t->list_sel[t->view] > 0 ? t->list_sel[t->view] - 1 : 0;
	else if ((is_key && ch == KEY_DOWN) || (!is_key && ch == 'j'))
		t->list_sel[t->view] = t->list_sel[t->view] + 1 < (int)tb->n ? t->list_sel[t->view] + 1 : t->list_sel[t->view];
	else if (is_key && ch == KEY_HOME)
		t->list_sel[t->view] = 0;
	else if (is_key && ch == KEY_END)
		t->list_sel[t->view] = tb->n ? (int)tb->n - 1 : 0;
	else if (!is_key && ch == ' ')
		t->list_sel[t->view] = t->list_sel[t->view] + rows < (int)tb->n ? t->list_sel[t->view] + rows : (tb->n ? (int)tb->n - 1 : 0);
	else
		return false;
	return true;
}

static void hours(int64_t minutes, char *buf, size_t len)
{
	units_format_hours(minutes, i18n_decimal_comma(), buf, (int)len);
}

/* --- staff ------------------------------------------------------------------------------ */

static struct table staff;

static const struct key_help staff_keys[] = {
	{ N_("up/down"), N_("select"), NULL },
	{ "a", N_("add a professional"), N_("add"), ACT_STAFF },
	{ "e", N_("edit the selected professional"), N_("edit"), ACT_STAFF },
	{ "D", N_("deactivate: last working day"), N_("leaves"), ACT_STAFF },
	{ NULL, NULL, NULL },
};

static int team_names(const struct team_member *m, void *ctx)
{
	char *buf = ctx;
	size_t n = strlen(buf);
	snprintf(buf + n, ZIO_NAME_LEN - n, "%s%s", n ? ", " : "", m->class_name);
	return 0;
}

static int staff_row(const struct professional *p, void *ctx)
{
	struct tui *t = ctx;
	char (*row)[ZIO_NAME_LEN] = table_row(&staff, p->id);
	struct roster_filter f = { .professional_id = p->id };
	struct zio_err err;
	int64_t minutes = 0;

	if (!row)
		return ZIO_EDB;
	snprintf(row[0], ZIO_NAME_LEN, "%.240s%s", p->name,
		 p->active_to.y && date_cmp(p->active_to, t->today) < 0 ? _(" (left)") : "");
	snprintf(row[1], ZIO_NAME_LEN, "%s", p->provider_name);
	snprintf(row[2], ZIO_NAME_LEN, "%s", p->discipline);
	hours(p->contract_minutes, row[3], ZIO_NAME_LEN);
	store_shift_minutes(t->c->st, p->id, date_from_isoweek(t->week, 1), date_from_isoweek(t->week, 7), 0,
			    &minutes, &err);
	hours(minutes, row[4], ZIO_NAME_LEN);
	store_team_each(t->c->st, &f, team_names, row[5], &err);
	return 0;
}

static void staff_reload(struct tui *t)
{
	(void)t;
	table_free(&staff);
}

static void staff_draw(struct tui *t)
{
	/* TRANSLATORS: the columns of the staff view: the contract hours (translate only what follows
	 * "staff column|"), the hours planned this week, the classes whose fixed team they are in */
	static const char *const head[] = { N_("name"), N_("provider"), N_("discipline"), N_("staff column|contract"),
					    N_("this week"), N_("fixed in") };
	int w[] = { 24, 20, 14, 9, 10, 0 };
	struct zio_err err;

	if (!staff.loaded) {
		staff.loaded = true;
		if (store_staff_each(t->c->st, NULL, staff_row, t, &err))
			tui_message(t, true, "%s", err.msg);
	}
	table_draw(t, &staff, head, w, 6, _("no professionals yet: press a to add one, or run zio import staff FILE"));
}

struct provider_list {
	int64_t ids[64];
	char names[64][ZIO_NAME_LEN];
	const char *items[64];
	int n;
};

static int provider_cb(const struct provider *p, void *ctx)
{
	struct provider_list *l = ctx;
	if (l->n == 64)
		return 0;
	l->ids[l->n] = p->id;
	snprintf(l->names[l->n], ZIO_NAME_LEN, "%s", p->name);
	l->items[l->n] = l->names[l->n];
	l->n++;
	return 0;
}

static int check_name(const char *v, struct zio_err *err)
{
	return text_check_name(v, _("name"), err);
}

static int check_hours(const char *v, struct zio_err *err)
{
	int m;
	return units_parse_hours(v, 60, _("contract hours"), &m, err);
}

static int check_discipline(const char *v, struct zio_err *err)
{
	return *v ? text_check_name(v, _("discipline"), err) : ZIO_OK;
}

struct staff_edit {
	struct professional p;
};

static int do_staff(struct tui *t, void *ctx, struct zio_err *err)
{
	struct staff_edit *e = ctx;
	(void)t;
	return e->p.id ? store_staff_update(t->c->st, &e->p, err) : store_staff_insert(t->c->st, &e->p, err);
}

static void staff_form(struct tui *t, bool add)
{
	static struct provider_list pl;
	struct form_field f[4];
	struct staff_edit e;
	struct zio_err err;

	memset(&e, 0, sizeof e);
	memset(&pl, 0, sizeof pl);
	memset(f, 0, sizeof f);
	if (!add) {
		if (!staff.n || store_staff_get(t->c->st, staff.ids[t->list_sel[t->view]], &e.p, &err))
			return;
	}
	if (store_provider_each(t->c->st, provider_cb, &pl, &err) || !pl.n) {
		tui_message(t, true, "no providers yet: add one with zio provider add NAME");
		return;
	}
	f[0] = (struct form_field){ .label = _("Name"), .check = check_name };
	f[1] = (struct form_field){ .label = _("Provider"), .items = pl.items, .nitems = pl.n, .choice = 0, .sep = -1 };
	f[2] = (struct form_field){ .label = _("Contract hours"), .check = check_hours };
	f[3] = (struct form_field){ .label = _("Discipline"), .check = check_discipline };
	snprintf(f[0].value, sizeof f[0].value, "%s", e.p.name);
	for (int i = 0; i < pl.n; i++)
		if (pl.ids[i] == e.p.provider_id)
			f[1].choice = i;
	units_format_hours(e.p.contract_minutes, i18n_decimal_comma(), f[2].value, sizeof f[2].value);
	snprintf(f[3].value, sizeof f[3].value, "%s", e.p.discipline);
	if (!ui_form(t, add ? _("Add professional") : _("Edit professional"), f, 4, NULL, NULL))
		return;
	snprintf(e.p.name, sizeof e.p.name, "%s", f[0].value);
	e.p.provider_id = pl.ids[f[1].choice];
	units_parse_hours(f[2].value, 60, "contract hours", &e.p.contract_minutes, NULL);
	snprintf(e.p.discipline, sizeof e.p.discipline, "%s", f[3].value);
	if (add)
		e.p.active_from = t->today;
	if (tui_write(t, do_staff, &e) == ZIO_OK) {
		if (add)
			tui_message(t, false, "added %s", e.p.name);
		else
			tui_message(t, false, "changed %s", e.p.name);
	}
}

static void staff_deactivate(struct tui *t)
{
	struct staff_edit e;
	struct zio_err err;
	char buf[32];

	if (!staff.n || store_staff_get(t->c->st, staff.ids[t->list_sel[t->view]], &e.p, &err))
		return;
	date_format(t->today, buf);
	if (!ui_prompt(t, _("Last working day:"), buf, sizeof buf))
		return;
	if (date_parse(buf, &e.p.active_to, &err)) {
		tui_message(t, true, "%s", err.msg);
		return;
	}
	if (tui_write(t, do_staff, &e) == ZIO_OK)
		tui_message(t, false, "%s works until %s", e.p.name, buf);
}

static bool staff_key(struct tui *t, int ch, bool is_key)
{
	if (table_key(t, &staff, ch, is_key))
		return true;
	if (is_key)
		return false;
	switch (ch) {
	case 'a':
		staff_form(t, true);
		return true;
	case 'e':
		staff_form(t, false);
		return true;
	case 'D':
		staff_deactivate(t);
		return true;
	}
	return false;
}

const struct view view_staff = { "staff", N_("Staff"), staff_keys, staff_draw, staff_key, NULL, staff_reload };

/* --- classes ---------------------------------------------------------------------------- */

static struct table classes;

static const struct key_help class_keys[] = {
	{ N_("up/down"), N_("select"), NULL },
	{ "e", N_("edit pupils and hours"), N_("edit"), ACT_ROSTER },
	{ "+", N_("add a professional to the fixed team"), N_("team+"), ACT_STAFF },
	{ "-", N_("take one out of the fixed team"), N_("team-"), ACT_STAFF },
	{ NULL, NULL, NULL },
};

static int class_row(const struct class *k, void *ctx)
{
	struct tui *t = ctx;
	char (*row)[ZIO_NAME_LEN] = table_row(&classes, k->id);
	char h[24];

	(void)t;
	if (!row)
		return ZIO_EDB;
	snprintf(row[0], ZIO_NAME_LEN, "%s", k->name);
	snprintf(row[1], ZIO_NAME_LEN, "%s", k->group_name);
	snprintf(row[2], ZIO_NAME_LEN, "%d", k->pupils);
	hours(k->budget_minutes, h, sizeof h);
	snprintf(row[3], ZIO_NAME_LEN, "%s%s", h, k->weekly_minutes >= 0 ? "*" : "");
	return 0;
}

static int team_collect(const struct team_member *m, void *ctx)
{
	char *buf = ctx;
	size_t n = strlen(buf);
	snprintf(buf + n, ZIO_NAME_LEN - n, "%s%s", n ? ", " : "", m->professional_name);
	return 0;
}

static void classes_reload(struct tui *t)
{
	(void)t;
	table_free(&classes);
}

static void classes_draw(struct tui *t)
{
	static const char *const head[] = { N_("class"), N_("target group"), N_("pupils"), N_("budget h"), N_("fixed team") };
	int w[] = { 22, 24, 7, 10, 0 };
	struct roster_filter f = { .school_id = t->school_id };
	struct zio_err err;

	if (!classes.loaded) {
		classes.loaded = true;
		if (store_class_each(t->c->st, &f, class_row, t, &err))
			tui_message(t, true, "%s", err.msg);
		/* the fixed team by name, not by class */
		for (size_t i = 0; i < classes.n; i++) {
			struct roster_filter tf = { .class_id = classes.ids[i] };
			classes.cells[i][4][0] = '\0';
			store_team_each(t->c->st, &tf, team_collect, classes.cells[i][4], &err);
		}
	}
	table_draw(t, &classes, head, w, 5, _("no classes yet: run zio class add NAME --school S --group G, or zio import classes FILE"));
}

static int check_pupils(const char *v, struct zio_err *err)
{
	int n;
	return units_parse_count(v, 1000, _("pupils"), &n, err);
}

static int check_class_hours(const char *v, struct zio_err *err)
{
	int m;
	return *v ? units_parse_hours(v, 168, _("hours"), &m, err) : ZIO_OK;
}

static int do_class(struct tui *t, void *ctx, struct zio_err *err)
{
	return store_class_update(t->c->st, ctx, err);
}

static void class_form(struct tui *t)
{
	struct form_field f[3];
	struct class k;
	struct zio_err err;

	if (!classes.n || store_class_get(t->c->st, classes.ids[t->list_sel[t->view]], &k, &err))
		return;
	memset(f, 0, sizeof f);
	f[0] = (struct form_field){ .label = _("Class"), .readonly = true };
	snprintf(f[0].value, sizeof f[0].value, "%.120s (%.120s)", k.name, k.group_name);
	f[1] = (struct form_field){ .label = _("Pupils"), .check = check_pupils };
	snprintf(f[1].value, sizeof f[1].value, "%d", k.pupils);
	f[2] = (struct form_field){ .label = _("Own hours/week"), .check = check_class_hours };
	if (k.weekly_minutes >= 0)
		units_format_hours(k.weekly_minutes, i18n_decimal_comma(), f[2].value, sizeof f[2].value);
	if (!ui_form(t, _("Edit class (empty hours: the target group's)"), f, 3, NULL, NULL))
		return;
	units_parse_count(f[1].value, 1000, "pupils", &k.pupils, NULL);
	k.weekly_minutes = -1;
	if (f[2].value[0])
		units_parse_hours(f[2].value, 168, "hours", &k.weekly_minutes, NULL);
	if (tui_write(t, do_class, &k) == ZIO_OK)
		tui_message(t, false, "changed %s", k.name);
}

struct pick_staff {
	int64_t ids[512];
	char names[512][ZIO_NAME_LEN];
	const char *items[512];
	int n;
	int64_t class_id;
	bool members;   /* only the class's team members */
};

static int pick_team_cb(const struct team_member *m, void *ctx)
{
	struct pick_staff *p = ctx;
	if (p->n == 512)
		return 0;
	p->ids[p->n] = m->id;   /* the membership */
	snprintf(p->names[p->n], ZIO_NAME_LEN, "%s", m->professional_name);
	p->items[p->n] = p->names[p->n];
	p->n++;
	return 0;
}

static int pick_staff_cb(const struct professional *pr, void *ctx)
{
	struct pick_staff *p = ctx;
	if (p->n == 512)
		return 0;
	p->ids[p->n] = pr->id;
	snprintf(p->names[p->n], ZIO_NAME_LEN, "%.120s (%.120s)", pr->name, pr->provider_name);
	p->items[p->n] = p->names[p->n];
	p->n++;
	return 0;
}

struct team_change {
	bool add;
	struct team_member m;
	int64_t id;
};

static int do_team(struct tui *t, void *ctx, struct zio_err *err)
{
	struct team_change *c = ctx;
	return c->add ? store_team_insert(t->c->st, &c->m, err) : store_team_delete(t->c->st, c->id, err);
}

static void team_change(struct tui *t, bool add)
{
	static struct pick_staff p;
	struct roster_filter f;
	struct team_change c;
	struct zio_err err;
	int k;

	if (!classes.n)
		return;
	memset(&p, 0, sizeof p);
	memset(&c, 0, sizeof c);
	memset(&f, 0, sizeof f);
	f.class_id = classes.ids[t->list_sel[t->view]];
	if (add ? store_staff_each(t->c->st, NULL, pick_staff_cb, &p, &err)
		: store_team_each(t->c->st, &f, pick_team_cb, &p, &err))
		return;
	if (!p.n) {
		if (add)
			tui_message(t, true, "no professionals yet");
		else
			tui_message(t, true, "this class has no fixed team yet");
		return;
	}
	k = ui_pick(t, add ? _("Add to the fixed team") : _("Take out of the fixed team"), p.items, p.n, 0, -1, NULL);
	if (k < 0)
		return;
	c.add = add;
	c.m.class_id = f.class_id;
	c.m.professional_id = p.ids[k];
	c.m.from = t->today;
	c.id = p.ids[k];
	if (tui_write(t, do_team, &c) == ZIO_OK) {
		if (add)
			tui_message(t, false, "added to the fixed team: %s", p.names[k]);
		else
			tui_message(t, false, "no longer in the fixed team: %s", p.names[k]);
	}
}

static bool classes_key(struct tui *t, int ch, bool is_key)
{
	if (table_key(t, &classes, ch, is_key))
		return true;
	if (is_key)
		return false;
	switch (ch) {
	case 'e':
		class_form(t);
		return true;
	case '+':
		team_change(t, true);
		return true;
	case '-':
		team_change(t, false);
		return true;
	}
	return false;
}

const struct view view_classes = { "classes", N_("Classes"), class_keys, classes_draw, classes_key, NULL, classes_reload };
