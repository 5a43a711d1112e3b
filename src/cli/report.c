/* zio report: budget against planned and delivered hours, the funding split, fixed faces and
 * classes short of care. The figures come from src/app/report.c; this file only prints. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/report.h"

#define G "report"

/* The numbers print with a decimal point, and with the decimal comma in Dutch text (cli_decimal). */

/* Minutes as hours with two decimals. */
static const char *hrs(enum cli_format fmt, double minutes, char *buf, size_t len)
{
	snprintf(buf, len, "%.2f", minutes / 60.0 + 0.0);
	return cli_decimal(fmt, buf);
}

static const char *h100(enum cli_format fmt, int64_t v, char *buf, size_t len)
{
	return cli_decimal(fmt, units_format_h100(v, 0, buf, (int)len));
}

static const char *pct(enum cli_format fmt, double part, double whole, char *buf, size_t len)
{
	if (whole <= 0)
		snprintf(buf, len, "%s", "");
	else
		snprintf(buf, len, "%.1f", part * 100.0 / whole);
	return cli_decimal(fmt, buf);
}

/* --school-year Y or --month YYYY-MM (exactly one), or --week W when weeks are allowed. */
static int period(const struct cli_verb *v, const char *week, const char *month, const char *year, bool need,
		  struct date *a, struct date *b)
{
	struct zio_err err;

	if ((week != NULL) + (month != NULL) + (year != NULL) > 1)
		return cli_usage(G, v->name, "give only one way of naming the period");
	if (month) {
		if (report_parse_month(month, a, b, &err))
			return cli_usage(G, v->name, "%s", err.msg);
		return ZIO_OK;
	}
	if (need && !week && !year)
		return strstr(v->usage, "--week") ? cli_usage(G, v->name, "missing the period: --week W or --school-year Y")
						   : cli_usage(G, v->name, "missing the period: --school-year Y or --month YYYY-MM");
	return cli_parse_period(G, v->name, week, NULL, NULL, year, a, b);
}

