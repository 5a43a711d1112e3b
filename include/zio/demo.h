/* demo: a made-up but realistic region for trying zio: two schools (zuid and noord), eight
 * target groups, about forty classes, two providers, 35 professionals and their fixed teams,
 * a weekly pattern for every class and the school year's rooster filled from it. */
#ifndef ZIO_DEMO_H
#define ZIO_DEMO_H

#include "zio/config.h"
#include "zio/date.h"
#include "zio/err.h"
#include "zio/store.h"

/* Fill an empty database for the school year that contains `today`. The caller holds the
 * transaction. Deterministic: the same date gives the same data. A few warnings are there on
 * purpose (a professional outside a fixed team, a week over contract) for zio check to show. */
int demo_fill(struct store *st, const struct config *cfg, struct date today, struct zio_err *err);

#endif
