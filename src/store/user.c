/* The users table, the writer of a connection (the session row), and reading the audit
 * trail. Access and audit themselves are triggers (schema step 6). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "zio/access.h"

#define USER_SELECT "SELECT u.id, u.login, u.role, coalesce(u.provider_id, 0), coalesce(u.school_id, 0), " \
	"coalesce(p.name, ''), coalesce(s.name, '') FROM app_user u LEFT JOIN provider p ON p.id = u.provider_id " \
	"LEFT JOIN school s ON s.id = u.school_id "

static void user_read(sqlite3_stmt *s, struct app_user *u)
{
	char role[16];

	memset(u, 0, sizeof *u);
	u->id = sqlite3_column_int64(s, 0);
	st_column_copy(s, 1, u->login, sizeof u->login);
	st_column_copy(s, 2, role, sizeof role);
	if (role_parse(role, &u->role, NULL))
		u->role = ROLE_CONTRACT;   /* the table's CHECK keeps this from happening */
	u->provider_id = sqlite3_column_int64(s, 3);
	u->school_id = sqlite3_column_int64(s, 4);
	st_column_copy(s, 5, u->provider_name, sizeof u->provider_name);
	st_column_copy(s, 6, u->school_name, sizeof u->school_name);
}

int store_user_count(struct store *st, int64_t *n, struct zio_err *err)
{
	return st_count(st, "SELECT count(*) FROM app_user WHERE ?1 = ?1", 0, n, err);
}

int store_user_get(struct store *st, const char *login, struct app_user *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, USER_SELECT "WHERE u.login = ?", &s, err))
		return ZIO_EDB;
	st_bind_text(s, 1, login);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		user_read(s, out);
		rc = ZIO_OK;
	} else if (rc == SQLITE_DONE) {
		rc = zio_err_set(err, ZIO_ERULE, "no user '%.64s' (see zio user list)", login);
	} else {
		rc = st_fail(st, rc, N_("user"), err);
	}
	st_release(st, s);
	return rc;
}

static void user_bind(sqlite3_stmt *s, const struct app_user *u)
{
	st_bind_text(s, 1, u->login);
	st_bind_text(s, 2, role_name(u->role));
	if (u->provider_id)
		sqlite3_bind_int64(s, 3, u->provider_id);
	else
		sqlite3_bind_null(s, 3);
	if (u->school_id)
		sqlite3_bind_int64(s, 4, u->school_id);
	else
		sqlite3_bind_null(s, 4);
}

int store_user_insert(struct store *st, struct app_user *u, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (access_check_user(u, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, "INSERT INTO app_user (login, role, provider_id, school_id) VALUES (?, ?, ?, ?)", &s, err))
		return ZIO_EDB;
	user_bind(s, u);
	rc = st_step_done(st, s, N_("this user"), err);
	if (rc == ZIO_OK)
		u->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

int store_user_update(struct store *st, const struct app_user *u, struct zio_err *err)
{
	sqlite3_stmt *s;

	if (access_check_user(u, err))
		return ZIO_EUSAGE;
	if (st_prepare(st, "UPDATE app_user SET login = ?1, role = ?2, provider_id = ?3, school_id = ?4 WHERE id = ?5",
		       &s, err))
		return ZIO_EDB;
	user_bind(s, u);
	sqlite3_bind_int64(s, 5, u->id);
	return st_step_done(st, s, N_("this user"), err);
}

int store_user_delete(struct store *st, const char *login, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, "DELETE FROM app_user WHERE login = ?", &s, err))
		return ZIO_EDB;
	st_bind_text(s, 1, login);
	if ((rc = st_step_done(st, s, N_("this user"), err)))
		return rc;
	if (sqlite3_changes(st->db) == 0)
		return zio_err_set(err, ZIO_ERULE, "no user '%.64s' (see zio user list)", login);
	return ZIO_OK;
}

int store_user_each(struct store *st, int (*fn)(const struct app_user *, void *), void *ctx, struct zio_err *err)
{
	sqlite3_stmt *s;
	struct app_user u;
	int rc = SQLITE_DONE, stop = 0;

	if (st_prepare(st, USER_SELECT "ORDER BY u.login", &s, err))
		return ZIO_EDB;
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		user_read(s, &u);
		stop = fn(&u, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("user"), err);
	st_release(st, s);
	return stop;
}

void store_set_actor(struct store *st, const struct actor *a)
{
	snprintf(st->actor_login, sizeof st->actor_login, "%s", a->login);
	snprintf(st->actor_role, sizeof st->actor_role, "%s", role_name(a->role));
	st->actor_provider = a->role == ROLE_TEAMLEAD ? a->provider_id : 0;
	st->actor_school = a->role == ROLE_SCHOOL ? a->school_id : 0;
	st->actor_set = true;
}

void store_set_clock(struct store *st, void (*now)(char buf[32]))
{
	st->clock = now;
}

