/* Providers (zorgaanbieders) and their hourly rate. */
#include <stdio.h>

#include "internal.h"
#include "resolve.h"
#include "zio/roster.h"

static const struct resolve_spec provider_spec = {
	N_("provider"), "provider",
	"SELECT id, name FROM provider WHERE name = ?1 AND ?2 = ?2",
	"SELECT id, name FROM provider WHERE id = ?1 AND ?2 = ?2",
	"SELECT id, name FROM provider WHERE name LIKE ?1 ESCAPE '\\' AND ?2 = ?2 ORDER BY name COLLATE NOCASE",
	N_("give the id instead"),
};

#define PROVIDER_COLS "id, name, rate_cents"

int store_provider_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err)
{
	return st_resolve(st, &provider_spec, key, 0, id, err);
}

static void provider_read(sqlite3_stmt *s, struct provider *p)
{
	p->id = sqlite3_column_int64(s, 0);
	st_column_copy(s, 1, p->name, sizeof p->name);
	p->rate_cents = sqlite3_column_type(s, 2) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 2);
}

int store_provider_get(struct store *st, int64_t id, struct provider *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT " PROVIDER_COLS " FROM provider WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		provider_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no provider with id %lld", (long long)id);
	else
		st_fail(st, rc, N_("provider"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_provider_each(struct store *st, int (*fn)(const struct provider *, void *), void *ctx,
			struct zio_err *err)
{
	sqlite3_stmt *s;
	struct provider row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, "SELECT " PROVIDER_COLS " FROM provider ORDER BY name COLLATE NOCASE", &s, err))
		return ZIO_EDB;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		provider_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("provider"), err);
	st_release(st, s);
	return stop;
}

static int provider_write(struct store *st, const char *sql, const struct provider *p,
			  struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 32];

	if (roster_check_provider(p, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_text(s, 1, p->name, -1, SQLITE_STATIC);
	if (p->rate_cents < 0)
		sqlite3_bind_null(s, 2);
	else
		sqlite3_bind_int64(s, 2, p->rate_cents);
	sqlite3_bind_int64(s, 3, p->id);
	snprintf(what, sizeof what, _("a provider named '%s'"), p->name);
	return st_step_done(st, s, what, err);
}

int store_provider_insert(struct store *st, struct provider *p, struct zio_err *err)
{
	int rc = provider_write(st, "INSERT INTO provider (name, rate_cents) VALUES (?1, ?2)", p, err);
	if (rc == ZIO_OK)
		p->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_provider_update(struct store *st, const struct provider *p, struct zio_err *err)
{
	if (provider_write(st, "UPDATE provider SET name = ?1, rate_cents = ?2 WHERE id = ?3", p, err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no provider with id %lld", (long long)p->id);
	return ZIO_OK;
}

int store_provider_delete(struct store *st, int64_t id, struct zio_err *err)
{
	struct provider p;
	int64_t n = 0;
	sqlite3_stmt *s;

	if (store_provider_get(st, id, &p, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_count(st, "SELECT count(*) FROM professional WHERE provider_id = ?", id, &n, err))
		return ZIO_EDB;
	if (n == 1)
		return zio_err_set(err, ZIO_ERULE, "provider '%s' still has %lld professional; remove them first",
				   p.name, (long long)n);
	if (n > 1)
		return zio_err_set(err, ZIO_ERULE, "provider '%s' still has %lld professionals; remove them first",
				   p.name, (long long)n);
	if (st_prepare(st, "DELETE FROM provider WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("provider"), err);
}
