/* Backups with SQLite's online backup API: a consistent copy while others keep working, and
 * restoring one into the open database, so that other users' connections see it at once. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "schema.h"

/* Copy every page of `from` into `to` in one step (a read snapshot of the source). */
static int copy_db(sqlite3 *to, sqlite3 *from, const char *what, struct zio_err *err)
{
	sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
	int rc;

	if (!b)
		return zio_err_set(err, ZIO_EDB, "%s: %s", what, st_errmsg(to));
	do {
		rc = sqlite3_backup_step(b, -1);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(50);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE)
		return zio_err_set(err, ZIO_EDB, "%s: %s", what, st_errstr(rc));
	return ZIO_OK;
}

static int sync_dir_of(const char *path)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	int fd, rc;

	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else
		snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int store_backup_to(struct store *st, const char *path, struct zio_err *err)
{
	char tmp[4200];
	sqlite3 *dst = NULL;
	int fd, rc;

	if (access(path, F_OK) == 0)
		return zio_err_set(err, ZIO_EUSAGE, "%s already exists; zio never overwrites a backup", path);
	/* a temporary file in the target folder, renamed at the end: never half a backup */
	if (snprintf(tmp, sizeof tmp, "%s.tmp-XXXXXX", path) >= (int)sizeof tmp)
		return zio_err_set(err, ZIO_EUSAGE, "%s: path too long", path);
	if ((fd = mkstemp(tmp)) < 0)
		return zio_err_set(err, ZIO_EDB, "cannot create %s: %s", path, zio_strerror(errno));
	close(fd);   /* mkstemp makes it 0600: a backup names real people too */
	rc = sqlite3_open_v2(tmp, &dst, SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK) {
		zio_err_set(err, ZIO_EDB, "cannot create %s: %s", path, dst ? st_errmsg(dst) : st_errstr(rc));
		goto fail;
	}
	if (copy_db(dst, st->db, path, err))
		goto fail;
	/* a single file that opens on its own, whatever the source's journal mode */
	if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK) {
		zio_err_set(err, ZIO_EDB, "%s: %s", path, st_errmsg(dst));
		goto fail;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		dst = NULL;
		zio_err_set(err, ZIO_EDB, "%s: cannot close the copy", path);
		goto fail;
	}
	dst = NULL;
	if ((fd = open(tmp, O_RDONLY | O_CLOEXEC)) < 0 || fsync(fd) != 0) {
		zio_err_set(err, ZIO_EDB, "%s: %s", path, zio_strerror(errno));
		if (fd >= 0)
			close(fd);
		goto fail;
	}
	close(fd);
	/* link, not rename: a file that appeared meanwhile is not overwritten either */
	if (link(tmp, path) != 0) {
		zio_err_set(err, errno == EEXIST ? ZIO_EUSAGE : ZIO_EDB, "cannot write %s: %s", path, zio_strerror(errno));
		goto fail;
	}
	unlink(tmp);
	sync_dir_of(path);
	return ZIO_OK;
fail:
	if (dst)
		sqlite3_close(dst);
	unlink(tmp);
	return err && err->code ? err->code : ZIO_EDB;
}

/* Open path read-only and check that it is a zio database this program can read. */
static int open_source(const char *path, sqlite3 **out, int *version, struct zio_err *err)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	int app = 0, rc;
	const char *ok;

	*out = NULL;
	if (access(path, R_OK) != 0)
		return zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, zio_strerror(errno));
	rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc != SQLITE_OK)
		goto sqlerr;
	if ((rc = sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &s, NULL)) != SQLITE_OK ||
	    (rc = sqlite3_step(s)) != SQLITE_ROW)
		goto sqlerr;
	app = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	s = NULL;
	if (app != ZIO_APPLICATION_ID) {
		sqlite3_close(db);
		return zio_err_set(err, ZIO_EDB, "%s: not a zio database", path);
	}
	if ((rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL)) != SQLITE_OK ||
	    (rc = sqlite3_step(s)) != SQLITE_ROW)
		goto sqlerr;
	*version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	s = NULL;
	if (*version > schema_count()) {
		sqlite3_close(db);
		return zio_err_set(err, ZIO_EDB, "%s: schema version %d is newer than this zio knows (%d)", path,
				   *version, schema_count());
	}
	if ((rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &s, NULL)) != SQLITE_OK ||
	    (rc = sqlite3_step(s)) != SQLITE_ROW)
		goto sqlerr;
	ok = (const char *)sqlite3_column_text(s, 0);
	if (!ok || strcmp(ok, "ok") != 0) {
		zio_err_set(err, ZIO_EDB, "%s: damaged (%s); not restored", path, ok ? ok : "?");
		sqlite3_finalize(s);
		sqlite3_close(db);
		return ZIO_EDB;
	}
	sqlite3_finalize(s);
	*out = db;
	return ZIO_OK;
sqlerr:
	if ((rc & 0xff) == SQLITE_NOTADB)
		zio_err_set(err, ZIO_EDB, "%s: not a zio database (not an SQLite file)", path);
	else
		zio_err_set(err, ZIO_EDB, "%s: %s", path, db ? st_errmsg(db) : st_errstr(rc));
	sqlite3_finalize(s);
	if (db)
		sqlite3_close(db);
	return ZIO_EDB;
}

int store_backup_check(const char *path, struct zio_err *err)
{
	sqlite3 *src;
	int version;

	if (open_source(path, &src, &version, err))
		return ZIO_EDB;
	sqlite3_close(src);
	return ZIO_OK;
}

int store_restore_from(struct store *st, const char *path, struct zio_err *err)
{
	sqlite3 *src;
	int version = 0, rc;

	if (open_source(path, &src, &version, err))
		return ZIO_EDB;
	st_cache_clear(st);   /* prepared statements would keep the old schema locked */
	rc = copy_db(st->db, src, path, err);
	sqlite3_close(src);
	if (rc)
		return rc;
	return store_migrate(st, version, err);
}
