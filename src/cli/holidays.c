/* zio holidays [list] | import FILE.ini | override: the closed days of a school year. */
#include <stdio.h>
#include <string.h>

#include "zio/calendar.h"
#include "zio/calstore.h"
#include "zio/cli.h"
#include "zio/import.h"

#define G "holidays"

static const char *const status_words[] = { N_("open"), N_("partly"), N_("closed"), N_("unknown") };

/* One line per run of weekdays with the same state and reason (weekends do not break a run). */
struct run {
	struct date first, last;
	struct cal_day day;
	bool open;
};

static void run_print(const struct run *r)
{
	char a[DATE_STR_LEN], b[DATE_STR_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN], range[32];

	if (!r->open || r->day.status == CAL_OPEN)
		return;
	date_format(r->first, a);
	if (date_cmp(r->first, r->last))
		snprintf(range, sizeof range, "%s..%s", a, date_format(r->last, b));
	else
		snprintf(range, sizeof range, "%s", a);
	if (r->day.status == CAL_PARTLY)
		printf(_("%-22s  %-7s  %s (closed %s-%s)\n"), range, _(status_words[r->day.status]), r->day.reason,
		       time_format(r->day.closed_start, t1), time_format(r->day.closed_end, t2));
	else
		printf(_("%-22s  %-7s  %s\n"), range, _(status_words[r->day.status]), r->day.reason);
}

static bool same_day(const struct cal_day *a, const struct cal_day *b)
{
	return a->status == b->status && a->closed_start == b->closed_start &&
	       a->closed_end == b->closed_end && strcmp(a->reason, b->reason) == 0;
}

static int holidays_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *school = NULL, *region = NULL, *year = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "school", 1, &school }, { "region", 1, &region }, { "school-year", 1, &year },
		{ "format", 1, &format }, { NULL, 0, NULL },
	};
	struct calendar cal;
	struct calendar_school cs = { 0 };
	struct cal_school *s = &cs.cs;
	struct zio_err err;
	struct date today, d, end;
	enum cli_format fmt;
	struct run run = { 0 };
	int sy;
	char syname[SCHOOLYEAR_STR_LEN], label[ZIO_NAME_LEN + 32];
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	if (school && region)
		return cli_usage(G, v->name, "give --school or --region, not both");
	zio_err_clear(&err);
	if (cli_today(&today, &err))
		return cli_fail(&err);
	sy = date_school_year(today);
	if (year && date_parse_school_year(year, &sy, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (region && units_parse_region(region, &s->region, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (cli_open_read(c, &err) || calendar_open(&cal, c->st, &err))
		return cli_fail(&err);
	d = date_school_year_start(sy);
	end = date_school_year_end(sy);
	if (region) {
		s->day_start = c->cfg.day_start;
		s->day_end = c->cfg.day_end;
		s->policy = c->cfg.holidays;
		snprintf(label, sizeof label, _("region %s"), units_region_name(s->region));
	} else {
		int64_t id;
		if (cli_pick_school(c, school, &id, &err) ||
		    calendar_school_load(c->st, &c->cfg, id, d, end, &cs, &err)) {
			calendar_close(&cal);
			return cli_fail(&err);
		}
		snprintf(label, sizeof label, "%s (%s)", cs.school.name, units_region_name(cs.school.region));
	}
	date_format_school_year(sy, syname);
	if (cal_holidays_known(&cal.hs, s, sy) == 0) {
		calendar_school_free(&cs);
		calendar_close(&cal);
		fprintf(stderr, _("zio: school holidays unknown for %s: run zio holidays import FILE.ini\n"), syname);
		return ZIO_ERULE;
	}
	if (fmt == CLI_CSV)
		printf("date,reason\n");
	else
		printf(_("%s, school year %s: closed weekdays\n"), label, syname);
	for (; date_cmp(d, end) <= 0; d = date_add_days(d, 1)) {
		struct cal_day day;
		char ds[DATE_STR_LEN];

		if (date_weekday(d) >= 6)
			continue;
		cal_school_day(&cal.hs, s, d, &day);
		if (fmt == CLI_CSV) {
			if (day.status == CAL_OPEN)
				continue;
			printf("%s,", date_format(d, ds));
			if (day.status == CAL_PARTLY) {
				char t1[TIME_STR_LEN], t2[TIME_STR_LEN], reason[CAL_REASON_LEN + 40];
				snprintf(reason, sizeof reason, "%s (closed %s-%s)", day.reason,
					 time_format(day.closed_start, t1), time_format(day.closed_end, t2));
				cli_csv_field(stdout, reason);
			} else {
				cli_csv_field(stdout, day.reason);
			}
			putchar('\n');
			continue;
		}
		if (run.open && same_day(&run.day, &day)) {
			run.last = d;
			continue;
		}
		run_print(&run);
		run = (struct run){ d, d, day, true };
	}
	if (fmt == CLI_TEXT) {
		struct date until;
		char us[DATE_STR_LEN];
		run_print(&run);
		if (calendar_runs_out(&cal, s, today, &until))
			printf(_("note: zio knows the school holidays only until %s; import the next list "
				 "with zio holidays import FILE.ini\n"), date_format(until, us));
	}
	calendar_school_free(&cs);
	calendar_close(&cal);
	return ZIO_OK;
}

static int do_import(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct holiday_set *hs = ctx;
	int lo = 9999, hi = 0;
	char a[SCHOOLYEAR_STR_LEN], b[SCHOOLYEAR_STR_LEN];

	for (size_t i = 0; i < hs->n; i++) {
		if (store_holiday_put(c->st, &hs->v[i], err))
			return err->code;
		lo = hs->v[i].school_year < lo ? hs->v[i].school_year : lo;
		hi = hs->v[i].school_year > hi ? hs->v[i].school_year : hi;
	}
	if (hs->n == 0)
		printf("%s\n", _("no holidays in the file; nothing imported"));
	else
		printf(_n("imported %zu holiday period for school years %s to %s\n",
			  "imported %zu holiday periods for school years %s to %s\n", hs->n), hs->n,
		       date_format_school_year(lo, a), date_format_school_year(hi, b));
	return ZIO_OK;
}

static int holidays_import(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct holiday_set hs = { 0 };
	struct zio_err err;
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);

	if (rc)
		return rc;
	zio_err_clear(&err);
	/* The whole file is checked before the database is touched. */
	if (holidays_ini_read(pos[0], &hs, &err)) {
		holiday_set_free(&hs);
		return cli_fail(&err);
	}
	rc = cli_write(c, do_import, &hs);
	holiday_set_free(&hs);
	return rc;
}

struct override_args {
	const char *school, *holiday, *first, *last, *year, *clear;
};

static int do_override(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct override_args *a = ctx;
	struct holiday_period p = { 0 };
	struct school s;
	char sy[SCHOOLYEAR_STR_LEN];

	if (store_school_resolve(c->st, a->school, &p.school_id, err) ||
	    store_school_get(c->st, p.school_id, &s, err) || holiday_parse_name(a->holiday, &p.kind, err))
		return err->code;
	if (a->clear) {
		if (date_parse_school_year(a->year, &p.school_year, err) ||
		    store_holiday_unset(c->st, p.school_id, p.school_year, p.kind, err))
			return err->code;
		printf(_("%s follows the %s dates of region %s again for %s\n"), s.name, a->holiday,
		       units_region_name(s.region), date_format_school_year(p.school_year, sy));
		return ZIO_OK;
	}
	if (date_parse(a->first, &p.from, err) || date_parse(a->last, &p.to, err))
		return ZIO_EUSAGE;
	/* The summer holiday belongs to the school year it ends. */
	p.school_year = date_school_year(p.kind == HOL_ZOMER ? date_add_days(p.from, -40) : p.from);
	if (store_holiday_put(c->st, &p, err))
		return err->code;
	printf(_("%s has its own %s %s dates\n"), s.name, a->holiday, date_format_school_year(p.school_year, sy));
	return ZIO_OK;
}

static int holidays_override(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct override_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "clear", 0, &a.clear }, { "school-year", 1, &a.year }, { NULL, 0, NULL },
	};
	char *pos[4];
	int rc = cli_parse(G, v, argc, argv, opts, 2, 4, pos);

	if (rc)
		return rc;
	a.school = pos[0];
	a.holiday = pos[1];
	a.first = pos[2];
	a.last = pos[3];
	if (a.clear && (a.first || !a.year))
		return cli_usage(G, v->name, "--clear takes SCHOOL HOLIDAY --school-year Y, no dates");
	if (!a.clear && !a.last)
		return cli_usage(G, v->name, "give the first and last day: SCHOOL HOLIDAY FIRST LAST");
	return cli_write(c, do_override, &a);
}