static int report_budget_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *year = NULL, *school = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "school-year", 1, &year }, { "school", 1, &school }, { "format", 1, &format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("level"), N_("class"), N_("school"), N_("target_group"),
					    N_("weekly_hours"), N_("open_weeks"), N_("budget_hours"), N_("planned_hours"),
					    N_("delivered_hours"), N_("difference_hours"), N_("delivered_pct"),
					    N_("year_budget_hours"), N_("year_planned_hours"), N_("proposal_hours") };
	struct report_budget r;
	struct planner pl;
	struct zio_err err;
	struct cli_table *t;
	struct date today;
	enum cli_format fmt;
	int64_t school_id = 0;
	int sy, rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	if (!year)
		return cli_usage(G, v->name, "missing --school-year Y");
	zio_err_clear(&err);
	if (date_parse_school_year(year, &sy, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (cli_today(&today, &err) || cli_open_read(c, &err) ||
	    (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    planner_open(&pl, c->st, &c->cfg, &err))
		return cli_fail(&err);
	rc = report_budget(&pl, school_id, sy, today, &r, &err);
	planner_close(&pl);
	if (rc)
		return cli_fail(&err);
	if (fmt == CLI_TEXT) {
		char sys[SCHOOLYEAR_STR_LEN], d[DATE_STR_LEN];
		if (r.to_date.y)
			printf(_("school year %s, to date: the weeks up to %s\n"), date_format_school_year(sy, sys),
			       date_format(r.to_date, d));
		else
			printf(_("school year %s, to date: no week is over yet\n"), date_format_school_year(sy, sys));
	}
	if (!(t = cli_table_new(fmt, 15, head))) {
		report_budget_free(&r);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < r.nrows && !rc; i++) {
		const struct report_budget_row *x = &r.rows[i];
		char id[ZIO_NAME_LEN], wk[32], ow[32], bu[32], pl_[32], de[32], di[32], pc[32], yb[32], yp[32], pr[32] = "";
		if (x->level == REPORT_CLASS)
			snprintf(id, sizeof id, "%lld", (long long)x->class_id);
		else
			snprintf(id, sizeof id, "%s", x->level == REPORT_GROUP ? x->group : cli_word(fmt, N_("total")));
		if (x->level == REPORT_GROUP)
			for (size_t p = 0; p < r.nproposals; p++)
				if (r.proposals[p].group_id == x->group_id && r.proposals[p].nclasses) {
					snprintf(pr, sizeof pr, "%.1f", r.proposals[p].proposal_hours);
					cli_decimal(fmt, pr);
				}
		snprintf(ow, sizeof ow, "%.2f", x->open_weeks);
		cli_decimal(fmt, ow);
		rc = cli_table_row(t, (const char *[]){
			id, cli_word(fmt, report_level_name(x->level)), x->klass, x->school, x->group,
			hrs(fmt, x->weekly, wk, sizeof wk), ow, hrs(fmt, x->budget, bu, sizeof bu),
			hrs(fmt, x->planned, pl_, sizeof pl_), hrs(fmt, x->delivered, de, sizeof de),
			hrs(fmt, x->delivered - x->budget, di, sizeof di), pct(fmt, x->delivered, x->budget, pc, sizeof pc),
			hrs(fmt, x->year_budget, yb, sizeof yb), hrs(fmt, x->year_planned, yp, sizeof yp), pr });
	}
	if (cli_table_finish(t) && !rc)
		rc = ZIO_EDB;
	if (fmt == CLI_TEXT && !rc) {
		for (size_t p = 0; p < r.nproposals; p++) {
			const struct report_proposal *q = &r.proposals[p];
			char prop[32], now[32];
			snprintf(prop, sizeof prop, "%.1f", q->proposal_hours);
			snprintf(now, sizeof now, "%g", q->now_minutes / 60.0);
			cli_decimal(fmt, prop);
			cli_decimal(fmt, now);
			if (q->nclasses)
				printf(_("proposal: %s %s h/week (now %s)\n"), q->group, prop, now);
			else
				printf(_("proposal: %s none yet, no open school week so far (now %s)\n"), q->group, now);
		}
		if (r.unknown_weeks)
			printf(_n("note: %d school week with days the holiday data does not cover counts as closed\n",
				  "note: %d school weeks with days the holiday data does not cover count as closed\n",
				  r.unknown_weeks), r.unknown_weeks);
	}
	report_budget_free(&r);
	return rc;
}

static int report_funding_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *year = NULL, *month = NULL, *provider = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "school-year", 1, &year }, { "month", 1, &month }, { "provider", 1, &provider },
		{ "format", 1, &format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("target_group"), N_("school"), N_("provider"), N_("wlz_pct"),
					    N_("hours"), N_("jeugdwet_hours"), N_("wlz_hours"), N_("rate"), N_("amount"),
					    N_("jeugdwet_amount"), N_("wlz_amount") };
	struct report_funding r;
	struct zio_err err;
	struct cli_table *t;
	struct date a, b;
	enum cli_format fmt;
	int64_t provider_id = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)) ||
	    (rc = period(v, NULL, month, year, true, &a, &b)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (provider && store_provider_resolve(c->st, provider, &provider_id, &err)) ||
	    report_funding(c->st, a, b, provider_id, &r, &err))
		return cli_fail(&err);
	if (fmt == CLI_TEXT) {
		char da[DATE_STR_LEN], db[DATE_STR_LEN];
		printf(_("delivered %s to %s\n"), date_format(a, da), date_format(b, db));
	}
	if (!(t = cli_table_new(fmt, 11, head))) {
		report_funding_free(&r);
		return ZIO_EDB;
	}
	for (size_t i = 0; i <= r.nrows && !rc; i++) {
		const struct report_funding_row *x = i < r.nrows ? &r.rows[i] : &r.total;
		char wp[32] = "", h[32], jw[32], wl[32], rate[32] = "", am[32], ja[32], wa[32];
		if (i == r.nrows && fmt == CLI_CSV)
			break;   /* scripts sum */
		if (i < r.nrows)
			cli_decimal(fmt, units_format_percent(x->wlz_share_bp, wp, sizeof wp));
		if (x->rate_cents >= 0)
			cli_decimal(fmt, units_format_euro(x->rate_cents, rate, sizeof rate));
		rc = cli_table_row(t, (const char *[]){
			i < r.nrows ? x->group : cli_word(fmt, N_("total")), x->school, x->provider, wp, h100(fmt, x->hours100, h, sizeof h),
			h100(fmt, x->jeugdwet100, jw, sizeof jw), h100(fmt, x->wlz100, wl, sizeof wl), rate,
			h100(fmt, x->amount_cents, am, sizeof am), h100(fmt, x->jeugdwet_cents, ja, sizeof ja),
			h100(fmt, x->wlz_cents, wa, sizeof wa) });
	}
	if (cli_table_finish(t) && !rc)
		rc = ZIO_EDB;
	if (fmt == CLI_TEXT && !rc && month) {
		if (a.m >= 9 || a.m <= 6)
			printf("%s\n", _("contract part: one tenth of the yearly sum is invoiced for this month "
					 "(September to June); zio does not hold the yearly sum, the figures above are "
					 "what was delivered"));
		else
			printf("%s\n", _("contract part: none, the ten monthly parts are September to June; the figures "
					 "above are what was delivered"));
	}
	report_funding_free(&r);
	return rc;
}

