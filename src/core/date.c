/* date: civil dates as day numbers, ISO weeks, school years, times of day, and their text forms.
 * Everything is integer arithmetic on the proleptic Gregorian calendar, so the result never
 * depends on the process time zone or the C library's notion of local time. */
#include "zio/date.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/i18n.h"

static const char *const month_names[12] = {
	N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
	N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

bool date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : days[m - 1];
}

bool date_is_valid(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= date_days_in_month(y, m);
}

/* Howard Hinnant's days_from_civil: count from 1 March so the leap day falls at the end of
 * the counted year, in 400-year eras of exactly 146097 days. */
long date_to_days(struct date d)
{
	long y = d.m <= 2 ? d.y - 1L : d.y;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;                                  /* 0..399 */
	long doy = (153L * (d.m > 2 ? d.m - 3 : d.m + 9) + 2) / 5 + d.d - 1; /* 0..365 */
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0..146096 */

	return era * 146097 + doe - 719468;  /* 719468: 0000-03-01 .. 1970-01-01 */
}

/* The inverse, civil_from_days. */
struct date date_from_days(long days)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;                                          /* 0..146096 */
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;     /* 0..399 */
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                   /* 0..365 */
	long mp = (5 * doy + 2) / 153;                                        /* 0 = March */
	struct date r;

	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

struct date date_add_days(struct date d, long n)
{
	return date_from_days(date_to_days(d) + n);
}

long date_diff(struct date a, struct date b)
{
	return date_to_days(b) - date_to_days(a);
}

int date_cmp(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

int date_weekday(struct date d)
{
	/* 1970-01-01 was a Thursday (4); keep the remainder non-negative before that. */
	long r = (date_to_days(d) + 3) % 7;

	return (int)(r < 0 ? r + 7 : r) + 1;
}

struct isoweek date_isoweek(struct date d)
{
	/* A week belongs to the year that holds its Thursday. */
	struct date thu = date_add_days(d, 4 - date_weekday(d));
	struct date jan1 = { thu.y, 1, 1 };
	struct isoweek w;

	w.year = thu.y;
	w.week = (int)(date_diff(jan1, thu) / 7) + 1;
	return w;
}

int date_weeks_in_year(int y)
{
	/* 28 December is always in the last ISO week of its year. */
	struct date dec28 = { y, 12, 28 };

	return date_isoweek(dec28).week;
}

struct date date_from_isoweek(struct isoweek w, int weekday)
{
	/* 4 January is always in week 1. */
	struct date jan4 = { w.year, 1, 4 };
	long monday1 = date_to_days(jan4) - (date_weekday(jan4) - 1);

	return date_from_days(monday1 + 7L * (w.week - 1) + (weekday - 1));
}

struct isoweek date_isoweek_add(struct isoweek w, int n)
{
	return date_isoweek(date_add_days(date_from_isoweek(w, 1), 7L * n));
}

int date_school_year(struct date d)
{
	return d.m >= 8 ? d.y : d.y - 1;
}

struct date date_school_year_start(int sy)
{
	struct date d = { sy, 8, 1 };

	return d;
}

struct date date_school_year_end(int sy)
{
	struct date d = { sy + 1, 7, 31 };

	return d;
}

/* Read exactly n decimal digits at s into *v; false if any is not a digit. The caller has
 * already checked the length, so no bytes past the string's end are read. */
static bool scan_digits(const char *s, int n, int *v)
{
	int r = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		r = r * 10 + (s[i] - '0');
	}
	*v = r;
	return true;
}

int date_parse(const char *s, struct date *out, struct zio_err *err)
{
	int y, m, d, dim;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !scan_digits(s, 4, &y) ||
	    !scan_digits(s + 5, 2, &m) || !scan_digits(s + 8, 2, &d))
		return zio_err_set(err, ZIO_EUSAGE, "invalid date '%s': expected YYYY-MM-DD", s);
	if (y < 1)
		return zio_err_set(err, ZIO_EUSAGE, "invalid date '%s': year must be 0001-9999", s);
	if (m < 1 || m > 12)
		return zio_err_set(err, ZIO_EUSAGE, "invalid date '%s': month must be 01-12", s);
	dim = date_days_in_month(y, m);
	if (d < 1)
		return zio_err_set(err, ZIO_EUSAGE, "invalid date '%s': day must be 01-%02d", s, dim);
	if (d > dim)
		return zio_err_set(err, ZIO_EUSAGE, "invalid date '%s': %s %d has %d days", s,
				   _(month_names[m - 1]), y, dim);
	out->y = y;
	out->m = m;
	out->d = d;
	return ZIO_OK;
}

