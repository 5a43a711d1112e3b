/* zio school add|list|edit|rm */
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "school"

/* Apply the options common to add and edit onto s. */
static int school_apply(struct school *s, const char *region, const char *brin, const char *day,
			const char *name, struct zio_err *err)
{
	if (name)
		snprintf(s->name, sizeof s->name, "%s", name);
	if (region && units_parse_region(region, &s->region, err))
		return ZIO_EUSAGE;
	if (brin) {
		if (strcmp(brin, "none") == 0)
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
	printf("added school '%s' (id %lld)\n", s->name, (long long)s->id);
	return ZIO_OK;
}

static int school_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *region = NULL, *brin = NULL, *day = NULL;
	const struct cli_opt opts[] = {
		{ "region", 1, &region }, { "brin", 1, &brin }, { "day", 1, &day }, { NULL, 0, NULL },
	};
	char *pos[1];
	struct school s = { 0 };
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!region)
		return cli_usage(G, v->name, "missing --region noord|midden|zuid");
	s.day_start = c->cfg.day_start;
	s.day_end = c->cfg.day_end;
	if (school_apply(&s, region, brin, day, pos[0], &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_insert, &s);
}

struct school_list { struct cli_table *t; };

static int school_row(const struct school *s, void *ctx)
{
	struct school_list *l = ctx;
	char id[24], from[TIME_STR_LEN], to[TIME_STR_LEN], day[16];

	snprintf(id, sizeof id, "%lld", (long long)s->id);
	snprintf(day, sizeof day, "%s-%s", time_format(s->day_start, from), time_format(s->day_end, to));
	return cli_table_row(l->t, (const char *[]){ id, s->name, units_region_name(s->region), s->brin, day });
}

static int school_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { NULL, 0, NULL } };
	static const char *const head[] = { "id", "name", "region", "brin", "day" };
	struct school_list l;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open(c, &err))
		return cli_fail(&err);
	l.t = cli_table_new(fmt, 5, head);
	if (!l.t)
		return ZIO_EDB;
	if (store_school_each(c->st, school_row, &l, &err)) {
		cli_table_finish(l.t);
		return cli_fail(&err);
	}
	return cli_table_finish(l.t);
}

struct school_edit {
	const char *key, *name, *region, *brin, *day;
};

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	struct school_edit *e = ctx;
	struct school s;
	int64_t id;

	if (store_school_resolve(c->st, e->key, &id, err) || store_school_get(c->st, id, &s, err) ||
	    school_apply(&s, e->region, e->brin, e->day, e->name, err))
		return err->code;
	if (store_school_update(c->st, &s, err))
		return err->code;
	printf("changed school '%s' (id %lld)\n", s.name, (long long)s.id);
	return ZIO_OK;
}

static int school_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct school_edit e = { 0 };
	const struct cli_opt opts[] = {
		{ "name", 1, &e.name }, { "region", 1, &e.region }, { "brin", 1, &e.brin },
		{ "day", 1, &e.day }, { NULL, 0, NULL },
	};
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
	printf("removed school '%s'\n", s.name);
	return ZIO_OK;
}

static int school_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", school_add, "NAME --region noord|midden|zuid [--brin CODE] [--day HH:MM-HH:MM]",
	  "add a school",
	  "  --region R        holiday region: noord, midden or zuid (required)\n"
	  "  --brin CODE       the school's BRIN code, two digits and two letters (12AB)\n"
	  "  --day HH:MM-HH:MM the school day (default: [school] day of the config, 08:30-15:00)\n"
	  "\nexample:\n  zio school add \"De Wilgenhoek\" --region zuid --brin 99ZA --day 08:30-14:45" },
	{ "list", school_list, "[--format text|csv]", "list the schools",
	  "  --format csv      id,name,region,brin,day for scripts\n"
	  "\nexample:\n  zio school list --format csv" },
	{ "edit", school_edit, "SCHOOL [--name NAME] [--region R] [--brin CODE|none] [--day HH:MM-HH:MM]",
	  "change a school (SCHOOL is its name or id)",
	  "  --brin none       removes the BRIN code\n"
	  "\nexample:\n  zio school edit \"De Wilgenhoek\" --day 08:15-14:30" },
	{ "rm", school_rm, "SCHOOL", "remove a school that has no classes",
	  "\nexample:\n  zio school rm 3" },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_school(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, "Schools, with their holiday region and school day", verbs, argc, argv);
}
