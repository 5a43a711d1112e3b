/* cal: whether a school is open on a date (and at a time), and why not: weekends, public
 * holidays, the regional school holidays, a school's own moved holidays and closures
 * (studiedagen). Pure logic over data the store and the holiday file loader hand it. */
#ifndef ZIO_CAL_H
#define ZIO_CAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/pubhol.h"
#include "zio/text.h"
#include "zio/units.h"

/* The five school holidays of every Dutch school year. */
enum holiday { HOL_HERFST, HOL_KERST, HOL_VOORJAAR, HOL_MEI, HOL_ZOMER, HOL_COUNT };

/* "herfstvakantie", ... as the ministry names them. */
const char *holiday_name(enum holiday h);
int holiday_parse_name(const char *s, enum holiday *out, struct zio_err *err);

/* One holiday of one school year: for a region (school_id 0) or a school's own dates. */
struct holiday_period {
	int school_year;
	enum holiday kind;
	enum region region;   /* REGION_NONE for a school's override */
	int64_t school_id;    /* 0 for the regional dates */
	struct date from, to; /* both inclusive */
};

/* A set of holiday periods; put replaces the period with the same year, kind, region and
 * school. Free with holiday_set_free. */
struct holiday_set {
	struct holiday_period *v;
	size_t n, cap;
};
int holiday_set_put(struct holiday_set *hs, const struct holiday_period *p, struct zio_err *err);
const struct holiday_period *holiday_set_find(const struct holiday_set *hs, int school_year,
					      enum holiday kind, enum region region, int64_t school_id);
void holiday_set_free(struct holiday_set *hs);

/* Check a period: dates in order, inside the window where that holiday can fall in that
 * school year, at most 10 weeks long. */
int holiday_check(const struct holiday_period *p, struct zio_err *err);

/* A school closure: a study day or other closed day(s), whole or part of the day. */
struct closure {
	int64_t id, school_id;
	struct date from, to;   /* inclusive */
	int start, end;         /* minutes; -1, -1 for the whole day */
	char reason[ZIO_NAME_LEN];
};
int closure_check(const struct closure *c, struct zio_err *err);

/* What the calendar knows of one school. */
struct cal_school {
	int64_t id;
	enum region region;
	int day_start, day_end;
	struct pubhol_policy policy;
	const struct closure *closures;  /* any order */
	size_t nclosures;
};

enum cal_status {
	CAL_OPEN,     /* a normal school day */
	CAL_PARTLY,   /* open, but closed from closed_start to closed_end */
	CAL_CLOSED,   /* closed all day */
	CAL_UNKNOWN,  /* the holiday data for this date is missing: do not plan blindly */
};

#define CAL_REASON_LEN 320

struct cal_day {
	enum cal_status status;
	int closed_start, closed_end;   /* for CAL_PARTLY */
	bool weekend;
	char reason[CAL_REASON_LEN];    /* "herfstvakantie (zuid)", "Koningsdag", "studiedag: ..." */
};

/* The one question: the state of school s on date d. hs holds the regional dates and the
 * school's own (school_id == s->id) dates, which take precedence. */
void cal_school_day(const struct holiday_set *hs, const struct cal_school *s, struct date d,
		    struct cal_day *out);

/* Is the school open at minute `min` of d (a time inside the school day, not in a closure)?
 * Unknown days count as not open. */
bool cal_is_school_open(const struct holiday_set *hs, const struct cal_school *s, struct date d,
			int min);

/* How many of the five holidays of school year sy zio knows for school s (0..5). */
int cal_holidays_known(const struct holiday_set *hs, const struct cal_school *s, int school_year);

/* The first date on or after `from` that is CAL_UNKNOWN for school s, looking at most
 * `horizon` days ahead; {0} when every date is known. */
struct date cal_first_unknown(const struct holiday_set *hs, const struct cal_school *s,
			      struct date from, int horizon);

#endif
