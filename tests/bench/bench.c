/* zio-bench: the benchmark that make bench runs (not a user command).
 *
 *   build/zio-bench --zio build/zio --dir build/bench [--runs N] [--scales school,region,national]
 *
 * Against the databases build/zio-gen made in DIR (school.db, region.db, national.db) it times
 * whole processes of zio, each started with fork and exec and waited for with wait4: the wall
 * time from fork to the end of wait4, and the child's peak resident memory (ru_maxrss). Every
 * operation runs once to warm the page cache, then N times (fewer for slow ones); the table
 * shows the median and the maximum. Beside the export, zio today and the budget report it times
 * the sqlite3 command-line tool printing the same rows as CSV from the same file: the physical
 * floor, and zio's ratio to it.
 *
 * The week planner runs on a pseudo-terminal (120x40) with ZIO_BENCH_FRAMES=1 (draw the first
 * frame, quit) or 2 (then the next week; zio prints that redraw's time on stderr, which is the
 * figure shown: a process cannot be timed from outside for one redraw).
 *
 * Last, the query plans: every statement zio runs for these operations, run here in-process
 * on the region database and caught with sqlite3_trace_v2, goes through EXPLAIN QUERY PLAN;
 * a full scan of shift or log_entry is reported as a failure (exit 1). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "zio/config.h"
#include "zio/export.h"
#include "zio/plan.h"
#include "zio/report.h"
#include "zio/weekgrid.h"

#define BENCH_TODAY "2025-01-30"   /* the midpoint of the generated school year 2024-2025 */
#define BENCH_MAX_ROWS 64
#define BENCH_MAX_RUNS 15
#define BENCH_BUDGET_MS 6000.0     /* per operation: fewer runs for the slow ones */

struct bench {
	const char *zio, *dir;
	int runs;
	const char *only;          /* run only the operations whose name contains this */
	bool show_sql;             /* print the floor's SQL */
};

/* What a scale's operations are about, read from its database. */
struct scale {
	const char *name;
	char db[PATH_MAX];
	char week_now[WEEK_STR_LEN], week_next[WEEK_STR_LEN], week_recent[WEEK_STR_LEN], week_oldest[WEEK_STR_LEN];
	struct date now_mon, next_mon, recent_mon, oldest_mon, to_date;
	char year[SCHOOLYEAR_STR_LEN], next_year[SCHOOLYEAR_STR_LEN];
	int sy;
};

struct row {
	char op[64];
	const char *scale;
	long long rows;
	double med, max;
	double cpu;                /* median user + system time of the process: what load cannot inflate */
	double peak_mb;
	double floor_med;          /* < 0: no floor */
	int runs;
};

static struct row bench_rows[BENCH_MAX_ROWS];
static int bench_nrows;

static double bench_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int bench_cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double bench_median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, bench_cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One child process. */
struct spawn {
	char *const *argv;
	const char *out;           /* stdout to this file ("/dev/null" when NULL) */
	bool pty;                  /* stdin and stdout a pseudo-terminal */
	const char *frames;        /* ZIO_BENCH_FRAMES */
	bool may_fail;             /* exit status 1 is an answer (zio check found errors) */
};

struct spawned {
	double ms, inproc_ms;      /* wall time; the redraw time zio printed (-1: none) */
	double cpu_ms;             /* user + system time */
	long maxrss_kb;
	int status;
	char err[512];             /* the start of its stderr */
};

/* Read what the child writes to the terminal, so that it never blocks on a full one. */
static void bench_drain_pty(int master)
{
	char buf[8192];

	for (;;) {
		struct pollfd p = { master, POLLIN, 0 };
		if (poll(&p, 1, 10000) <= 0)
			return;
		ssize_t n = read(master, buf, sizeof buf);
		if (n <= 0 && !(n < 0 && errno == EINTR))
			return;   /* EIO: every copy of the slave side is closed, the child is gone */
	}
}

