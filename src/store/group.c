/* Target groups (doelgroepen): standard weekly hours per class and the Wlz share. */
#include <stdio.h>

#include "internal.h"
#include "resolve.h"
#include "zio/roster.h"

static const struct resolve_spec group_spec = {
	N_("target group"), "group",
	"SELECT id, name FROM target_group WHERE name = ?1 AND ?2 = ?2",
	"SELECT id, name FROM target_group WHERE id = ?1 AND ?2 = ?2",
	"SELECT id, name FROM target_group WHERE name LIKE ?1 ESCAPE '\\' AND ?2 = ?2 ORDER BY name COLLATE NOCASE",
	N_("give the id instead"),
};

#define GROUP_COLS "id, name, weekly_minutes, wlz_share_bp"

int store_group_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err)
{
	return st_resolve(st, &group_spec, key, 0, id, err);
}

static void group_read(sqlite3_stmt *s, struct target_group *g)
{
	g->id = sqlite3_column_int64(s, 0);
	st_column_copy(s, 1, g->name, sizeof g->name);
	g->weekly_minutes = sqlite3_column_int(s, 2);
	g->wlz_share_bp = sqlite3_column_int(s, 3);
}

int store_group_get(struct store *st, int64_t id, struct target_group *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT " GROUP_COLS " FROM target_group WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		group_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no target group with id %lld", (long long)id);
	else
		st_fail(st, rc, N_("target group"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_group_each(struct store *st, int (*fn)(const struct target_group *, void *), void *ctx,
		     struct zio_err *err)
{
	sqlite3_stmt *s;
	struct target_group row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, "SELECT " GROUP_COLS " FROM target_group ORDER BY name COLLATE NOCASE", &s, err))
		return ZIO_EDB;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		group_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("target group"), err);
	st_release(st, s);
	return stop;
}

static int group_write(struct store *st, const char *sql, const struct target_group *g,
		       struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 32];

	if (roster_check_group(g, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_text(s, 1, g->name, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, g->weekly_minutes);
	sqlite3_bind_int(s, 3, g->wlz_share_bp);
	sqlite3_bind_int64(s, 4, g->id);
	snprintf(what, sizeof what, _("a target group named '%s'"), g->name);
	return st_step_done(st, s, what, err);
}

int store_group_insert(struct store *st, struct target_group *g, struct zio_err *err)
{
	int rc = group_write(st, "INSERT INTO target_group (name, weekly_minutes, wlz_share_bp) "
				 "VALUES (?1, ?2, ?3)", g, err);
	if (rc == ZIO_OK)
		g->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_group_update(struct store *st, const struct target_group *g, struct zio_err *err)
{
	if (group_write(st, "UPDATE target_group SET name = ?1, weekly_minutes = ?2, "
			       "wlz_share_bp = ?3 WHERE id = ?4", g, err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no target group with id %lld", (long long)g->id);
	return ZIO_OK;
}

int store_group_delete(struct store *st, int64_t id, struct zio_err *err)
{
	struct target_group g;
	int64_t n = 0;
	sqlite3_stmt *s;

	if (store_group_get(st, id, &g, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_count(st, "SELECT count(*) FROM class WHERE group_id = ?", id, &n, err))
		return ZIO_EDB;
	if (n == 1)
		return zio_err_set(err, ZIO_ERULE,
				   "target group '%s' is used by %lld class; move them to another group first",
				   g.name, (long long)n);
	if (n > 1)
		return zio_err_set(err, ZIO_ERULE,
				   "target group '%s' is used by %lld classes; move them to another group first",
				   g.name, (long long)n);
	if (st_prepare(st, "DELETE FROM target_group WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("target group"), err);
}
