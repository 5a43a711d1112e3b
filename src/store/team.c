/* Fixed teams: which professionals are the "vaste gezichten" of a class, and when. */
#include <stdio.h>

#include "internal.h"
#include "zio/roster.h"

#define TEAM_SELECT \
	"SELECT t.id, t.professional_id, t.class_id, t.date_from, t.date_to, p.name, c.name, s.name " \
	"FROM team_member t JOIN professional p ON p.id = t.professional_id " \
	"JOIN class c ON c.id = t.class_id JOIN school s ON s.id = c.school_id "

static void team_read(sqlite3_stmt *s, struct team_member *t)
{
	t->id = sqlite3_column_int64(s, 0);
	t->professional_id = sqlite3_column_int64(s, 1);
	t->class_id = sqlite3_column_int64(s, 2);
	t->from = st_column_date(s, 3);
	t->to = st_column_date(s, 4);
	st_column_copy(s, 5, t->professional_name, sizeof t->professional_name);
	st_column_copy(s, 6, t->class_name, sizeof t->class_name);
	st_column_copy(s, 7, t->school_name, sizeof t->school_name);
}

int store_team_each(struct store *st, const struct roster_filter *f,
		    int (*fn)(const struct team_member *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct team_member row;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, TEAM_SELECT "WHERE (?1 = 0 OR c.school_id = ?1) AND (?2 = 0 OR t.class_id = ?2) "
			   "AND (?3 = 0 OR t.professional_id = ?3) AND (?4 = 0 OR p.provider_id = ?4) "
			   "ORDER BY s.name COLLATE NOCASE, c.name COLLATE NOCASE, p.name COLLATE NOCASE, t.date_from", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, f ? f->school_id : 0);
	sqlite3_bind_int64(s, 2, f ? f->class_id : 0);
	sqlite3_bind_int64(s, 3, f ? f->professional_id : 0);
	sqlite3_bind_int64(s, 4, f ? f->provider_id : 0);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		team_read(s, &row);
		stop = fn(&row, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("team member"), err);
	st_release(st, s);
	return stop;
}

int store_team_insert(struct store *st, struct team_member *t, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (roster_check_team(t, err))
		return ZIO_EUSAGE;
	/* Two memberships of one person in one class must not overlap in time. */
	if (st_prepare(st, "SELECT count(*) FROM team_member WHERE professional_id = ?1 AND class_id = ?2 "
			   "AND (date_to IS NULL OR ?3 IS NULL OR date_to >= ?3) "
			   "AND (date_from IS NULL OR ?4 IS NULL OR date_from <= ?4)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, t->professional_id);
	sqlite3_bind_int64(s, 2, t->class_id);
	st_bind_date(s, 3, t->from);
	st_bind_date(s, 4, t->to);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		rc = st_fail(st, rc, N_("team member"), err);
		st_release(st, s);
		return rc;
	}
	rc = sqlite3_column_int(s, 0);
	st_release(st, s);
	if (rc > 0)
		return zio_err_set(err, ZIO_ERULE,
				   "this professional is already in the fixed team of this class for (part of) that period");

	if (st_prepare(st, "INSERT INTO team_member (professional_id, class_id, date_from, date_to) "
			   "VALUES (?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, t->professional_id);
	sqlite3_bind_int64(s, 2, t->class_id);
	st_bind_date(s, 3, t->from);
	st_bind_date(s, 4, t->to);
	rc = st_step_done(st, s, N_("this team membership"), err);
	if (rc == ZIO_OK)
		t->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_team_find(struct store *st, int64_t professional_id, int64_t class_id, int64_t *id,
		    struct zio_err *err)
{
	sqlite3_stmt *s;
	int n = 0;

	if (st_prepare(st, "SELECT id FROM team_member WHERE professional_id = ? AND class_id = ? "
			   "ORDER BY date_from DESC", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, professional_id);
	sqlite3_bind_int64(s, 2, class_id);
	while (sqlite3_step(s) == SQLITE_ROW) {
		if (n++ == 0)
			*id = sqlite3_column_int64(s, 0);
	}
	st_release(st, s);
	if (n == 0)
		return zio_err_set(err, ZIO_EUSAGE, "this professional is not in the fixed team of this class");
	if (n > 1)
		return zio_err_set(err, ZIO_EUSAGE,
				   "this professional has %d memberships of this class; remove one by id (zio team list)", n);
	return ZIO_OK;
}

int store_team_delete(struct store *st, int64_t id, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (st_prepare(st, "DELETE FROM team_member WHERE id = ?", &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	if (st_step_done(st, s, N_("team member"), err))
		return err ? err->code : ZIO_EDB;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "no team membership with id %lld", (long long)id);
	return ZIO_OK;
}

int store_roster_counts(struct store *st, struct roster_counts *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "SELECT (SELECT count(*) FROM school), (SELECT count(*) FROM target_group), "
			   "(SELECT count(*) FROM class), (SELECT count(*) FROM provider), "
			   "(SELECT count(*) FROM professional), (SELECT count(*) FROM team_member)", &s, err))
		return ZIO_EDB;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		out->schools = sqlite3_column_int64(s, 0);
		out->groups = sqlite3_column_int64(s, 1);
		out->classes = sqlite3_column_int64(s, 2);
		out->providers = sqlite3_column_int64(s, 3);
		out->professionals = sqlite3_column_int64(s, 4);
		out->team_members = sqlite3_column_int64(s, 5);
		rc = ZIO_OK;
	} else {
		rc = st_fail(st, rc, N_("counts"), err);
	}
	st_release(st, s);
	return rc;
}