/* What changed, in a line: the fields that differ for an update, the values otherwise. */
/* The name a reference column points to now; NULL when it is not one or the record is gone. */
#define AUDIT_REF(k, v) "(CASE " k " " \
	"WHEN 'professional_id' THEN (SELECT name FROM professional WHERE id = " v ") " \
	"WHEN 'replaced_by' THEN (SELECT name FROM professional WHERE id = " v ") " \
	"WHEN 'class_id' THEN (SELECT name FROM class WHERE id = " v ") " \
	"WHEN 'school_id' THEN (SELECT name FROM school WHERE id = " v ") " \
	"WHEN 'provider_id' THEN (SELECT name FROM provider WHERE id = " v ") " \
	"WHEN 'group_id' THEN (SELECT name FROM target_group WHERE id = " v ") END)"
/* The changed (update) or filled (insert, delete) columns, packed as fields separated by
 * char(30), each "key US old US new US old_ref US new_ref" (US = char(31)); audit_unpack
 * takes them apart. */
#define AUDIT_US " || char(31) || "
#define AUDIT_SELECT "SELECT id, at, login, action, entity, entity_id, old, new, CASE action " \
	"WHEN 'update' THEN (SELECT group_concat(o.key" AUDIT_US "coalesce(o.value, '')" AUDIT_US \
	"  coalesce(n.value, '')" AUDIT_US "coalesce(" AUDIT_REF("o.key", "o.value") ", '')" AUDIT_US \
	"  coalesce(" AUDIT_REF("n.key", "n.value") ", ''), char(30)) " \
	"  FROM json_each(old) o JOIN json_each(new) n ON n.key = o.key WHERE o.value IS NOT n.value) " \
	"ELSE (SELECT group_concat(j.key" AUDIT_US "''" AUDIT_US "j.value" AUDIT_US "''" AUDIT_US \
	"  coalesce(" AUDIT_REF("j.key", "j.value") ", ''), char(30)) FROM json_each(coalesce(new, old)) j " \
	"  WHERE j.value IS NOT NULL AND j.value <> '') END FROM audit "

/* Split the packed columns (modified in place) into r->fields; a field with too few parts (a
 * separator inside a value written by another program) still shows what it has. */
static void audit_unpack(char *p, struct audit_row *r)
{
	while (p && *p && r->nfields < AUDIT_FIELDS_MAX) {
		char *next = strchr(p, 30);
		const char **part[5];
		struct audit_field *f = &r->fields[r->nfields++];

		if (next)
			*next++ = '\0';
		part[0] = &f->key, part[1] = &f->old, part[2] = &f->new, part[3] = &f->old_ref, part[4] = &f->new_ref;
		for (int i = 0; i < 5; i++) {
			char *us = p ? strchr(p, 31) : NULL;

			*part[i] = p ? p : "";
			if (us)
				*us++ = '\0';
			p = i < 4 ? us : p;
		}
		p = next;
	}
}

int store_audit_each(struct store *st, const struct audit_filter *f, int (*fn)(const struct audit_row *, void *),
		     void *ctx, struct zio_err *err)
{
	static const char *const sql[2] = {
		AUDIT_SELECT
		"WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR login = ?2) AND (?3 IS NULL OR entity = ?3) "
		"ORDER BY id LIMIT ?4",
		AUDIT_SELECT
		"WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR login = ?2) AND (?3 IS NULL OR entity = ?3) "
		"ORDER BY id DESC LIMIT ?4",
	};
	sqlite3_stmt *s;
	struct audit_row r;
	int rc = SQLITE_DONE, stop = 0;
	char *packed = NULL;

	if (st_prepare(st, sql[f->newest_first], &s, err))
		return ZIO_EDB;
	st_bind_date(s, 1, f->since);
	st_bind_text(s, 2, f->login);
	st_bind_text(s, 3, f->entity);
	sqlite3_bind_int64(s, 4, f->limit > 0 ? f->limit : -1);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&r, 0, sizeof r);
		r.id = sqlite3_column_int64(s, 0);
		st_column_copy(s, 1, r.at, sizeof r.at);
		st_column_copy(s, 2, r.login, sizeof r.login);
		st_column_copy(s, 3, r.action, sizeof r.action);
		st_column_copy(s, 4, r.entity, sizeof r.entity);
		r.entity_id = sqlite3_column_int64(s, 5);
		r.old_json = (char *)sqlite3_column_text(s, 6);
		r.new_json = (char *)sqlite3_column_text(s, 7);
		if (sqlite3_column_type(s, 8) != SQLITE_NULL) {
			free(packed);
			if (!(packed = strdup((const char *)sqlite3_column_text(s, 8)))) {
				stop = zio_err_set(err, ZIO_EDB, "out of memory");
				break;
			}
			audit_unpack(packed, &r);
		}
		stop = fn(&r, ctx);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = st_fail(st, rc, N_("audit"), err);
	st_release(st, s);
	free(packed);
	return stop;
}
