/* Opening, checking, migrating the database file; transactions; shared helpers. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "internal.h"
#include "schema.h"

const char *store_sqlite_version(void)
{
	return sqlite3_libversion();
}

int store_schema_latest(void)
{
	return schema_count();
}

int st_prepare(struct store *st, const char *sql, sqlite3_stmt **stmt, struct zio_err *err)
{
	struct st_cached *free_slot = NULL;
	int rc;

	for (int i = 0; i < ST_CACHE; i++) {
		struct st_cached *c = &st->cache[i];
		if (c->sql == sql && !c->in_use) {
			c->in_use = 1;
			*stmt = c->stmt;
			return ZIO_OK;
		}
		if (!c->sql && !free_slot)
			free_slot = c;
	}
	rc = sqlite3_prepare_v3(st->db, sql, -1, free_slot ? SQLITE_PREPARE_PERSISTENT : 0, stmt, NULL);
	if (rc != SQLITE_OK) {
		*stmt = NULL;
		return zio_err_set(err, ZIO_EDB, "%s: %s", st->path, st_errmsg(st->db));
	}
	if (free_slot)
		*free_slot = (struct st_cached){ sql, *stmt, 1 };
	return ZIO_OK;
}

void st_release(struct store *st, sqlite3_stmt *stmt)
{
	if (!stmt)
		return;
	for (int i = 0; i < ST_CACHE; i++)
		if (st->cache[i].stmt == stmt) {
			sqlite3_reset(stmt);
			sqlite3_clear_bindings(stmt);
			st->cache[i].in_use = 0;
			return;
		}
	sqlite3_finalize(stmt);
}

void st_cache_clear(struct store *st)
{
	for (int i = 0; i < ST_CACHE; i++) {
		if (st->cache[i].stmt)
			sqlite3_finalize(st->cache[i].stmt);
		st->cache[i] = (struct st_cached){ 0 };
	}
}

/* The messages of the schema's triggers (RAISE in schema.c), for the catalogue: the migrations
 * are frozen, so the English text stays in the database and st_fail translates it. Keep this
 * list equal to the RAISE texts of schema.c. */
static const char *const trigger_messages[] __attribute__((unused)) = {
	N_("an approved week is reopened only with a reason on record (zio timesheet reopen --reason)"),
	N_("an approved week cannot be removed"),
	N_("the sign-off record (who submitted, approved, disputed or reopened a week, and when) cannot be changed"),
	N_("that week's hours are approved: reopen the timesheet first (zio timesheet reopen)"),
	N_("the audit trail cannot be changed"),
	N_("not allowed: a contract user reads and exports, and changes nothing"),
	N_("not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users"),
	N_("not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider"),
	N_("not allowed: a school user does not plan or log; the provider's team lead does"),
	N_("not allowed: a team lead does not change closures or holidays; the school does"),
	N_("not allowed: a school user changes only the closures and study days of their own school"),
	N_("not allowed: a team lead submits only their own provider's timesheets; the school approves them"),
	N_("not allowed: a school user approves, disputes or reopens only their own school's timesheets"),
};

/* The `what` of st_fail and st_step_done in shift.c and hours.c, and the field names those
 * files give text_check_*, which translate them (the other files mark theirs with N_). */
static const char *const store_names[] __attribute__((unused)) = {
	N_("pattern"), N_("shift"), N_("a shift of this pattern on this day"), N_("team"),
	N_("log entry"), N_("class minutes"), N_("timesheet"), N_("note"), N_("cancel reason"),
};

/* The result codes a user meets, by primary code; the others keep SQLite's words. */
static const char *code_text(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED: return N_("the database is busy (another program holds a lock); try again");
	case SQLITE_NOMEM: return N_("out of memory");
	case SQLITE_READONLY: return N_("the database is read-only (no permission to write it?)");
	case SQLITE_IOERR: return N_("input/output error on the database file");
	case SQLITE_CORRUPT: return N_("the database file is damaged (zio restore puts back a backup)");
	case SQLITE_FULL: return N_("the disk is full");
	case SQLITE_CANTOPEN: return N_("cannot open the database file");
	case SQLITE_PROTOCOL: return N_("the database lock failed; try again");
	case SQLITE_TOOBIG: return N_("a value is too large");
	case SQLITE_NOTADB: return N_("not a database file");
	case SQLITE_PERM: return N_("permission denied");
	case SQLITE_AUTH: return N_("not authorised");
	case SQLITE_INTERRUPT: return N_("interrupted");
	default: return NULL;
	}
}