static int report_faces_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *week = NULL, *year = NULL, *school = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "week", 1, &week }, { "school-year", 1, &year }, { "school", 1, &school },
		{ "format", 1, &format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("class_id"), N_("class"), N_("school"), N_("week"), N_("faces"),
					    N_("fixed"), N_("not_fixed"), N_("over_max") };
	struct report_faces r;
	struct zio_err err;
	struct cli_table *t;
	struct date a, b;
	enum cli_format fmt;
	int64_t school_id = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)) ||
	    (rc = period(v, week, NULL, year, true, &a, &b)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    report_faces(c->st, school_id, a, b, c->cfg.max_faces, &r, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 8, head))) {
		report_faces_free(&r);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < r.nrows && !rc; i++) {
		const struct report_faces_row *x = &r.rows[i];
		char id[24], w[WEEK_STR_LEN], f[16], fx[16], nf[16];
		snprintf(id, sizeof id, "%lld", (long long)x->class_id);
		snprintf(f, sizeof f, "%d", x->faces);
		snprintf(fx, sizeof fx, "%d", x->fixed);
		snprintf(nf, sizeof nf, "%d", x->faces - x->fixed);
		rc = cli_table_row(t, (const char *[]){ id, x->klass, x->school, date_format_isoweek(x->week, w), f, fx,
							 nf, cli_word(fmt, x->over ? N_("yes") : N_("no")) });
	}
	if (cli_table_finish(t) && !rc)
		rc = ZIO_EDB;
	if (fmt == CLI_TEXT && !rc)
		printf(_n("%zu class week with more than %d fixed faces (max_faces)\n",
			   "%zu class weeks with more than %d fixed faces (max_faces)\n", r.nover),
		       r.nover, r.max_faces);
	report_faces_free(&r);
	return rc;
}

static int report_delivery_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *week = NULL, *month = NULL, *school = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "week", 1, &week }, { "month", 1, &month }, { "school", 1, &school },
		{ "format", 1, &format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("class_id"), N_("class"), N_("school"), N_("target_group"),
					    N_("budget_hours"), N_("planned_hours"), N_("delivered_hours"), N_("short_of") };
	struct report_delivery r;
	struct planner pl;
	struct zio_err err;
	struct cli_table *t;
	struct date a, b, today, last;
	enum cli_format fmt;
	int64_t school_id = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)) ||
	    (rc = period(v, week, month, NULL, false, &a, &b)))
		return rc;
	zio_err_clear(&err);
	if (cli_today(&today, &err))
		return cli_fail(&err);
	/* what is not over yet cannot be short: count up to yesterday */
	last = date_add_days(today, -1);
	if (date_cmp(b, last) > 0)
		b = last;
	if (date_cmp(a, b) > 0) {
		char d[DATE_STR_LEN];
		return cli_usage(G, v->name, "the period starts on or after today (%s): nothing to check yet",
				 date_format(today, d));
	}
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    planner_open(&pl, c->st, &c->cfg, &err))
		return cli_fail(&err);
	rc = report_delivery(&pl, school_id, a, b, c->cfg.budget_margin, &r, &err);
	planner_close(&pl);
	if (rc)
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 8, head))) {
		report_delivery_free(&r);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < r.nrows && !rc; i++) {
		const struct report_delivery_row *x = &r.rows[i];
		char id[24], bu[32], pn[32], de[32];
		if (!x->short_planned && !x->short_budget)
			continue;
		snprintf(id, sizeof id, "%lld", (long long)x->class_id);
		rc = cli_table_row(t, (const char *[]){
			id, x->klass, x->school, x->group, hrs(fmt, x->budget, bu, sizeof bu), hrs(fmt, x->planned, pn, sizeof pn),
			hrs(fmt, x->delivered, de, sizeof de),
			cli_word(fmt, x->short_planned && x->short_budget ? N_("planned+budget") :
				      x->short_planned ? N_("planned") : N_("budget")) });
	}
	if (cli_table_finish(t) && !rc)
		rc = ZIO_EDB;
	if (fmt == CLI_TEXT && !rc) {
		char da[DATE_STR_LEN], db[DATE_STR_LEN];
		printf(_n("%zu class short by more than %d%% from %s to %s\n",
			  "%zu classes short by more than %d%% from %s to %s\n", r.nshort),
		       r.nshort, r.margin, date_format(r.from, da), date_format(r.to, db));
	}
	if (!rc && r.nshort)
		rc = ZIO_ERULE;
	report_delivery_free(&r);
	return rc;
}

