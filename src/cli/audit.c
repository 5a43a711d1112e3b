/* zio audit: the trail of every change, oldest first. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"

static const struct cli_verb audit_verb = {
	"audit", NULL, N_("[--since DATE] [--user LOGIN] [--entity TABLE] [--format text|csv]"),
	N_("every change: who, when, what, with the old and new values"),
	N_("  --since DATE      changes from that day on (UTC)\n"
	"  --user LOGIN      changes by one user ('(outside zio)': by other programs)\n"
	"  --entity TABLE    one kind of record: shift, log_entry, timesheet, timesheet_event,\n"
	"                    professional, pattern, team_member, class, school, target_group,\n"
	"                    provider, closure, holiday_period, app_user\n"
	"  --format csv      id,at,login,action,entity,entity_id,old,new for scripts (JSON values)\n"
	"The trail is written by the database itself in the same transaction as each change,\n"
	"and cannot be changed or removed through zio.\n"
	"\nexample:\n  zio audit --since 2026-11-16 --entity shift"),
};

struct audit_out {
	struct cli_table *t;
	bool csv;
};

static int audit_row(const struct audit_row *r, void *ctx)
{
	struct audit_out *o = ctx;
	char id[24], eid[24], change[2048];

	snprintf(id, sizeof id, "%lld", (long long)r->id);
	snprintf(eid, sizeof eid, "%lld", (long long)r->entity_id);
	if (o->csv)
		return cli_table_row(o->t, (const char *[]){ id, r->at, r->login, r->action, r->entity, eid,
							     r->old_json ? r->old_json : "",
							     r->new_json ? r->new_json : "" });
	return cli_table_row(o->t, (const char *[]){ id, r->at, audit_login(r->login), audit_word(r->action),
						     audit_word(r->entity), eid,
						     audit_describe(r, change, sizeof change) });
}

int cli_audit(struct cli *c, int argc, char **argv)
{
	const char *since = NULL, *format = NULL;
	struct audit_filter f = { 0 };
	const struct cli_opt opts[] = {
		{ "since", 1, &since }, { "user", 1, &f.login }, { "entity", 1, &f.entity }, { "format", 1, &format },
		{ NULL, 0, NULL },
	};
	static const char *const head[] = { "id", "at", "login", "action", "entity", "entity_id", "old", "new" };
	static const char *const text_head[] = { N_("id"), N_("at"), N_("login"), N_("action"), N_("entity"),
						  N_("entity_id"), N_("change") };
	struct audit_out o;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse("", &audit_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	if ((rc = cli_parse_format("", "audit", format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (since && date_parse(since, &f.since, &err))
		return cli_usage("", "audit", "--since: %s", err.msg);
	if (cli_open_read(c, &err))
		return cli_fail(&err);
	o.csv = fmt == CLI_CSV;
	if (!(o.t = o.csv ? cli_table_new(fmt, 8, head) : cli_table_new(fmt, 7, text_head)))
		return ZIO_EDB;
	if (store_audit_each(c->st, &f, audit_row, &o, &err)) {
		cli_table_finish(o.t);
		return cli_fail(&err);
	}
	return cli_table_finish(o.t);
}
