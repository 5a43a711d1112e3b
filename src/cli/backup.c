/* zio backup FILE and zio restore FILE: a copy of the database while others work, and the
 * way back to one, with the current content kept aside first. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "zio/cli.h"
#include "zio/roster.h"

static const struct cli_verb backup_verb = {
	"backup", NULL, N_("FILE"), N_("write a consistent copy of the database to FILE"),
	N_("FILE must not exist. The copy is made with SQLite's online backup API, so others may\n"
	"go on working; it is written to a temporary file next to FILE and put in place when\n"
	"complete, with mode 0600. zio also makes a copy by itself before it upgrades the\n"
	"schema of a database: DB.schema-vN.bak next to it.\n"
	"\nexample:\n  zio backup /srv/zio/backup/zio-$(date +%F).db"),
};

static const struct cli_verb restore_verb = {
	"restore", NULL, N_("FILE"), N_("replace the database's content with a backup"),
	N_("FILE must be a zio database (checked before anything changes: its identity, a schema\n"
	"this zio knows, and SQLite's quick_check). The current content is first copied to\n"
	"DB.before-restore-YYYYMMDD-HHMMSS next to the database, then replaced; an older schema\n"
	"is upgraded. Others who have zio open see the restored content at once.\n"
	"\nexample:\n  zio restore /srv/zio/backup/zio-2026-11-20.db"),
};

int cli_backup(struct cli *c, int argc, char **argv)
{
	const struct cli_opt opts[] = { { NULL, 0, NULL } };
	char *pos[1];
	struct zio_err err;
	int rc = cli_parse("", &backup_verb, argc + 1, argv - 1, opts, 1, 1, pos);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	zio_err_clear(&err);
	if (cli_open(c, &err) || store_backup_to(c->st, pos[0], &err))
		return cli_fail(&err);
	printf(_("backed up %s to %s\n"), c->db_path, pos[0]);
	return ZIO_OK;
}

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

int cli_restore(struct cli *c, int argc, char **argv)
{
	const struct cli_opt opts[] = { { NULL, 0, NULL } };
	char *pos[1];
	char aside[PATH_MAX + 64], stamp[32], sum[200];
	struct roster_counts n;
	struct zio_err err;
	struct tm tm;
	struct stat a, b;
	time_t now = time(NULL);
	int rc = cli_parse("", &restore_verb, argc + 1, argv - 1, opts, 1, 1, pos);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	zio_err_clear(&err);
	if (cli_open(c, &err))
		return cli_fail(&err);
	if (stat(pos[0], &a) == 0 && stat(c->db_path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
		return cli_usage("", "restore", "%s is the database itself", pos[0]);
	if (store_backup_check(pos[0], &err))
		return cli_fail(&err);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime_r(&now, &tm));
	snprintf(aside, sizeof aside, "%s.before-restore-%s", c->db_path, stamp);
	for (int i = 2; access(aside, F_OK) == 0 && i < 100; i++)
		snprintf(aside, sizeof aside, "%s.before-restore-%s-%d", c->db_path, stamp, i);
	if (store_backup_to(c->st, aside, &err))
		return cli_fail(&err);
	if (store_restore_from(c->st, pos[0], &err)) {
		fprintf(stderr, _("zio: %s (the database is as it was; a copy is in %s)\n"), err.msg, aside);
		return err.code ? err.code : ZIO_EDB;
	}
	if (store_roster_counts(c->st, &n, &err))
		return cli_fail(&err);
	/* TRANSLATORS: the database, the backup, "2 schools, 40 classes, 35 professionals" and the copy */
	printf(_("restored %s from %s: %s; the previous content is in %s\n"), c->db_path, pos[0],
	       roster_summary(&n, sum, sizeof sum), aside);
	return ZIO_OK;
}
