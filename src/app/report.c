/* report: budget, funding, faces and delivery figures from the store and the calendar.
 * Nothing here prints; src/cli/report.c does. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "zio/export.h"
#include "zio/hours.h"
#include "zio/report.h"
#include "zio/shift.h"

const char *report_level_name(enum report_level l)
{
	switch (l) {
	case REPORT_CLASS: return "class";
	case REPORT_GROUP: return "group";
	default: return "total";
	}
}

static int oom(struct zio_err *err)
{
	return zio_err_set(err, ZIO_EDB, "out of memory");
}

/* Grow *v (of *cap elements of size sz) to hold n + 1. */
static int grow(void **v, size_t *cap, size_t n, size_t sz)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 32;
	void *p = realloc(*v, c * sz);
	if (!p)
		return -1;
	*v = p;
	*cap = c;
	return 0;
}

struct classes {
	struct class *v;
	size_t n, cap;
};

static int class_push(const struct class *k, void *ctx)
{
	struct classes *cv = ctx;
	if (grow((void **)&cv->v, &cv->cap, cv->n, sizeof *cv->v))
		return ZIO_EDB;
	cv->v[cv->n++] = *k;
	return 0;
}

static int load_classes(struct store *st, int64_t school_id, struct classes *cv, struct zio_err *err)
{
	struct roster_filter f = { 0 };
	f.school_id = school_id;
	memset(cv, 0, sizeof *cv);
	if (store_class_each(st, &f, class_push, cv, err)) {
		free(cv->v);
		memset(cv, 0, sizeof *cv);
		return err && err->code ? err->code : oom(err);
	}
	return ZIO_OK;
}

static int cmp_class(const void *a, const void *b)
{
	const struct class *x = a, *y = b;
	int c = strcmp(x->group_name, y->group_name);
	if (!c)
		c = strcmp(x->school_name, y->school_name);
	if (!c)
		c = strcmp(x->name, y->name);
	return c;
}

/* The share of a school day that is open (0 on weekends, closed and unknown days). */
static int day_share(struct planner *pl, int64_t school_id, struct date d, double *share, bool *unknown,
		     struct zio_err *err)
{
	struct cal_day day;
	int ds, de, len;

	*share = 0;
	if (date_weekday(d) > 5)
		return ZIO_OK;
	if (plan_school_day(pl, school_id, d, &day, err))
		return err ? err->code : ZIO_EDB;
	ds = pl->cs.cs.day_start;
	de = pl->cs.cs.day_end;
	len = de - ds;
	if (day.status == CAL_UNKNOWN && unknown)
		*unknown = true;
	if (day.status == CAL_OPEN)
		*share = 1;
	else if (day.status == CAL_PARTLY && len > 0) {
		int a = day.closed_start > ds ? day.closed_start : ds;
		int b = day.closed_end < de ? day.closed_end : de;
		*share = 1.0 - (b > a ? (double)(b - a) / len : 0);
	}
	return ZIO_OK;
}

static long class_index(const struct classes *cv, int64_t id)
{
	for (size_t i = 0; i < cv->n; i++)
		if (cv->v[i].id == id)
			return (long)i;
	return -1;
}

/* The classes by id, to find a class of thousands without walking them all. */
struct class_pos {
	int64_t id;
	size_t pos;
};

