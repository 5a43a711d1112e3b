/* Shared by every command: option parsing, help, errors, opening the database, transactions. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zio/cli.h"
#include "zio/logbook.h"
#include "zio/roster.h"
#include "zio/rules.h"

/* "school add", or just "init" for a command without verbs (group ""). */
static const char *sep(const char *group)
{
	return *group ? " " : "";
}

static void verb_help(const char *group, const struct cli_verb *v)
{
	printf(_("usage: zio %s%s%s %s\n\n%s.\n"), group, sep(group), v->name, _(v->usage), _(v->summary));
	if (v->help && *v->help)
		printf("\n%s\n", _(v->help));
}

int cli_usage(const char *group, const char *verb, const char *fmt, ...)
{
	va_list ap;

	char msg[ZIO_ERR_MAX];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, _(fmt), ap);
	va_end(ap);
	text_clean(msg);   /* it quotes what was typed */
	fprintf(stderr, "zio %s%s%s: %s", group, sep(group), verb, msg);
	fprintf(stderr, _(" (see zio %s%s%s --help)\n"), group, sep(group), verb);
	return ZIO_EUSAGE;
}

int cli_parse(const char *group, const struct cli_verb *v, int argc, char **argv,
	      const struct cli_opt *opts, int min_pos, int max_pos, char **pos)
{
	struct option lo[32];
	char shorts[64] = ":h";
	int n = 0, npos = 0, ch, idx;

	for (; opts && opts[n].name && n < 30; n++) {
		lo[n] = (struct option){ opts[n].name, opts[n].has_arg ? required_argument : no_argument,
					 NULL, 1000 + n };
		if (!opts[n].name[1] && strlen(shorts) < sizeof shorts - 3) {   /* "o": also -o */
			size_t k = strlen(shorts);
			shorts[k++] = opts[n].name[0];
			if (opts[n].has_arg)
				shorts[k++] = ':';
			shorts[k] = '\0';
		}
	}
	lo[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	lo[n] = (struct option){ NULL, 0, NULL, 0 };

	optind = 0;   /* GNU: full reinitialisation, so each verb parses afresh */
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shorts, lo, &idx)) != -1) {
		if (ch != 'h' && ch > 0 && ch < 256 && ch != '?' && ch != ':') {   /* a short option */
			for (int k = 0; opts && opts[k].name; k++)
				if (!opts[k].name[1] && opts[k].name[0] == ch)
					ch = 1000 + k;
		}
		if (ch == 'h') {
			verb_help(group, v);
			return CLI_HELP_SHOWN;
		}
		if (ch == '?')
			return cli_usage(group, v->name, "unknown option '%s'", argv[optind - 1]);
		if (ch == ':')
			return cli_usage(group, v->name, "option '%s' needs a value", argv[optind - 1]);
		*opts[ch - 1000].value = opts[ch - 1000].has_arg ? optarg : "1";
	}
	for (int i = optind; i < argc; i++) {
		if (npos == max_pos)
			return cli_usage(group, v->name, "unexpected argument '%s'", argv[i]);
		pos[npos++] = argv[i];
	}
	if (npos < min_pos)
		return cli_usage(group, v->name, "missing argument");
	for (int i = npos; i < max_pos; i++)
		pos[i] = NULL;
	return ZIO_OK;
}

int cli_dispatch(struct cli *c, const char *group, const char *summary,
		 const struct cli_verb *verbs, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "--help") && strcmp(argv[0], "-h") && strcmp(argv[0], "help")) {
		for (const struct cli_verb *v = verbs; v->name; v++)
			if (strcmp(v->name, argv[0]) == 0) {
				int rc = v->run(c, v, argc, argv);
				return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
			}
		fprintf(stderr, _("zio %s: unknown command '%s' (see zio %s --help)\n"), group, argv[0], group);
		return ZIO_EUSAGE;
	}
	if (argc < 1) {
		fprintf(stderr, _("zio %s: missing command (see zio %s --help)\n"), group, group);
		return ZIO_EUSAGE;
	}
	printf(_("usage: zio %s COMMAND [OPTIONS]\n\n%s.\n\ncommands:\n"), group, _(summary));
	for (const struct cli_verb *v = verbs; v->name; v++)
		printf("  %-9s %s\n", v->name, _(v->summary));
	printf(_("\nRun 'zio %s COMMAND --help' for the options of one command.\n"), group);
	return ZIO_OK;
}

int cli_open_path(struct cli *c, enum store_mode mode, struct zio_err *err)
{
	struct store_options opt = { c->cfg.busy_timeout_ms, c->cfg.db_group, c->cfg.db_group >= 0 };

	if ((mode == STORE_CREATE && config_make_parent(c->db_path, err)) ||
	    store_open(c->db_path, mode, &opt, &c->st, err))
		return err->code;
	if (actor_resolve(c->st, &c->actor, err)) {
		store_close(c->st);
		c->st = NULL;
		return err->code;
	}
	store_set_actor(c->st, &c->actor);
	store_set_clock(c->st, logbook_now);
	return ZIO_OK;
}

int cli_open(struct cli *c, struct zio_err *err)
{
	if (c->st)
		return ZIO_OK;
	if (config_db_path(&c->cfg, c->db_opt, c->db_path, sizeof c->db_path, err))
		return err->code;
	return cli_open_path(c, STORE_OPEN, err);
}

