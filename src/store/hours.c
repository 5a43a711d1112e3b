/* Log entries and timesheets. The approved-week lock is in the schema's triggers, so that it
 * holds for any program that writes to the file; st_fail passes its message on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zio/hours.h"

#define LOG_SELECT \
	"SELECT l.id, ifnull(l.shift_id, 0), l.professional_id, l.class_id, l.date, l.start_min, l.end_min, " \
	"l.kind, ifnull(l.reason, ''), ifnull(l.replaced_by, 0), l.note, l.logged_by, l.logged_at, l.version, " \
	"c.school_id, p.name, c.name, s.name, ifnull(r.name, '') FROM log_entry l " \
	"JOIN class c ON c.id = l.class_id JOIN school s ON s.id = c.school_id " \
	"JOIN professional p ON p.id = l.professional_id LEFT JOIN professional r ON r.id = l.replaced_by "

static void log_read(sqlite3_stmt *s, struct log_entry *e)
{
	const char *kind = (const char *)sqlite3_column_text(s, 7);
	const char *reason = (const char *)sqlite3_column_text(s, 8);

	e->id = sqlite3_column_int64(s, 0);
	e->shift_id = sqlite3_column_int64(s, 1);
	e->professional_id = sqlite3_column_int64(s, 2);
	e->class_id = sqlite3_column_int64(s, 3);
	e->date = st_column_date(s, 4);
	e->start = sqlite3_column_int(s, 5);
	e->end = sqlite3_column_int(s, 6);
	e->kind = kind && strcmp(kind, "absent") == 0 ? LOG_ABSENT : LOG_DELIVERED;
	e->reason = ABSENCE_NONE;
	if (reason && *reason)
		absence_parse(reason, &e->reason, NULL);
	e->replaced_by = sqlite3_column_int64(s, 9);
	st_column_copy(s, 10, e->note, sizeof e->note);
	st_column_copy(s, 11, e->logged_by, sizeof e->logged_by);
	st_column_copy(s, 12, e->logged_at, sizeof e->logged_at);
	e->version = sqlite3_column_int(s, 13);
	e->school_id = sqlite3_column_int64(s, 14);
	st_column_copy(s, 15, e->professional_name, sizeof e->professional_name);
	st_column_copy(s, 16, e->class_name, sizeof e->class_name);
	st_column_copy(s, 17, e->school_name, sizeof e->school_name);
	st_column_copy(s, 18, e->replaced_by_name, sizeof e->replaced_by_name);
}

static int log_check(const struct log_entry *e, struct zio_err *err)
{
	if (!e->date.y)
		return zio_err_set(err, ZIO_EUSAGE, "a log entry needs a date");
	if (e->start < 0 || e->end > 1439 || e->end <= e->start)
		return zio_err_set(err, ZIO_ERULE, "the end must be after the start");
	if (e->kind == LOG_ABSENT && (e->reason == ABSENCE_NONE || !e->shift_id))
		return zio_err_set(err, ZIO_EUSAGE, "an absence needs a shift and a reason");
	if (e->kind == LOG_DELIVERED && (e->reason != ABSENCE_NONE || e->replaced_by))
		return zio_err_set(err, ZIO_EUSAGE, "a delivered entry has no absence reason");
	return text_check_short(e->note, "note", err);
}

static void log_bind(sqlite3_stmt *s, const struct log_entry *e)
{
	if (e->shift_id)
		sqlite3_bind_int64(s, 1, e->shift_id);
	else
		sqlite3_bind_null(s, 1);
	sqlite3_bind_int64(s, 2, e->professional_id);
	sqlite3_bind_int64(s, 3, e->class_id);
	st_bind_date(s, 4, e->date);
	sqlite3_bind_int(s, 5, e->start);
	sqlite3_bind_int(s, 6, e->end);
	sqlite3_bind_text(s, 7, log_kind_name(e->kind), -1, SQLITE_STATIC);
	st_bind_text(s, 8, e->kind == LOG_ABSENT ? absence_name(e->reason) : NULL);
	if (e->replaced_by)
		sqlite3_bind_int64(s, 9, e->replaced_by);
	else
		sqlite3_bind_null(s, 9);
	sqlite3_bind_text(s, 10, e->note, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 11, e->logged_by, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 12, e->logged_at, -1, SQLITE_STATIC);
}

int store_log_insert(struct store *st, struct log_entry *e, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (log_check(e, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO log_entry (shift_id, professional_id, class_id, date, start_min, end_min, "
			   "kind, reason, replaced_by, note, logged_by, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
		       &s, err))
		return ZIO_EDB;
	log_bind(s, e);
	rc = st_step_done(st, s, "log entry", err);
	if (rc == ZIO_OK) {
		e->id = sqlite3_last_insert_rowid(st->db);
		e->version = 1;
	}
	return rc;
}

int store_log_update(struct store *st, struct log_entry *e, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (log_check(e, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "UPDATE log_entry SET shift_id = ?, professional_id = ?, class_id = ?, date = ?, "
			   "start_min = ?, end_min = ?, kind = ?, reason = ?, replaced_by = ?, note = ?, logged_by = ?, "
			   "logged_at = ?, version = version + 1 WHERE id = ? AND version = ?", &s, err))
		return ZIO_EDB;
	log_bind(s, e);
	sqlite3_bind_int64(s, 13, e->id);
	sqlite3_bind_int(s, 14, e->version);
	if (st_step_done(st, s, "log entry", err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_ERULE, "log entry %lld was changed by someone else; reloaded, try again",
				   (long long)e->id);
	e->version++;
	return ZIO_OK;
}

int store_log_delete(struct store *st, int64_t id, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "DELETE FROM log_entry WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	if (st_step_done(st, s, "log entry", err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no log entry with id %lld", (long long)id);
	return ZIO_OK;
}

int store_log_get(struct store *st, int64_t id, struct log_entry *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, LOG_SELECT "WHERE l.id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		log_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no log entry with id %lld (zio log list shows them)", (long long)id);
	else
		st_fail(st, rc, "log entry", err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

/* One statement per way in, each through an index (see store_shift_each): a shift's entries
 * by log_shift, a professional's by log_professional_date, a class's or a school's by
 * log_class_date, a provider's by the professional_date ranges of its professionals, and
 * only with none of these every entry of the dates by log_date_class. */
