/* Classes: a school's groups of pupils, their target group, pupil count and weekly budget. */
#include <stdio.h>

#include "internal.h"
#include "resolve.h"
#include "zio/roster.h"

static const struct resolve_spec class_spec = {
	N_("class"), "class",
	"SELECT c.id, c.name || ' (' || s.name || ', id ' || c.id || ')' FROM class c JOIN school s ON s.id = c.school_id "
	"WHERE c.name = ?1 AND (?2 = 0 OR c.school_id = ?2) ORDER BY s.name",
	"SELECT c.id, c.name FROM class c WHERE c.id = ?1 AND ?2 = ?2",  /* an id needs no school */
	"SELECT c.id, c.name || ' (' || s.name || ')' FROM class c JOIN school s ON s.id = c.school_id "
	"WHERE c.name LIKE ?1 ESCAPE '\\' AND (?2 = 0 OR c.school_id = ?2) ORDER BY c.name, s.name",
	N_("pick one with --school"),
};

#define CLASS_SELECT \
	"SELECT c.id, c.school_id, c.group_id, c.name, c.pupils, ifnull(c.weekly_minutes, -1), " \
	"s.name, g.name, ifnull(c.weekly_minutes, g.weekly_minutes) " \
	"FROM class c JOIN school s ON s.id = c.school_id JOIN target_group g ON g.id = c.group_id "

int store_class_resolve(struct store *st, const char *key, int64_t school_id, int64_t *id,
			struct zio_err *err)
{
	return st_resolve(st, &class_spec, key, school_id, id, err);
}

static void class_read(sqlite3_stmt *s, struct class *c)
{
	c->id = sqlite3_column_int64(s, 0);
	c->school_id = sqlite3_column_int64(s, 1);
	c->group_id = sqlite3_column_int64(s, 2);
	st_column_copy(s, 3, c->name, sizeof c->name);
	c->pupils = sqlite3_column_int(s, 4);
	c->weekly_minutes = sqlite3_column_int(s, 5);
	st_column_copy(s, 6, c->school_name, sizeof c->school_name);
	st_column_copy(s, 7, c->group_name, sizeof c->group_name);
	c->budget_minutes = sqlite3_column_int(s, 8);
}

int store_class_get(struct store *st, int64_t id, struct class *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, CLASS_SELECT "WHERE c.id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		class_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no class with id %lld", (long long)id);
	else
		st_fail(st, rc, N_("class"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_class_each(struct store *st, const struct roster_filter *f,
		     int (*fn)(const struct class *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct class row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, CLASS_SELECT "WHERE (?1 = 0 OR c.school_id = ?1) AND (?2 = 0 OR c.group_id = ?2) "
			   "ORDER BY s.name COLLATE NOCASE, c.name COLLATE NOCASE", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, f ? f->school_id : 0);
	sqlite3_bind_int64(s, 2, f ? f->group_id : 0);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		class_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("class"), err);
	st_release(st, s);
	return stop;
}

static int class_write(struct store *st, const char *sql, const struct class *c, struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 64];

	if (roster_check_class(c, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, c->school_id);
	sqlite3_bind_text(s, 2, c->name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, c->group_id);
	sqlite3_bind_int(s, 4, c->pupils);
	if (c->weekly_minutes < 0)
		sqlite3_bind_null(s, 5);
	else
		sqlite3_bind_int(s, 5, c->weekly_minutes);
	sqlite3_bind_int64(s, 6, c->id);
	snprintf(what, sizeof what, _("a class named '%s' at this school"), c->name);
	return st_step_done(st, s, what, err);
}

int store_class_insert(struct store *st, struct class *c, struct zio_err *err)
{
	int rc = class_write(st, "INSERT INTO class (school_id, name, group_id, pupils, weekly_minutes) "
				 "VALUES (?1, ?2, ?3, ?4, ?5)", c, err);
	if (rc == ZIO_OK)
		c->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_class_update(struct store *st, const struct class *c, struct zio_err *err)
{
	if (class_write(st, "UPDATE class SET school_id = ?1, name = ?2, group_id = ?3, pupils = ?4, "
			       "weekly_minutes = ?5 WHERE id = ?6", c, err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no class with id %lld", (long long)c->id);
	return ZIO_OK;
}

int store_class_delete(struct store *st, int64_t id, struct zio_err *err)
{
	struct class c;
	sqlite3_stmt *s;
	int64_t n = 0;

	if (store_class_get(st, id, &c, err))
		return err ? err->code : ZIO_EUSAGE;
	/* Team memberships and patterns go with the class; its shifts are history and refuse. */
	if (st_count(st, "SELECT (SELECT count(*) FROM shift WHERE class_id = ?1) + "
			 "(SELECT count(*) FROM log_entry WHERE class_id = ?1)", id, &n, err))
		return ZIO_EDB;
	if (n == 1)
		return zio_err_set(err, ZIO_ERULE, "class '%s' has %lld shift or logged hours; they are its history",
				   c.name, (long long)n);
	if (n > 1)
		return zio_err_set(err, ZIO_ERULE, "class '%s' has %lld shifts or logged hours; they are its history",
				   c.name, (long long)n);
	if (st_prepare(st, "DELETE FROM class WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("class"), err);
}

int store_class_find(struct store *st, int64_t school_id, const char *name, int64_t *id,
		     struct zio_err *err)
{
	return st_find(st, "SELECT id FROM class WHERE school_id = ?1 AND name = ?2", school_id, name, id, err);
}