const char *st_errstr(int rc)
{
	static char buf[256];
	const char *t = code_text(rc);

	if (t)
		return _(t);
	snprintf(buf, sizeof buf, _("database error: %s"), sqlite3_errstr(rc));
	return buf;
}

const char *st_errmsg(sqlite3 *db)
{
	static char buf[ZIO_ERR_MAX];
	int rc = sqlite3_extended_errcode(db), sys = sqlite3_system_errno(db);
	const char *t = code_text(rc);

	if (!t) {
		snprintf(buf, sizeof buf, _("database error: %s"), sqlite3_errmsg(db));
		return buf;
	}
	/* a disk or open error: the system's reason says what to do about it */
	if (sys && ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_FULL))
		snprintf(buf, sizeof buf, "%s (%s)", _(t), zio_strerror(sys));
	else
		snprintf(buf, sizeof buf, "%s", _(t));
	return buf;
}

int st_fail(struct store *st, int rc, const char *what, struct zio_err *err)
{
	int ext = sqlite3_extended_errcode(st->db);

	what = _(what);
	if ((rc & 0xff) == SQLITE_CONSTRAINT) {
		if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
			return zio_err_set(err, ZIO_ERULE, "%s already exists", what);
		if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
			return zio_err_set(err, ZIO_ERULE, "%s is still in use", what);
		if (ext == SQLITE_CONSTRAINT_TRIGGER)   /* a trigger's RAISE text: translated */
			return zio_err_set(err, strncmp(sqlite3_errmsg(st->db), "not allowed:", 12) ? ZIO_ERULE : ZIO_EPERM,
					   "%s", _(sqlite3_errmsg(st->db)));
		return zio_err_set(err, ZIO_EUSAGE, "%s: value out of range", what);
	}
	return zio_err_set(err, ZIO_EDB, "%s: %s", st->path, st_errmsg(st->db));   /* busy, full, damaged... */
}

int st_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (!v || !*v)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

int st_bind_date(sqlite3_stmt *s, int i, struct date d)
{
	char buf[DATE_STR_LEN];
	if (d.y == 0)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, date_format(d, buf), -1, SQLITE_TRANSIENT);
}

struct date st_column_date(sqlite3_stmt *s, int i)
{
	struct date d = { 0, 0, 0 };
	const char *t = (const char *)sqlite3_column_text(s, i);
	if (t && date_parse(t, &d, NULL) != ZIO_OK)
		d = (struct date){ 0, 0, 0 };
	return d;
}

void st_column_copy(sqlite3_stmt *s, int i, char *buf, size_t len)
{
	const char *t = (const char *)sqlite3_column_text(s, i);
	snprintf(buf, len, "%s", t ? t : "");
}

int st_step_done(struct store *st, sqlite3_stmt *s, const char *what, struct zio_err *err)
{
	int rc = sqlite3_step(s);
	int status = rc == SQLITE_DONE ? ZIO_OK : st_fail(st, rc, what, err);
	st_release(st, s);
	return status;
}

int st_grow(void *parray, size_t *cap, size_t n, size_t size)
{
	void *v, *nv;
	size_t ncap;

	if (n < *cap)
		return ZIO_OK;
	memcpy(&v, parray, sizeof v);   /* the caller's T *, without punning its type */
	ncap = *cap ? *cap * 2 : 32;
	if (!(nv = realloc(v, ncap * size)))
		return ZIO_EDB;
	memcpy(parray, &nv, sizeof nv);
	*cap = ncap;
	return ZIO_OK;
}