#define LOG_LIST_REST \
	"AND l.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR c.school_id = ?3) AND (?4 = 0 OR l.class_id = ?4) " \
	"AND (?5 = 0 OR l.professional_id = ?5) AND (?6 = 0 OR p.provider_id = ?6) " \
	"AND (?7 = 0 OR l.shift_id = ?7) " \
	"ORDER BY l.date, s.name COLLATE NOCASE, c.name COLLATE NOCASE, l.start_min, l.id"

static const char *const log_list_sql[] = {
	LOG_SELECT "WHERE l.shift_id = ?7 " LOG_LIST_REST,
	LOG_SELECT "WHERE l.professional_id = ?5 " LOG_LIST_REST,
	LOG_SELECT "WHERE l.class_id = ?4 " LOG_LIST_REST,
	LOG_SELECT "WHERE l.class_id IN (SELECT id FROM class WHERE school_id = ?3) " LOG_LIST_REST,
	LOG_SELECT "WHERE l.professional_id IN (SELECT id FROM professional WHERE provider_id = ?6) "
		   LOG_LIST_REST,
	LOG_SELECT "WHERE 1 " LOG_LIST_REST,
};

int store_log_each(struct store *st, const struct log_filter *f, int (*fn)(const struct log_entry *, void *),
		   void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct log_entry row;
	size_t way = f->shift_id ? 0 : f->professional_id ? 1 : f->class_id ? 2 : f->school_id ? 3 :
		     f->provider_id ? 4 : 5;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, log_list_sql[way], &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, f->from);
	st_bind_date(s, 2, f->to);
	sqlite3_bind_int64(s, 3, f->school_id);
	sqlite3_bind_int64(s, 4, f->class_id);
	sqlite3_bind_int64(s, 5, f->professional_id);
	sqlite3_bind_int64(s, 6, f->provider_id);
	sqlite3_bind_int64(s, 7, f->shift_id);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		log_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, "log entry", err);
	st_release(st, s);
	return stop;
}

static int log_push(const struct log_entry *e, void *ctx)
{
	return st_vec_push(ctx, e);
}

int store_log_list(struct store *st, const struct log_filter *f, struct log_entry **out, size_t *n,
		   struct zio_err *err)
{
	struct st_vec vec = { .size = sizeof **out };

