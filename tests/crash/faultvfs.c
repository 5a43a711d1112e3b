/* A test-only SQLite VFS shim, loaded into zio with LD_PRELOAD (tests/crash/ and
 * tests/stress/): its constructor registers a VFS "faultvfs" that wraps the default "unix"
 * VFS, as the new default, so that every database zio opens goes through it.
 *
 * Only the main database file and its WAL are watched (SQLITE_OPEN_MAIN_DB, SQLITE_OPEN_WAL);
 * every xWrite, xSync and xRead on them is counted, in the order they happen, for the whole
 * process.
 * The environment says what to do:
 *
 *   FAULT_WRITE_AT=N        the Nth xWrite fails with SQLITE_IOERR_WRITE (nothing is written)
 *   FAULT_SYNC_AT=N         the Nth xSync fails with SQLITE_IOERR_FSYNC (nothing is synced)
 *   FAULT_STICKY=1          ... and so does every later one (a disk that stays broken)
 *   FAULT_COUNT=FILE        at exit, write "writes W syncs S faults F reads R" to FILE
 *   FAULT_TRACE=FILE        append a line per write and sync: "write N db|wal OFFSET AMOUNT",
 *                           "sync N db|wal"; "FAULT" at the end of the line that failed
 *   FAULT_STATS=FILE        at exit, append "sleeps N us U" to FILE: how often SQLite waited
 *                           for a lock (its busy handler sleeps through xSleep) and how long
 *   FAULT_HOOK_AT_READ=N    at the Nth xRead, before reading, run the shell command
 *   FAULT_HOOK_CMD=CMD      CMD (with system(), LD_PRELOAD and FAULT_* removed from its
 *                           environment) and wait for it: another program's write at a
 *                           chosen moment of a reader, to see whether it reads one snapshot
 *
 * The shim must load into the same libsqlite3 as zio, so zio must link SQLite dynamically;
 * FAULT_COUNT reports 0 writes when the shim is not in use, and the tests check for that. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

struct ffile {
	sqlite3_file base;     /* pMethods: one of ours, or NULL when the open failed */
	sqlite3_file *real;    /* the unix VFS's file, allocated right after this struct */
	int watched;           /* main db or WAL */
	const char *kind;      /* "db" or "wal" */
};

static sqlite3_vfs *real_vfs;
static sqlite3_vfs fvfs;
static long write_at, sync_at, hook_at;
static int sticky;
static long n_writes, n_syncs, n_reads, n_faults, n_sleeps;
static long long us_slept;
static const char *count_path, *trace_path, *stats_path;
static char *hook_cmd;

static long env_long(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? strtol(v, NULL, 10) : 0;
}

static void trace(const char *op, long n, const char *kind, sqlite3_int64 off, int amt, int fault)
{
	FILE *f;

	if (!trace_path || !(f = fopen(trace_path, "a")))
		return;
	if (amt >= 0)
		fprintf(f, "%s %ld %s %lld %d%s\n", op, n, kind, (long long)off, amt, fault ? " FAULT" : "");
	else
		fprintf(f, "%s %ld %s%s\n", op, n, kind, fault ? " FAULT" : "");
	fclose(f);
}

static int fires(long n, long at)
{
	if (at <= 0)
		return 0;
	return sticky ? n >= at : n == at;
}

#define REAL(f) (((struct ffile *)(f))->real)

static int f_close(sqlite3_file *f)
{
	int rc = REAL(f)->pMethods->xClose(REAL(f));
	f->pMethods = NULL;
	return rc;
}

static int f_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
	if (((struct ffile *)f)->watched && ++n_reads == hook_at && hook_cmd) {
		int rc;
		unsetenv("LD_PRELOAD");
		unsetenv("FAULT_HOOK_AT_READ");
		unsetenv("FAULT_HOOK_CMD");
		unsetenv("FAULT_COUNT");
		unsetenv("FAULT_TRACE");
		unsetenv("FAULT_STATS");
		rc = system(hook_cmd);
		if (trace_path) {
			FILE *t = fopen(trace_path, "a");
			if (t) {
				fprintf(t, "hook %ld exit %d\n", n_reads, rc);
				fclose(t);
			}
		}
	}
	return REAL(f)->pMethods->xRead(REAL(f), buf, amt, off);
}