static int bench_spawn(const struct spawn *sp, const char *errpath, struct spawned *out)
{
	int master = -1, slave = -1, errfd;
	double t0;
	struct rusage ru;
	pid_t pid;

	memset(out, 0, sizeof *out);
	out->inproc_ms = -1;
	errfd = open(errpath, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (errfd < 0) {
		fprintf(stderr, "zio-bench: %s: %s\n", errpath, strerror(errno));
		return -1;
	}
	if (sp->pty) {
		struct winsize ws = { .ws_row = 40, .ws_col = 120 };
		if (openpty(&master, &slave, NULL, NULL, &ws) != 0) {
			fprintf(stderr, "zio-bench: openpty: %s\n", strerror(errno));
			close(errfd);
			return -1;
		}
	}
	t0 = bench_now_ms();
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "zio-bench: fork: %s\n", strerror(errno));
		close(errfd);
		if (sp->pty) {
			close(master);
			close(slave);
		}
		return -1;
	}
	if (pid == 0) {
		int out_fd;
		if (sp->pty) {
			setsid();
			ioctl(slave, TIOCSCTTY, 0);
			dup2(slave, 0);
			dup2(slave, 1);
			close(master);
			close(slave);
		} else {
			out_fd = open(sp->out ? sp->out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0600);
			int in_fd = open("/dev/null", O_RDONLY);
			if (out_fd < 0 || in_fd < 0)
				_exit(126);
			dup2(in_fd, 0);
			dup2(out_fd, 1);
		}
		dup2(errfd, 2);
		if (sp->frames)
			setenv("ZIO_BENCH_FRAMES", sp->frames, 1);
		execvp(sp->argv[0], sp->argv);
		_exit(127);
	}
	if (sp->pty) {
		close(slave);
		bench_drain_pty(master);
		close(master);
	}
	while (wait4(pid, &out->status, 0, &ru) < 0)
		if (errno != EINTR) {
			fprintf(stderr, "zio-bench: wait4: %s\n", strerror(errno));
			close(errfd);
			return -1;
		}
	out->ms = bench_now_ms() - t0;
	out->cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
		      (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	out->maxrss_kb = ru.ru_maxrss;
	if (lseek(errfd, 0, SEEK_SET) == 0) {
		ssize_t n = read(errfd, out->err, sizeof out->err - 1);
		out->err[n > 0 ? n : 0] = '\0';
		const char *m = strstr(out->err, "next week drawn in ");
		if (m)
			out->inproc_ms = strtod(m + strlen("next week drawn in "), NULL);
	}
	close(errfd);
	if (!WIFEXITED(out->status) || (WEXITSTATUS(out->status) != 0 && !(sp->may_fail && WEXITSTATUS(out->status) == 1))) {
		fprintf(stderr, "zio-bench: %s failed (status %d): %s\n", sp->argv[0], out->status, out->err);
		return -1;
	}
	return 0;
}

/* Copy a file (the database a plan fill writes to), not timed. */
static int bench_copy(const char *from, const char *to)
{
	int in = open(from, O_RDONLY | O_CLOEXEC), out;
	char buf[1 << 16];
	ssize_t n;

	if (in < 0)
		return -1;
	out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (out < 0) {
		close(in);
		return -1;
	}
	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n) {
			n = -1;
			break;
		}
	close(in);
	if (close(out) != 0 || n < 0)
		return -1;
	return 0;
}

/* Before every run of an operation that writes (plan fill): a fresh copy of the database. */
struct prepare {
	const char *from, *to;
};

static int bench_prepare(const struct prepare *p, const char *dir)
{
	char side[PATH_MAX + 8];

	if (!p)
		return 0;
	for (int i = 0; i < 2; i++) {
		snprintf(side, sizeof side, "%s%s", p->to, i ? "-shm" : "-wal");
		unlink(side);
	}
	if (bench_copy(p->from, p->to) != 0) {
		fprintf(stderr, "zio-bench: cannot copy %s to %s (in %s): %s\n", p->from, p->to, dir, strerror(errno));
		return -1;
	}
	return 0;
}

/* Time sp: a warm-up, then up to b->runs runs within the time budget. in_process: the table
 * shows the redraw time zio printed instead of the process's. */
static int bench_measure(const struct bench *b, const struct spawn *sp, const struct prepare *prep, bool in_process,
			 double *med, double *max, double *cpu, double *peak_mb, int *runs)
{
	char errpath[PATH_MAX];
	double t[BENCH_MAX_RUNS], c[BENCH_MAX_RUNS];
	struct spawned r;
	long peak = 0;
	int n;

	snprintf(errpath, sizeof errpath, "%s/stderr.txt", b->dir);
	if (bench_prepare(prep, b->dir) || bench_spawn(sp, errpath, &r))
		return -1;
	n = r.ms > 0 ? (int)(BENCH_BUDGET_MS / r.ms) : b->runs;
	n = n < 3 ? 3 : n > b->runs ? b->runs : n;
	for (int i = 0; i < n; i++) {
		if (bench_prepare(prep, b->dir) || bench_spawn(sp, errpath, &r))
			return -1;
		if (in_process && r.inproc_ms < 0) {
			fprintf(stderr, "zio-bench: zio printed no redraw time (ZIO_BENCH_FRAMES): %s\n", r.err);
			return -1;
		}
		t[i] = in_process ? r.inproc_ms : r.ms;
		c[i] = r.cpu_ms;
		peak = r.maxrss_kb > peak ? r.maxrss_kb : peak;
	}
	*max = 0;
	for (int i = 0; i < n; i++)
		*max = t[i] > *max ? t[i] : *max;
	*med = bench_median(t, n);
	*cpu = in_process ? -1 : bench_median(c, n);
	*peak_mb = (double)peak / 1024.0;
	*runs = n;
	return 0;
}

static struct row *bench_add(const char *op, const struct scale *sc, long long rows)
{
	struct row *r;

	if (bench_nrows == BENCH_MAX_ROWS)
		return NULL;
	r = &bench_rows[bench_nrows++];
	memset(r, 0, sizeof *r);
	snprintf(r->op, sizeof r->op, "%s", op);
	r->scale = sc->name;
	r->rows = rows;
	r->floor_med = -1;
	return r;
}

/* --- the database: the parameters of a scale and the rows an operation touches ---------- */

