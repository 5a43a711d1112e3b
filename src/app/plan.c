/* Planning under the rules: every path that changes shifts goes through here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Judge s with its professional and class at hand; with_contract false leaves the weekly
 * contract to plan_check's per-week rule. */
static int judge(struct planner *pl, struct shift *s, const struct professional *pro, const struct class *k,
		 bool with_contract, struct findings *out, struct zio_err *err)
{
	struct shift_facts f = { 0 };
	struct shift_filter sf = { 0 };
	struct shift *others = NULL;
	size_t nothers = 0;
	struct cal_day day;
	struct isoweek w = date_isoweek(s->date);
	int rc;

	snprintf(s->professional_name, sizeof s->professional_name, "%s", pro->name);
	snprintf(s->class_name, sizeof s->class_name, "%s", k->name);
	snprintf(s->school_name, sizeof s->school_name, "%s", k->school_name);
	s->school_id = k->school_id;
	if (plan_school_day(pl, k->school_id, s->date, &day, err))
		return err ? err->code : ZIO_EDB;
	sf.from = sf.to = s->date;
	sf.professional_id = s->professional_id;
	f.week_minutes = -1;
	if (store_shift_list(pl->st, &sf, &others, &nothers, err) ||
	    store_team_has(pl->st, s->professional_id, s->class_id, s->date, &f.fixed_member, err) ||
	    (with_contract && store_shift_minutes(pl->st, s->professional_id, date_from_isoweek(w, 1),
						  date_from_isoweek(w, 7), s->id, &f.week_minutes, err))) {
		free(others);
		return err ? err->code : ZIO_EDB;
	}
	f.pro = pro;
	f.day = &day;
	f.day_start = pl->cs.cs.day_start;
	f.day_end = pl->cs.cs.day_end;
	f.others = others;
	f.nothers = nothers;
	rc = rule_check_shift(s, &f, out);
	free(others);
	return rc ? zio_err_set(err, ZIO_EDB, "out of memory") : ZIO_OK;
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

int plan_shift_add(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err)
{
	size_t mark = out->n;

	if (plan_judge(pl, s, out, err) || first_error(out, mark, err))
		return err ? err->code : ZIO_EDB;
	return store_shift_insert(pl->st, s, err);
}

int plan_shift_update(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err)
{
	size_t mark = out->n;

	if (s->status == SHIFT_PLANNED && (plan_judge(pl, s, out, err) || first_error(out, mark, err)))
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

int plan_fill(struct planner *pl, int64_t school_id, struct date from, struct date to,
	      struct plan_report *r, struct zio_err *err)
{
	struct pattern_vec pv = { 0 };
	struct professional *pros = NULL;
	struct class *klasses = NULL;
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
			rc = place(pl, &s, &pros[i], &klasses[i], r, err);
		}
	}
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
			if (findings_add(&r->skipped, RULE_CLOSED_DAY, &s, "%s %s, %s, %s: not copied, the school is closed (%s)",
					 date_weekday_name(date_weekday(s.date)), date_format(s.date, d),
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

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

/* Week rules for one school and one whole ISO week. */
static int check_school_week(struct planner *pl, int64_t school_id, struct isoweek w, const struct shift *shifts,
			     size_t n, struct findings *out, struct zio_err *err)
{
	struct class_vec cv = { 0 };
	struct roster_filter rf = { 0 };
	struct date mon = date_from_isoweek(w, 1), sun = date_from_isoweek(w, 7);
	int64_t *faces = NULL;
	double share;
	int rc = ZIO_OK;

	rf.school_id = school_id;
	if (ensure_school(pl, school_id, mon, sun, err) || store_class_each(pl->st, &rf, class_push, &cv, err)) {
		free(cv.v);
		return err && err->code ? err->code : zio_err_set(err, ZIO_EDB, "out of memory");
	}
	share = open_share(pl, w);
	faces = malloc((n ? n : 1) * sizeof *faces);
	if (!faces)
		rc = zio_err_set(err, ZIO_EDB, "out of memory");
	for (size_t c = 0; c < cv.n && !rc; c++) {
		struct class_week cw = { &cv.v[c], w, 0, share, 0 };
		size_t nf = 0;
		for (size_t i = 0; i < n; i++) {
			if (shifts[i].class_id != cv.v[c].id || date_cmp(shifts[i].date, mon) < 0 ||
			    date_cmp(shifts[i].date, sun) > 0)
				continue;
			cw.planned_minutes += shift_minutes(&shifts[i]);
			faces[nf++] = shifts[i].professional_id;
		}
		qsort(faces, nf, sizeof *faces, cmp_i64);
		for (size_t i = 0; i < nf; i++)
			cw.faces += i == 0 || faces[i] != faces[i - 1];
		if (rule_check_class_week(&cw, pl->cfg->budget_margin, pl->cfg->max_faces, out))
			rc = zio_err_set(err, ZIO_EDB, "out of memory");
	}
	free(faces);
	free(cv.v);
	return rc;
}

/* The (professional, week) pairs judged so far, so that someone working at two schools is
 * judged once. */
struct staff_weeks {
	struct pair { int64_t pro; int year, week; } *v;
	size_t n, cap;
};

static int check_staff_weeks(struct planner *pl, const struct shift *shifts, size_t n, struct date from,
			     struct date to, struct staff_weeks *seen_weeks, struct findings *out,
			     struct zio_err *err)
{
	size_t first = seen_weeks->n, np;
	struct pair *pairs;
	int rc = ZIO_OK;

	if (seen_weeks->cap < seen_weeks->n + n + 1) {
		struct pair *v = realloc(seen_weeks->v, (seen_weeks->n + n + 1) * sizeof *v);
		if (!v)
			return zio_err_set(err, ZIO_EDB, "out of memory");
		seen_weeks->v = v;
		seen_weeks->cap = seen_weeks->n + n + 1;
	}
	pairs = seen_weeks->v;
	np = seen_weeks->n;
	for (size_t i = 0; i < n; i++) {
		struct isoweek w = date_isoweek(shifts[i].date);
		bool seen = false;
		if (date_cmp(date_from_isoweek(w, 1), from) < 0 || date_cmp(date_from_isoweek(w, 7), to) > 0)
			continue;   /* only whole weeks */
		for (size_t k = 0; k < np && !seen; k++)
			seen = pairs[k].pro == shifts[i].professional_id && pairs[k].year == w.year && pairs[k].week == w.week;
		if (!seen)
			pairs[np++] = (struct pair){ shifts[i].professional_id, w.year, w.week };
	}
	seen_weeks->n = np;
	for (size_t k = first; k < np && !rc; k++) {
		struct isoweek w = { pairs[k].year, pairs[k].week };
		struct professional pro;
		int64_t minutes;
		if (store_staff_get(pl->st, pairs[k].pro, &pro, err) ||
		    store_shift_minutes(pl->st, pairs[k].pro, date_from_isoweek(w, 1), date_from_isoweek(w, 7), 0,
					&minutes, err))
			rc = err ? err->code : ZIO_EDB;
		else if (rule_check_staff_week(&pro, w, minutes, out))
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
		for (size_t i = 0; i < n && !rc; i++) {
			struct professional pro;
			struct class k;
			if (store_staff_get(pl->st, shifts[i].professional_id, &pro, err) ||
			    store_class_get(pl->st, shifts[i].class_id, &k, err))
				rc = err ? err->code : ZIO_EDB;
			else {
				size_t mark = out->n;
				rc = judge(pl, &shifts[i], &pro, &k, false, out, err);
				/* A warning the planner accepted says so, with the reason given. */
				for (size_t j = mark; j < out->n && shifts[i].override_reason[0]; j++) {
					if (rule_severity_of(out->v[j].code) == RULE_ERROR)
						continue;
					size_t len = strlen(out->v[j].msg);
					snprintf(out->v[j].msg + len, sizeof out->v[j].msg - len, "; accepted: %.200s",
						 shifts[i].override_reason);
				}
			}
		}
		if (!rc)
			rc = check_staff_weeks(pl, shifts, n, from, to, &seen, out, err);
		for (struct date d = from; !rc && date_cmp(d, to) <= 0; d = date_add_days(d, 7)) {
			struct isoweek w = date_isoweek(d);
			if (date_cmp(date_from_isoweek(w, 1), from) >= 0 && date_cmp(date_from_isoweek(w, 7), to) <= 0)
				rc = check_school_week(pl, schools.v[sc], w, shifts, n, out, err);
		}
		free(shifts);
	}
	free(seen.v);
	free(schools.v);
	return rc;
}
