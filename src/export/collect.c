/* The timesheet of a week as rows: log entries and the planned shifts without one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/export.h"
#include "zio/i18n.h"
#include "zio/roster.h"
#include "zio/shift.h"

/* codes of the CSV; N_ so that a document for people shows _(ts_row_status_name(s)) */
static const char *const row_status[] = { N_("delivered"), N_("absent"), N_("cancelled"), N_("extra"),
					  N_("unlogged") };

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

/* A set of strings, open addressing on a hash; each string malloc'ed once. */
struct ts_names {
	char **slot;
	size_t n, cap;
};

static void names_free(struct ts_names *nm)
{
	if (!nm)
		return;
	for (size_t i = 0; i < nm->cap; i++)
		free(nm->slot[i]);
	free(nm->slot);
	free(nm);
}

static size_t names_hash(const char *s)
{
	size_t h = 1469598103934665603ULL;   /* FNV-1a */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* s as kept in nm (added when new), or NULL when out of memory. */
static const char *names_get(struct ts_names *nm, const char *s)
{
	size_t i;

	if (!s || !*s)
		return "";
	if (2 * (nm->n + 1) > nm->cap) {   /* at most half full */
		size_t cap = nm->cap ? nm->cap * 2 : 256;
		char **v = calloc(cap, sizeof *v);
		if (!v)
			return NULL;
		for (size_t k = 0; k < nm->cap; k++)
			if (nm->slot[k]) {
				size_t j = names_hash(nm->slot[k]) & (cap - 1);
				while (v[j])
					j = (j + 1) & (cap - 1);
				v[j] = nm->slot[k];
			}
		free(nm->slot);
		nm->slot = v;
		nm->cap = cap;
	}
	for (i = names_hash(s) & (nm->cap - 1); nm->slot[i]; i = (i + 1) & (nm->cap - 1))
		if (!strcmp(nm->slot[i], s))
			return nm->slot[i];
	if (!(nm->slot[i] = strdup(s)))
		return NULL;
	nm->n++;
	return nm->slot[i];
}

void ts_export_free(struct ts_export *x)
{
	free(x->rows);
	free(x->sheets);
	names_free(x->names);
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

/* id -> index, open addressing: the lookups below are per row. */
struct id_map {
	int64_t *keys;     /* 0: empty (ids start at 1) */
	size_t *vals;
	size_t n, cap;
};

static size_t id_slot(const struct id_map *m, int64_t id)
{
	size_t i = (size_t)((uint64_t)id * 0x9e3779b97f4a7c15ULL >> 17) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != id)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static bool id_map_get(const struct id_map *m, int64_t id, size_t *val)
{
	size_t i;
	if (!m->cap)
		return false;
	i = id_slot(m, id);
	if (!m->keys[i])
		return false;
	*val = m->vals[i];
	return true;
}

static int id_map_put(struct id_map *m, int64_t id, size_t val)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {   /* at most half full */
		struct id_map g = { NULL, NULL, 0, m->cap ? m->cap * 2 : 64 };
		g.keys = calloc(g.cap, sizeof *g.keys);
		g.vals = calloc(g.cap, sizeof *g.vals);
		if (!g.keys || !g.vals) {
			free(g.keys);
			free(g.vals);
			return ZIO_EDB;
		}
		for (size_t k = 0; k < m->cap; k++)
			if (m->keys[k]) {
				i = id_slot(&g, m->keys[k]);
				g.keys[i] = m->keys[k];
				g.vals[i] = m->vals[k];
			}
		g.n = m->n;
		free(m->keys);
		free(m->vals);
		*m = g;
	}
	i = id_slot(m, id);
	if (!m->keys[i])
		m->n++;
	m->keys[i] = id;
	m->vals[i] = val;
	return ZIO_OK;
}

static void id_map_free(struct id_map *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

/* The names and the target group of a row: each class, group and professional read once. */
struct lookup {
	struct store *st;
	struct class *k;
	size_t nk, capk;
	struct target_group *g;
	size_t ng, capg;
	struct professional *p;
	size_t np, capp;
	struct id_map kmap, gmap, pmap;
	struct provider provider;  /* id 0: not one provider, look each professional up */
};

static void lookup_free(struct lookup *lu)
{
	free(lu->k);
	free(lu->g);
	free(lu->p);
	id_map_free(&lu->kmap);
	id_map_free(&lu->gmap);
	id_map_free(&lu->pmap);
}

/* Make room for one more of *v (n of cap elements of size sz). */
static int lookup_grow(void *pv, size_t *cap, size_t n, size_t sz)
{
	void *v, *nv;
	size_t c;

	if (n < *cap)
		return ZIO_OK;
	memcpy(&v, pv, sizeof v);
	c = *cap ? *cap * 2 : 32;
	if (!(nv = realloc(v, c * sz)))
		return ZIO_EDB;
	memcpy(pv, &nv, sizeof nv);
	*cap = c;
	return ZIO_OK;
}

static int class_of(struct lookup *lu, int64_t id, const struct class **k, const struct target_group **g,
		    struct zio_err *err)
{
	size_t i, j;

	if (!id_map_get(&lu->kmap, id, &i)) {
		if (lookup_grow(&lu->k, &lu->capk, lu->nk, sizeof *lu->k))
			return zio_err_set(err, ZIO_EDB, "out of memory");
		if (store_class_get(lu->st, id, &lu->k[lu->nk], err))
			return err ? err->code : ZIO_EDB;
		i = lu->nk++;
		if (id_map_put(&lu->kmap, id, i))
			return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	if (!id_map_get(&lu->gmap, lu->k[i].group_id, &j)) {
		if (lookup_grow(&lu->g, &lu->capg, lu->ng, sizeof *lu->g))
			return zio_err_set(err, ZIO_EDB, "out of memory");
		if (store_group_get(lu->st, lu->k[i].group_id, &lu->g[lu->ng], err))
			return err ? err->code : ZIO_EDB;
		j = lu->ng++;
		if (id_map_put(&lu->gmap, lu->k[i].group_id, j))
			return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	*k = &lu->k[i];
	*g = &lu->g[j];
	return ZIO_OK;
}

static int staff_of(struct lookup *lu, int64_t id, const struct professional **p, struct zio_err *err)
{
	size_t i;

	if (!id_map_get(&lu->pmap, id, &i)) {
		if (lookup_grow(&lu->p, &lu->capp, lu->np, sizeof *lu->p))
			return zio_err_set(err, ZIO_EDB, "out of memory");
		if (store_staff_get(lu->st, id, &lu->p[lu->np], err))
			return err ? err->code : ZIO_EDB;
		i = lu->np++;
		if (id_map_put(&lu->pmap, id, i))
			return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	*p = &lu->p[i];
	return ZIO_OK;
}

/* The names of a row, per row: a plain copy, not snprintf's format machinery. */
static void copy_name(char *dst, size_t len, const char *src)
{
	size_t n = strnlen(src, len - 1);
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* The row's class, target group, provider and names; `name` is the professional's, read with
 * the entry or shift. An export of one provider knows every row's provider already. */
static int fill(struct lookup *lu, struct ts_names *nm, struct ts_row *r, int64_t class_id, int64_t professional_id,
		const char *name, struct zio_err *err)
{
	const struct class *k = NULL;
	const struct target_group *g = NULL;
	const struct professional *p = NULL;

	if (class_of(lu, class_id, &k, &g, err) || (!lu->provider.id && staff_of(lu, professional_id, &p, err)))
		return err ? err->code : ZIO_EDB;
	r->class_id = class_id;
	r->school_id = k->school_id;
	r->professional_id = professional_id;
	r->provider_id = p ? p->provider_id : lu->provider.id;
	if (!(r->school = names_get(nm, k->school_name)) || !(r->klass = names_get(nm, k->name)) ||
	    !(r->target_group = names_get(nm, g->name)) ||
	    !(r->provider = names_get(nm, p ? p->provider_name : lu->provider.name)) ||
	    !(r->professional = names_get(nm, p ? p->name : name)))
		return zio_err_set(err, ZIO_EDB, "out of memory");
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

/* A log entry's row waiting for its shift's planned times. */
struct pending {
	int64_t shift_id;
	size_t row;
};

static int cmp_pending(const void *a, const void *b)
{
	const struct pending *x = a, *y = b;
	if (x->shift_id != y->shift_id)
		return x->shift_id < y->shift_id ? -1 : 1;
	return (x->row > y->row) - (x->row < y->row);
}

/* The state of one collection: rows are made as the entries and shifts stream past, so that
 * only the rows are held, never the week's entries and shifts as well. */
struct collect {
	struct lookup lu;
	struct ts_names *names;
	struct row_vec rv;
	struct pending *pend;
	size_t npend, cappend;
	struct zio_err *err;
};

/* The planned times of a log entry's shift on its row. */
static void plan_row(struct ts_row *r, const struct shift *s)
{
	r->planned_start = s->start;
	r->planned_end = s->end;
	r->planned_minutes = r->professional_id == s->professional_id ? s->end - s->start : 0;
}

/* Every log entry is a row; a stand-in's carries the original shift's planned times. */
static int collect_log(const struct log_entry *e, void *ctx)
{
	struct collect *c = ctx;
	struct ts_row *r = push(&c->rv);

	if (!r)
		return zio_err_set(c->err, ZIO_EDB, "out of memory");
	if (fill(&c->lu, c->names, r, e->class_id, e->professional_id, e->professional_name, c->err))
		return c->err && c->err->code ? c->err->code : ZIO_EDB;
	r->date = e->date;
	r->planned_start = r->planned_end = -1;
	r->start = e->start;
	r->end = e->end;
	copy_name(r->note, sizeof r->note, e->note);
	if (e->kind == LOG_ABSENT) {
		r->status = TSR_ABSENT;
		r->minutes = 0;
		copy_name(r->reason, sizeof r->reason, absence_name(e->reason));
		copy_name(r->replaced_by, sizeof r->replaced_by, e->replaced_by_name);
	} else {
		r->status = e->shift_id ? TSR_DELIVERED : TSR_EXTRA;
		r->minutes = e->end - e->start;
	}
	if (e->shift_id) {
		if (lookup_grow(&c->pend, &c->cappend, c->npend, sizeof *c->pend))
			return zio_err_set(c->err, ZIO_EDB, "out of memory");
		c->pend[c->npend++] = (struct pending){ e->shift_id, c->rv.n - 1 };
	}
	return 0;
}

/* A shift with entries lends them its planned times; one without is a row itself
 * (unlogged, or cancelled). */
static int collect_shift(const struct shift *s, void *ctx)
{
	struct collect *c = ctx;
	struct pending key = { s->id, 0 };
	size_t lo = 0, hi = c->npend;
	struct ts_row *r;

	while (lo < hi) {   /* the first entry of this shift */
		size_t mid = lo + (hi - lo) / 2;
		if (cmp_pending(&c->pend[mid], &key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < c->npend && c->pend[lo].shift_id == s->id) {
		for (; lo < c->npend && c->pend[lo].shift_id == s->id; lo++)
			plan_row(&c->rv.v[c->pend[lo].row], s);
		return 0;
	}
	if (!(r = push(&c->rv)))
		return zio_err_set(c->err, ZIO_EDB, "out of memory");
	if (fill(&c->lu, c->names, r, s->class_id, s->professional_id, s->professional_name, c->err))
		return c->err && c->err->code ? c->err->code : ZIO_EDB;
	r->date = s->date;
	r->planned_start = s->start;
	r->planned_end = s->end;
	r->planned_minutes = s->status == SHIFT_PLANNED ? s->end - s->start : 0;
	r->start = r->end = -1;
	r->status = s->status == SHIFT_CANCELLED ? TSR_CANCELLED : TSR_UNLOGGED;
	copy_name(r->reason, sizeof r->reason, s->status == SHIFT_CANCELLED ? s->cancel_reason : "");
	copy_name(r->note, sizeof r->note, s->note);
	return 0;
}

int export_collect(struct store *st, struct isoweek w, int64_t provider_id, int64_t school_id,
		   struct ts_export *out, struct zio_err *err)
{
	struct shift_filter sf = { .with_cancelled = true };
	struct log_filter lf = { 0 };
	struct collect c = { .lu = { .st = st }, .err = err };
	int rc = ZIO_OK;

	memset(out, 0, sizeof *out);
	out->week = w;
	if (!(c.names = out->names = calloc(1, sizeof *out->names)))
		return zio_err_set(err, ZIO_EDB, "out of memory");
	sf.from = lf.from = date_from_isoweek(w, 1);
	sf.to = lf.to = date_from_isoweek(w, 7);
	sf.school_id = lf.school_id = school_id;
	/* the provider's shifts only: a provider's week at national scale is a few thousand rows
	 * among a hundred thousand */
	sf.provider_id = lf.provider_id = provider_id;
	if (provider_id && (rc = store_provider_get(st, provider_id, &c.lu.provider, err)))
		goto done;
	if ((rc = store_log_each(st, &lf, collect_log, &c, err)))
		goto done;
	if (c.npend > 1)
		qsort(c.pend, c.npend, sizeof *c.pend, cmp_pending);
	if ((rc = store_shift_each(st, &sf, collect_shift, &c, err)))
		goto done;
	/* a stand-in of this provider on another provider's shift: that shift was not read */
	for (size_t i = 0; i < c.npend && !rc; i++) {
		struct shift s;
		if (c.rv.v[c.pend[i].row].planned_start >= 0)
			continue;
		if ((rc = store_shift_get(st, c.pend[i].shift_id, &s, err)))
			break;
		for (; i < c.npend && c.pend[i].shift_id == s.id; i++)
			plan_row(&c.rv.v[c.pend[i].row], &s);
		i--;
	}
	if (rc)
		goto done;
	for (size_t i = 0; i < c.rv.n; i++) {
		struct ts_row *r = &c.rv.v[i];
		r->hours100 = export_hours100(r->minutes);
		r->planned100 = export_hours100(r->planned_minutes);
		export_split(r->hours100, r->wlz_share_bp, &r->jeugdwet100, &r->wlz100);
	}
	if (c.rv.n > 1)
		qsort(c.rv.v, c.rv.n, sizeof *c.rv.v, cmp_row);
	out->rows = c.rv.v;
	out->nrows = c.rv.n;
	c.rv.v = NULL;
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
	free(c.rv.v);
	free(c.pend);
	lookup_free(&c.lu);
	return rc;
}
