/* report: monitoring figures for the school, the provider and the region: the class budgets
 * against planned and delivered hours (per class and target group, with a proposal for next
 * year's weekly hours), the delivered hours split by funder with their amount, the fixed faces
 * per class and week, and the classes that got too little care. Computation only: the CLI
 * prints. Minutes are doubles where the budget is pro rata (a week with a study day). */
#ifndef ZIO_REPORT_H
#define ZIO_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/plan.h"
#include "zio/roster.h"

/* --- budget ---------------------------------------------------------------------------- */
enum report_level { REPORT_CLASS, REPORT_GROUP, REPORT_TOTAL };
const char *report_level_name(enum report_level l);   /* class, group, total */

struct report_budget_row {
	enum report_level level;
	int64_t class_id, school_id, group_id;       /* 0 where they do not apply */
	char klass[ZIO_NAME_LEN], school[ZIO_NAME_LEN], group[ZIO_NAME_LEN];
	double weekly;            /* weekly budget, minutes (summed on group and total rows) */
	double open_weeks;        /* open school weeks to date: the sum of the weeks' open shares */
	/* to date: the ISO weeks of the school year that are over by today */
	double budget, planned, delivered;
	/* the whole school year (delivered is only known to date) */
	double year_budget, year_planned;
};

struct report_proposal {
	int64_t group_id;
	char group[ZIO_NAME_LEN];
	int now_minutes;          /* the target group's standard weekly volume */
	int nclasses;             /* classes with open weeks to date that the average is over */
	double proposal_hours;    /* delivered per open week, averaged, rounded to 0.5 h */
};

struct report_budget {
	int school_year;
	struct date to_date;      /* the last day counted "to date" (a Sunday), or y == 0 for none */
	struct report_budget_row *rows;   /* per group: its classes, then the group row; the total last */
	size_t nrows;
	struct report_proposal *proposals;
	size_t nproposals;
	int unknown_weeks;        /* school-year weeks with a day whose calendar is unknown (count 0) */
};

/* The budget report of school year sy for one school (0: every school); `today` bounds
 * "to date". Free with report_budget_free. */
int report_budget(struct planner *pl, int64_t school_id, int sy, struct date today, struct report_budget *out,
		  struct zio_err *err);
void report_budget_free(struct report_budget *r);

/* --- funding --------------------------------------------------------------------------- */
struct report_funding_row {
	int64_t school_id, group_id, provider_id;
	char school[ZIO_NAME_LEN], group[ZIO_NAME_LEN], provider[ZIO_NAME_LEN];
	int wlz_share_bp;
	int64_t rate_cents;       /* -1: the provider has no rate (amounts 0) */
	/* hundredths of hours, split per log entry: jeugdwet100 + wlz100 == hours100 */
	int64_t hours100, jeugdwet100, wlz100;
	/* cents: amount = hours x rate; jeugdwet_cents + wlz_cents == amount_cents */
	int64_t amount_cents, jeugdwet_cents, wlz_cents;
};

struct report_funding {
	struct date from, to;
	struct report_funding_row *rows;  /* by school, target group, provider */
	size_t nrows;
	struct report_funding_row total;  /* ids 0, names "" */
};

/* Delivered hours in [from, to] per school x target group x provider (provider_id 0: all). */
int report_funding(struct store *st, struct date from, struct date to, int64_t provider_id,
		   struct report_funding *out, struct zio_err *err);
void report_funding_free(struct report_funding *r);

/* --- faces ----------------------------------------------------------------------------- */
struct report_faces_row {
	int64_t class_id, school_id;
	char klass[ZIO_NAME_LEN], school[ZIO_NAME_LEN];
	struct isoweek week;
	int faces;                /* distinct professionals with planned shifts */
	int fixed;                /* of them in the class's fixed team on a day of their shifts */
	bool over;                /* faces > max_faces */
};

struct report_faces {
	struct report_faces_row *rows;    /* by week, school, class; class-weeks with shifts */
	size_t nrows;
	int max_faces;
	size_t nover;
};

int report_faces(struct store *st, int64_t school_id, struct date from, struct date to, int max_faces,
		 struct report_faces *out, struct zio_err *err);
void report_faces_free(struct report_faces *r);

/* --- delivery -------------------------------------------------------------------------- */
struct report_delivery_row {
	int64_t class_id, school_id;
	char klass[ZIO_NAME_LEN], school[ZIO_NAME_LEN], group[ZIO_NAME_LEN];
	double budget, planned, delivered;   /* minutes; budget pro rata the open school days */
	bool short_planned, short_budget;    /* delivered below it by more than the margin */
};

struct report_delivery {
	struct date from, to;     /* the period checked (ends yesterday at the latest) */
	int margin;               /* percent */
	struct report_delivery_row *rows;    /* every class of the school(s), by school and name */
	size_t nrows;
	size_t nshort;            /* rows short of planned or budget */
};

/* Classes of a school (0: all) in [from, to]: delivered against planned and the budget. */
int report_delivery(struct planner *pl, int64_t school_id, struct date from, struct date to, int margin,
		    struct report_delivery *out, struct zio_err *err);
void report_delivery_free(struct report_delivery *r);

/* A month "YYYY-MM" as its first and last day. */
int report_parse_month(const char *s, struct date *from, struct date *to, struct zio_err *err);

#endif
