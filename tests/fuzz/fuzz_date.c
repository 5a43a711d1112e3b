/* libFuzzer target: the date and time parsers of src/core/date.c (dates, ISO weeks, school
 * years, times, time ranges, weekdays). Each parser gets the whole input as a string (up to the
 * first NUL, as from argv); what one accepts must print back the same way and survive the
 * calendar arithmetic. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "zio/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_date(const char *s)
{
	struct date d = { -1, -1, -1 }, back;
	struct zio_err err;
	char buf[DATE_STR_LEN];

	if (date_parse(s, &d, &err) != ZIO_OK) {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && err.msg[0] && !strchr(err.msg, '\n'));
		FUZZ_ASSERT(d.y == -1 && d.m == -1 && d.d == -1);   /* untouched on error */
		return;
	}
	FUZZ_ASSERT(date_is_valid(d.y, d.m, d.d));
	FUZZ_ASSERT(strcmp(date_format(d, buf), s) == 0);
	back = date_from_days(date_to_days(d));
	FUZZ_ASSERT(date_cmp(back, d) == 0);
	FUZZ_ASSERT(date_weekday(d) >= 1 && date_weekday(d) <= 7);
	{
		struct isoweek w = date_isoweek(d);
		FUZZ_ASSERT(w.week >= 1 && w.week <= date_weeks_in_year(w.year));
		FUZZ_ASSERT(date_cmp(date_from_isoweek(w, date_weekday(d)), d) == 0);
	}
	{
		int sy = date_school_year(d);
		FUZZ_ASSERT(date_cmp(date_school_year_start(sy), d) <= 0);
		FUZZ_ASSERT(date_cmp(d, date_school_year_end(sy)) <= 0);
	}
}

static void check_week(const char *s)
{
	struct isoweek w = { -1, -1 };
	struct zio_err err;
	char buf[WEEK_STR_LEN];

	if (date_parse_isoweek(s, &w, &err) != ZIO_OK) {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && err.msg[0] && !strchr(err.msg, '\n'));
		FUZZ_ASSERT(w.year == -1 && w.week == -1);
		return;
	}
	FUZZ_ASSERT(strcasecmp(date_format_isoweek(w, buf), s) == 0);
	for (int wd = 1; wd <= 7; wd++) {
		struct isoweek back = date_isoweek(date_from_isoweek(w, wd));
		FUZZ_ASSERT(back.year == w.year && back.week == w.week);
	}
}

static void check_school_year(const char *s)
{
	int sy = -1;
	struct zio_err err;
	char buf[SCHOOLYEAR_STR_LEN];

	if (date_parse_school_year(s, &sy, &err) != ZIO_OK) {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && sy == -1);
		return;
	}
	FUZZ_ASSERT(strcmp(date_format_school_year(sy, buf), s) == 0);
}

static void check_time(const char *s)
{
	int m = -1, a = -1, b = -1;
	struct zio_err err;
	char buf[TIME_STR_LEN];

	if (time_parse(s, &m, &err) == ZIO_OK) {
		FUZZ_ASSERT(m >= 0 && m < 24 * 60);
		time_format(m, buf);
		/* "8:30" is accepted for "08:30" */
		FUZZ_ASSERT(strcmp(buf, s) == 0 || (buf[0] == '0' && strcmp(buf + 1, s) == 0));
	} else {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && m == -1);
	}
	if (time_parse_range(s, &a, &b, &err) == ZIO_OK) {
		FUZZ_ASSERT(a >= 0 && a < b && b < 24 * 60);
	} else {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && a == -1 && b == -1);
	}
}

static void check_weekday(const char *s)
{
	int wd = -1;
	struct zio_err err;

	if (date_parse_weekday(s, &wd, &err) == ZIO_OK) {
		FUZZ_ASSERT(wd >= 1 && wd <= 7);
		FUZZ_ASSERT(date_weekday_name(wd)[0] != '\0');
	} else {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE && wd == -1);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s;

	if (size > 4096)
		return 0;
	s = fuzz_string(data, size);
	check_date(s);
	check_week(s);
	check_school_year(s);
	check_time(s);
	check_weekday(s);
	free(s);
	return 0;
}
