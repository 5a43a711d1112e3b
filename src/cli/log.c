/* zio log confirm|add|absent|edit|rm|list: the hours that were really delivered. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/logbook.h"

#define G "log"

struct log_args {
	const char *id, *staff, *klass, *date, *times, *school, *shift, *note, *reason, *replaced, *time2,
		*week, *provider, *format, *from, *to;
};

static int parse_id(const char *s, const char *what, int64_t *id, struct zio_err *err)
{
	if (!text_is_id(s))
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': expected a number", what, s);
	*id = strtoll(s, NULL, 10);
	return ZIO_OK;
}

static int school_scope(struct cli *c, const char *school, int64_t *id, struct zio_err *err)
{
	const char *s = school ? school : (c->cfg.school[0] ? c->cfg.school : NULL);
	*id = 0;
	return s ? store_school_resolve(c->st, s, id, err) : ZIO_OK;
}

enum change { ADDED, CHANGED, REMOVED };

static void describe(enum change what, const struct log_entry *e)
{
	char d[DATE_STR_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN];

	if (what == ADDED)
		printf(_("added log entry %lld: "), (long long)e->id);
	else if (what == CHANGED)
		printf(_("changed log entry %lld: "), (long long)e->id);
	else
		printf(_("removed log entry %lld: "), (long long)e->id);
	printf("%s, %s (%s), %s %s-%s, ", e->professional_name, e->class_name, e->school_name,
	       date_format(e->date, d), time_format(e->start, a), time_format(e->end, b));
	if (e->kind == LOG_ABSENT)
		printf(_("absent: %s\n"), cli_word(CLI_TEXT, absence_name(e->reason)));
	else
		printf("%s\n", e->shift_id ? _("delivered") : _("extra care"));
}

static int with_planner(struct cli *c, struct planner *pl, struct date *today, struct zio_err *err)
{
	if (cli_today(today, err) || planner_open(pl, c->st, &c->cfg, err))
		return err->code;
	return ZIO_OK;
}

/* confirm */
static int do_confirm(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct log_args *a = ctx;
	struct confirm_report r = { 0 };
	struct planner pl;
	struct date today;
	struct isoweek w;
	int64_t school_id, provider_id = 0;
	char ws[WEEK_STR_LEN];
	int rc;

	if (date_parse_isoweek(a->week, &w, err))
		return ZIO_EUSAGE;
	if (cli_pick_school(c, a->school, &school_id, err) ||
	    (a->provider && store_provider_resolve(c->st, a->provider, &provider_id, err)) ||
	    with_planner(c, &pl, &today, err))
		return err->code;
	rc = logbook_confirm_week(&pl, school_id, provider_id, w, today, &r, err);
	if (rc == ZIO_OK) {
		struct school sc;
		rc = store_school_get(c->st, school_id, &sc, err);
		if (rc == ZIO_OK)
			/* TRANSLATORS: the counts after the first are of shifts too; the form goes with the first */
			printf(_n("week %s of %s: %d shift confirmed as delivered, %d logged already, %d still to come, "
				  "%d refused\n",
				  "week %s of %s: %d shifts confirmed as delivered, %d logged already, %d still to come, "
				  "%d refused\n", r.confirmed),
			       date_format_isoweek(w, ws), sc.name, r.confirmed, r.already, r.future, r.refused);
		cli_print_findings(stderr, &r.findings, 0);
	}
	findings_free(&r.findings);
	planner_close(&pl);
	return rc;
}

static int log_confirm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct log_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "week", 1, &a.week }, { "school", 1, &a.school }, { "provider", 1, &a.provider }, { NULL, 0, NULL },
	};
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!a.week)
		return cli_usage(G, v->name, "missing --week W");
	return cli_write(c, do_confirm, &a);
}

/* add, edit */
static int do_add(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct log_args *a = ctx;
	struct findings fs = { 0 };
	struct log_entry e = { 0 };
	struct planner pl;
	struct date today;
	int64_t school_id;
	int rc;

	if (school_scope(c, a->school, &school_id, err) ||
	    store_staff_resolve(c->st, a->staff, 0, &e.professional_id, err) ||
	    store_class_resolve(c->st, a->klass, school_id, &e.class_id, err))
		return err->code;
	if (date_parse(a->date, &e.date, err) || time_parse_range(a->times, &e.start, &e.end, err) ||
	    (a->shift && parse_id(a->shift, "--shift", &e.shift_id, err)) ||
	    (a->note && text_check_short(a->note, "--note", err)))
		return ZIO_EUSAGE;
	snprintf(e.note, sizeof e.note, "%s", a->note ? a->note : "");
	if (with_planner(c, &pl, &today, err))
		return err->code;
	rc = logbook_add(&pl, &e, today, &fs, err);
	if (rc == ZIO_OK) {
		describe(ADDED, &e);
		cli_print_findings(stderr, &fs, 0);
	}
	findings_free(&fs);
	planner_close(&pl);
	return rc;
}

