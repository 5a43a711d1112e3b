/* zio class add|list|edit|rm */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "class"

struct class_args {
	const char *key, *school, *name, *group, *pupils, *hours;
};

/* The school that scopes a class name: --school, else the config's default school, else any. */
static int class_scope(struct cli *c, const char *school, int64_t *id, struct zio_err *err)
{
	*id = 0;
	if (!school && c->cfg.school[0])
		school = c->cfg.school;
	return school ? store_school_resolve(c->st, school, id, err) : ZIO_OK;
}

static int class_apply(struct cli *c, struct class *k, const struct class_args *a, struct zio_err *err)
{
	if (a->name)
		if (cli_copy_text(k->name, sizeof k->name, a->name, N_("the name"), err))
			return ZIO_EUSAGE;
	if (a->group && store_group_resolve(c->st, a->group, &k->group_id, err))
		return err->code;
	if (a->pupils && units_parse_count(a->pupils, 1000, "--pupils", &k->pupils, err))
		return ZIO_EUSAGE;
	if (a->hours && strcasecmp(a->hours, "none") == 0)
		k->weekly_minutes = -1;
	else if (a->hours && units_parse_hours(a->hours, 168, "--hours", &k->weekly_minutes, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct class_args *a = ctx;
	struct class k = { .weekly_minutes = -1 };

	if (class_scope(c, a->school, &k.school_id, err) || class_apply(c, &k, a, err) ||
	    store_class_insert(c->st, &k, err))
		return err->code;
	printf(_("added class '%s' (id %lld)\n"), k.name, (long long)k.id);
	return ZIO_OK;
}

static int class_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct class_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "group", 1, &a.group }, { "pupils", 1, &a.pupils },
		{ "hours", 1, &a.hours }, { NULL, 0, NULL },
	};
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!a.school && !c->cfg.school[0])
		return cli_usage(G, v->name, "missing --school S (or set [school] default in the config)");
	if (!a.group)
		return cli_usage(G, v->name, "missing --group G");
	a.name = pos[0];
	return cli_write(c, do_insert, &a);
}

static int class_row(const struct class *k, void *ctx)
{
	enum cli_format fmt = cli_table_format(ctx);
	char id[24], pupils[16], hours[24];

	snprintf(id, sizeof id, "%lld", (long long)k->id);
	snprintf(pupils, sizeof pupils, "%d", k->pupils);
	units_format_hours(k->budget_minutes, cli_comma(fmt), hours, sizeof hours);
	return cli_table_row(ctx, (const char *[]){ id, k->name, k->school_name, k->group_name, pupils,
						     hours, cli_word(fmt, k->weekly_minutes >= 0 ? N_("class") : N_("group")) });
}

static int class_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL, *school = NULL, *group = NULL;
	const struct cli_opt opts[] = {
		{ "format", 1, &format }, { "school", 1, &school }, { "group", 1, &group }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("name"), N_("school"), N_("group"), N_("pupils"), N_("hours"),
					    N_("hours_from") };
	struct roster_filter f = { 0 };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &f.school_id, &err)) ||
	    (group && store_group_resolve(c->st, group, &f.group_id, &err)))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 7, head)))
		return ZIO_EDB;
	if (store_class_each(c->st, &f, class_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct class_args *a = ctx;
	struct class k;
	int64_t school_id, id;

	if (class_scope(c, a->school, &school_id, err) ||
	    store_class_resolve(c->st, a->key, school_id, &id, err) || store_class_get(c->st, id, &k, err) ||
	    class_apply(c, &k, a, err) || store_class_update(c->st, &k, err))
		return err->code;
	printf(_("changed class '%s' (id %lld)\n"), k.name, (long long)k.id);
	return ZIO_OK;
}

static int class_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct class_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "name", 1, &a.name }, { "group", 1, &a.group },
		{ "pupils", 1, &a.pupils }, { "hours", 1, &a.hours }, { NULL, 0, NULL },
	};
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.key = pos[0];
	return cli_write(c, do_edit, &a);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct class_args *a = ctx;
	struct class k;
	int64_t school_id, id;

	if (class_scope(c, a->school, &school_id, err) ||
	    store_class_resolve(c->st, a->key, school_id, &id, err) || store_class_get(c->st, id, &k, err) ||
	    store_class_delete(c->st, id, err))
		return err->code;
	printf(_("removed class '%s' of '%s'\n"), k.name, k.school_name);
	return ZIO_OK;
}

static int class_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct class_args a = { 0 };
	const struct cli_opt opts[] = { { "school", 1, &a.school }, { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.key = pos[0];
	return cli_write(c, do_rm, &a);
}

static const struct cli_verb verbs[] = {
	{ "add", class_add, N_("NAME --school S --group G [--pupils N] [--hours H]"), N_("add a class to a school"),
	  N_("  --school S        the school (name or id; default: [school] default of the config)\n"
	  "  --group G         its target group (doelgroep), which sets its weekly care budget\n"
	  "  --pupils N        number of pupils (a count only: zio keeps no pupil records)\n"
	  "  --hours H         weekly care hours when this class deviates from its target group\n"
	  "\nexample:\n  zio class add \"SO Egels\" --school \"De Wilgenhoek\" --group EMB --pupils 8") },
	{ "list", class_list, N_("[--school S] [--group G] [--format text|csv]"), N_("list classes"),
	  N_("  --format csv      id,name,school,group,pupils,hours,hours_from for scripts; hours is the\n"
	  "                    weekly budget, hours_from says whether it comes from the group or the class\n"
	  "\nexample:\n  zio class list --school \"De Wilgenhoek\"") },
	{ "edit", class_edit, N_("CLASS [--school S] [--name NAME] [--group G] [--pupils N] [--hours H|none]"),
	  N_("change a class (CLASS is its name or id; --school picks among classes of the same name)"),
	  N_("  --hours none      the class follows its target group's hours again\n"
	  "\nexample:\n  zio class edit \"SO Egels\" --school \"De Wilgenhoek\" --pupils 9") },
	{ "rm", class_rm, N_("CLASS [--school S]"), N_("remove a class and its fixed team"), "" },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_class(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Classes: target group, pupil count and weekly care budget"), verbs, argc, argv);
}
