/* Schools: name, BRIN code, holiday region and school day. */
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "resolve.h"
#include "zio/roster.h"

static const struct resolve_spec school_spec = {
	N_("school"), "school",
	"SELECT id, name FROM school WHERE name = ?1 AND ?2 = ?2",
	"SELECT id, name FROM school WHERE id = ?1 AND ?2 = ?2",
	"SELECT id, name FROM school WHERE name LIKE ?1 ESCAPE '\\' AND ?2 = ?2 ORDER BY name COLLATE NOCASE",
	N_("give the id instead"),
};

#define SCHOOL_COLS "id, name, brin, region, day_start, day_end, " \
	"good_friday, liberation_day, friday_after_ascension"

int store_school_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err)
{
	return st_resolve(st, &school_spec, key, 0, id, err);
}

/* NULL: the config's default; 1 closed; 0 open. */
static enum school_choice column_choice(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return CHOICE_DEFAULT;
	return sqlite3_column_int(s, i) ? CHOICE_CLOSED : CHOICE_OPEN;
}

static void school_read(sqlite3_stmt *s, struct school *out)
{
	char region[16];

	out->id = sqlite3_column_int64(s, 0);
	st_column_copy(s, 1, out->name, sizeof out->name);
	st_column_copy(s, 2, out->brin, sizeof out->brin);
	st_column_copy(s, 3, region, sizeof region);
	if (units_parse_region(region, &out->region, NULL))
		out->region = REGION_NONE;
	out->day_start = sqlite3_column_int(s, 4);
	out->day_end = sqlite3_column_int(s, 5);
	out->good_friday = column_choice(s, 6);
	out->liberation_day = column_choice(s, 7);
	out->friday_after_ascension = column_choice(s, 8);
}

int store_school_get(struct store *st, int64_t id, struct school *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT " SCHOOL_COLS " FROM school WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		school_read(s, out);
	else if (rc == SQLITE_DONE)
		zio_err_set(err, ZIO_EUSAGE, "no school with id %lld", (long long)id);
	else
		st_fail(st, rc, N_("school"), err);
	st_release(st, s);
	return rc == SQLITE_ROW ? ZIO_OK : (rc == SQLITE_DONE ? ZIO_EUSAGE : ZIO_EDB);
}

int store_school_each(struct store *st, int (*fn)(const struct school *, void *), void *ctx,
		      struct zio_err *err)
{
	sqlite3_stmt *s;
	struct school row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, "SELECT " SCHOOL_COLS " FROM school ORDER BY name COLLATE NOCASE", &s, err))
		return ZIO_EDB;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		school_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("school"), err);
	st_release(st, s);
	return stop;
}

static void bind_choice(sqlite3_stmt *s, int i, enum school_choice v)
{
	if (v == CHOICE_DEFAULT)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_int(s, i, v == CHOICE_CLOSED);
}

static void school_bind(sqlite3_stmt *s, const struct school *sc)
{
	sqlite3_bind_text(s, 1, sc->name, -1, SQLITE_STATIC);
	st_bind_text(s, 2, sc->brin);
	sqlite3_bind_text(s, 3, units_region_name(sc->region), -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 4, sc->day_start);
	sqlite3_bind_int(s, 5, sc->day_end);
	bind_choice(s, 6, sc->good_friday);
	bind_choice(s, 7, sc->liberation_day);
	bind_choice(s, 8, sc->friday_after_ascension);
}

static void school_what(const struct school *sc, char *buf, size_t len)
{
	/* Name the clashing field: a BRIN code clash is likelier than it looks. */
	if (sc->brin[0])
		snprintf(buf, len, _("a school named '%s' or with BRIN code '%s'"), sc->name, sc->brin);
	else
		snprintf(buf, len, _("a school named '%s'"), sc->name);
}

int store_school_insert(struct store *st, struct school *sc, struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 64];
	int rc;

	if (roster_check_school(sc, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO school (name, brin, region, day_start, day_end, good_friday, "
			   "liberation_day, friday_after_ascension) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	school_bind(s, sc);
	school_what(sc, what, sizeof what);
	rc = st_step_done(st, s, what, err);
	if (rc == ZIO_OK)
		sc->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_school_update(struct store *st, const struct school *sc, struct zio_err *err)
{
	sqlite3_stmt *s;
	char what[ZIO_NAME_LEN + 64];

	if (roster_check_school(sc, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, "UPDATE school SET name = ?, brin = ?, region = ?, day_start = ?, day_end = ?, "
			   "good_friday = ?, liberation_day = ?, friday_after_ascension = ? WHERE id = ?", &s, err))
		return ZIO_EDB;
	school_bind(s, sc);
	sqlite3_bind_int64(s, 9, sc->id);
	school_what(sc, what, sizeof what);
	if (st_step_done(st, s, what, err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no school with id %lld", (long long)sc->id);
	return ZIO_OK;
}

int store_school_delete(struct store *st, int64_t id, struct zio_err *err)
{
	struct school sc;
	int64_t n = 0;
	sqlite3_stmt *s;

	if (store_school_get(st, id, &sc, err))
		return err ? err->code : ZIO_EUSAGE;
	if (st_count(st, "SELECT count(*) FROM class WHERE school_id = ?", id, &n, err))
		return ZIO_EDB;
	if (n == 1)
		return zio_err_set(err, ZIO_ERULE, "school '%s' still has %lld class; remove or move them first",
				   sc.name, (long long)n);
	if (n > 1)
		return zio_err_set(err, ZIO_ERULE, "school '%s' still has %lld classes; remove or move them first",
				   sc.name, (long long)n);
	if (st_prepare(st, "DELETE FROM school WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	return st_step_done(st, s, N_("school"), err);
}
