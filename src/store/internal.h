/* Helpers shared by the files of src/store/: prepared statements and error translation.
 * Not part of the public interface. */
#ifndef ZIO_STORE_INTERNAL_H
#define ZIO_STORE_INTERNAL_H

#include <sqlite3.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/i18n.h"
#include "zio/store.h"

#define ST_CACHE 96

/* Prepared statements are kept per connection, keyed by the address of their SQL text
 * (always a string literal), so that a fill of thousands of shifts prepares each once. */
struct st_cached {
	const char *sql;
	sqlite3_stmt *stmt;
	int in_use;
};

struct store {
	sqlite3 *db;
	char *path;
	struct st_cached cache[ST_CACHE];
	/* who writes: put into the session row by store_begin (see schema step 6) */
	bool actor_set;
	char actor_login[65], actor_role[16];
	int64_t actor_provider, actor_school;
	void (*clock)(char buf[32]);   /* the time of a change, or NULL for SQLite's own */
};

/* Prepare sql, a string literal, or take it from the cache; hand it back with st_release.
 * On failure fills err. */
int st_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt, struct zio_err *err);
/* Reset a statement from st_prepare for its next use (or finalize one that is not cached). */
void st_release(struct store *st, sqlite3_stmt *stmt);
/* Finalize every cached statement (before closing). */
void st_cache_clear(struct store *st);
/* Run the migrations after version `from`, each in its own transaction. */
int store_migrate(struct store *st, int from, struct zio_err *err);

/* Turn a failed SQLite call into a message: constraint failures become ZIO_ERULE with
 * `what` ("a school named 'X'") in the message, anything else ZIO_EDB. */
int st_fail(struct store *st, int rc, const char *what, struct zio_err *err);

/* SQLite's error of the last call on db, as a phrase in the user's language ("the disk is
 * full", "the database file is damaged"); SQL errors keep SQLite's own words after a
 * translated lead, as they are for developers. st_errstr for a result code without a
 * connection. The text is valid until the next call. */
const char *st_errmsg(sqlite3 *db);
const char *st_errstr(int rc);

/* Binding helpers: NULL for empty/unset values. */
int st_bind_text(sqlite3_stmt *s, int i, const char *v);
int st_bind_date(sqlite3_stmt *s, int i, struct date d);  /* unset date (y == 0) -> NULL */
struct date st_column_date(sqlite3_stmt *s, int i);       /* NULL -> unset */
void st_column_copy(sqlite3_stmt *s, int i, char *buf, size_t len);

/* Run a statement that returns no rows to completion and finalize it. */
int st_step_done(struct store *st, sqlite3_stmt *s, const char *what, struct zio_err *err);

/* Make room for element n of a growing array: *(T **)parray has *cap elements of `size`
 * bytes; doubles it when full. ZIO_EDB when out of memory (the array is left as it was). */
int st_grow(void *parray, size_t *cap, size_t n, size_t size);

/* The rows of an *_each collected into an array: st_vec_push from the callback, then
 * st_vec_finish with the each's status, which hands over the array or frees it. */
struct st_vec {
	void *v;
	size_t n, cap, size;
};
int st_vec_push(struct st_vec *vec, const void *row);
int st_vec_finish(struct st_vec *vec, int rc, void *out, size_t *n, struct zio_err *err);

/* Count rows of `sql` with one integer parameter. */
int st_count(struct store *st, const char *sql, int64_t id, int64_t *n, struct zio_err *err);

#endif
