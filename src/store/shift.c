/* Patterns and shifts. Every week's read goes through an index on the date. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zio/shift.h"

#define PATTERN_SELECT \
	"SELECT p.id, p.professional_id, p.class_id, p.weekday, p.start_min, p.end_min, p.valid_from, " \
	"p.valid_to, p.every, p.anchor, c.school_id, pr.name, c.name, s.name FROM pattern p " \
	"JOIN class c ON c.id = p.class_id JOIN school s ON s.id = c.school_id " \
	"JOIN professional pr ON pr.id = p.professional_id "

static void pattern_read(sqlite3_stmt *s, struct pattern *p)
{
	p->id = sqlite3_column_int64(s, 0);
	p->professional_id = sqlite3_column_int64(s, 1);
	p->class_id = sqlite3_column_int64(s, 2);
	p->weekday = sqlite3_column_int(s, 3);
	p->start = sqlite3_column_int(s, 4);
	p->end = sqlite3_column_int(s, 5);
	p->valid_from = st_column_date(s, 6);
	p->valid_to = st_column_date(s, 7);
	p->every = sqlite3_column_int(s, 8);
	p->anchor = st_column_date(s, 9);
	p->school_id = sqlite3_column_int64(s, 10);
	st_column_copy(s, 11, p->professional_name, sizeof p->professional_name);
	st_column_copy(s, 12, p->class_name, sizeof p->class_name);
	st_column_copy(s, 13, p->school_name, sizeof p->school_name);
}

int store_pattern_insert(struct store *st, struct pattern *p, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (pattern_check(p, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO pattern (professional_id, class_id, weekday, start_min, end_min, "
			   "valid_from, valid_to, every, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, p->professional_id);
	sqlite3_bind_int64(s, 2, p->class_id);
	sqlite3_bind_int(s, 3, p->weekday);
	sqlite3_bind_int(s, 4, p->start);
	sqlite3_bind_int(s, 5, p->end);
	st_bind_date(s, 6, p->valid_from);
	st_bind_date(s, 7, p->valid_to);
	sqlite3_bind_int(s, 8, p->every);
	st_bind_date(s, 9, p->every == 2 ? p->anchor : (struct date){ 0, 0, 0 });
	rc = st_step_done(st, s, "pattern", err);
	if (rc == ZIO_OK)
		p->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_pattern_get(struct store *st, int64_t id, struct pattern *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, PATTERN_SELECT "WHERE p.id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		pattern_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no pattern with id %lld (zio pattern list shows them)", (long long)id);
	else
		st_fail(st, rc, "pattern", err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_pattern_delete(struct store *st, int64_t id, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct pattern p;

	if (store_pattern_get(st, id, &p, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "DELETE FROM pattern WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, "pattern", err);
}

/* As store_shift_each: one statement per way in, so that a school's patterns are read through
 * pattern_class for its classes, not by walking every pattern of the country. */
#define PATTERN_EACH_REST \
	"AND (?1 = 0 OR c.school_id = ?1) AND (?2 = 0 OR p.class_id = ?2) AND (?3 = 0 OR p.professional_id = ?3) " \
	"ORDER BY s.name COLLATE NOCASE, c.name COLLATE NOCASE, p.weekday, p.start_min, p.id"

static const char *const pattern_each_sql[] = {
	PATTERN_SELECT "WHERE p.class_id = ?2 " PATTERN_EACH_REST,
	PATTERN_SELECT "WHERE p.professional_id = ?3 " PATTERN_EACH_REST,
	PATTERN_SELECT "WHERE p.class_id IN (SELECT id FROM class WHERE school_id = ?1) " PATTERN_EACH_REST,
	PATTERN_SELECT "WHERE 1 " PATTERN_EACH_REST,
};

