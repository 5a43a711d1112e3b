/* zio user add|list|edit|rm: who may change what. */
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"

#define G "user"

struct user_args {
	const char *login, *role, *provider, *school, *new_login;
};

/* Role and scope from the options onto u; the names resolved inside the transaction. */
static int user_apply(struct cli *c, struct app_user *u, const struct user_args *a, struct zio_err *err)
{
	if (a->new_login)
		snprintf(u->login, sizeof u->login, "%s", a->new_login);
	if (a->role) {
		if (role_parse(a->role, &u->role, err))
			return ZIO_EUSAGE;
		if (u->role != ROLE_TEAMLEAD)
			u->provider_id = 0;
		if (u->role != ROLE_SCHOOL)
			u->school_id = 0;
	}
	if (a->provider && store_provider_resolve(c->st, a->provider, &u->provider_id, err))
		return err->code;
	if (a->school && store_school_resolve(c->st, a->school, &u->school_id, err))
		return err->code;
	return access_check_user(u, err);
}

static int do_add(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct user_args *a = ctx;
	struct app_user u = { 0 }, me = { 0 };
	int64_t n = 0;
	const char *real = actor_real_login();

	snprintf(u.login, sizeof u.login, "%s", a->login);
	if (user_apply(c, &u, a, err) || store_user_count(c->st, &n, err))
		return err->code;
	/* the first user: whoever sets up users keeps the right to manage them */
	if (n == 0 && (strcmp(u.login, real) || u.role != ROLE_ADMIN)) {
		snprintf(me.login, sizeof me.login, "%s", real);
		me.role = ROLE_ADMIN;
		if (store_user_insert(c->st, &me, err))
			return err->code;
		printf(_("added user '%s' (admin): the first user, so that you keep managing users\n"), me.login);
	}
	if (store_user_insert(c->st, &u, err))
		return err->code;
	if (u.role == ROLE_TEAMLEAD)
		printf(_("added user '%s' (%s, provider %s)\n"), u.login, cli_word(CLI_TEXT, role_name(u.role)),
		       a->provider);
	else if (u.role == ROLE_SCHOOL)
		printf(_("added user '%s' (%s, school %s)\n"), u.login, cli_word(CLI_TEXT, role_name(u.role)), a->school);
	else
		printf(_("added user '%s' (%s)\n"), u.login, cli_word(CLI_TEXT, role_name(u.role)));
	return ZIO_OK;
}

static int user_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct user_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "role", 1, &a.role }, { "provider", 1, &a.provider }, { "school", 1, &a.school }, { NULL, 0, NULL },
	};
	char *pos[1];
	struct zio_err err;
	enum role r;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.login = pos[0];
	if (!a.role)
		return cli_usage(G, v->name, "missing --role admin|teamlead|school|contract");
	if (access_check_login(a.login, &err) || role_parse(a.role, &r, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_add, &a);
}

static int user_row(const struct app_user *u, void *ctx)
{
	char id[24];

	snprintf(id, sizeof id, "%lld", (long long)u->id);
	return cli_table_row(ctx, (const char *[]){ id, u->login, cli_word(cli_table_format(ctx), role_name(u->role)),
						     u->provider_name, u->school_name });
}

static int user_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", 1, &format }, { NULL, 0, NULL } };
	static const char *const head[] = { N_("id"), N_("login"), N_("role"), N_("provider"), N_("school") };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int64_t n = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || store_user_count(c->st, &n, &err))
		return cli_fail(&err);
	if (n == 0 && fmt == CLI_TEXT) {
		printf(_("no users yet: whoever opens the database may do everything (now: %s)\n"), c->actor.login);
		return ZIO_OK;
	}
	if (!(t = cli_table_new(fmt, 5, head)))
		return ZIO_EDB;
	if (store_user_each(c->st, user_row, t, &err)) {
		cli_table_finish(t);
		return cli_fail(&err);
	}
	return cli_table_finish(t);
}

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct user_args *a = ctx;
	struct app_user u;

	if (store_user_get(c->st, a->login, &u, err) || user_apply(c, &u, a, err) || store_user_update(c->st, &u, err))
		return err->code;
	printf(_("changed user '%s' (%s)\n"), u.login, cli_word(CLI_TEXT, role_name(u.role)));
	return ZIO_OK;
}

static int user_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct user_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "login", 1, &a.new_login }, { "role", 1, &a.role }, { "provider", 1, &a.provider },
		{ "school", 1, &a.school }, { NULL, 0, NULL },
	};
	char *pos[1];
	struct zio_err err;
	enum role r;
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.login = pos[0];
	if ((a.new_login && access_check_login(a.new_login, &err)) || (a.role && role_parse(a.role, &r, &err)))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_edit, &a);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	if (store_user_delete(c->st, ctx, err))
		return err->code;
	printf(_("removed user '%s'\n"), (const char *)ctx);
	return ZIO_OK;
}

static int user_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", user_add, N_("LOGIN --role admin|teamlead|school|contract [--provider P] [--school S]"),
	  N_("let a login use this database, with a role"),
	  N_("  --role ROLE       admin: everything; teamlead: the professionals, patterns, shifts\n"
	  "                    and hours of one provider, and submitting its timesheets;\n"
	  "                    school: the closures and study days of one school, and\n"
	  "                    approving, disputing and reopening its timesheets; contract:\n"
	  "                    reads and exports everything, changes nothing\n"
	  "  --provider P      the provider of a teamlead\n"
	  "  --school S        the school of a school user\n"
	  "LOGIN is a Unix user name. Until the first user is added, whoever opens the database\n"
	  "may do everything; the first 'zio user add' also adds you as admin. After that, a\n"
	  "login that is not a user is refused.\n"
	  "\nexample:\n  zio user add fenna --role teamlead --provider \"Zorggroep Horizon\"") },
	{ "list", user_list, N_("[--format text|csv]"), N_("list the users and their roles"),
	  N_("  --format csv      id,login,role,provider,school for scripts\n"
	  "\nexample:\n  zio user list") },
	{ "edit", user_edit, N_("LOGIN [--login NEW] [--role ROLE] [--provider P] [--school S]"),
	  N_("change a user's login, role or scope"),
	  N_("  --login NEW       a new login\n"
	  "\nexample:\n  zio user edit fenna --role school --school \"De Wilgenhoek\"") },
	{ "rm", user_rm, N_("LOGIN"), N_("remove a user"),
	  N_("The changes the user made stay in the audit trail.\n"
	  "\nexample:\n  zio user rm fenna") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_user(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Users: who may change what (only an admin changes them)"), verbs, argc, argv);
}
