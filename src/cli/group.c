/* zio group add|list|edit|rm: target groups (doelgroepen) */
#include <stdio.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "group"

static int group_apply(struct target_group *g, const char *name, const char *hours,
		       const char *share, struct zio_err *err)
{
	if (name)
		if (cli_copy_text(g->name, sizeof g->name, name, N_("the name"), err))
			return ZIO_EUSAGE;
	if (hours && units_parse_hours(hours, 168, "--hours", &g->weekly_minutes, err))
		return ZIO_EUSAGE;
	if (share && units_parse_percent(share, "--wlz-share", &g->wlz_share_bp, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	struct target_group *g = ctx;
	if (store_group_insert(c->st, g, err))
		return err->code;
	printf(_("added target group '%s' (id %lld)\n"), g->name, (long long)g->id);
	return ZIO_OK;
}

static int group_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *hours = NULL, *share = NULL;
	const struct cli_opt opts[] = { { "hours", 1, &hours }, { "wlz-share", 1, &share }, { NULL, 0, NULL } };
	char *pos[1];
	struct target_group g = { 0 };
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!hours || !share)
		return cli_usage(G, v->name, "missing %s", !hours ? "--hours H" : "--wlz-share PCT");
	if (group_apply(&g, pos[0], hours, share, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_insert, &g);
}

static int group_row(const struct target_group *g, void *ctx)
{
	enum cli_format fmt = cli_table_format(ctx);
	char id[24], hours[24], share[16];

	snprintf(id, sizeof id, "%lld", (long long)g->id);
	units_format_hours(g->weekly_minutes, cli_comma(fmt), hours, sizeof hours);
	cli_decimal(fmt, units_format_percent(g->wlz_share_bp, share, sizeof share));
	return cli_table_row(ctx, (const char *[]){ id, g->name, hours, share });
}

static int group_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { NULL, 0, NULL } };
	static const char *const head[] = { N_("id"), N_("name"), N_("hours"), N_("wlz_share") };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 4, head)))
		return ZIO_EDB;
	if (store_group_each(c->st, group_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

struct group_edit { const char *key, *name, *hours, *share; };

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	struct group_edit *e = ctx;
	struct target_group g;
	int64_t id;

	if (store_group_resolve(c->st, e->key, &id, err) || store_group_get(c->st, id, &g, err) ||
	    group_apply(&g, e->name, e->hours, e->share, err) || store_group_update(c->st, &g, err))
		return err->code;
	printf(_("changed target group '%s' (id %lld)\n"), g.name, (long long)g.id);
	return ZIO_OK;
}

static int group_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct group_edit e = { 0 };
	const struct cli_opt opts[] = {
		{ "name", 1, &e.name }, { "hours", 1, &e.hours }, { "wlz-share", 1, &e.share }, { NULL, 0, NULL },
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
	struct target_group g;
	int64_t id;

	if (store_group_resolve(c->st, ctx, &id, err) || store_group_get(c->st, id, &g, err) ||
	    store_group_delete(c->st, id, err))
		return err->code;
	printf(_("removed target group '%s'\n"), g.name);
	return ZIO_OK;
}

static int group_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", group_add, N_("NAME --hours H --wlz-share PCT"), N_("add a target group (doelgroep)"),
	  N_("  --hours H         standard weekly care hours per class, decimals allowed (12.5)\n"
	  "  --wlz-share PCT   share of the hours paid under the Wlz, 0-100; the rest is Jeugdwet\n"
	  "\nexample:\n  zio group add \"EMB\" --hours 32 --wlz-share 85") },
	{ "list", group_list, N_("[--format text|csv]"), N_("list the target groups"),
	  N_("  --format csv      id,name,hours,wlz_share for scripts\n") },
	{ "edit", group_edit, N_("GROUP [--name NAME] [--hours H] [--wlz-share PCT]"),
	  N_("change a target group (GROUP is its name or id)"),
	  N_("\nexample:\n  zio group edit EMB --hours 30.5") },
	{ "rm", group_rm, N_("GROUP"), N_("remove a target group that no class uses"), "" },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_group(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Target groups (doelgroepen): weekly care hours per class and the Wlz share"),
			    verbs, argc, argv);
}
