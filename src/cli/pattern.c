/* zio pattern add|list|rm: the weekly pattern of a class, which plan fill turns into shifts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/roster.h"
#include "zio/shift.h"

#define G "pattern"

struct pattern_args {
	const char *staff, *klass, *weekday, *times, *school, *from, *to, *every, *start_week, *keep;
};

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct pattern_args *a = ctx;
	struct pattern p = { .every = 1 };
	int64_t school_id = 0;
	const char *school = a->school ? a->school : (c->cfg.school[0] ? c->cfg.school : NULL);
	bool member = false;
	char t1[TIME_STR_LEN], t2[TIME_STR_LEN];

	if (school && store_school_resolve(c->st, school, &school_id, err))
		return err->code;
	if (store_staff_resolve(c->st, a->staff, 0, &p.professional_id, err) ||
	    store_class_resolve(c->st, a->klass, school_id, &p.class_id, err))
		return err->code;
	if (date_parse_weekday(a->weekday, &p.weekday, err) || time_parse_range(a->times, &p.start, &p.end, err) ||
	    (a->from && date_parse(a->from, &p.valid_from, err)) || (a->to && date_parse(a->to, &p.valid_to, err)))
		return ZIO_EUSAGE;
	if (a->every && (strcmp(a->every, "1") && strcmp(a->every, "2")))
		return zio_err_set(err, ZIO_EUSAGE, "invalid --every '%s': expected 1 or 2", a->every);
	if (a->every)
		p.every = a->every[0] - '0';
	if (a->start_week) {
		struct isoweek w;
		if (date_parse_isoweek(a->start_week, &w, err))
			return ZIO_EUSAGE;
		p.anchor = date_from_isoweek(w, 1);
	}
	if (store_pattern_insert(c->st, &p, err) || store_pattern_get(c->st, p.id, &p, err))
		return err->code;
	printf(p.every == 2 ? _("added pattern %lld: %s in %s (%s), every other %s %s-%s\n") :
			      _("added pattern %lld: %s in %s (%s), every %s %s-%s\n"),
	       (long long)p.id, p.professional_name, p.class_name, p.school_name, _(date_weekday_name(p.weekday)),
	       time_format(p.start, t1), time_format(p.end, t2));
	{
		struct date on;
		if (cli_today(&on, err))
			return err->code;
		if (p.valid_from.y && date_cmp(p.valid_from, on) > 0)
			on = p.valid_from;
		if (store_team_has(c->st, p.professional_id, p.class_id, on, &member, err))
			return err->code;
	}
	if (!member)
		fprintf(stderr, _("warning: %s is not in the fixed team of %s [not-fixed-team]\n"), p.professional_name,
			p.class_name);
	if (p.weekday >= 6)
		fprintf(stderr, "%s\n", _("warning: schools are closed at weekends: plan fill makes no shifts from this "
					  "pattern [closed-day]"));
	return ZIO_OK;
}

static int pattern_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct pattern_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "from", 1, &a.from }, { "to", 1, &a.to }, { "every", 1, &a.every },
		{ "start-week", 1, &a.start_week }, { NULL, 0, NULL },
	};
	char *pos[4];
	int rc = cli_parse(G, v, argc, argv, opts, 4, 4, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	a.klass = pos[1];
	a.weekday = pos[2];
	a.times = pos[3];
	if (a.every && !strcmp(a.every, "2") && !a.start_week)
		return cli_usage(G, v->name, "--every 2 needs --start-week W (a week the pattern applies to)");
	if (a.start_week && !(a.every && !strcmp(a.every, "2")))
		return cli_usage(G, v->name, "--start-week goes with --every 2");
	return cli_write(c, do_insert, &a);
}

static int pattern_row(const struct pattern *p, void *ctx)
{
	enum cli_format fmt = cli_table_format(ctx);
	char id[24], t1[TIME_STR_LEN], t2[TIME_STR_LEN], times[16], from[DATE_STR_LEN] = "", to[DATE_STR_LEN] = "",
		every[48];

	snprintf(id, sizeof id, "%lld", (long long)p->id);
	snprintf(times, sizeof times, "%s-%s", time_format(p->start, t1), time_format(p->end, t2));
	if (p->valid_from.y)
		date_format(p->valid_from, from);
	if (p->valid_to.y)
		date_format(p->valid_to, to);
	if (p->every == 2) {
		char w[WEEK_STR_LEN];
		snprintf(every, sizeof every, fmt == CLI_TEXT ? _("2 from %s") : "2 from %s",
			 date_format_isoweek(date_isoweek(p->anchor), w));
	} else {
		snprintf(every, sizeof every, "1");
	}
	return cli_table_row(ctx, (const char *[]){ id, p->professional_name, p->class_name, p->school_name,
						     cli_word(fmt, date_weekday_name(p->weekday)), times, from, to, every });
}

static int pattern_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *format = NULL, *school = NULL, *klass = NULL, *staff = NULL;
	const struct cli_opt opts[] = {
		{ "format", 1, &format }, { "school", 1, &school }, { "class", 1, &klass }, { "staff", 1, &staff },
		{ NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("name"), N_("class"), N_("school"), N_("weekday"),
					    N_("time"), N_("from"), N_("to"), N_("every") };
	int64_t school_id = 0, class_id = 0, staff_id = 0;
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    (klass && store_class_resolve(c->st, klass, school_id, &class_id, &err)) ||
	    (staff && store_staff_resolve(c->st, staff, 0, &staff_id, &err)))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 9, head)))
		return ZIO_EDB;
	if (store_pattern_each(c->st, school_id, class_id, staff_id, pattern_row, t, &err)) {
		cli_table_finish(t);
		return err.msg[0] ? cli_fail(&err) : ZIO_EDB;
	}
	return cli_table_finish(t);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct pattern_args *a = ctx;
	struct date today;
	int64_t id, n = 0;

	if (!text_is_id(a->staff))
		return zio_err_set(err, ZIO_EUSAGE, "give the id of the pattern (zio pattern list)");
	id = strtoll(a->staff, NULL, 10);
	if (cli_today(&today, err) || store_pattern_future(c->st, id, today, &n, !a->keep, err) ||
	    store_pattern_delete(c->st, id, err))
		return err->code;
	if (a->keep)
		printf(_n("removed pattern %lld; its %lld future shift stays\n",
			  "removed pattern %lld; its %lld future shifts stay\n", n), (long long)id, (long long)n);
	else
		printf(_n("removed pattern %lld and its %lld unedited shift from today on\n",
			  "removed pattern %lld and its %lld unedited shifts from today on\n", n), (long long)id,
		       (long long)n);
	return ZIO_OK;
}

static int pattern_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct pattern_args a = { 0 };
	const struct cli_opt opts[] = { { "keep-shifts", 0, &a.keep }, { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	return cli_write(c, do_rm, &a);
}

static const struct cli_verb verbs[] = {
	{ "add", pattern_add,
	  N_("STAFF CLASS WEEKDAY HH:MM-HH:MM [--school S] [--from DATE] [--to DATE] [--every 2 --start-week W]"),
	  N_("add a recurring shift to a class's weekly pattern"),
	  N_("  WEEKDAY           mon..sun, ma..zo or 1..7\n"
	  "  --school S        picks the class when several schools have one of that name\n"
	  "  --from, --to      the dates the pattern is valid (default: always)\n"
	  "  --every 2         every other week (A/B weeks) ...\n"
	  "  --start-week W    ... starting with ISO week W (2026-W48)\n"
	  "zio plan fill turns patterns into shifts; a professional outside the class's fixed team\n"
	  "gets a warning.\n"
	  "\nexamples:\n  zio pattern add \"Zoë de Vries\" \"SO Egels\" ma 08:30-12:00\n"
	  "  zio pattern add \"Jan van der Berg\" \"SO Egels\" vr 12:00-15:00 --every 2 --start-week 2026-W49") },
	{ "list", pattern_list, N_("[--school S] [--class C] [--staff P] [--format text|csv]"), N_("list patterns"),
	  N_("  --format csv      id,name,class,school,weekday,time,from,to,every (name: the professional)\n"
	  "\nexample:\n  zio pattern list --class \"SO Egels\"") },
	{ "rm", pattern_rm, N_("ID [--keep-shifts]"), N_("remove a pattern and its unedited shifts from today on"),
	  N_("  --keep-shifts     keep the shifts it already made\n"
	  "\nexample:\n  zio pattern rm 12 --keep-shifts") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_pattern(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Weekly patterns: the recurring shifts of each class"), verbs, argc, argv);
}