static int bench_sql_int(sqlite3 *db, const char *sql, long long *out)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);

	if (rc != SQLITE_OK) {
		fprintf(stderr, "zio-bench: %s: %s\n", sql, sqlite3_errmsg(db));
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	else
		fprintf(stderr, "zio-bench: %s: %s\n", sql, sqlite3_errmsg(db));
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

static int bench_sql_date(sqlite3 *db, const char *sql, struct date *out)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL), ok = -1;

	if (rc != SQLITE_OK) {
		fprintf(stderr, "zio-bench: %s: %s\n", sql, sqlite3_errmsg(db));
		return -1;
	}
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0) &&
	    date_parse((const char *)sqlite3_column_text(s, 0), out, NULL) == ZIO_OK)
		ok = 0;
	else
		fprintf(stderr, "zio-bench: %s: no answer (an empty database?)\n", sql);
	sqlite3_finalize(s);
	return ok;
}

/* Count rows with sql, a printf format over the scale's dates. */
static long long bench_count(sqlite3 *db, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static long long bench_count(sqlite3 *db, const char *fmt, ...)
{
	char sql[2048];
	long long n = -1;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sql, sizeof sql, fmt, ap);
	va_end(ap);
	if (bench_sql_int(db, sql, &n))
		return -1;
	return n;
}

static int bench_scale_open(const struct bench *b, struct scale *sc, sqlite3 **db)
{
	struct date today, last, first;

	snprintf(sc->db, sizeof sc->db, "%s/%s.db", b->dir, sc->name);
	if (sqlite3_open_v2(sc->db, db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "zio-bench: %s: %s (make bench makes it with build/zio-gen)\n", sc->db, sqlite3_errmsg(*db));
		sqlite3_close(*db);
		*db = NULL;
		return -1;
	}
	if (date_parse(BENCH_TODAY, &today, NULL) ||
	    bench_sql_date(*db, "SELECT max(date) FROM log_entry", &last) ||
	    bench_sql_date(*db, "SELECT min(date) FROM log_entry", &first))
		return -1;
	sc->now_mon = date_from_isoweek(date_isoweek(today), 1);
	sc->next_mon = date_add_days(sc->now_mon, 7);
	sc->recent_mon = date_from_isoweek(date_isoweek(last), 1);
	sc->oldest_mon = date_from_isoweek(date_isoweek(first), 1);
	date_format_isoweek(date_isoweek(sc->now_mon), sc->week_now);
	date_format_isoweek(date_isoweek(sc->next_mon), sc->week_next);
	date_format_isoweek(date_isoweek(sc->recent_mon), sc->week_recent);
	date_format_isoweek(date_isoweek(sc->oldest_mon), sc->week_oldest);
	sc->sy = date_school_year(today);
	date_format_school_year(sc->sy, sc->year);
	date_format_school_year(sc->sy + 1, sc->next_year);
	/* the budget report's "to date": the last Sunday on or before today */
	sc->to_date = date_add_days(sc->now_mon, -1);
	return 0;
}

/* --- the floor: the sqlite3 command-line tool printing the same rows as CSV ------------- */

/* The export's rows: every log entry of the provider's professionals in the week, and every
 * shift of theirs without one, with the columns of zio's CSV. */
#define FLOOR_HHMM(x) "CASE WHEN " x " IS NULL THEN '' ELSE printf('%%02d:%%02d', " x " / 60, " x " %% 60) END"
static void bench_floor_export(char *sql, size_t len, const struct date *mon)
{
	char a[DATE_STR_LEN], z[DATE_STR_LEN], w[WEEK_STR_LEN];

	date_format(*mon, a);
	date_format(date_add_days(*mon, 6), z);
	date_format_isoweek(date_isoweek(*mon), w);
	snprintf(sql, len,
		 "WITH pro AS (SELECT id FROM professional WHERE provider_id = 1), "
		 "l AS (SELECT * FROM log_entry WHERE professional_id IN pro AND date BETWEEN '%s' AND '%s'), "
		 "s AS (SELECT * FROM shift WHERE professional_id IN pro AND date BETWEEN '%s' AND '%s') "
		 "SELECT '%s' AS week, l.date, sc.name AS school, c.name AS class, g.name, v.name AS provider, "
		 "p.name AS professional, " FLOOR_HHMM("sh.start_min") " AS planned_start, " FLOOR_HHMM("sh.end_min") ", "
		 "printf('%%.2f', ifnull(sh.end_min - sh.start_min, 0) / 60.0), " FLOOR_HHMM("l.start_min") ", "
		 FLOOR_HHMM("l.end_min") ", printf('%%.2f', CASE l.kind WHEN 'delivered' THEN (l.end_min - l.start_min) / 60.0 ELSE 0 END), "
		 "CASE WHEN l.kind = 'absent' THEN 'absent' WHEN l.shift_id IS NULL THEN 'extra' ELSE 'delivered' END, "
		 "ifnull(l.reason, ''), ifnull(r.name, ''), "
		 "printf('%%.2f', CASE l.kind WHEN 'delivered' THEN (l.end_min - l.start_min) / 60.0 * (10000 - g.wlz_share_bp) / 10000 ELSE 0 END), "
		 "printf('%%.2f', CASE l.kind WHEN 'delivered' THEN (l.end_min - l.start_min) / 60.0 * g.wlz_share_bp / 10000 ELSE 0 END), l.note "
		 "FROM l JOIN class c ON c.id = l.class_id JOIN school sc ON sc.id = c.school_id "
		 "JOIN target_group g ON g.id = c.group_id JOIN professional p ON p.id = l.professional_id "
		 "JOIN provider v ON v.id = p.provider_id LEFT JOIN shift sh ON sh.id = l.shift_id "
		 "LEFT JOIN professional r ON r.id = l.replaced_by "
		 "UNION ALL "
		 "SELECT '%s', s.date, sc.name, c.name, g.name, v.name, p.name, " FLOOR_HHMM("s.start_min") ", "
		 FLOOR_HHMM("s.end_min") ", printf('%%.2f', CASE s.status WHEN 'planned' THEN (s.end_min - s.start_min) / 60.0 ELSE 0 END), "
		 "'', '', '0.00', CASE s.status WHEN 'cancelled' THEN 'cancelled' ELSE 'unlogged' END, "
		 "ifnull(s.cancel_reason, ''), '', '0.00', '0.00', s.note "
		 "FROM s JOIN class c ON c.id = s.class_id JOIN school sc ON sc.id = c.school_id "
		 "JOIN target_group g ON g.id = c.group_id JOIN professional p ON p.id = s.professional_id "
		 "JOIN provider v ON v.id = p.provider_id "
		 "WHERE NOT EXISTS (SELECT 1 FROM log_entry x WHERE x.shift_id = s.id AND x.professional_id IN pro) "
		 "ORDER BY provider, school, 2, class, planned_start, professional",
		 a, z, a, z, w, w);
}

