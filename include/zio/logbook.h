/* logbook: logging delivered hours and signing weeks off under the rules, shared by the CLI
 * and the TUI: confirm a week as planned, log by hand, mark absent with a stand-in, the
 * week's totals, and the timesheet actions. */
#ifndef ZIO_LOGBOOK_H
#define ZIO_LOGBOOK_H

#include "zio/hours.h"
#include "zio/plan.h"

/* The login of whoever runs zio (for "logged by" and the sign-off record). */
const char *logbook_user(void);
/* Set by actor_resolve: the user zio works for. */
void logbook_set_user(const char *login);
/* Now as "YYYY-MM-DDTHH:MM:SSZ"; with ZIO_TODAY pinned, noon UTC of that day (tests, demos). */
void logbook_now(char buf[32]);

/* Add or change a log entry; errors refuse (ZIO_ERULE, err says the first), warnings go to
 * out. e's names are filled in. The caller holds the transaction. */
int logbook_add(struct planner *pl, struct log_entry *e, struct date today, struct findings *out,
		struct zio_err *err);
int logbook_update(struct planner *pl, struct log_entry *e, struct date today, struct findings *out,
		   struct zio_err *err);

/* Every planned, not cancelled, not yet logged shift of the week (of a school, and of a
 * provider when given) up to today, logged as delivered as planned. Idempotent. */
struct confirm_report {
	int confirmed, already, future, refused;
	struct findings findings;
};
int logbook_confirm_week(struct planner *pl, int64_t school_id, int64_t provider_id, struct isoweek w,
			 struct date today, struct confirm_report *r, struct zio_err *err);

/* Is shift s logged as planned and nothing else: among logs (any entries; those of other
 * shifts are skipped) one delivered entry of its professional, with its times and no note,
 * as zio log confirm makes it? That entry gives way to an absence. */
bool logbook_as_planned(const struct shift *s, const struct log_entry *logs, size_t n);

/* The professional of shift_id was absent for `reason`; with a stand-in (replaced_by), who
 * worked [start, end) (the shift's times when start < 0) as a delivered entry of the shift.
 * A shift confirmed as planned (one delivered entry of its professional with its times and no
 * note) has that entry replaced; any other entry makes it ZIO_ERULE "logged already". Call it
 * inside a transaction. */
int logbook_absent(struct planner *pl, int64_t shift_id, enum absence reason, int64_t replaced_by,
		   int start, int end, const char *note, struct date today, struct findings *out,
		   struct zio_err *err);

/* Totals of one week of a school: per class (by_class) or per professional, the id given. */
struct week_hours {
	struct shift *shifts;
	size_t nshifts;
	struct log_entry *logs;
	size_t nlogs;
};
int logbook_week(struct planner *pl, int64_t school_id, struct isoweek w, struct week_hours *wh,
		 struct zio_err *err);
void logbook_week_free(struct week_hours *wh);
struct hour_totals logbook_totals(const struct week_hours *wh, bool by_class, int64_t id);

/* The log state of a shift: "unlogged", "delivered", "absent", "cancelled"... with the entries
 * (a code, marked with N_: show it with _()). */
const char *logbook_shift_state(const struct week_hours *wh, const struct shift *s);

/* A sign-off action on the timesheet of a provider at a school for a week. */
/* A week that has not begun by `today` cannot be submitted (nor approved). */
int logbook_timesheet(struct planner *pl, int64_t provider_id, int64_t school_id, struct isoweek w,
		      enum ts_action a, const char *reason, struct date today, struct timesheet *out,
		      struct zio_err *err);

#endif
