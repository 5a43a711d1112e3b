/* access: who is working (the login and its role and scope), what a role may do, the users
 * table and the audit trail. The database's triggers enforce the roles for every writer
 * through zio, so the CLI and the TUI cannot differ; access_allows only tells the TUI which
 * actions to offer. */
#ifndef ZIO_ACCESS_H
#define ZIO_ACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/roster.h"

struct store;

#define ZIO_LOGIN_LEN 65

enum role { ROLE_ADMIN, ROLE_TEAMLEAD, ROLE_SCHOOL, ROLE_CONTRACT };
const char *role_name(enum role r);   /* admin, teamlead, school, contract */
int role_parse(const char *s, enum role *out, struct zio_err *err);

/* The person working now: a user of the users table, or the single user of a database
 * that has none (admin). */
struct actor {
	char login[ZIO_LOGIN_LEN];
	enum role role;
	int64_t provider_id;      /* teamlead: the provider */
	int64_t school_id;        /* school: the school */
	bool listed;              /* false: no users defined yet, so admin */
};

/* What a person does, for the TUI to offer or hide. */
enum access_act {
	ACT_READ,       /* look, export, report: every role */
	ACT_ROSTER,     /* schools, target groups, classes, providers */
	ACT_STAFF,      /* professionals and fixed teams */
	ACT_PLAN,       /* patterns and shifts */
	ACT_LOG,        /* log entries */
	ACT_SUBMIT,     /* submit a timesheet */
	ACT_SIGNOFF,    /* approve, dispute, reopen */
	ACT_CALENDAR,   /* closures, study days, the school's holiday dates */
	ACT_USERS,      /* the users table */
};
bool access_allows(const struct actor *a, enum access_act act);

/* --- users (store) --------------------------------------------------------------------- */
struct app_user {
	int64_t id;
	char login[ZIO_LOGIN_LEN];
	enum role role;
	int64_t provider_id, school_id;   /* 0 where they do not apply */
	/* filled by reads */
	char provider_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
};

/* A login: 1 to 64 characters of letters, digits, '.', '_', '-' and '@'. */
int access_check_login(const char *login, struct zio_err *err);
/* A role needs its scope: teamlead a provider, school a school, the others neither. */
int access_check_user(const struct app_user *u, struct zio_err *err);

int store_user_count(struct store *st, int64_t *n, struct zio_err *err);
/* ZIO_ERULE "no user X" when the login is unknown. */
int store_user_get(struct store *st, const char *login, struct app_user *out, struct zio_err *err);
int store_user_insert(struct store *st, struct app_user *u, struct zio_err *err);
int store_user_update(struct store *st, const struct app_user *u, struct zio_err *err);
int store_user_delete(struct store *st, const char *login, struct zio_err *err);
int store_user_each(struct store *st, int (*fn)(const struct app_user *, void *), void *ctx, struct zio_err *err);

/* The actor of this connection's write transactions (see store_begin). */
void store_set_actor(struct store *st, const struct actor *a);
/* The clock for the time of each change in the audit trail (logbook_now: ZIO_TODAY pins it). */
void store_set_clock(struct store *st, void (*now)(char buf[32]));

/* --- the audit trail (store) ----------------------------------------------------------- */
/* One column of a change as the trigger recorded it. Values are the stored forms ("510",
 * "planned", "22"), "" for none; for a reference (class_id, professional_id, ...) *_ref is
 * the name it points to now, "" when that record is gone. */
struct audit_field {
	const char *key;
	const char *old, *new;        /* update: before and after; insert and delete: new only */
	const char *old_ref, *new_ref;
};
#define AUDIT_FIELDS_MAX 24

struct audit_row {
	int64_t id;
	char at[32];              /* UTC, 2026-11-23T14:05:00Z */
	char login[ZIO_LOGIN_LEN];
	char action[8];           /* insert, update, delete */
	char entity[32];          /* the table: shift, log_entry, timesheet_event, ... */
	int64_t entity_id;
	char *old_json, *new_json;   /* JSON objects, NULL where there is none; valid in fn only */
	struct audit_field fields[AUDIT_FIELDS_MAX];   /* update: the changed columns; insert and
						      * delete: the filled ones */
	int nfields;
};

struct audit_filter {
	struct date since;        /* y == 0: from the start */
	const char *login;        /* NULL: anyone */
	const char *entity;       /* NULL: every table */
	int64_t limit;            /* 0: no limit (the newest `limit` when newest_first) */
	bool newest_first;
};
int store_audit_each(struct store *st, const struct audit_filter *f, int (*fn)(const struct audit_row *, void *),
		     void *ctx, struct zio_err *err);

/* --- the audit trail for people (core) --------------------------------------------------- */
/* The trail's words in the user's language: actions (insert, update, delete), kinds of record
 * (shift, log_entry, ...) and "(outside zio)"; anything else comes back as it is. */
const char *audit_word(const char *w);
/* A login as shown: the users' own as they are, "(outside zio)" in the user's language. */
const char *audit_login(const char *login);
/* One line saying what changed, with labels and values in the user's language:
 * "begin 08:30 -> 09:00, notitie - -> ziek" for an update, "medewerker Anna, klas 3A, ..."
 * for an insert or delete. Always NUL-terminated; returns buf. */
char *audit_describe(const struct audit_row *r, char *buf, size_t len);

/* --- who is working (app) -------------------------------------------------------------- */
/* The login of the process's real user; an admin (or anyone while no users are defined) may
 * act as another user with ZIO_USER, to see what that user may do. Once users exist, an
 * unknown login is refused (ZIO_EPERM). */
int actor_resolve(struct store *st, struct actor *out, struct zio_err *err);
/* The process's real login (getpwuid), whatever ZIO_USER says. */
const char *actor_real_login(void);

#endif
