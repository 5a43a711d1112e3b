/* The week as rows and cells, built from the store, the calendar and the rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "zio/weekgrid.h"

void weekgrid_free(struct week_grid *g)
{
	free(g->shifts);
	free(g->marks);
	free(g->rows);
	findings_free(&g->findings);
	memset(g, 0, sizeof *g);
}

struct row_vec {
	struct grid_row *v;
	size_t n, cap;
};

static struct grid_row *row_push(struct row_vec *rv)
{
	if (rv->n == rv->cap) {
		size_t cap = rv->cap ? rv->cap * 2 : 32;
		struct grid_row *v = realloc(rv->v, cap * sizeof *v);
		if (!v)
			return NULL;
		rv->v = v;
		rv->cap = cap;
	}
	memset(&rv->v[rv->n], 0, sizeof rv->v[0]);
	return &rv->v[rv->n++];
}

struct class_vec {
	struct class *v;
	size_t n, cap;
};

static int class_cb(const struct class *k, void *ctx)
{
	struct class_vec *cv = ctx;

	if (cv->n == cv->cap) {
		size_t cap = cv->cap ? cv->cap * 2 : 32;
		struct class *v = realloc(cv->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		cv->v = v;
		cv->cap = cap;
	}
	cv->v[cv->n++] = *k;
	return 0;
}

static int64_t row_key(const struct week_grid *g, const struct shift *s)
{
	return g->by_staff ? s->professional_id : s->class_id;
}

static const struct week_grid *sort_grid;

static int cmp_shift(const void *a, const void *b)
{
	const struct shift *x = a, *y = b;
	int64_t kx = row_key(sort_grid, x), ky = row_key(sort_grid, y);
	int dx = date_weekday(x->date), dy = date_weekday(y->date);

	if (kx != ky)
		return kx < ky ? -1 : 1;
	if (dx != dy)
		return dx - dy;
	if (x->start != y->start)
		return x->start - y->start;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int cmp_row_label(const void *a, const void *b)
{
	return strcasecmp(((const struct grid_row *)a)->label, ((const struct grid_row *)b)->label);
}

static enum grid_mark worse(enum grid_mark m, enum rule_code c)
{
	enum grid_mark n = rule_severity_of(c) == RULE_ERROR ? MARK_ERROR : MARK_WARNING;
	return n > m ? n : m;
}

int weekgrid_build(struct planner *pl, int64_t school_id, struct isoweek w, bool by_staff,
		   struct week_grid *g, struct zio_err *err)
{
	struct shift_filter f = { .with_cancelled = true };
	struct row_vec rv = { 0 };
	struct class_vec cv = { 0 };
	double share = 1;
	int rc;

	memset(g, 0, sizeof *g);
	g->school_id = school_id;
	g->week = w;
	g->by_staff = by_staff;
	f.from = date_from_isoweek(w, 1);
	f.to = date_from_isoweek(w, 7);
	f.school_id = school_id;
	for (int i = 0; i < 5; i++)
		if ((rc = plan_school_day(pl, school_id, date_from_isoweek(w, i + 1), &g->days[i], err)))
			return rc;
	if ((rc = plan_open_share(pl, school_id, w, &share, err)) ||
	    (rc = store_shift_list(pl->st, &f, &g->shifts, &g->nshifts, err)))
		return rc;
	if (!by_staff) {
		struct roster_filter rf = { .school_id = school_id };
		if ((rc = store_class_each(pl->st, &rf, class_cb, &cv, err))) {
			free(cv.v);
			weekgrid_free(g);
			return rc == ZIO_EDB && err && !err->msg[0] ? zio_err_set(err, ZIO_EDB, "out of memory") : rc;
		}
	}
	/* everything zio check says about the week, from the shifts and classes just read (the
	 * shifts still in the store's order, which the findings follow) */
	if ((rc = plan_check_shifts(pl, school_id, f.from, f.to, g->shifts, g->nshifts, by_staff ? NULL : cv.v,
				    cv.n, &g->findings, err))) {
		free(cv.v);
		weekgrid_free(g);
		return rc;
	}
	if (!by_staff) {
		for (size_t i = 0; i < cv.n; i++) {
			struct grid_row *r = row_push(&rv);
			if (!r) {
				free(cv.v);
				free(rv.v);
				weekgrid_free(g);
				return zio_err_set(err, ZIO_EDB, "out of memory");
			}
			r->id = cv.v[i].id;
			snprintf(r->label, sizeof r->label, "%s", cv.v[i].name);
			snprintf(r->group, sizeof r->group, "%s", cv.v[i].group_name);
			r->budget_minutes = (int64_t)(cv.v[i].budget_minutes * share + 0.5);
		}
		free(cv.v);
	} else {
		for (size_t i = 0; i < g->nshifts; i++) {
			size_t k = 0;
			struct professional p;
			while (k < rv.n && rv.v[k].id != g->shifts[i].professional_id)
				k++;
			if (k < rv.n)
				continue;
			struct grid_row *r = row_push(&rv);
			if (!r || store_staff_get(pl->st, g->shifts[i].professional_id, &p, err)) {
				free(rv.v);
				weekgrid_free(g);
				return r ? (err ? err->code : ZIO_EDB) : zio_err_set(err, ZIO_EDB, "out of memory");
			}
			r->id = p.id;
			snprintf(r->label, sizeof r->label, "%s", p.name);
			snprintf(r->group, sizeof r->group, "%s", p.provider_name);
			r->budget_minutes = p.contract_minutes;
		}
		if (rv.n > 1)   /* qsort wants a real array, even for none */
			qsort(rv.v, rv.n, sizeof *rv.v, cmp_row_label);
	}
	g->rows = rv.v;
	g->nrows = rv.n;
	sort_grid = g;
	if (g->nshifts > 1)
		qsort(g->shifts, g->nshifts, sizeof *g->shifts, cmp_shift);
	for (size_t r = 0; r < g->nrows; r++) {
		struct grid_row *row = &g->rows[r];
		for (size_t i = 0; i < g->nshifts; i++) {
			const struct shift *s = &g->shifts[i];
			int wd = date_weekday(s->date);
			if (row_key(g, s) != row->id)
				continue;
			if (s->status == SHIFT_PLANNED)
				row->planned_minutes += shift_minutes(s);
			if (wd > 5)
				continue;
			if (row->cell_count[wd - 1] == 0)
				row->cell_first[wd - 1] = i;
			row->cell_count[wd - 1]++;
		}
	}
	g->marks = calloc(g->nshifts ? g->nshifts : 1, sizeof *g->marks);
	if (!g->marks) {
		weekgrid_free(g);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	for (size_t k = 0; k < g->findings.n; k++) {
		const struct finding *x = &g->findings.v[k];
		for (size_t i = 0; x->shift_id && i < g->nshifts; i++)
			if (g->shifts[i].id == x->shift_id)
				g->marks[i] = worse(g->marks[i], x->code);
		for (size_t r = 0; !x->shift_id && r < g->nrows; r++)
			if ((by_staff && x->professional_id == g->rows[r].id && x->code == RULE_OVER_CONTRACT) ||
			    (!by_staff && x->class_id == g->rows[r].id && x->code != RULE_OVER_CONTRACT))
				g->rows[r].mark = worse(g->rows[r].mark, x->code);
	}
	return ZIO_OK;
}

