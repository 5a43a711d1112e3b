/* Who is working: the real login of the process, looked up in the users table. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zio/access.h"
#include "zio/logbook.h"

const char *actor_real_login(void)
{
	static char name[ZIO_LOGIN_LEN];
	struct passwd *pw;

	/* the uid, not $USER: anyone can set an environment variable */
	if (!name[0]) {
		pw = getpwuid(getuid());
		if (pw && pw->pw_name)
			snprintf(name, sizeof name, "%s", pw->pw_name);
		else
			snprintf(name, sizeof name, "uid%ld", (long)getuid());
	}
	return name;
}

static void from_user(struct actor *a, const struct app_user *u)
{
	snprintf(a->login, sizeof a->login, "%s", u->login);
	a->role = u->role;
	a->provider_id = u->provider_id;
	a->school_id = u->school_id;
	a->listed = true;
}

int actor_resolve(struct store *st, struct actor *out, struct zio_err *err)
{
	const char *real = actor_real_login(), *as = getenv("ZIO_USER");
	struct app_user u;
	struct zio_err e2;
	int64_t n = 0;
	int rc;

	memset(out, 0, sizeof *out);
	if (as && !*as)
		as = NULL;
	if ((rc = store_user_count(st, &n, err)))
		return rc;
	if (n == 0) {
		/* one person on their own: no users to keep, and they may do everything */
		snprintf(out->login, sizeof out->login, "%s", as ? as : real);
		out->role = ROLE_ADMIN;
		logbook_set_user(out->login);
		return ZIO_OK;
	}
	zio_err_clear(&e2);
	rc = store_user_get(st, real, &u, &e2);
	if (rc == ZIO_ERULE)
		return zio_err_set(err, ZIO_EPERM,
				   "you ('%s') are not a user of this database; an admin adds you with: zio user add %s --role ROLE",
				   real, real);
	if (rc)
		return zio_err_set(err, rc, "%s", e2.msg);
	if (as && strcmp(as, real)) {
		if (u.role != ROLE_ADMIN)
			return zio_err_set(err, ZIO_EPERM, "ZIO_USER: only an admin may act as another user");
		rc = store_user_get(st, as, &u, &e2);
		if (rc == ZIO_ERULE)
			return zio_err_set(err, ZIO_EPERM, "ZIO_USER: '%.64s' is not a user of this database", as);
		if (rc)
			return zio_err_set(err, rc, "%s", e2.msg);
	}
	from_user(out, &u);
	logbook_set_user(out->login);
	return ZIO_OK;
}
