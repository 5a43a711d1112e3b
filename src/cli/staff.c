/* zio staff add|list|edit|rm: care professionals */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/cli.h"
#include "zio/roster.h"

#define G "staff"

struct staff_args {
	const char *key, *name, *provider, *hours, *discipline, *from, *to;
};

/* A date option: "none" clears it. */
static int parse_date_opt(const char *s, struct date *d, struct zio_err *err)
{
	if (strcasecmp(s, "none") == 0) {
		*d = (struct date){ 0, 0, 0 };
		return ZIO_OK;
	}
	return date_parse(s, d, err);
}

static int staff_apply(struct cli *c, struct professional *p, const struct staff_args *a,
		       struct zio_err *err)
{
	if (a->name)
		if (cli_copy_text(p->name, sizeof p->name, a->name, N_("the name"), err))
			return ZIO_EUSAGE;
	if (a->provider && store_provider_resolve(c->st, a->provider, &p->provider_id, err))
		return err->code;
	if (a->hours && units_parse_hours(a->hours, 60, "--contract-hours", &p->contract_minutes, err))
		return ZIO_EUSAGE;
	if (a->discipline)
		if (cli_copy_text(p->discipline, sizeof p->discipline, a->discipline, N_("--discipline"), err))
			return ZIO_EUSAGE;
	if (a->from && parse_date_opt(a->from, &p->active_from, err))
		return ZIO_EUSAGE;
	if (a->to && parse_date_opt(a->to, &p->active_to, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	struct professional p = { 0 };

	if (staff_apply(c, &p, ctx, err) || store_staff_insert(c->st, &p, err))
		return err->code;
	printf(_("added professional '%s' (id %lld)\n"), p.name, (long long)p.id);
	return ZIO_OK;
}

#define STAFF_OPTS(a) \
	{ "provider", 1, &(a).provider }, { "contract-hours", 1, &(a).hours }, \
	{ "discipline", 1, &(a).discipline }, { "from", 1, &(a).from }, { "to", 1, &(a).to }

static int staff_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct staff_args a = { 0 };
	const struct cli_opt opts[] = { STAFF_OPTS(a), { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!a.provider)
		return cli_usage(G, v->name, "missing --provider P");
	a.name = pos[0];
	return cli_write(c, do_insert, &a);
}

static int staff_row(const struct professional *p, void *ctx)
{
	char id[24], hours[24], from[DATE_STR_LEN] = "", to[DATE_STR_LEN] = "";

	snprintf(id, sizeof id, "%lld", (long long)p->id);
	units_format_hours(p->contract_minutes, cli_comma(cli_table_format(ctx)), hours, sizeof hours);
	if (p->active_from.y)
		date_format(p->active_from, from);
	if (p->active_to.y)
		date_format(p->active_to, to);
	return cli_table_row(ctx, (const char *[]){ id, p->name, p->provider_name, p->discipline, hours,
						     from, to });
}

static int staff_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL, *provider = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { "provider", 1, &provider }, { NULL, 0, NULL } };
	static const char *const head[] = { N_("id"), N_("name"), N_("provider"), N_("discipline"),
					    N_("contract_hours"), N_("from"), N_("to") };
	struct roster_filter f = { 0 };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (provider && store_provider_resolve(c->st, provider, &f.provider_id, &err)))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 7, head)))
		return ZIO_EDB;
	if (store_staff_each(c->st, &f, staff_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct staff_args *a = ctx;
	struct professional p;
	int64_t id;

	if (store_staff_resolve(c->st, a->key, 0, &id, err) || store_staff_get(c->st, id, &p, err) ||
	    staff_apply(c, &p, a, err) || store_staff_update(c->st, &p, err))
		return err->code;
	printf(_("changed professional '%s' (id %lld)\n"), p.name, (long long)p.id);
	return ZIO_OK;
}

static int staff_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct staff_args a = { 0 };
	const struct cli_opt opts[] = { { "name", 1, &a.name }, STAFF_OPTS(a), { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.key = pos[0];
	return cli_write(c, do_edit, &a);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	struct professional p;
	int64_t id;

	if (store_staff_resolve(c->st, ctx, 0, &id, err) || store_staff_get(c->st, id, &p, err) ||
	    store_staff_delete(c->st, id, err))
		return err->code;
	printf(_("removed professional '%s'\n"), p.name);
	return ZIO_OK;
}

static int staff_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", staff_add,
	  N_("NAME --provider P [--contract-hours H] [--discipline D] [--from DATE] [--to DATE]"),
	  N_("add a care professional"),
	  N_("  --provider P        the provider they work for (name or id)\n"
	  "  --contract-hours H  contract hours per week (decimals allowed)\n"
	  "  --discipline D      free text: begeleider, verzorgende, ...\n"
	  "  --from DATE         first day they can be planned (YYYY-MM-DD)\n"
	  "  --to DATE           last day they can be planned; set it when someone leaves\n"
	  "\nexample:\n  zio staff add \"Zoë de Vries\" --provider \"Zorggroep Horizon\" --contract-hours 24 --discipline begeleider") },
	{ "list", staff_list, N_("[--provider P] [--format text|csv]"), N_("list professionals"),
	  N_("  --format csv      id,name,provider,discipline,contract_hours,from,to for scripts\n") },
	{ "edit", staff_edit,
	  N_("STAFF [--name NAME] [--provider P] [--contract-hours H] [--discipline D] [--from DATE|none] [--to DATE|none]"),
	  N_("change a professional (STAFF is the name or id)"),
	  N_("\nexample (someone leaves at the end of January):\n  zio staff edit \"Zoë de Vries\" --to 2027-01-31") },
	{ "rm", staff_rm, N_("STAFF"), N_("remove a professional and their fixed-team memberships"),
	  N_("Prefer 'zio staff edit STAFF --to DATE' for someone who leaves: it keeps the history.") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_staff(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Care professionals: provider, discipline, contract hours, active period"),
			    verbs, argc, argv);
}
