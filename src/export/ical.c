/* export ical: shifts as an RFC 5545 calendar (VCALENDAR, METHOD:PUBLISH) for the
 * professionals' phones. Times are local Amsterdam times with TZID=Europe/Amsterdam and a
 * VTIMEZONE written here with the EU rules, so the output never depends on zoneinfo. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libical/ical.h>

#include "zio/export.h"
#include "zio/i18n.h"

#define ICAL_TZID "Europe/Amsterdam"
#define ICAL_PRODID "-//zio//rooster//NL"

/* A STANDARD or DAYLIGHT part of the VTIMEZONE: the rule from 1970 on. */
static icalcomponent *tz_part(icalcomponent *part, int month, int day, int hour, int from, int to,
			      const char *name, const char *rrule)
{
	struct icaltimetype t = icaltime_null_time();
	struct icalrecurrencetype r;

	if (!part)
		return NULL;
	t.year = 1970;
	t.month = month;
	t.day = day;
	t.hour = hour;
	r = icalrecurrencetype_from_string(rrule);
	icalcomponent_add_property(part, icalproperty_new_dtstart(t));
	icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(from));
	icalcomponent_add_property(part, icalproperty_new_tzoffsetto(to));
	icalcomponent_add_property(part, icalproperty_new_tzname(name));
	icalcomponent_add_property(part, icalproperty_new_rrule(r));
	return part;
}

static icalcomponent *vtimezone(void)
{
	icalcomponent *tz = icalcomponent_new_vtimezone(), *std, *dst;

	if (!tz)
		return NULL;
	icalcomponent_add_property(tz, icalproperty_new_tzid(ICAL_TZID));
	/* last Sunday of October 03:00 CEST -> CET; last Sunday of March 02:00 CET -> CEST */
	std = tz_part(icalcomponent_new_xstandard(), 10, 25, 3, 7200, 3600, "CET",
		      "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
	dst = tz_part(icalcomponent_new_xdaylight(), 3, 29, 2, 3600, 7200, "CEST",
		      "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
	if (!std || !dst) {
		if (std)
			icalcomponent_free(std);
		if (dst)
			icalcomponent_free(dst);
		icalcomponent_free(tz);
		return NULL;
	}
	icalcomponent_add_component(tz, std);
	icalcomponent_add_component(tz, dst);
	return tz;
}

/* Now in UTC; with ZIO_TODAY pinned, noon UTC of that day (deterministic output). */
static struct icaltimetype dtstamp(void)
{
	const char *pin = getenv("ZIO_TODAY");
	struct date d;

	if (pin && date_parse(pin, &d, NULL) == ZIO_OK) {
		struct icaltimetype t = icaltime_null_time();
		t.year = d.y;
		t.month = d.m;
		t.day = d.d;
		t.hour = 12;
		t.zone = icaltimezone_get_utc_timezone();
		return t;
	}
	return icaltime_from_timet_with_zone(time(NULL), 0, icaltimezone_get_utc_timezone());
}

/* A local date-time (minutes since midnight of d; 1440 and later roll to the next day)
 * with TZID=Europe/Amsterdam. */
static icalproperty *local_time(icalproperty *(*make)(struct icaltimetype), struct date d, int minutes)
{
	struct icaltimetype t = icaltime_null_time();
	icalproperty *p;

	if (minutes < 0)
		minutes = 0;
	d = date_add_days(d, minutes / 1440);
	minutes %= 1440;
	t.year = d.y;
	t.month = d.m;
	t.day = d.d;
	t.hour = minutes / 60;
	t.minute = minutes % 60;
	p = make(t);
	if (p)
		icalproperty_add_parameter(p, icalparameter_new_tzid(ICAL_TZID));
	return p;
}

static icalcomponent *vevent(const struct shift *s, struct icaltimetype stamp, const char *host)
{
	icalcomponent *ev = icalcomponent_new_vevent();
	char buf[4 * ZIO_NAME_LEN + 64];

	if (!ev)
		return NULL;
	snprintf(buf, sizeof buf, "shift-%lld@%s", (long long)s->id, host);
	icalcomponent_add_property(ev, icalproperty_new_uid(buf));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
	icalcomponent_add_property(ev, local_time(icalproperty_new_dtstart, s->date, s->start));
	icalcomponent_add_property(ev, local_time(icalproperty_new_dtend, s->date,
						  s->end > s->start ? s->end : s->start));
	snprintf(buf, sizeof buf, "%s \xc2\xb7 %s", s->class_name, s->school_name);
	icalcomponent_add_property(ev, icalproperty_new_summary(buf));
	snprintf(buf, sizeof buf, "%s", s->professional_name);
	if (s->note[0])
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "\n%s", s->note);
	if (s->status == SHIFT_CANCELLED && s->cancel_reason[0]) {
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "\n");
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), _("cancelled: %s"), s->cancel_reason);
	}
	icalcomponent_add_property(ev, icalproperty_new_description(buf));
	icalcomponent_add_property(ev, icalproperty_new_status(s->status == SHIFT_CANCELLED
							       ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
	return ev;
}

/* The calendar's display name: the professional's when every shift is theirs. */
static void calname(const struct shift *shifts, size_t n, char *buf, size_t len)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (strcmp(shifts[i].professional_name, shifts[0].professional_name))
			break;
	if (n > 0 && i == n && shifts[0].professional_name[0])
		snprintf(buf, len, "zio rooster: %s", shifts[0].professional_name);
	else
		snprintf(buf, len, "zio rooster");
}

int export_ical(FILE *f, const struct shift *shifts, size_t n, const char *prodid_host, struct zio_err *err)
{
	const char *host = prodid_host && *prodid_host ? prodid_host : "zio";
	struct icaltimetype stamp = dtstamp();
	icalcomponent *cal, *c;
	icalproperty *p;
	char name[ZIO_NAME_LEN + 32], *text;
	size_t i, len;
	int rc = ZIO_OK;

	if (!(cal = icalcomponent_new_vcalendar()))
		return zio_err_set(err, ZIO_EDB, "iCalendar: out of memory");
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(cal, icalproperty_new_prodid(ICAL_PRODID));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	calname(shifts, n, name, sizeof name);
	if ((p = icalproperty_new_x(name))) {
		icalproperty_set_x_name(p, "X-WR-CALNAME");
		icalcomponent_add_property(cal, p);
	}
	if (!(c = vtimezone())) {
		icalcomponent_free(cal);
		return zio_err_set(err, ZIO_EDB, "iCalendar: cannot make the time zone %s", ICAL_TZID);
	}
	icalcomponent_add_component(cal, c);
	for (i = 0; i < n; i++) {
		if (!(c = vevent(&shifts[i], stamp, host))) {
			icalcomponent_free(cal);
			return zio_err_set(err, ZIO_EDB, "iCalendar: out of memory");
		}
		icalcomponent_add_component(cal, c);
	}
	text = icalcomponent_as_ical_string_r(cal);
	icalcomponent_free(cal);
	if (!text)
		return zio_err_set(err, ZIO_EDB, "iCalendar: cannot write the calendar (libical error %d)",
				   (int)icalerrno);
	len = strlen(text);
	if (fwrite(text, 1, len, f) != len || fflush(f) == EOF || ferror(f))
		rc = zio_err_set(err, ZIO_EDB, "cannot write the calendar: %s", zio_strerror(errno ? errno : EIO));
	free(text);
	return rc;
}