static const struct cli_verb verbs[] = {
	{ "budget", report_budget_cmd, N_("--school-year Y [--school S] [--format text|csv]"),
	  N_("weekly budget against planned and delivered hours, per class and target group"),
	  N_("  --school-year Y   the school year, 2026-2027 (1 August to 31 July)\n"
	  "  --school S        one school (default: every school)\n"
	  "  --format csv      id,level,class,school,target_group,weekly_hours,open_weeks,budget_hours,\n"
	  "                    planned_hours,delivered_hours,difference_hours,delivered_pct,\n"
	  "                    year_budget_hours,year_planned_hours,proposal_hours; level is class,\n"
	  "                    group or total; id the class id, the group name or total\n"
	  "To date: the ISO weeks of the school year that are over by today. The budget of a week is\n"
	  "the weekly budget times the open share of the school week: holidays count 0, a study day\n"
	  "takes a fifth off. Planned: shifts not cancelled; delivered: delivered log entries and\n"
	  "extra care. The year columns cover every week of the school year. The proposal for next\n"
	  "year: delivered hours per open week, averaged over the group's classes, to 0.5 h.\n"
	  "\nexample:\n  zio report budget --school-year 2026-2027 --school Zuid") },
	{ "funding", report_funding_cmd, N_("--school-year Y | --month YYYY-MM [--provider P] [--format text|csv]"),
	  N_("delivered hours and amounts split into Jeugdwet and Wlz"),
	  N_("  --school-year Y   a school year, 2026-2027\n"
	  "  --month YYYY-MM   one month; September to June are the ten contract parts\n"
	  "  --provider P      one provider (default: every provider)\n"
	  "  --format csv      target_group,school,provider,wlz_pct,hours,jeugdwet_hours,wlz_hours,\n"
	  "                    rate,amount,jeugdwet_amount,wlz_amount (no total row: scripts sum)\n"
	  "Rows per target group, school and provider. Each log entry is split by the group's Wlz\n"
	  "share in hundredths of hours, so jeugdwet_hours + wlz_hours = hours. The amount is hours\n"
	  "times the provider's rate (0 without a rate); the contract's yearly sum is not in zio.\n"
	  "\nexample:\n  zio report funding --month 2026-11 --provider Horizon") },
	{ "faces", report_faces_cmd, N_("--week W | --school-year Y [--school S] [--format text|csv]"),
	  N_("distinct professionals per class and week, and how many are fixed faces"),
	  N_("  --week W          one ISO week, 2026-W47\n"
	  "  --school-year Y   every week of a school year\n"
	  "  --school S        one school (default: every school)\n"
	  "  --format csv      class_id,class,school,week,faces,fixed,not_fixed,over_max\n"
	  "Faces: professionals with planned shifts in the class that week; fixed: of them in the\n"
	  "class's fixed team on a day of their shifts. over_max: more faces than max_faces ([rules]).\n"
	  "\nexample:\n  zio report faces --school-year 2026-2027 --school Zuid") },
	{ "delivery", report_delivery_cmd, N_("--week W | --month YYYY-MM [--school S] [--format text|csv]"),
	  N_("classes whose delivered hours fall short of planned or of the budget"),
	  N_("  --week W          one ISO week (default: this week)\n"
	  "  --month YYYY-MM   one month\n"
	  "  --school S        one school (default: every school)\n"
	  "  --format csv      class_id,class,school,target_group,budget_hours,planned_hours,\n"
	  "                    delivered_hours,short_of\n"
	  "Lists the classes whose delivered hours are below the planned hours or the budget (pro rata\n"
	  "the open school days) by more than budget_margin percent ([rules]). Days from today on are\n"
	  "not counted. Exit status 1 when a class is short.\n"
	  "\nexample:\n  zio report delivery --month 2026-11 --school Zuid") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_report(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Monitoring: budget, funding, delivery and fixed faces"), verbs, argc, argv);
}
