/* date: civil dates, ISO 8601 weeks, the Dutch school year and times of day, all as plain
 * numbers with no dependence on the process time zone; parsing and printing of their text forms. */
#ifndef ZIO_DATE_H
#define ZIO_DATE_H

#include <stdbool.h>
#include <time.h>

#include "zio/err.h"

/* A proleptic Gregorian calendar date. Valid years are 1..9999. */
struct date {
	int y, m, d;
};

/* An ISO 8601 week: the ISO week-numbering year and week 1..52/53. */
struct isoweek {
	int year, week;
};

#define DATE_STR_LEN 11   /* "YYYY-MM-DD" + NUL */
#define WEEK_STR_LEN 9    /* "YYYY-Www" + NUL */
#define TIME_STR_LEN 6    /* "HH:MM" + NUL */
#define SCHOOLYEAR_STR_LEN 10 /* "2026-2027" + NUL */

bool date_is_valid(int y, int m, int d);
bool date_is_leap(int y);
int date_days_in_month(int y, int m);

/* Days since 1970-01-01 (negative before), and back. */
long date_to_days(struct date d);
struct date date_from_days(long days);
struct date date_add_days(struct date d, long n);
/* b - a in days. */
long date_diff(struct date a, struct date b);
/* <0, 0, >0 like strcmp. */
int date_cmp(struct date a, struct date b);

/* ISO weekday: 1 = Monday .. 7 = Sunday. */
int date_weekday(struct date d);

struct isoweek date_isoweek(struct date d);
/* Number of ISO weeks (52 or 53) in ISO year y. */
int date_weeks_in_year(int y);
/* The date of the given ISO weekday (1..7) in week w; w must be valid. */
struct date date_from_isoweek(struct isoweek w, int weekday);
struct isoweek date_isoweek_add(struct isoweek w, int n);

/* The Dutch school year (1 August .. 31 July), named by its first calendar year:
 * 2026 for 2026-08-01 .. 2027-07-31. */
int date_school_year(struct date d);
struct date date_school_year_start(int sy);  /* sy-08-01 */
struct date date_school_year_end(int sy);    /* (sy+1)-07-31 */

/* Parsers: strict, the whole string must match; on error they return ZIO_EUSAGE, leave the
 * outputs untouched and fill err (may be NULL) with a message that quotes the input,
 * e.g. "invalid date '2026-02-30': February 2026 has 28 days". */
int date_parse(const char *s, struct date *out, struct zio_err *err);            /* YYYY-MM-DD */
int date_parse_isoweek(const char *s, struct isoweek *out, struct zio_err *err); /* YYYY-Www, W or w */
int date_parse_school_year(const char *s, int *sy, struct zio_err *err);         /* YYYY-YYYY, consecutive */
/* HH:MM (or H:MM), 00:00 .. 23:59, into minutes since midnight. */
int time_parse(const char *s, int *minutes, struct zio_err *err);
/* HH:MM-HH:MM: both ends 00:00..23:59 and the end after the start (a shift never crosses midnight). */
int time_parse_range(const char *s, int *start, int *end, struct zio_err *err);

/* A weekday as mon..sun, ma..zo (Dutch) or 1..7, into 1 (Monday) .. 7 (Sunday). */
int date_parse_weekday(const char *s, int *weekday, struct zio_err *err);
/* "mon" .. "sun", marked with N_: show a person _(date_weekday_name(d)) (ma .. zo in Dutch) */
const char *date_weekday_name(int weekday);

/* Printers: write into buf of the given *_STR_LEN size; return buf. */
char *date_format(struct date d, char *buf);
char *date_format_isoweek(struct isoweek w, char *buf);
char *date_format_school_year(int sy, char *buf);
char *time_format(int minutes, char *buf);

/* Today's date in the Netherlands (Europe/Amsterdam: CET/CEST by the EU rule, computed,
 * not read from the TZ database) at the given moment. */
struct date date_nl_from_time(time_t t);
/* The time of day in the Netherlands at that moment, in minutes since midnight. */
int time_nl_minutes(time_t t);

#endif
