/* tui: the full-screen ncurses interface: the week planner, the day rota, staff, classes,
 * calendar and the views to come. It calls the same core, app and store functions as the CLI. */
#ifndef ZIO_TUI_H
#define ZIO_TUI_H

#include <stdbool.h>

struct cli;

struct tui_start {
	const char *school;   /* --school S */
	const char *week;     /* --week W */
	const char *view;     /* --view week|day|staff|classes|hours|timesheets|calendar|reports */
	bool first_run;       /* no database yet, or no school in it: offer to make one */
};

/* Run the interface on the terminal until the user quits; the terminal is restored on every
 * way out (quit, Ctrl-C, a fatal signal). Returns an exit status. */
int tui_run(struct cli *c, const struct tui_start *start);

#endif
