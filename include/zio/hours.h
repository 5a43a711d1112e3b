/* hours: what really happened: log entries (delivered, absent with a reason and perhaps a
 * stand-in, extra care without a shift), the week's totals, and the timesheet sign-off per
 * provider x school x ISO week (draft, submitted, approved, disputed, reopened). */
#ifndef ZIO_HOURS_H
#define ZIO_HOURS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/shift.h"
#include "zio/store.h"
#include "zio/text.h"

enum log_kind { LOG_DELIVERED = 0, LOG_ABSENT };
enum absence { ABSENCE_NONE = 0, ABSENCE_SICK, ABSENCE_LEAVE, ABSENCE_TRAINING, ABSENCE_OTHER };

struct log_entry {
	int64_t id;
	int64_t shift_id;          /* 0: extra care, no shift */
	int64_t professional_id, class_id;
	struct date date;
	int start, end;
	enum log_kind kind;
	enum absence reason;       /* absent entries */
	int64_t replaced_by;       /* absent: the stand-in, 0 if nobody */
	char note[ZIO_NAME_LEN];
	char logged_by[64], logged_at[32];
	int version;
	/* filled by reads */
	int64_t school_id;
	char professional_name[ZIO_NAME_LEN], class_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
	char replaced_by_name[ZIO_NAME_LEN];
};

const char *log_kind_name(enum log_kind k);
const char *absence_name(enum absence a);    /* "sick", "leave", "training", "other" */
int absence_parse(const char *s, enum absence *out, struct zio_err *err);
int log_minutes(const struct log_entry *e);  /* delivered minutes: 0 for an absence */

enum ts_status { TS_DRAFT = 0, TS_SUBMITTED, TS_APPROVED, TS_DISPUTED, TS_REOPENED };
enum ts_action { TS_SUBMIT, TS_APPROVE, TS_DISPUTE, TS_REOPEN };
const char *ts_status_name(enum ts_status s);
int ts_status_parse(const char *s, enum ts_status *out, struct zio_err *err);
const char *ts_action_name(enum ts_action a);
/* The two-party sign-off: which action may follow which status. Returns the new status or
 * ZIO_ERULE with a message saying why not ("approve needs a submitted week"). */
int ts_transition(enum ts_status from, enum ts_action a, bool has_reason, enum ts_status *to,
		  struct zio_err *err);

struct timesheet {
	int64_t id, provider_id, school_id;
	struct date week_start;    /* the Monday */
	enum ts_status status;
	/* filled by reads */
	char provider_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
	char last_by[64], last_at[32], last_reason[ZIO_NAME_LEN];
};

/* Minutes of one class or professional in a week: planned (shifts not cancelled), delivered
 * (delivered entries), absent (the planned minutes of absent entries). */
struct hour_totals {
	int64_t planned, delivered, absent;
};

/* --- store ----------------------------------------------------------------------------- */
struct log_filter {
	struct date from, to;
	int64_t school_id, class_id, professional_id, provider_id, shift_id;
};

/* The entries of one shift, whatever day they carry (a shift moved after its hours were
 * logged keeps its entries on the old day). */
static inline struct log_filter log_filter_shift(int64_t shift_id)
{
	return (struct log_filter){ .from = { 1, 1, 1 }, .to = { 9999, 12, 31 }, .shift_id = shift_id };
}

int store_log_insert(struct store *st, struct log_entry *e, struct zio_err *err);
/* Update if the version still matches (else "changed by someone else"). */
int store_log_update(struct store *st, struct log_entry *e, struct zio_err *err);
int store_log_delete(struct store *st, int64_t id, struct zio_err *err);
int store_log_get(struct store *st, int64_t id, struct log_entry *out, struct zio_err *err);
/* Entries matching f (date range required), by date, class, start. malloc'ed; free it. */
int store_log_list(struct store *st, const struct log_filter *f, struct log_entry **out, size_t *n,
		   struct zio_err *err);
/* The same entries one at a time, without holding them all; fn returns non-zero to stop
 * (that value is returned). */
int store_log_each(struct store *st, const struct log_filter *f, int (*fn)(const struct log_entry *, void *),
		   void *ctx, struct zio_err *err);
/* Delivered minutes (delivered entries, extra care included) per class of a school in
 * [from, to], as store_shift_class_minutes (minutes_upto: the same up to `upto`). */
int store_log_class_minutes(struct store *st, int64_t school_id, struct date from, struct date to,
			    struct date upto, int (*fn)(const struct class_minutes *, void *), void *ctx,
			    struct zio_err *err);
/* How many entries a shift has. */
int store_log_count_for_shift(struct store *st, int64_t shift_id, int64_t *n, struct zio_err *err);

/* The timesheet of a provider at a school for the week starting on Monday `week`; a week
 * without one is a draft (id 0). */
int store_timesheet_get(struct store *st, int64_t provider_id, int64_t school_id, struct date week,
			struct timesheet *out, struct zio_err *err);
/* Record a new status with who, when and why (an event), creating the timesheet if needed. */
int store_timesheet_set(struct store *st, struct timesheet *ts, enum ts_status status, const char *by,
			const char *reason, const char *at, struct zio_err *err);
/* Timesheets in [from, to] (week starts), with a status filter (-1: any). */
int store_timesheet_list(struct store *st, struct date from, struct date to, int status,
			 struct timesheet **out, size_t *n, struct zio_err *err);

/* For the demo: make every log entry look as if logged on its own day (15:00 UTC on its
 * date), so that a demo made on a given date is the same every time. Before weeks are
 * approved: the lock forbids it after. */
int store_hours_backdate(struct store *st, struct zio_err *err);

#endif