static void bench_floor_today(char *sql, size_t len)
{
	snprintf(sql, len,
		 "SELECT c.name, " FLOOR_HHMM("sh.start_min") ", " FLOOR_HHMM("sh.end_min") ", p.name, sh.status, "
		 "ifnull(sh.cancel_reason, '') FROM shift sh JOIN class c ON c.id = sh.class_id "
		 "JOIN professional p ON p.id = sh.professional_id "
		 "WHERE sh.class_id IN (SELECT id FROM class WHERE school_id = 1) AND sh.date = '%s' "
		 "ORDER BY c.name, sh.start_min", BENCH_TODAY);
}

/* Per class: the weekly budget, planned hours of the year and to date, delivered to date. */
static void bench_floor_budget(char *sql, size_t len, const struct scale *sc, bool one_school)
{
	char a[DATE_STR_LEN], z[DATE_STR_LEN], t[DATE_STR_LEN];

	date_format(date_school_year_start(sc->sy), a);
	date_format(date_school_year_end(sc->sy), z);
	date_format(sc->to_date, t);
	snprintf(sql, len,
		 "SELECT c.id, g.name, sc.name, c.name, ifnull(c.weekly_minutes, g.weekly_minutes) / 60.0, "
		 "(SELECT ifnull(sum(end_min - start_min), 0) / 60.0 FROM shift WHERE class_id = c.id "
		 " AND date BETWEEN '%s' AND '%s' AND status = 'planned'), "
		 "(SELECT ifnull(sum(end_min - start_min), 0) / 60.0 FROM shift WHERE class_id = c.id "
		 " AND date BETWEEN '%s' AND '%s' AND status = 'planned'), "
		 "(SELECT ifnull(sum(end_min - start_min), 0) / 60.0 FROM log_entry WHERE class_id = c.id "
		 " AND date BETWEEN '%s' AND '%s' AND kind = 'delivered') "
		 "FROM class c JOIN school sc ON sc.id = c.school_id JOIN target_group g ON g.id = c.group_id %s "
		 "ORDER BY g.name, sc.name, c.name",
		 a, z, a, t, a, t, one_school ? "WHERE c.school_id = 1" : "");
}

/* Data lines of a CSV file (its header not counted), or -1. */
static long long bench_csv_rows(const char *path)
{
	FILE *f = fopen(path, "r");
	long long n = -1;
	int c;

	if (!f)
		return -1;
	while ((c = getc(f)) != EOF)
		n += c == '\n';
	fclose(f);
	return n;
}

/* Time the floor for row r: sqlite3 -csv on the same file. *lines: the rows it printed. */
static int bench_floor(const struct bench *b, const struct scale *sc, const char *sql, struct row *r, long long *lines)
{
	char out[PATH_MAX];
	char *argv[] = { "sqlite3", "-batch", "-readonly", "-csv", "-header", (char *)sc->db, (char *)sql, NULL };
	struct spawn sp = { argv, NULL, false, NULL, false };
	double max, peak, cpu;
	int runs;

	if (b->show_sql)
		printf("floor of %s, %s:\n%s;\n\n", r->op, sc->name, sql);
	if (bench_measure(b, &sp, NULL, false, &r->floor_med, &max, &cpu, &peak, &runs))
		return -1;
	if (!lines)
		return 0;
	snprintf(out, sizeof out, "%s/floor.csv", b->dir);
	sp.out = out;
	struct spawned once;
	char errpath[PATH_MAX];
	snprintf(errpath, sizeof errpath, "%s/stderr.txt", b->dir);
	if (bench_spawn(&sp, errpath, &once) || (*lines = bench_csv_rows(out)) < 0)
		return -1;
	unlink(out);
	return 0;
}

/* --- the operations ---------------------------------------------------------------------- */

