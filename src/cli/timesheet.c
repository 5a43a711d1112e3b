/* zio timesheet submit|approve|dispute|reopen|list: the weekly sign-off of a provider's hours
 * at a school. The provider submits, the school approves or disputes; an approved week is
 * locked until it is reopened with a reason. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/logbook.h"

#define G "timesheet"

struct ts_args {
	const char *week, *provider, *school, *reason, *status, *from, *to, *format, *year;
	enum ts_action action;
};

static int do_act(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct ts_args *a = ctx;
	struct timesheet ts;
	struct planner pl;
	struct isoweek w;
	int64_t provider_id, school_id;
	char ws[WEEK_STR_LEN];
	int rc;

	if (date_parse_isoweek(a->week, &w, err))
		return ZIO_EUSAGE;
	struct date today;

	if (cli_today(&today, err) || store_provider_resolve(c->st, a->provider, &provider_id, err) ||
	    cli_pick_school(c, a->school, &school_id, err) || planner_open(&pl, c->st, &c->cfg, err))
		return err->code;
	rc = logbook_timesheet(&pl, provider_id, school_id, w, a->action, a->reason, today, &ts, err);
	planner_close(&pl);
	if (rc)
		return rc;
	printf(_("week %s, %s at %s: %s by %s%s%s\n"), date_format_isoweek(w, ws), ts.provider_name, ts.school_name,
	       cli_word(CLI_TEXT, ts_status_name(ts.status)), ts.last_by, ts.last_reason[0] ? ": " : "", ts.last_reason);
	return ZIO_OK;
}

static int act(struct cli *c, const struct cli_verb *v, int argc, char **argv, enum ts_action action)
{
	struct ts_args a = { .action = action };
	const struct cli_opt opts[] = {
		{ "week", 1, &a.week }, { "provider", 1, &a.provider }, { "school", 1, &a.school },
		{ "reason", 1, &a.reason }, { NULL, 0, NULL },
	};
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!a.week || !a.provider)
		return cli_usage(G, v->name, "give --week W and --provider P (and --school S when there are several)");
	if ((action == TS_DISPUTE || action == TS_REOPEN) && (!a.reason || !*a.reason))
		return action == TS_DISPUTE ? cli_usage(G, v->name, "missing --reason TEXT: a dispute is recorded with why")
					    : cli_usage(G, v->name, "missing --reason TEXT: a reopening is recorded with why");
	return cli_write(c, do_act, &a);
}

static int ts_submit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return act(c, v, argc, argv, TS_SUBMIT);
}

static int ts_approve(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return act(c, v, argc, argv, TS_APPROVE);
}

static int ts_dispute(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return act(c, v, argc, argv, TS_DISPUTE);
}

static int ts_reopen(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return act(c, v, argc, argv, TS_REOPEN);
}

static int ts_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct ts_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "status", 1, &a.status }, { "week", 1, &a.week }, { "from", 1, &a.from }, { "to", 1, &a.to },
		{ "school-year", 1, &a.year }, { "format", 1, &a.format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("week"), N_("school"), N_("provider"), N_("status"), N_("changed_by"),
					    N_("changed_at"), N_("reason") };
	struct timesheet *list = NULL;
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	enum ts_status status = TS_DRAFT;
	struct date from, to;
	size_t n = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, a.format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (a.status && ts_status_parse(a.status, &status, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (!a.week && !a.from && !a.to && !a.year) {
		struct date today;
		if (cli_today(&today, &err))
			return cli_fail(&err);
		from = date_school_year_start(date_school_year(today));
		to = date_school_year_end(date_school_year(today));
	} else if ((rc = cli_parse_period(G, v->name, a.week, a.from, a.to, a.year, &from, &to))) {
		return rc;
	}
	/* weeks are named by their Monday: take every week that starts in the period */
	from = date_from_isoweek(date_isoweek(from), 1);
	if (cli_open_read(c, &err) || store_timesheet_list(c->st, from, to, a.status ? (int)status : -1, &list, &n, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 7, head))) {
		free(list);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		char w[WEEK_STR_LEN];
		date_format_isoweek(date_isoweek(list[i].week_start), w);
		rc = cli_table_row(t, (const char *[]){ w, list[i].school_name, list[i].provider_name,
							 cli_word(fmt, ts_status_name(list[i].status)), list[i].last_by,
							 list[i].last_at,
							 list[i].last_reason });
	}
	free(list);
	return cli_table_finish(t) ? ZIO_EDB : rc;
}

static const struct cli_verb verbs[] = {
	{ "submit", ts_submit, N_("--week W --provider P [--school S]"),
	  N_("the provider hands in the week's hours (a draft, disputed or reopened week)"),
	  N_("\nexample:\n  zio timesheet submit --week 2026-W47 --provider \"Zorggroep Horizon\" --school \"De Wilgenhoek\"") },
	{ "approve", ts_approve, N_("--week W --provider P [--school S]"),
	  N_("the school approves a submitted week: its hours are locked from then on"),
	  N_("No shift or log entry of that provider at that school in that week can be added, changed\n"
	  "or removed any more, by zio or any other program (database triggers), until it is reopened.\n"
	  "\nexample:\n  zio timesheet approve --week 2026-W47 --provider \"Zorggroep Horizon\"") },
	{ "dispute", ts_dispute, N_("--week W --provider P [--school S] --reason TEXT"),
	  N_("the school sends a submitted week back, saying why"),
	  N_("  --reason TEXT     what is wrong, per class\n"
	  "\nexample:\n  zio timesheet dispute --week 2026-W47 --provider \"Zorggroep Horizon\" --reason \"SO Egels: woensdag niemand geweest\"") },
	{ "reopen", ts_reopen, N_("--week W --provider P [--school S] --reason TEXT"),
	  N_("open an approved week again, with the reason on record"),
	  N_("  --week W          the ISO week (2026-W47)\n"
	     "  --provider P      the provider whose timesheet it is\n"
	     "  --school S        the school (default: the only one, or [school] default)\n"
	     "  --reason TEXT     why it is reopened (required; kept in the sign-off record)\n"
	     "The week's hours can be changed again; the provider submits it anew.\n"
	     "\nexample:\n  zio timesheet reopen --week 2026-W47 --provider \"Zorggroep Horizon\" --reason \"ziekmelding te laat verwerkt\"") },
	{ "list", ts_list, N_("[--status S] [--week W | --from DATE --to DATE | --school-year Y] [--format text|csv]"),
	  N_("list the timesheets and their status (default: this school year)"),
	  N_("A week without a timesheet row is a draft. --format csv gives\n"
	  "week,school,provider,status,changed_by,changed_at,reason.\n"
	  "\nexample:\n  zio timesheet list --status submitted") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_timesheet(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("The weekly sign-off of hours: submit, approve, dispute, reopen"), verbs, argc,
			    argv);
}