int store_pattern_each(struct store *st, int64_t school_id, int64_t class_id, int64_t professional_id,
		       int (*fn)(const struct pattern *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct pattern row;
	int rc = SQLITE_DONE, stop = 0;
	size_t way = class_id ? 0 : professional_id ? 1 : school_id ? 2 : 3;

	if (st_prepare(st, pattern_each_sql[way], &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, school_id);
	sqlite3_bind_int64(s, 2, class_id);
	sqlite3_bind_int64(s, 3, professional_id);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		pattern_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, "pattern", err);
	st_release(st, s);
	return stop;
}

#define SHIFT_SELECT \
	"SELECT sh.id, sh.professional_id, sh.class_id, sh.date, sh.start_min, sh.end_min, sh.status, " \
	"ifnull(sh.cancel_reason, ''), sh.note, sh.override_reason, ifnull(sh.pattern_id, 0), sh.origin_date, " \
	"sh.edited, sh.version, c.school_id, pr.name, c.name, s.name FROM shift sh " \
	"JOIN class c ON c.id = sh.class_id JOIN school s ON s.id = c.school_id " \
	"JOIN professional pr ON pr.id = sh.professional_id "

static void shift_read(sqlite3_stmt *s, struct shift *x)
{
	const char *status = (const char *)sqlite3_column_text(s, 6);

	x->id = sqlite3_column_int64(s, 0);
	x->professional_id = sqlite3_column_int64(s, 1);
	x->class_id = sqlite3_column_int64(s, 2);
	x->date = st_column_date(s, 3);
	x->start = sqlite3_column_int(s, 4);
	x->end = sqlite3_column_int(s, 5);
	x->status = status && strcmp(status, "cancelled") == 0 ? SHIFT_CANCELLED : SHIFT_PLANNED;
	st_column_copy(s, 7, x->cancel_reason, sizeof x->cancel_reason);
	st_column_copy(s, 8, x->note, sizeof x->note);
	st_column_copy(s, 9, x->override_reason, sizeof x->override_reason);
	x->pattern_id = sqlite3_column_int64(s, 10);
	x->origin = st_column_date(s, 11);
	x->edited = sqlite3_column_int(s, 12) != 0;
	x->version = sqlite3_column_int(s, 13);
	x->school_id = sqlite3_column_int64(s, 14);
	st_column_copy(s, 15, x->professional_name, sizeof x->professional_name);
	st_column_copy(s, 16, x->class_name, sizeof x->class_name);
	st_column_copy(s, 17, x->school_name, sizeof x->school_name);
}

static int shift_check(const struct shift *x, struct zio_err *err)
{
	if (!x->date.y)
		return zio_err_set(err, ZIO_EUSAGE, "a shift needs a date");
	if (x->start < 0 || x->end > 1439 || x->end <= x->start)
		return zio_err_set(err, ZIO_ERULE, "the end of a shift must be after its start (a shift never crosses midnight)");
	if (text_check_short(x->note, "note", err) || text_check_short(x->override_reason, "reason", err))
		return ZIO_EUSAGE;
	if (x->status == SHIFT_CANCELLED && text_check_name(x->cancel_reason, "cancel reason", err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static void shift_bind(sqlite3_stmt *s, const struct shift *x)
{
	sqlite3_bind_int64(s, 1, x->professional_id);
	sqlite3_bind_int64(s, 2, x->class_id);
	st_bind_date(s, 3, x->date);
	sqlite3_bind_int(s, 4, x->start);
	sqlite3_bind_int(s, 5, x->end);
	sqlite3_bind_text(s, 6, shift_status_name(x->status), -1, SQLITE_STATIC);
	if (x->status == SHIFT_CANCELLED)
		sqlite3_bind_text(s, 7, x->cancel_reason, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(s, 7);
	sqlite3_bind_text(s, 8, x->note, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 9, x->override_reason, -1, SQLITE_STATIC);
}

int store_shift_insert(struct store *st, struct shift *x, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (shift_check(x, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO shift (professional_id, class_id, date, start_min, end_min, status, "
			   "cancel_reason, note, override_reason, pattern_id, origin_date, edited) "
			   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	shift_bind(s, x);
	if (x->pattern_id)
		sqlite3_bind_int64(s, 10, x->pattern_id);
	else
		sqlite3_bind_null(s, 10);
	st_bind_date(s, 11, x->pattern_id ? x->origin : (struct date){ 0, 0, 0 });
	sqlite3_bind_int(s, 12, x->edited);
	rc = st_step_done(st, s, "a shift of this pattern on this day", err);
	if (rc == ZIO_OK) {
		x->id = sqlite3_last_insert_rowid(st->db);
		x->version = 1;
	}
	return rc;
}

int store_shift_update(struct store *st, struct shift *x, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (shift_check(x, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_prepare(st, "UPDATE shift SET professional_id = ?, class_id = ?, date = ?, start_min = ?, "
			   "end_min = ?, status = ?, cancel_reason = ?, note = ?, override_reason = ?, edited = 1, "
			   "version = version + 1 WHERE id = ? AND version = ?", &s, err))
		return ZIO_EDB;
	shift_bind(s, x);
	sqlite3_bind_int64(s, 10, x->id);
	sqlite3_bind_int(s, 11, x->version);
	if (st_step_done(st, s, "shift", err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_ERULE, "shift %lld was changed by someone else; reloaded, try again",
				   (long long)x->id);
	x->version++;
	x->edited = true;
	return ZIO_OK;
}

int store_shift_delete(struct store *st, int64_t id, struct zio_err *err)
{
	sqlite3_stmt *s;
	int64_t n = 0;

	if (st_count(st, "SELECT count(*) FROM log_entry WHERE shift_id = ?", id, &n, err))
		return ZIO_EDB;
	if (n > 0)
		return zio_err_set(err, ZIO_ERULE, "shift %lld has logged hours; remove those first (zio log rm)",
				   (long long)id);

	if (st_prepare(st, "DELETE FROM shift WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	if (st_step_done(st, s, "shift", err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no shift with id %lld", (long long)id);
	return ZIO_OK;
}

int store_shift_get(struct store *st, int64_t id, struct shift *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, SHIFT_SELECT "WHERE sh.id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		shift_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no shift with id %lld (zio shift list shows them)", (long long)id);
	else
		st_fail(st, rc, "shift", err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

/* One statement per way in, so that each reaches its rows through an index and reads only
 * them: a professional's by shift_professional_date, a class's by shift_class_date, a
 * school's by the class_date ranges of its classes, a provider's by the professional_date
 * ranges of its professionals, and only with none of these every shift of the dates by
 * shift_date_class. One statement with "(?N = 0 OR col = ?N)" for all of them would walk the
 * whole country's shifts of the dates for a single school. */
#define SHIFT_EACH_REST \
	"AND sh.date BETWEEN ?1 AND ?2 AND (?3 = 0 OR c.school_id = ?3) AND (?4 = 0 OR sh.class_id = ?4) " \
	"AND (?5 = 0 OR sh.professional_id = ?5) AND (?6 OR sh.status = 'planned') " \
	"AND (?7 = 0 OR pr.provider_id = ?7) " \
	"ORDER BY sh.date, s.name COLLATE NOCASE, c.name COLLATE NOCASE, sh.start_min, pr.name, sh.id"

static const char *const shift_each_sql[] = {
	SHIFT_SELECT "WHERE sh.professional_id = ?5 " SHIFT_EACH_REST,
	SHIFT_SELECT "WHERE sh.class_id = ?4 " SHIFT_EACH_REST,
	SHIFT_SELECT "WHERE sh.class_id IN (SELECT id FROM class WHERE school_id = ?3) " SHIFT_EACH_REST,
	SHIFT_SELECT "WHERE sh.professional_id IN (SELECT id FROM professional WHERE provider_id = ?7) "
		     SHIFT_EACH_REST,
	SHIFT_SELECT "WHERE 1 " SHIFT_EACH_REST,
};

int store_shift_each(struct store *st, const struct shift_filter *f,
		     int (*fn)(const struct shift *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct shift row;
	int rc = SQLITE_DONE, stop = 0;
	size_t way = f->professional_id ? 0 : f->class_id ? 1 : f->school_id ? 2 : f->provider_id ? 3 : 4;

	if (st_prepare(st, shift_each_sql[way], &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, f->from);
	st_bind_date(s, 2, f->to);
	sqlite3_bind_int64(s, 3, f->school_id);
	sqlite3_bind_int64(s, 4, f->class_id);
	sqlite3_bind_int64(s, 5, f->professional_id);
	sqlite3_bind_int(s, 6, f->with_cancelled);
	sqlite3_bind_int64(s, 7, f->provider_id);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		shift_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, "shift", err);
	st_release(st, s);
	return stop;
}

static int shift_push(const struct shift *x, void *ctx)
{
	return st_vec_push(ctx, x);
}

int store_shift_list(struct store *st, const struct shift_filter *f, struct shift **out, size_t *n,
		     struct zio_err *err)
{
	struct st_vec vec = { .size = sizeof **out };

	return st_vec_finish(&vec, store_shift_each(st, f, shift_push, &vec, err), out, n, err);
}

int store_shift_from_pattern(struct store *st, int64_t pattern_id, struct date origin, bool *exists,
			     struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT 1 FROM shift WHERE pattern_id = ? AND origin_date = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, pattern_id);
	st_bind_date(s, 2, origin);
	rc = sqlite3_step(s);
	*exists = rc == SQLITE_ROW;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		rc = st_fail(st, rc, "shift", err);
	else
		rc = ZIO_OK;
	st_release(st, s);
	return rc;
}

int store_shift_minutes(struct store *st, int64_t professional_id, struct date from, struct date to,
			int64_t except, int64_t *minutes, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT ifnull(sum(end_min - start_min), 0) FROM shift WHERE professional_id = ? "
			   "AND date BETWEEN ? AND ? AND status = 'planned' AND id <> ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, professional_id);
	st_bind_date(s, 2, from);
	st_bind_date(s, 3, to);
	sqlite3_bind_int64(s, 4, except);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*minutes = sqlite3_column_int64(s, 0);
		rc = ZIO_OK;
	} else {
		rc = st_fail(st, rc, "shift", err);
	}
	st_release(st, s);
	return rc;
}

int store_team_has(struct store *st, int64_t professional_id, int64_t class_id, struct date d,
		   bool *member, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT 1 FROM team_member WHERE professional_id = ?1 AND class_id = ?2 "
			   "AND (date_from IS NULL OR date_from <= ?3) AND (date_to IS NULL OR date_to >= ?3)",
		       &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, professional_id);
	sqlite3_bind_int64(s, 2, class_id);
	st_bind_date(s, 3, d);
	rc = sqlite3_step(s);
	*member = rc == SQLITE_ROW;
	rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? ZIO_OK : st_fail(st, rc, "team", err);
	st_release(st, s);
	return rc;
}

int store_team_spans(struct store *st, int64_t school_id, struct date from, struct date to,
		     struct team_span **out, size_t *n, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct st_vec vec = { .size = sizeof **out };
	struct team_span t;
	int rc = SQLITE_DONE, stop = 0;

	/* through team_member_class for each class of the school */
	if (st_prepare(st, "SELECT professional_id, class_id, date_from, date_to FROM team_member "
			   "WHERE class_id IN (SELECT id FROM class WHERE school_id = ?1) "
			   "AND (date_from IS NULL OR date_from <= ?3) AND (date_to IS NULL OR date_to >= ?2)", &s, err))
		return st_vec_finish(&vec, ZIO_EDB, out, n, err);
	sqlite3_bind_int64(s, 1, school_id);
	st_bind_date(s, 2, from);
	st_bind_date(s, 3, to);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		t.professional_id = sqlite3_column_int64(s, 0);
		t.class_id = sqlite3_column_int64(s, 1);
		t.from = st_column_date(s, 2);
		t.to = st_column_date(s, 3);
		stop = st_vec_push(&vec, &t);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, "team", err);
	st_release(st, s);
	return st_vec_finish(&vec, stop, out, n, err);
}

int store_pattern_future(struct store *st, int64_t pattern_id, struct date from, int64_t *n,
			 bool remove, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, remove ? "DELETE FROM shift WHERE pattern_id = ? AND date >= ? AND edited = 0"
				  : "SELECT count(*) FROM shift WHERE pattern_id = ? AND date >= ? AND edited = 0",
		       &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, pattern_id);
	st_bind_date(s, 2, from);
	rc = sqlite3_step(s);
	if (remove && rc == SQLITE_DONE) {
		*n = sqlite3_changes(st->db);
		rc = ZIO_OK;
	} else if (!remove && rc == SQLITE_ROW) {
		*n = sqlite3_column_int64(s, 0);
		rc = ZIO_OK;
	} else {
		rc = st_fail(st, rc, "shift", err);
	}
	st_release(st, s);
	return rc;
}

int store_shift_delete_range(struct store *st, int64_t school_id, struct date from, struct date to,
			     int *removed, struct zio_err *err)
{
	sqlite3_stmt *s;

	/* shifts with logged hours stay: they are what a timesheet is made of */
	if (st_prepare(st, "DELETE FROM shift WHERE date BETWEEN ?1 AND ?2 AND class_id IN "
			   "(SELECT id FROM class WHERE school_id = ?3) "
			   "AND NOT EXISTS (SELECT 1 FROM log_entry l WHERE l.shift_id = shift.id)", &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, from);
	st_bind_date(s, 2, to);
	sqlite3_bind_int64(s, 3, school_id);
	if (st_step_done(st, s, "shift", err))
		return err ? err->code : ZIO_EDB;
	*removed = sqlite3_changes(st->db);
	return ZIO_OK;
}

int store_shift_max_id(struct store *st, int64_t *id, struct zio_err *err)
{
	return st_count(st, "SELECT ifnull(max(id), 0) FROM shift WHERE ?1 = ?1", 0, id, err);
}

int store_shift_delete_newer(struct store *st, int64_t school_id, struct date from, struct date to,
			     int64_t after_id, int64_t upto_id, int *removed, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "DELETE FROM shift WHERE id > ?4 AND id <= ?5 AND date BETWEEN ?1 AND ?2 AND class_id IN "
			   "(SELECT id FROM class WHERE school_id = ?3)", &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, from);
	st_bind_date(s, 2, to);
	sqlite3_bind_int64(s, 3, school_id);
	sqlite3_bind_int64(s, 4, after_id);
	sqlite3_bind_int64(s, 5, upto_id);
	if (st_step_done(st, s, "shift", err))
		return err ? err->code : ZIO_EDB;
	*removed = sqlite3_changes(st->db);
	return ZIO_OK;
}