int st_vec_push(struct st_vec *vec, const void *row)
{
	if (st_grow(&vec->v, &vec->cap, vec->n, vec->size))
		return ZIO_EDB;
	memcpy((char *)vec->v + vec->n++ * vec->size, row, vec->size);
	return 0;
}

int st_vec_finish(struct st_vec *vec, int rc, void *out, size_t *n, struct zio_err *err)
{
	void *none = NULL;

	if (rc) {
		free(vec->v);
		memcpy(out, &none, sizeof none);
		*n = 0;
		return rc == ZIO_EDB && err && !err->msg[0] ? zio_err_set(err, ZIO_EDB, "out of memory") : rc;
	}
	memcpy(out, &vec->v, sizeof vec->v);   /* the caller's T **, as st_grow does */
	*n = vec->n;
	return ZIO_OK;
}

int st_count(struct store *st, const char *sql, int64_t id, int64_t *n, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc;

	if (st_prepare(st, sql, &s, err))
		return err ? err->code : ZIO_EDB;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		rc = st_fail(st, rc, N_("count"), err);
		st_release(st, s);
		return rc;
	}
	*n = sqlite3_column_int64(s, 0);
	st_release(st, s);
	return ZIO_OK;
}

static int exec(struct store *st, const char *sql, struct zio_err *err)
{
	if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return zio_err_set(err, ZIO_EDB, "%s: %s", st->path, st_errmsg(st->db));
	return ZIO_OK;
}

static int pragma_int(struct store *st, const char *sql, int *out, struct zio_err *err)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);

	if (rc == SQLITE_OK) {
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(s, 0);
			rc = SQLITE_OK;
		}
	}
	st_release(st, s);
	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_NOTADB)
			return zio_err_set(err, ZIO_EDB, "%s: not a zio database (not an SQLite file)",
					   st->path);
		return zio_err_set(err, ZIO_EDB, "%s: %s", st->path, st_errmsg(st->db));
	}
	return ZIO_OK;
}

int store_schema_version(struct store *st)
{
	int v = -1;
	pragma_int(st, "PRAGMA user_version", &v, NULL);
	return v;
}

/* The session row says who writes, for the access and audit triggers; cleared again before
 * the commit, so that a writer other than zio is never taken for this user. */
static int session_set(struct store *st, bool set, struct zio_err *err)
{
	sqlite3_stmt *s;
	char at[32];

	if (!st->actor_set)
		return ZIO_OK;
	if (st_prepare(st, "UPDATE session SET login = ?, role = ?, provider_id = ?, school_id = ?, at = ? WHERE id = 1",
		       &s, err))
		return ZIO_EDB;
	if (set) {
		if (st->clock) {
			st->clock(at);
			st_bind_text(s, 5, at);
		}
		st_bind_text(s, 1, st->actor_login);
		st_bind_text(s, 2, st->actor_role);
		if (st->actor_provider)
			sqlite3_bind_int64(s, 3, st->actor_provider);
		if (st->actor_school)
			sqlite3_bind_int64(s, 4, st->actor_school);
	}
	return st_step_done(st, s, N_("session"), err);
}

int store_begin(struct store *st, struct zio_err *err)
{
	if (exec(st, "BEGIN IMMEDIATE", err))
		return ZIO_EDB;
	if (session_set(st, true, err)) {
		store_rollback(st);
		return ZIO_EDB;
	}
	return ZIO_OK;
}

int store_read_begin(struct store *st, struct zio_err *err)
{
	int v;

	/* a deferred BEGIN takes its snapshot at the first read: read now */
	if (exec(st, "BEGIN", err))
		return ZIO_EDB;
	return pragma_int(st, "SELECT count(*) FROM sqlite_schema", &v, err);
}

int store_commit(struct store *st, struct zio_err *err)
{
	int rc = session_set(st, false, err);

	if (rc == ZIO_OK)
		rc = exec(st, "COMMIT", err);
	if (rc != ZIO_OK)
		store_rollback(st);
	return rc;
}

void store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

