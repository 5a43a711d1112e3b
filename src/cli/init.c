/* zio init [--demo]: create a new database, never over an existing one. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "zio/cli.h"
#include "zio/demo.h"
#include "zio/roster.h"

static const struct cli_verb init_verb = {
	"init", NULL, N_("[--demo]"), N_("create a new, empty zio database (never overwrites one)"),
	N_("  --demo            fill it with a made-up region for this school year: two schools,\n"
	"                    eight target groups, about forty classes, two providers and\n"
	"                    35 professionals with their fixed teams\n"
	"\nThe database is --db FILE, $ZIO_DB, [database] path of the config, or\n"
	"$XDG_DATA_HOME/zio/zio.db. It is created with mode 0600.\n"
	"\nexample:\n  zio --db /tmp/try.db init --demo"),
};

/* "2 schools, 40 classes, 35 professionals", each count with its own singular or plural */
static const char *roster_summary(const struct roster_counts *n, char *buf, size_t len)
{
	char s[64], c[64], p[64];

	snprintf(s, sizeof s, _n("%lld school", "%lld schools", n->schools), (long long)n->schools);
	snprintf(c, sizeof c, _n("%lld class", "%lld classes", n->classes), (long long)n->classes);
	snprintf(p, sizeof p, _n("%lld professional", "%lld professionals", n->professionals), (long long)n->professionals);
	snprintf(buf, len, "%s, %s, %s", s, c, p);
	return buf;
}

int cli_init(struct cli *c, int argc, char **argv)
{
	const char *demo = NULL;
	const struct cli_opt opts[] = { { "demo", 0, &demo }, { NULL, 0, NULL } };
	struct roster_counts n;
	struct zio_err err;
	struct date d;
	char sum[200];
	char **av = argv - 1;   /* cli_parse wants the verb in argv[0] */
	int rc;

	rc = cli_parse("", &init_verb, argc + 1, av, opts, 0, 0, NULL);
	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	zio_err_clear(&err);
	if (cli_today(&d, &err) || config_db_path(&c->cfg, c->db_opt, c->db_path, sizeof c->db_path, &err) ||
	    cli_open_path(c, STORE_CREATE, &err))
		return cli_fail(&err);
	if (demo) {
		if (store_begin(c->st, &err) || demo_fill(c->st, &c->cfg, d, &err) || store_commit(c->st, &err)) {
			store_rollback(c->st);
			store_close(c->st);
			c->st = NULL;
			unlink(c->db_path);
			return cli_fail(&err);
		}
		if (store_roster_counts(c->st, &n, &err))
			return cli_fail(&err);
		/* TRANSLATORS: the database and "2 schools, 40 classes, 35 professionals" */
		printf(_("created %s with demo data: %s\n"), c->db_path, roster_summary(&n, sum, sizeof sum));
	} else {
		printf(_("created %s\n"), c->db_path);
	}
	return ZIO_OK;
}
