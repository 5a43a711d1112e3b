/* Planning under the rules: every path that changes shifts goes through here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "zio/hours.h"
#include "zio/i18n.h"
#include "zio/plan.h"

int planner_open(struct planner *pl, struct store *st, const struct config *cfg, struct zio_err *err)
{
	memset(pl, 0, sizeof *pl);
	pl->st = st;
	pl->cfg = cfg;
	return calendar_open(&pl->cal, st, err);
}

void planner_close(struct planner *pl)
{
	if (pl->cs_loaded)
		calendar_school_free(&pl->cs);
	calendar_close(&pl->cal);
	memset(pl, 0, sizeof *pl);
}

void planner_reload(struct planner *pl)
{
	if (pl->cs_loaded)
		calendar_school_free(&pl->cs);
	pl->cs_loaded = false;
}

/* Keep one school's calendar for the school year(s) around [from, to]. */
static int ensure_school(struct planner *pl, int64_t school_id, struct date from, struct date to,
			 struct zio_err *err)
{
	struct date a = date_school_year_start(date_school_year(from));
	struct date b = date_school_year_end(date_school_year(to));

	if (pl->cs_loaded && pl->cs.cs.id == school_id && date_cmp(pl->cs_from, from) <= 0 &&
	    date_cmp(pl->cs_to, to) >= 0)
		return ZIO_OK;
	if (pl->cs_loaded)
		calendar_school_free(&pl->cs);
	pl->cs_loaded = false;
	if (calendar_school_load(pl->st, pl->cfg, school_id, a, b, &pl->cs, err))
		return err ? err->code : ZIO_EDB;
	pl->cs_loaded = true;
	pl->cs_from = a;
	pl->cs_to = b;
	return ZIO_OK;
}

int plan_school_day(struct planner *pl, int64_t school_id, struct date d, struct cal_day *out,
		    struct zio_err *err)
{
	if (ensure_school(pl, school_id, d, d, err))
		return err ? err->code : ZIO_EDB;
	cal_school_day(&pl->cal.hs, &pl->cs.cs, d, out);
	return ZIO_OK;
}

/* Judge s on facts gathered by the caller: the professional's other planned shifts that day
 * (others), whether they are in the class's fixed team, and their planned minutes of the
 * week without s (-1: leave the contract to plan_check's per-week rule). */
static int judge_facts(struct planner *pl, struct shift *s, const struct professional *pro, const struct class *k,
		       const struct shift *others, size_t nothers, bool fixed, int64_t week_minutes,
		       struct findings *out, struct zio_err *err)
{
	struct shift_facts f = { 0 };
	struct cal_day day;

	snprintf(s->professional_name, sizeof s->professional_name, "%s", pro->name);
	snprintf(s->class_name, sizeof s->class_name, "%s", k->name);
	snprintf(s->school_name, sizeof s->school_name, "%s", k->school_name);
	s->school_id = k->school_id;
	if (plan_school_day(pl, k->school_id, s->date, &day, err))
		return err ? err->code : ZIO_EDB;
	f.pro = pro;
	f.day = &day;
	f.day_start = pl->cs.cs.day_start;
	f.day_end = pl->cs.cs.day_end;
	f.fixed_member = fixed;
	f.others = others;
	f.nothers = nothers;
	f.week_minutes = week_minutes;
	return rule_check_shift(s, &f, out) ? zio_err_set(err, ZIO_EDB, "out of memory") : ZIO_OK;
}

/* Judge s with its professional and class at hand; with_contract false leaves the weekly
 * contract to plan_check's per-week rule. */
static int judge(struct planner *pl, struct shift *s, const struct professional *pro, const struct class *k,
		 bool with_contract, struct findings *out, struct zio_err *err)
{
	struct shift_filter sf = { 0 };
	struct shift *others = NULL;
	size_t nothers = 0;
	struct isoweek w = date_isoweek(s->date);
	int64_t week_minutes = -1;
	bool fixed = false;
	int rc;

	sf.from = sf.to = s->date;
	sf.professional_id = s->professional_id;
	if (store_shift_list(pl->st, &sf, &others, &nothers, err) ||
	    store_team_has(pl->st, s->professional_id, s->class_id, s->date, &fixed, err) ||
	    (with_contract && store_shift_minutes(pl->st, s->professional_id, date_from_isoweek(w, 1),
						  date_from_isoweek(w, 7), s->id, &week_minutes, err))) {
		free(others);
		return err ? err->code : ZIO_EDB;
	}
	rc = judge_facts(pl, s, pro, k, others, nothers, fixed, week_minutes, out, err);
	free(others);
	return rc;
}

int plan_judge(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err)
{
	struct professional pro;
	struct class k;

	if (store_staff_get(pl->st, s->professional_id, &pro, err) || store_class_get(pl->st, s->class_id, &k, err))
		return err ? err->code : ZIO_EDB;
	return judge(pl, s, &pro, &k, true, out, err);
}

/* ZIO_ERULE with the first error found after index `from`, or ZIO_OK. */
static int first_error(const struct findings *f, size_t from, struct zio_err *err)
{
	for (size_t i = from; i < f->n; i++)
		if (rule_severity_of(f->v[i].code) == RULE_ERROR)
			return zio_err_set(err, ZIO_ERULE, "%s [%s]", f->v[i].msg, rule_code_name(f->v[i].code));
	return ZIO_OK;
}

