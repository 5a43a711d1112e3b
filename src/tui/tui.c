/* The interface's frame: start-up, the main loop, view switching, the title bar and status
 * line, resize and the minimum size, signals, other people's changes, undo and help. */
#include <errno.h>
#include <locale.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tui_internal.h"

static const struct view *const views[VIEW_COUNT] = {
	[VIEW_WEEK] = &view_week, [VIEW_DAY] = &view_day, [VIEW_STAFF] = &view_staff,
	[VIEW_CLASSES] = &view_classes, [VIEW_HOURS] = &view_hours,
	[VIEW_TIMESHEETS] = &view_timesheets, [VIEW_CALENDAR] = &view_calendar,
	[VIEW_REPORTS] = &view_reports,
};

/* Keys every view has, after its own in the help. */
static const struct key_help global_keys[] = {
	{ N_("1-8, Tab"), N_("switch view (week, day, staff, classes, hours, timesheets, calendar, reports)"), NULL },
	{ N_("[ ] PgUp PgDn"), N_("previous / next week"), NULL },
	{ "t", N_("today"), NULL },
	{ "g", N_("go to a week (2026-W48) or a date (2026-11-24)"), NULL },
	{ "s", N_("switch school"), NULL },
	{ "u", N_("undo the last change of this session"), NULL },
	{ N_("Ctrl-L"), N_("redraw the screen"), NULL },
	{ "?", N_("this help (also F1)"), N_("help") },
	{ "q", N_("quit"), N_("quit") },
	{ NULL, NULL, NULL },
};

static volatile sig_atomic_t got_quit;
static bool curses_on;

static void on_quit_signal(int sig)
{
	(void)sig;
	got_quit = 1;
}

/* A crash must not leave the user's terminal in raw mode. endwin is not async-signal-safe,
 * but the process is dying anyway and a usable terminal is worth the risk. */
static void on_fatal_signal(int sig)
{
	if (curses_on)
		endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void install_signals(void)
{
	struct sigaction sa;
	int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_quit_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_fatal_signal;
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
		sigaction(fatal[i], &sa, NULL);
}

/* Key names in words ("up/down", "Enter") are translated; single keys are not. */
static const char *key_words(const char *keys)
{
	return strlen(keys) > 1 ? _(keys) : keys;
}

void tui_message(struct tui *t, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, _(fmt), ap);
	va_end(ap);
	t->msg_error = error;
}

void tui_invalidate(struct tui *t)
{
	if (t->grid_loaded)
		weekgrid_free(&t->grid);
	t->grid_loaded = false;
	planner_reload(&t->pl);
	for (int v = 0; v < VIEW_COUNT; v++)
		if (views[v]->reload)
			views[v]->reload(t);
}

void tui_set_week(struct tui *t, struct isoweek w)
{
	int wd = date_weekday(t->day);

	t->week = w;
	t->day = date_from_isoweek(w, wd > 5 ? 1 : wd);
	tui_invalidate(t);
}

int tui_body_top(void)
{
	return 1;
}

int tui_body_rows(void)
{
	return LINES - 2;
}

