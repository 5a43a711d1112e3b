/* zio's entry point: global options, the config, and dispatch to a command group. */
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"

struct command {
	const char *name;
	int (*run)(struct cli *c, int argc, char **argv);
	const char *summary;
};

static const struct command commands[] = {
	{ "init", cli_init, N_("create a new database (--demo: with made-up demo data)") },
	{ "school", cli_school, N_("schools: add, list, edit, rm") },
	{ "group", cli_group, N_("target groups (doelgroepen): add, list, edit, rm") },
	{ "class", cli_class, N_("classes: add, list, edit, rm") },
	{ "provider", cli_provider, N_("care providers (zorgaanbieders): add, list, edit, rm") },
	{ "staff", cli_staff, N_("care professionals: add, list, edit, rm") },
	{ "team", cli_team, N_("fixed teams of classes (vaste gezichten): add, list, rm") },
	{ "import", cli_import, N_("import classes or staff from a CSV file") },
	{ "holidays", cli_holidays, N_("closed days of a school year; import holiday dates") },
	{ "closure", cli_closure, N_("study days and other closures: add, list, rm") },
	{ "calendar", cli_calendar, N_("one week of a school: open, closed and why") },
	{ "pattern", cli_pattern, N_("weekly patterns of the classes: add, list, rm") },
	{ "plan", cli_plan, N_("the rooster in bulk: fill from patterns, copy, clear") },
	{ "shift", cli_shift, N_("shifts: add, edit, move, cancel, rm, list") },
	{ "check", cli_check, N_("list the rule findings (errors, warnings) of a period") },
	{ "week", cli_week, N_("print a school's week as a grid") },
	{ "today", cli_today_cmd, N_("the day's rota: who is in which class") },
	{ "log", cli_log, N_("delivered hours: confirm, add, absent, edit, rm, list") },
	{ "timesheet", cli_timesheet, N_("the weekly sign-off: submit, approve, dispute, reopen, list") },
	{ "export", cli_export, N_("the week's timesheet as CSV, Excel or PDF") },
	{ "report", cli_report, N_("budget, funding, delivery and fixed faces") },
	{ "user", cli_user, N_("who may change what: add, list, edit, rm") },
	{ "audit", cli_audit, N_("every change: who, when, what, old and new values") },
	{ "backup", cli_backup, N_("a consistent copy of the database while others work") },
	{ "restore", cli_restore, N_("replace the database with a backup (the current one kept aside)") },
	{ "tui", cli_tui, N_("the full-screen interface (the default without a command)") },
	{ NULL, NULL, NULL },
};

static void usage(FILE *f)
{
	fputs(_("usage: zio [--db FILE] [--config FILE] [--school S] [--week W] [--view V]\n"
		"       zio [--db FILE] [--config FILE] COMMAND [ARGS]\n"
		"\n"
		"zio plans care in school time (ZiO): the fixed care professionals of each class,\n"
		"the weekly rooster, the hours delivered and the weekly urenstaat.\n"
		"Without a command, zio opens its full-screen interface: the week planner, the day\n"
		"rota, staff, classes, hours and the calendar (press ? inside for the keys).\n"
		"\n"
		"commands:\n"), f);
	for (const struct command *c = commands; c->name; c++)
		fprintf(f, "  %-9s %s\n", c->name, _(c->summary));
	fputs(_("\n"
		"options:\n"
		"  --db FILE       the database (default: $ZIO_DB, [database] path, or\n"
		"                  $XDG_DATA_HOME/zio/zio.db)\n"
		"  --config FILE   the config file (default: $XDG_CONFIG_HOME/zio/zio.ini)\n"
		"  -h, --help      this help; 'zio COMMAND --help' for a command\n"
		"  -V, --version   the version of zio and of SQLite\n"
		"\n"
		"exit codes: 0 ok, 1 refused by a rule, 2 bad usage or input, 3 database or file error,\n"
		"4 not allowed for your role.\n"
		"See zio(1) and zio.ini(5).\n"), f);
}

/* Take --db and --config out of argv wherever they stand (before "--"), so that both
 * "zio --db F school list" and "zio school list --db F" work. Returns the new argc. */
