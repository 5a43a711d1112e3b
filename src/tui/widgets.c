/* Widgets: clipped text, prompts, pickers, forms. Text is measured in display columns (so
 * "Zoë" takes three) and never sent raw: control characters become '?'. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "tui_internal.h"

int ui_text(int y, int x, int width, const char *s, bool pad)
{
	char buf[1024];
	size_t n;
	int used = 0;

	if (width <= 0)
		return 0;
	snprintf(buf, sizeof buf, "%s", s ? s : "");
	text_clean(buf);
	n = text_fit(buf, width, &used);
	mvaddnstr(y, x, buf, (int)n);
	if (pad)
		for (int i = used; i < width; i++)
			addch(' ');
	return used;
}

/* Like ui_text, but a text that does not fit ends in "…", so the reader knows there is more. */
static int ui_text_cut(int y, int x, int width, const char *s)
{
	int used = 0;

	if (width <= 1 || text_width(s) <= width)
		return ui_text(y, x, width, s, false);
	{
		char buf[1024];
		size_t n;

		snprintf(buf, sizeof buf, "%s", s);
		text_clean(buf);
		n = text_fit(buf, width - 1, &used);
		mvaddnstr(y, x, buf, (int)n);
		addstr("\u2026");
	}
	return used + 1;
}

/* The line for s in width columns: s itself when it fits, else its start, "…" and a short
 * last word (up to three columns: "2", "1B", "EMB"), which often tells classes apart
 * ("VSO dagbest… 2"), else as much as fits. */
static void fit_keep_end(const char *s, int width, char *buf, size_t len)
{
	const char *last = strrchr(s, ' ');
	int w = 0;
	size_t n;

	if (text_width(s) <= width) {
		snprintf(buf, len, "%s", s);
	} else if (last && text_width(last + 1) <= 3 && width > text_width(last + 1) + 4) {
		n = text_fit(s, width - text_width(last + 1) - 2, &w);
		snprintf(buf, len, "%.*s\u2026 %s", (int)n, s, last + 1);
	} else {   /* as much as the column holds, like every other cut name */
		n = text_fit(s, width, &w);
		snprintf(buf, len, "%.*s", (int)n, s);
	}
}

int ui_text_lines(int y, int x, int width, int lines, const char *s)
{
	const char *p = s ? s : "";
	char buf[1024];

	if (width <= 1)
		return 0;
	for (int l = 0; l < lines; l++) {
		int w = 0;
		size_t n = text_fit(p, width, &w), cut = n;

		if (!p[n] || l == lines - 1) {   /* the rest fits, or the last line */
			fit_keep_end(p, width, buf, sizeof buf);
			ui_text(y + l, x, width, buf, true);
			return l + 1;
		}
		while (cut > 0 && p[cut] != ' ')   /* break at the last space that fits */
			cut--;
		snprintf(buf, sizeof buf, "%.*s", (int)cut, p);
		if (cut == 0 || 3 * text_width(buf) < 2 * width) {   /* a short first line: break in the word */
			cut = n;
			snprintf(buf, sizeof buf, "%.*s", (int)cut, p);
		}
		ui_text(y + l, x, width, buf, true);
		p += cut;
		while (*p == ' ')
			p++;
	}
	return lines;
}

char *ui_decimal(char *buf)
{
	if (i18n_decimal_comma())
		for (char *p = buf; *p; p++)
			if (*p == '.' && p > buf && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '9')
				*p = ',';
	return buf;
}

const char *ui_role_name(enum role r)
{
	/* TRANSLATORS: the roles of zio user add --role, as the interface shows them */
	static const char *const names[] = { N_("admin"), N_("teamlead"), N_("school"), N_("contract") };
	return (unsigned)r < sizeof names / sizeof names[0] ? _(names[r]) : role_name(r);
}

const char *ui_status_name(enum ts_status s)
{
	/* TRANSLATORS: the sign-off status of a week's timesheet */
	static const char *const names[] = { N_("draft"), N_("submitted"), N_("approved"), N_("disputed"), N_("reopened") };
	return (unsigned)s < sizeof names / sizeof names[0] ? _(names[s]) : ts_status_name(s);
}

int ui_status_width(void)
{
	int w = 0;
	for (int s = TS_DRAFT; s <= TS_REOPENED; s++)
		if (text_width(ui_status_name((enum ts_status)s)) > w)
			w = text_width(ui_status_name((enum ts_status)s));
	return w;
}