/* A refused shift is never made: keep its errors (the refusal) and drop its warnings from
 * index `from` on, so that the report counts only the warnings of shifts made. */
static void drop_warnings(struct findings *f, size_t from)
{
	size_t k = from;

	for (size_t i = from; i < f->n; i++)
		if (rule_severity_of(f->v[i].code) == RULE_ERROR)
			f->v[k++] = f->v[i];
	f->n = k;
}

int plan_shift_add(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err)
{
	size_t mark = out->n;

	if (plan_judge(pl, s, out, err) || first_error(out, mark, err))
		return err ? err->code : ZIO_EDB;
	return store_shift_insert(pl->st, s, err);
}

/* A shift whose hours are logged already, moved or given other times: the log is what
 * happened and stays; say so, so that a planner who meant to correct the hours edits them. */
static int judge_logged(struct planner *pl, const struct shift *s, struct findings *out, struct zio_err *err)
{
	struct shift before;
	struct log_filter lf = log_filter_shift(s->id);
	struct log_entry *v = NULL;
	size_t n = 0;
	char d[DATE_STR_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN];
	int rc = ZIO_OK;

	if (store_shift_get(pl->st, s->id, &before, err))
		return err ? err->code : ZIO_EDB;
	if (!date_cmp(before.date, s->date) && before.start == s->start && before.end == s->end &&
	    before.professional_id == s->professional_id && before.class_id == s->class_id &&
	    before.status == s->status)
		return ZIO_OK;   /* only the note or the reason: nothing the hours depend on */
	if (store_log_list(pl->st, &lf, &v, &n, err))
		return err ? err->code : ZIO_EDB;
	if (n)
		rc = findings_add(out, RULE_LOGGED, s,
				  _n("%s, %s, %s %s-%s: %zu log entry of this shift stays as it is (zio log edit changes it)",
				     "%s, %s, %s %s-%s: %zu log entries of this shift stay as they are (zio log edit changes them)",
				     n),
				  before.professional_name, before.class_name, date_format(before.date, d),
				  time_format(before.start, a), time_format(before.end, b), n) ? ZIO_EDB : ZIO_OK;
	free(v);
	return rc ? zio_err_set(err, ZIO_EDB, "out of memory") : ZIO_OK;
}

int plan_shift_update(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err)
{
	size_t mark = out->n;

	if (s->status == SHIFT_PLANNED && (plan_judge(pl, s, out, err) || first_error(out, mark, err)))
		return err ? err->code : ZIO_EDB;
	if (judge_logged(pl, s, out, err))
		return err ? err->code : ZIO_EDB;
	return store_shift_update(pl->st, s, err);
}

void plan_report_free(struct plan_report *r)
{
	findings_free(&r->findings);
	findings_free(&r->skipped);
	memset(r, 0, sizeof *r);
}

static void note_unknown(struct plan_report *r, struct date d, const struct cal_day *day)
{
	if (!r->unknown_from.y || date_cmp(d, r->unknown_from) < 0)
		r->unknown_from = d;
	if (!r->unknown_to.y || date_cmp(d, r->unknown_to) > 0)
		r->unknown_to = d;
	if (!r->unknown_reason[0])
		snprintf(r->unknown_reason, sizeof r->unknown_reason, "%s", day->reason);
	r->unknown++;
}

/* Fit s to the open part of a partly closed day: 1 trimmed, 0 untouched, -1 nothing left. */
static int fit_to_day(struct shift *s, const struct cal_day *day)
{
	if (day->status != CAL_PARTLY || !rule_times_overlap(s->start, s->end, day->closed_start, day->closed_end))
		return 0;
	if (s->start >= day->closed_start && s->end <= day->closed_end)
		return -1;
	if (s->start < day->closed_start && s->end > day->closed_end) {
		/* one shift per pattern and day: keep the longer open part */
		if (day->closed_start - s->start >= s->end - day->closed_end)
			s->end = day->closed_start;
		else
			s->start = day->closed_end;
	} else if (s->start < day->closed_start) {
		s->end = day->closed_start;
	} else {
		s->start = day->closed_end;
	}
	return 1;
}

/* Judge and insert a generated shift; counts go to r. */
static int place(struct planner *pl, struct shift *s, const struct professional *pro, const struct class *k,
		 struct plan_report *r, struct zio_err *err)
{
	size_t mark = r->findings.n;
	struct zio_err e;

	if (judge(pl, s, pro, k, true, &r->findings, err))
		return err ? err->code : ZIO_EDB;
	if (first_error(&r->findings, mark, &e)) {
		drop_warnings(&r->findings, mark);
		r->refused++;
		return ZIO_OK;
	}
	if (store_shift_insert(pl->st, s, err))
		return err ? err->code : ZIO_EDB;
	r->added++;
	return ZIO_OK;
}

struct pattern_vec {
	struct pattern *v;
	size_t n, cap;
};