static int take_globals(struct cli *c, int argc, char **argv)
{
	int out = 1;

	for (int i = 1; i < argc; i++) {
		const char **slot = NULL;
		const char *a = argv[i];
		size_t n = 0;

		if (strcmp(a, "--") == 0) {
			while (i < argc)
				argv[out++] = argv[i++];
			break;
		}
		if (strncmp(a, "--db", 4) == 0 && (a[4] == '\0' || a[4] == '='))
			slot = &c->db_opt, n = 4;
		else if (strncmp(a, "--config", 8) == 0 && (a[8] == '\0' || a[8] == '='))
			slot = &c->config_opt, n = 8;
		if (!slot) {
			argv[out++] = argv[i];
			continue;
		}
		if (a[n] == '=') {
			*slot = a + n + 1;
		} else if (i + 1 < argc) {
			*slot = argv[++i];
		} else {
			fprintf(stderr, _("zio: option '%s' needs a value (see zio --help)\n"), a);
			return -1;
		}
		if (!**slot) {
			fprintf(stderr, _("zio: option '%.*s' needs a non-empty value\n"), (int)n, a);
			return -1;
		}
	}
	argv[out] = NULL;
	return out;
}

/* Under LeakSanitizer (make SANITIZE=1): fontconfig, used by the PDF export, keeps its
 * configuration until the process ends; that is not a leak of ours. */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libfontconfig.so\n";
}

/* ... and it need not be announced on stderr, where the tests want one line or none. */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
	return "print_suppressions=0";
}

int main(int argc, char **argv)
{
	struct cli c = { 0 };
	struct zio_err err;
	int rc;

	/* Width of names on the terminal is computed without the locale; LC_CTYPE is only set
	 * for ncurses, which needs it for UTF-8. */
	setlocale(LC_CTYPE, "");
	/* Over RLIMIT_FSIZE (a file size quota) write() fails with EFBIG and zio reports it,
	 * instead of being killed by SIGXFSZ with an export's temporary file left behind. */
	signal(SIGXFSZ, SIG_IGN);

	i18n_init(NULL);   /* the environment's language, until the config says otherwise */
	argc = take_globals(&c, argc, argv);
	if (argc < 0)
		return ZIO_EUSAGE;
	if (argc >= 2 && strcmp(argv[1], "--") == 0) {   /* "zio -- school list" */
		argv++;
		argc--;
	}
	zio_err_clear(&err);
	if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help"))) {
		/* in the config's language when the config can be read; the help needs none */
		if (config_load(&c.cfg, c.config_opt, &err) == ZIO_OK)
			i18n_init(c.cfg.language);
		zio_err_clear(&err);
		usage(stdout);
		rc = ZIO_OK;
	} else if (argc >= 2 && (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V"))) {
		printf("zio %s (SQLite %s)\n", ZIO_VERSION, store_sqlite_version());
		rc = ZIO_OK;
	} else if (config_load(&c.cfg, c.config_opt, &err)) {
		return cli_fail(&err);
	} else if (i18n_init(c.cfg.language) >= 0 && (argc < 2 || argv[1][0] == '-')) {
		/* bare zio, or zio --school S --week W --view V: the interface (the language of
		 * the config from here on) */
		rc = cli_tui(&c, argc - 1, argv + 1);
	} else {
		const struct command *cmd = commands;
		while (cmd->name && strcmp(cmd->name, argv[1]))
			cmd++;
		if (!cmd->name) {
			fprintf(stderr, _("zio: unknown command '%s' (see zio --help)\n"), argv[1]);
			return ZIO_EUSAGE;
		}
		rc = cmd->run(&c, argc - 2, argv + 2);
	}
	store_close(c.st);
	/* Output that did not arrive is a failure, even of --help (think: disk full). */
	if ((fflush(stdout) != 0 || ferror(stdout)) && rc != ZIO_EDB) {
		fprintf(stderr, _("zio: cannot write output: %s\n"), zio_strerror(errno));
		rc = ZIO_EDB;
	}
	return rc;
}