static int log_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct log_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "shift", 1, &a.shift }, { "note", 1, &a.note }, { NULL, 0, NULL },
	};
	char *pos[4];
	int rc = cli_parse(G, v, argc, argv, opts, 4, 4, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	a.klass = pos[1];
	a.date = pos[2];
	a.times = pos[3];
	return cli_write(c, do_add, &a);
}

static int do_absent(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct log_args *a = ctx;
	struct findings fs = { 0 };
	struct planner pl;
	struct date today;
	enum absence reason;
	int64_t shift_id = 0, stand_in = 0;
	int start = -1, end = -1, rc;
	struct log_entry *before = NULL;
	size_t nbefore = 0;

	if (parse_id(a->id, _("shift id"), &shift_id, err) || absence_parse(a->reason, &reason, err) ||
	    (a->time2 && time_parse_range(a->time2, &start, &end, err)) ||
	    (a->note && text_check_short(a->note, "--note", err)))
		return ZIO_EUSAGE;
	if ((a->replaced && store_staff_resolve(c->st, a->replaced, 0, &stand_in, err)) ||
	    with_planner(c, &pl, &today, err))
		return err->code;
	{   /* the hours confirmed as planned, which the absence replaces: said as removed */
		struct log_filter lf = log_filter_shift(shift_id);
		if (store_log_list(c->st, &lf, &before, &nbefore, err))
			nbefore = 0;
		zio_err_clear(err);
	}
	rc = logbook_absent(&pl, shift_id, reason, stand_in, start, end, a->note, today, &fs, err);
	if (rc == ZIO_OK) {
		struct log_filter lf = { 0 };
		struct log_entry *v = NULL;
		size_t n = 0;
		struct shift s;
		for (size_t i = 0; i < nbefore; i++)
			describe(REMOVED, &before[i]);
		if (store_shift_get(c->st, shift_id, &s, err) == ZIO_OK) {
			lf.from = lf.to = s.date;
			lf.shift_id = shift_id;
			if (store_log_list(c->st, &lf, &v, &n, err) == ZIO_OK)
				for (size_t i = 0; i < n; i++)
					describe(ADDED, &v[i]);
			free(v);
		}
		cli_print_findings(stderr, &fs, 0);
	}
	free(before);
	findings_free(&fs);
	planner_close(&pl);
	return rc;
}

static int log_absent(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct log_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "reason", 1, &a.reason }, { "replaced-by", 1, &a.replaced }, { "time", 1, &a.time2 },
		{ "note", 1, &a.note }, { NULL, 0, NULL },
	};
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!a.reason)
		return cli_usage(G, v->name, "missing --reason sick|leave|training|other");
	if (a.time2 && !a.replaced)
		return cli_usage(G, v->name, "--time goes with --replaced-by: the stand-in's hours");
	a.id = pos[0];
	return cli_write(c, do_absent, &a);
}

static int do_edit(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct log_args *a = ctx;
	struct findings fs = { 0 };
	struct log_entry e;
	struct planner pl;
	struct date today;
	int64_t id = 0;
	int rc;

	if (parse_id(a->id, _("log entry id"), &id, err) || store_log_get(c->st, id, &e, err))
		return err->code;
	if ((a->times && time_parse_range(a->times, &e.start, &e.end, err)) ||
	    (a->note && text_check_short(a->note, "--note", err)))
		return ZIO_EUSAGE;
	if (a->reason) {
		if (e.kind != LOG_ABSENT)
			return zio_err_set(err, ZIO_EUSAGE, "--reason is for absences; this entry is delivered");
		if (absence_parse(a->reason, &e.reason, err))
			return ZIO_EUSAGE;
	}
	if (a->note)
		snprintf(e.note, sizeof e.note, "%s", a->note);
	if (with_planner(c, &pl, &today, err))
		return err->code;
	rc = logbook_update(&pl, &e, today, &fs, err);
	if (rc == ZIO_OK) {
		describe(CHANGED, &e);
		cli_print_findings(stderr, &fs, 0);
	}
	findings_free(&fs);
	planner_close(&pl);
	return rc;
}

static int log_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct log_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "time", 1, &a.times }, { "note", 1, &a.note }, { "reason", 1, &a.reason }, { NULL, 0, NULL },
	};
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.id = pos[0];
	return cli_write(c, do_edit, &a);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	struct log_entry e;
	int64_t id = 0;

	if (parse_id(ctx, _("log entry id"), &id, err) || store_log_get(c->st, id, &e, err) ||
	    store_log_delete(c->st, id, err))
		return err->code;
	describe(REMOVED, &e);
	return ZIO_OK;
}

