/* zio school add|list|edit|rm */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "school"

static int parse_choice(const char *v, const char *opt, enum school_choice *out, struct zio_err *err)
{
	if (strcasecmp(v, "closed") == 0)
		*out = CHOICE_CLOSED;
	else if (strcasecmp(v, "open") == 0)
		*out = CHOICE_OPEN;
	else if (strcasecmp(v, "default") == 0)
		*out = CHOICE_DEFAULT;
	else
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': expected open, closed or default", opt, v);
	return ZIO_OK;
}

static const char *choice_word(enum school_choice c)
{
	return c == CHOICE_CLOSED ? N_("closed") : c == CHOICE_OPEN ? N_("open") : N_("default");
}

struct school_args {
	const char *key, *name, *region, *brin, *day, *good_friday, *liberation_day, *ascension_friday;
};

#define SCHOOL_OPTS(a) \
	{ "region", 1, &(a).region }, { "brin", 1, &(a).brin }, { "day", 1, &(a).day }, \
	{ "good-friday", 1, &(a).good_friday }, { "liberation-day", 1, &(a).liberation_day }, \
	{ "friday-after-ascension", 1, &(a).ascension_friday }

/* Apply the options common to add and edit onto s. */
static int school_apply(struct school *s, const struct school_args *a, struct zio_err *err)
{
	const char *name = a->name, *region = a->region, *brin = a->brin, *day = a->day;

	if ((a->good_friday && parse_choice(a->good_friday, "--good-friday", &s->good_friday, err)) ||
	    (a->liberation_day && parse_choice(a->liberation_day, "--liberation-day", &s->liberation_day, err)) ||
	    (a->ascension_friday &&
	     parse_choice(a->ascension_friday, "--friday-after-ascension", &s->friday_after_ascension, err)))
		return ZIO_EUSAGE;
	if (name)
		if (cli_copy_text(s->name, sizeof s->name, name, N_("the name"), err))
			return ZIO_EUSAGE;
	if (region && units_parse_region(region, &s->region, err))
		return ZIO_EUSAGE;
	if (brin) {
		if (strcasecmp(brin, "none") == 0)
			s->brin[0] = '\0';
		else if (strlen(brin) >= sizeof s->brin)
			return zio_err_set(err, ZIO_EUSAGE, "invalid BRIN code '%s': expected two digits and two capital letters, like 12AB", brin);
		else
			snprintf(s->brin, sizeof s->brin, "%s", brin);
	}
	if (day && time_parse_range(day, &s->day_start, &s->day_end, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	struct school *s = ctx;
	if (store_school_insert(c->st, s, err))
		return err->code;
	printf(_("added school '%s' (id %lld)\n"), s->name, (long long)s->id);
	return ZIO_OK;
}

static int school_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct school_args a = { 0 };
	const struct cli_opt opts[] = { SCHOOL_OPTS(a), { NULL, 0, NULL } };
	char *pos[1];
	struct school s = { 0 };
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!a.region)
		return cli_usage(G, v->name, "missing --region noord|midden|zuid");
	s.day_start = c->cfg.day_start;
	s.day_end = c->cfg.day_end;
	a.name = pos[0];
	if (school_apply(&s, &a, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_insert, &s);
}

struct school_list { struct cli_table *t; };

static int school_row(const struct school *s, void *ctx)
{
	struct school_list *l = ctx;
	enum cli_format fmt = cli_table_format(l->t);
	char id[24], from[TIME_STR_LEN], to[TIME_STR_LEN], day[16];

	snprintf(id, sizeof id, "%lld", (long long)s->id);
	snprintf(day, sizeof day, "%s-%s", time_format(s->day_start, from), time_format(s->day_end, to));
	return cli_table_row(l->t, (const char *[]){ id, s->name, units_region_name(s->region), s->brin, day,
						      cli_word(fmt, choice_word(s->good_friday)),
						      cli_word(fmt, choice_word(s->liberation_day)),
						      cli_word(fmt, choice_word(s->friday_after_ascension)) });
}

static int school_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { NULL, 0, NULL } };
	static const char *const head[] = { N_("id"), N_("name"), N_("region"), N_("brin"), N_("day"),
					    N_("good_friday"), N_("liberation_day"), N_("friday_after_ascension") };
	struct school_list l;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err))
		return cli_fail(&err);
	l.t = cli_table_new(fmt, 8, head);
	if (!l.t)
		return ZIO_EDB;
	if (store_school_each(c->st, school_row, &l, &err)) {
		cli_table_finish(l.t);
		return cli_fail(&err);
	}
	return cli_table_finish(l.t);
}

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct school_args *e = ctx;
	struct school s;
	int64_t id;

	if (store_school_resolve(c->st, e->key, &id, err) || store_school_get(c->st, id, &s, err) ||
	    school_apply(&s, e, err))
		return err->code;
	if (store_school_update(c->st, &s, err))
		return err->code;
	printf(_("changed school '%s' (id %lld)\n"), s.name, (long long)s.id);
	return ZIO_OK;
}

static int school_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct school_args e = { 0 };
	const struct cli_opt opts[] = { { "name", 1, &e.name }, SCHOOL_OPTS(e), { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	e.key = pos[0];
	return cli_write(c, do_edit, &e);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	struct school s;
	int64_t id;

	if (store_school_resolve(c->st, ctx, &id, err) || store_school_get(c->st, id, &s, err) ||
	    store_school_delete(c->st, id, err))
		return err->code;
	printf(_("removed school '%s'\n"), s.name);
	return ZIO_OK;
}

static int school_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", school_add,
	  N_("NAME --region noord|midden|zuid [--brin CODE] [--day HH:MM-HH:MM] [--good-friday C] "
	  "[--liberation-day C] [--friday-after-ascension C]"),
	  N_("add a school"),
	  N_("  --region R        holiday region: noord, midden or zuid (required)\n"
	  "  --brin CODE       the school's BRIN code, two digits and two letters (12AB)\n"
	  "  --day HH:MM-HH:MM the school day (default: [school] day of the config, 08:30-15:00)\n"
	  "  --good-friday open|closed|default             Goede Vrijdag (default: closed)\n"
	  "  --liberation-day open|closed|default          Bevrijdingsdag (default: closed)\n"
	  "  --friday-after-ascension open|closed|default  the Friday after Hemelvaart (default: open)\n"
	  "'default' follows [school] in the config.\n"
	  "\nexample:\n  zio school add \"De Wilgenhoek\" --region zuid --brin 99ZA --day 08:30-14:45") },
	{ "list", school_list, N_("[--format text|csv]"), N_("list the schools"),
	  N_("  --format csv      id,name,region,brin,day,good_friday,liberation_day,\n"
	  "                    friday_after_ascension for scripts\n"
	  "\nexample:\n  zio school list --format csv") },
	{ "edit", school_edit,
	  N_("SCHOOL [--name NAME] [--region R] [--brin CODE|none] [--day HH:MM-HH:MM] [--good-friday C] "
	  "[--liberation-day C] [--friday-after-ascension C]"),
	  N_("change a school (SCHOOL is its name or id)"),
	  N_("  --brin none       removes the BRIN code\n"
	  "  C is open, closed or default, as for zio school add\n"
	  "\nexample:\n  zio school edit \"De Wilgenhoek\" --day 08:15-14:30") },
	{ "rm", school_rm, N_("SCHOOL"), N_("remove a school that has no classes"),
	  N_("\nexample:\n  zio school rm 3") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_school(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Schools, with their holiday region and school day"), verbs, argc, argv);
}