static int bench_zio(const struct bench *b, const struct scale *sc, const char *op, long long rows, char **args,
		     const struct spawn *tmpl, const struct prepare *prep, bool in_process, const char *floor_sql,
		     bool rows_from_floor)
{
	char *argv[32];
	int n = 0;
	struct spawn sp = tmpl ? *tmpl : (struct spawn){ 0 };
	struct row *r;

	if (b->only && !strstr(op, b->only))
		return 1;
	if (!(r = bench_add(op, sc, rows)))
		return -1;
	argv[n++] = (char *)b->zio;
	if (!prep) {
		argv[n++] = "--db";
		argv[n++] = (char *)sc->db;
	}
	while (*args && n < 31)
		argv[n++] = *args++;
	argv[n] = NULL;
	sp.argv = argv;
	fprintf(stderr, "zio-bench: %-8s %s\n", sc->name, op);
	if (bench_measure(b, &sp, prep, in_process, &r->med, &r->max, &r->cpu, &r->peak_mb, &r->runs))
		return -1;
	if (floor_sql && bench_floor(b, sc, floor_sql, r, rows_from_floor ? &r->rows : NULL))
		return -1;
	if (rows_from_floor) {   /* the floor must print what zio prints: the same number of rows */
		char out[PATH_MAX], errpath[PATH_MAX];
		struct spawned once;
		long long zrows;
		snprintf(out, sizeof out, "%s/zio.csv", b->dir);
		snprintf(errpath, sizeof errpath, "%s/stderr.txt", b->dir);
		sp.out = out;
		if (bench_spawn(&sp, errpath, &once) || (zrows = bench_csv_rows(out)) < 0)
			return -1;
		if (zrows != r->rows)
			fprintf(stderr, "zio-bench: %s, %s: zio wrote %lld rows, the floor query %lld\n", op, sc->name,
				zrows, r->rows);
		unlink(out);
	}
	return 0;
}