void tui_draw_frame(struct tui *t, const char *title_extra)
{
	char title[512], ws[WEEK_STR_LEN];
	struct date mon = date_from_isoweek(t->week, 1), fri = date_from_isoweek(t->week, 5);
	const struct view *v = views[t->view];
	int x = 0;

	/* TRANSLATORS: the title bar: view number and title, school (holiday region), the week
	 * from Monday to Friday (day-month), then the user and, for a listed user, " (" role ")" */
	snprintf(title, sizeof title, _(" zio  %d %s  │  %.120s (%s)  │  week %s, %02d-%02d to %02d-%02d  │  %s%suser %.60s%s%s%s "),
		 t->view + 1, _(v->title), t->school.name, units_region_name(t->school.region),
		 date_format_isoweek(t->week, ws), mon.d, mon.m, fri.d, fri.m, title_extra ? title_extra : "",
		 title_extra ? "  │  " : "", t->c->actor.login, t->c->actor.listed ? " (" : "",
		 t->c->actor.listed ? ui_role_name(t->c->actor.role) : "", t->c->actor.listed ? ")" : "");
	attron(ui_attr(UIR_TITLE));
	ui_text(0, 0, COLS, title, true);
	attroff(ui_attr(UIR_TITLE));

	attron(t->msg[0] ? (t->msg_error ? ui_attr(UIR_ERROR) : ui_attr(UIR_MESSAGE)) : ui_attr(UIR_STATUS));
	ui_fill(LINES - 1, 0, COLS);
	if (t->msg[0] && text_width(t->msg) > COLS) {
		/* a long message takes the line above too, for the moment it is shown: its end
		 * (the rule's code, what to do) matters as much as its start */
		ui_text_lines(LINES - 2, 0, COLS, 2, t->msg);
	} else if (t->msg[0]) {
		ui_text(LINES - 1, 0, COLS, t->msg, true);
	} else {
		/* help and quit first: they must never fall off the edge */
		for (const struct key_help *k = global_keys; k->keys && x < COLS; k++)
			if (k->label) {
				char part[96];
				snprintf(part, sizeof part, "%s %s  ", key_words(k->keys), _(k->label));
				x += ui_text(LINES - 1, x, COLS - x, part, false);
			}
		for (const struct key_help *k = v->keys; k && k->keys && x < COLS; k++)
			if (k->label && tui_may(t, k->act)) {
				char part[96];
				snprintf(part, sizeof part, "%s %s  ", key_words(k->keys), _(k->label));
				x += ui_text(LINES - 1, x, COLS - x, part, false);
			}
	}
	attroff(ui_attr(UIR_STATUS) | ui_attr(UIR_ERROR) | ui_attr(UIR_MESSAGE));
}

static bool too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS;
}

bool tui_too_small(void)
{
	return too_small();
}

bool tui_quitting(void)
{
	return got_quit != 0;
}

void tui_redraw(struct tui *t)
{
	erase();
	if (too_small()) {
		char m[96];
		snprintf(m, sizeof m, _("make the window larger: zio needs %dx%d, this is %dx%d"), TUI_MIN_COLS,
			 TUI_MIN_ROWS, COLS, LINES);
		ui_text(LINES / 2, 0, COLS, m, false);
		ui_text(LINES / 2 + 1, 0, COLS, _("(q quits)"), false);
		return;
	}
	if (t->backdrop) {
		t->backdrop(t);
		return;
	}
	views[t->view]->draw(t);
	tui_draw_frame(t, NULL);
}

int tui_write(struct tui *t, int (*fn)(struct tui *t, void *ctx, struct zio_err *err), void *ctx)
{
	struct zio_err err;

	zio_err_clear(&err);
	if (store_begin(t->c->st, &err) == ZIO_OK) {
		if (fn(t, ctx, &err) == ZIO_OK) {
			if (store_commit(t->c->st, &err) == ZIO_OK) {
				/* our own write also moves data_version for others, not for us */
				tui_invalidate(t);
				return ZIO_OK;
			}
		} else {
			store_rollback(t->c->st);
		}
	}
	tui_message(t, true, "%s", err.msg[0] ? err.msg : _("the change failed"));
	tui_invalidate(t);
	return err.code ? err.code : ZIO_EDB;
}

void tui_push_undo(struct tui *t, const struct undo *u)
{
	if (t->nundo == t->capundo) {
		size_t cap = t->capundo ? t->capundo * 2 : 16;
		struct undo *v = realloc(t->undo, cap * sizeof *v);
		if (!v)
			return;   /* undo is a convenience; the change itself is made */
		t->undo = v;
		t->capundo = cap;
	}
	t->undo[t->nundo++] = *u;
}

