/* zio plan fill|copy|clear: whole weeks and school years at once. */
#include <stdio.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/plan.h"

#define G "plan"

struct plan_args {
	const char *school, *week, *from, *to, *year, *from_week, *to_week;
	struct date a, b;
	struct isoweek w1, w2;
};

/* Warnings by rule, then every refused shift: a year's fill must not bury the screen. */
static void report(const struct plan_report *r)
{
	int counts[RULE_COUNT] = { 0 };
	char a[DATE_STR_LEN], b[DATE_STR_LEN];

	for (size_t i = 0; i < r->findings.n; i++) {
		if (rule_severity_of(r->findings.v[i].code) == RULE_ERROR)
			fprintf(stderr, _("refused: %s [%s]\n"), r->findings.v[i].msg, rule_code_name(r->findings.v[i].code));
		else
			counts[r->findings.v[i].code]++;
	}
	for (int c = 0; c < RULE_COUNT; c++)
		if (counts[c])
			/* TRANSLATORS: the count, what the rule finds ("by someone outside the class's fixed
			 * team") and the rule's code, which stays as it is */
			fprintf(stderr, _n("warning: %d shift %s [%s] (zio check lists it)\n",
					   "warning: %d shifts %s [%s] (zio check lists them)\n", counts[c]),
				counts[c], rule_code_label(c), rule_code_name(c));
	if (r->unknown)
		fprintf(stderr, _n("warning: %d shift not planned between %s and %s: %s\n",
				   "warning: %d shifts not planned between %s and %s: %s\n", r->unknown),
			r->unknown, date_format(r->unknown_from, a), date_format(r->unknown_to, b), r->unknown_reason);
}

static void warn_runs_out(struct planner *pl)
{
	struct date today, until;
	struct zio_err e;
	char d[DATE_STR_LEN];

	if (cli_today(&today, &e) == ZIO_OK && pl->cs_loaded && calendar_runs_out(&pl->cal, &pl->cs.cs, today, &until))
		fprintf(stderr, _("warning: zio knows the school holidays of %s only until %s; import the next "
				  "list with zio holidays import FILE.ini\n"), pl->cs.school.name, date_format(until, d));
}

static int do_fill(struct cli *c, void *ctx, struct zio_err *err)
{
	struct plan_args *a = ctx;
	struct plan_report r = { 0 };
	struct planner pl;
	int64_t school_id;
	char d1[DATE_STR_LEN], d2[DATE_STR_LEN];
	int rc;

	if (cli_pick_school(c, a->school, &school_id, err) || planner_open(&pl, c->st, &c->cfg, err))
		return err->code;
	rc = plan_fill(&pl, school_id, a->a, a->b, &r, err);
	if (rc == ZIO_OK) {
		/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
		printf(_n("filled %s %s..%s: %d shift added, %d already there, %d skipped on closed days, "
			  "%d trimmed to a partly closed day, %d refused\n",
			  "filled %s %s..%s: %d shifts added, %d already there, %d skipped on closed days, "
			  "%d trimmed to a partly closed day, %d refused\n", r.added),
		       pl.cs.school.name, date_format(a->a, d1), date_format(a->b, d2), r.added, r.existing, r.closed,
		       r.trimmed, r.refused);
		report(&r);
		warn_runs_out(&pl);
	}
	plan_report_free(&r);
	planner_close(&pl);
	return rc;
}

static int plan_fill_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct plan_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "week", 1, &a.week }, { "from", 1, &a.from }, { "to", 1, &a.to },
		{ "school-year", 1, &a.year }, { NULL, 0, NULL },
	};
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!a.week && !a.from && !a.to && !a.year)
		return cli_usage(G, v->name, "give the period: --week W, --from DATE --to DATE or --school-year Y");
	if ((rc = cli_parse_period(G, v->name, a.week, a.from, a.to, a.year, &a.a, &a.b)))
		return rc;
	return cli_write(c, do_fill, &a);
}