static int bench_scale(const struct bench *b, struct scale *sc)
{
	sqlite3 *db = NULL;
	char sql[8192], now_a[DATE_STR_LEN], now_z[DATE_STR_LEN], next_a[DATE_STR_LEN], next_z[DATE_STR_LEN];
	char ya[DATE_STR_LEN], yz[DATE_STR_LEN], td[DATE_STR_LEN], fill_db[PATH_MAX], out[PATH_MAX];
	long long n_now, n_next, n_today, n_all, n_year1, n_year;
	int rc = -1;
#define SCHOOL_SHIFTS "SELECT count(*) FROM shift WHERE class_id IN (SELECT id FROM class WHERE school_id = 1) " \
		      "AND date BETWEEN '%s' AND '%s'"

	if (bench_scale_open(b, sc, &db))
		goto done;
	date_format(sc->now_mon, now_a);
	date_format(date_add_days(sc->now_mon, 6), now_z);
	date_format(sc->next_mon, next_a);
	date_format(date_add_days(sc->next_mon, 6), next_z);
	date_format(date_school_year_start(sc->sy), ya);
	date_format(date_school_year_end(sc->sy), yz);
	date_format(sc->to_date, td);
	n_now = bench_count(db, SCHOOL_SHIFTS, now_a, now_z);
	n_next = bench_count(db, SCHOOL_SHIFTS, next_a, next_z);
	n_today = bench_count(db, SCHOOL_SHIFTS, BENCH_TODAY, BENCH_TODAY);
	n_all = bench_count(db, "SELECT count(*) FROM shift WHERE date BETWEEN '%s' AND '%s'", now_a, now_z);
	n_year1 = bench_count(db, "SELECT (SELECT count(*) FROM shift WHERE class_id IN (SELECT id FROM class WHERE school_id = 1) "
			      "AND date BETWEEN '%s' AND '%s') + (SELECT count(*) FROM log_entry WHERE class_id IN "
			      "(SELECT id FROM class WHERE school_id = 1) AND date BETWEEN '%s' AND '%s')", ya, yz, ya, td);
	n_year = bench_count(db, "SELECT (SELECT count(*) FROM shift WHERE date BETWEEN '%s' AND '%s') + "
			     "(SELECT count(*) FROM log_entry WHERE date BETWEEN '%s' AND '%s')", ya, yz, ya, td);
	if (n_now < 0 || n_next < 0 || n_today < 0 || n_all < 0 || n_year1 < 0 || n_year < 0)
		goto done;

	{
		/* what every process pays before it reads the database: loading zio and its libraries */
		char *args[] = { (char *)b->zio, "--version", NULL }, *fargs[] = { "sqlite3", "-version", NULL };
		struct spawn zsp = { args, NULL, false, NULL, false }, fsp = { fargs, NULL, false, NULL, false };
		double max, peak, cpu;
		int runs;
		struct row *r = b->only && !strstr("process start", b->only) ? NULL : bench_add("process start (--version)", sc, 0);
		if (r)
			fprintf(stderr, "zio-bench: %-8s %s\n", sc->name, r->op);
		if (r && (bench_measure(b, &zsp, NULL, false, &r->med, &r->max, &r->cpu, &r->peak_mb, &r->runs) ||
			  bench_measure(b, &fsp, NULL, false, &r->floor_med, &max, &cpu, &peak, &runs)))
			goto done;
	}
	{
		char *args[] = { "--school", "1", NULL };
		struct spawn tui = { NULL, NULL, true, "1", false };
		if (bench_zio(b, sc, "week planner: open, first frame", n_now, args, &tui, NULL, false, NULL, false) < 0)
			goto done;
		tui.frames = "2";
		if (bench_zio(b, sc, "week planner: next week (in zio)", n_next, args, &tui, NULL, true, NULL, false) < 0)
			goto done;
	}
	{
		char *args[] = { "today", "--school", "1", NULL };
		bench_floor_today(sql, sizeof sql);
		if (bench_zio(b, sc, "today --school", n_today, args, NULL, NULL, false, sql, false) < 0)
			goto done;
	}
	{
		char *args[] = { "check", "--week", sc->week_now, "--school", "1", NULL };
		struct spawn ck = { NULL, NULL, false, NULL, true };
		if (bench_zio(b, sc, "check --week, one school", n_now, args, &ck, NULL, false, NULL, false) < 0)
			goto done;
		char *all[] = { "check", "--week", sc->week_now, NULL };
		if (bench_zio(b, sc, "check --week, all schools", n_all, all, &ck, NULL, false, NULL, false) < 0)
			goto done;
	}
	{
		/* next school year, on a fresh copy each run */
		snprintf(fill_db, sizeof fill_db, "%s/fill.db", b->dir);
		char *args[] = { "--db", fill_db, "plan", "fill", "--school", "1", "--school-year", sc->next_year, NULL };
		struct prepare prep = { sc->db, fill_db };
		long long made = -1;
		sqlite3 *fdb = NULL;
		char q[256];
		int skip = bench_zio(b, sc, "plan fill, school year, one school", 0, args, NULL, &prep, false, NULL, false);
		if (skip < 0)
			goto done;
		/* the rows: the shifts the last run made */
		snprintf(q, sizeof q, "SELECT count(*) FROM shift WHERE date > '%s'", yz);
		if (!skip && sqlite3_open_v2(fill_db, &fdb, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
		    bench_sql_int(fdb, q, &made) == 0)
			bench_rows[bench_nrows - 1].rows = made;
		sqlite3_close(fdb);
		unlink(fill_db);
	}
	for (int oldest = 0; oldest < 2; oldest++) {
		const struct date *mon = oldest ? &sc->oldest_mon : &sc->recent_mon;
		char *week = oldest ? sc->week_oldest : sc->week_recent, op[64];
		static const char *const fmts[] = { "csv", "xlsx", "pdf" };
		long long rows = 0;
		for (int f = 0; f < 3; f++) {
			char *args[] = { "export", "timesheet", "--week", week, "--provider", "1", "--format", (char *)fmts[f],
					 "-o", out, NULL };
			snprintf(out, sizeof out, "%s/out.%s", b->dir, fmts[f]);
			if (f == 0)
				args[8] = NULL;   /* CSV to standard output, as scripts use it */
			snprintf(op, sizeof op, "export %s, %s week", fmts[f], oldest ? "oldest" : "recent");
			if (f == 0)
				bench_floor_export(sql, sizeof sql, mon);
			int ran = bench_zio(b, sc, op, rows, args, NULL, NULL, false, f == 0 ? sql : NULL, f == 0);
			if (ran < 0)
				goto done;
			if (f == 0 && ran == 0)   /* xlsx and pdf write the same rows */
				rows = bench_rows[bench_nrows - 1].rows;
			unlink(out);
		}
	}
	{
		char *args[] = { "report", "budget", "--school-year", sc->year, "--school", "1", NULL };
		bench_floor_budget(sql, sizeof sql, sc, true);
		if (bench_zio(b, sc, "report budget, one school", n_year1, args, NULL, NULL, false, sql, false) < 0)
			goto done;
		char *all[] = { "report", "budget", "--school-year", sc->year, NULL };
		bench_floor_budget(sql, sizeof sql, sc, false);
		if (bench_zio(b, sc, "report budget, all schools", n_year, all, NULL, NULL, false, sql, false) < 0)
			goto done;
	}
	rc = 0;
done:
	sqlite3_close(db);
	return rc;
}

/* --- query plans ------------------------------------------------------------------------- */

#define PLAN_MAX_SQL 256

struct plans {
	char *sql[PLAN_MAX_SQL];
	int n;
	bool overflow;
};

static struct plans bench_plans;

static int bench_trace(unsigned type, void *ctx, void *p, void *x)
{
	struct plans *pl = ctx;
	const char *sql = sqlite3_sql(p);

	(void)type;
	(void)x;
	if (!sql || !strncmp(sql, "PRAGMA", 6) || !strncmp(sql, "BEGIN", 5) || !strncmp(sql, "COMMIT", 6) ||
	    !strncmp(sql, "ROLLBACK", 8))
		return 0;
	for (int i = 0; i < pl->n; i++)
		if (!strcmp(pl->sql[i], sql))
			return 0;
	if (pl->n == PLAN_MAX_SQL) {
		pl->overflow = true;
		return 0;
	}
	if ((pl->sql[pl->n] = strdup(sql)))
		pl->n++;
	return 0;
}

/* Every connection libzio opens here is traced. */
static int bench_trace_init(sqlite3 *db, char **msg, const struct sqlite3_api_routines *api)
{
	(void)msg;
	(void)api;
	return sqlite3_trace_v2(db, SQLITE_TRACE_STMT, bench_trace, &bench_plans);
}

/* The names a statement gives shift and log_entry (the tables and their aliases). */
static bool bench_is_big(const char *sql, const char *name)
{
	static const char *const tables[] = { "shift", "log_entry" };
	size_t nl = strlen(name);

	for (size_t t = 0; t < 2; t++) {
		size_t tl = strlen(tables[t]);
		if (nl == tl && !strncmp(name, tables[t], nl))
			return true;
		for (const char *p = sql; (p = strstr(p, tables[t])); p += tl) {
			const char *a = p + tl;
			if ((p > sql && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z'))) || *a != ' ')
				continue;
			a++;
			if (!strncmp(a, name, nl) && (a[nl] == ' ' || a[nl] == '\0' || a[nl] == ','))
				return true;
		}
	}
	return false;
}

/* EXPLAIN QUERY PLAN of each statement caught; returns the number of full scans of the big tables. */
static int bench_explain(sqlite3 *db, bool verbose)
{
	int bad = 0, small = 0;

	for (int i = 0; i < bench_plans.n; i++) {
		char *q = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", bench_plans.sql[i]);
		sqlite3_stmt *s;
		if (!q || sqlite3_prepare_v2(db, q, -1, &s, NULL) != SQLITE_OK) {
			sqlite3_free(q);
			continue;   /* a statement of a table this file has not (a newer schema) */
		}
		while (sqlite3_step(s) == SQLITE_ROW) {
			const char *detail = (const char *)sqlite3_column_text(s, 3);
			char name[64];
			if (!detail || strncmp(detail, "SCAN ", 5) || sscanf(detail + 5, "%63s", name) != 1)
				continue;
			if (bench_is_big(bench_plans.sql[i], name)) {
				bad++;
				printf("  FULL SCAN (%s): %.300s\n", detail, bench_plans.sql[i]);
			} else {
				small++;
				if (verbose)
					printf("  scan of a small table (%s): %.200s\n", detail, bench_plans.sql[i]);
			}
		}
		sqlite3_finalize(s);
		sqlite3_free(q);
	}
	printf("query plans: %d statements, %d full scans of shift or log_entry, %d scans of smaller tables%s\n",
	       bench_plans.n, bad, small, bench_plans.overflow ? " (more statements than caught)" : "");
	return bad;
}

/* Run the operations in-process on the region database, catching their statements. */
static int bench_query_plans(const struct bench *b, const struct scale *sc, bool verbose)
{
	char copy[PATH_MAX];
	struct config cfg;
	struct store *st = NULL;
	struct planner pl;
	struct zio_err err;
	struct week_grid g;
	struct findings fs = { 0 };
	struct ts_export x;
	struct report_budget rb;
	struct plan_report pr = { 0 };
	struct shift *v = NULL;
	size_t n = 0;
	struct shift_filter f = { .with_cancelled = true };
	struct date today;
	sqlite3 *db = NULL;
	int bad = -1;

	snprintf(copy, sizeof copy, "%s/plans.db", b->dir);
	config_defaults(&cfg);
	zio_err_clear(&err);
	date_parse(BENCH_TODAY, &today, NULL);
	if (bench_copy(sc->db, copy) != 0) {
		fprintf(stderr, "zio-bench: cannot copy %s: %s\n", sc->db, strerror(errno));
		return -1;
	}
	sqlite3_auto_extension((void (*)(void))bench_trace_init);
	if (store_open(copy, STORE_OPEN, NULL, &st, &err) || planner_open(&pl, st, &cfg, &err)) {
		fprintf(stderr, "zio-bench: %s: %s\n", copy, err.msg);
		store_close(st);
		goto done;
	}
	f.from = f.to = today;
	f.school_id = 1;
	if (weekgrid_build(&pl, 1, date_isoweek(sc->now_mon), false, &g, &err) == ZIO_OK)
		weekgrid_free(&g);
	if (store_shift_list(st, &f, &v, &n, &err) == ZIO_OK)
		free(v);
	plan_check(&pl, 1, sc->now_mon, date_add_days(sc->now_mon, 6), &fs, &err);
	plan_check(&pl, 0, sc->now_mon, date_add_days(sc->now_mon, 6), &fs, &err);
	findings_free(&fs);
	if (export_collect(st, date_isoweek(sc->recent_mon), 1, 0, &x, &err) == ZIO_OK)
		ts_export_free(&x);
	if (report_budget(&pl, 1, sc->sy, today, &rb, &err) == ZIO_OK)
		report_budget_free(&rb);
	if (report_budget(&pl, 0, sc->sy, today, &rb, &err) == ZIO_OK)
		report_budget_free(&rb);
	if (store_begin(st, &err) == ZIO_OK) {
		plan_fill(&pl, 1, date_school_year_start(sc->sy + 1), date_school_year_end(sc->sy + 1), &pr, &err);
		plan_report_free(&pr);
		store_rollback(st);
	}
	planner_close(&pl);
	store_close(st);
	sqlite3_cancel_auto_extension((void (*)(void))bench_trace_init);
	if (sqlite3_open_v2(copy, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "zio-bench: %s: %s\n", copy, sqlite3_errmsg(db));
		goto done;
	}
	printf("\nQuery plans of the statements zio ran for these operations (%s database):\n", sc->name);
	bad = bench_explain(db, verbose);
done:
	sqlite3_close(db);
	unlink(copy);
	for (int i = 0; i < bench_plans.n; i++)
		free(bench_plans.sql[i]);
	bench_plans.n = 0;
	return bad;
}

/* --- the table --------------------------------------------------------------------------- */

static void bench_machine(int runs)
{
	char model[256] = "unknown CPU", line[512];
	FILE *f = fopen("/proc/cpuinfo", "r");

	if (f) {
		while (fgets(line, sizeof line, f))
			if (!strncmp(line, "model name", 10) && strchr(line, ':')) {
				snprintf(model, sizeof model, "%s", strchr(line, ':') + 2);
				model[strcspn(model, "\n")] = '\0';
				break;
			}
		fclose(f);
	}
	printf("machine: %s, %ld cores; SQLite %s; each operation: a warm-up, then median and max of up to %d runs\n",
	       model, sysconf(_SC_NPROCESSORS_ONLN), sqlite3_libversion(), runs);
}

static void bench_print(void)
{
	const char *last = NULL;

	printf("\n%-36s %-9s %9s %10s %9s %8s %8s %9s %9s\n", "operation", "scale", "rows", "median ms", "max ms",
	       "cpu ms", "peak MB", "floor ms", "zio/floor");
	for (int i = 0; i < bench_nrows; i++) {
		const struct row *r = &bench_rows[i];
		char floor[16] = "", ratio[16] = "", cpu[16] = "-";
		if (last && strcmp(last, r->scale))
			putchar('\n');
		last = r->scale;
		if (r->floor_med >= 0) {
			snprintf(floor, sizeof floor, "%.1f", r->floor_med);
			snprintf(ratio, sizeof ratio, "%.2f", r->floor_med > 0 ? r->med / r->floor_med : 0);
		}
		if (r->cpu >= 0)
			snprintf(cpu, sizeof cpu, "%.1f", r->cpu);
		char line[256];
		int n = snprintf(line, sizeof line, "%-36s %-9s %9lld %10.1f %9.1f %8s %8.1f %9s %9s", r->op, r->scale,
				 r->rows, r->med, r->max, cpu, r->peak_mb, floor, ratio);
		while (n > 0 && line[n - 1] == ' ')   /* no trailing blanks where there is no floor */
			line[--n] = '\0';
		puts(line);
	}
	fflush(stdout);
}

/* The load of the machine: other processes slow the wall times down, never the cpu times. */
static void bench_load(const char *when)
{
	char buf[128] = "";
	FILE *f = fopen("/proc/loadavg", "r");

	if (f) {
		if (!fgets(buf, sizeof buf, f))
			buf[0] = '\0';
		fclose(f);
	}
	buf[strcspn(buf, "\n")] = '\0';
	printf("load average %s: %s\n", when, buf[0] ? buf : "unknown");
}

static int bench_usage(void)
{
	fprintf(stderr, "usage: zio-bench --zio ZIO --dir DIR [--runs N] [--scales school,region,national] [--only TEXT] [--show-sql] [--plans-verbose]\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct bench b = { NULL, NULL, 7, NULL, false };
	const char *scales = "school,region,national";
	struct scale sc[3] = { { .name = "school" }, { .name = "region" }, { .name = "national" } };
	bool verbose = false;
	int rc = 0, bad = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--zio") && i + 1 < argc)
			b.zio = argv[++i];
		else if (!strcmp(argv[i], "--dir") && i + 1 < argc)
			b.dir = argv[++i];
		else if (!strcmp(argv[i], "--runs") && i + 1 < argc)
			b.runs = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--scales") && i + 1 < argc)
			scales = argv[++i];
		else if (!strcmp(argv[i], "--only") && i + 1 < argc)
			b.only = argv[++i];
		else if (!strcmp(argv[i], "--show-sql"))
			b.show_sql = true;
		else if (!strcmp(argv[i], "--plans-verbose"))
			verbose = true;
		else
			return bench_usage();
	}
	if (!b.zio || !b.dir || b.runs < 1 || b.runs > BENCH_MAX_RUNS)
		return bench_usage();
	/* zio as the benchmark runs it: today pinned, no user config, a terminal that exists */
	if (setenv("ZIO_TODAY", BENCH_TODAY, 1) || setenv("TERM", "xterm-256color", 1) || setenv("LC_ALL", "C.UTF-8", 1) ||
	    unsetenv("ZIO_DB") || unsetenv("NO_COLOR")) {
		fprintf(stderr, "zio-bench: setenv: %s\n", strerror(errno));
		return 2;
	}
	{
		char cfg[PATH_MAX];
		snprintf(cfg, sizeof cfg, "%s/config", b.dir);
		if (mkdir(cfg, 0700) != 0 && errno != EEXIST) {
			fprintf(stderr, "zio-bench: %s: %s\n", cfg, strerror(errno));
			return 2;
		}
		setenv("XDG_CONFIG_HOME", cfg, 1);
	}
	signal(SIGPIPE, SIG_IGN);
	bench_machine(b.runs);
	bench_load("at the start");
	for (int i = 0; i < 3 && !rc; i++)
		if (strstr(scales, sc[i].name))
			rc = bench_scale(&b, &sc[i]);
	bench_print();
	bench_load("at the end");
	if (rc)
		return 1;
	for (int i = 0; i < 3; i++)
		if (!strcmp(sc[i].name, "region") && strstr(scales, "region"))
			bad = bench_query_plans(&b, &sc[i], verbose);
	return bad ? 1 : 0;
}
