/* rules: what makes a shift wrong (an error: refused) or worth a second look (a warning:
 * made, shown, and listed by zio check), each with a stable code and a one-line message
 * naming the professional, class, day and times. Pure: callers gather the facts. */
#ifndef ZIO_RULES_H
#define ZIO_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/cal.h"
#include "zio/roster.h"
#include "zio/shift.h"

enum rule_code {
	RULE_TIME_ORDER,      /* error: end not after start */
	RULE_OVERLAP,         /* error: the professional works elsewhere at that time */
	RULE_INACTIVE,        /* error: outside the professional's active dates */
	RULE_CLOSED_DAY,      /* warning: the school is closed (holiday, study day) */
	RULE_UNKNOWN_DAY,     /* warning: zio does not know whether the school is open */
	RULE_OUTSIDE_DAY,     /* warning: before or after the school day */
	RULE_NOT_FIXED,       /* warning: not in the class's fixed team */
	RULE_OVER_CONTRACT,   /* warning: more planned hours this week than the contract */
	RULE_BUDGET,          /* warning: class's week above or below its budget beyond the margin */
	RULE_FACES,           /* warning: more distinct faces in the class this week than allowed */
	RULE_FUTURE,          /* error: hours logged for a moment still to come */
	RULE_LOGGED,          /* warning: a shift changed after its hours were logged */
	RULE_COUNT
};

enum rule_severity { RULE_ERROR, RULE_WARNING };

const char *rule_code_name(enum rule_code c);   /* "overlap", "not-fixed-team", ... */
/* What the rule finds, for people and in their language: words that follow a count of shifts,
 * "3 shifts by someone outside the class's fixed team". The code is for scripts and CSV. */
const char *rule_code_label(enum rule_code c);
enum rule_severity rule_severity_of(enum rule_code c);

struct finding {
	enum rule_code code;
	int64_t shift_id, class_id, professional_id;
	struct date date;
	char msg[512];
};

struct findings {
	struct finding *v;
	size_t n, cap;
	size_t errors;
};
void findings_free(struct findings *f);
bool findings_has_error(const struct findings *f);
/* Append; ZIO_EDB when out of memory. fmt is used as given: pass it through _() so that the
 * finding is in the user's language. */
int findings_add(struct findings *f, enum rule_code code, const struct shift *s, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The facts a single shift is judged on. */
struct shift_facts {
	const struct professional *pro;
	const struct cal_day *day;          /* the school's day */
	int day_start, day_end;             /* the school day */
	bool fixed_member;
	const struct shift *others;         /* the professional's other planned shifts that day */
	size_t nothers;
	int64_t week_minutes;               /* the professional's planned minutes this ISO week without
					     * s; -1: do not judge the contract here */
};

/* Judge s (its names filled) against the facts; findings are appended. */
int rule_check_shift(const struct shift *s, const struct shift_facts *f, struct findings *out);

/* A professional's planned minutes in one ISO week against the contract. */
int rule_check_staff_week(const struct professional *p, struct isoweek w, int64_t minutes,
			  struct findings *out);

struct log_entry;
/* The facts a log entry is judged on: the same school day, and the professional's other
 * delivered entries that day. */
struct log_facts {
	const struct professional *pro;
	const struct cal_day *day;
	int day_start, day_end;
	const struct log_entry *others;
	size_t nothers;
	struct date today;
};
/* Errors: end not after start, in the future, overlapping another delivered entry of the
 * professional, outside their active dates. Warnings: a closed day, outside the school day. */
int rule_check_log(const struct log_entry *e, const struct log_facts *f, struct findings *out);

/* Do [a1, a2) and [b1, b2) overlap? Touching ends do not. */
bool rule_times_overlap(int a1, int a2, int b1, int b2);

/* Week rules of one class: planned minutes against the pro-rata budget and distinct faces.
 * open_share is the share of the school week the school is open (0..1), budget_minutes the
 * class's weekly budget. */
struct class_week {
	const struct class *klass;
	struct isoweek week;
	int64_t planned_minutes;
	double open_share;
	int faces;                  /* distinct professionals */
};
int rule_check_class_week(const struct class_week *w, int margin_pct, int max_faces, struct findings *out);

#endif