const char *ui_ctx(const char *msgid)
{
	const char *t = _(msgid), *bar = strchr(msgid, '|');

	return bar && (t == msgid || !strcmp(t, msgid)) ? bar + 1 : t;
}

const char *ui_pad(const char *s, int cols, char *buf, size_t len)
{
	int used;
	size_t n = text_fit(s, cols, &used);

	snprintf(buf, len, "%.*s%*s", (int)n, s, cols - used, "");
	return buf;
}

void ui_fill(int y, int x, int width)
{
	move(y, x);
	for (int i = 0; i < width; i++)
		addch(' ');
}

void ui_box(int y, int x, int h, int w, const char *title)
{
	attron(ui_attr(UIR_DIALOG));
	for (int r = 0; r < h; r++)
		ui_fill(y + r, x, w);
	mvaddch(y, x, ACS_ULCORNER);
	mvaddch(y, x + w - 1, ACS_URCORNER);
	mvaddch(y + h - 1, x, ACS_LLCORNER);
	mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	mvhline(y, x + 1, ACS_HLINE, w - 2);
	mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
	mvvline(y + 1, x, ACS_VLINE, h - 2);
	mvvline(y + 1, x + w - 1, ACS_VLINE, h - 2);
	if (title && *title) {
		mvaddch(y, x + 2, ' ');
		ui_text(y, x + 3, w - 6, title, false);
		addch(' ');
	}
	attroff(ui_attr(UIR_DIALOG));
}

int ui_getkey(bool *is_key)
{
	wint_t ch;
	int r;

	*is_key = false;
	if (tui_quitting())
		return 27;
	r = get_wch(&ch);
	if (tui_quitting())
		return 27;
	*is_key = r == KEY_CODE_YES;
	if (r == ERR)
		return ERR;
	return (int)ch;
}

/* Append code point cp to buf as UTF-8 if it fits. */
static void utf8_append(char *buf, size_t len, unsigned cp)
{
	size_t n = strlen(buf);
	char enc[4];
	int k;

	if (cp < 0x80)
		enc[0] = (char)cp, k = 1;
	else if (cp < 0x800)
		enc[0] = (char)(0xc0 | cp >> 6), enc[1] = (char)(0x80 | (cp & 0x3f)), k = 2;
	else if (cp < 0x10000)
		enc[0] = (char)(0xe0 | cp >> 12), enc[1] = (char)(0x80 | ((cp >> 6) & 0x3f)),
		enc[2] = (char)(0x80 | (cp & 0x3f)), k = 3;
	else
		enc[0] = (char)(0xf0 | cp >> 18), enc[1] = (char)(0x80 | ((cp >> 12) & 0x3f)),
		enc[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), enc[3] = (char)(0x80 | (cp & 0x3f)), k = 4;
	if (n + (size_t)k < len) {
		memcpy(buf + n, enc, (size_t)k);
		buf[n + (size_t)k] = '\0';
	}
}

/* Remove the last UTF-8 character of buf. */
static void utf8_backspace(char *buf)
{
	size_t n = strlen(buf);
	while (n > 0 && ((unsigned char)buf[n - 1] & 0xc0) == 0x80)
		n--;
	if (n > 0)
		n--;
	buf[n] = '\0';
}

/* A text edit key: true when it changed buf. */
static bool edit_key(char *buf, size_t len, int ch, bool is_key)
{
	if ((is_key && ch == KEY_BACKSPACE) || ch == 127 || ch == 8) {
		utf8_backspace(buf);
		return true;
	}
	if (!is_key && ch == 21) {   /* Ctrl-U */
		buf[0] = '\0';
		return true;
	}
	if (!is_key && ch >= 0x20 && ch != 0x7f) {
		utf8_append(buf, len, (unsigned)ch);
		return true;
	}
	return false;
}