static int log_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static int log_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct log_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "week", 1, &a.week }, { "from", 1, &a.from }, { "to", 1, &a.to }, { "school", 1, &a.school },
		{ "staff", 1, &a.staff }, { "provider", 1, &a.provider }, { "format", 1, &a.format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("date"), N_("school"), N_("class"), N_("professional"),
					    N_("start"), N_("end"), N_("hours"), N_("kind"), N_("reason"),
					    N_("replaced_by"), N_("shift"), N_("logged_by") };
	struct log_filter f = { 0 };
	struct log_entry *list = NULL;
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	size_t n = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, a.format, &fmt)) ||
	    (rc = cli_parse_period(G, v->name, a.week, a.from, a.to, NULL, &f.from, &f.to)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (a.school && store_school_resolve(c->st, a.school, &f.school_id, &err)) ||
	    (a.staff && store_staff_resolve(c->st, a.staff, 0, &f.professional_id, &err)) ||
	    (a.provider && store_provider_resolve(c->st, a.provider, &f.provider_id, &err)) ||
	    store_log_list(c->st, &f, &list, &n, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 13, head))) {
		free(list);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		const struct log_entry *e = &list[i];
		char id[24], d[DATE_STR_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN], h[24], sh[24] = "";
		snprintf(id, sizeof id, "%lld", (long long)e->id);
		units_format_hours(log_minutes(e), cli_comma(fmt), h, sizeof h);
		if (e->shift_id)
			snprintf(sh, sizeof sh, "%lld", (long long)e->shift_id);
		rc = cli_table_row(t, (const char *[]){ id, date_format(e->date, d), e->school_name, e->class_name,
							 e->professional_name, time_format(e->start, t1),
							 time_format(e->end, t2), h,
							 cli_word(fmt, e->kind == LOG_ABSENT ? N_("absent") :
								       e->shift_id ? N_("delivered") : N_("extra")),
							 cli_word(fmt, absence_name(e->reason)), e->replaced_by_name, sh,
							 e->logged_by });
	}
	free(list);
	rc = cli_table_finish(t) ? ZIO_EDB : rc;
	return rc;
}

static const struct cli_verb verbs[] = {
	{ "confirm", log_confirm, N_("--week W [--school S] [--provider P]"),
	  N_("log every planned shift of the week up to today as delivered as planned"),
	  N_("The everyday case, in one command. Cancelled shifts, shifts logged already and shifts\n"
	  "still to come are left alone; running it twice adds nothing.\n"
	  "\nexample:\n  zio log confirm --week 2026-W47 --school \"De Wilgenhoek\" --provider \"Zorggroep Horizon\"") },
	{ "add", log_add, N_("STAFF CLASS DATE HH:MM-HH:MM [--school S] [--shift ID] [--note TEXT]"),
	  N_("log hours: for a shift (--shift, other times than planned) or unplanned extra care"),
	  N_("Refused (exit 1): in the future, overlapping another delivered entry of the professional,\n"
	  "outside their active dates. Warned: a closed day, outside the school day.\n"
	  "\nexample:\n  zio log add \"Zoë de Vries\" \"SO Egels\" 2026-11-20 12:00-13:30 --note \"extra: uitstapje\"") },
	{ "absent", log_absent, N_("SHIFT_ID --reason sick|leave|training|other [--replaced-by STAFF [--time HH:MM-HH:MM]] [--note TEXT]"),
	  N_("the professional of a shift was absent; perhaps someone stood in"),
	  N_("The absent professional gets 0 delivered hours; the stand-in gets a delivered entry for\n"
	  "the same shift, with the shift's times or --time. Hours confirmed as planned (zio log\n"
	  "confirm) are replaced; other entries of the shift must be edited or removed first.\n"
	  "\nexample:\n  zio log absent 1234 --reason sick --replaced-by \"Jan van der Berg\"") },
	{ "edit", log_edit, N_("ID [--time HH:MM-HH:MM] [--note TEXT] [--reason R]"), N_("change a log entry"),
	  N_("  --time HH:MM-HH:MM  the times actually worked\n"
	     "  --note TEXT       a note ('' clears it)\n"
	     "  --reason R        the reason of an absence: sick, leave, training or other\n"
	     "Only the fields given change; the entry records who changed it. An entry of an\n"
	     "approved week cannot change.\n"
	     "\nexample:\n  zio log edit 88 --time 08:30-11:45") },
	{ "rm", log_rm, N_("ID"), N_("remove a log entry"), N_("\nexample:\n  zio log rm 88") },
	{ "list", log_list, N_("[--week W | --from DATE --to DATE] [--school S] [--staff P] [--provider P] [--format text|csv]"),
	  N_("list log entries (default: this week)"),
	  N_("  --format csv      id,date,school,class,professional,start,end,hours,kind,reason,\n"
	  "                    replaced_by,shift,logged_by; kind is delivered, absent or extra\n"
	  "\nexample:\n  zio log list --week 2026-W47 --format csv") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_log(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Delivered hours: confirm, log, absences and stand-ins"), verbs, argc, argv);
}
