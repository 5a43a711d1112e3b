/* zio [tui] [--school S] [--week W] [--view V]: the full-screen interface. */
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/tui.h"

static const struct cli_verb tui_verb = {
	"tui", NULL, "[--school S] [--week W] [--view week|day|staff|classes|hours|timesheets|calendar|reports]",
	"open the full-screen interface (also: zio with no command)",
	"  --school S        the school to open on (default: [school] default, or the only one)\n"
	"  --week W          the ISO week to open on (default: this week)\n"
	"  --view V          the view to open on (default: week)\n"
	"Press ? inside for the keys of each view, q to quit.\n"
	"\nexample:\n  zio --school \"De Wilgenhoek\" --view day",
};

int cli_tui(struct cli *c, int argc, char **argv)
{
	struct tui_start st = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &st.school }, { "week", 1, &st.week }, { "view", 1, &st.view }, { NULL, 0, NULL },
	};
	struct zio_err err;
	int rc = cli_parse("", &tui_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	zio_err_clear(&err);
	if (cli_open(c, &err))
		return cli_fail(&err);
	return tui_run(c, &st);
}
