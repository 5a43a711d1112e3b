/* Shared by the files of src/tui/: the interface's state, its views, colour roles and the
 * widgets. Only src/tui/ includes it. */
#ifndef ZIO_TUI_INTERNAL_H
#define ZIO_TUI_INTERNAL_H

#include <curses.h>
#include <stdbool.h>
#include <stdint.h>

#include "zio/access.h"
#include "zio/cli.h"
#include "zio/hours.h"
#include "zio/i18n.h"
#include "zio/plan.h"
#include "zio/roster.h"
#include "zio/tui.h"
#include "zio/weekgrid.h"

#define TUI_MIN_COLS 80
#define TUI_MIN_ROWS 24

/* Colour roles: views ask for a role, never a colour pair. */
enum ui_role {
	UIR_NORMAL, UIR_TITLE, UIR_STATUS, UIR_HEADER, UIR_SELECTED, UIR_CLOSED, UIR_PARTLY,
	UIR_UNKNOWN, UIR_WARNING, UIR_ERROR, UIR_CANCELLED, UIR_NOW, UIR_DIALOG, UIR_FIELD,
	UIR_MESSAGE, UIR_COUNT
};
void ui_theme_init(const struct config *cfg);
attr_t ui_attr(enum ui_role r);

enum view_id { VIEW_WEEK, VIEW_DAY, VIEW_STAFF, VIEW_CLASSES, VIEW_HOURS, VIEW_TIMESHEETS,
	       VIEW_CALENDAR, VIEW_REPORTS, VIEW_COUNT };

/* One key of a view, for the help screen and the status line. */
struct key_help {
	const char *keys;   /* "a" */
	const char *what;   /* "add a shift", for the help screen */
	const char *label;  /* "add", for the status line; NULL: only in the help */
	enum access_act act;   /* what it does: hidden and refused when the role may not */
};
/* The key belongs to k (its keys are words like "a", "y Enter", "S"). */
bool tui_key_is(const struct key_help *k, int ch, bool is_key);
struct tui;
bool tui_may(const struct tui *t, enum access_act act);

struct tui;

struct view {
	const char *name;   /* "week": the --view name */
	const char *title;  /* "Week planner", marked N_(): translated where drawn */
	const struct key_help *keys;
	void (*draw)(struct tui *t);
	bool (*key)(struct tui *t, int ch, bool is_key);   /* true when handled */
	void (*click)(struct tui *t, int y, int x);
	void (*reload)(struct tui *t);                     /* the data changed */
};

/* One change made in this session, kept so that u can undo it through the store. */
enum undo_kind { UNDO_ADD, UNDO_CHANGE, UNDO_DELETE, UNDO_BULK };
struct undo {
	enum undo_kind kind;
	struct shift before, after;
	int64_t school_id, min_id, max_id;   /* UNDO_BULK: shifts of the school with ids in
					      * (min_id, max_id] ... */
	struct date from, to;          /* ... in this period */
	char what[160];
};

struct tui {
	struct cli *c;
	struct planner pl;
	int64_t school_id;
	struct school school;
	struct isoweek week;
	struct date day;               /* the selected day (day rota) */
	struct date today;
	enum view_id view;
	bool quit;
	/* week planner */
	struct week_grid grid;
	bool grid_loaded, by_staff;
	size_t sel_row, top_row, sel_item;
	int sel_day;                   /* 0..4 */
	/* the selected line and the first shown of each list view */
	int list_sel[VIEW_COUNT], list_top[VIEW_COUNT];
	/* the status line message */
	char msg[320];
	bool msg_error;
	/* undo */
	struct undo *undo;
	size_t nundo, capundo;
	/* someone else's changes */
	int64_t data_version;
	/* drawn instead of a view while there is no school yet (first_run.c) */
	void (*backdrop)(struct tui *t);
};

extern const struct view view_week, view_day, view_staff, view_classes, view_calendar,
	view_hours, view_timesheets, view_reports;

