/* Roles and what each may do (for the interface to offer); the users' fields. The database
 * triggers are what enforces the roles. */
#include <string.h>

#include "zio/access.h"

static const char *const role_names[] = { "admin", "teamlead", "school", "contract" };

const char *role_name(enum role r)
{
	return (unsigned)r < sizeof role_names / sizeof role_names[0] ? role_names[r] : "?";
}

int role_parse(const char *s, enum role *out, struct zio_err *err)
{
	for (unsigned i = 0; i < sizeof role_names / sizeof role_names[0]; i++)
		if (s && !strcmp(s, role_names[i])) {
			*out = (enum role)i;
			return ZIO_OK;
		}
	return zio_err_set(err, ZIO_EUSAGE, "invalid role '%s': expected admin, teamlead, school or contract",
			   s ? s : "");
}

bool access_allows(const struct actor *a, enum access_act act)
{
	switch (a->role) {
	case ROLE_ADMIN:
		return true;
	case ROLE_TEAMLEAD:
		return act == ACT_READ || act == ACT_STAFF || act == ACT_PLAN || act == ACT_LOG || act == ACT_SUBMIT;
	case ROLE_SCHOOL:
		return act == ACT_READ || act == ACT_SIGNOFF || act == ACT_CALENDAR;
	case ROLE_CONTRACT:
		return act == ACT_READ;
	}
	return false;
}

int access_check_login(const char *login, struct zio_err *err)
{
	size_t n = strlen(login);

	if (n == 0 || n > 64)
		return zio_err_set(err, ZIO_EUSAGE, "a login has 1 to 64 characters");
	for (const char *p = login; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      strchr("._-@", *p)))
			return zio_err_set(err, ZIO_EUSAGE,
					   "invalid login '%.64s': letters, digits, '.', '_', '-' and '@' only", login);
	return ZIO_OK;
}

int access_check_user(const struct app_user *u, struct zio_err *err)
{
	if (access_check_login(u->login, err))
		return ZIO_EUSAGE;
	if (u->role == ROLE_TEAMLEAD && !u->provider_id)
		return zio_err_set(err, ZIO_EUSAGE, "a teamlead works for one provider: give --provider P");
	if (u->role == ROLE_SCHOOL && !u->school_id)
		return zio_err_set(err, ZIO_EUSAGE, "a school user belongs to one school: give --school S");
	if (u->role != ROLE_TEAMLEAD && u->provider_id)
		return zio_err_set(err, ZIO_EUSAGE, "only a teamlead has a provider");
	if (u->role != ROLE_SCHOOL && u->school_id)
		return zio_err_set(err, ZIO_EUSAGE, "only a school user has a school");
	return ZIO_OK;
}