static int f_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
	struct ffile *ff = (struct ffile *)f;

	if (ff->watched) {
		int fault = fires(++n_writes, write_at);
		trace("write", n_writes, ff->kind, off, amt, fault);
		if (fault) {
			n_faults++;
			return SQLITE_IOERR_WRITE;
		}
	}
	return REAL(f)->pMethods->xWrite(REAL(f), buf, amt, off);
}

static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int f_sync(sqlite3_file *f, int flags)
{
	struct ffile *ff = (struct ffile *)f;

	if (ff->watched) {
		int fault = fires(++n_syncs, sync_at);
		trace("sync", n_syncs, ff->kind, 0, -1, fault);
		if (fault) {
			n_faults++;
			return SQLITE_IOERR_FSYNC;
		}
	}
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int f_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int f_lock(sqlite3_file *f, int lock)
{
	return REAL(f)->pMethods->xLock(REAL(f), lock);
}

static int f_unlock(sqlite3_file *f, int lock)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), lock);
}

static int f_check_reserved(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int f_file_control(sqlite3_file *f, int op, void *arg)
{
	int rc = REAL(f)->pMethods->xFileControl(REAL(f), op, arg);

	/* PRAGMA vfs_list and friends name the VFS stack */
	if (op == SQLITE_FCNTL_VFSNAME && rc == SQLITE_OK && arg)
		*(char **)arg = sqlite3_mprintf("faultvfs/%z", *(char **)arg);
	return rc;
}

static int f_sector_size(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int f_device_characteristics(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int f_shm_map(sqlite3_file *f, int pg, int pgsz, int extend, void volatile **pp)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), pg, pgsz, extend, pp);
}

static int f_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}

static void f_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int f_shm_unmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}

static int f_fetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
	return REAL(f)->pMethods->xFetch(REAL(f), off, amt, pp);
}

static int f_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

/* One table per io_methods version, so that SQLite never calls a method the real file lacks. */
#define METHODS(v)                                                                          \
	{ v, f_close, f_read, f_write, f_truncate, f_sync, f_file_size, f_lock, f_unlock,   \
	  f_check_reserved, f_file_control, f_sector_size, f_device_characteristics,        \
	  v >= 2 ? f_shm_map : NULL, v >= 2 ? f_shm_lock : NULL, v >= 2 ? f_shm_barrier : NULL, \
	  v >= 2 ? f_shm_unmap : NULL, v >= 3 ? f_fetch : NULL, v >= 3 ? f_unfetch : NULL }
static const sqlite3_io_methods methods[3] = { METHODS(1), METHODS(2), METHODS(3) };

static int f_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out_flags)
{
	struct ffile *ff = (struct ffile *)f;
	int rc, v;

	(void)vfs;
	ff->real = (sqlite3_file *)(ff + 1);
	ff->watched = (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL)) != 0;
	ff->kind = flags & SQLITE_OPEN_WAL ? "wal" : "db";
	f->pMethods = NULL;
	rc = real_vfs->xOpen(real_vfs, name, ff->real, flags, out_flags);
	if (ff->real->pMethods) {
		v = ff->real->pMethods->iVersion;
		f->pMethods = &methods[(v < 1 ? 1 : v > 3 ? 3 : v) - 1];
	}
	return rc;
}

