/* zio week (the week as a grid, for printing) and zio today (the day's rota per class). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/plan.h"
#include "zio/roster.h"

#define CELL 18   /* "SO Eg 08:30-12:00" or "xZdV 08:30-12:00", and a space */

struct row {
	int64_t id;
	char name[ZIO_NAME_LEN];
	char extra[32];
};

static int class_row(const struct class *k, void *ctx)
{
	struct row **rows = ctx;
	size_t n = 0;
	while ((*rows)[n].id)
		n++;
	struct row *v = realloc(*rows, (n + 2) * sizeof **rows);
	if (!v)
		return ZIO_EDB;
	*rows = v;
	v[n] = (struct row){ k->id, "", "" };
	snprintf(v[n].name, sizeof v[n].name, "%s", k->name);
	units_format_hours(k->budget_minutes, 0, v[n].extra, sizeof v[n].extra);  /* budget, for now */
	v[n + 1].id = 0;
	return 0;
}

/* Print s cut to `cols` - 1 display columns (a space always separates cells) and padded. */
static void cell(const char *s, int cols)
{
	int used;
	size_t n = text_fit(s, cols - 1, &used);
	printf("%.*s%*s", (int)n, s, cols - used, "");
}

static const struct cli_verb week_verb = {
	"week", NULL, N_("[--week W] [--school S] [--by class|staff]"),
	N_("print a school's week as a grid: rows of classes (or professionals), Monday to Friday"),
	N_("  --by staff        professionals as rows, with the class in each cell\n"
	"Cells show initials (or the class) and times; a closed day says why below the grid;\n"
	"cancelled shifts are marked with x. The hours column is planned/budget for the week,\n"
	"the budget pro rata for closed days as zio check judges it.\n"
	"\nexample:\n  zio week --school \"De Wilgenhoek\" --week 2026-W48"),
};