int ui_prompt(struct tui *t, const char *label, char *buf, size_t len)
{
	for (;;) {
		bool is_key;
		int ch, w;

		tui_redraw(t);
		if (tui_too_small()) {
			refresh();
			ch = ui_getkey(&is_key);
			if (!is_key && ch == 27)
				return 0;
			continue;
		}
		attron(ui_attr(UIR_STATUS));
		ui_fill(LINES - 1, 0, COLS);
		w = ui_text(LINES - 1, 0, COLS / 2, label, false);
		ui_text(LINES - 1, w + 1, COLS - w - 2, buf, false);
		attroff(ui_attr(UIR_STATUS));
		curs_set(1);
		refresh();
		ch = ui_getkey(&is_key);
		curs_set(0);
		if (ch == ERR)
			continue;
		if (!is_key && ch == 27)
			return 0;
		if ((!is_key && (ch == '\n' || ch == '\r')) || (is_key && ch == KEY_ENTER))
			return 1;
		edit_key(buf, len, ch, is_key);
	}
}

bool ui_confirm(struct tui *t, const char *question)
{
	for (;;) {
		bool is_key;
		int ch;

		tui_redraw(t);
		if (tui_too_small()) {
			refresh();
			ch = ui_getkey(&is_key);
			if (!is_key && ch == 27)
				return false;
			continue;
		}
		attron(ui_attr(UIR_STATUS));
		ui_fill(LINES - 1, 0, COLS);
		/* TRANSLATORS: the answer keys of a yes/no question; zio takes j and y for yes */
		int w = ui_text(LINES - 1, 0, COLS, _("(y/n)"), false) + 1;
		ui_text(LINES - 1, w, COLS - w, question, false);
		attroff(ui_attr(UIR_STATUS));
		refresh();
		ch = ui_getkey(&is_key);
		if (ch == ERR || (is_key && ch == KEY_RESIZE))
			continue;
		return !is_key && (ch == 'y' || ch == 'Y' || ch == 'j' || ch == 'J');
	}
}

static bool matches(const char *item, const char *filter)
{
	size_t n = strlen(filter);
	if (!n)
		return true;
	for (const char *p = item; *p; p++)
		if (strncasecmp(p, filter, n) == 0)
			return true;
	return false;
}

int ui_pick(struct tui *t, const char *title, const char *const *items, int n, int sel, int sep,
	    const char *initial)
{
	char filter[64] = "";
	int *shown = malloc((size_t)(n > 0 ? n : 1) * sizeof *shown), nshown, cur = 0, top = 0, result = -1;

	if (!shown)
		return -1;
	if (initial)
		snprintf(filter, sizeof filter, "%s", initial);
	for (;;) {
		const char *footer = _("Enter choose  Esc cancel  type to find"), *find = _("find: ");
		int h, w = text_width(footer) + 6, y, x, rows, fw = text_width(find);   /* wide enough for the footer */
		bool is_key;
		int ch;

		nshown = 0;
		for (int i = 0; i < n; i++)
			if (matches(items[i], filter)) {
				if (i == sel && !filter[0])
					cur = nshown;
				shown[nshown++] = i;
			}
		sel = -1;
		for (int i = 0; i < n; i++)
			w = text_width(items[i]) + 6 > w ? text_width(items[i]) + 6 : w;
		w = w > COLS - 4 ? COLS - 4 : w;
		h = nshown + 4 > LINES - 4 ? LINES - 4 : (nshown + 4 < 6 ? 6 : nshown + 4);
		rows = h - 4;
		y = (LINES - h) / 2;
		x = (COLS - w) / 2;
		if (cur >= nshown)
			cur = nshown ? nshown - 1 : 0;
		if (cur < top)
			top = cur;
		if (cur >= top + rows)
			top = cur - rows + 1;
		tui_redraw(t);
		if (tui_too_small()) {   /* only the "make the window larger" message */
			refresh();
			ch = ui_getkey(&is_key);
			if (!is_key && ch == 27)
				break;
			continue;
		}
		ui_box(y, x, h, w, title);
		attron(ui_attr(UIR_DIALOG));
		ui_text(y + 1, x + 2, w - 4, find, false);
		ui_text(y + 1, x + 2 + fw, w - 4 - fw, filter, false);
		for (int r = 0; r < rows && top + r < nshown; r++) {
			int i = shown[top + r];
			bool divider = sep >= 0 && i == sep && !filter[0];
			attr_t a = top + r == cur ? ui_attr(UIR_SELECTED) : ui_attr(UIR_DIALOG);
			attron(a);
			ui_text(y + 2 + r, x + 2, w - 4, items[i], true);
			attroff(a);
			if (divider)   /* the fixed team above, the others below */
				mvchgat(y + 2 + r, x + 2, w - 4, A_UNDERLINE | (top + r == cur ? ui_attr(UIR_SELECTED) : ui_attr(UIR_DIALOG)), 0, NULL);
			attron(ui_attr(UIR_DIALOG));
		}
		ui_text(y + h - 2, x + 2, w - 4, footer, false);
		attroff(ui_attr(UIR_DIALOG));
		refresh();
		ch = ui_getkey(&is_key);
		if (ch == ERR || (is_key && ch == KEY_RESIZE))
			continue;
		if (!is_key && ch == 27)
			break;
		if ((!is_key && (ch == '\n' || ch == '\r')) || (is_key && ch == KEY_ENTER)) {
			if (nshown > 0)
				result = shown[cur];
			break;
		}
		if (is_key && ch == KEY_UP)
			cur = cur > 0 ? cur - 1 : 0;
		else if (is_key && ch == KEY_DOWN)
			cur = cur + 1 < nshown ? cur + 1 : cur;
		else if (is_key && ch == KEY_PPAGE)
			cur = cur > rows ? cur - rows : 0;
		else if (is_key && ch == KEY_NPAGE)
			cur = cur + rows < nshown ? cur + rows : (nshown ? nshown - 1 : 0);
		else if (edit_key(filter, sizeof filter, ch, is_key))
			cur = top = 0;
	}
	free(shown);
	return result;
}

