/* calendar: puts together what cal.h needs for a school: the shipped holiday file, the
 * holidays imported into the database, the school's own choices and closures, and the
 * config's defaults. Shared by the CLI and the TUI so both see the same calendar. */
#ifndef ZIO_CALENDAR_H
#define ZIO_CALENDAR_H

#include <limits.h>

#include "zio/cal.h"
#include "zio/config.h"
#include "zio/roster.h"
#include "zio/store.h"

#define CALENDAR_FILE "holidays/nl-school-holidays.ini"

struct calendar {
	struct holiday_set hs;      /* shipped file, then the database's rows on top */
	char file[PATH_MAX];        /* the shipped file read */
};

/* Load the shipped holiday file and the database's holidays. Free with calendar_close. */
int calendar_open(struct calendar *cal, struct store *st, struct zio_err *err);
void calendar_close(struct calendar *cal);

/* One school's calendar for dates in [from, to] (closures outside it are not loaded). */
struct calendar_school {
	struct school school;
	struct cal_school cs;       /* points into closures */
	struct closure *closures;
	size_t nclosures;
};
int calendar_school_load(struct store *st, const struct config *cfg, int64_t school_id, struct date from,
			 struct date to, struct calendar_school *out, struct zio_err *err);
void calendar_school_free(struct calendar_school *cs);

/* When the holiday data for school s runs out within six months of today, fill *until with
 * the first unknown date and return true: zio must say so rather than go stale silently. */
bool calendar_runs_out(const struct calendar *cal, const struct cal_school *s, struct date today,
		       struct date *until);

/* The school's public-holiday policy: its own choices, else the config's. */
struct pubhol_policy calendar_policy(const struct school *s, const struct config *cfg);

#endif