int store_migrate(struct store *st, int from, struct zio_err *err)
{
	char sql[64];

	for (int v = from + 1; v <= schema_count(); v++) {
		if (store_begin(st, err))
			return err ? err->code : ZIO_EDB;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v);
		for (int part = 0; schema_migration(v, part); part++)
			if (exec(st, schema_migration(v, part), err)) {
				store_rollback(st);
				return ZIO_EDB;
			}
		if (exec(st, sql, err)) {
			store_rollback(st);
			return ZIO_EDB;
		}
		if (v == 1) {
			snprintf(sql, sizeof sql, "PRAGMA application_id = %d", ZIO_APPLICATION_ID);
			if (exec(st, sql, err)) {
				store_rollback(st);
				return ZIO_EDB;
			}
		}
		if (store_commit(st, err))
			return ZIO_EDB;
	}
	return ZIO_OK;
}

/* Create the file ourselves with O_EXCL so that two inits cannot race and no existing file is
 * ever overwritten, and with mode 0600: rosters name real people. */
static int create_file(const char *path, const struct store_options *opt, struct zio_err *err)
{
	bool shared = opt && opt->group_set && opt->group >= 0;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, shared ? 0660 : 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			return zio_err_set(err, ZIO_EDB, "%s already exists; zio init never overwrites a database",
					   path);
		return zio_err_set(err, ZIO_EDB, "cannot create %s: %s", path, zio_strerror(errno));
	}
	/* a team that shares the file: its group may read and write, nobody else (the umask
	 * must not take the group's bits away) */
	if (shared && (fchown(fd, (uid_t)-1, (gid_t)opt->group) != 0 || fchmod(fd, 0660) != 0)) {
		int e = errno;
		close(fd);
		unlink(path);
		return zio_err_set(err, ZIO_EDB, "cannot give %s to group %ld: %s", path, opt->group, zio_strerror(e));
	}
	close(fd);
	return ZIO_OK;
}

const char *store_network_fs_name(long f_type)
{
	/* the magic numbers of statfs(2) */
	static const struct { unsigned long magic; const char *name; } net[] = {
		{ 0x6969, "NFS" }, { 0x517B, "SMB" }, { 0xFF534D42, "CIFS" }, { 0xFE534D42, "SMB2" },
		{ 0x65735546, "FUSE" }, { 0x01021997, "9P" }, { 0x00C36400, "Ceph" }, { 0x5346414F, "AFS" },
		{ 0x73757245, "Coda" }, { 0x564C, "NCP" }, { 0x47504653, "GPFS" }, { 0x0BD00BD0, "Lustre" },
	};
	for (size_t i = 0; i < sizeof net / sizeof net[0]; i++)
		if ((unsigned long)f_type == net[i].magic)
			return net[i].name;
	return NULL;
}

/* SQLite's WAL needs shared memory and POSIX locks that network filesystems do not keep:
 * two users there would corrupt the file, so zio refuses before opening it. */
static int check_local(const char *path, struct zio_err *err)
{
	struct statfs fs;
	const char *name;

	if (statfs(path, &fs) != 0)
		return ZIO_OK;   /* stat and open report what is wrong with the path */
	if ((name = store_network_fs_name((long)fs.f_type)))
		return zio_err_set(err, ZIO_EDB,
				   "%s is on a network filesystem (%s): SQLite's locking does not work there and "
				   "the file could be damaged; keep the database on a local disk of the server",
				   path, name);
	return ZIO_OK;
}

/* Before a migration changes the schema, a copy of the file as it was: the way back. Kept
 * once per schema version (an earlier attempt's copy is not replaced). */
static int backup_before_migration(struct store *st, int from, struct zio_err *err)
{
	char path[4200];

	if (from < 1 || from >= schema_count())
		return ZIO_OK;
	snprintf(path, sizeof path, "%s.schema-v%d.bak", st->path, from);
	if (access(path, F_OK) == 0)
		return ZIO_OK;
	if (store_backup_to(st, path, err))
		return zio_err_set(err, ZIO_EDB, "no backup before upgrading the schema, so no upgrade: %s", err->msg);
	return ZIO_OK;
}

