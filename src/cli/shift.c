/* zio shift add|edit|move|cancel|rm|list: concrete shifts on real dates. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/plan.h"
#include "zio/roster.h"

#define G "shift"

struct shift_args {
	const char *id, *staff, *klass, *date, *times, *school, *note, *reason, *cancel, *format,
		*week, *from, *to, *provider;
	int verb;   /* which change: 'a'dd, 'e'dit, 'm'ove, 'c'ancel */
};

static int resolve_class(struct cli *c, const struct shift_args *a, int64_t *class_id, struct zio_err *err)
{
	int64_t school_id = 0;
	const char *school = a->school ? a->school : (c->cfg.school[0] ? c->cfg.school : NULL);

	if (school && store_school_resolve(c->st, school, &school_id, err))
		return err->code;
	return store_class_resolve(c->st, a->klass, school_id, class_id, err);
}

static int shift_id(const char *s, int64_t *id, struct zio_err *err)
{
	if (!text_is_id(s))
		return zio_err_set(err, ZIO_EUSAGE, "invalid shift id '%s' (zio shift list shows them)", s);
	*id = strtoll(s, NULL, 10);
	return ZIO_OK;
}

static void describe(int what, const struct shift *s)
{
	char d[DATE_STR_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN];

	switch (what) {
	case 'a': printf(_("added shift %lld: "), (long long)s->id); break;
	case 'e': printf(_("changed shift %lld: "), (long long)s->id); break;
	case 'm': printf(_("moved shift %lld: "), (long long)s->id); break;
	case 'c': printf(_("cancelled shift %lld: "), (long long)s->id); break;
	default: printf(_("removed shift %lld: "), (long long)s->id); break;
	}
	printf("%s, %s (%s), %s %s %s-%s\n", s->professional_name, s->class_name, s->school_name,
	       _(date_weekday_name(date_weekday(s->date))), date_format(s->date, d), time_format(s->start, t1),
	       time_format(s->end, t2));
}

/* add, edit, move and cancel: one transaction, the rules judge, warnings go to stderr. */
static int do_change(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct shift_args *a = ctx;
	struct planner pl;
	struct findings fs = { 0 };
	struct shift s = { 0 };
	int rc;

	if (a->verb != 'a') {
		int64_t id = 0;
		if (shift_id(a->id, &id, err) || store_shift_get(c->st, id, &s, err))
			return err->code;
	}
	if (a->staff && store_staff_resolve(c->st, a->staff, 0, &s.professional_id, err))
		return err->code;
	if (a->klass && resolve_class(c, a, &s.class_id, err))
		return err->code;
	if ((a->date && date_parse(a->date, &s.date, err)) ||
	    (a->times && time_parse_range(a->times, &s.start, &s.end, err)))
		return ZIO_EUSAGE;
	if ((a->note && text_check_short(a->note, "--note", err)) ||
	    (a->reason && text_check_short(a->reason, "--reason", err)) ||
	    (a->cancel && text_check_name(a->cancel, "--reason", err)))
		return ZIO_EUSAGE;
	if (a->note)
		snprintf(s.note, sizeof s.note, "%s", a->note);
	if (a->reason)
		snprintf(s.override_reason, sizeof s.override_reason, "%s", a->reason);
	if (a->verb == 'c') {
		if (s.status == SHIFT_CANCELLED)
			return zio_err_set(err, ZIO_ERULE, "shift %lld is already cancelled", (long long)s.id);
		s.status = SHIFT_CANCELLED;
		snprintf(s.cancel_reason, sizeof s.cancel_reason, "%s", a->cancel);
	}
	if ((rc = planner_open(&pl, c->st, &c->cfg, err)))
		return rc;
	rc = a->verb == 'a' ? plan_shift_add(&pl, &s, &fs, err) : plan_shift_update(&pl, &s, &fs, err);
	planner_close(&pl);
	if (rc == ZIO_OK) {
		if (a->verb == 'c') {
			struct zio_err e;
			if (store_shift_get(c->st, s.id, &s, &e) == ZIO_OK)
				describe('c', &s);
		} else {
			describe(a->verb, &s);
		}
		cli_print_findings(stderr, &fs, 0);   /* a cancel's only one: [logged] */
	}
	findings_free(&fs);
	return rc;
}

static int shift_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct shift_args a = { .verb = 'a' };
	const struct cli_opt opts[] = {
		{ "school", 1, &a.school }, { "note", 1, &a.note }, { "reason", 1, &a.reason }, { NULL, 0, NULL },
	};
	char *pos[4];
	int rc = cli_parse(G, v, argc, argv, opts, 4, 4, pos);

	if (rc)
		return rc;
	a.staff = pos[0];
	a.klass = pos[1];
	a.date = pos[2];
	a.times = pos[3];
	return cli_write(c, do_change, &a);
}

static int shift_edit(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct shift_args a = { .verb = 'e' };
	const struct cli_opt opts[] = {
		{ "time", 1, &a.times }, { "staff", 1, &a.staff }, { "class", 1, &a.klass }, { "school", 1, &a.school },
		{ "note", 1, &a.note }, { "reason", 1, &a.reason }, { NULL, 0, NULL },
	};
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	a.id = pos[0];
	return cli_write(c, do_change, &a);
}

static int shift_move(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct shift_args a = { .verb = 'm' };
	const struct cli_opt opts[] = {
		{ "time", 1, &a.times }, { "reason", 1, &a.reason }, { NULL, 0, NULL },
	};
	char *pos[2];
	int rc = cli_parse(G, v, argc, argv, opts, 2, 2, pos);

	if (rc)
		return rc;
	a.id = pos[0];
	a.date = pos[1];
	return cli_write(c, do_change, &a);
}

