/* Unit tests for src/store (the database file, schema, transactions and every roster entity),
 * the roster rules of src/core/roster.c, and the demo data of src/demo. Every test works in
 * its own folder under /tmp, removed afterwards. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <ftw.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "zio/config.h"
#include "zio/demo.h"
#include "zio/roster.h"
#include "zio/store.h"

struct fixture {
	char dir[64];
	char path[128];       /* dir/zio.db */
	struct store *st;     /* open on path for the roster tests, else NULL */
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

static int setup_dir(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/zio-test-store.XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	snprintf(f->path, sizeof f->path, "%s/zio.db", f->dir);
	*state = f;
	return 0;
}

/* A fresh, empty zio database, open. */
static int setup_store(void **state)
{
	struct fixture *f;
	struct zio_err err;

	if (setup_dir(state))
		return -1;
	f = *state;
	if (store_open(f->path, STORE_CREATE, NULL, &f->st, &err) != ZIO_OK) {
		fprintf(stderr, "store_open: %s\n", err.msg);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc;

	store_close(f->st);
	rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(f);
	return rc;
}

/* Fail with the store's message unless rc is ZIO_OK. */
static void ok(int rc, const struct zio_err *err)
{
	if (rc != ZIO_OK)
		fail_msg("status %d: %s", rc, err->msg);
}

/* Expect status `code`, err->code equal to it, and a one-line message holding `want`. */
static void expect(int rc, const struct zio_err *err, int code, const char *want)
{
	if (rc != code || err->code != code)
		fail_msg("got status %d (err %d: '%s'), want %d", rc, err->code, err->msg, code);
	if (want && !strstr(err->msg, want))
		fail_msg("message '%s' lacks '%s'", err->msg, want);
	if (strchr(err->msg, '\n'))
		fail_msg("message is not one line: %s", err->msg);
}

/* --- files --------------------------------------------------------------------------------- */

static void write_bytes(const char *path, const void *data, size_t len)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

/* The whole file in a malloc'ed buffer (NULL for an empty file); *len its size. */
static unsigned char *read_bytes(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	long n;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	assert_true(n >= 0);
	rewind(fp);
	*len = (size_t)n;
	if (n > 0) {
		buf = malloc((size_t)n);
		assert_non_null(buf);
		assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	}
	fclose(fp);
	return buf;
}

static bool exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

/* No -wal, -shm or -journal file beside path. */
static void assert_no_sidecars(const char *path)
{
	static const char *const ext[] = { "-wal", "-shm", "-journal" };
	char side[256];

	for (size_t i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		snprintf(side, sizeof side, "%s%s", path, ext[i]);
		if (exists(side))
			fail_msg("%s was created", side);
	}
}

/* store_open(STORE_OPEN) must refuse path with ZIO_EDB, a message naming the file and holding
 * `want`, and leave the file byte for byte as it was, with no journal files beside it. */
static void assert_refused_untouched(const char *path, const char *want)
{
	struct store *st = (struct store *)&st;  /* not NULL, to see that it is cleared */
	struct zio_err err;
	size_t n0, n1;
	unsigned char *before = read_bytes(path, &n0), *after;

	zio_err_clear(&err);
	expect(store_open(path, STORE_OPEN, NULL, &st, &err), &err, ZIO_EDB, want);
	assert_null(st);
	assert_non_null(strstr(err.msg, path));
	after = read_bytes(path, &n1);
	assert_int_equal(n1, n0);
	if (n0 && memcmp(before, after, n0) != 0)
		fail_msg("%s was changed", path);
	free(before);
	free(after);
	assert_no_sidecars(path);
}

/* Run SQL on a file with the plain SQLite API. */
static void sql_exec(const char *path, const char *sql)
{
	sqlite3 *db;
	char *msg = NULL;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
	sqlite3_free(msg);
	assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

static int sql_int(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int v;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void test_create(void **state)
{
	struct fixture *f = *state;
	struct store *st = NULL;
	struct zio_err err;
	struct stat sb;
	mode_t old = umask(022);

	ok(store_open(f->path, STORE_CREATE, NULL, &st, &err), &err);
	assert_non_null(st);
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_true(store_schema_latest() >= 1);
	assert_int_equal(store_schema_version(st), store_schema_latest());
	store_close(st);
	umask(old);
	assert_int_equal(sql_int(f->path, "PRAGMA application_id"), ZIO_APPLICATION_ID);
	assert_int_equal(sql_int(f->path, "PRAGMA user_version"), store_schema_latest());

	/* and it opens again, as it was */
	st = NULL;
	ok(store_open(f->path, STORE_OPEN, NULL, &st, &err), &err);
	assert_int_equal(store_schema_version(st), store_schema_latest());
	store_close(st);
	assert_int_equal(stat(f->path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_non_null(store_sqlite_version());
	assert_string_equal(store_sqlite_version(), sqlite3_libversion());
}

static void test_create_refuses_existing(void **state)
{
	struct fixture *f = *state;
	struct store *st = (struct store *)&st;
	struct zio_err err;
	char other[192];
	size_t n0, n1;
	unsigned char *before, *after;

	/* an existing zio database */
	ok(store_open(f->path, STORE_CREATE, NULL, &st, &err), &err);
	store_close(st);
	before = read_bytes(f->path, &n0);
	zio_err_clear(&err);
	expect(store_open(f->path, STORE_CREATE, NULL, &st, &err), &err, ZIO_EDB, "exists");
	assert_null(st);
	assert_non_null(strstr(err.msg, f->path));
	after = read_bytes(f->path, &n1);
	assert_int_equal(n0, n1);
	assert_memory_equal(before, after, n0);
	free(before);
	free(after);
	ok(store_open(f->path, STORE_OPEN, NULL, &st, &err), &err);   /* still a database */
	store_close(st);

	/* any other existing file, which must survive the refusal */
	snprintf(other, sizeof other, "%s/notes.txt", f->dir);
	write_bytes(other, "keep me\n", 8);
	expect(store_open(other, STORE_CREATE, NULL, &st, &err), &err, ZIO_EDB, "exists");
	before = read_bytes(other, &n0);
	assert_int_equal(n0, 8);
	assert_memory_equal(before, "keep me\n", 8);
	free(before);

	/* a folder that does not exist */
	snprintf(other, sizeof other, "%s/no/such/dir/zio.db", f->dir);
	expect(store_open(other, STORE_CREATE, NULL, &st, &err), &err, ZIO_EDB, other);
	assert_null(st);
}

static void test_open_missing(void **state)
{
	struct fixture *f = *state;
	struct store *st = (struct store *)&st;
	struct zio_err err;

	zio_err_clear(&err);
	expect(store_open(f->path, STORE_OPEN, NULL, &st, &err), &err, ZIO_EDB, f->path);
	assert_null(st);
	assert_false(exists(f->path));   /* opening never creates */
	assert_no_sidecars(f->path);
	/* a folder is not a database either */
	expect(store_open(f->dir, STORE_OPEN, NULL, &st, &err), &err, ZIO_EDB, f->dir);
	assert_null(st);
	/* err may be NULL */
	assert_int_equal(store_open(f->path, STORE_OPEN, NULL, &st, NULL), ZIO_EDB);
}

static void test_open_not_sqlite(void **state)
{
	struct fixture *f = *state;
	unsigned char blob[8192];
	const char *csv = "school;name;group\nDe Wilgenhoek;SO Egels;EMB\n";

	write_bytes(f->path, csv, strlen(csv));
	assert_refused_untouched(f->path, "not a zio database");

	for (size_t i = 0; i < sizeof blob; i++)
		blob[i] = (unsigned char)(i * 7 + 3);
	write_bytes(f->path, blob, sizeof blob);
	assert_refused_untouched(f->path, "not a zio database");

	/* an empty file: not a database, and it stays empty */
	write_bytes(f->path, "", 0);
	assert_refused_untouched(f->path, "not a zio database");
}

static void test_open_foreign_sqlite(void **state)
{
	struct fixture *f = *state;

	sql_exec(f->path, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);");
	assert_refused_untouched(f->path, "not a zio database");
	assert_int_equal(sql_int(f->path, "SELECT count(*) FROM t"), 3);
	assert_int_equal(sql_int(f->path, "PRAGMA user_version"), 0);

	/* with a user_version but not zio's application_id */
	sql_exec(f->path, "PRAGMA user_version = 1;");
	assert_refused_untouched(f->path, "not a zio database");

	/* an empty SQLite database someone else made (no tables, no ids) */
	assert_int_equal(remove(f->path), 0);
	sql_exec(f->path, "PRAGMA page_size = 4096; VACUUM;");
	assert_refused_untouched(f->path, "not a zio database");
}

/* A foreign database in WAL mode: reading its header must leave it as it was, and leave no
 * -wal or -shm files behind. */
static void test_open_foreign_wal(void **state)
{
	struct fixture *f = *state;

	sql_exec(f->path, "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
	assert_no_sidecars(f->path);   /* SQLite removes them on the last close */
	assert_refused_untouched(f->path, "not a zio database");
	assert_int_equal(sql_int(f->path, "SELECT count(*) FROM t"), 1);
}

static void test_open_newer_schema(void **state)
{
	struct fixture *f = *state;
	struct store *st = NULL;
	struct zio_err err;

	ok(store_open(f->path, STORE_CREATE, NULL, &st, &err), &err);
	store_close(st);
	sql_exec(f->path, "PRAGMA user_version = 99;");
	assert_refused_untouched(f->path, "newer");
	assert_int_equal(sql_int(f->path, "PRAGMA user_version"), 99);

	/* one past the latest is already too new */
	{
		char sql[64];

		snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", store_schema_latest() + 1);
		sql_exec(f->path, sql);
		assert_refused_untouched(f->path, "newer");
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d;", store_schema_latest());
		sql_exec(f->path, sql);
		ok(store_open(f->path, STORE_OPEN, NULL, &st, &err), &err);
		store_close(st);
	}
}

/* --- roster entities ----------------------------------------------------------------------- */

static int64_t add_school(struct store *st, const char *name, const char *brin, enum region r)
{
	struct school s = { 0 };
	struct zio_err err;

	snprintf(s.name, sizeof s.name, "%s", name);
	snprintf(s.brin, sizeof s.brin, "%s", brin);
	s.region = r;
	s.day_start = 8 * 60 + 30;
	s.day_end = 15 * 60;
	ok(store_school_insert(st, &s, &err), &err);
	assert_true(s.id > 0);
	return s.id;
}

static int64_t add_group(struct store *st, const char *name, int minutes, int bp)
{
	struct target_group g = { 0 };
	struct zio_err err;

	snprintf(g.name, sizeof g.name, "%s", name);
	g.weekly_minutes = minutes;
	g.wlz_share_bp = bp;
	ok(store_group_insert(st, &g, &err), &err);
	assert_true(g.id > 0);
	return g.id;
}

static int64_t add_class(struct store *st, int64_t school, int64_t group, const char *name)
{
	struct class c = { .school_id = school, .group_id = group, .pupils = 10, .weekly_minutes = -1 };
	struct zio_err err;

	snprintf(c.name, sizeof c.name, "%s", name);
	ok(store_class_insert(st, &c, &err), &err);
	assert_true(c.id > 0);
	return c.id;
}

static int64_t add_provider(struct store *st, const char *name, int64_t rate)
{
	struct provider p = { .rate_cents = rate };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	ok(store_provider_insert(st, &p, &err), &err);
	assert_true(p.id > 0);
	return p.id;
}

static int64_t add_staff(struct store *st, int64_t provider, const char *name)
{
	struct professional p = { .provider_id = provider, .contract_minutes = 32 * 60 };
	struct zio_err err;

	snprintf(p.name, sizeof p.name, "%s", name);
	snprintf(p.discipline, sizeof p.discipline, "begeleider");
	ok(store_staff_insert(st, &p, &err), &err);
	assert_true(p.id > 0);
	return p.id;
}

static struct date d(const char *s)
{
	struct date r = { 0, 0, 0 };

	assert_int_equal(date_parse(s, &r, NULL), ZIO_OK);
	return r;
}

static const struct date OPEN_DATE = { 0, 0, 0 };

static int count_cb(const void *row, void *ctx)
{
	(void)row;
	++*(int *)ctx;
	return 0;
}

static int count_team_cb(const struct team_member *t, void *ctx)
{
	return count_cb(t, ctx);
}

static int team_size(struct store *st, int64_t class_id, int64_t professional_id)
{
	struct roster_filter flt = { .class_id = class_id, .professional_id = professional_id };
	struct zio_err err;
	int n = 0;

	ok(store_team_each(st, &flt, count_team_cb, &n, &err), &err);
	return n;
}

static void test_school_crud(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct school s = { 0 }, got;
	struct zio_err err;
	int64_t a, b, g;

	a = add_school(st, "De Wilgenhoek", "12AB", REGION_ZUID);
	ok(store_school_get(st, a, &got, &err), &err);
	assert_int_equal(got.id, a);
	assert_string_equal(got.name, "De Wilgenhoek");
	assert_string_equal(got.brin, "12AB");
	assert_int_equal(got.region, REGION_ZUID);
	assert_int_equal(got.day_start, 510);
	assert_int_equal(got.day_end, 900);

	/* no BRIN code: stored as none, and several schools may lack one */
	b = add_school(st, "Het Noorderlicht", "", REGION_NOORD);
	ok(store_school_get(st, b, &got, &err), &err);
	assert_string_equal(got.brin, "");
	add_school(st, "Zonder BRIN", "", REGION_MIDDEN);

	/* update every field */
	got.id = b;
	strcpy(got.name, "Het Noorderlicht (Assen)");
	strcpy(got.brin, "34CD");
	got.region = REGION_MIDDEN;
	got.day_start = 8 * 60;
	got.day_end = 14 * 60;
	ok(store_school_update(st, &got, &err), &err);
	memset(&got, 0, sizeof got);
	ok(store_school_get(st, b, &got, &err), &err);
	assert_string_equal(got.name, "Het Noorderlicht (Assen)");
	assert_string_equal(got.brin, "34CD");
	assert_int_equal(got.region, REGION_MIDDEN);
	assert_int_equal(got.day_start, 480);
	assert_int_equal(got.day_end, 840);

	/* unique name and BRIN code */
	strcpy(s.name, "De Wilgenhoek");
	s.region = REGION_ZUID;
	s.day_start = 510;
	s.day_end = 900;
	expect(store_school_insert(st, &s, &err), &err, ZIO_ERULE, "De Wilgenhoek");
	strcpy(s.name, "Nieuwe school");
	strcpy(s.brin, "12AB");
	expect(store_school_insert(st, &s, &err), &err, ZIO_ERULE, "12AB");
	got.id = b;
	strcpy(got.name, "De Wilgenhoek");
	strcpy(got.brin, "");
	expect(store_school_update(st, &got, &err), &err, ZIO_ERULE, "De Wilgenhoek");
	ok(store_school_get(st, b, &got, &err), &err);
	assert_string_equal(got.name, "Het Noorderlicht (Assen)");

	/* the rules run on writes */
	strcpy(s.name, "Slechte BRIN");
	strcpy(s.brin, "ab12");
	expect(store_school_insert(st, &s, &err), &err, ZIO_EUSAGE, "BRIN");

	/* missing ids */
	expect(store_school_get(st, 9999, &got, &err), &err, ZIO_EUSAGE, "9999");
	expect(store_school_delete(st, 9999, &err), &err, ZIO_EUSAGE, "9999");

	/* a school with a class cannot go; an empty one can */
	g = add_group(st, "EMB", 32 * 60, 8500);
	add_class(st, a, g, "SO Egels");
	expect(store_school_delete(st, a, &err), &err, ZIO_ERULE, "class");
	ok(store_school_get(st, a, &got, &err), &err);
	ok(store_school_delete(st, b, &err), &err);
	expect(store_school_get(st, b, &got, &err), &err, ZIO_EUSAGE, NULL);
}

struct names {
	char list[512];
	int stop_after;  /* stop (return 7) after this many rows; 0: never */
	int n;
};

static int school_name_cb(const struct school *s, void *ctx)
{
	struct names *nm = ctx;

	strcat(nm->list, s->name);
	strcat(nm->list, "|");
	return ++nm->n == nm->stop_after ? 7 : 0;
}

static void test_each_order_and_stop(void **state)
{
	struct fixture *f = *state;
	struct names nm = { "", 0, 0 };
	struct zio_err err;

	add_school(f->st, "beta", "", REGION_ZUID);
	add_school(f->st, "Alfa", "", REGION_ZUID);
	add_school(f->st, "Charlie", "", REGION_ZUID);
	ok(store_school_each(f->st, school_name_cb, &nm, &err), &err);
	assert_string_equal(nm.list, "Alfa|beta|Charlie|");
	memset(&nm, 0, sizeof nm);
	nm.stop_after = 2;
	assert_int_equal(store_school_each(f->st, school_name_cb, &nm, &err), 7);
	assert_string_equal(nm.list, "Alfa|beta|");
}

static void test_group_crud(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct target_group g = { 0 }, got;
	struct zio_err err;
	int64_t a, b, school;

	a = add_group(st, "EMB", 32 * 60, 8500);
	ok(store_group_get(st, a, &got, &err), &err);
	assert_string_equal(got.name, "EMB");
	assert_int_equal(got.weekly_minutes, 1920);
	assert_int_equal(got.wlz_share_bp, 8500);
	got.weekly_minutes = 30 * 60 + 30;
	got.wlz_share_bp = 0;
	strcpy(got.name, "EMB jong");
	ok(store_group_update(st, &got, &err), &err);
	memset(&got, 0, sizeof got);
	ok(store_group_get(st, a, &got, &err), &err);
	assert_string_equal(got.name, "EMB jong");
	assert_int_equal(got.weekly_minutes, 1830);
	assert_int_equal(got.wlz_share_bp, 0);

	b = add_group(st, "ZML", 20 * 60, 4000);
	strcpy(g.name, "ZML");
	g.weekly_minutes = 60;
	expect(store_group_insert(st, &g, &err), &err, ZIO_ERULE, "ZML");
	got.id = b;
	strcpy(got.name, "EMB jong");
	expect(store_group_update(st, &got, &err), &err, ZIO_ERULE, "EMB jong");
	g.wlz_share_bp = 10001;
	strcpy(g.name, "Te veel");
	expect(store_group_insert(st, &g, &err), &err, ZIO_EUSAGE, "Wlz");

	school = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	add_class(st, school, a, "SO Egels");
	expect(store_group_delete(st, a, &err), &err, ZIO_ERULE, "EMB jong");
	ok(store_group_get(st, a, &got, &err), &err);
	ok(store_group_delete(st, b, &err), &err);
	expect(store_group_get(st, b, &got, &err), &err, ZIO_EUSAGE, NULL);
	expect(store_group_delete(st, b, &err), &err, ZIO_EUSAGE, NULL);
}

static void test_class_crud(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct class c = { 0 }, got;
	struct zio_err err;
	int64_t s1, s2, g1, g2, k, k2, prov, p, id;

	s1 = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	s2 = add_school(st, "Het Noorderlicht", "", REGION_NOORD);
	g1 = add_group(st, "EMB", 32 * 60, 8500);
	g2 = add_group(st, "ZML", 20 * 60, 4000);
	k = add_class(st, s1, g1, "Groep 1");
	ok(store_class_get(st, k, &got, &err), &err);
	assert_int_equal(got.school_id, s1);
	assert_int_equal(got.group_id, g1);
	assert_string_equal(got.name, "Groep 1");
	assert_int_equal(got.pupils, 10);
	assert_int_equal(got.weekly_minutes, -1);
	assert_string_equal(got.school_name, "De Wilgenhoek");
	assert_string_equal(got.group_name, "EMB");
	assert_int_equal(got.budget_minutes, 32 * 60);   /* follows the group */

	/* an own volume overrides the group's; a new group changes the default */
	got.weekly_minutes = 22 * 60 + 30;
	got.pupils = 12;
	ok(store_class_update(st, &got, &err), &err);
	ok(store_class_get(st, k, &got, &err), &err);
	assert_int_equal(got.weekly_minutes, 1350);
	assert_int_equal(got.budget_minutes, 1350);
	assert_int_equal(got.pupils, 12);
	got.weekly_minutes = -1;
	got.group_id = g2;
	ok(store_class_update(st, &got, &err), &err);
	ok(store_class_get(st, k, &got, &err), &err);
	assert_int_equal(got.budget_minutes, 20 * 60);
	assert_string_equal(got.group_name, "ZML");
	/* 0 is an override too, not "follow the group" */
	got.weekly_minutes = 0;
	ok(store_class_update(st, &got, &err), &err);
	ok(store_class_get(st, k, &got, &err), &err);
	assert_int_equal(got.weekly_minutes, 0);
	assert_int_equal(got.budget_minutes, 0);

	/* names are unique per school, not across schools */
	c.school_id = s1;
	c.group_id = g1;
	c.weekly_minutes = -1;
	strcpy(c.name, "Groep 1");
	expect(store_class_insert(st, &c, &err), &err, ZIO_ERULE, "Groep 1");
	c.school_id = s2;
	ok(store_class_insert(st, &c, &err), &err);
	k2 = c.id;
	assert_true(k2 != k);
	ok(store_class_find(st, s2, "Groep 1", &id, &err), &err);
	assert_int_equal(id, k2);
	ok(store_class_find(st, s1, "Groep 1", &id, &err), &err);
	assert_int_equal(id, k);
	ok(store_class_find(st, s1, "Groep 2", &id, &err), &err);
	assert_int_equal(id, 0);
	/* moving it to the school that has one already */
	ok(store_class_get(st, k2, &got, &err), &err);
	got.school_id = s1;
	expect(store_class_update(st, &got, &err), &err, ZIO_ERULE, "Groep 1");

	/* rules */
	c.pupils = 1001;
	strcpy(c.name, "Groot");
	expect(store_class_insert(st, &c, &err), &err, ZIO_EUSAGE, "pupil");
	c.pupils = 5;
	strcpy(c.name, "");
	expect(store_class_insert(st, &c, &err), &err, ZIO_EUSAGE, "empty");

	/* deleting a class takes its team memberships with it */
	prov = add_provider(st, "Zorggroep Horizon", 5850);
	p = add_staff(st, prov, "Zoë de Vries");
	{
		struct team_member t = { .professional_id = p, .class_id = k };
		ok(store_team_insert(st, &t, &err), &err);
	}
	assert_int_equal(team_size(st, k, 0), 1);
	ok(store_class_delete(st, k, &err), &err);
	expect(store_class_get(st, k, &got, &err), &err, ZIO_EUSAGE, NULL);
	assert_int_equal(team_size(st, 0, p), 0);
	ok(store_staff_get(st, p, &(struct professional){ 0 }, &err), &err);  /* the person stays */
	expect(store_class_delete(st, k, &err), &err, ZIO_EUSAGE, NULL);
}

static void test_provider_crud(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct provider got, p = { 0 };
	struct zio_err err;
	int64_t a, b;

	a = add_provider(st, "Zorggroep Horizon", 5850);
	b = add_provider(st, "Stichting Samen Verder", -1);
	ok(store_provider_get(st, a, &got, &err), &err);
	assert_string_equal(got.name, "Zorggroep Horizon");
	assert_int_equal(got.rate_cents, 5850);
	ok(store_provider_get(st, b, &got, &err), &err);
	assert_int_equal(got.rate_cents, -1);   /* not set */
	got.rate_cents = 6120;
	strcpy(got.name, "Samen Verder");
	ok(store_provider_update(st, &got, &err), &err);
	ok(store_provider_get(st, b, &got, &err), &err);
	assert_int_equal(got.rate_cents, 6120);
	assert_string_equal(got.name, "Samen Verder");
	got.rate_cents = -1;
	ok(store_provider_update(st, &got, &err), &err);
	ok(store_provider_get(st, b, &got, &err), &err);
	assert_int_equal(got.rate_cents, -1);

	strcpy(p.name, "Zorggroep Horizon");
	expect(store_provider_insert(st, &p, &err), &err, ZIO_ERULE, "Zorggroep Horizon");
	strcpy(p.name, "Duur");
	p.rate_cents = -2;
	expect(store_provider_insert(st, &p, &err), &err, ZIO_EUSAGE, "rate");

	add_staff(st, a, "Jan van der Berg");
	expect(store_provider_delete(st, a, &err), &err, ZIO_ERULE, "Zorggroep Horizon");
	ok(store_provider_get(st, a, &got, &err), &err);
	ok(store_provider_delete(st, b, &err), &err);
	expect(store_provider_get(st, b, &got, &err), &err, ZIO_EUSAGE, NULL);
}

static void test_staff_crud(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct professional p = { 0 }, got;
	struct zio_err err;
	int64_t h, s, a, b, id, school, group, k;

	h = add_provider(st, "Zorggroep Horizon", 5850);
	s = add_provider(st, "Stichting Samen Verder", 6120);
	p.provider_id = h;
	strcpy(p.name, "Ümit Yılmaz");
	strcpy(p.discipline, "verzorgende");
	p.contract_minutes = 24 * 60 + 30;
	p.active_from = d("2026-08-01");
	p.active_to = d("2027-01-31");
	ok(store_staff_insert(st, &p, &err), &err);
	a = p.id;
	ok(store_staff_get(st, a, &got, &err), &err);
	assert_int_equal(got.provider_id, h);
	assert_string_equal(got.name, "Ümit Yılmaz");
	assert_string_equal(got.discipline, "verzorgende");
	assert_int_equal(got.contract_minutes, 1470);
	assert_int_equal(date_cmp(got.active_from, d("2026-08-01")), 0);
	assert_int_equal(date_cmp(got.active_to, d("2027-01-31")), 0);
	assert_string_equal(got.provider_name, "Zorggroep Horizon");

	/* open-ended, no discipline */
	got.active_to = OPEN_DATE;
	got.discipline[0] = '\0';
	got.provider_id = s;
	ok(store_staff_update(st, &got, &err), &err);
	ok(store_staff_get(st, a, &got, &err), &err);
	assert_int_equal(got.active_to.y, 0);
	assert_string_equal(got.discipline, "");
	assert_string_equal(got.provider_name, "Stichting Samen Verder");

	/* unique per provider only */
	p.provider_id = s;
	p.active_to = OPEN_DATE;
	expect(store_staff_insert(st, &p, &err), &err, ZIO_ERULE, "Ümit Yılmaz");
	p.provider_id = h;
	ok(store_staff_insert(st, &p, &err), &err);
	b = p.id;
	ok(store_staff_find(st, h, "Ümit Yılmaz", &id, &err), &err);
	assert_int_equal(id, b);
	ok(store_staff_find(st, s, "Ümit Yılmaz", &id, &err), &err);
	assert_int_equal(id, a);
	ok(store_staff_find(st, s, "Niemand", &id, &err), &err);
	assert_int_equal(id, 0);

	/* rules: dates in order, contract hours */
	strcpy(p.name, "Sanne Jansen");
	p.active_from = d("2027-01-01");
	p.active_to = d("2026-12-31");
	expect(store_staff_insert(st, &p, &err), &err, ZIO_EUSAGE, "before");
	p.active_to = d("2027-01-01");   /* one day is fine */
	p.contract_minutes = 61 * 60;
	expect(store_staff_insert(st, &p, &err), &err, ZIO_EUSAGE, "contract");
	p.contract_minutes = 60 * 60;
	ok(store_staff_insert(st, &p, &err), &err);

	/* deleting a professional takes the memberships along, not the class */
	school = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	group = add_group(st, "EMB", 1920, 8500);
	k = add_class(st, school, group, "SO Egels");
	{
		struct team_member t = { .professional_id = a, .class_id = k };
		ok(store_team_insert(st, &t, &err), &err);
		t.professional_id = b;
		ok(store_team_insert(st, &t, &err), &err);
	}
	assert_int_equal(team_size(st, k, 0), 2);
	ok(store_staff_delete(st, a, &err), &err);
	expect(store_staff_get(st, a, &got, &err), &err, ZIO_EUSAGE, NULL);
	assert_int_equal(team_size(st, k, 0), 1);
	assert_int_equal(team_size(st, k, b), 1);
	expect(store_staff_delete(st, a, &err), &err, ZIO_EUSAGE, NULL);
}

static void test_team(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct zio_err err;
	struct team_member t = { 0 };
	struct roster_counts cnt;
	int64_t school, group, k1, k2, prov, p1, p2, first, k2p1, id = 0;

	school = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	group = add_group(st, "EMB", 1920, 8500);
	k1 = add_class(st, school, group, "SO Egels");
	k2 = add_class(st, school, group, "SO Vossen");
	prov = add_provider(st, "Zorggroep Horizon", 5850);
	p1 = add_staff(st, prov, "Zoë de Vries");
	p2 = add_staff(st, prov, "Jan van der Berg");

	t.professional_id = p1;
	t.class_id = k1;
	t.from = d("2026-08-01");
	t.to = d("2026-12-31");
	ok(store_team_insert(st, &t, &err), &err);
	first = t.id;
	assert_true(first > 0);

	/* overlapping periods of the same person in the same class are refused */
	t.from = d("2026-12-31");   /* shares one day */
	t.to = OPEN_DATE;
	expect(store_team_insert(st, &t, &err), &err, ZIO_ERULE, "fixed team");
	t.from = d("2026-10-01");
	t.to = d("2026-10-31");     /* inside */
	expect(store_team_insert(st, &t, &err), &err, ZIO_ERULE, "fixed team");
	t.from = d("2026-01-01");
	t.to = d("2026-08-01");     /* ends on its first day */
	expect(store_team_insert(st, &t, &err), &err, ZIO_ERULE, "fixed team");
	t.from = OPEN_DATE;
	t.to = OPEN_DATE;           /* always */
	expect(store_team_insert(st, &t, &err), &err, ZIO_ERULE, "fixed team");
	t.from = OPEN_DATE;
	t.to = d("2026-09-01");     /* open start, ends inside */
	expect(store_team_insert(st, &t, &err), &err, ZIO_ERULE, "fixed team");
	assert_int_equal(team_size(st, k1, p1), 1);

	/* adjacent periods are fine, and so are other people and other classes */
	t.from = d("2027-01-01");
	t.to = OPEN_DATE;
	ok(store_team_insert(st, &t, &err), &err);
	t.from = OPEN_DATE;
	t.to = d("2026-07-31");
	ok(store_team_insert(st, &t, &err), &err);
	assert_int_equal(team_size(st, k1, p1), 3);
	t.professional_id = p2;
	t.from = d("2026-08-01");
	t.to = OPEN_DATE;
	ok(store_team_insert(st, &t, &err), &err);
	t.class_id = k2;
	t.professional_id = p1;
	ok(store_team_insert(st, &t, &err), &err);
	k2p1 = t.id;
	assert_int_equal(team_size(st, k1, 0), 4);
	assert_int_equal(team_size(st, k2, 0), 1);
	assert_int_equal(team_size(st, 0, p1), 4);

	/* a period that ends before it starts */
	t.class_id = k2;
	t.professional_id = p2;
	t.from = d("2026-09-01");
	t.to = d("2026-08-31");
	expect(store_team_insert(st, &t, &err), &err, ZIO_EUSAGE, "before");

	/* find: one membership, several, none */
	ok(store_team_find(st, p1, k2, &id, &err), &err);
	assert_int_equal(id, k2p1);
	expect(store_team_find(st, p1, k1, &id, &err), &err, ZIO_EUSAGE, "3");
	expect(store_team_find(st, p2, k2, &id, &err), &err, ZIO_EUSAGE, "not in the fixed team");

	ok(store_roster_counts(st, &cnt, &err), &err);
	assert_int_equal(cnt.schools, 1);
	assert_int_equal(cnt.groups, 1);
	assert_int_equal(cnt.classes, 2);
	assert_int_equal(cnt.providers, 1);
	assert_int_equal(cnt.professionals, 2);
	assert_int_equal(cnt.team_members, 5);

	ok(store_team_delete(st, first, &err), &err);
	assert_int_equal(team_size(st, k1, p1), 2);
	expect(store_team_delete(st, first, &err), &err, ZIO_EUSAGE, NULL);
	/* with the first period gone, an overlapping one fits */
	t.class_id = k1;
	t.professional_id = p1;
	t.from = d("2026-09-01");
	t.to = d("2026-09-30");
	ok(store_team_insert(st, &t, &err), &err);
}

/* The team read fills names from the joined rows and the dates as stored. */
static int team_check_cb(const struct team_member *t, void *ctx)
{
	char a[DATE_STR_LEN];

	(void)ctx;
	assert_string_equal(t->professional_name, "Zoë de Vries");
	assert_string_equal(t->class_name, "SO Egels");
	assert_string_equal(t->school_name, "De Wilgenhoek");
	assert_string_equal(date_format(t->from, a), "2026-08-01");
	assert_int_equal(t->to.y, 0);
	return 0;
}

static void test_team_read(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct zio_err err;
	int64_t school = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	int64_t k = add_class(st, school, add_group(st, "EMB", 1920, 8500), "SO Egels");
	int64_t p = add_staff(st, add_provider(st, "Horizon", 5850), "Zoë de Vries");
	struct team_member t = { .professional_id = p, .class_id = k, .from = { 2026, 8, 1 } };
	struct roster_filter flt = { .school_id = school };

	ok(store_team_insert(st, &t, &err), &err);
	ok(store_team_each(st, &flt, team_check_cb, NULL, &err), &err);
	ok(store_team_each(st, NULL, team_check_cb, NULL, &err), &err);
}

static void test_resolve(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct zio_err err;
	char key[32];
	int64_t s1, s2, g, k1, k2, h, v, p1, p2, id;

	s1 = add_school(st, "De Wilgenhoek", "", REGION_ZUID);
	s2 = add_school(st, "Het Noorderlicht", "", REGION_NOORD);
	add_school(st, "De Wilgenhof", "", REGION_ZUID);
	g = add_group(st, "EMB", 1920, 8500);
	k1 = add_class(st, s1, g, "Groep 1");
	k2 = add_class(st, s2, g, "Groep 1");
	h = add_provider(st, "Zorggroep Horizon", 5850);
	v = add_provider(st, "Stichting Samen Verder", 6120);
	p1 = add_staff(st, h, "Sanne Jansen");
	p2 = add_staff(st, v, "Sanne Jansen");

	/* by exact name, by id */
	ok(store_school_resolve(st, "Het Noorderlicht", &id, &err), &err);
	assert_int_equal(id, s2);
	snprintf(key, sizeof key, "%lld", (long long)s1);
	ok(store_school_resolve(st, key, &id, &err), &err);
	assert_int_equal(id, s1);
	ok(store_group_resolve(st, "EMB", &id, &err), &err);
	assert_int_equal(id, g);
	ok(store_provider_resolve(st, "Stichting Samen Verder", &id, &err), &err);
	assert_int_equal(id, v);
	expect(store_school_resolve(st, "9999", &id, &err), &err, ZIO_EUSAGE, "9999");

	/* unknown: close names are offered; none at all points to the list */
	expect(store_school_resolve(st, "wilgen", &id, &err), &err, ZIO_EUSAGE, "De Wilgenhoek");
	assert_non_null(strstr(err.msg, "De Wilgenhof"));
	assert_null(strstr(err.msg, "Noorderlicht"));
	expect(store_school_resolve(st, "Zonnebloem", &id, &err), &err, ZIO_EUSAGE, "Zonnebloem");
	assert_non_null(strstr(err.msg, "school list"));
	expect(store_school_resolve(st, "", &id, &err), &err, ZIO_EUSAGE, "empty");
	/* LIKE wildcards in the key are plain characters */
	expect(store_school_resolve(st, "%", &id, &err), &err, ZIO_EUSAGE, "school list");
	assert_null(strstr(err.msg, "Wilgenhoek"));
	expect(store_school_resolve(st, "De_Wilgenhoek", &id, &err), &err, ZIO_EUSAGE, "school list");
	expect(store_provider_resolve(st, "Horizon", &id, &err), &err, ZIO_EUSAGE, "Zorggroep Horizon");
	expect(store_group_resolve(st, "ZML", &id, &err), &err, ZIO_EUSAGE, "ZML");

	/* a class name at two schools: ambiguous, listing both, until a school is given */
	expect(store_class_resolve(st, "Groep 1", 0, &id, &err), &err, ZIO_EUSAGE, "ambiguous");
	assert_non_null(strstr(err.msg, "De Wilgenhoek"));
	assert_non_null(strstr(err.msg, "Het Noorderlicht"));
	ok(store_class_resolve(st, "Groep 1", s2, &id, &err), &err);
	assert_int_equal(id, k2);
	ok(store_class_resolve(st, "Groep 1", s1, &id, &err), &err);
	assert_int_equal(id, k1);
	snprintf(key, sizeof key, "%lld", (long long)k2);
	ok(store_class_resolve(st, key, 0, &id, &err), &err);
	assert_int_equal(id, k2);
	/* an id is unambiguous: the school scope (the config's default school) does not hide it */
	ok(store_class_resolve(st, key, s1, &id, &err), &err);
	assert_int_equal(id, k2);
	expect(store_class_resolve(st, "Groep", 0, &id, &err), &err, ZIO_EUSAGE, "Groep 1");

	/* the same for professionals at two providers */
	expect(store_staff_resolve(st, "Sanne Jansen", 0, &id, &err), &err, ZIO_EUSAGE, "ambiguous");
	assert_non_null(strstr(err.msg, "Zorggroep Horizon"));
	assert_non_null(strstr(err.msg, "Stichting Samen Verder"));
	ok(store_staff_resolve(st, "Sanne Jansen", h, &id, &err), &err);
	assert_int_equal(id, p1);
	ok(store_staff_resolve(st, "Sanne Jansen", v, &id, &err), &err);
	assert_int_equal(id, p2);
	expect(store_staff_resolve(st, "sanne", 0, &id, &err), &err, ZIO_EUSAGE, "Sanne Jansen");
}

static void test_transactions(void **state)
{
	struct fixture *f = *state;
	struct zio_err err;
	struct school got;
	struct roster_counts cnt;
	struct store *st2 = NULL;
	int64_t id;

	/* rollback: gone */
	ok(store_begin(f->st, &err), &err);
	id = add_school(f->st, "Tijdelijk", "", REGION_ZUID);
	ok(store_school_get(f->st, id, &got, &err), &err);
	store_rollback(f->st);
	expect(store_school_get(f->st, id, &got, &err), &err, ZIO_EUSAGE, NULL);
	ok(store_roster_counts(f->st, &cnt, &err), &err);
	assert_int_equal(cnt.schools, 0);
	store_rollback(f->st);   /* harmless outside a transaction */

	/* a failed write inside the transaction does not undo the earlier ones, rollback does */
	ok(store_begin(f->st, &err), &err);
	add_school(f->st, "Eerste", "", REGION_ZUID);
	{
		struct school dup = { .region = REGION_ZUID, .day_start = 510, .day_end = 900 };
		strcpy(dup.name, "Eerste");
		expect(store_school_insert(f->st, &dup, &err), &err, ZIO_ERULE, NULL);
	}
	ok(store_school_resolve(f->st, "Eerste", &id, &err), &err);
	store_rollback(f->st);
	ok(store_roster_counts(f->st, &cnt, &err), &err);
	assert_int_equal(cnt.schools, 0);

	/* a transaction inside a transaction is an error */
	ok(store_begin(f->st, &err), &err);
	expect(store_begin(f->st, &err), &err, ZIO_EDB, NULL);
	store_rollback(f->st);

	/* commit: there after closing and opening again */
	ok(store_begin(f->st, &err), &err);
	id = add_school(f->st, "Blijvend", "", REGION_NOORD);
	ok(store_commit(f->st, &err), &err);
	store_close(f->st);
	f->st = NULL;
	ok(store_open(f->path, STORE_OPEN, NULL, &f->st, &err), &err);
	ok(store_school_get(f->st, id, &got, &err), &err);
	assert_string_equal(got.name, "Blijvend");

	/* a second connection waits busy_timeout, then gives up with a clear message */
	{
		struct store_options opt = { .busy_timeout_ms = 50 };

		ok(store_open(f->path, STORE_OPEN, &opt, &st2, &err), &err);
		ok(store_begin(f->st, &err), &err);
		zio_err_clear(&err);
		expect(store_begin(st2, &err), &err, ZIO_EDB, f->path);
		if (!strstr(err.msg, "busy") && !strstr(err.msg, "locked"))
			fail_msg("a lock should be named as such: %s", err.msg);
		store_rollback(f->st);
		ok(store_begin(st2, &err), &err);
		ok(store_commit(st2, &err), &err);
		store_close(st2);
	}
}

static void test_roster_rules(void **state)
{
	struct school s = { 0, "De Wilgenhoek", "12AB", REGION_ZUID, 510, 900 };
	struct target_group g = { 0, "EMB", 1920, 8500 };
	struct class c = { .name = "SO Egels", .pupils = 7, .weekly_minutes = -1 };
	struct provider p = { 0, "Horizon", 5850 };
	struct professional pr = { .name = "Zoë de Vries", .contract_minutes = 1920 };
	struct team_member t = { 0 };
	struct zio_err err;
	static const char *const bad_brin[] = { "12ab", "1AB2", "123AB", "12A", "ABCD", "1234",
						"12 A", "12ÄB" };

	(void)state;
	ok(roster_check_school(&s, &err), &err);
	for (size_t i = 0; i < sizeof bad_brin / sizeof bad_brin[0]; i++) {
		snprintf(s.brin, sizeof s.brin, "%s", bad_brin[i]);
		expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "BRIN");
	}
	strcpy(s.brin, "");
	ok(roster_check_school(&s, &err), &err);
	strcpy(s.brin, "00ZZ");
	ok(roster_check_school(&s, &err), &err);
	s.region = REGION_NONE;
	expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "region");
	s.region = REGION_NOORD;
	s.day_end = s.day_start;
	expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "school day");
	s.day_start = -1;
	s.day_end = 900;
	expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "school day");
	s.day_start = 0;
	s.day_end = 1440;
	expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "school day");
	s.day_end = 1439;
	ok(roster_check_school(&s, &err), &err);
	strcpy(s.name, " De Wilgenhoek");
	expect(roster_check_school(&s, &err), &err, ZIO_EUSAGE, "school name");

	ok(roster_check_group(&g, &err), &err);
	g.weekly_minutes = 168 * 60 + 1;
	expect(roster_check_group(&g, &err), &err, ZIO_EUSAGE, "168");
	g.weekly_minutes = 168 * 60;
	ok(roster_check_group(&g, &err), &err);
	g.wlz_share_bp = -1;
	expect(roster_check_group(&g, &err), &err, ZIO_EUSAGE, "Wlz");
	g.wlz_share_bp = 10000;
	ok(roster_check_group(&g, &err), &err);

	ok(roster_check_class(&c, &err), &err);
	c.weekly_minutes = -2;
	expect(roster_check_class(&c, &err), &err, ZIO_EUSAGE, "weekly");
	c.weekly_minutes = 0;
	c.pupils = -1;
	expect(roster_check_class(&c, &err), &err, ZIO_EUSAGE, "pupil");
	c.pupils = 1000;
	ok(roster_check_class(&c, &err), &err);
	strcpy(c.name, "SO\tEgels");
	expect(roster_check_class(&c, &err), &err, ZIO_EUSAGE, "control");

	ok(roster_check_provider(&p, &err), &err);
	p.rate_cents = -1;
	ok(roster_check_provider(&p, &err), &err);
	p.rate_cents = 100000001;
	expect(roster_check_provider(&p, &err), &err, ZIO_EUSAGE, "rate");

	ok(roster_check_staff(&pr, &err), &err);
	pr.active_from = d("2026-08-01");
	pr.active_to = d("2026-07-31");
	expect(roster_check_staff(&pr, &err), &err, ZIO_EUSAGE, "2026-07-31");
	assert_non_null(strstr(err.msg, "2026-08-01"));
	pr.active_to = d("2026-08-01");
	ok(roster_check_staff(&pr, &err), &err);
	pr.active_from = OPEN_DATE;
	pr.active_to = d("2020-01-01");
	ok(roster_check_staff(&pr, &err), &err);
	pr.contract_minutes = -1;
	expect(roster_check_staff(&pr, &err), &err, ZIO_EUSAGE, "contract");
	pr.contract_minutes = 0;
	strcpy(pr.discipline, "verzorgende ");
	expect(roster_check_staff(&pr, &err), &err, ZIO_EUSAGE, "discipline");

	ok(roster_check_team(&t, &err), &err);
	t.from = d("2027-02-01");
	t.to = d("2027-01-31");
	expect(roster_check_team(&t, &err), &err, ZIO_EUSAGE, "before");
	t.to = OPEN_DATE;
	ok(roster_check_team(&t, &err), &err);
}

/* --- demo ---------------------------------------------------------------------------------- */

struct dump {
	char *buf;
	size_t len, cap;
};

static void dump_add(struct dump *dp, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void dump_add(struct dump *dp, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	if (dp->len + (size_t)n + 1 > dp->cap) {
		dp->cap = (dp->len + (size_t)n + 1) * 2;
		dp->buf = realloc(dp->buf, dp->cap);
		assert_non_null(dp->buf);
	}
	va_start(ap, fmt);
	vsnprintf(dp->buf + dp->len, dp->cap - dp->len, fmt, ap);
	va_end(ap);
	dp->len += (size_t)n;
}

static int dump_school(const struct school *s, void *ctx)
{
	dump_add(ctx, "S %lld %s %s %d %d %d\n", (long long)s->id, s->name, s->brin, s->region,
		 s->day_start, s->day_end);
	return 0;
}

static int dump_group(const struct target_group *g, void *ctx)
{
	dump_add(ctx, "G %lld %s %d %d\n", (long long)g->id, g->name, g->weekly_minutes, g->wlz_share_bp);
	return 0;
}

static int dump_class(const struct class *c, void *ctx)
{
	dump_add(ctx, "C %lld %lld %lld %s %d %d %d\n", (long long)c->id, (long long)c->school_id,
		 (long long)c->group_id, c->name, c->pupils, c->weekly_minutes, c->budget_minutes);
	return 0;
}

static int dump_provider(const struct provider *p, void *ctx)
{
	dump_add(ctx, "P %lld %s %lld\n", (long long)p->id, p->name, (long long)p->rate_cents);
	return 0;
}

static int dump_staff(const struct professional *p, void *ctx)
{
	char a[DATE_STR_LEN] = "-", b[DATE_STR_LEN] = "-";

	if (p->active_from.y)
		date_format(p->active_from, a);
	if (p->active_to.y)
		date_format(p->active_to, b);
	dump_add(ctx, "W %lld %lld %s %s %d %s %s\n", (long long)p->id, (long long)p->provider_id,
		 p->name, p->discipline, p->contract_minutes, a, b);
	return 0;
}

static int dump_team(const struct team_member *t, void *ctx)
{
	char a[DATE_STR_LEN] = "-", b[DATE_STR_LEN] = "-";

	if (t->from.y)
		date_format(t->from, a);
	if (t->to.y)
		date_format(t->to, b);
	dump_add(ctx, "T %lld %lld %lld %s %s\n", (long long)t->id, (long long)t->professional_id,
		 (long long)t->class_id, a, b);
	return 0;
}

/* Everything in the roster as text, in a stable order. */
static char *dump_all(struct store *st)
{
	struct dump dp = { NULL, 0, 0 };
	struct zio_err err;

	dump_add(&dp, "%s", "");
	ok(store_school_each(st, dump_school, &dp, &err), &err);
	ok(store_group_each(st, dump_group, &dp, &err), &err);
	ok(store_class_each(st, NULL, dump_class, &dp, &err), &err);
	ok(store_provider_each(st, dump_provider, &dp, &err), &err);
	ok(store_staff_each(st, NULL, dump_staff, &dp, &err), &err);
	ok(store_team_each(st, NULL, dump_team, &dp, &err), &err);
	return dp.buf;
}

/* The built-in config, as a demo without a config file sees it. */
static const struct config *demo_config(void)
{
	static struct config cfg;
	config_defaults(&cfg);
	return &cfg;
}

/* Fill a new database at dir/name with the demo for `today`; returns its dump. */
static char *demo_db(const struct fixture *f, const char *name, struct date today)
{
	char path[192];
	struct store *st = NULL;
	struct zio_err err;
	char *text;

	snprintf(path, sizeof path, "%s/%s", f->dir, name);
	ok(store_open(path, STORE_CREATE, NULL, &st, &err), &err);
	ok(store_begin(st, &err), &err);
	ok(demo_fill(st, demo_config(), today, &err), &err);
	ok(store_commit(st, &err), &err);
	text = dump_all(st);
	store_close(st);
	return text;
}

struct demo_check {
	struct store *st;
	int classes, min_team, max_team;
	char year_start[DATE_STR_LEN];
};

static int demo_class_cb(const struct class *c, void *ctx)
{
	struct demo_check *dc = ctx;
	int n = team_size(dc->st, c->id, 0);

	dc->classes++;
	if (n < 2 || n > 3)
		fail_msg("demo class '%s' (%s) has %d team members, want 2-3", c->name, c->school_name, n);
	if (n < dc->min_team)
		dc->min_team = n;
	if (n > dc->max_team)
		dc->max_team = n;
	assert_true(c->pupils > 0);
	assert_true(c->budget_minutes > 0);
	return 0;
}

static int demo_staff_cb(const struct professional *p, void *ctx)
{
	struct demo_check *dc = ctx;
	char a[DATE_STR_LEN];

	assert_string_equal(date_format(p->active_from, a), dc->year_start);
	assert_int_equal(text_check_name(p->name, "name", NULL), ZIO_OK);
	return 0;
}

static void test_demo(void **state)
{
	struct fixture *f = *state;
	struct store *st = f->st;
	struct zio_err err;
	struct roster_counts cnt;
	struct demo_check dc = { .st = st, .min_team = 99, .max_team = 0, .year_start = "2026-08-01" };
	char *one, *two, *other;

	/* The demo reads share/holidays; make check-unit runs from the repository root, and the
	 * test binary in build/tests/ has no share/ beside it. An existing setting wins. */
	setenv("ZIO_DATADIR", "share", 0);
	ok(store_begin(st, &err), &err);
	ok(demo_fill(st, demo_config(), d("2026-11-23"), &err), &err);
	ok(store_commit(st, &err), &err);
	ok(store_roster_counts(st, &cnt, &err), &err);
	assert_int_equal(cnt.schools, 2);
	assert_int_equal(cnt.classes, 40);
	assert_int_equal(cnt.professionals, 35);
	assert_int_equal(cnt.providers, 2);
	assert_int_equal(cnt.groups, 8);
	ok(store_class_each(st, NULL, demo_class_cb, &dc, &err), &err);
	assert_int_equal(dc.classes, 40);
	assert_int_equal(dc.min_team, 2);
	assert_int_equal(dc.max_team, 3);
	ok(store_staff_each(st, NULL, demo_staff_cb, &dc, &err), &err);

	/* an existing demo cannot be filled in twice */
	ok(store_begin(st, &err), &err);
	assert_int_not_equal(demo_fill(st, demo_config(), d("2026-11-23"), &err), ZIO_OK);
	store_rollback(st);
	ok(store_roster_counts(st, &cnt, &err), &err);
	assert_int_equal(cnt.classes, 40);

	/* deterministic: the same date gives the same data, another school year other dates */
	one = demo_db(f, "one.db", d("2026-11-23"));
	two = demo_db(f, "two.db", d("2026-11-23"));
	other = demo_db(f, "other.db", d("2027-09-01"));
	assert_string_equal(one, two);
	{
		char *mine = dump_all(st);   /* the failed second fill left nothing behind */

		assert_string_equal(mine, one);
		free(mine);
	}
	assert_string_not_equal(one, other);
	assert_non_null(strstr(one, "2026-08-01"));
	assert_null(strstr(other, "2026-08-01"));
	assert_non_null(strstr(other, "2027-08-01"));
	free(one);
	free(two);
	free(other);
	/* the same school year from another day in it: the same data */
	one = demo_db(f, "aug.db", d("2026-08-01"));
	two = demo_db(f, "jul.db", d("2027-07-31"));
	assert_string_equal(one, two);
	free(one);
	free(two);
}

/* Network filesystems are named (and refused by store_open); local ones are not. */
static void test_network_fs(void **state)
{
	(void)state;
	assert_string_equal(store_network_fs_name(0x6969), "NFS");
	assert_string_equal(store_network_fs_name(0xFF534D42L), "CIFS");
	assert_string_equal(store_network_fs_name(0xFE534D42L), "SMB2");
	assert_string_equal(store_network_fs_name(0x65735546), "FUSE");
	assert_null(store_network_fs_name(0xEF53));       /* ext4 */
	assert_null(store_network_fs_name(0x58465342));   /* xfs */
	assert_null(store_network_fs_name(0x01021994));   /* tmpfs */
	assert_null(store_network_fs_name(0x9123683E));   /* btrfs */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_create_refuses_existing, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_open_missing, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_open_not_sqlite, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_open_foreign_sqlite, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_open_foreign_wal, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_open_newer_schema, setup_dir, teardown),
		cmocka_unit_test_setup_teardown(test_school_crud, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_each_order_and_stop, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_group_crud, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_class_crud, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_provider_crud, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_staff_crud, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_team, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_team_read, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_resolve, setup_store, teardown),
		cmocka_unit_test_setup_teardown(test_transactions, setup_store, teardown),
		cmocka_unit_test(test_roster_rules),
		cmocka_unit_test(test_network_fs),
		cmocka_unit_test_setup_teardown(test_demo, setup_store, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
