/* The field rules of roster entities, in one place for every path that writes them. */
#include <string.h>

#include "zio/i18n.h"
#include "zio/roster.h"

static int check_dates(struct date from, struct date to, const char *what, struct zio_err *err)
{
	char a[DATE_STR_LEN], b[DATE_STR_LEN];

	if (from.y && to.y && date_cmp(to, from) < 0)
		return zio_err_set(err, ZIO_EUSAGE, "%s: end date %s is before start date %s", what,
				   date_format(to, b), date_format(from, a));
	return ZIO_OK;
}

int roster_check_school(const struct school *s, struct zio_err *err)
{
	size_t n = strlen(s->brin);

	if (text_check_name(s->name, N_("school name"), err))
		return ZIO_EUSAGE;
	if (n && (n != 4 || s->brin[0] < '0' || s->brin[0] > '9' || s->brin[1] < '0' ||
		  s->brin[1] > '9' || s->brin[2] < 'A' || s->brin[2] > 'Z' || s->brin[3] < 'A' ||
		  s->brin[3] > 'Z'))
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid BRIN code '%s': expected two digits and two capital letters, like 12AB",
				   s->brin);
	if (s->region < REGION_NOORD || s->region > REGION_ZUID)
		return zio_err_set(err, ZIO_EUSAGE, "school '%s' needs a region: noord, midden or zuid", s->name);
	if (s->day_start < 0 || s->day_end > 24 * 60 - 1 || s->day_end <= s->day_start)
		return zio_err_set(err, ZIO_EUSAGE, "school day must end after it starts");
	return ZIO_OK;
}

int roster_check_group(const struct target_group *g, struct zio_err *err)
{
	if (text_check_name(g->name, N_("target group name"), err))
		return ZIO_EUSAGE;
	if (g->weekly_minutes < 0 || g->weekly_minutes > 168 * 60)
		return zio_err_set(err, ZIO_EUSAGE, "weekly hours must be between 0 and 168");
	if (g->wlz_share_bp < 0 || g->wlz_share_bp > 10000)
		return zio_err_set(err, ZIO_EUSAGE, "Wlz share must be between 0 and 100 percent");
	return ZIO_OK;
}

int roster_check_class(const struct class *c, struct zio_err *err)
{
	if (text_check_name(c->name, N_("class name"), err))
		return ZIO_EUSAGE;
	if (c->pupils < 0 || c->pupils > 1000)
		return zio_err_set(err, ZIO_EUSAGE, "pupil count must be between 0 and 1000");
	if (c->weekly_minutes < -1 || c->weekly_minutes > 168 * 60)
		return zio_err_set(err, ZIO_EUSAGE, "weekly hours must be between 0 and 168");
	return ZIO_OK;
}

int roster_check_provider(const struct provider *p, struct zio_err *err)
{
	if (text_check_name(p->name, N_("provider name"), err))
		return ZIO_EUSAGE;
	if (p->rate_cents < -1 || p->rate_cents > 100000000)
		return zio_err_set(err, ZIO_EUSAGE, "hourly rate out of range");
	return ZIO_OK;
}

int roster_check_staff(const struct professional *p, struct zio_err *err)
{
	if (text_check_name(p->name, N_("professional's name"), err))
		return ZIO_EUSAGE;
	if (p->discipline[0] && text_check_name(p->discipline, N_("discipline"), err))
		return ZIO_EUSAGE;
	if (p->contract_minutes < 0 || p->contract_minutes > 60 * 60)
		return zio_err_set(err, ZIO_EUSAGE, "contract hours must be between 0 and 60 a week");
	return check_dates(p->active_from, p->active_to, p->name, err);
}

int roster_check_team(const struct team_member *t, struct zio_err *err)
{
	return check_dates(t->from, t->to, _("team membership"), err);
}
