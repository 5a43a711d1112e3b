/* zio team add|list|rm: the fixed team (vaste gezichten) of each class */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "team"

struct team_args {
	const char *staff, *klass, *school, *from, *to;
};

static int team_resolve(struct cli *c, const struct team_args *a, int64_t *staff_id, int64_t *class_id,
			struct zio_err *err)
{
	int64_t school_id = 0;
	const char *school = a->school ? a->school : (c->cfg.school[0] ? c->cfg.school : NULL);

	if (school && store_school_resolve(c->st, school, &school_id, err))
		return err->code;
	if (store_staff_resolve(c->st, a->staff, 0, staff_id, err) ||
	    store_class_resolve(c->st, a->klass, school_id, class_id, err))
		return err->code;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct team_args *a = ctx;
	struct team_member t = { 0 };
	struct professional p;
	struct class k;

	if (team_resolve(c, a, &t.professional_id, &t.class_id, err))
		return err->code;
	if ((a->from && date_parse(a->from, &t.from, err)) || (a->to && date_parse(a->to, &t.to, err)))
		return ZIO_EUSAGE;
	if (store_staff_get(c->st, t.professional_id, &p, err) || store_class_get(c->st, t.class_id, &k, err) ||
	    store_team_insert(c->st, &t, err))
		return err->code;
	printf(_("added %s to the fixed team of %s (%s)\n"), p.name, k.name, k.school_name);
	return ZIO_OK;
}

static int team_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct team_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "from", 1, &a.from }, { "to", 1, &a.to }, { NULL, 0, NULL },
	};
	char *pos[2];
	int rc = cli_parse(G, v, argc, argv, opts, 2, 2, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	a.klass = pos[1];
	return cli_write(c, do_insert, &a);
}

static int team_row(const struct team_member *t, void *ctx)
{
	char id[24], from[DATE_STR_LEN] = "", to[DATE_STR_LEN] = "";

	snprintf(id, sizeof id, "%lld", (long long)t->id);
	if (t->from.y)
		date_format(t->from, from);
	if (t->to.y)
		date_format(t->to, to);
	return cli_table_row(ctx, (const char *[]){ id, t->professional_name, t->class_name, t->school_name,
						     from, to });
}

static int team_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL, *school = NULL, *klass = NULL, *staff = NULL;
	const struct cli_opt opts[] = {
		{ "format", 1, &format }, { "school", 1, &school }, { "class", 1, &klass },
		{ "staff", 1, &staff }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("name"), N_("class"), N_("school"), N_("from"), N_("to") };
	struct roster_filter f = { 0 };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &f.school_id, &err)) ||
	    (klass && store_class_resolve(c->st, klass, f.school_id, &f.class_id, &err)) ||
	    (staff && store_staff_resolve(c->st, staff, 0, &f.professional_id, &err)))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 6, head)))
		return ZIO_EDB;
	if (store_team_each(c->st, &f, team_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct team_args *a = ctx;
	int64_t staff_id, class_id, id;

	if (!a->klass) {   /* one argument: the membership's id */
		if (!text_is_id(a->staff))
			return zio_err_set(err, ZIO_EUSAGE,
					   "give STAFF CLASS, or the id of the membership (zio team list)");
		id = strtoll(a->staff, NULL, 10);
	} else if (team_resolve(c, a, &staff_id, &class_id, err) ||
		   store_team_find(c->st, staff_id, class_id, &id, err)) {
		return err->code;
	}
	if (store_team_delete(c->st, id, err))
		return err->code;
	printf(_("removed team membership %lld\n"), (long long)id);
	return ZIO_OK;
}

static int team_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct team_args a = { 0 };
	const struct cli_opt opts[] = { { "school", 1, &a.school }, { NULL, 0, NULL } };
	char *pos[2];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 2, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	a.klass = pos[1];
	return cli_write(c, do_rm, &a);
}

static const struct cli_verb verbs[] = {
	{ "add", team_add, N_("STAFF CLASS [--school S] [--from DATE] [--to DATE]"),
	  N_("make a professional one of the fixed faces of a class"),
	  N_("  --school S        picks the class when several schools have one of that name\n"
	  "  --from DATE       first day in the team (YYYY-MM-DD; default: open-ended)\n"
	  "  --to DATE         last day in the team\n"
	  "\nexample:\n  zio team add \"Zoë de Vries\" \"SO Egels\" --school \"De Wilgenhoek\" --from 2026-08-24") },
	{ "list", team_list, N_("[--school S] [--class C] [--staff P] [--format text|csv]"),
	  N_("list fixed-team memberships"),
	  N_("  --format csv      id,name,class,school,from,to for scripts (name: the professional)\n"
	  "\nexample:\n  zio team list --class \"SO Egels\"") },
	{ "rm", team_rm, N_("STAFF CLASS [--school S] | ID"), N_("take a professional out of a class's fixed team"),
	  N_("\nexample:\n  zio team rm \"Zoë de Vries\" \"SO Egels\"") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_team(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Fixed teams (vaste gezichten): the professionals of each class"), verbs,
			    argc, argv);
}
