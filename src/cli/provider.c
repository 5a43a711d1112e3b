/* zio provider add|list|edit|rm: care providers (zorgaanbieders) */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "provider"

static int provider_apply(struct provider *p, const char *name, const char *rate, struct zio_err *err)
{
	if (name)
		if (cli_copy_text(p->name, sizeof p->name, name, N_("the name"), err))
			return ZIO_EUSAGE;
	if (rate && strcasecmp(rate, "none") == 0)
		p->rate_cents = -1;
	else if (rate && units_parse_euro(rate, "--rate", &p->rate_cents, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	struct provider *p = ctx;
	if (store_provider_insert(c->st, p, err))
		return err->code;
	printf(_("added provider '%s' (id %lld)\n"), p->name, (long long)p->id);
	return ZIO_OK;
}

static int provider_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *rate = NULL;
	const struct cli_opt opts[] = { { "rate", 1, &rate }, { NULL, 0, NULL } };
	char *pos[1];
	struct provider p = { .rate_cents = -1 };
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (provider_apply(&p, pos[0], rate, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_insert, &p);
}

static int provider_row(const struct provider *p, void *ctx)
{
	char id[24], rate[32] = "";

	snprintf(id, sizeof id, "%lld", (long long)p->id);
	if (p->rate_cents >= 0)
		cli_decimal(cli_table_format(ctx), units_format_euro(p->rate_cents, rate, sizeof rate));
	return cli_table_row(ctx, (const char *[]){ id, p->name, rate });
}

static int provider_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { NULL, 0, NULL } };
	static const char *const head[] = { N_("id"), N_("name"), N_("rate") };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 3, head)))
		return ZIO_EDB;
	if (store_provider_each(c->st, provider_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

struct provider_edit { const char *key, *name, *rate; };

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	struct provider_edit *e = ctx;
	struct provider p;
	int64_t id;

	if (store_provider_resolve(c->st, e->key, &id, err) || store_provider_get(c->st, id, &p, err) ||
	    provider_apply(&p, e->name, e->rate, err) || store_provider_update(c->st, &p, err))
		return err->code;
	printf(_("changed provider '%s' (id %lld)\n"), p.name, (long long)p.id);
	return ZIO_OK;
}

static int provider_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct provider_edit e = { 0 };
	const struct cli_opt opts[] = { { "name", 1, &e.name }, { "rate", 1, &e.rate }, { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	e.key = pos[0];
	return cli_write(c, do_edit, &e);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	struct provider p;
	int64_t id;

	if (store_provider_resolve(c->st, ctx, &id, err) || store_provider_get(c->st, id, &p, err) ||
	    store_provider_delete(c->st, id, err))
		return err->code;
	printf(_("removed provider '%s'\n"), p.name);
	return ZIO_OK;
}

static int provider_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", provider_add, N_("NAME [--rate EUR]"), N_("add a care provider (zorgaanbieder)"),
	  N_("  --rate EUR        hourly rate in euros (58.50), the same for Jeugdwet and Wlz hours\n"
	  "\nexample:\n  zio provider add \"Zorggroep Horizon\" --rate 58.50") },
	{ "list", provider_list, N_("[--format text|csv]"), N_("list the providers"),
	  N_("  --format csv      id,name,rate for scripts\n") },
	{ "edit", provider_edit, N_("PROVIDER [--name NAME] [--rate EUR|none]"),
	  N_("change a provider (PROVIDER is its name or id)"),
	  N_("\nexample:\n  zio provider edit \"Zorggroep Horizon\" --rate 60") },
	{ "rm", provider_rm, N_("PROVIDER"), N_("remove a provider that has no professionals"), "" },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_provider(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Care providers (zorgaanbieders) and their hourly rate"), verbs, argc, argv);
}
