/* zio closure add|list|rm: study days (studiedagen) and other closed days of a school. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/calstore.h"
#include "zio/cli.h"
#include "zio/roster.h"

#define G "closure"

struct closure_args {
	const char *school, *date, *times, *reason, *to;
};

static int do_insert(struct cli *c, void *ctx, struct zio_err *err)
{
	const struct closure_args *a = ctx;
	struct closure k = { .start = -1, .end = -1 };
	struct school s;
	char d1[DATE_STR_LEN], d2[DATE_STR_LEN];

	if (store_school_resolve(c->st, a->school, &k.school_id, err) ||
	    store_school_get(c->st, k.school_id, &s, err))
		return err->code;
	if (date_parse(a->date, &k.from, err))
		return ZIO_EUSAGE;
	k.to = k.from;
	if (a->to && date_parse(a->to, &k.to, err))
		return ZIO_EUSAGE;
	if (a->times && time_parse_range(a->times, &k.start, &k.end, err))
		return ZIO_EUSAGE;
	if (cli_copy_text(k.reason, sizeof k.reason, a->reason, N_("--reason"), err))
		return ZIO_EUSAGE;
	if (store_closure_insert(c->st, &k, err))
		return err->code;
	date_format(k.from, d1);
	date_format(k.to, d2);
	printf(_("closed %s %s%s%s%s%s: %s (id %lld)\n"), s.name, d1, date_cmp(k.from, k.to) ? ".." : "",
	       date_cmp(k.from, k.to) ? d2 : "", a->times ? " " : "", a->times ? a->times : "", k.reason,
	       (long long)k.id);
	return ZIO_OK;
}

static int closure_add(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	struct closure_args a = { 0 };
	const struct cli_opt opts[] = { { "reason", 1, &a.reason }, { "to", 1, &a.to }, { NULL, 0, NULL } };
	char *pos[3];
	int rc = cli_parse(G, v, argc, argv, opts, 2, 3, pos);

	if (rc)
		return rc;
	if (!a.reason)
		return cli_usage(G, v->name, "missing --reason TEXT (like \"studiedag: teamtraining\")");
	a.school = pos[0];
	a.date = pos[1];
	a.times = pos[2];
	return cli_write(c, do_insert, &a);
}

static int closure_list(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *school = NULL, *year = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "school", 1, &school }, { "school-year", 1, &year }, { "format", 1, &format }, { NULL, 0, NULL },
	};
	static const char *const head[] = { N_("id"), N_("school"), N_("from"), N_("to"), N_("times"), N_("reason") };
	struct closure *list = NULL;
	struct cli_table *t;
	struct zio_err err;
	enum cli_format fmt;
	struct date today;
	size_t n = 0;
	int64_t school_id = 0;
	int sy, rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_format(G, v->name, format, &fmt)))
		return rc;
	zio_err_clear(&err);
	if (cli_today(&today, &err))
		return cli_fail(&err);
	sy = date_school_year(today);
	if (year && date_parse_school_year(year, &sy, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    store_closure_list(c->st, school_id, date_school_year_start(sy), date_school_year_end(sy), &list,
			       &n, &err))
		return cli_fail(&err);
	if (!(t = cli_table_new(fmt, 6, head))) {
		free(list);
		return ZIO_EDB;
	}
	for (size_t i = 0; i < n && rc == ZIO_OK; i++) {
		char id[24], from[DATE_STR_LEN], to[DATE_STR_LEN], times[16] = "", t1[TIME_STR_LEN],
			t2[TIME_STR_LEN];
		struct school s;
		if (store_school_get(c->st, list[i].school_id, &s, &err)) {
			rc = err.code;
			break;
		}
		snprintf(id, sizeof id, "%lld", (long long)list[i].id);
		if (list[i].start >= 0)
			snprintf(times, sizeof times, "%s-%s", time_format(list[i].start, t1),
				 time_format(list[i].end, t2));
		rc = cli_table_row(t, (const char *[]){ id, s.name, date_format(list[i].from, from),
							 date_format(list[i].to, to), times, list[i].reason });
	}
	free(list);
	if (rc) {
		cli_table_finish(t);
		return err.code ? cli_fail(&err) : rc;
	}
	return cli_table_finish(t);
}

static int do_rm(struct cli *c, void *ctx, struct zio_err *err)
{
	const char *key = ctx;
	int64_t id;

	if (!text_is_id(key))
		return zio_err_set(err, ZIO_EUSAGE, "give the id of the closure (zio closure list)");
	id = strtoll(key, NULL, 10);
	if (store_closure_delete(c->st, id, err))
		return err->code;
	printf(_("removed closure %lld\n"), (long long)id);
	return ZIO_OK;
}

static int closure_rm(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, NULL, 1, 1, pos);
	return rc ? rc : cli_write(c, do_rm, pos[0]);
}

static const struct cli_verb verbs[] = {
	{ "add", closure_add, N_("SCHOOL DATE [HH:MM-HH:MM] --reason TEXT [--to DATE]"),
	  N_("close a school for a day, a part of a day, or several days (a studiedag)"),
	  N_("  HH:MM-HH:MM       close only that part of the day (a study afternoon)\n"
	  "  --reason TEXT     shown wherever the day appears: \"studiedag: teamtraining\"\n"
	  "  --to DATE         the last day, for a closure of several days\n"
	  "\nexamples:\n  zio closure add \"De Wilgenhoek\" 2027-03-10 --reason \"studiedag: teamtraining\"\n"
	  "  zio closure add \"De Wilgenhoek\" 2027-04-14 12:00-15:00 --reason \"studiemiddag\"") },
	{ "list", closure_list, N_("[--school S] [--school-year Y] [--format text|csv]"),
	  N_("list the closures of a school year"),
	  N_("  --format csv      id,school,from,to,times,reason for scripts\n") },
	{ "rm", closure_rm, N_("ID"), N_("remove a closure"), N_("\nexample:\n  zio closure rm 4") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_closure(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Study days and other closures of a school"), verbs, argc, argv);
}