void weekgrid_cell_text(const struct shift *s, bool by_staff, int width, char *buf, size_t len)
{
	char who[ZIO_NAME_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN], text[ZIO_NAME_LEN + 32];
	const char *x = s->status == SHIFT_CANCELLED ? "x" : "";
	size_t n;

	if (by_staff)
		snprintf(who, sizeof who, "%.*s", (int)text_fit(s->class_name, width >= 15 ? 5 : 4, NULL),
			 s->class_name);
	else
		text_initials(s->professional_name, who, sizeof who);
	time_format(s->start, a);
	time_format(s->end, b);
	snprintf(text, sizeof text, "%s%s %s-%s", x, who, a, b);
	if (text_width(text) > width) {   /* 0830-1200 */
		snprintf(text, sizeof text, "%s%s %.2s%.2s-%.2s%.2s", x, who, a, a + 3, b, b + 3);
		if (text_width(text) > width)
			snprintf(text, sizeof text, "%s%s %.2s%.2s", x, who, a, a + 3);
	}
	n = text_fit(text, width, NULL);
	snprintf(buf, len, "%.*s", (int)n, text);
}

int weekgrid_row_height(const struct week_grid *g, size_t r)
{
	int h = 1;
	for (int d = 0; d < 5; d++)
		if ((int)g->rows[r].cell_count[d] > h)
			h = (int)g->rows[r].cell_count[d];
	return h;
}

size_t weekgrid_findings_of(const struct week_grid *g, int64_t shift_id, const struct grid_row *row,
			    const struct finding **out, size_t max)
{
	size_t n = 0;

	for (size_t k = 0; k < g->findings.n && n < max; k++) {
		const struct finding *x = &g->findings.v[k];
		if (shift_id ? x->shift_id == shift_id
			     : (!x->shift_id && row &&
				((g->by_staff && x->professional_id == row->id && x->code == RULE_OVER_CONTRACT) ||
				 (!g->by_staff && x->class_id == row->id && x->code != RULE_OVER_CONTRACT))))
			out[n++] = x;
	}
	return n;
}