static int check_identity(struct store *st, bool created, struct zio_err *err)
{
	int app = 0, version = 0, tables = 0;

	if (pragma_int(st, "PRAGMA application_id", &app, err) ||
	    pragma_int(st, "PRAGMA user_version", &version, err) ||
	    pragma_int(st, "SELECT count(*) FROM sqlite_schema", &tables, err))
		return ZIO_EDB;
	if (created)
		return ZIO_OK;
	if (app != ZIO_APPLICATION_ID) {
		if (app == 0 && version == 0 && tables == 0)
			return zio_err_set(err, ZIO_EDB, "%s: empty file, not a zio database (create one with zio init)",
					   st->path);
		return zio_err_set(err, ZIO_EDB, "%s: not a zio database (application_id %#x)", st->path,
				   (unsigned)app);
	}
	if (version > schema_count())
		return zio_err_set(err, ZIO_EDB,
				   "%s: database schema version %d is newer than this zio knows (%d); upgrade zio",
				   st->path, version, schema_count());
	return ZIO_OK;
}

int store_open(const char *path, enum store_mode mode, const struct store_options *opt,
	       struct store **out, struct zio_err *err)
{
	struct store *st;
	struct stat sb;
	int rc, flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;

	*out = NULL;
	if (mode == STORE_CREATE) {
		if (create_file(path, opt, err))
			return ZIO_EDB;
	} else if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return zio_err_set(err, ZIO_EDB, "no database at %s (create one with: zio init)", path);
		return zio_err_set(err, ZIO_EDB, "cannot open %s: %s", path, zio_strerror(errno));
	} else if (!S_ISREG(sb.st_mode)) {
		return zio_err_set(err, ZIO_EDB, "%s: not a regular file", path);
	} else if (access(path, R_OK | W_OK) != 0) {
		return zio_err_set(err, ZIO_EDB, "cannot open %s: %s", path, zio_strerror(errno));
	}
	if (check_local(path, err)) {
		if (mode == STORE_CREATE)
			unlink(path);
		return ZIO_EDB;
	}

	st = calloc(1, sizeof *st);
	if (!st || !(st->path = strdup(path))) {
		free(st);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	rc = sqlite3_open_v2(path, &st->db, flags, NULL);
	if (rc != SQLITE_OK) {
		zio_err_set(err, ZIO_EDB, "cannot open %s: %s", path,
			    st->db ? st_errmsg(st->db) : st_errstr(rc));
		goto fail;
	}
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, opt && opt->busy_timeout_ms > 0 ? opt->busy_timeout_ms : 30000);
	/* Identity first, read-only: a foreign file must not be touched, not even by the WAL switch. */
	if (check_identity(st, mode == STORE_CREATE, err))
		goto fail;
	if (exec(st, "PRAGMA foreign_keys = ON", err) ||
	    exec(st, "PRAGMA journal_mode = WAL", err) ||
	    exec(st, "PRAGMA synchronous = FULL", err) ||
	    /* the statement journals of triggered inserts in memory, not /var/tmp per row */
	    exec(st, "PRAGMA temp_store = MEMORY", err))
		goto fail;
	if (backup_before_migration(st, store_schema_version(st), err) ||
	    store_migrate(st, store_schema_version(st), err))
		goto fail;
	*out = st;
	return ZIO_OK;
fail:
	store_close(st);
	if (mode == STORE_CREATE)
		unlink(path);
	return err ? (err->code ? err->code : ZIO_EDB) : ZIO_EDB;
}

void store_close(struct store *st)
{
	if (!st)
		return;
	st_cache_clear(st);
	if (st->db)
		store_rollback(st);   /* a read snapshot, or a failed write */
	if (st->db)
		sqlite3_close_v2(st->db);
	free(st->path);
	free(st);
}

int store_data_version(struct store *st, int64_t *v, struct zio_err *err)
{
	int n = 0;
	int rc = pragma_int(st, "PRAGMA data_version", &n, err);
	*v = n;
	return rc;
}
