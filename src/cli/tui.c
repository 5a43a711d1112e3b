/* zio [tui] [--school S] [--week W] [--view V]: the full-screen interface. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "zio/cli.h"
#include "zio/roster.h"
#include "zio/tui.h"

static const struct cli_verb tui_verb = {
	"tui", NULL, N_("[--school S] [--week W] [--view week|day|staff|classes|hours|timesheets|calendar|reports]"),
	N_("open the full-screen interface (also: zio with no command)"),
	N_("  --school S        the school to open on (default: [school] default, or the only one)\n"
	"  --week W          the ISO week to open on (default: this week)\n"
	"  --view V          the view to open on (default: week)\n"
	"Press ? inside for the keys of each view, q to quit.\n"
	"\nexample:\n  zio --school \"De Wilgenhoek\" --view day"),
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
	if (config_db_path(&c->cfg, c->db_opt, c->db_path, sizeof c->db_path, &err))
		return cli_fail(&err);
	/* no database yet, or no school in it: the interface offers to make one */
	if (access(c->db_path, F_OK) != 0 && errno == ENOENT) {
		st.first_run = true;
	} else {
		struct roster_counts n;
		if (cli_open(c, &err) || store_roster_counts(c->st, &n, &err))
			return cli_fail(&err);
		st.first_run = n.schools == 0;
	}
	return tui_run(c, &st);
}