static int do_undo(struct tui *t, void *ctx, struct zio_err *err)
{
	struct undo *u = ctx;
	struct shift cur;
	int removed;

	switch (u->kind) {
	case UNDO_ADD:
		if (store_shift_get(t->c->st, u->after.id, &cur, err))
			return err->code;
		if (cur.version != u->after.version)
			return zio_err_set(err, ZIO_ERULE, "the shift was changed by someone else since; not undone");
		return store_shift_delete(t->c->st, u->after.id, err);
	case UNDO_DELETE: {
		struct shift s = u->before;
		int rc;
		s.id = 0;
		rc = store_shift_insert(t->c->st, &s, err);
		if (rc == ZIO_OK)
			u->after = s;   /* tui_undo points the older entries at the new id */
		return rc;
	}
	case UNDO_CHANGE: {
		if (store_shift_get(t->c->st, u->after.id, &cur, err))
			return err->code;
		if (cur.version != u->after.version)
			return zio_err_set(err, ZIO_ERULE, "the shift was changed by someone else since; not undone");
		struct shift s = u->before;
		s.version = cur.version;
		return store_shift_update(t->c->st, &s, err);
	}
	case UNDO_BULK:
		return store_shift_delete_newer(t->c->st, u->school_id, u->from, u->to, u->min_id, u->max_id,
						&removed, err);
	}
	return ZIO_OK;
}

void tui_undo(struct tui *t)
{
	struct undo u;
	struct shift now;
	struct zio_err err;

	if (t->nundo == 0) {
		tui_message(t, false, "nothing to undo");
		return;
	}
	u = t->undo[--t->nundo];
	int64_t old_id = u.kind == UNDO_DELETE ? u.before.id : 0;
	if (tui_write(t, do_undo, &u) != ZIO_OK)
		return;
	if (old_id)   /* the shift is back under a new id: older entries follow it */
		for (size_t i = 0; i < t->nundo; i++) {
			if (t->undo[i].after.id == old_id) {
				t->undo[i].after.id = u.after.id;
				t->undo[i].after.version = u.after.version;
			}
			if (t->undo[i].before.id == old_id)
				t->undo[i].before.id = u.after.id;
		}
	tui_message(t, false, "undone: %s", u.what);
	/* the undo itself moved the shift's version: the older entries about it follow */
	if ((u.kind == UNDO_CHANGE) && store_shift_get(t->c->st, u.after.id, &now, &err) == ZIO_OK)
		for (size_t i = 0; i < t->nundo; i++)
			if (t->undo[i].after.id == now.id)
				t->undo[i].after.version = now.version;
}

/* One key of the help: "  a              add a shift". In Dutch the words are wrapped under
 * themselves when they are wider than the box (Dutch ones often are); English keeps one line
 * a key, as the tests and the manual show it. Returns the new line count. */
static int help_key(const struct key_help *k, const char **lines, char (*buf)[160], int n, int max)
{
	const char *what = _(k->what);
	int width = COLS - 10 - 17;   /* the box's text width, less the key column */
	bool first = true, wrap = i18n_lang() != I18N_EN;

	while (n < max) {
		size_t len = strlen(what), cut = len;
		if (wrap && width >= 20 && text_width(what) > width) {
			/* the last space that fits, else the whole word */
			size_t fit = text_fit(what, width, NULL);
			cut = fit;
			while (cut > 0 && what[cut] != ' ')
				cut--;
			if (cut == 0)
				cut = fit;
		}
		snprintf(buf[n], sizeof buf[n], "  %-14s %.*s", first ? key_words(k->keys) : "", (int)cut, what);
		lines[n] = buf[n], n++;
		first = false;
		what += cut;
		while (*what == ' ')
			what++;
		if (!*what)
			break;
	}
	return n;
}

void tui_show_help(struct tui *t)
{
	const struct view *v = views[t->view];
	const char *lines[96];
	static char buf[96][160];
	int n = 0;

	snprintf(buf[n], sizeof buf[n], _("%s: keys"), _(v->title));
	lines[n] = buf[n], n++;
	lines[n++] = "";
	for (const struct key_help *k = v->keys; k && k->keys && n < 70; k++) {
		if (!tui_may(t, k->act))
			continue;   /* what the role cannot do is not offered */
		n = help_key(k, lines, buf, n, 70);
	}
	lines[n++] = "";
	lines[n++] = _("Everywhere:");
	for (const struct key_help *k = global_keys; k->keys && n < 96; k++)
		n = help_key(k, lines, buf, n, 96);
	ui_show_lines(t, _("Help"), lines, n);
}