/* tui.c */
void tui_message(struct tui *t, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void tui_set_week(struct tui *t, struct isoweek w);
void tui_invalidate(struct tui *t);            /* reload the data of the views */
void tui_draw_frame(struct tui *t, const char *title_extra);   /* title bar and status line */
int tui_body_top(void);                        /* first row of a view's body */
int tui_body_rows(void);                       /* rows of a view's body */
/* Run fn in one write transaction; shows the error and returns non-zero on failure. */
int tui_write(struct tui *t, int (*fn)(struct tui *t, void *ctx, struct zio_err *err), void *ctx);
void tui_push_undo(struct tui *t, const struct undo *u);
void tui_undo(struct tui *t);
void tui_show_help(struct tui *t);
/* Draw the current view and frame again (under a dialog, after a resize). */
void tui_redraw(struct tui *t);
bool tui_pick_school(struct tui *t);

/* first_run.c: no database (have_db false) or no school yet: make a roster or open the
 * demo; on success t->c->st is open on a database with a school. */
int tui_first_run(struct tui *t, bool have_db, struct zio_err *err);

/* widgets.c */
/* Draw s at (y, x) in at most `width` columns, control characters shown as '?'; pads
 * with spaces to width when pad. Returns the columns used. */
int ui_text(int y, int x, int width, const char *s, bool pad);
/* s over at most `lines` lines of `width` columns, broken between words where that leaves
 * the first line two thirds full, else inside a word (a name too long for them all keeps its
 * end, "VSO dagbest… 2", in view); each line padded.
 * Returns the lines used. */
int ui_text_lines(int y, int x, int width, int lines, const char *s);
void ui_fill(int y, int x, int width);
/* Words and numbers as the chosen language shows them: a decimal comma in Dutch (in place:
 * "19.5" -> "19,5"), the role of a user, the status of a timesheet (and the widest of them),
 * s cut or padded to exactly cols display columns. Weekdays: _(date_weekday_name(d)). */
char *ui_decimal(char *buf);
const char *ui_role_name(enum role r);
const char *ui_status_name(enum ts_status s);
int ui_status_width(void);
const char *ui_pad(const char *s, int cols, char *buf, size_t len);
/* A word whose msgid carries a context, "staff column|contract": translated, or without the
 * context when untranslated (English), so that one English word can have two Dutch ones. */
const char *ui_ctx(const char *msgid);
void ui_box(int y, int x, int h, int w, const char *title);
/* A one-line prompt at the bottom; buf holds the default. 1 on Enter, 0 on Esc. */
int ui_prompt(struct tui *t, const char *label, char *buf, size_t len);
/* y/n question at the bottom; true on y. */
bool ui_confirm(struct tui *t, const char *question);
/* Pick one of n items (typing filters); sep: index of the first item after a divider, or -1.
 * Returns the index or -1 when cancelled. */
int ui_pick(struct tui *t, const char *title, const char *const *items, int n, int sel, int sep,
	    const char *filter);

/* A dialog form. A field is text (checked as typed by `check`) or a choice from items. */
struct form_field {
	const char *label;
	char value[ZIO_NAME_LEN];
	/* text fields */
	int (*check)(const char *value, struct zio_err *err);
	/* choice fields */
	const char *const *items;
	int nitems, choice, sep;
	bool readonly;
};
/* Run the form; `confirm` (may be NULL) judges the whole form before saving: it returns
 * 0 to save, -1 to stay in the form (after showing why). true when saved, false on Esc. */
bool ui_form(struct tui *t, const char *title, struct form_field *f, int n,
	     int (*confirm)(struct tui *t, struct form_field *f, int n, void *ctx), void *ctx);
/* Show lines in a dialog until a key. */
void ui_show_lines(struct tui *t, const char *title, const char *const *lines, int n);

/* Read a key: returns the character or key code; *is_key tells KEY_* codes apart. ERR on
 * timeout. After Ctrl-C, TERM or HUP it returns Esc, so that every dialog backs out and the
 * main loop can end. */
int ui_getkey(bool *is_key);
/* A quit signal arrived. */
bool tui_quitting(void);
/* The terminal is below 80x24: dialogs draw nothing but the message then. */
bool tui_too_small(void);

#endif