int cli_week(struct cli *c, int argc, char **argv)
{
	const char *week = NULL, *school = NULL, *by = NULL;
	const struct cli_opt opts[] = { { "week", 1, &week }, { "school", 1, &school }, { "by", 1, &by }, { NULL, 0, NULL } };
	struct shift_filter f = { .with_cancelled = true };
	struct shift *shifts = NULL;
	struct row *rows = calloc(1, sizeof *rows);
	struct planner pl;
	struct cal_day days[6];
	struct zio_err err;
	struct isoweek w;
	size_t n = 0;
	bool by_staff;
	char ws[WEEK_STR_LEN], d1[DATE_STR_LEN], d2[DATE_STR_LEN];
	int rc = cli_parse("", &week_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (!rows)
		return ZIO_EDB;
	if (rc || (rc = cli_parse_period("", "week", week, NULL, NULL, NULL, &f.from, &f.to))) {
		free(rows);
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	}
	if (by && strcmp(by, "class") && strcmp(by, "staff")) {
		free(rows);
		return cli_usage("", "week", "invalid --by '%s': expected class or staff", by);
	}
	by_staff = by && !strcmp(by, "staff");
	w = date_isoweek(f.from);
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || cli_pick_school(c, school, &f.school_id, &err) ||
	    planner_open(&pl, c->st, &c->cfg, &err)) {
		free(rows);
		return cli_fail(&err);
	}
	for (int i = 1; i <= 5 && !rc; i++)
		rc = plan_school_day(&pl, f.school_id, date_from_isoweek(w, i), &days[i], &err);
	if (!rc)
		rc = store_shift_list(c->st, &f, &shifts, &n, &err);
	if (!rc && !by_staff) {
		struct roster_filter rf = { .school_id = f.school_id };
		rc = store_class_each(c->st, &rf, class_row, &rows, &err);
	}
	if (!rc && by_staff) {
		/* the professionals who work here this week, in name order */
		for (size_t i = 0; i < n && !rc; i++) {
			size_t k = 0;
			while (rows[k].id && rows[k].id != shifts[i].professional_id)
				k++;
			if (rows[k].id)
				continue;
			struct row *v = realloc(rows, (k + 2) * sizeof *rows);
			if (!v) {
				rc = zio_err_set(&err, ZIO_EDB, "out of memory");
				break;
			}
			rows = v;
			rows[k] = (struct row){ shifts[i].professional_id, "", "" };
			snprintf(rows[k].name, sizeof rows[k].name, "%s", shifts[i].professional_name);
			rows[k + 1].id = 0;
		}
		size_t nr = 0;
		while (rows[nr].id)
			nr++;
		for (size_t a = 1; a < nr; a++)    /* insertion sort by name; a week has few rows */
			for (size_t b = a; b > 0 && strcmp(rows[b - 1].name, rows[b].name) > 0; b--) {
				struct row t = rows[b];
				rows[b] = rows[b - 1];
				rows[b - 1] = t;
			}
	}
	if (rc) {
		free(shifts);
		free(rows);
		planner_close(&pl);
		return err.msg[0] ? cli_fail(&err) : ZIO_EDB;
	}
	/* the budget column is pro rata for closed days, as zio check judges it */
	double share = 1;
	if (!by_staff && plan_open_share(&pl, f.school_id, w, &share, &err)) {
		free(shifts);
		free(rows);
		planner_close(&pl);
		return cli_fail(&err);
	}
	for (size_t r = 0; !by_staff && rows[r].id; r++) {
		struct class k;
		if (store_class_get(c->st, rows[r].id, &k, &err) == ZIO_OK)
			units_format_hours((int64_t)(k.budget_minutes * share + 0.5), i18n_decimal_comma(), rows[r].extra,
					   sizeof rows[r].extra);
	}
	printf(_("%s, week %s: %s .. %s\n"), pl.cs.school.name, date_format_isoweek(w, ws),
	       date_format(date_from_isoweek(w, 1), d1), date_format(date_from_isoweek(w, 5), d2));
	cell(by_staff ? _("professional") : _("class"), 22);
	cell(_("hours"), 12);
	for (int i = 1; i <= 5; i++) {
		char h[CELL + 1];
		struct date d = date_from_isoweek(w, i);
		snprintf(h, sizeof h, days[i].status == CAL_CLOSED ? _("%s %02d-%02d shut") :
				      days[i].status == CAL_UNKNOWN ? "%s %02d-%02d ?" :
				      days[i].status == CAL_PARTLY ? _("%s %02d-%02d part") : "%s %02d-%02d",
			 _(date_weekday_name(i)), d.d, d.m);
		cell(h, CELL);
	}
	putchar('\n');
	for (size_t r = 0; rows[r].id; r++) {
		int64_t planned = 0;
		int lines = 1;
		char hours[64], p1[24];

		for (size_t i = 0; i < n; i++) {
			bool mine = by_staff ? shifts[i].professional_id == rows[r].id : shifts[i].class_id == rows[r].id;
			if (mine && shifts[i].status == SHIFT_PLANNED)
				planned += shift_minutes(&shifts[i]);
		}
		for (int day = 1; day <= 5; day++) {
			int k = 0;
			for (size_t i = 0; i < n; i++)
				k += (by_staff ? shifts[i].professional_id == rows[r].id : shifts[i].class_id == rows[r].id) &&
				     date_weekday(shifts[i].date) == day;
			lines = k > lines ? k : lines;
		}
		units_format_hours(planned, i18n_decimal_comma(), p1, sizeof p1);
		if (by_staff)
			snprintf(hours, sizeof hours, "%s", p1);
		else
			snprintf(hours, sizeof hours, "%s/%s", p1, rows[r].extra);
		for (int line = 0; line < lines; line++) {
			cell(line == 0 ? rows[r].name : "", 22);
			cell(line == 0 ? hours : "", 12);
			for (int day = 1; day <= 5; day++) {
				int k = 0;
				char text[ZIO_NAME_LEN + 24] = "";
				for (size_t i = 0; i < n; i++) {
					const struct shift *s = &shifts[i];
					bool mine = by_staff ? s->professional_id == rows[r].id : s->class_id == rows[r].id;
					if (!mine || date_weekday(s->date) != day || k++ != line)
						continue;
					char who[ZIO_NAME_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN];
					if (by_staff)
						snprintf(who, sizeof who, "%.*s", (int)text_fit(s->class_name, 4, NULL),
							 s->class_name);
					else
						text_initials(s->professional_name, who, sizeof who);
					snprintf(text, sizeof text, "%s%s %s-%s", s->status == SHIFT_CANCELLED ? "x" : "",
						 who, time_format(s->start, t1), time_format(s->end, t2));
				}
				if (line == 0 && !text[0] && days[day].status == CAL_CLOSED)
					snprintf(text, sizeof text, "-");
				cell(text, CELL);
			}
			putchar('\n');
		}
	}
	for (int i = 1; i <= 5; i++)
		if (days[i].status != CAL_OPEN)
		{
			char t1[TIME_STR_LEN], t2[TIME_STR_LEN], part[40] = "";
			if (days[i].status == CAL_PARTLY)
				snprintf(part, sizeof part, _("closed %s-%s: "), time_format(days[i].closed_start, t1),
					 time_format(days[i].closed_end, t2));
			printf("%s %s: %s%s\n", _(date_weekday_name(i)), date_format(date_from_isoweek(w, i), d1), part,
			       days[i].reason);
		}
	free(shifts);
	free(rows);
	planner_close(&pl);
	return ZIO_OK;
}

