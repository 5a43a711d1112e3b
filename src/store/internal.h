/* Helpers shared by the files of src/store/: prepared statements and error translation.
 * Not part of the public interface. */
#ifndef ZIO_STORE_INTERNAL_H
#define ZIO_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/store.h"

struct store {
	sqlite3 *db;
	char *path;
};

/* Prepare sql (cached per connection by SQLite's own prepare; cheap). On failure fills err. */
int st_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt, struct zio_err *err);

/* Turn a failed SQLite call into a message: constraint failures become ZIO_ERULE with
 * `what` ("a school named 'X'") in the message, anything else ZIO_EDB. */
int st_fail(struct store *st, int rc, const char *what, struct zio_err *err);

/* Binding helpers: NULL for empty/unset values. */
int st_bind_text(sqlite3_stmt *s, int i, const char *v);
int st_bind_date(sqlite3_stmt *s, int i, struct date d);  /* unset date (y == 0) -> NULL */
struct date st_column_date(sqlite3_stmt *s, int i);       /* NULL -> unset */
void st_column_copy(sqlite3_stmt *s, int i, char *buf, size_t len);

/* Run a statement that returns no rows to completion and finalize it. */
int st_step_done(struct store *st, sqlite3_stmt *s, const char *what, struct zio_err *err);

/* Count rows of `sql` with one integer parameter. */
int st_count(struct store *st, const char *sql, int64_t id, int64_t *n, struct zio_err *err);

#endif
