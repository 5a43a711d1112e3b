/* The timesheet of a week as rows: log entries and the planned shifts without one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/export.h"
#include "zio/roster.h"
#include "zio/shift.h"

static const char *const row_status[] = { "delivered", "absent", "cancelled", "extra", "unlogged" };

const char *ts_row_status_name(enum ts_row_status s)
{
	return s <= TSR_UNLOGGED ? row_status[s] : "";
}

int64_t export_hours100(int64_t minutes)
{
	return (minutes * 100 + 30) / 60;
}

void export_split(int64_t hours100, int wlz_bp, int64_t *jeugdwet100, int64_t *wlz100)
{
	/* the Wlz part rounded to the hundredth; what rounding leaves stays with the Jeugdwet */
	*wlz100 = (hours100 * wlz_bp + 5000) / 10000;
	*jeugdwet100 = hours100 - *wlz100;
}

void ts_export_free(struct ts_export *x)
{
	free(x->rows);
	free(x->sheets);
	memset(x, 0, sizeof *x);
}

struct row_vec {
	struct ts_row *v;
	size_t n, cap;
};

static struct ts_row *push(struct row_vec *rv)
{
	if (rv->n == rv->cap) {
		size_t cap = rv->cap ? rv->cap * 2 : 128;
		struct ts_row *v = realloc(rv->v, cap * sizeof *v);
		if (!v)
			return NULL;
		rv->v = v;
		rv->cap = cap;
	}
	memset(&rv->v[rv->n], 0, sizeof rv->v[0]);
	return &rv->v[rv->n++];
}

/* The names and the target group of a row, from small caches: a week touches few classes. */
struct lookup {
	struct class k[64];
	struct target_group g[64];
	struct professional p[128];
	int nk, np;
};

static int class_of(struct store *st, struct lookup *lu, int64_t id, struct class **k, struct target_group **g,
		    struct zio_err *err)
{
	for (int i = 0; i < lu->nk; i++)
		if (lu->k[i].id == id) {
			*k = &lu->k[i];
			*g = &lu->g[i];
			return ZIO_OK;
		}
	int i = lu->nk < 64 ? lu->nk++ : 63;
	if (store_class_get(st, id, &lu->k[i], err) || store_group_get(st, lu->k[i].group_id, &lu->g[i], err))
		return ZIO_EDB;
	*k = &lu->k[i];
	*g = &lu->g[i];
	return ZIO_OK;
}

static int staff_of(struct store *st, struct lookup *lu, int64_t id, struct professional **p, struct zio_err *err)
{
	for (int i = 0; i < lu->np; i++)
		if (lu->p[i].id == id) {
			*p = &lu->p[i];
			return ZIO_OK;
		}
	int i = lu->np < 128 ? lu->np++ : 127;
	if (store_staff_get(st, id, &lu->p[i], err))
		return ZIO_EDB;
	*p = &lu->p[i];
	return ZIO_OK;
}

static int fill(struct store *st, struct lookup *lu, struct ts_row *r, int64_t class_id, int64_t professional_id,
		struct zio_err *err)
{
	struct class *k;
	struct target_group *g;
	struct professional *p;

	if (class_of(st, lu, class_id, &k, &g, err) || staff_of(st, lu, professional_id, &p, err))
		return ZIO_EDB;
	r->class_id = class_id;
	r->school_id = k->school_id;
	r->professional_id = professional_id;
	r->provider_id = p->provider_id;
	snprintf(r->school, sizeof r->school, "%s", k->school_name);
	snprintf(r->klass, sizeof r->klass, "%s", k->name);
	snprintf(r->target_group, sizeof r->target_group, "%s", g->name);
	snprintf(r->provider, sizeof r->provider, "%s", p->provider_name);
	snprintf(r->professional, sizeof r->professional, "%s", p->name);
	r->wlz_share_bp = g->wlz_share_bp;
	return ZIO_OK;
}

static int cmp_row(const void *a, const void *b)
{
	const struct ts_row *x = a, *y = b;
	int c;

	if ((c = strcmp(x->provider, y->provider)))
		return c;
	if ((c = strcmp(x->school, y->school)))
		return c;
	if ((c = date_cmp(x->date, y->date)))
		return c;
	if ((c = strcmp(x->klass, y->klass)))
		return c;
	int xs = x->planned_start >= 0 ? x->planned_start : x->start, ys = y->planned_start >= 0 ? y->planned_start : y->start;
	if (xs != ys)
		return xs - ys;
	return strcmp(x->professional, y->professional);
}

int export_collect(struct store *st, struct isoweek w, int64_t provider_id, int64_t school_id,
		   struct ts_export *out, struct zio_err *err)
{
	struct shift_filter sf = { .with_cancelled = true };
	struct log_filter lf = { 0 };
	struct shift *shifts = NULL;
	struct log_entry *logs = NULL;
	size_t ns = 0, nl = 0;
	struct row_vec rv = { 0 };
	struct lookup *lu = calloc(1, sizeof *lu);
	int rc = ZIO_OK;