struct school_list {
	struct school *v;
	size_t n, cap;
};

static int school_push(const struct school *s, void *ctx)
{
	struct school_list *l = ctx;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		struct school *v = realloc(l->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = *s;
	return 0;
}

bool tui_pick_school(struct tui *t)
{
	struct school_list l = { 0 };
	struct zio_err err;
	const char **items;
	int sel = 0, k;

	if (store_school_each(t->c->st, school_push, &l, &err) || !l.n) {
		free(l.v);
		return false;
	}
	items = calloc(l.n, sizeof *items);
	if (!items) {
		free(l.v);
		return false;
	}
	for (size_t i = 0; i < l.n; i++) {
		items[i] = l.v[i].name;
		if (l.v[i].id == t->school_id)
			sel = (int)i;
	}
	k = ui_pick(t, _("School"), items, (int)l.n, sel, -1, NULL);
	if (k >= 0) {
		t->school_id = l.v[k].id;
		t->school = l.v[k];
		t->sel_row = t->top_row = 0;
		memset(t->list_sel, 0, sizeof t->list_sel);
		memset(t->list_top, 0, sizeof t->list_top);
		tui_invalidate(t);
	}
	free(items);
	free(l.v);
	return k >= 0;
}

/* g: a week (2026-W48) or a date (2026-11-24). */
static void go_to(struct tui *t)
{
	char buf[32] = "";
	struct isoweek w;
	struct date d;

	if (!ui_prompt(t, _("Go to week or date:"), buf, sizeof buf))
		return;
	if (date_parse_isoweek(buf, &w, NULL) == ZIO_OK) {
		tui_set_week(t, w);
	} else if (date_parse(buf, &d, NULL) == ZIO_OK) {
		tui_set_week(t, date_isoweek(d));
		t->day = d;
		t->sel_day = date_weekday(d) <= 5 ? date_weekday(d) - 1 : 0;
	} else {
		tui_message(t, true, "'%s' is neither a week like 2026-W48 nor a date like 2026-11-24", buf);
	}
}

static void check_others(struct tui *t)
{
	int64_t v;
	struct zio_err err;

	if (store_data_version(t->c->st, &v, &err) == ZIO_OK && v != t->data_version) {
		t->data_version = v;
		tui_invalidate(t);
		tui_message(t, false, "reloaded: the database was changed by someone else");
	}
}

bool tui_may(const struct tui *t, enum access_act act)
{
	return access_allows(&t->c->actor, act);
}

bool tui_key_is(const struct key_help *k, int ch, bool is_key)
{
	const char *p = k->keys;

	while (*p) {
		size_t n = strcspn(p, " ");
		if (n == 1 && !is_key && (unsigned char)*p == ch)
			return true;
		if (n == 5 && !strncmp(p, "Enter", 5) && (ch == '\n' || ch == '\r' || (is_key && ch == KEY_ENTER)))
			return true;
		p += n;
		p += strspn(p, " ");
	}
	return false;
}

/* A key of the view that the user's role may not use: say so instead. */
static bool refused_key(struct tui *t, int ch, bool is_key)
{
	for (const struct key_help *k = views[t->view]->keys; k && k->keys; k++)
		if (tui_key_is(k, ch, is_key) && !tui_may(t, k->act)) {
			tui_message(t, true, "not allowed for your role (%s): %s", ui_role_name(t->c->actor.role), _(k->what));
			return true;
		}
	return false;
}

static bool global_key(struct tui *t, int ch, bool is_key)
{
	if (is_key) {
		switch (ch) {
		case KEY_F(1):
			tui_show_help(t);
			return true;
		case KEY_BTAB:
			t->view = (enum view_id)((t->view + VIEW_COUNT - 1) % VIEW_COUNT);
			return true;
		case KEY_PPAGE:
			tui_set_week(t, date_isoweek_add(t->week, -1));
			return true;
		case KEY_NPAGE:
			tui_set_week(t, date_isoweek_add(t->week, 1));
			return true;
		case KEY_RESIZE:
			return true;
		}
		return false;
	}
	switch (ch) {
	case 'q':
		t->quit = true;
		return true;
	case '?':
		tui_show_help(t);
		return true;
	case '\t':
		t->view = (enum view_id)((t->view + 1) % VIEW_COUNT);
		return true;
	case '[':
		tui_set_week(t, date_isoweek_add(t->week, -1));
		return true;
	case ']':
		tui_set_week(t, date_isoweek_add(t->week, 1));
		return true;
	case 't':
		tui_set_week(t, date_isoweek(t->today));
		t->day = t->today;
		t->sel_day = date_weekday(t->today) <= 5 ? date_weekday(t->today) - 1 : 0;
		return true;
	case 'g':
		go_to(t);
		return true;
	case 's':
		tui_pick_school(t);
		return true;
	case 'u':
		tui_undo(t);
		return true;
	case 12:   /* Ctrl-L */
		clearok(curscr, TRUE);
		return true;
	}
	if (ch >= '1' && ch <= '0' + VIEW_COUNT) {
		t->view = (enum view_id)(ch - '1');
		return true;
	}
	return false;
}

static int start(struct tui *t, struct cli *c, const struct tui_start *st, struct zio_err *err)
{
	memset(t, 0, sizeof *t);
	t->c = c;
	if (cli_today(&t->today, err))
		return err->code;
	if (cli_pick_school(c, st->school, &t->school_id, err)) {
		/* several schools and no choice made: open on the first, s switches */
		struct school_list l = { 0 };
		if (st->school || store_school_each(c->st, school_push, &l, err) || l.n == 0) {
			free(l.v);
			return err->code ? err->code : ZIO_EUSAGE;
		}
		t->school_id = l.v[0].id;
		free(l.v);
		zio_err_clear(err);
		tui_message(t, false, "%s", _("several schools: press s to switch"));
	}
	if (store_school_get(c->st, t->school_id, &t->school, err))
		return err->code;
	t->week = date_isoweek(t->today);
	if (st->week && date_parse_isoweek(st->week, &t->week, err))
		return ZIO_EUSAGE;
	t->day = date_cmp(date_from_isoweek(t->week, 1), date_from_isoweek(date_isoweek(t->today), 1)) == 0
			 ? t->today
			 : date_from_isoweek(t->week, 1);
	if (date_weekday(t->day) > 5)
		t->day = date_from_isoweek(t->week, 5);
	t->sel_day = date_weekday(t->day) - 1;
	if (st->view) {
		int v = 0;
		while (v < VIEW_COUNT && strcmp(views[v]->name, st->view))
			v++;
		if (v == VIEW_COUNT)
			return zio_err_set(err, ZIO_EUSAGE,
					   "unknown view '%s': expected week, day, staff, classes, hours, timesheets, calendar or reports",
					   st->view);
		t->view = (enum view_id)v;
	}
	if (planner_open(&t->pl, c->st, &c->cfg, err) || store_data_version(c->st, &t->data_version, err))
		return err->code;
	return ZIO_OK;
}

int tui_run(struct cli *c, const struct tui_start *st)
{
	struct tui t;
	struct zio_err err;
	struct date until;
	int rc;

	zio_err_clear(&err);
	if (!st->first_run && (rc = start(&t, c, st, &err)))
		return cli_fail(&err);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		if (!st->first_run)
			planner_close(&t.pl);
		if (st->first_run)
			fprintf(stderr, _("zio: no roster yet at %s: start zio in a terminal to make one, or run zio init\n"),
				c->db_path);
		else
			fprintf(stderr, "%s", _("zio: the interface needs a terminal; use the commands (zio --help) in scripts\n"));
		return ZIO_EUSAGE;
	}
	/* ncursesw draws UTF-8 names only in a UTF-8 locale; C.UTF-8 exists on every Debian. */
	if (!setlocale(LC_CTYPE, "") || MB_CUR_MAX < 2)
		setlocale(LC_CTYPE, "C.UTF-8");
	install_signals();
	/* newterm, not initscr: an unknown TERM is an error message, not an exit from ncurses */
	SCREEN *screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		if (!st->first_run)
			planner_close(&t.pl);
		fprintf(stderr, _("zio: cannot start the terminal interface (TERM=%s unknown?)\n"),
			getenv("TERM") ? getenv("TERM") : "");
		return ZIO_EDB;
	}
	set_term(screen);
	curses_on = true;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	timeout(1000);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
	ui_theme_init(&c->cfg);
	if (st->first_run) {
		/* no school yet: make a roster (or open the demo), then start as usual */
		memset(&t, 0, sizeof t);
		t.c = c;
		if (cli_today(&t.today, &err) || tui_first_run(&t, c->st != NULL, &err) || start(&t, c, st, &err)) {
			clear();
			refresh();
			endwin();
			delscreen(screen);
			curses_on = false;
			return cli_fail(&err);
		}
		tui_message(&t, false, "%s", _("your roster is ready: a adds a shift, 3 and 4 show the staff and classes, ? the keys"));
	}
	if (calendar_runs_out(&t.pl.cal, &(struct cal_school){ .id = t.school_id, .region = t.school.region,
							 .policy = calendar_policy(&t.school, &c->cfg) },
			      t.today, &until)) {
		char d[DATE_STR_LEN];
		char prev[sizeof t.msg];
		snprintf(prev, sizeof prev, "%s", t.msg);
		tui_message(&t, false, "%s%szio knows the school holidays only until %s (zio holidays import adds the next)",
			    prev, prev[0] ? "  ·  " : "", date_format(until, d));
	}

	/* make bench only: ZIO_BENCH_FRAMES=1 quits after the first frame; 2 then moves to the
	 * next week, draws it, and says on stderr how long that took */
	const char *bench = getenv("ZIO_BENCH_FRAMES");
	int bench_frames = bench ? atoi(bench) : 0, frames = 0;
	struct timespec bench_t0 = { 0, 0 };

	while (!t.quit && !got_quit) {
		bool is_key;
		int ch;

		tui_redraw(&t);
		refresh();
		if (bench_frames > 0) {
			struct timespec t1;
			if (++frames == 2 && clock_gettime(CLOCK_MONOTONIC, &t1) == 0)
				fprintf(stderr, "zio: next week drawn in %.3f ms\n",
					(double)(t1.tv_sec - bench_t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - bench_t0.tv_nsec) / 1e6);
			if (frames >= bench_frames)
				break;
			clock_gettime(CLOCK_MONOTONIC, &bench_t0);
			tui_set_week(&t, date_isoweek_add(t.week, 1));
			continue;
		}
		ch = ui_getkey(&is_key);
		if (ch == ERR) {
			check_others(&t);
			continue;
		}
		if (!(is_key && ch == KEY_RESIZE))
			t.msg[0] = '\0';
		if (too_small()) {
			if (!is_key && ch == 'q')
				t.quit = true;
			continue;
		}
		if (is_key && ch == KEY_MOUSE) {
			MEVENT ev;
			if (getmouse(&ev) == OK && views[t.view]->click)
				views[t.view]->click(&t, ev.y, ev.x);
			continue;
		}
		check_others(&t);
		if (refused_key(&t, ch, is_key))
			continue;
		if (!views[t.view]->key(&t, ch, is_key))
			global_key(&t, ch, is_key);
	}
	/* a blank screen first: a terminal that resized the alternate screen (tmux) may show
	 * its last lines after we leave it */
	clear();
	refresh();
	endwin();
	delscreen(screen);
	curses_on = false;
	if (t.grid_loaded)
		weekgrid_free(&t.grid);
	tui_invalidate(&t);
	planner_close(&t.pl);
	free(t.undo);
	return ZIO_OK;
}
