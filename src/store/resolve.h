/* Name-or-id lookup shared by the entity files (internal to src/store/). */
#ifndef ZIO_STORE_RESOLVE_H
#define ZIO_STORE_RESOLVE_H

#include <stdint.h>

#include "internal.h"

/* Each query takes ?1 (name, id or LIKE pattern) and ?2 (scope id, 0 = any) and returns
 * (id, label) rows. */
struct resolve_spec {
	const char *what;     /* "class", marked N_: translated in the messages */
	const char *command;  /* "class", for "zio class list" */
	const char *by_name;
	const char *by_id;
	const char *like;     /* ?1 is a LIKE pattern with '\' as escape */
	const char *hint;     /* how to pick one when ambiguous: "use --school" (N_ too) */
};

int st_resolve(struct store *st, const struct resolve_spec *spec, const char *key, int64_t scope,
	       int64_t *id, struct zio_err *err);

/* Exact lookup: sql takes ?1 scope and ?2 name and returns the id; *id = 0 when none. */
int st_find(struct store *st, const char *sql, int64_t scope, const char *name, int64_t *id,
	    struct zio_err *err);

#endif