	memset(out, 0, sizeof *out);
	out->week = w;
	if (!lu)
		return zio_err_set(err, ZIO_EDB, "out of memory");
	sf.from = lf.from = date_from_isoweek(w, 1);
	sf.to = lf.to = date_from_isoweek(w, 7);
	sf.school_id = lf.school_id = school_id;
	lf.provider_id = provider_id;
	if (store_shift_list(st, &sf, &shifts, &ns, err) || store_log_list(st, &lf, &logs, &nl, err)) {
		rc = err ? err->code : ZIO_EDB;
		goto done;
	}
	/* every log entry is a row; a stand-in's carries the original shift's planned times */
	for (size_t i = 0; i < nl && !rc; i++) {
		const struct log_entry *e = &logs[i];
		const struct shift *s = NULL;
		struct ts_row *r = push(&rv);

		if (!r) {
			rc = zio_err_set(err, ZIO_EDB, "out of memory");
			break;
		}
		for (size_t k = 0; e->shift_id && k < ns; k++)
			if (shifts[k].id == e->shift_id)
				s = &shifts[k];
		if ((rc = fill(st, lu, r, e->class_id, e->professional_id, err)))
			break;
		r->date = e->date;
		r->planned_start = s ? s->start : -1;
		r->planned_end = s ? s->end : -1;
		r->planned_minutes = s && e->professional_id == s->professional_id ? s->end - s->start : 0;
		r->start = e->start;
		r->end = e->end;
		snprintf(r->note, sizeof r->note, "%s", e->note);
		if (e->kind == LOG_ABSENT) {
			r->status = TSR_ABSENT;
			r->minutes = 0;
			snprintf(r->reason, sizeof r->reason, "%s", absence_name(e->reason));
			snprintf(r->replaced_by, sizeof r->replaced_by, "%s", e->replaced_by_name);
		} else {
			r->status = e->shift_id ? TSR_DELIVERED : TSR_EXTRA;
			r->minutes = e->end - e->start;
		}
	}
	/* planned shifts with no entry: unlogged, or cancelled */
	for (size_t k = 0; k < ns && !rc; k++) {
		const struct shift *s = &shifts[k];
		bool logged = false;
		struct ts_row *r;

		for (size_t i = 0; i < nl && !logged; i++)
			logged = logs[i].shift_id == s->id;
		if (logged)
			continue;
		if (!(r = push(&rv))) {
			rc = zio_err_set(err, ZIO_EDB, "out of memory");
			break;
		}
		if ((rc = fill(st, lu, r, s->class_id, s->professional_id, err)))
			break;
		if (provider_id && r->provider_id != provider_id) {
			rv.n--;
			continue;
		}
		r->date = s->date;
		r->planned_start = s->start;
		r->planned_end = s->end;
		r->planned_minutes = s->status == SHIFT_PLANNED ? s->end - s->start : 0;
		r->start = r->end = -1;
		r->status = s->status == SHIFT_CANCELLED ? TSR_CANCELLED : TSR_UNLOGGED;
		snprintf(r->reason, sizeof r->reason, "%s", s->status == SHIFT_CANCELLED ? s->cancel_reason : "");
		snprintf(r->note, sizeof r->note, "%s", s->note);
	}
	if (rc)
		goto done;
	for (size_t i = 0; i < rv.n; i++) {
		struct ts_row *r = &rv.v[i];
		r->hours100 = export_hours100(r->minutes);
		r->planned100 = export_hours100(r->planned_minutes);
		export_split(r->hours100, r->wlz_share_bp, &r->jeugdwet100, &r->wlz100);
	}
	if (rv.n > 1)
		qsort(rv.v, rv.n, sizeof *rv.v, cmp_row);
	out->rows = rv.v;
	out->nrows = rv.n;
	rv.v = NULL;
	/* the sheets: one per provider x school, with totals and the sign-off */
	for (size_t i = 0; i < out->nrows && !rc; i++) {
		const struct ts_row *r = &out->rows[i];
		struct ts_sheet *sh = out->nsheets ? &out->sheets[out->nsheets - 1] : NULL;
		if (!sh || sh->provider_id != r->provider_id || sh->school_id != r->school_id) {
			struct ts_sheet *v = realloc(out->sheets, (out->nsheets + 1) * sizeof *v);
			if (!v) {
				rc = zio_err_set(err, ZIO_EDB, "out of memory");
				break;
			}
			out->sheets = v;
			sh = &v[out->nsheets++];
			memset(sh, 0, sizeof *sh);
			sh->provider_id = r->provider_id;
			sh->school_id = r->school_id;
			sh->first = i;
			snprintf(sh->provider, sizeof sh->provider, "%s", r->provider);
			snprintf(sh->school, sizeof sh->school, "%s", r->school);
			rc = store_timesheet_get(st, r->provider_id, r->school_id, date_from_isoweek(w, 1), &sh->status, err);
		}
		sh->count++;
		sh->planned_minutes += r->planned_minutes;
		sh->delivered_minutes += r->minutes;
		if (r->status == TSR_ABSENT)
			sh->absent_minutes += r->end - r->start;
		sh->hours100 += r->hours100;
		sh->jeugdwet100 += r->jeugdwet100;
		sh->wlz100 += r->wlz100;
	}
done:
	if (rc)
		ts_export_free(out);
	free(rv.v);
	free(shifts);
	free(logs);
	free(lu);
	return rc;
}