static int form_check(struct form_field *f, char *msg, size_t len)
{
	struct zio_err err;

	msg[0] = '\0';
	if (f->items || f->readonly || !f->check)
		return 0;
	zio_err_clear(&err);
	if (f->check(f->value, &err)) {
		snprintf(msg, len, "%s", err.msg);
		return -1;
	}
	return 0;
}

bool ui_form(struct tui *t, const char *title, struct form_field *f, int n,
	     int (*confirm)(struct tui *t, struct form_field *f, int n, void *ctx), void *ctx)
{
	int cur = 0;

	while (cur < n && f[cur].readonly)
		cur++;
	for (;;) {
		int h = 2 * n + 5, w = COLS - 8 > 74 ? 74 : COLS - 8, y = (LINES - h) / 2, x = (COLS - w) / 2;
		int lw = 16, vw;
		char msg[ZIO_ERR_MAX];
		bool is_key;
		int ch;

		for (int i = 0; i < n; i++)   /* room for the longest label and a space (Dutch ones are longer) */
			if (text_width(f[i].label) >= lw)
				lw = text_width(f[i].label) + 1 > w / 2 ? w / 2 : text_width(f[i].label) + 1;
		vw = w - lw - 6;
		tui_redraw(t);
		if (tui_too_small()) {   /* only the "make the window larger" message */
			refresh();
			ch = ui_getkey(&is_key);
			if (!is_key && ch == 27)
				return false;
			continue;
		}
		ui_box(y, x, h, w, title);
		for (int i = 0; i < n; i++) {
			char line[ZIO_NAME_LEN + 8];
			attron(ui_attr(UIR_DIALOG));
			ui_text(y + 2 + 2 * i, x + 2, lw, f[i].label, true);
			attroff(ui_attr(UIR_DIALOG));
			if (f[i].items)
				snprintf(line, sizeof line, "%s", f[i].choice >= 0 ? f[i].items[f[i].choice] : _("(choose)"));
			else
				snprintf(line, sizeof line, "%s", f[i].value);
			attron(i == cur ? ui_attr(UIR_SELECTED) : f[i].readonly ? ui_attr(UIR_DIALOG) : ui_attr(UIR_FIELD));
			ui_text(y + 2 + 2 * i, x + 2 + lw, vw, line, true);
			attroff(i == cur ? ui_attr(UIR_SELECTED) : f[i].readonly ? ui_attr(UIR_DIALOG) : ui_attr(UIR_FIELD));
			if (form_check(&f[i], msg, sizeof msg)) {
				attron(ui_attr(UIR_ERROR));
				ui_text_cut(y + 3 + 2 * i, x + 2 + lw, vw, msg);
				attroff(ui_attr(UIR_ERROR));
			}
		}
		/* the whole message of the field at the cursor, on the screen's last line: under
		 * the field there is room for only part of it */
		if (form_check(&f[cur], msg, sizeof msg)) {
			attron(ui_attr(UIR_ERROR));
			ui_fill(LINES - 1, 0, COLS);
			ui_text_cut(LINES - 1, 0, COLS, msg);
			attroff(ui_attr(UIR_ERROR));
		}
		attron(ui_attr(UIR_DIALOG));
		ui_text(y + h - 2, x + 2, w - 4,
			f[cur].items ? _("Tab next  Space/letters choose  Enter save  Esc cancel")
				     : _("Tab next  Enter save  Esc cancel"), false);
		attroff(ui_attr(UIR_DIALOG));
		if (!f[cur].items && !f[cur].readonly) {
			curs_set(1);
			move(y + 2 + 2 * cur, x + 2 + lw + text_width(f[cur].value));
		}
		refresh();
		ch = ui_getkey(&is_key);
		curs_set(0);
		if (ch == ERR || (is_key && ch == KEY_RESIZE))
			continue;
		if (!is_key && ch == 27)
			return false;
		if ((!is_key && ch == '\t') || (is_key && ch == KEY_DOWN)) {
			do
				cur = (cur + 1) % n;
			while (f[cur].readonly);
			continue;
		}
		if (is_key && (ch == KEY_BTAB || ch == KEY_UP)) {
			do
				cur = (cur + n - 1) % n;
			while (f[cur].readonly);
			continue;
		}
		if ((!is_key && (ch == '\n' || ch == '\r')) || (is_key && ch == KEY_ENTER)) {
			int bad = -1;
			for (int i = 0; i < n && bad < 0; i++)
				if (form_check(&f[i], msg, sizeof msg) || (f[i].items && f[i].choice < 0))
					bad = i;
			if (bad >= 0) {
				cur = bad;
				continue;
			}
			if (!confirm || confirm(t, f, n, ctx) == 0)
				return true;
			continue;
		}
		if (f[cur].items) {
			if (is_key && (ch == KEY_LEFT || ch == KEY_RIGHT) && f[cur].nitems > 0) {
				int d = ch == KEY_LEFT ? -1 : 1;
				f[cur].choice = (f[cur].choice + d + f[cur].nitems) % f[cur].nitems;
			} else if (!is_key && ch >= 0x20) {
				char first[8] = "";
				if (ch != ' ')   /* a letter starts the search */
					utf8_append(first, sizeof first, (unsigned)ch);
				int k = ui_pick(t, f[cur].label, f[cur].items, f[cur].nitems, f[cur].choice, f[cur].sep,
						first);
				if (k >= 0)
					f[cur].choice = k;
			}
			continue;
		}
		if (!f[cur].readonly)
			edit_key(f[cur].value, sizeof f[cur].value, ch, is_key);
	}
}

