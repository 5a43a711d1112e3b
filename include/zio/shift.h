/* shift: the rooster: weekly patterns per class and the concrete shifts (diensten) on real
 * dates, made from a pattern by plan fill or by hand, and their storage. */
#ifndef ZIO_SHIFT_H
#define ZIO_SHIFT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/store.h"
#include "zio/text.h"

/* A recurring shift: every (other) week on one weekday, within [valid_from, valid_to]. */
struct pattern {
	int64_t id, professional_id, class_id;
	int weekday;               /* 1 = Monday .. 7 = Sunday */
	int start, end;            /* minutes since midnight */
	struct date valid_from, valid_to;  /* y == 0: open-ended */
	int every;                 /* 1 weekly, 2 every other week */
	struct date anchor;        /* for every == 2: the Monday of a week it applies to */
	/* filled by reads */
	int64_t school_id;
	char professional_name[ZIO_NAME_LEN], class_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
};

/* Does pattern p put a shift on date d (weekday, validity, A/B week)? */
bool pattern_applies(const struct pattern *p, struct date d);
int pattern_check(const struct pattern *p, struct zio_err *err);

enum shift_status { SHIFT_PLANNED = 0, SHIFT_CANCELLED };

struct shift {
	int64_t id, professional_id, class_id;
	struct date date;
	int start, end;
	enum shift_status status;
	char cancel_reason[ZIO_NAME_LEN];
	char note[ZIO_NAME_LEN];
	char override_reason[ZIO_NAME_LEN];  /* why the planner accepted a warning */
	int64_t pattern_id;        /* 0: added by hand */
	struct date origin;        /* the pattern date it was made for (fill is idempotent on it) */
	bool edited;               /* changed after it was made: fill never touches it */
	int version;               /* bumped by every update: no silent overwrites */
	/* filled by reads */
	int64_t school_id;
	char professional_name[ZIO_NAME_LEN], class_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
};

const char *shift_status_name(enum shift_status s);
int shift_minutes(const struct shift *s);

/* Filters; 0 / unset means any. */
struct shift_filter {
	struct date from, to;      /* inclusive; both required */
	int64_t school_id, class_id, professional_id;
	bool with_cancelled;
	int64_t provider_id;       /* the professionals of one provider */
};

int store_pattern_insert(struct store *st, struct pattern *p, struct zio_err *err);
int store_pattern_get(struct store *st, int64_t id, struct pattern *out, struct zio_err *err);
int store_pattern_delete(struct store *st, int64_t id, struct zio_err *err);
/* Patterns of a school (or class or professional), by class, weekday, start. */
int store_pattern_each(struct store *st, int64_t school_id, int64_t class_id, int64_t professional_id,
		       int (*fn)(const struct pattern *, void *), void *ctx, struct zio_err *err);

int store_shift_insert(struct store *st, struct shift *s, struct zio_err *err);
/* Update the row with s->id if its version is still s->version (else ZIO_ERULE "changed by
 * someone else"); bumps the version and marks it edited. */
int store_shift_update(struct store *st, struct shift *s, struct zio_err *err);
int store_shift_delete(struct store *st, int64_t id, struct zio_err *err);
int store_shift_get(struct store *st, int64_t id, struct shift *out, struct zio_err *err);
/* Shifts matching f, by date, school, class, start. Reads only the dates asked for. */
int store_shift_each(struct store *st, const struct shift_filter *f,
		     int (*fn)(const struct shift *, void *), void *ctx, struct zio_err *err);
/* All shifts matching f into a malloc'ed array (free it). */
int store_shift_list(struct store *st, const struct shift_filter *f, struct shift **out, size_t *n,
		     struct zio_err *err);
/* Minutes per class, summed in the database so that a year's report never holds the year's
 * rows: `minutes` over the whole period, `minutes_upto` over its days up to and including
 * `upto` (an unset upto: 0). */
struct class_minutes {
	int64_t class_id, minutes, minutes_upto;
};
/* Planned minutes (shifts not cancelled) per class of a school in [from, to]; fn returns
 * non-zero to stop (that value is returned). */
int store_shift_class_minutes(struct store *st, int64_t school_id, struct date from, struct date to,
			      struct date upto, int (*fn)(const struct class_minutes *, void *), void *ctx,
			      struct zio_err *err);
/* Is there already a shift made by pattern for that date? */
int store_shift_from_pattern(struct store *st, int64_t pattern_id, struct date origin, bool *exists,
			     struct zio_err *err);
/* Planned minutes of a professional in [from, to] at any school, without shift `except`. */
int store_shift_minutes(struct store *st, int64_t professional_id, struct date from, struct date to,
			int64_t except, int64_t *minutes, struct zio_err *err);
/* Is the professional in the fixed team of the class on date d? */
int store_team_has(struct store *st, int64_t professional_id, int64_t class_id, struct date d,
		   bool *member, struct zio_err *err);
/* The fixed-team memberships of a school's classes that touch [from, to] (y == 0: open-ended),
 * to judge a week of shifts with one query instead of one per shift. malloc'ed; free it. */
struct team_span {
	int64_t professional_id, class_id;
	struct date from, to;
};
int store_team_spans(struct store *st, int64_t school_id, struct date from, struct date to,
		     struct team_span **out, size_t *n, struct zio_err *err);
/* Remove the shifts of a school in [from, to]; *removed says how many. */
int store_shift_delete_range(struct store *st, int64_t school_id, struct date from, struct date to,
			     int *removed, struct zio_err *err);

/* The highest shift id so far (0 when none), and removing the shifts of a school in
 * [from, to] made after it: how a bulk change (fill, copy) is undone. */
int store_shift_max_id(struct store *st, int64_t *id, struct zio_err *err);
int store_shift_delete_newer(struct store *st, int64_t school_id, struct date from, struct date to,
			     int64_t after_id, int64_t upto_id, int *removed, struct zio_err *err);

/* Shifts of the pattern on or after `from` never edited, for pattern rm. */
int store_pattern_future(struct store *st, int64_t pattern_id, struct date from, int64_t *n,
			 bool remove, struct zio_err *err);

#endif
