/* calstore: the calendar's rows in the database: imported school holidays, a school's own
 * dates for a holiday, and closures (studiedagen). The rules live in cal.h. */
#ifndef ZIO_CALSTORE_H
#define ZIO_CALSTORE_H

#include <stddef.h>
#include <stdint.h>

#include "zio/cal.h"
#include "zio/store.h"

/* Add or replace one holiday period (regional when p->school_id is 0). Checked first. */
int store_holiday_put(struct store *st, const struct holiday_period *p, struct zio_err *err);
/* Remove a school's own dates for a holiday; ZIO_EUSAGE when it had none. */
int store_holiday_unset(struct store *st, int64_t school_id, int school_year, enum holiday kind,
			struct zio_err *err);
/* Put every stored period (regional and schools' own) into hs, replacing what hs had for
 * the same year, holiday and region or school. */
int store_holiday_load(struct store *st, struct holiday_set *hs, struct zio_err *err);

int store_closure_insert(struct store *st, struct closure *c, struct zio_err *err);
int store_closure_delete(struct store *st, int64_t id, struct zio_err *err);
int store_closure_get(struct store *st, int64_t id, struct closure *out, struct zio_err *err);
/* The closures of a school (0: all schools) that touch [from, to], by date. *out is
 * malloc'ed (free it); *n may be 0. */
int store_closure_list(struct store *st, int64_t school_id, struct date from, struct date to,
		       struct closure **out, size_t *n, struct zio_err *err);

#endif
