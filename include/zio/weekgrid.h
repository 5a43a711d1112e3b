/* weekgrid: one school's week laid out for a screen or a print: rows of classes (or
 * professionals), Monday to Friday, the shifts in each cell, the day states, and the worst
 * rule finding of each shift and row. No terminal here, so the layout is testable. */
#ifndef ZIO_WEEKGRID_H
#define ZIO_WEEKGRID_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zio/plan.h"

enum grid_mark { MARK_NONE = 0, MARK_WARNING, MARK_ERROR };

struct grid_row {
	int64_t id;                /* class or professional */
	char label[ZIO_NAME_LEN];
	char group[ZIO_NAME_LEN];  /* target group (classes) or provider (staff) */
	int64_t planned_minutes;   /* planned (not cancelled) this week */
	int64_t budget_minutes;    /* classes: the week's budget, pro rata; staff: contract */
	enum grid_mark mark;       /* the row's own findings: budget, faces, contract */
	size_t cell_first[5], cell_count[5];   /* shifts of Monday..Friday, indexes into shifts */
};

struct week_grid {
	int64_t school_id;
	struct isoweek week;
	bool by_staff;
	struct cal_day days[5];
	struct shift *shifts;      /* sorted by row, weekday, start */
	enum grid_mark *marks;     /* per shift */
	size_t nshifts;
	struct grid_row *rows;
	size_t nrows;
	struct findings findings;  /* everything zio check says about the week */
};

/* Build the grid of a school's week. Free with weekgrid_free. */
int weekgrid_build(struct planner *pl, int64_t school_id, struct isoweek w, bool by_staff,
		   struct week_grid *g, struct zio_err *err);
void weekgrid_free(struct week_grid *g);

/* The text of a shift in a cell `width` columns wide: "ZV 08:30-12:00", or shorter forms
 * ("ZV 0830-1200", "ZV 0830") when narrow; by_staff shows the class instead of initials.
 * Cancelled shifts start with "x". The result fits width display columns. */
void weekgrid_cell_text(const struct shift *s, bool by_staff, int width, char *buf, size_t len);

/* The largest number of shifts in one cell of row r (at least 1): the row's height. */
int weekgrid_row_height(const struct week_grid *g, size_t r);

/* The findings about shift id (or, for id 0, about row r's class or professional) into out
 * as pointers; returns how many. */
size_t weekgrid_findings_of(const struct week_grid *g, int64_t shift_id, const struct grid_row *row,
			    const struct finding **out, size_t max);

#endif
