/* Patterns and shifts as values: when a pattern applies, field checks, minutes. */
#include "zio/i18n.h"
#include "zio/shift.h"

/* A stable code (database, CSV); N_ so that a view can show _(shift_status_name(s)). */
const char *shift_status_name(enum shift_status s)
{
	return s == SHIFT_CANCELLED ? N_("cancelled") : N_("planned");
}

int shift_minutes(const struct shift *s)
{
	return s->end - s->start;
}

bool pattern_applies(const struct pattern *p, struct date d)
{
	if (date_weekday(d) != p->weekday)
		return false;
	if ((p->valid_from.y && date_cmp(d, p->valid_from) < 0) || (p->valid_to.y && date_cmp(d, p->valid_to) > 0))
		return false;
	if (p->every == 2) {
		/* A/B weeks by the distance in weeks to the anchor's Monday, so that they run on
		 * across new year and across 53-week years without a jump. */
		long weeks = date_diff(date_add_days(p->anchor, 1 - date_weekday(p->anchor)),
				       date_add_days(d, 1 - date_weekday(d))) / 7;
		return weeks >= 0 && weeks % 2 == 0;   /* from the start week on */
	}
	return true;
}

int pattern_check(const struct pattern *p, struct zio_err *err)
{
	char a[TIME_STR_LEN], b[TIME_STR_LEN];

	if (p->weekday < 1 || p->weekday > 7)
		return zio_err_set(err, ZIO_EUSAGE, "weekday must be 1 (Monday) to 7 (Sunday)");
	if (p->start < 0 || p->end > 1439 || p->end <= p->start)
		return zio_err_set(err, ZIO_ERULE, "the end %s is not after the start %s", time_format(p->end, b),
				   time_format(p->start, a));
	if (p->valid_from.y && p->valid_to.y && date_cmp(p->valid_to, p->valid_from) < 0)
		return zio_err_set(err, ZIO_EUSAGE, "the pattern ends before it starts");
	if (p->every != 1 && p->every != 2)
		return zio_err_set(err, ZIO_EUSAGE, "--every must be 1 or 2");
	if (p->every == 2 && !p->anchor.y)
		return zio_err_set(err, ZIO_EUSAGE, "--every 2 needs --start-week W, a week it applies to");
	return ZIO_OK;
}