/* The rest of the VFS is the real one's; these only pass the real VFS along. */
static int v_delete(sqlite3_vfs *v, const char *n, int sync) { (void)v; return real_vfs->xDelete(real_vfs, n, sync); }
static int v_access(sqlite3_vfs *v, const char *n, int fl, int *out) { (void)v; return real_vfs->xAccess(real_vfs, n, fl, out); }
static int v_full_pathname(sqlite3_vfs *v, const char *n, int len, char *out) { (void)v; return real_vfs->xFullPathname(real_vfs, n, len, out); }
static void *v_dlopen(sqlite3_vfs *v, const char *n) { (void)v; return real_vfs->xDlOpen(real_vfs, n); }
static void v_dlerror(sqlite3_vfs *v, int len, char *out) { (void)v; real_vfs->xDlError(real_vfs, len, out); }
static void (*v_dlsym(sqlite3_vfs *v, void *h, const char *s))(void) { (void)v; return real_vfs->xDlSym(real_vfs, h, s); }
static void v_dlclose(sqlite3_vfs *v, void *h) { (void)v; real_vfs->xDlClose(real_vfs, h); }
static int v_randomness(sqlite3_vfs *v, int n, char *out) { (void)v; return real_vfs->xRandomness(real_vfs, n, out); }
static int v_sleep(sqlite3_vfs *v, int us)
{
	(void)v;
	n_sleeps++;
	us_slept += us;
	return real_vfs->xSleep(real_vfs, us);
}
static int v_current_time(sqlite3_vfs *v, double *t) { (void)v; return real_vfs->xCurrentTime(real_vfs, t); }
static int v_get_last_error(sqlite3_vfs *v, int n, char *s) { (void)v; return real_vfs->xGetLastError(real_vfs, n, s); }
static int v_current_time64(sqlite3_vfs *v, sqlite3_int64 *t) { (void)v; return real_vfs->xCurrentTimeInt64(real_vfs, t); }
static int v_set_syscall(sqlite3_vfs *v, const char *n, sqlite3_syscall_ptr p) { (void)v; return real_vfs->xSetSystemCall(real_vfs, n, p); }
static sqlite3_syscall_ptr v_get_syscall(sqlite3_vfs *v, const char *n) { (void)v; return real_vfs->xGetSystemCall(real_vfs, n); }
static const char *v_next_syscall(sqlite3_vfs *v, const char *n) { (void)v; return real_vfs->xNextSystemCall(real_vfs, n); }

static void report(void)
{
	FILE *f;

	if (count_path && (f = fopen(count_path, "w"))) {
		fprintf(f, "writes %ld syncs %ld faults %ld reads %ld\n", n_writes, n_syncs, n_faults, n_reads);
		fclose(f);
	}
	if (stats_path && (f = fopen(stats_path, "a"))) {   /* one short line: one write */
		fprintf(f, "sleeps %ld us %lld\n", n_sleeps, us_slept);
		fclose(f);
	}
}

__attribute__((constructor)) static void faultvfs_init(void)
{
	if (!(real_vfs = sqlite3_vfs_find("unix"))) {
		fprintf(stderr, "faultvfs: SQLite has no \"unix\" VFS\n");
		abort();
	}
	write_at = env_long("FAULT_WRITE_AT");
	sync_at = env_long("FAULT_SYNC_AT");
	sticky = env_long("FAULT_STICKY") != 0;
	hook_at = env_long("FAULT_HOOK_AT_READ");
	if (getenv("FAULT_HOOK_CMD") && *getenv("FAULT_HOOK_CMD"))
		hook_cmd = strdup(getenv("FAULT_HOOK_CMD"));   /* the environment is changed later */
	count_path = getenv("FAULT_COUNT");
	trace_path = getenv("FAULT_TRACE");
	stats_path = getenv("FAULT_STATS");
	if (count_path && !*count_path)
		count_path = NULL;
	if (trace_path && !*trace_path)
		trace_path = NULL;
	if (stats_path && !*stats_path)
		stats_path = NULL;

	fvfs = (sqlite3_vfs){
		.iVersion = real_vfs->iVersion < 3 ? real_vfs->iVersion : 3,
		.szOsFile = (int)sizeof(struct ffile) + real_vfs->szOsFile,
		.mxPathname = real_vfs->mxPathname,
		.zName = "faultvfs",
		.xOpen = f_open,
		.xDelete = v_delete,
		.xAccess = v_access,
		.xFullPathname = v_full_pathname,
		.xDlOpen = v_dlopen,
		.xDlError = v_dlerror,
		.xDlSym = v_dlsym,
		.xDlClose = v_dlclose,
		.xRandomness = v_randomness,
		.xSleep = v_sleep,
		.xCurrentTime = v_current_time,
		.xGetLastError = v_get_last_error,
		.xCurrentTimeInt64 = v_current_time64,
		.xSetSystemCall = v_set_syscall,
		.xGetSystemCall = v_get_syscall,
		.xNextSystemCall = v_next_syscall,
	};
	if (sqlite3_vfs_register(&fvfs, 1) != SQLITE_OK) {
		fprintf(stderr, "faultvfs: cannot register the VFS\n");
		abort();
	}
	if (count_path || stats_path)
		atexit(report);
}
