/* plan: changing the rooster under the rules, shared by the CLI and the TUI: add, change,
 * fill from patterns, copy and clear weeks, and check a period. It gathers the facts from
 * the store and the calendar and lets rules.h judge; no change with an error is made. */
#ifndef ZIO_PLAN_H
#define ZIO_PLAN_H

#include "zio/calendar.h"
#include "zio/config.h"
#include "zio/rules.h"
#include "zio/shift.h"
#include "zio/store.h"

struct planner {
	struct store *st;
	const struct config *cfg;
	struct calendar cal;
	/* one school's calendar, loaded for the period being worked on */
	struct calendar_school cs;
	struct date cs_from, cs_to;
	bool cs_loaded;
};

int planner_open(struct planner *pl, struct store *st, const struct config *cfg, struct zio_err *err);
void planner_close(struct planner *pl);
/* Forget the school calendar read so far (after a closure or holiday changed): a planner
 * that lives long, like the TUI's, calls it when the database changed. */
void planner_reload(struct planner *pl);

/* The school's day d (from the calendar), loading the school's calendar when needed. */
int plan_school_day(struct planner *pl, int64_t school_id, struct date d, struct cal_day *out,
		    struct zio_err *err);

/* Judge s as it would be stored (names are filled in). */
int plan_judge(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err);

/* Add or change s unless a rule finds an error: then ZIO_ERULE, err says the first error, and
 * the findings hold all of them. Warnings are in the findings either way. The caller holds
 * the transaction. */
int plan_shift_add(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err);
int plan_shift_update(struct planner *pl, struct shift *s, struct findings *out, struct zio_err *err);

struct plan_report {
	int added;       /* shifts made */
	int existing;    /* already there (fill is idempotent; edited shifts are never touched) */
	int closed;      /* skipped: the school is closed that day */
	int trimmed;     /* shortened to the open part of a partly closed day */
	int unknown;     /* skipped: zio does not know whether the school is open */
	int refused;     /* skipped: a rule error (overlap, inactive professional) */
	struct findings findings;   /* the warnings of the shifts made, the errors of the refused */
	struct findings skipped;    /* copy: the shifts not copied to a closed day, one line each */
	struct date unknown_from, unknown_to;  /* the unknown days met, for one warning */
	char unknown_reason[CAL_REASON_LEN];
};
void plan_report_free(struct plan_report *r);

/* Make the shifts of the school's patterns for [from, to]. */
int plan_fill(struct planner *pl, int64_t school_id, struct date from, struct date to,
	      struct plan_report *r, struct zio_err *err);
/* Copy the planned shifts of week `src` to the same weekdays of week `dst`. */
int plan_copy(struct planner *pl, int64_t school_id, struct isoweek src, struct isoweek dst,
	      struct plan_report *r, struct zio_err *err);
/* Remove the shifts of a school's week; *removed says how many. */
int plan_clear(struct planner *pl, int64_t school_id, struct isoweek w, int *removed, struct zio_err *err);

/* The share of a school's week (Monday-Friday) that it is open, partly closed days pro rata:
 * the factor of the class budgets for that week. */
int plan_open_share(struct planner *pl, int64_t school_id, struct isoweek w, double *share,
		    struct zio_err *err);

/* Every finding in [from, to] for a school (0: all schools): shift rules, contract hours per
 * professional and ISO week, budget and faces per class and week. */
int plan_check(struct planner *pl, int64_t school_id, struct date from, struct date to,
	       struct findings *out, struct zio_err *err);
/* plan_check of one school with its shifts of [from, to] already read (store_shift_list of the
 * school and period; cancelled ones are passed over), and its classes when the caller has them
 * (store_class_each of the school; NULL: read here): the week planner reads its week once. */
int plan_check_shifts(struct planner *pl, int64_t school_id, struct date from, struct date to,
		      const struct shift *shifts, size_t n, const struct class *classes, size_t nclasses,
		      struct findings *out, struct zio_err *err);

#endif
