#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/units.h"

static const char *const region_names[] = { "", "noord", "midden", "zuid" };

int units_parse_region(const char *s, enum region *out, struct zio_err *err)
{
	for (int r = REGION_NOORD; r <= REGION_ZUID; r++)
		if (strcasecmp(s, region_names[r]) == 0) {
			*out = (enum region)r;
			return ZIO_OK;
		}
	return zio_err_set(err, ZIO_EUSAGE, "invalid region '%s': expected noord, midden or zuid", s);
}

const char *units_region_name(enum region r)
{
	return (r >= REGION_NOORD && r <= REGION_ZUID) ? region_names[r] : "";
}

/* Parse a non-negative decimal with at most two decimals (point or comma) into hundredths. */
static int parse_hundredths(const char *s, long long max, long long *out)
{
	long long whole = 0;
	int frac = 0, digits = 0, fdigits = 0;
	const char *p = s;

	for (; *p >= '0' && *p <= '9'; p++, digits++) {
		whole = whole * 10 + (*p - '0');
		if (whole > max)
			return -1;
	}
	if (*p == '.' || *p == ',') {
		for (p++; *p >= '0' && *p <= '9'; p++, fdigits++) {
			if (fdigits == 2)
				return -1;
			frac = frac * 10 + (*p - '0');
		}
		if (fdigits == 0)
			return -1;
		if (fdigits == 1)
			frac *= 10;
	}
	if (*p || digits == 0)
		return -1;
	*out = whole * 100 + frac;
	return *out > max * 100 ? -1 : 0;
}

int units_parse_hours(const char *s, int max_hours, const char *what, int *minutes,
		      struct zio_err *err)
{
	long long h;

	if (s[0] == '-')
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': hours must not be negative", what, s);
	if (parse_hundredths(s, max_hours, &h) < 0)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid %s '%s': expected hours from 0 to %d, like 12 or 12.5",
				   what, s, max_hours);
	*minutes = (int)((h * 60 + 50) / 100);
	return ZIO_OK;
}

char *units_format_hours(int64_t minutes, int comma, char *buf, int len)
{
	int64_t m = minutes < 0 ? -minutes : minutes, hundredths = (m * 100 + 30) / 60;

	return units_format_h100(minutes < 0 ? -hundredths : hundredths, comma, buf, len);
}

char *units_format_h100(int64_t h100, int comma, char *buf, int len)
{
	int64_t v = h100 < 0 ? -h100 : h100;

	snprintf(buf, (size_t)len, "%s%lld%c%02lld", h100 < 0 ? "-" : "", (long long)(v / 100), comma ? ',' : '.',
		 (long long)(v % 100));
	return buf;
}

int units_parse_percent(const char *s, const char *what, int *bp, struct zio_err *err)
{
	long long v;

	if (parse_hundredths(s, 100, &v) < 0)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid %s '%s': expected a percentage from 0 to 100", what, s);
	*bp = (int)v;
	return ZIO_OK;
}

char *units_format_percent(int bp, char *buf, int len)
{
	if (bp % 100 == 0)
		snprintf(buf, (size_t)len, "%d", bp / 100);
	else
		snprintf(buf, (size_t)len, "%d.%02d", bp / 100, bp % 100);
	return buf;
}

int units_parse_euro(const char *s, const char *what, int64_t *cents, struct zio_err *err)
{
	long long v;

	if (s[0] == '-')
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': must not be negative", what, s);
	if (parse_hundredths(s, 1000000, &v) < 0)
		return zio_err_set(err, ZIO_EUSAGE,
				   "invalid %s '%s': expected euros like 58.50", what, s);
	*cents = v;
	return ZIO_OK;
}

char *units_format_euro(int64_t cents, char *buf, int len)
{
	snprintf(buf, (size_t)len, "%lld.%02lld", (long long)(cents / 100), (long long)(cents % 100));
	return buf;
}

int units_parse_count(const char *s, int max, const char *what, int *out, struct zio_err *err)
{
	long long v = 0;
	const char *p = s;

	if (s[0] == '-')
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': must not be negative", what, s);
	for (; *p >= '0' && *p <= '9'; p++)
		if ((v = v * 10 + (*p - '0')) > max)
			break;
	if (*p || p == s || v > max)
		return zio_err_set(err, ZIO_EUSAGE, "invalid %s '%s': expected a whole number from 0 to %d",
				   what, s, max);
	*out = (int)v;
	return ZIO_OK;
}