	return st_vec_finish(&vec, store_log_each(st, f, log_push, &vec, err), out, n, err);
}

/* The sums per class of shifts and of log entries for the reports, together here: run sql
 * (?1 school, ?2 from, ?3 to, ?4 upto) and hand each class's row to fn. */
static int class_minutes_run(struct store *st, const char *sql, int64_t school_id, struct date from,
			     struct date to, struct date upto, int (*fn)(const struct class_minutes *, void *),
			     void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct class_minutes row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, school_id);
	st_bind_date(s, 2, from);
	st_bind_date(s, 3, to);
	st_bind_date(s, 4, upto);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		row.class_id = sqlite3_column_int64(s, 0);
		row.minutes = sqlite3_column_int64(s, 1);
		row.minutes_upto = sqlite3_column_int64(s, 2);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, "class minutes", err);
	st_release(st, s);
	return stop;
}

int store_shift_class_minutes(struct store *st, int64_t school_id, struct date from, struct date to,
			      struct date upto, int (*fn)(const struct class_minutes *, void *), void *ctx,
			      struct zio_err *err)
{
	/* through shift_class_date for each class of the school */
	static const char *const sql[] = {
		"SELECT class_id, sum(end_min - start_min), "
		"ifnull(sum(CASE WHEN date <= ?4 THEN end_min - start_min END), 0) FROM shift "
		"WHERE class_id IN (SELECT id FROM class WHERE school_id = ?1) AND date BETWEEN ?2 AND ?3 "
		"AND status = 'planned' GROUP BY class_id",
		"SELECT class_id, sum(end_min - start_min), "
		"ifnull(sum(CASE WHEN date <= ?4 THEN end_min - start_min END), 0) FROM shift "
		"WHERE date BETWEEN ?2 AND ?3 AND status = 'planned' AND ?1 = 0 GROUP BY class_id",
	};
	return class_minutes_run(st, sql[school_id ? 0 : 1], school_id, from, to, upto, fn, ctx, err);
}

int store_log_class_minutes(struct store *st, int64_t school_id, struct date from, struct date to,
			    struct date upto, int (*fn)(const struct class_minutes *, void *), void *ctx,
			    struct zio_err *err)
{
	/* through log_class_date for each class of the school */
	static const char *const sql[] = {
		"SELECT class_id, sum(end_min - start_min), "
		"ifnull(sum(CASE WHEN date <= ?4 THEN end_min - start_min END), 0) FROM log_entry "
		"WHERE class_id IN (SELECT id FROM class WHERE school_id = ?1) AND date BETWEEN ?2 AND ?3 "
		"AND kind = 'delivered' GROUP BY class_id",
		"SELECT class_id, sum(end_min - start_min), "
		"ifnull(sum(CASE WHEN date <= ?4 THEN end_min - start_min END), 0) FROM log_entry "
		"WHERE date BETWEEN ?2 AND ?3 AND kind = 'delivered' AND ?1 = 0 GROUP BY class_id",
	};
	return class_minutes_run(st, sql[school_id ? 0 : 1], school_id, from, to, upto, fn, ctx, err);
}

int store_log_count_for_shift(struct store *st, int64_t shift_id, int64_t *n, struct zio_err *err)
{
	return st_count(st, "SELECT count(*) FROM log_entry WHERE shift_id = ?", shift_id, n, err);
}

#define TS_SELECT \
	"SELECT t.id, t.provider_id, t.school_id, t.week_start, t.status, v.name, s.name, " \
	"ifnull(e.by_user, ''), ifnull(e.at, ''), ifnull(e.reason, '') FROM timesheet t " \
	"JOIN provider v ON v.id = t.provider_id JOIN school s ON s.id = t.school_id " \
	"LEFT JOIN timesheet_event e ON e.id = (SELECT max(id) FROM timesheet_event WHERE timesheet_id = t.id) "

static void ts_read(sqlite3_stmt *s, struct timesheet *t)
{
	const char *status = (const char *)sqlite3_column_text(s, 4);

	t->id = sqlite3_column_int64(s, 0);
	t->provider_id = sqlite3_column_int64(s, 1);
	t->school_id = sqlite3_column_int64(s, 2);
	t->week_start = st_column_date(s, 3);
	t->status = TS_DRAFT;
	if (status)
		ts_status_parse(status, &t->status, NULL);
	st_column_copy(s, 5, t->provider_name, sizeof t->provider_name);
	st_column_copy(s, 6, t->school_name, sizeof t->school_name);
	st_column_copy(s, 7, t->last_by, sizeof t->last_by);
	st_column_copy(s, 8, t->last_at, sizeof t->last_at);
	st_column_copy(s, 9, t->last_reason, sizeof t->last_reason);
}

