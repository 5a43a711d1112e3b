/* units: the numbers users type and read (hours with decimals, percentages, euro amounts,
 * counts, holiday regions) and their exact integer forms in zio: minutes, basis points, cents. */
#ifndef ZIO_UNITS_H
#define ZIO_UNITS_H

#include <stdint.h>

#include "zio/err.h"

enum region { REGION_NONE = 0, REGION_NOORD, REGION_MIDDEN, REGION_ZUID };

/* "noord", "midden", "zuid" (case-insensitive). */
int units_parse_region(const char *s, enum region *out, struct zio_err *err);
const char *units_region_name(enum region r);

/* Hours as typed ("12", "12.5", "12,5", "7.75"), at most two decimals, 0 <= h <= max_hours,
 * into whole minutes (rounded to the nearest minute). `what` names the option. */
int units_parse_hours(const char *s, int max_hours, const char *what, int *minutes, struct zio_err *err);
/* Minutes as hours with two decimals, "12.50" (or "12,50" with comma true). */
char *units_format_hours(int64_t minutes, int comma, char *buf, int len);
/* Hundredths of hours (or of euros) the same way: 350 -> "3.50", -5 -> "-0.05". */
char *units_format_h100(int64_t h100, int comma, char *buf, int len);

/* A percentage 0..100 with at most two decimals, into basis points (1% = 100). */
int units_parse_percent(const char *s, const char *what, int *bp, struct zio_err *err);
char *units_format_percent(int bp, char *buf, int len);

/* Euros with at most two decimals ("58.50", "58,5", "58"), into cents; 0 .. 1,000,000 euro. */
int units_parse_euro(const char *s, const char *what, int64_t *cents, struct zio_err *err);
char *units_format_euro(int64_t cents, char *buf, int len);

/* A whole number 0..max. */
int units_parse_count(const char *s, int max, const char *what, int *out, struct zio_err *err);

#endif