static int cmp_class_pos(const void *a, const void *b)
{
	const struct class_pos *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

static struct class_pos *class_index_make(const struct classes *cv)
{
	struct class_pos *ix = malloc((cv->n + 1) * sizeof *ix);

	if (!ix)
		return NULL;
	for (size_t i = 0; i < cv->n; i++)
		ix[i] = (struct class_pos){ cv->v[i].id, i };
	if (cv->n > 1)
		qsort(ix, cv->n, sizeof *ix, cmp_class_pos);
	return ix;
}

static long class_find(const struct classes *cv, const struct class_pos *ix, int64_t id)
{
	struct class_pos key = { id, 0 };
	const struct class_pos *hit = cv->n ? bsearch(&key, ix, cv->n, sizeof *ix, cmp_class_pos) : NULL;
	return hit ? (long)hit->pos : -1;
}

/* Where the per-class sums of the store go: a (the whole period) and b (up to a date). */
struct class_sums {
	const struct classes *cv;
	const struct class_pos *ix;
	double *a, *b;
};

static int add_class_minutes(const struct class_minutes *m, void *ctx)
{
	struct class_sums *cs = ctx;
	long k = class_find(cs->cv, cs->ix, m->class_id);

	if (k < 0)
		return 0;
	cs->a[k] += (double)m->minutes;
	if (cs->b)
		cs->b[k] += (double)m->minutes_upto;
	return 0;
}

/* --- budget ---------------------------------------------------------------------------- */

struct school_ids {
	int64_t *v;
	size_t n, cap;
};

static int school_push(const struct school *s, void *ctx)
{
	struct school_ids *ids = ctx;
	if (grow((void **)&ids->v, &ids->cap, ids->n, sizeof *ids->v))
		return ZIO_EDB;
	ids->v[ids->n++] = s->id;
	return 0;
}

static int load_schools(struct store *st, int64_t school_id, struct school_ids *ids, struct zio_err *err)
{
	memset(ids, 0, sizeof *ids);
	if (school_id)
		return school_push(&(struct school){ .id = school_id }, ids) ? oom(err) : ZIO_OK;
	if (store_school_each(st, school_push, ids, err)) {
		free(ids->v);
		return err && err->code ? err->code : oom(err);
	}
	return ZIO_OK;
}

void report_budget_free(struct report_budget *r)
{
	free(r->rows);
	free(r->proposals);
	memset(r, 0, sizeof *r);
}

int report_budget(struct planner *pl, int64_t school_id, int sy, struct date today, struct report_budget *out,
		  struct zio_err *err)
{
	struct date start = date_school_year_start(sy), end = date_school_year_end(sy);
	struct date mon = start, to_date = { 0, 0, 0 };
	struct school_ids ids;
	struct classes cv = { 0 };
	double *share_todate = NULL, *share_year = NULL;   /* per class */
	double *planned = NULL, *planned_year = NULL, *delivered = NULL;
	struct class_pos *ix = NULL;
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	out->school_year = sy;
	while (date_weekday(mon) != 1)
		mon = date_add_days(mon, 1);
	/* "to date": the weeks over by today */
	for (struct date m = mon; date_cmp(m, end) <= 0 && date_cmp(date_add_days(m, 6), today) <= 0;
	     m = date_add_days(m, 7))
		to_date = date_add_days(m, 6);
	out->to_date = to_date;
	if ((rc = load_schools(pl->st, school_id, &ids, err)))
		return rc;
	if ((rc = load_classes(pl->st, school_id, &cv, err)))
		goto done;
	if (cv.n > 1)
		qsort(cv.v, cv.n, sizeof *cv.v, cmp_class);
	share_todate = calloc(cv.n + 1, sizeof *share_todate);
	share_year = calloc(cv.n + 1, sizeof *share_year);
	planned = calloc(cv.n + 1, sizeof *planned);
	planned_year = calloc(cv.n + 1, sizeof *planned_year);
	delivered = calloc(cv.n + 1, sizeof *delivered);
	if (!share_todate || !share_year || !planned || !planned_year || !delivered) {
		rc = oom(err);
		goto done;
	}
	if (!(ix = class_index_make(&cv))) {
		rc = oom(err);
		goto done;
	}
	for (size_t s = 0; s < ids.n && !rc; s++) {
		double todate = 0, year = 0;
		struct class_sums sums;

		for (struct date m = mon; date_cmp(m, end) <= 0 && !rc; m = date_add_days(m, 7)) {
			double sh1;
			bool unknown = false;
			for (int i = 0; i < 5 && !rc; i++) {
				double dsh;
				rc = day_share(pl, ids.v[s], date_add_days(m, i), &dsh, &unknown, err);
			}
			if (rc || (rc = plan_open_share(pl, ids.v[s], date_isoweek(m), &sh1, err)))
				break;
			out->unknown_weeks += unknown;
			year += sh1;
			if (to_date.y && date_cmp(m, to_date) <= 0)
				todate += sh1;
		}
		if (rc)
			break;
		for (size_t k = 0; k < cv.n; k++)
			if (cv.v[k].school_id == ids.v[s]) {
				share_todate[k] = todate;
				share_year[k] = year;
			}
		/* summed in the database, per class: a year of a school is some 15,000 shifts */
		sums.cv = &cv;
		sums.ix = ix;
		sums.a = planned_year;
		sums.b = planned;
		if ((rc = store_shift_class_minutes(pl->st, ids.v[s], start, end, to_date, add_class_minutes, &sums, err)))
			break;
		if (!to_date.y)
			continue;
		sums.a = delivered;
		sums.b = NULL;
		if ((rc = store_log_class_minutes(pl->st, ids.v[s], start, to_date, to_date, add_class_minutes, &sums,
						  err)))
			break;
	}
	if (rc)
		goto done;

	/* rows: each group's classes, then the group; the total last */
	{
		struct report_budget_row total = { .level = REPORT_TOTAL };
		size_t pcap = 0;
		for (size_t k = 0; k < cv.n && !rc; k++) {
			const struct class *c = &cv.v[k];
			struct report_budget_row r = { .level = REPORT_CLASS };
			r.class_id = c->id;
			r.school_id = c->school_id;
			r.group_id = c->group_id;
			snprintf(r.klass, sizeof r.klass, "%s", c->name);
			snprintf(r.school, sizeof r.school, "%s", c->school_name);
			snprintf(r.group, sizeof r.group, "%s", c->group_name);
			r.weekly = c->budget_minutes;
			r.open_weeks = share_todate[k];
			r.budget = c->budget_minutes * share_todate[k];
			r.year_budget = c->budget_minutes * share_year[k];
			r.planned = planned[k];
			r.year_planned = planned_year[k];
			r.delivered = delivered[k];
			if (grow((void **)&out->rows, &cap, out->nrows, sizeof *out->rows)) {
				rc = oom(err);
				break;
			}
			out->rows[out->nrows++] = r;
			if (k + 1 == cv.n || cv.v[k + 1].group_id != c->group_id) {
				/* close the group: sum its class rows */
				struct report_budget_row g = { .level = REPORT_GROUP };
				struct report_proposal p = { 0 };
				struct target_group tg;
				double per_week = 0;
				g.group_id = c->group_id;
				snprintf(g.group, sizeof g.group, "%s", c->group_name);
				for (size_t i = out->nrows; i-- > 0 && out->rows[i].level == REPORT_CLASS;) {
					const struct report_budget_row *x = &out->rows[i];
					g.weekly += x->weekly;
					g.open_weeks += x->open_weeks;
					g.budget += x->budget;
					g.planned += x->planned;
					g.delivered += x->delivered;
					g.year_budget += x->year_budget;
					g.year_planned += x->year_planned;
					if (x->open_weeks > 0) {
						per_week += x->delivered / x->open_weeks;
						p.nclasses++;
					}
				}
				total.weekly += g.weekly;
				total.open_weeks += g.open_weeks;
				total.budget += g.budget;
				total.planned += g.planned;
				total.delivered += g.delivered;
				total.year_budget += g.year_budget;
				total.year_planned += g.year_planned;
				if (grow((void **)&out->rows, &cap, out->nrows, sizeof *out->rows)) {
					rc = oom(err);
					break;
				}
				out->rows[out->nrows++] = g;
				if ((rc = store_group_get(pl->st, c->group_id, &tg, err)))
					break;
				p.group_id = tg.id;
				snprintf(p.group, sizeof p.group, "%s", tg.name);
				p.now_minutes = tg.weekly_minutes;
				if (p.nclasses)
					p.proposal_hours = floor(per_week / p.nclasses / 60.0 * 2 + 0.5) / 2;
				if (grow((void **)&out->proposals, &pcap, out->nproposals, sizeof *out->proposals)) {
					rc = oom(err);
					break;
				}
				out->proposals[out->nproposals++] = p;
			}
		}
		if (!rc) {
			if (grow((void **)&out->rows, &cap, out->nrows, sizeof *out->rows))
				rc = oom(err);
			else
				out->rows[out->nrows++] = total;
		}
	}
done:
	free(ids.v);
	free(cv.v);
	free(ix);
	free(share_todate);
	free(share_year);
	free(planned);
	free(planned_year);
	free(delivered);
	if (rc)
		report_budget_free(out);
	return rc;
}

/* --- funding --------------------------------------------------------------------------- */

void report_funding_free(struct report_funding *r)
{
	free(r->rows);
	memset(r, 0, sizeof *r);
}

struct pro_cache {
	struct professional *v;
	size_t n, cap;
};

static int staff_cached(struct store *st, struct pro_cache *pc, int64_t id, const struct professional **out,
			struct zio_err *err)
{
	for (size_t i = 0; i < pc->n; i++)
		if (pc->v[i].id == id) {
			*out = &pc->v[i];
			return ZIO_OK;
		}
	if (grow((void **)&pc->v, &pc->cap, pc->n, sizeof *pc->v))
		return oom(err);
	if (store_staff_get(st, id, &pc->v[pc->n], err))
		return err ? err->code : ZIO_EDB;
	*out = &pc->v[pc->n++];
	return ZIO_OK;
}

static int cmp_funding(const void *a, const void *b)
{
	const struct report_funding_row *x = a, *y = b;
	int c = strcmp(x->school, y->school);
	if (!c)
		c = strcmp(x->group, y->group);
	if (!c)
		c = strcmp(x->provider, y->provider);
	return c;
}

static void funding_amounts(struct report_funding_row *r)
{
	int64_t rate = r->rate_cents > 0 ? r->rate_cents : 0;
	r->amount_cents = (r->hours100 * rate + 50) / 100;
	r->jeugdwet_cents = (r->jeugdwet100 * rate + 50) / 100;
	r->wlz_cents = r->amount_cents - r->jeugdwet_cents;
}

int report_funding(struct store *st, struct date from, struct date to, int64_t provider_id,
		   struct report_funding *out, struct zio_err *err)
{
	struct log_filter lf = { 0 };
	struct log_entry *le = NULL;
	struct classes cv = { 0 };
	struct pro_cache pc = { 0 };
	size_t nle = 0, cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	out->from = from;
	out->to = to;
	lf.from = from;
	lf.to = to;
	lf.provider_id = provider_id;
	if ((rc = load_classes(st, 0, &cv, err)) || (rc = store_log_list(st, &lf, &le, &nle, err)))
		goto done;
	for (size_t i = 0; i < nle && !rc; i++) {
		const struct professional *pro = NULL;
		struct report_funding_row *r = NULL;
		long k = class_index(&cv, le[i].class_id);
		int64_t h, jw, wlz;
		int min = log_minutes(&le[i]);

		if (min <= 0 || k < 0)
			continue;
		if ((rc = staff_cached(st, &pc, le[i].professional_id, &pro, err)))
			break;
		for (size_t j = 0; j < out->nrows && !r; j++)
			if (out->rows[j].school_id == cv.v[k].school_id && out->rows[j].group_id == cv.v[k].group_id &&
			    out->rows[j].provider_id == pro->provider_id)
				r = &out->rows[j];
		if (!r) {
			struct target_group g;
			struct provider p;
			if (grow((void **)&out->rows, &cap, out->nrows, sizeof *out->rows)) {
				rc = oom(err);
				break;
			}
			if ((rc = store_group_get(st, cv.v[k].group_id, &g, err)) ||
			    (rc = store_provider_get(st, pro->provider_id, &p, err)))
				break;
			r = &out->rows[out->nrows++];
			memset(r, 0, sizeof *r);
			r->school_id = cv.v[k].school_id;
			r->group_id = g.id;
			r->provider_id = p.id;
			snprintf(r->school, sizeof r->school, "%s", cv.v[k].school_name);
			snprintf(r->group, sizeof r->group, "%s", g.name);
			snprintf(r->provider, sizeof r->provider, "%s", p.name);
			r->wlz_share_bp = g.wlz_share_bp;
			r->rate_cents = p.rate_cents;
		}
		h = export_hours100(min);
		export_split(h, r->wlz_share_bp, &jw, &wlz);
		r->hours100 += h;
		r->jeugdwet100 += jw;
		r->wlz100 += wlz;
	}
	if (rc)
		goto done;
	if (out->nrows > 1)   /* qsort wants a real array, even for none */
		qsort(out->rows, out->nrows, sizeof *out->rows, cmp_funding);
	out->total.rate_cents = -1;
	for (size_t j = 0; j < out->nrows; j++) {
		struct report_funding_row *r = &out->rows[j];
		funding_amounts(r);
		out->total.hours100 += r->hours100;
		out->total.jeugdwet100 += r->jeugdwet100;
		out->total.wlz100 += r->wlz100;
		out->total.amount_cents += r->amount_cents;
		out->total.jeugdwet_cents += r->jeugdwet_cents;
		out->total.wlz_cents += r->wlz_cents;
	}
done:
	free(le);
	free(cv.v);
	free(pc.v);
	if (rc)
		report_funding_free(out);
	return rc;
}

/* --- faces ----------------------------------------------------------------------------- */

void report_faces_free(struct report_faces *r)
{
	free(r->rows);
	memset(r, 0, sizeof *r);
}

static int cmp_shift_face(const void *a, const void *b)
{
	const struct shift *x = a, *y = b;
	struct isoweek wx = date_isoweek(x->date), wy = date_isoweek(y->date);
	int c = wx.year != wy.year ? (wx.year > wy.year) - (wx.year < wy.year)
				   : (wx.week > wy.week) - (wx.week < wy.week);
	if (!c)
		c = strcmp(x->school_name, y->school_name);
	if (!c)
		c = strcmp(x->class_name, y->class_name);
	if (!c)
		c = (x->class_id > y->class_id) - (x->class_id < y->class_id);
	if (!c)
		c = (x->professional_id > y->professional_id) - (x->professional_id < y->professional_id);
	if (!c)
		c = date_cmp(x->date, y->date);
	return c;
}

int report_faces(struct store *st, int64_t school_id, struct date from, struct date to, int max_faces,
		 struct report_faces *out, struct zio_err *err)
{
	struct shift_filter sf = { 0 };
	struct shift *sh = NULL;
	size_t nsh = 0, cap = 0;
	int rc;

	memset(out, 0, sizeof *out);
	out->max_faces = max_faces;
	sf.from = from;
	sf.to = to;
	sf.school_id = school_id;
	if ((rc = store_shift_list(st, &sf, &sh, &nsh, err)))
		return rc;
	if (nsh > 1)
		qsort(sh, nsh, sizeof *sh, cmp_shift_face);
	for (size_t i = 0; i < nsh && !rc;) {
		struct isoweek w = date_isoweek(sh[i].date);
		struct report_faces_row r = { 0 };
		size_t j = i;

		r.class_id = sh[i].class_id;
		r.school_id = sh[i].school_id;
		r.week = w;
		snprintf(r.klass, sizeof r.klass, "%s", sh[i].class_name);
		snprintf(r.school, sizeof r.school, "%s", sh[i].school_name);
		while (j < nsh && sh[j].class_id == r.class_id && date_isoweek(sh[j].date).week == w.week &&
		       date_isoweek(sh[j].date).year == w.year) {
			/* one professional: any of their shifts on a day in the fixed team */
			int64_t pro = sh[j].professional_id;
			bool fixed = false;
			r.faces++;
			for (; j < nsh && sh[j].class_id == r.class_id && sh[j].professional_id == pro &&
			       date_isoweek(sh[j].date).week == w.week && date_isoweek(sh[j].date).year == w.year;
			     j++) {
				bool m = false;
				if (!fixed && (rc = store_team_has(st, pro, r.class_id, sh[j].date, &m, err)))
					break;
				fixed = fixed || m;
			}
			if (rc)
				break;
			r.fixed += fixed;
		}
		if (rc)
			break;
		r.over = max_faces > 0 && r.faces > max_faces;
		out->nover += r.over;
		if (grow((void **)&out->rows, &cap, out->nrows, sizeof *out->rows)) {
			rc = oom(err);
			break;
		}
		out->rows[out->nrows++] = r;
		i = j;
	}
	free(sh);
	if (rc)
		report_faces_free(out);
	return rc;
}

/* --- delivery -------------------------------------------------------------------------- */

void report_delivery_free(struct report_delivery *r)
{
	free(r->rows);
	memset(r, 0, sizeof *r);
}

static int cmp_class_school(const void *a, const void *b)
{
	const struct class *x = a, *y = b;
	int c = strcmp(x->school_name, y->school_name);
	return c ? c : strcmp(x->name, y->name);
}

int report_delivery(struct planner *pl, int64_t school_id, struct date from, struct date to, int margin,
		    struct report_delivery *out, struct zio_err *err)
{
	struct school_ids ids;
	struct classes cv = { 0 };
	int rc;

	memset(out, 0, sizeof *out);
	out->from = from;
	out->to = to;
	out->margin = margin;
	if ((rc = load_schools(pl->st, school_id, &ids, err)))
		return rc;
	if ((rc = load_classes(pl->st, school_id, &cv, err)))
		goto done;
	if (cv.n > 1)
		qsort(cv.v, cv.n, sizeof *cv.v, cmp_class_school);
	if (!(out->rows = calloc(cv.n + 1, sizeof *out->rows))) {
		rc = oom(err);
		goto done;
	}
	out->nrows = cv.n;
	for (size_t k = 0; k < cv.n; k++) {
		struct report_delivery_row *r = &out->rows[k];
		r->class_id = cv.v[k].id;
		r->school_id = cv.v[k].school_id;
		snprintf(r->klass, sizeof r->klass, "%s", cv.v[k].name);
		snprintf(r->school, sizeof r->school, "%s", cv.v[k].school_name);
		snprintf(r->group, sizeof r->group, "%s", cv.v[k].group_name);
	}
	for (size_t s = 0; s < ids.n && !rc; s++) {
		double weeks = 0;   /* open school weeks in the period, pro rata per day */
		struct shift_filter sf = { 0 };
		struct log_filter lf = { 0 };
		struct shift *sh = NULL;
		struct log_entry *le = NULL;
		size_t nsh = 0, nle = 0;

		for (struct date d = from; date_cmp(d, to) <= 0 && !rc; d = date_add_days(d, 1)) {
			double dsh;
			if (!(rc = day_share(pl, ids.v[s], d, &dsh, NULL, err)))
				weeks += dsh / 5;
		}
		if (rc)
			break;
		sf.from = lf.from = from;
		sf.to = lf.to = to;
		sf.school_id = lf.school_id = ids.v[s];
		if ((rc = store_shift_list(pl->st, &sf, &sh, &nsh, err)))
			break;
		if ((rc = store_log_list(pl->st, &lf, &le, &nle, err))) {
			free(sh);
			break;
		}
		for (size_t k = 0; k < cv.n; k++)
			if (cv.v[k].school_id == ids.v[s])
				out->rows[k].budget = cv.v[k].budget_minutes * weeks;
		for (size_t i = 0; i < nsh; i++) {
			long k = class_index(&cv, sh[i].class_id);
			if (k >= 0)
				out->rows[k].planned += shift_minutes(&sh[i]);
		}
		for (size_t i = 0; i < nle; i++) {
			long k = class_index(&cv, le[i].class_id);
			if (k >= 0)
				out->rows[k].delivered += log_minutes(&le[i]);
		}
		free(sh);
		free(le);
	}
	for (size_t k = 0; k < out->nrows && !rc; k++) {
		struct report_delivery_row *r = &out->rows[k];
		double keep = 1.0 - margin / 100.0;
		/* compare in whole minutes: a pro rata budget is not exact to the second */
		r->short_planned = r->planned > 0 && r->delivered + 0.5 < r->planned * keep;
		r->short_budget = r->budget > 0 && r->delivered + 0.5 < r->budget * keep;
		out->nshort += r->short_planned || r->short_budget;
	}
done:
	free(ids.v);
	free(cv.v);
	if (rc)
		report_delivery_free(out);
	return rc;
}

int report_parse_month(const char *s, struct date *from, struct date *to, struct zio_err *err)
{
	int y, m;

	if (!s || strlen(s) != 7 || s[4] != '-')
		goto bad;
	for (int i = 0; i < 7; i++)
		if (i != 4 && !isdigit((unsigned char)s[i]))
			goto bad;
	y = atoi(s);
	m = atoi(s + 5);
	if (y < 1 || m < 1 || m > 12)
		goto bad;
	*from = (struct date){ y, m, 1 };
	*to = (struct date){ y, m, date_days_in_month(y, m) };
	return ZIO_OK;
bad:
	return zio_err_set(err, ZIO_EUSAGE, "invalid month '%s': expected YYYY-MM", s ? s : "");
}