static int pattern_push(const struct pattern *p, void *ctx)
{
	struct pattern_vec *vec = ctx;

	if (vec->n == vec->cap) {
		size_t cap = vec->cap ? vec->cap * 2 : 64;
		struct pattern *v = realloc(vec->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		vec->v = v;
		vec->cap = cap;
	}
	vec->v[vec->n++] = *p;
	return 0;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* A professional's planned shift as plan_fill keeps it: enough for overlaps and week totals. */
struct fill_shift {
	int64_t id;
	struct date date;
	int start, end;
};

/* What plan_fill judges the shifts it makes on, read once instead of three queries per shift:
 * each professional's planned shifts at any school from the Monday before the period to the
 * Sunday after it, kept up to date as the fill adds shifts (the fill holds the write lock,
 * so nobody else adds any meanwhile). */
struct fill_pro {
	int64_t id;
	struct fill_shift *v;      /* by date */
	size_t n, cap;
};

struct fill_facts {
	struct fill_pro *pros;     /* by id */
	size_t n;
};

static void fill_facts_free(struct fill_facts *ff)
{
	for (size_t i = 0; i < ff->n; i++)
		free(ff->pros[i].v);
	free(ff->pros);
	memset(ff, 0, sizeof *ff);
}

/* Put x into fp's list after the shifts of its date and before later ones. */
static int fill_pro_add(struct fill_pro *fp, const struct fill_shift *x)
{
	size_t at = fp->n;

	if (fp->n == fp->cap) {
		size_t cap = fp->cap ? fp->cap * 2 : 64;
		struct fill_shift *v = realloc(fp->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		fp->v = v;
		fp->cap = cap;
	}
	while (at > 0 && date_cmp(fp->v[at - 1].date, x->date) > 0)
		at--;
	memmove(fp->v + at + 1, fp->v + at, (fp->n - at) * sizeof *fp->v);
	fp->v[at] = *x;
	fp->n++;
	return ZIO_OK;
}

static int fill_pro_push(const struct shift *s, void *ctx)
{
	struct fill_shift x = { s->id, s->date, s->start, s->end };
	return fill_pro_add(ctx, &x);
}

static int cmp_fill_pro(const void *a, const void *b)
{
	return cmp_i64(&((const struct fill_pro *)a)->id, &((const struct fill_pro *)b)->id);
}

static int fill_facts_load(struct planner *pl, const struct pattern *pats, size_t npats, struct date from,
			   struct date to, struct fill_facts *ff, struct zio_err *err)
{
	struct shift_filter sf = { 0 };

	memset(ff, 0, sizeof *ff);
	if (!(ff->pros = calloc(npats + 1, sizeof *ff->pros)))
		return zio_err_set(err, ZIO_EDB, "out of memory");
	for (size_t i = 0; i < npats; i++)
		ff->pros[ff->n++].id = pats[i].professional_id;
	if (ff->n > 1)
		qsort(ff->pros, ff->n, sizeof *ff->pros, cmp_fill_pro);
	{
		size_t k = 0;   /* each professional once */
		for (size_t i = 0; i < ff->n; i++)
			if (k == 0 || ff->pros[k - 1].id != ff->pros[i].id)
				ff->pros[k++] = ff->pros[i];
		ff->n = k;
	}
	/* whole ISO weeks around the period: the contract rule sums a week */
	sf.from = date_from_isoweek(date_isoweek(from), 1);
	sf.to = date_from_isoweek(date_isoweek(to), 7);
	for (size_t i = 0; i < ff->n; i++) {
		int rc;
		sf.professional_id = ff->pros[i].id;
		if ((rc = store_shift_each(pl->st, &sf, fill_pro_push, &ff->pros[i], err))) {
			fill_facts_free(ff);
			return err && err->code ? err->code : zio_err_set(err, ZIO_EDB, "out of memory");
		}
	}
	return ZIO_OK;
}

static struct fill_pro *fill_pro_find(struct fill_facts *ff, int64_t id)
{
	struct fill_pro key = { .id = id };
	return ff->n ? bsearch(&key, ff->pros, ff->n, sizeof *ff->pros, cmp_fill_pro) : NULL;
}

/* The order store_shift_list gives one professional's day: school, class, start, id. */
static int cmp_shift_day(const void *a, const void *b)
{
	const struct shift *x = a, *y = b;
	int c = strcasecmp(x->school_name, y->school_name);

	if (!c)
		c = strcasecmp(x->class_name, y->class_name);
	if (!c)
		c = x->start - y->start;
	return c ? c : cmp_i64(&x->id, &y->id);
}

/* Judge a generated shift on the fill's facts and insert it, as place() does with queries. */
static int place_fill(struct planner *pl, struct shift *s, const struct professional *pro, const struct class *k,
		      struct fill_facts *ff, struct plan_report *r, struct zio_err *err)
{
	struct fill_pro *fp = fill_pro_find(ff, s->professional_id);
	struct date mon = date_from_isoweek(date_isoweek(s->date), 1), sun = date_add_days(mon, 6);
	struct shift *over = NULL;
	size_t nover = 0, mark = r->findings.n;
	int64_t week = 0;
	bool fixed = false;
	struct zio_err e;
	int rc = ZIO_OK;

	if (!fp)
		return zio_err_set(err, ZIO_EDB, "plan fill: professional %lld not read", (long long)s->professional_id);
	/* the week's planned minutes, and the shifts of the day that overlap this one: only those
	 * can make a finding, so only those are read in full (for their names) */
	size_t lo = 0, hi = fp->n;
	while (lo < hi) {   /* the week's first shift in the date-ordered list */
		size_t mid = lo + (hi - lo) / 2;
		if (date_cmp(fp->v[mid].date, mon) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < fp->n && date_cmp(fp->v[i].date, sun) <= 0; i++) {
		const struct fill_shift *x = &fp->v[i];
		if (x->id != s->id)
			week += x->end - x->start;
		if (date_cmp(x->date, s->date) == 0 && x->id != s->id && rule_times_overlap(s->start, s->end, x->start, x->end))
			nover++;
	}
	if (nover) {
		size_t j = 0;
		if (!(over = calloc(nover, sizeof *over)))
			return zio_err_set(err, ZIO_EDB, "out of memory");
		for (size_t i = lo; i < fp->n && date_cmp(fp->v[i].date, sun) <= 0 && !rc; i++) {
			const struct fill_shift *x = &fp->v[i];
			if (date_cmp(x->date, s->date) == 0 && x->id != s->id &&
			    rule_times_overlap(s->start, s->end, x->start, x->end))
				rc = store_shift_get(pl->st, x->id, &over[j++], err);
		}
		if (!rc && nover > 1)
			qsort(over, nover, sizeof *over, cmp_shift_day);
	}
	if (!rc && store_team_has(pl->st, s->professional_id, s->class_id, s->date, &fixed, err))
		rc = err ? err->code : ZIO_EDB;
	if (!rc)
		rc = judge_facts(pl, s, pro, k, over, nover, fixed, week, &r->findings, err);
	free(over);
	if (rc)
		return rc;
	if (first_error(&r->findings, mark, &e)) {
		drop_warnings(&r->findings, mark);
		r->refused++;
		return ZIO_OK;
	}
	if (store_shift_insert(pl->st, s, err))
		return err ? err->code : ZIO_EDB;
	r->added++;
	if (fill_pro_add(fp, &(struct fill_shift){ s->id, s->date, s->start, s->end }))
		return zio_err_set(err, ZIO_EDB, "out of memory");
	return ZIO_OK;
}

int plan_fill(struct planner *pl, int64_t school_id, struct date from, struct date to,
	      struct plan_report *r, struct zio_err *err)
{
	struct pattern_vec pv = { 0 };
	struct professional *pros = NULL;
	struct class *klasses = NULL;
	struct fill_facts ff = { 0 };
	int rc = ZIO_OK;

	if (date_cmp(from, to) > 0)
		return zio_err_set(err, ZIO_EUSAGE, "the period ends before it starts");
	if (date_diff(from, to) > 400)
		return zio_err_set(err, ZIO_EUSAGE, "fill at most a school year at a time");
	if (ensure_school(pl, school_id, from, to, err))
		return err ? err->code : ZIO_EDB;
	if (store_pattern_each(pl->st, school_id, 0, 0, pattern_push, &pv, err)) {
		free(pv.v);
		return err && err->code ? err->code : zio_err_set(err, ZIO_EDB, "out of memory");
	}
	pros = calloc(pv.n ? pv.n : 1, sizeof *pros);
	klasses = calloc(pv.n ? pv.n : 1, sizeof *klasses);
	if (!pros || !klasses)
		rc = zio_err_set(err, ZIO_EDB, "out of memory");
	for (size_t i = 0; i < pv.n && !rc; i++)
		if (store_staff_get(pl->st, pv.v[i].professional_id, &pros[i], err) ||
		    store_class_get(pl->st, pv.v[i].class_id, &klasses[i], err))
			rc = err ? err->code : ZIO_EDB;
	if (!rc)
		rc = fill_facts_load(pl, pv.v, pv.n, from, to, &ff, err);
	for (struct date d = from; !rc && date_cmp(d, to) <= 0; d = date_add_days(d, 1)) {
		struct cal_day day;
		cal_school_day(&pl->cal.hs, &pl->cs.cs, d, &day);
		for (size_t i = 0; i < pv.n && !rc; i++) {
			const struct pattern *p = &pv.v[i];
			struct shift s = { 0 };
			bool exists;

			if (!pattern_applies(p, d))
				continue;
			if (day.status == CAL_CLOSED) {
				r->closed++;
				continue;
			}
			if (day.status == CAL_UNKNOWN) {
				note_unknown(r, d, &day);
				continue;
			}
			if ((rc = store_shift_from_pattern(pl->st, p->id, d, &exists, err)))
				break;
			if (exists) {
				r->existing++;
				continue;
			}
			s.professional_id = p->professional_id;
			s.class_id = p->class_id;
			s.date = s.origin = d;
			s.start = p->start;
			s.end = p->end;
			s.pattern_id = p->id;
			switch (fit_to_day(&s, &day)) {
			case -1:
				r->closed++;
				continue;
			case 1:
				r->trimmed++;
				break;
			}
			rc = place_fill(pl, &s, &pros[i], &klasses[i], &ff, r, err);
		}
	}
	fill_facts_free(&ff);
	free(pros);
	free(klasses);
	free(pv.v);
	return rc;
}

int plan_copy(struct planner *pl, int64_t school_id, struct isoweek src, struct isoweek dst,
	      struct plan_report *r, struct zio_err *err)
{
	struct shift_filter f = { 0 };
	struct shift *list = NULL;
	size_t n = 0;
	int rc = ZIO_OK;

	if (src.year == dst.year && src.week == dst.week)
		return zio_err_set(err, ZIO_EUSAGE, "the weeks to copy from and to are the same");
	f.from = date_from_isoweek(src, 1);
	f.to = date_from_isoweek(src, 7);
	f.school_id = school_id;
	if (store_shift_list(pl->st, &f, &list, &n, err) ||
	    ensure_school(pl, school_id, date_from_isoweek(dst, 1), date_from_isoweek(dst, 7), err)) {
		free(list);
		return err ? err->code : ZIO_EDB;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		struct shift s = list[i];
		struct professional pro;
		struct class k;
		struct cal_day day;

		s.id = 0;
		s.pattern_id = 0;
		s.edited = false;
		s.override_reason[0] = '\0';
		s.date = date_from_isoweek(dst, date_weekday(list[i].date));
		cal_school_day(&pl->cal.hs, &pl->cs.cs, s.date, &day);
		int fit = day.status == CAL_CLOSED ? -1 : fit_to_day(&s, &day);
		r->trimmed += fit > 0;
		if (fit < 0) {
			char d[DATE_STR_LEN];
			r->closed++;
			if (findings_add(&r->skipped, RULE_CLOSED_DAY, &s, _("%s %s, %s, %s: not copied, the school is closed (%s)"),
					 _(date_weekday_name(date_weekday(s.date))), date_format(s.date, d),
					 s.professional_name, s.class_name, day.reason))
				rc = zio_err_set(err, ZIO_EDB, "out of memory");
			continue;
		}
		if (day.status == CAL_UNKNOWN) {
			note_unknown(r, s.date, &day);
			continue;
		}
		if (store_staff_get(pl->st, s.professional_id, &pro, err) || store_class_get(pl->st, s.class_id, &k, err))
			rc = err ? err->code : ZIO_EDB;
		else
			rc = place(pl, &s, &pro, &k, r, err);
	}
	free(list);
	return rc;
}

int plan_clear(struct planner *pl, int64_t school_id, struct isoweek w, int *removed, struct zio_err *err)
{
	return store_shift_delete_range(pl->st, school_id, date_from_isoweek(w, 1), date_from_isoweek(w, 7),
					removed, err);
}

/* The share of the school week (Monday-Friday) the school is open, partly closed days pro rata. */
static double open_share(struct planner *pl, struct isoweek w)
{
	double open = 0;
	int len = pl->cs.cs.day_end - pl->cs.cs.day_start;

	for (int i = 1; i <= 5; i++) {
		struct cal_day day;
		cal_school_day(&pl->cal.hs, &pl->cs.cs, date_from_isoweek(w, i), &day);
		if (day.status == CAL_OPEN)
			open += 1;
		else if (day.status == CAL_PARTLY && len > 0) {
			int a = day.closed_start > pl->cs.cs.day_start ? day.closed_start : pl->cs.cs.day_start;
			int b = day.closed_end < pl->cs.cs.day_end ? day.closed_end : pl->cs.cs.day_end;
			open += 1.0 - (b > a ? (double)(b - a) / len : 0);
		}
	}
	return open / 5;
}

int plan_open_share(struct planner *pl, int64_t school_id, struct isoweek w, double *share,
		    struct zio_err *err)
{
	if (ensure_school(pl, school_id, date_from_isoweek(w, 1), date_from_isoweek(w, 7), err))
		return err ? err->code : ZIO_EDB;
	*share = open_share(pl, w);
	return ZIO_OK;
}

struct class_vec {
	struct class *v;
	size_t n, cap;
};

static int class_push(const struct class *k, void *ctx)
{
	struct class_vec *vec = ctx;

	if (vec->n == vec->cap) {
		size_t cap = vec->cap ? vec->cap * 2 : 64;
		struct class *v = realloc(vec->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		vec->v = v;
		vec->cap = cap;
	}
	vec->v[vec->n++] = *k;
	return 0;
}

/* An id and where it is in a list: the lists stay in their display order, these find in them. */
struct id_pos {
	int64_t id;
	size_t pos;
};

static int cmp_id_pos(const void *a, const void *b)
{
	return cmp_i64(&((const struct id_pos *)a)->id, &((const struct id_pos *)b)->id);
}

/* Position of id in an id_pos index of n, or -1. */
static long id_find(const struct id_pos *ix, size_t n, int64_t id)
{
	struct id_pos key = { id, 0 };
	const struct id_pos *hit = n ? bsearch(&key, ix, n, sizeof *ix, cmp_id_pos) : NULL;
	return hit ? (long)hit->pos : -1;
}

/* A professional whose shifts at a school plan_check judges, with everything they are judged
 * on: their planned shifts of the period at any school, by date. */
struct check_pro {
	struct professional pro;
	struct shift *shifts;
	size_t n;
};

/* What plan_check reads once per school instead of four queries per shift. */
struct check_school {
	struct class_vec classes;    /* the school's classes, in name order */
	struct id_pos *class_ix;
	struct check_pro *pros;      /* by id */
	struct id_pos *pro_ix;
	size_t npros;
	struct team_span *team;      /* by professional, class */
	size_t nteam;
};

static void check_school_free(struct check_school *cs)
{
	for (size_t i = 0; i < cs->npros; i++)
		free(cs->pros[i].shifts);
	free(cs->pros);
	free(cs->pro_ix);
	free(cs->classes.v);
	free(cs->class_ix);
	free(cs->team);
	memset(cs, 0, sizeof *cs);
}

static int cmp_team_span(const void *a, const void *b)
{
	const struct team_span *x = a, *y = b;
	int c = cmp_i64(&x->professional_id, &y->professional_id);
	return c ? c : cmp_i64(&x->class_id, &y->class_id);
}

/* Is the professional in the fixed team of the class on d (as store_team_has answers)? */
static bool check_fixed(const struct check_school *cs, int64_t pro, int64_t class_id, struct date d)
{
	struct team_span key = { .professional_id = pro, .class_id = class_id };
	size_t lo = 0, hi = cs->nteam;

	while (lo < hi) {   /* the first span of the pair */
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_team_span(&cs->team[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < cs->nteam && !cmp_team_span(&cs->team[lo], &key); lo++)
		if ((!cs->team[lo].from.y || date_cmp(cs->team[lo].from, d) <= 0) &&
		    (!cs->team[lo].to.y || date_cmp(cs->team[lo].to, d) >= 0))
			return true;
	return false;
}

static int check_school_load(struct planner *pl, int64_t school_id, const struct shift *shifts, size_t n,
			     struct date from, struct date to, const struct class *classes, size_t nclasses,
			     struct check_school *cs, struct zio_err *err)
{
	struct roster_filter rf = { 0 };
	int64_t *ids = malloc((n ? n : 1) * sizeof *ids);
	size_t nids = 0;
	int rc = ZIO_OK;

	memset(cs, 0, sizeof *cs);
	rf.school_id = school_id;
	if (!ids)
		return zio_err_set(err, ZIO_EDB, "out of memory");
	if (classes) {   /* the caller's, read already */
		if (!(cs->classes.v = malloc((nclasses + 1) * sizeof *cs->classes.v))) {
			free(ids);
			return zio_err_set(err, ZIO_EDB, "out of memory");
		}
		if (nclasses)
			memcpy(cs->classes.v, classes, nclasses * sizeof *classes);
		cs->classes.n = cs->classes.cap = nclasses;
	} else if (store_class_each(pl->st, &rf, class_push, &cs->classes, err)) {
		free(ids);
		return err && err->code ? err->code : zio_err_set(err, ZIO_EDB, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		ids[i] = shifts[i].professional_id;
	if (n > 1)
		qsort(ids, n, sizeof *ids, cmp_i64);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || ids[i] != ids[i - 1])
			ids[nids++] = ids[i];
	if (store_team_spans(pl->st, school_id, from, to, &cs->team, &cs->nteam, err)) {
		free(ids);
		check_school_free(cs);
		return err && err->code ? err->code : ZIO_EDB;
	}
	if (cs->nteam > 1)
		qsort(cs->team, cs->nteam, sizeof *cs->team, cmp_team_span);
	cs->class_ix = malloc((cs->classes.n + 1) * sizeof *cs->class_ix);
	cs->pros = calloc(nids + 1, sizeof *cs->pros);
	cs->pro_ix = malloc((nids + 1) * sizeof *cs->pro_ix);
	if (!cs->class_ix || !cs->pros || !cs->pro_ix)
		rc = zio_err_set(err, ZIO_EDB, "out of memory");
	for (size_t i = 0; i < cs->classes.n && !rc; i++)
		cs->class_ix[i] = (struct id_pos){ cs->classes.v[i].id, i };
	if (!rc && cs->classes.n > 1)
		qsort(cs->class_ix, cs->classes.n, sizeof *cs->class_ix, cmp_id_pos);
	/* one query per professional for the period, not one per shift for its day */
	for (size_t i = 0; i < nids && !rc; i++) {
		struct shift_filter sf = { 0 };
		sf.from = from;
		sf.to = to;
		sf.professional_id = ids[i];
		cs->pro_ix[i] = (struct id_pos){ ids[i], i };
		if (store_staff_get(pl->st, ids[i], &cs->pros[i].pro, err) ||
		    store_shift_list(pl->st, &sf, &cs->pros[i].shifts, &cs->pros[i].n, err))
			rc = err ? err->code : ZIO_EDB;
		cs->npros = i + 1;
	}
	free(ids);
	if (rc)
		check_school_free(cs);
	return rc;
}

/* The shifts of cp on date d: a run of its date-ordered list. */
static const struct shift *check_pro_day(const struct check_pro *cp, struct date d, size_t *n)
{
	size_t lo = 0, hi = cp->n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (date_cmp(cp->shifts[mid].date, d) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < cp->n && date_cmp(cp->shifts[end].date, d) == 0; end++)
		;
	*n = end - lo;
	return cp->shifts + lo;
}

/* Week rules for one school and one whole ISO week. */
static int check_school_week(struct planner *pl, int64_t school_id, struct isoweek w, const struct shift *shifts,
			     size_t n, const struct check_school *cs, struct findings *out, struct zio_err *err)
{
	const struct class_vec *cv = &cs->classes;
	struct date mon = date_from_isoweek(w, 1), sun = date_from_isoweek(w, 7);
	int64_t *planned = calloc(cv->n + 1, sizeof *planned), *faces = malloc((n ? n : 1) * sizeof *faces);
	size_t *first = calloc(cv->n + 2, sizeof *first), *fill = calloc(cv->n + 1, sizeof *fill);
	double share;
	int rc = ZIO_OK;

	if (!planned || !faces || !first || !fill) {
		rc = zio_err_set(err, ZIO_EDB, "out of memory");
		goto done;
	}
	if (ensure_school(pl, school_id, mon, sun, err)) {
		rc = err ? err->code : ZIO_EDB;
		goto done;
	}
	share = open_share(pl, w);
	/* the week's professionals grouped per class (a counting sort), in one pass each */
	for (size_t i = 0; i < n; i++) {
		long c = id_find(cs->class_ix, cv->n, shifts[i].class_id);
		if (c >= 0 && date_cmp(shifts[i].date, mon) >= 0 && date_cmp(shifts[i].date, sun) <= 0)
			first[c + 1]++;
	}
	for (size_t c = 0; c < cv->n; c++)
		first[c + 1] += first[c];
	for (size_t i = 0; i < n; i++) {
		long c = id_find(cs->class_ix, cv->n, shifts[i].class_id);
		if (c < 0 || date_cmp(shifts[i].date, mon) < 0 || date_cmp(shifts[i].date, sun) > 0)
			continue;
		planned[c] += shift_minutes(&shifts[i]);
		faces[first[c] + fill[c]++] = shifts[i].professional_id;
	}
	for (size_t c = 0; c < cv->n && !rc; c++) {
		struct class_week cw = { &cv->v[c], w, planned[c], share, 0 };
		int64_t *f = faces + first[c];
		size_t nf = first[c + 1] - first[c];
		if (nf > 1)
			qsort(f, nf, sizeof *f, cmp_i64);
		for (size_t i = 0; i < nf; i++)
			cw.faces += i == 0 || f[i] != f[i - 1];
		if (rule_check_class_week(&cw, pl->cfg->budget_margin, pl->cfg->max_faces, out))
			rc = zio_err_set(err, ZIO_EDB, "out of memory");
	}
done:
	free(planned);
	free(faces);
	free(first);
	free(fill);
	return rc;
}

/* The (professional, week) pairs judged so far, so that someone working at two schools is
 * judged once: a list in the order met, and an open-addressing set to find them in. */
struct staff_weeks {
	struct pair { int64_t pro; int year, week; } *v;
	size_t n, cap;
	uint64_t *set;             /* 0: empty */
	size_t setcap;
};

static uint64_t pair_key(int64_t pro, struct isoweek w)
{
	return ((uint64_t)pro << 20 | (uint64_t)(w.year * 64 + w.week)) + 1;
}

/* Add the pair unless it is there; *added says which. */
static int staff_weeks_add(struct staff_weeks *sw, int64_t pro, struct isoweek w, bool *added)
{
	uint64_t key = pair_key(pro, w);
	size_t i;

	if ((sw->n + 1) * 2 > sw->setcap) {   /* keep the set at most half full */
		size_t cap = sw->setcap ? sw->setcap * 2 : 256;
		uint64_t *set = calloc(cap, sizeof *set);
		if (!set)
			return ZIO_EDB;
		for (size_t k = 0; k < sw->n; k++) {
			uint64_t x = pair_key(sw->v[k].pro, (struct isoweek){ sw->v[k].year, sw->v[k].week });
			for (i = (size_t)(x * 0x9e3779b97f4a7c15ULL >> 7) & (cap - 1); set[i]; i = (i + 1) & (cap - 1))
				;
			set[i] = x;
		}
		free(sw->set);
		sw->set = set;
		sw->setcap = cap;
	}
	for (i = (size_t)(key * 0x9e3779b97f4a7c15ULL >> 7) & (sw->setcap - 1); sw->set[i]; i = (i + 1) & (sw->setcap - 1))
		if (sw->set[i] == key) {
			*added = false;
			return ZIO_OK;
		}
	if (sw->n == sw->cap) {
		size_t cap = sw->cap ? sw->cap * 2 : 64;
		struct pair *v = realloc(sw->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		sw->v = v;
		sw->cap = cap;
	}
	sw->set[i] = key;
	sw->v[sw->n++] = (struct pair){ pro, w.year, w.week };
	*added = true;
	return ZIO_OK;
}

/* Contract hours per professional and whole ISO week inside [from, to], for the weeks in
 * which they have a shift at this school; the minutes come from their shifts read for the
 * school (at any school: the week is inside the period they were read for). */
static int check_staff_weeks(const struct check_school *cs, const struct shift *shifts, size_t n,
			     struct date from, struct date to, struct staff_weeks *seen, struct findings *out,
			     struct zio_err *err)
{
	size_t first = seen->n;
	int rc = ZIO_OK;

	for (size_t i = 0; i < n; i++) {
		struct isoweek w = date_isoweek(shifts[i].date);
		bool added;
		if (date_cmp(date_from_isoweek(w, 1), from) < 0 || date_cmp(date_from_isoweek(w, 7), to) > 0)
			continue;   /* only whole weeks */
		if (staff_weeks_add(seen, shifts[i].professional_id, w, &added))
			return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	for (size_t k = first; k < seen->n && !rc; k++) {
		struct isoweek w = { seen->v[k].year, seen->v[k].week };
		struct date mon = date_from_isoweek(w, 1), sun = date_from_isoweek(w, 7);
		long p = id_find(cs->pro_ix, cs->npros, seen->v[k].pro);
		int64_t minutes = 0;
		if (p < 0)
			continue;
		for (size_t j = 0; j < cs->pros[p].n; j++) {
			const struct shift *x = &cs->pros[p].shifts[j];
			if (date_cmp(x->date, mon) >= 0 && date_cmp(x->date, sun) <= 0)
				minutes += shift_minutes(x);
		}
		if (rule_check_staff_week(&cs->pros[p].pro, w, minutes, out))
			rc = zio_err_set(err, ZIO_EDB, "out of memory");
	}
	return rc;
}

struct id_vec {
	int64_t *v;
	size_t n, cap;
};

static int school_push(const struct school *s, void *ctx)
{
	struct id_vec *vec = ctx;

	if (vec->n == vec->cap) {
		size_t cap = vec->cap ? vec->cap * 2 : 16;
		int64_t *v = realloc(vec->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		vec->v = v;
		vec->cap = cap;
	}
	vec->v[vec->n++] = s->id;
	return 0;
}

/* Judge every shift of one school on the facts read for the school. */
static int check_school_shifts(struct planner *pl, struct shift *shifts, size_t n, const struct check_school *cs,
			       struct findings *out, struct zio_err *err)
{
	int rc = ZIO_OK;

	for (size_t i = 0; i < n && !rc; i++) {
		long p = id_find(cs->pro_ix, cs->npros, shifts[i].professional_id);
		long c = id_find(cs->class_ix, cs->classes.n, shifts[i].class_id);
		const struct shift *others;
		size_t nothers, mark = out->n;
		bool fixed;

		if (p < 0 || c < 0)
			return zio_err_set(err, ZIO_EDB, "shift %lld: its professional or class changed while read",
					   (long long)shifts[i].id);
		others = check_pro_day(&cs->pros[p], shifts[i].date, &nothers);
		fixed = check_fixed(cs, shifts[i].professional_id, shifts[i].class_id, shifts[i].date);
		rc = judge_facts(pl, &shifts[i], &cs->pros[p].pro, &cs->classes.v[c], others, nothers, fixed, -1, out,
				 err);
		/* A warning the planner accepted says so, with the reason given. */
		for (size_t j = mark; !rc && j < out->n && shifts[i].override_reason[0]; j++) {
			if (rule_severity_of(out->v[j].code) == RULE_ERROR)
				continue;
			size_t len = strlen(out->v[j].msg);
			snprintf(out->v[j].msg + len, sizeof out->v[j].msg - len, _("; accepted: %.200s"),
				 shifts[i].override_reason);
		}
	}
	return rc;
}

/* Every finding of one school's planned shifts of [from, to]. */
static int check_one_school(struct planner *pl, int64_t school_id, struct date from, struct date to,
			    struct shift *shifts, size_t n, const struct class *classes, size_t nclasses,
			    struct staff_weeks *seen, struct findings *out, struct zio_err *err)
{
	struct check_school cs;
	int rc;

	if ((rc = check_school_load(pl, school_id, shifts, n, from, to, classes, nclasses, &cs, err)))
		return rc;
	rc = check_school_shifts(pl, shifts, n, &cs, out, err);
	if (!rc)
		rc = check_staff_weeks(&cs, shifts, n, from, to, seen, out, err);
	for (struct date d = from; !rc && date_cmp(d, to) <= 0; d = date_add_days(d, 7)) {
		struct isoweek w = date_isoweek(d);
		if (date_cmp(date_from_isoweek(w, 1), from) >= 0 && date_cmp(date_from_isoweek(w, 7), to) <= 0)
			rc = check_school_week(pl, school_id, w, shifts, n, &cs, out, err);
	}
	check_school_free(&cs);
	return rc;
}

int plan_check(struct planner *pl, int64_t school_id, struct date from, struct date to,
	       struct findings *out, struct zio_err *err)
{
	struct id_vec schools = { 0 };
	struct staff_weeks seen = { 0 };
	int rc = ZIO_OK;

	if (date_cmp(from, to) > 0)
		return zio_err_set(err, ZIO_EUSAGE, "the period ends before it starts");
	if (school_id)
		rc = school_push(&(struct school){ .id = school_id }, &schools);
	else
		rc = store_school_each(pl->st, school_push, &schools, err);
	if (rc) {
		free(schools.v);
		return err && err->code ? err->code : zio_err_set(err, ZIO_EDB, "out of memory");
	}
	for (size_t sc = 0; sc < schools.n && !rc; sc++) {
		struct shift_filter f = { 0 };
		struct shift *shifts = NULL;
		size_t n = 0;

		f.from = from;
		f.to = to;
		f.school_id = schools.v[sc];
		if ((rc = store_shift_list(pl->st, &f, &shifts, &n, err)))
			break;
		rc = check_one_school(pl, schools.v[sc], from, to, shifts, n, NULL, 0, &seen, out, err);
		free(shifts);
	}
	free(seen.v);
	free(seen.set);
	free(schools.v);
	return rc;
}

int plan_check_shifts(struct planner *pl, int64_t school_id, struct date from, struct date to,
		      const struct shift *shifts, size_t n, const struct class *classes, size_t nclasses,
		      struct findings *out, struct zio_err *err)
{
	struct staff_weeks seen = { 0 };
	struct shift *planned = malloc((n ? n : 1) * sizeof *planned);
	size_t np = 0;
	int rc;

	if (date_cmp(from, to) > 0) {
		free(planned);
		return zio_err_set(err, ZIO_EUSAGE, "the period ends before it starts");
	}
	if (!planned)
		return zio_err_set(err, ZIO_EDB, "out of memory");
	/* what plan_check reads itself: the planned ones, in the same order */
	for (size_t i = 0; i < n; i++)
		if (shifts[i].status == SHIFT_PLANNED && date_cmp(shifts[i].date, from) >= 0 &&
		    date_cmp(shifts[i].date, to) <= 0)
			planned[np++] = shifts[i];
	rc = check_one_school(pl, school_id, from, to, planned, np, classes, nclasses, &seen, out, err);
	free(planned);
	free(seen.v);
	free(seen.set);
	return rc;
}