int date_parse_isoweek(const char *s, struct isoweek *out, struct zio_err *err)
{
	int y, w, max;

	if (strlen(s) != 8 || s[4] != '-' || (s[5] != 'W' && s[5] != 'w') ||
	    !scan_digits(s, 4, &y) || !scan_digits(s + 6, 2, &w))
		return zio_err_set(err, ZIO_EUSAGE, "invalid week '%s': expected YYYY-Www", s);
	if (y < 1)
		return zio_err_set(err, ZIO_EUSAGE, "invalid week '%s': year must be 0001-9999", s);
	max = date_weeks_in_year(y);
	if (w < 1)
		return zio_err_set(err, ZIO_EUSAGE, "invalid week '%s': week must be 01-%d", s, max);
	if (w > max)
		return zio_err_set(err, ZIO_EUSAGE, "invalid week '%s': %d has %d ISO weeks", s, y, max);
	out->year = y;
	out->week = w;
	return ZIO_OK;
}

int date_parse_school_year(const char *s, int *sy, struct zio_err *err)
{
	int a, b;

	if (strlen(s) != 9 || s[4] != '-' || !scan_digits(s, 4, &a) || !scan_digits(s + 5, 4, &b))
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid school year '%s': expected YYYY-YYYY, e.g. 2026-2027", s);
	/* The end year must exist too, so the first year stops at 9998. */
	if (a < 1 || a > 9998)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid school year '%s': first year must be 0001-9998", s);
	if (b != a + 1)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid school year '%s': the years must be consecutive, e.g. %04d-%04d",
				   s, a, a + 1);
	*sy = a;
	return ZIO_OK;
}

/* Parse "HH:MM" or "H:MM" of length n at s into minutes. Returns NULL on success, "" when the
 * text is not shaped like a time, or else the reason, so that time_parse and time_parse_range
 * can each wrap it in their own message. */
static const char *time_scan(const char *s, size_t n, int *minutes)
{
	int h, m;
	size_t hd = n == 5 ? 2 : 1;  /* hour digits: "08:30" or the convenience "8:30" */

	if ((n != 4 && n != 5) || s[hd] != ':' || !scan_digits(s, (int)hd, &h) ||
	    !scan_digits(s + hd + 1, 2, &m))
		return "";
	if (h > 23)
		return N_("hours must be 00-23");
	if (m > 59)
		return N_("minutes must be 00-59");
	*minutes = h * 60 + m;
	return NULL;
}

int time_parse(const char *s, int *minutes, struct zio_err *err)
{
	int v;
	const char *why = time_scan(s, strlen(s), &v);

	if (why)
		return zio_err_set(err, ZIO_EUSAGE, "invalid time '%s': %s", s,
				   *why ? _(why) : _("expected HH:MM"));
	*minutes = v;
	return ZIO_OK;
}

int time_parse_range(const char *s, int *start, int *end, struct zio_err *err)
{
	const char *dash = strchr(s, '-');
	const char *why;
	int a = 0, b = 0;

	if (!dash)
		why = "";
	else if (!(why = time_scan(s, (size_t)(dash - s), &a)))
		why = time_scan(dash + 1, strlen(dash + 1), &b);
	if (why)
		return zio_err_set(err, ZIO_EUSAGE, "invalid time range '%s': %s", s,
				   *why ? _(why) : _("expected HH:MM-HH:MM"));
	if (b <= a)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid time range '%s': end must be after start", s);
	*start = a;
	*end = b;
	return ZIO_OK;
}

/* The printers reduce each field to its printed width, so the output always fits the buffer
 * (and the compiler can see that it does). */
