/* The full-screen interface arrives with its own issue; until then bare `zio` says so and
 * shows what the database holds, so that `make demo` has something to show. */
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/roster.h"

int cli_tui(struct cli *c, int argc, char **argv)
{
	struct roster_counts n;
	struct zio_err err;

	if (argc > 0 && (!strcmp(argv[0], "--help") || !strcmp(argv[0], "-h"))) {
		printf("usage: zio [tui]\n\nthe full-screen interface. It is not built yet: for now zio prints a\n"
		       "summary of the database and the commands to try.\n");
		return ZIO_OK;
	}
	if (argc > 0) {
		fprintf(stderr, "zio tui: unexpected argument '%s' (see zio --help)\n", argv[0]);
		return ZIO_EUSAGE;
	}
	zio_err_clear(&err);
	if (cli_open(c, &err) || store_roster_counts(c->st, &n, &err))
		return cli_fail(&err);
	printf("zio: the full-screen interface is not built yet; use the commands (zio --help).\n"
	       "database %s: %lld schools, %lld target groups, %lld classes, %lld providers,\n"
	       "%lld professionals, %lld fixed-team memberships.\n"
	       "try: zio class list, zio staff list, zio team list\n",
	       c->db_path, (long long)n.schools, (long long)n.groups, (long long)n.classes,
	       (long long)n.providers, (long long)n.professionals, (long long)n.team_members);
	return ZIO_OK;
}
