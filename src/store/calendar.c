/* Holiday periods and closures. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zio/calstore.h"

int store_holiday_put(struct store *st, const struct holiday_period *p, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (holiday_check(p, err))
		return ZIO_EUSAGE;
	/* The unique index makes the REPLACE take the place of the year's earlier dates. */
	if (st_prepare(st, "INSERT OR REPLACE INTO holiday_period (school_year, kind, region, school_id, "
			   "date_from, date_to) VALUES (?, ?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int(s, 1, p->school_year);
	sqlite3_bind_text(s, 2, holiday_name(p->kind), -1, SQLITE_STATIC);
	st_bind_text(s, 3, p->school_id ? NULL : units_region_name(p->region));
	if (p->school_id)
		sqlite3_bind_int64(s, 4, p->school_id);
	else
		sqlite3_bind_null(s, 4);
	st_bind_date(s, 5, p->from);
	st_bind_date(s, 6, p->to);
	return st_step_done(st, s, N_("holiday"), err);
}

int store_holiday_unset(struct store *st, int64_t school_id, int school_year, enum holiday kind,
			struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "DELETE FROM holiday_period WHERE school_id = ? AND school_year = ? AND kind = ?",
		       &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, school_id);
	sqlite3_bind_int(s, 2, school_year);
	sqlite3_bind_text(s, 3, holiday_name(kind), -1, SQLITE_STATIC);
	if (st_step_done(st, s, N_("holiday"), err))
		return ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "this school has no dates of its own for that holiday");
	return ZIO_OK;
}

int store_holiday_load(struct store *st, struct holiday_set *hs, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc = SQLITE_DONE;

	if (st_prepare(st, "SELECT school_year, kind, ifnull(region, ''), ifnull(school_id, 0), date_from, "
			   "date_to FROM holiday_period", &s, err))
		return ZIO_EDB;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct holiday_period p = { 0 };
		const char *kind = (const char *)sqlite3_column_text(s, 1);
		const char *region = (const char *)sqlite3_column_text(s, 2);

		p.school_year = sqlite3_column_int(s, 0);
		p.school_id = sqlite3_column_int64(s, 3);
		p.from = st_column_date(s, 4);
		p.to = st_column_date(s, 5);
		if (holiday_parse_name(kind ? kind : "", &p.kind, NULL) ||
		    (!p.school_id && units_parse_region(region ? region : "", &p.region, NULL)))
			continue;   /* the CHECK constraints make this impossible; skip rather than crash */
		if (holiday_set_put(hs, &p, err)) {
			st_release(st, s);
			return ZIO_EDB;
		}
	}
	if (rc != SQLITE_DONE)
		rc = st_fail(st, rc, N_("holiday"), err);
	else
		rc = ZIO_OK;
	st_release(st, s);
	return rc;
}

#define CLOSURE_COLS "id, school_id, date_from, date_to, ifnull(start_min, -1), ifnull(end_min, -1), reason"

static void closure_read(sqlite3_stmt *s, struct closure *c)
{
	c->id = sqlite3_column_int64(s, 0);
	c->school_id = sqlite3_column_int64(s, 1);
	c->from = st_column_date(s, 2);
	c->to = st_column_date(s, 3);
	c->start = sqlite3_column_int(s, 4);
	c->end = sqlite3_column_int(s, 5);
	st_column_copy(s, 6, c->reason, sizeof c->reason);
}

int store_closure_insert(struct store *st, struct closure *c, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (closure_check(c, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO closure (school_id, date_from, date_to, start_min, end_min, reason) "
			   "VALUES (?, ?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, c->school_id);
	st_bind_date(s, 2, c->from);
	st_bind_date(s, 3, c->to);
	if (c->start < 0) {
		sqlite3_bind_null(s, 4);
		sqlite3_bind_null(s, 5);
	} else {
		sqlite3_bind_int(s, 4, c->start);
		sqlite3_bind_int(s, 5, c->end);
	}
	sqlite3_bind_text(s, 6, c->reason, -1, SQLITE_STATIC);
	rc = st_step_done(st, s, N_("closure"), err);
	if (rc == ZIO_OK)
		c->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_closure_get(struct store *st, int64_t id, struct closure *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT " CLOSURE_COLS " FROM closure WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		closure_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no closure with id %lld (zio closure list shows them)", (long long)id);
	else
		st_fail(st, rc, N_("closure"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_closure_delete(struct store *st, int64_t id, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct closure c;

	if (store_closure_get(st, id, &c, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "DELETE FROM closure WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("closure"), err);
}

int store_closure_list(struct store *st, int64_t school_id, struct date from, struct date to,
		       struct closure **out, size_t *n, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct st_vec vec = { .size = sizeof **out };
	struct closure c;
	int rc = SQLITE_DONE, stop = 0;

	/* closure_school_date (school_id, date_to, date_from) serves this range query. */
	if (st_prepare(st, "SELECT " CLOSURE_COLS " FROM closure WHERE (?1 = 0 OR school_id = ?1) "
			   "AND date_to >= ?2 AND date_from <= ?3 ORDER BY date_from, id", &s, err))
		return st_vec_finish(&vec, ZIO_EDB, out, n, err);
	sqlite3_bind_int64(s, 1, school_id);
	st_bind_date(s, 2, from);
	st_bind_date(s, 3, to);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		closure_read(s, &c);
		stop = st_vec_push(&vec, &c);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("closure"), err);
	st_release(st, s);
	return st_vec_finish(&vec, stop, out, n, err);
}