int cli_open_read(struct cli *c, struct zio_err *err)
{
	if (c->st)
		return ZIO_OK;
	if (cli_open(c, err))
		return err->code;
	return store_read_begin(c->st, err);
}

int cli_copy_text(char *dst, size_t len, const char *src, const char *what, struct zio_err *err)
{
	size_t n = strlen(src);

	if (n >= len)
		return zio_err_set(err, ZIO_EUSAGE, "%s is too long: %zu bytes, at most %zu", _(what), n, len - 1);
	memcpy(dst, src, n + 1);
	return ZIO_OK;
}

int cli_fail(const struct zio_err *err)
{
	fprintf(stderr, "zio: %s\n", err->msg[0] ? err->msg : _("failed"));
	return err->code ? err->code : ZIO_EDB;
}

int cli_write(struct cli *c, int (*fn)(struct cli *c, void *ctx, struct zio_err *err), void *ctx)
{
	struct zio_err err;
	FILE *out = stdout, *held;
	char *buf = NULL;
	size_t len = 0;
	int rc;

	zio_err_clear(&err);
	if (cli_open(c, &err) || store_begin(c->st, &err))
		return cli_fail(&err);
	/* What the change prints ("added ...") is held back until the commit has succeeded:
	 * a failed commit must not leave a report of a change that is not there. */
	fflush(stdout);
	held = open_memstream(&buf, &len);
	if (held)
		stdout = held;
	rc = fn(c, ctx, &err);
	if (held) {
		stdout = out;
		if (fclose(held) != 0 && !rc)
			rc = zio_err_set(&err, ZIO_EDB, "out of memory");
	}
	if (!rc && store_commit(c->st, &err))
		rc = err.code ? err.code : ZIO_EDB;
	else if (rc)
		store_rollback(c->st);
	if (!rc && len)
		fwrite(buf, 1, len, stdout);
	free(buf);
	return rc ? cli_fail(&err) : ZIO_OK;
}

int cli_parse_format(const char *group, const char *verb, const char *s, enum cli_format *out)
{
	if (!s || strcmp(s, "text") == 0)
		*out = CLI_TEXT;
	else if (strcmp(s, "csv") == 0)
		*out = CLI_CSV;
	else
		return cli_usage(group, verb, "invalid format '%s': expected text or csv", s);
	return ZIO_OK;
}

int cli_today(struct date *d, struct zio_err *err)
{
	const char *pin = getenv("ZIO_TODAY");

	if (pin && *pin) {
		struct zio_err e;
		if (date_parse(pin, d, &e))
			return zio_err_set(err, ZIO_EUSAGE, "ZIO_TODAY: %s", e.msg);
		return ZIO_OK;
	}
	*d = date_nl_from_time(time(NULL));
	return ZIO_OK;
}

struct school_count { int64_t first, n; };

static int count_school(const struct school *s, void *ctx)
{
	struct school_count *sc = ctx;
	if (sc->n++ == 0)
		sc->first = s->id;
	return 0;
}

int cli_pick_school(struct cli *c, const char *opt, int64_t *id, struct zio_err *err)
{
	struct school_count found = { 0, 0 };

	if (opt)
		return store_school_resolve(c->st, opt, id, err);
	if (c->cfg.school[0])
		return store_school_resolve(c->st, c->cfg.school, id, err);
	if (store_school_each(c->st, count_school, &found, err))
		return err->code;
	if (found.n == 1) {
		*id = found.first;
		return ZIO_OK;
	}
	if (found.n == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no schools yet: add one with zio school add");
	return zio_err_set(err, ZIO_EUSAGE,
			   "there are %lld schools: pick one with --school (or set [school] default in the config)",
			   (long long)found.n);
}

int cli_parse_period(const char *group, const char *verb, const char *week, const char *from,
		     const char *to, const char *year, struct date *a, struct date *b)
{
	struct zio_err err;
	struct isoweek w;
	int sy;

	if ((week != NULL) + (from != NULL || to != NULL) + (year != NULL) > 1)
		return cli_usage(group, verb, "give only one way of naming the period");
	if (year) {
		if (date_parse_school_year(year, &sy, &err))
			return cli_usage(group, verb, "%s", err.msg);
		*a = date_school_year_start(sy);
		*b = date_school_year_end(sy);
		return ZIO_OK;
	}
	if (from || to) {
		if (!from || !to)
			return cli_usage(group, verb, "give both --from and --to");
		if (date_parse(from, a, &err) || date_parse(to, b, &err))
			return cli_usage(group, verb, "%s", err.msg);
		if (date_cmp(*a, *b) > 0)
			return cli_usage(group, verb, "--to %s is before --from %s", to, from);
		return ZIO_OK;
	}
	if (week) {
		if (date_parse_isoweek(week, &w, &err))
			return cli_usage(group, verb, "%s", err.msg);
	} else {
		struct date today;
		if (cli_today(&today, &err))
			return cli_fail(&err);
		w = date_isoweek(today);
	}
	*a = date_from_isoweek(w, 1);
	*b = date_from_isoweek(w, 7);
	return ZIO_OK;
}

void cli_print_findings(FILE *f, const struct findings *fs, size_t from)
{
	for (size_t i = from; i < fs->n; i++)
		fprintf(f, rule_severity_of(fs->v[i].code) == RULE_ERROR ? _("error: %s [%s]\n") : _("warning: %s [%s]\n"),
			fs->v[i].msg, rule_code_name(fs->v[i].code));
}
