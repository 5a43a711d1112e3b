/* Professionals (zorgprofessionals): who they work for, what they do, their contract and
 * active period. Nothing more: planning needs no more about a person. */
#include <stdio.h>

#include "internal.h"
#include "resolve.h"
#include "zio/roster.h"

static const struct resolve_spec staff_spec = {
	N_("professional"), "staff",
	"SELECT p.id, p.name || ' (' || v.name || ', id ' || p.id || ')' FROM professional p JOIN provider v ON v.id = p.provider_id "
	"WHERE p.name = ?1 AND (?2 = 0 OR p.provider_id = ?2) ORDER BY v.name",
	"SELECT p.id, p.name FROM professional p WHERE p.id = ?1 AND ?2 = ?2",
	"SELECT p.id, p.name || ' (' || v.name || ')' FROM professional p JOIN provider v ON v.id = p.provider_id "
	"WHERE p.name LIKE ?1 ESCAPE '\\' AND (?2 = 0 OR p.provider_id = ?2) ORDER BY p.name",
	N_("give the id instead"),
};

#define STAFF_SELECT \
	"SELECT p.id, p.provider_id, p.name, p.discipline, p.contract_minutes, p.active_from, " \
	"p.active_to, v.name FROM professional p JOIN provider v ON v.id = p.provider_id "

int store_staff_resolve(struct store *st, const char *key, int64_t provider_id, int64_t *id,
			struct zio_err *err)
{
	return st_resolve(st, &staff_spec, key, provider_id, id, err);
}

static void staff_read(sqlite3_stmt *s, struct professional *p)
{
	p->id = sqlite3_column_int64(s, 0);
	p->provider_id = sqlite3_column_int64(s, 1);
	st_column_copy(s, 2, p->name, sizeof p->name);
	st_column_copy(s, 3, p->discipline, sizeof p->discipline);
	p->contract_minutes = sqlite3_column_int(s, 4);
	p->active_from = st_column_date(s, 5);
	p->active_to = st_column_date(s, 6);
	st_column_copy(s, 7, p->provider_name, sizeof p->provider_name);
}

int store_staff_get(struct store *st, int64_t id, struct professional *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, STAFF_SELECT "WHERE p.id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		staff_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no professional with id %lld", (long long)id);
	else
		st_fail(st, rc, N_("professional"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_staff_each(struct store *st, const struct roster_filter *f,
		     int (*fn)(const struct professional *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct professional row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, STAFF_SELECT "WHERE (?1 = 0 OR p.provider_id = ?1) ORDER BY p.name COLLATE NOCASE, v.name",
		       &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, f ? f->provider_id : 0);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		staff_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("professional"), err);
	st_release(st, s);
	return stop;
}

static int staff_write(struct store *st, const char *sql, const struct professional *p,
		       struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 64];

	if (roster_check_staff(p, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, p->provider_id);
	sqlite3_bind_text(s, 2, p->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, p->discipline, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, p->contract_minutes);
	st_bind_date(s, 5, p->active_from);
	st_bind_date(s, 6, p->active_to);
	sqlite3_bind_int64(s, 7, p->id);
	snprintf(what, sizeof what, _("a professional named '%s' at this provider"), p->name);
	return st_step_done(st, s, what, err);
}

int store_staff_insert(struct store *st, struct professional *p, struct zio_err *err)
{
	int rc = staff_write(st, "INSERT INTO professional (provider_id, name, discipline, contract_minutes, "
				 "active_from, active_to) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", p, err);
	if (rc == ZIO_OK)
		p->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_staff_update(struct store *st, const struct professional *p, struct zio_err *err)
{
	if (staff_write(st, "UPDATE professional SET provider_id = ?1, name = ?2, discipline = ?3, "
			       "contract_minutes = ?4, active_from = ?5, active_to = ?6 WHERE id = ?7", p, err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no professional with id %lld", (long long)p->id);
	return ZIO_OK;
}

int store_staff_delete(struct store *st, int64_t id, struct zio_err *err)
{
	struct professional p;
	sqlite3_stmt *s;
	int64_t n = 0;

	if (store_staff_get(st, id, &p, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_count(st, "SELECT (SELECT count(*) FROM shift WHERE professional_id = ?1) + "
			 "(SELECT count(*) FROM log_entry WHERE professional_id = ?1 OR replaced_by = ?1)", id, &n, err))
		return ZIO_EDB;
	if (n == 1)
		return zio_err_set(err, ZIO_ERULE,
				   "%s has %lld shift; set an end date instead (zio staff edit --to DATE)", p.name,
				   (long long)n);
	if (n > 1)
		return zio_err_set(err, ZIO_ERULE,
				   "%s has %lld shifts; set an end date instead (zio staff edit --to DATE)", p.name,
				   (long long)n);
	if (st_prepare(st, "DELETE FROM professional WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("professional"), err);
}

int store_staff_find(struct store *st, int64_t provider_id, const char *name, int64_t *id,
		     struct zio_err *err)
{
	return st_find(st, "SELECT id FROM professional WHERE provider_id = ?1 AND name = ?2", provider_id,
		       name, id, err);
}
