/* zio calendar [--school S] [--week W]: one week, day by day, open or closed and why. */
#include <stdio.h>
#include <string.h>

#include "zio/calendar.h"
#include "zio/cli.h"

static const struct cli_verb calendar_verb = {
	"calendar", NULL, N_("[--school S] [--week YYYY-Www]"), N_("show a school's week: open, closed and why"),
	N_("  --school S        the school (default: [school] default, or the only school)\n"
	"  --week W          ISO week like 2026-W48 (default: this week)\n"
	"\nexample:\n  zio calendar --school \"De Wilgenhoek\" --week 2026-W43"),
};

static const char *const day_names[] = {
	"", N_("mon"), N_("tue"), N_("wed"), N_("thu"), N_("fri"), N_("sat"), N_("sun"),
};

int cli_calendar(struct cli *c, int argc, char **argv)
{
	const char *school = NULL, *week = NULL;
	const struct cli_opt opts[] = { { "school", 1, &school }, { "week", 1, &week }, { NULL, 0, NULL } };
	struct calendar cal;
	struct calendar_school cs;
	struct zio_err err;
	struct isoweek w;
	struct date today, mon, sun;
	char ws[WEEK_STR_LEN], d1[DATE_STR_LEN], d2[DATE_STR_LEN];
	int64_t id;
	int rc = cli_parse("", &calendar_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	zio_err_clear(&err);
	if (cli_today(&today, &err))
		return cli_fail(&err);
	w = date_isoweek(today);
	if (week && date_parse_isoweek(week, &w, &err))
		return cli_usage("", "calendar", "%s", err.msg);
	mon = date_from_isoweek(w, 1);
	sun = date_from_isoweek(w, 7);
	if (cli_open_read(c, &err) || cli_pick_school(c, school, &id, &err) || calendar_open(&cal, c->st, &err))
		return cli_fail(&err);
	if (calendar_school_load(c->st, &c->cfg, id, mon, sun, &cs, &err)) {
		calendar_close(&cal);
		return cli_fail(&err);
	}
	printf(_("%s (%s), week %s: %s .. %s\n"), cs.school.name, units_region_name(cs.school.region),
	       date_format_isoweek(w, ws), date_format(mon, d1), date_format(sun, d2));
	for (int i = 1; i <= 7; i++) {
		struct date d = date_from_isoweek(w, i);
		struct cal_day day;
		char t1[TIME_STR_LEN], t2[TIME_STR_LEN];

		cal_school_day(&cal.hs, &cs.cs, d, &day);
		printf("%s %s  ", _(day_names[i]), date_format(d, d1));
		switch (day.status) {
		case CAL_OPEN:
			printf(_("open     %s-%s\n"), time_format(cs.cs.day_start, t1), time_format(cs.cs.day_end, t2));
			break;
		case CAL_PARTLY:
			printf(_("partly   closed %s-%s: %s\n"), time_format(day.closed_start, t1),
			       time_format(day.closed_end, t2), day.reason);
			break;
		case CAL_CLOSED:
			printf(_("closed   %s\n"), day.reason);
			break;
		case CAL_UNKNOWN:
			printf(_("unknown  %s\n"), day.reason);
			break;
		}
	}
	calendar_school_free(&cs);
	calendar_close(&cal);
	return ZIO_OK;
}