static int do_copy(struct cli *c, void *ctx, struct zio_err *err)
{
	struct plan_args *a = ctx;
	struct plan_report r = { 0 };
	struct planner pl;
	int64_t school_id;
	char w1[WEEK_STR_LEN], w2[WEEK_STR_LEN];
	int rc;

	if (cli_pick_school(c, a->school, &school_id, err) || planner_open(&pl, c->st, &c->cfg, err))
		return err->code;
	rc = plan_copy(&pl, school_id, a->w1, a->w2, &r, err);
	if (rc == ZIO_OK) {
		/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
		printf(_n("copied %s week %s to %s: %d shift added, %d skipped on closed days, %d trimmed, %d refused\n",
			  "copied %s week %s to %s: %d shifts added, %d skipped on closed days, %d trimmed, %d refused\n",
			  r.added),
		       pl.cs.school.name, date_format_isoweek(a->w1, w1), date_format_isoweek(a->w2, w2), r.added,
		       r.closed, r.trimmed, r.refused);
		for (size_t i = 0; i < r.skipped.n; i++)
			printf(_("skipped: %s\n"), r.skipped.v[i].msg);
		report(&r);
	}
	plan_report_free(&r);
	planner_close(&pl);
	return rc;
}

static int plan_copy_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct plan_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "from-week", 1, &a.from_week }, { "to-week", 1, &a.to_week },
		{ NULL, 0, NULL },
	};
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!a.from_week || !a.to_week)
		return cli_usage(G, v->name, "give --from-week W1 and --to-week W2");
	if (date_parse_isoweek(a.from_week, &a.w1, &err) || date_parse_isoweek(a.to_week, &a.w2, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_copy, &a);
}

static int do_clear(struct cli *c, void *ctx, struct zio_err *err)
{
	struct plan_args *a = ctx;
	struct planner pl;
	struct school s;
	int64_t school_id;
	char w[WEEK_STR_LEN];
	int removed = 0, rc;

	if (store_school_resolve(c->st, a->school, &school_id, err) || store_school_get(c->st, school_id, &s, err) ||
	    planner_open(&pl, c->st, &c->cfg, err))
		return err->code;
	rc = plan_clear(&pl, school_id, a->w1, &removed, err);
	planner_close(&pl);
	if (rc == ZIO_OK)
		printf(_n("cleared %s week %s: %d shift removed\n", "cleared %s week %s: %d shifts removed\n",
			  removed), s.name, date_format_isoweek(a->w1, w), removed);
	return rc;
}

static int plan_clear_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct plan_args a = { 0 };
	const struct cli_opt opts[] = { { "school", 1, &a.school }, { "week", 1, &a.week }, { NULL, 0, NULL } };
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!a.week || !a.school)
		return cli_usage(G, v->name, "give --week W and --school S");
	if (date_parse_isoweek(a.week, &a.w1, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	return cli_write(c, do_clear, &a);
}

static const struct cli_verb verbs[] = {
	{ "fill", plan_fill_cmd, N_("[--school S] (--week W | --from DATE --to DATE | --school-year Y)"),
	  N_("turn the weekly patterns into shifts"),
	  N_("Closed days (holidays, public holidays, study days) get no shifts; a shift that runs into\n"
	  "a partly closed day is trimmed to the open part. Days whose holiday dates zio does not\n"
	  "know get no shifts and a warning. Running it twice adds nothing, and a shift changed by\n"
	  "hand is never overwritten. Shifts a rule refuses (overlap, inactive) are listed.\n"
	  "\nexamples:\n  zio plan fill --school \"De Wilgenhoek\" --school-year 2026-2027\n"
	  "  zio plan fill --school \"De Wilgenhoek\" --week 2026-W49") },
	{ "copy", plan_copy_cmd, N_("--from-week W1 --to-week W2 [--school S]"),
	  N_("copy a week's planned shifts to the same weekdays of another week"),
	  N_("Closed days of the target week are skipped and reported.\n"
	  "\nexample:\n  zio plan copy --from-week 2026-W48 --to-week 2026-W50 --school \"De Wilgenhoek\"") },
	{ "clear", plan_clear_cmd, N_("--week W --school S"), N_("remove every shift of a school's week"),
	  N_("\nexample:\n  zio plan clear --week 2026-W50 --school \"De Wilgenhoek\"") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_plan(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("The rooster in bulk: fill from patterns, copy and clear weeks"), verbs, argc,
			    argv);
}