static const struct cli_verb today_verb = {
	"today", NULL, N_("[--date DATE] [--school S] [--class C]"),
	N_("the day's rota: who is in which class, from when to when"),
	N_("One line per class, with each shift's times and professional; cancelled shifts say so.\n"
	"\nexample:\n  zio today --school \"De Wilgenhoek\""),
};

int cli_today_cmd(struct cli *c, int argc, char **argv)
{
	const char *date = NULL, *school = NULL, *klass = NULL;
	const struct cli_opt opts[] = { { "date", 1, &date }, { "school", 1, &school }, { "class", 1, &klass }, { NULL, 0, NULL } };
	struct shift_filter f = { .with_cancelled = true };
	struct shift *shifts = NULL;
	struct row *rows = calloc(1, sizeof *rows);
	struct planner pl;
	struct cal_day day;
	struct zio_err err;
	size_t n = 0;
	char d1[DATE_STR_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN];
	int rc = cli_parse("", &today_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (!rows)
		return ZIO_EDB;
	if (rc) {
		free(rows);
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	}
	zio_err_clear(&err);
	if (date ? date_parse(date, &f.from, &err) : cli_today(&f.from, &err)) {
		free(rows);
		return date ? cli_usage("", "today", "%s", err.msg) : cli_fail(&err);
	}
	f.to = f.from;
	if (cli_open_read(c, &err) || cli_pick_school(c, school, &f.school_id, &err) ||
	    (klass && store_class_resolve(c->st, klass, f.school_id, &f.class_id, &err)) ||
	    planner_open(&pl, c->st, &c->cfg, &err)) {
		free(rows);
		return cli_fail(&err);
	}
	rc = plan_school_day(&pl, f.school_id, f.from, &day, &err);
	if (!rc)
		rc = store_shift_list(c->st, &f, &shifts, &n, &err);
	if (!rc) {
		struct roster_filter rf = { .school_id = f.school_id, .class_id = 0 };
		rc = store_class_each(c->st, &rf, class_row, &rows, &err);
	}
	if (rc) {
		free(shifts);
		free(rows);
		planner_close(&pl);
		return err.msg[0] ? cli_fail(&err) : ZIO_EDB;
	}
	printf("%s, %s %s: ", pl.cs.school.name, _(date_weekday_name(date_weekday(f.from))), date_format(f.from, d1));
	if (day.status == CAL_OPEN)
		printf(_("open %s-%s\n"), time_format(pl.cs.cs.day_start, t1), time_format(pl.cs.cs.day_end, t2));
	else if (day.status == CAL_PARTLY)
		printf(_("open, but closed %s-%s: %s\n"), time_format(day.closed_start, t1),
		       time_format(day.closed_end, t2), day.reason);
	else if (day.status == CAL_CLOSED)
		printf(_("closed: %s\n"), day.reason);
	else   /* unknown: the reason says that the dates are not known */
		printf("%s\n", day.reason);
	for (size_t r = 0; rows[r].id; r++) {
		bool any = false;
		if (f.class_id && rows[r].id != f.class_id)
			continue;
		cell(rows[r].name, 22);
		for (size_t i = 0; i < n; i++) {
			const struct shift *s = &shifts[i];
			if (s->class_id != rows[r].id)
				continue;
			printf("%s%s-%s %s", any ? ", " : "", time_format(s->start, t1), time_format(s->end, t2),
			       s->professional_name);
			if (s->status == SHIFT_CANCELLED)
				printf(_(" (cancelled: %s)"), s->cancel_reason);
			any = true;
		}
		if (!any)
			fputs(_("nobody planned"), stdout);
		putchar('\n');
	}
	free(shifts);
	free(rows);
	planner_close(&pl);
	return ZIO_OK;
}
