/* Finding an entity by name or id, with candidates when the name is unknown or ambiguous. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "resolve.h"
#include "zio/text.h"

/* Append up to 5 labels of rows from stmt to buf as "a, b, c". Returns the row count. */
static int collect(sqlite3_stmt *s, int col, char *buf, size_t len, int64_t *first_id)
{
	int n = 0;
	size_t used = strlen(buf);

	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *label = (const char *)sqlite3_column_text(s, col);
		if (n == 0 && first_id)
			*first_id = sqlite3_column_int64(s, 0);
		if (n < 5 && used < len)
			used += (size_t)snprintf(buf + used, len - used, "%s%s", n ? ", " : "",
						 label ? label : "");
		else if (n == 5 && used < len)
			used += (size_t)snprintf(buf + used, len - used, ", ...");
		if (used >= len)
			used = len;
		n++;
	}
	return n;
}

int st_resolve(struct store *st, const struct resolve_spec *spec, const char *key, int64_t scope,
	       int64_t *id, struct zio_err *err)
{
	sqlite3_stmt *s;
	char list[384] = "";
	char pattern[ZIO_NAME_LEN * 2 + 3];
	const char *what = _(spec->what);
	int n;
	size_t j = 0;

	if (!*key)
		return zio_err_set(err, ZIO_EUSAGE, "empty %s name", what);
	if (st_prepare(st, spec->by_name, &s, err))
		return ZIO_EDB;
	sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, scope);
	n = collect(s, 1, list, sizeof list, id);
	st_release(st, s);
	if (n == 1)
		return ZIO_OK;
	if (n > 1)
		return zio_err_set(err, ZIO_EUSAGE, "%s '%s' is ambiguous: %s; %s", what, key,
				   list, _(spec->hint));

	if (text_is_id(key)) {
		if (st_prepare(st, spec->by_id, &s, err))
			return ZIO_EDB;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)strtoll(key, NULL, 10));
		sqlite3_bind_int64(s, 2, scope);
		n = collect(s, 1, list, sizeof list, id);
		st_release(st, s);
		if (n == 1)
			return ZIO_OK;
		return zio_err_set(err, ZIO_EUSAGE, "no %s with id %s", what, key);
	}

	/* Unknown: offer names that contain the key, case-insensitively. */
	pattern[j++] = '%';
	for (const char *p = key; *p && j < sizeof pattern - 3; p++) {
		if (*p == '%' || *p == '_' || *p == '\\')
			pattern[j++] = '\\';
		pattern[j++] = *p;
	}
	pattern[j++] = '%';
	pattern[j] = '\0';
	if (st_prepare(st, spec->like, &s, err))
		return ZIO_EDB;
	sqlite3_bind_text(s, 1, pattern, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, scope);
	n = collect(s, 1, list, sizeof list, NULL);
	st_release(st, s);
	if (n > 0)
		return zio_err_set(err, ZIO_EUSAGE, "no %s '%s'; did you mean: %s", what, key, list);
	return zio_err_set(err, ZIO_EUSAGE, "no %s '%s' (zio %s list shows them)", what, key,
			   spec->command);
}

int st_find(struct store *st, const char *sql, int64_t scope, const char *name, int64_t *id,
	    struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	*id = 0;
	if (st_prepare(st, sql, &s, err))
		return ZIO_EDB;
	sqlite3_bind_int64(s, 1, scope);
	sqlite3_bind_text(s, 2, name, -1, SQLITE_STATIC);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		st_fail(st, rc, N_("lookup"), err);
	st_release(st, s);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? ZIO_OK : ZIO_EDB;
}
