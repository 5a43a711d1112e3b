/* Colour roles from one table; monochrome attributes when colours are off (NO_COLOR, a
 * terminal without colours, or [ui] color = no). */
#include <stdlib.h>
#include <string.h>

#include "tui_internal.h"

struct role_def {
	short fg, bg;
	attr_t attr;       /* with colours */
	attr_t mono;       /* without */
};

static const struct role_def roles[UIR_COUNT] = {
	[UIR_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[UIR_TITLE] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE | A_BOLD },
	[UIR_STATUS] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[UIR_HEADER] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD | A_UNDERLINE },
	[UIR_SELECTED] = { COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE },
	[UIR_CLOSED] = { COLOR_BLUE, -1, A_DIM, A_DIM },
	[UIR_PARTLY] = { COLOR_CYAN, -1, A_NORMAL, A_UNDERLINE },
	[UIR_UNKNOWN] = { COLOR_MAGENTA, -1, A_NORMAL, A_DIM | A_UNDERLINE },
	[UIR_WARNING] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[UIR_ERROR] = { COLOR_RED, -1, A_BOLD, A_BOLD | A_BLINK },
	[UIR_CANCELLED] = { COLOR_RED, -1, A_DIM, A_DIM },
	[UIR_NOW] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[UIR_DIALOG] = { COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_REVERSE },
	[UIR_FIELD] = { COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_UNDERLINE },
	[UIR_MESSAGE] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
};

/* [ui] theme = contrast: white on black panels and bright marks, for projectors and
 * bright rooms. */
static const struct role_def contrast[UIR_COUNT] = {
	[UIR_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[UIR_TITLE] = { COLOR_BLACK, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD },
	[UIR_STATUS] = { COLOR_BLACK, COLOR_WHITE, A_BOLD, A_REVERSE },
	[UIR_HEADER] = { COLOR_WHITE, -1, A_BOLD | A_UNDERLINE, A_BOLD | A_UNDERLINE },
	[UIR_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, A_BOLD, A_REVERSE },
	[UIR_CLOSED] = { COLOR_CYAN, -1, A_BOLD, A_DIM },
	[UIR_PARTLY] = { COLOR_CYAN, -1, A_UNDERLINE, A_UNDERLINE },
	[UIR_UNKNOWN] = { COLOR_MAGENTA, -1, A_BOLD, A_DIM | A_UNDERLINE },
	[UIR_WARNING] = { COLOR_YELLOW, -1, A_BOLD | A_UNDERLINE, A_BOLD },
	[UIR_ERROR] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_BLINK },
	[UIR_CANCELLED] = { COLOR_RED, -1, A_BOLD, A_DIM },
	[UIR_NOW] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[UIR_DIALOG] = { COLOR_WHITE, COLOR_BLACK, A_BOLD, A_REVERSE },
	[UIR_FIELD] = { COLOR_BLACK, COLOR_WHITE, A_BOLD, A_UNDERLINE },
	[UIR_MESSAGE] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
};

static attr_t role_attr[UIR_COUNT];

void ui_theme_init(const struct config *cfg)
{
	const char *nc = getenv("NO_COLOR");
	/* NO_COLOR is honoured unless the config asks for colours outright */
	bool color = has_colors() && (cfg->color == CONFIG_YES || (cfg->color == CONFIG_AUTO && !(nc && *nc))) &&
		     strcmp(cfg->theme, "mono") != 0;
	const struct role_def *table = strcmp(cfg->theme, "contrast") == 0 ? contrast : roles;

	if (color) {
		start_color();
		use_default_colors();
	}
	for (int r = 0; r < UIR_COUNT; r++) {
		if (!color || r == UIR_NORMAL) {
			role_attr[r] = color ? table[r].attr : table[r].mono;
			continue;
		}
		init_pair((short)r, table[r].fg, table[r].bg);
		role_attr[r] = COLOR_PAIR(r) | table[r].attr;
	}
}

attr_t ui_attr(enum ui_role r)
{
	return r < UIR_COUNT ? role_attr[r] : A_NORMAL;
}