char *date_format(struct date d, char *buf)
{
	snprintf(buf, DATE_STR_LEN, "%04u-%02u-%02u", (unsigned)d.y % 10000u,
		 (unsigned)d.m % 100u, (unsigned)d.d % 100u);
	return buf;
}

char *date_format_isoweek(struct isoweek w, char *buf)
{
	snprintf(buf, WEEK_STR_LEN, "%04u-W%02u", (unsigned)w.year % 10000u,
		 (unsigned)w.week % 100u);
	return buf;
}

char *date_format_school_year(int sy, char *buf)
{
	snprintf(buf, SCHOOLYEAR_STR_LEN, "%04u-%04u", (unsigned)sy % 10000u,
		 (unsigned)(sy + 1) % 10000u);
	return buf;
}

char *time_format(int minutes, char *buf)
{
	snprintf(buf, TIME_STR_LEN, "%02u:%02u", (unsigned)(minutes / 60) % 100u,
		 (unsigned)(minutes % 60) % 100u);
	return buf;
}

/* The last Sunday of month m (March or October, both 31 days long) in year y. */
static long last_sunday(int y, int m)
{
	struct date d31 = { y, m, 31 };

	return date_to_days(d31) - date_weekday(d31) % 7;
}

/* Seconds of local Dutch time for UTC seconds: CET, or CEST by the EU rule. */
static long long nl_local(long long secs)
{
	/* Floor division, so moments before 1970 land on the right day too. */
	long long days = secs / 86400 - (secs % 86400 < 0);
	int y = date_from_days((long)days).y;
	/* EU rule: summer time from 01:00 UTC on the last Sunday of March until 01:00 UTC on
	 * the last Sunday of October. Both switches are far from New Year, so the UTC year is
	 * the year whose switches matter. */
	long long on = last_sunday(y, 3) * 86400LL + 3600;
	long long off = last_sunday(y, 10) * 86400LL + 3600;

	return secs + (secs >= on && secs < off ? 7200 : 3600);
}

int time_nl_minutes(time_t t)
{
	long long local = nl_local((long long)t);
	long long m = (local / 60) % 1440;
	return (int)(m < 0 ? m + 1440 : m);
}

struct date date_nl_from_time(time_t t)
{
	long long secs = (long long)t;
	/* Floor division, so moments before 1970 land on the right day too. */
	long long days = secs / 86400 - (secs % 86400 < 0);
	int y = date_from_days((long)days).y;
	/* EU rule: summer time from 01:00 UTC on the last Sunday of March until 01:00 UTC on
	 * the last Sunday of October. Both switches are far from New Year, so the UTC year is
	 * the year whose switches matter. */
	long long on = last_sunday(y, 3) * 86400LL + 3600;
	long long off = last_sunday(y, 10) * 86400LL + 3600;
	long long local = secs + (secs >= on && secs < off ? 7200 : 3600);

	return date_from_days((long)(local / 86400 - (local % 86400 < 0)));
}

int date_parse_weekday(const char *s, int *weekday, struct zio_err *err)
{
	static const char *const en[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	static const char *const nl[] = { "ma", "di", "wo", "do", "vr", "za", "zo" };

	for (int i = 0; i < 7; i++)
		if (strcasecmp(s, en[i]) == 0 || strcasecmp(s, nl[i]) == 0) {
			*weekday = i + 1;
			return ZIO_OK;
		}
	if (s[0] >= '1' && s[0] <= '7' && s[1] == '\0') {
		*weekday = s[0] - '0';
		return ZIO_OK;
	}
	return zio_err_set(err, ZIO_EUSAGE, "invalid weekday '%s': expected mon..sun, ma..zo or 1..7", s);
}

/* English, and marked: a person is shown _(date_weekday_name(d)) (ma, di, ... in Dutch). */
const char *date_weekday_name(int weekday)
{
	static const char *const en[] = { "", N_("mon"), N_("tue"), N_("wed"), N_("thu"), N_("fri"), N_("sat"),
					  N_("sun") };
	return weekday >= 1 && weekday <= 7 ? en[weekday] : "";
}