int store_timesheet_get(struct store *st, int64_t provider_id, int64_t school_id, struct date week,
			struct timesheet *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	out->provider_id = provider_id;
	out->school_id = school_id;
	out->week_start = week;
	if (st_prepare(st, TS_SELECT "WHERE t.provider_id = ? AND t.school_id = ? AND t.week_start = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, provider_id);
	sqlite3_bind_int64(s, 2, school_id);
	st_bind_date(s, 3, week);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		ts_read(s, out);
	else if (rc != SQLITE_DONE)
		st_fail(st, rc, "timesheet", err);
	st_release(st, s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ZIO_OK : ZIO_EDB;
}

static int ts_event(struct store *st, int64_t id, enum ts_status status, const char *by, const char *reason,
		    const char *at, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "INSERT INTO timesheet_event (timesheet_id, status, reason, by_user, at) "
			   "VALUES (?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_text(s, 5, at, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_text(s, 2, ts_status_name(status), -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, reason ? reason : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, by, -1, SQLITE_STATIC);
	return st_step_done(st, s, "timesheet", err);
}

int store_timesheet_set(struct store *st, struct timesheet *ts, enum ts_status status, const char *by,
			const char *reason, const char *at, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (store_timesheet_get(st, ts->provider_id, ts->school_id, ts->week_start, ts, err))
		return ZIO_EDB;
	if (ts->id) {
		/* the record first: the guard trigger lets an approved week change only after it */
		if ((rc = ts_event(st, ts->id, status, by, reason, at, err)))
			return rc;
		if (st_prepare(st, "UPDATE timesheet SET status = ? WHERE id = ?", &s, err))
			return ZIO_EDB;
		sqlite3_bind_text(s, 1, ts_status_name(status), -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, ts->id);
		if ((rc = st_step_done(st, s, "timesheet", err)))
			return rc;
	} else {
		if (st_prepare(st, "INSERT INTO timesheet (provider_id, school_id, week_start, status) VALUES (?, ?, ?, ?)",
			       &s, err))
			return ZIO_EDB;
		sqlite3_bind_int64(s, 1, ts->provider_id);
		sqlite3_bind_int64(s, 2, ts->school_id);
		st_bind_date(s, 3, ts->week_start);
		sqlite3_bind_text(s, 4, ts_status_name(status), -1, SQLITE_STATIC);
		if ((rc = st_step_done(st, s, "timesheet", err)))
			return rc;
		if ((rc = ts_event(st, sqlite3_last_insert_rowid(st->db), status, by, reason, at, err)))
			return rc;
	}
	return store_timesheet_get(st, ts->provider_id, ts->school_id, ts->week_start, ts, err);
}

int store_timesheet_list(struct store *st, struct date from, struct date to, int status,
			 struct timesheet **out, size_t *n, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct timesheet *v = NULL;
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (st_prepare(st, TS_SELECT "WHERE t.week_start BETWEEN ?1 AND ?2 AND (?3 = '' OR t.status = ?3) "
			   "ORDER BY t.week_start, s.name COLLATE NOCASE, v.name COLLATE NOCASE", &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, from);
	st_bind_date(s, 2, to);
	sqlite3_bind_text(s, 3, status < 0 ? "" : ts_status_name((enum ts_status)status), -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (st_grow(&v, &cap, *n, sizeof *v)) {
			free(v);
			*n = 0;
			st_release(st, s);
			return zio_err_set(err, ZIO_EDB, "out of memory");
		}
		ts_read(s, &v[(*n)++]);
	}
	if (rc != SQLITE_DONE) {
		rc = st_fail(st, rc, "timesheet", err);
		free(v);
		*n = 0;
	} else {
		rc = ZIO_OK;
		*out = v;
	}
	st_release(st, s);
	return rc;
}

int store_hours_backdate(struct store *st, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "UPDATE log_entry SET logged_at = date || 'T15:00:00Z' WHERE ?1 = ?1", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int(s, 1, 0);
	return st_step_done(st, s, "log entry", err);
}