static const struct cli_verb verbs[] = {
	{ "list", holidays_list, N_("[--school S | --region R] [--school-year Y] [--format text|csv]"),
	  N_("list the closed days of a school year: holidays, public holidays, closures"),
	  N_("  --school S        the school (default: [school] default, or the only school)\n"
	  "  --region R        the regional dates of noord, midden or zuid instead of a school\n"
	  "  --school-year Y   like 2026-2027 (default: the current one)\n"
	  "  --format csv      date,reason: one row per closed, partly closed or unknown weekday\n"
	  "Weekends are left out. Days whose holiday dates zio does not have are listed as\n"
	  "'unknown': import the published list with zio holidays import. A school year with\n"
	  "no holiday dates at all is an error (exit status 1), never an open year.\n"
	  "\nexample:\n  zio holidays --region zuid --school-year 2026-2027") },
	{ "import", holidays_import, N_("FILE.ini"),
	  N_("add or replace school holiday dates from a file in the format of the shipped one"),
	  N_("Sections are [YYYY-YYYY holiday] (herfstvakantie, kerstvakantie, voorjaarsvakantie,\n"
	  "meivakantie, zomervakantie) with keys noord, midden, zuid = FIRST..LAST. The whole\n"
	  "file is checked first; an error names FILE:LINE and nothing is imported.\n"
	  "\nexample:\n  zio holidays import schoolvakanties-2029-2030.ini") },
	{ "override", holidays_override,
	  N_("SCHOOL HOLIDAY FIRST LAST | SCHOOL HOLIDAY --clear --school-year Y"),
	  N_("give a school its own dates for one holiday (e.g. spring holiday in carnival week)"),
	  N_("  --clear           drop the school's own dates: it follows its region again\n"
	  "\nexample:\n  zio holidays override \"De Wilgenhoek\" voorjaarsvakantie 2027-02-06 2027-02-14") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_holidays(struct cli *c, int argc, char **argv)
{
	/* Plain `zio holidays [options]` lists. */
	if (argc == 0 || (argv[0][0] == '-' && strcmp(argv[0], "--help") && strcmp(argv[0], "-h"))) {
		char *args[argc + 2];
		args[0] = "list";
		for (int i = 0; i < argc; i++)
			args[i + 1] = argv[i];
		args[argc + 1] = NULL;
		return cli_dispatch(c, G, "", verbs, argc + 1, args);
	}
	return cli_dispatch(c, G, N_("School holidays, public holidays and closed days"), verbs, argc, argv);
}
