/* export: the weekly timesheet (urenstaat) as rows ready for a file, and the writers that
 * turn them into CSV, Excel, PDF; iCalendar for the professionals' phones. Every file is
 * written to a temporary name in its folder and renamed: never half-written. */
#ifndef ZIO_EXPORT_H
#define ZIO_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/hours.h"
#include "zio/store.h"
#include "zio/text.h"

enum ts_row_status { TSR_DELIVERED, TSR_ABSENT, TSR_CANCELLED, TSR_EXTRA, TSR_UNLOGGED };
const char *ts_row_status_name(enum ts_row_status s);   /* delivered, absent, ... */

/* One row of a timesheet: a log entry (delivered, absent, a stand-in's delivered entry with
 * the original shift's planned times, or extra care), or a planned shift without an entry
 * (unlogged) or cancelled. */
struct ts_row {
	struct date date;
	int64_t school_id, provider_id, class_id, professional_id;
	/* names, each kept once for the whole export (ts_export.names): a region's week has
	 * thousands of rows but few schools, classes and people; never NULL */
	const char *school, *klass, *target_group, *provider, *professional;
	int planned_start, planned_end;   /* -1 when there was no shift */
	int start, end;                   /* -1 when nothing was logged */
	int64_t planned_minutes, minutes; /* minutes: delivered (0 for absent, cancelled, unlogged) */
	enum ts_row_status status;
	char reason[ZIO_NAME_LEN];        /* absence reason, or why it was cancelled */
	char replaced_by[ZIO_NAME_LEN];   /* absent rows: the stand-in */
	char note[ZIO_NAME_LEN];
	int wlz_share_bp;                 /* the target group's Wlz share */
	/* hours in hundredths, rounded once: jeugdwet + wlz == hours exactly */
	int64_t hours100, planned100, jeugdwet100, wlz100;
};

/* The timesheet of one provider at one school for the week, with its sign-off. */
struct ts_sheet {
	int64_t provider_id, school_id;
	char provider[ZIO_NAME_LEN], school[ZIO_NAME_LEN];
	struct timesheet status;          /* status.status, last_by, last_at, last_reason */
	size_t first, count;              /* its rows in ts_export.rows */
	int64_t planned_minutes, delivered_minutes, absent_minutes;
	int64_t hours100, jeugdwet100, wlz100;
};

struct ts_names;   /* the rows' names (collect.c) */

struct ts_export {
	struct isoweek week;
	struct ts_names *names;   /* owned; NULL for an export built by hand (tests) */
	struct ts_row *rows;      /* by provider, school, date, class, planned start, professional */
	size_t nrows;
	struct ts_sheet *sheets;  /* one per provider x school with rows */
	size_t nsheets;
};

/* Collect the week's rows for a provider and/or school (0: all). Free with ts_export_free. */
int export_collect(struct store *st, struct isoweek w, int64_t provider_id, int64_t school_id,
		   struct ts_export *out, struct zio_err *err);
void ts_export_free(struct ts_export *x);

/* Split hours (hundredths) by a Wlz share in basis points; the rounding stays on the
 * Jeugdwet side so that jeugdwet + wlz == hours. */
void export_split(int64_t hours100, int wlz_bp, int64_t *jeugdwet100, int64_t *wlz100);
/* Minutes as hours in hundredths, rounded half up. */
int64_t export_hours100(int64_t minutes);

/* Writers. CSV goes to a stream; the others to a file path (written atomically). */
enum csv_dialect { CSV_PLAIN, CSV_NL };   /* CSV_NL: ';', decimal comma, BOM, CRLF */
int export_csv(FILE *f, const struct ts_export *x, enum csv_dialect d, struct zio_err *err);
int export_xlsx(const char *path, const struct ts_export *x, struct zio_err *err);
int export_pdf(const char *path, const struct ts_export *x, struct zio_err *err);
/* Shifts as an RFC 5545 iCalendar (METHOD:PUBLISH, CRLF): a VTIMEZONE Europe/Amsterdam and a
 * VEVENT per shift, UID "shift-<id>@<prodid_host>" (NULL: "zio"), local times with
 * TZID=Europe/Amsterdam, STATUS CONFIRMED or CANCELLED. DTSTAMP is now, or noon UTC of
 * ZIO_TODAY when pinned. */
int export_ical(FILE *f, const struct shift *shifts, size_t n, const char *prodid_host, struct zio_err *err);

/* The weekly bundle in folder `out` (created if needed): per provider x school a folder
 * WEEK-PROVIDER-SCHOOL with urenstaat.pdf, .xlsx, .csv and a MANIFEST (totals per class,
 * Jeugdwet/Wlz, the sign-off, a SHA-256 of each file). *folders says how many. */
int export_bundle(const char *out, const struct ts_export *x, size_t *folders, struct zio_err *err);

/* A CSV cell made harmless for spreadsheets (OWASP CSV injection): a value starting with
 * = + - @ tab or CR gets a leading apostrophe. Returns buf. */
const char *export_csv_neutral(const char *s, char *buf, size_t len);

/* Atomic files: open a temporary file in the folder of `path` (mode 0640), write to it,
 * then commit (fsync and rename over path) or abort (remove the temporary file). */
struct atomic_file {
	char path[4096], tmp[4096];
	FILE *f;
	int fd;
};
int atomic_open(struct atomic_file *a, const char *path, struct zio_err *err);
int atomic_commit(struct atomic_file *a, struct zio_err *err);
void atomic_abort(struct atomic_file *a);

#endif