void ui_show_lines(struct tui *t, const char *title, const char *const *lines, int n)
{
	int top = 0;

	for (;;) {
		int h = LINES - 4, w = COLS - 6, y = 2, x = 3, rows = h - 3;
		bool is_key;
		int ch;

		tui_redraw(t);
		if (tui_too_small()) {   /* only the "make the window larger" message */
			refresh();
			ch = ui_getkey(&is_key);
			if (!is_key && ch == 27)
				break;
			continue;
		}
		ui_box(y, x, h, w, title);
		attron(ui_attr(UIR_DIALOG));
		for (int r = 0; r < rows && top + r < n; r++)
			ui_text(y + 1 + r, x + 2, w - 4, lines[top + r], false);
		ui_text(y + h - 1, x + 2, w - 4, _(" q or Esc close, arrows scroll "), false);
		attroff(ui_attr(UIR_DIALOG));
		refresh();
		ch = ui_getkey(&is_key);
		if (ch == ERR || (is_key && ch == KEY_RESIZE))
			continue;
		if (is_key && ch == KEY_DOWN)
			top += top + rows < n;
		else if (is_key && ch == KEY_UP)
			top -= top > 0;
		else if (is_key && ch == KEY_NPAGE)
			top = top + rows < n ? top + rows : top;
		else if (is_key && ch == KEY_PPAGE)
			top = top > rows ? top - rows : 0;
		else if (is_key)
			continue;   /* other keys (resize, F-keys) keep it open */
		else if (ch == 'q' || ch == 27 || ch == '\r' || ch == '\n' || ch == ' ')
			return;
	}
}