static int shift_cancel(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct shift_args a = { .verb = 'c' };
	const struct cli_opt opts[] = { { "reason", 1, &a.cancel }, { NULL, 0, NULL } };
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	if (!a.cancel)
		return cli_usage(G, v->name, "missing --reason TEXT");
	a.id = pos[0];
	return cli_write(c, do_change, &a);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	struct shift s;
	int64_t id = 0;

	if (shift_id(ctx, &id, err) || store_shift_get(c->st, id, &s, err) || store_shift_delete(c->st, id, err))
		return err->code;
	describe('r', &s);
	return ZIO_OK;
}

static int shift_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static int shift_row(const struct shift *s, void *ctx)
{
	char id[24], d[DATE_STR_LEN], t1[TIME_STR_LEN], t2[TIME_STR_LEN];

	snprintf(id, sizeof id, "%lld", (long long)s->id);
	return cli_table_row(ctx, (const char *[]){ id, date_format(s->date, d), s->school_name, s->class_name,
						     s->professional_name, time_format(s->start, t1),
						     time_format(s->end, t2),
						     cli_word(cli_table_format(ctx), shift_status_name(s->status)) });
}

static int shift_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct shift_args a = { 0 };
	const struct cli_opt opts[] = {
		{ "week", 1, &a.week }, { "from", 1, &a.from }, { "to", 1, &a.to }, { "school", 1, &a.school },
		{ "staff", 1, &a.staff }, { "class", 1, &a.klass }, { "format", 1, &a.format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("date"), N_("school"), N_("class"), N_("professional"),
					    N_("start"), N_("end"), N_("status") };
	struct shift_filter f = { .with_cancelled = true };
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, a.format, &fmt)) ||
	    (rc = cli_parse_period(G, v->name, a.week, a.from, a.to, NULL, &f.from, &f.to)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (a.school && store_school_resolve(c->st, a.school, &f.school_id, &err)) ||
	    (a.klass && store_class_resolve(c->st, a.klass, f.school_id, &f.class_id, &err)) ||
	    (a.staff && store_staff_resolve(c->st, a.staff, 0, &f.professional_id, &err)))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 8, head)))
		return ZIO_EDB;
	if (store_shift_each(c->st, &f, shift_row, t, &err)) {
		cli_table_finish(t);
		return err.msg[0] ? cli_fail(&err) : ZIO_EDB;
	}
	return cli_table_finish(t);
}

static const struct cli_verb verbs[] = {
	{ "add", shift_add, N_("STAFF CLASS DATE HH:MM-HH:MM [--school S] [--note TEXT] [--reason TEXT]"),
	  N_("plan one shift"),
	  N_("  --school S        picks the class when several schools have one of that name\n"
	  "  --note TEXT       a note kept with the shift\n"
	  "  --reason TEXT     why a warning is accepted (kept with the shift, shown by zio check)\n"
	  "Errors refuse the shift (exit 1): end not after start, the professional already works\n"
	  "then (at any school), the professional not active that day. Warnings are shown and the\n"
	  "shift is made: closed day, outside the school day, not in the fixed team, over contract.\n"
	  "\nexample:\n  zio shift add \"Zoë de Vries\" \"SO Egels\" 2026-11-24 08:30-12:00") },
	{ "edit", shift_edit,
	  N_("ID [--time HH:MM-HH:MM] [--staff P] [--class C] [--school S] [--note TEXT] [--reason TEXT]"),
	  N_("change a shift; plan fill never overwrites it afterwards"),
	  N_("  --time HH:MM-HH:MM  new times\n"
	     "  --staff P         another professional (name or id)\n"
	     "  --class C         another class; --school S when its name is not unique\n"
	     "  --note TEXT       a note shown with the shift ('' clears it)\n"
	     "  --reason TEXT     why a warning of the rules is accepted (kept with the shift)\n"
	     "Only the fields given change. A shift of an approved week cannot change.\n"
	     "\nexample:\n  zio shift edit 123 --time 09:00-12:30") },
	{ "move", shift_move, N_("ID DATE [--time HH:MM-HH:MM] [--reason TEXT]"), N_("move a shift to another day"),
	  N_("  --time HH:MM-HH:MM  other times on the new day (default: the same times)\n"
	     "  --reason TEXT     why a warning of the rules is accepted\n"
	     "\nexample:\n  zio shift move 123 2026-11-26") },
	{ "cancel", shift_cancel, N_("ID --reason TEXT"), N_("cancel a shift: it is kept and shown as cancelled"),
	  N_("  --reason TEXT     why it is cancelled (required): shown in the rooster and on the\n"
	     "                    urenstaat\n"
	     "\nexample:\n  zio shift cancel 123 --reason \"klas op schoolreis\"") },
	{ "rm", shift_rm, N_("ID"), N_("remove a shift altogether"), N_("\nexample:\n  zio shift rm 123") },
	{ "list", shift_list,
	  N_("[--week W | --from DATE --to DATE] [--school S] [--staff P] [--class C] [--format text|csv]"),
	  N_("list shifts (default: this week)"),
	  N_("  --format csv      id,date,school,class,professional,start,end,status (planned or\n"
	  "                    cancelled) for scripts\n"
	  "\nexample:\n  zio shift list --week 2026-W48 --class \"SO Egels\"") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_shift(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Shifts (diensten): one professional, one class, one day, from-to"), verbs,
			    argc, argv);
}
