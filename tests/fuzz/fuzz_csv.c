/* libFuzzer target: the CSV import (src/import/csv.c and roster.c). The input is the file;
 * csv_doc_read must refuse it with one "FILE:LINE: message" line or return rows that hold
 * valid UTF-8 without NUL bytes; then both imports (classes and staff) run on those rows
 * against a small database (a school S, a target group G, a provider P, one class and one
 * professional) inside a transaction that is rolled back, as zio import --dry-run does. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"
#include "zio/import.h"
#include "zio/roster.h"
#include "zio/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct store *st;
static char dir[64], dbpath[96];

static void cleanup(void)
{
	char p[128];

	store_close(st);
	st = NULL;
	unlink(dbpath);
	snprintf(p, sizeof p, "%s-wal", dbpath);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", dbpath);
	unlink(p);
	rmdir(dir);
}

static void must(int rc, const struct zio_err *err)
{
	if (rc) {
		fprintf(stderr, "fuzz_csv setup: %s\n", err->msg);
		abort();
	}
}

static void setup(void)
{
	const char *tmp = getenv("TMPDIR");
	struct zio_err err;
	struct school s = { .name = "S", .region = REGION_ZUID, .day_start = 510, .day_end = 900 };
	struct target_group g = { .name = "G", .weekly_minutes = 1200, .wlz_share_bp = 5000 };
	struct provider p = { .name = "P", .rate_cents = -1 };
	struct class c = { .name = "K", .pupils = 6, .weekly_minutes = -1 };
	struct professional pr = { .name = "N", .contract_minutes = 600 };

	snprintf(dir, sizeof dir, "%s/zio-fuzz.XXXXXX", tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		abort();
	}
	snprintf(dbpath, sizeof dbpath, "%s/fuzz.db", dir);
	zio_err_clear(&err);
	must(store_open(dbpath, STORE_CREATE, NULL, &st, &err), &err);
	atexit(cleanup);
	must(store_begin(st, &err), &err);
	must(store_school_insert(st, &s, &err), &err);
	must(store_group_insert(st, &g, &err), &err);
	must(store_provider_insert(st, &p, &err), &err);
	c.school_id = s.id;
	c.group_id = g.id;
	must(store_class_insert(st, &c, &err), &err);
	pr.provider_id = p.id;
	must(store_staff_insert(st, &pr, &err), &err);
	must(store_commit(st, &err), &err);
}

/* An error message is one line that starts with the file's name. */
static void check_message(const char *path, const struct zio_err *err)
{
	FUZZ_ASSERT(err->code == ZIO_EUSAGE || err->code == ZIO_ERULE || err->code == ZIO_EDB);
	FUZZ_ASSERT(err->msg[0] != '\0');
	FUZZ_ASSERT(strncmp(err->msg, path, strlen(path)) == 0 || strncmp(err->msg, "cannot read ", 12) == 0 ||
		    strcmp(err->msg, "out of memory") == 0);
	FUZZ_ASSERT(strchr(err->msg, '\n') == NULL && strchr(err->msg, '\r') == NULL);
	FUZZ_ASSERT(strchr(err->msg, '\033') == NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum import_kind kinds[] = { IMPORT_CLASSES, IMPORT_STAFF };
	struct csv_doc doc;
	struct zio_err err;
	const char *path;

	if (!st)
		setup();
	path = fuzz_file(data, size);
	zio_err_clear(&err);
	if (csv_doc_read(path, &doc, &err) != ZIO_OK) {
		check_message(path, &err);
		FUZZ_ASSERT(doc.nrows == 0 && doc.rows == NULL);
		return 0;
	}
	FUZZ_ASSERT(doc.nrows >= 1);
	for (size_t i = 0; i < doc.nrows; i++) {
		FUZZ_ASSERT(doc.rows[i].line >= 1);
		FUZZ_ASSERT(i == 0 || doc.rows[i].line >= doc.rows[i - 1].line);
		for (int k = 0; k < doc.rows[i].nfields; k++) {
			const char *f = doc.rows[i].fields[k];
			FUZZ_ASSERT(text_is_utf8(f, strlen(f)));
		}
	}
	for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		struct import_report rep;
		int rc;

		zio_err_clear(&err);
		if (store_begin(st, &err)) {
			fprintf(stderr, "fuzz_csv: %s\n", err.msg);
			abort();
		}
		rc = import_roster(st, kinds[k], path, &doc, NULL, NULL, &rep, &err);
		store_rollback(st);
		if (rc)
			check_message(path, &err);
		else
			FUZZ_ASSERT((size_t)(rep.added + rep.changed + rep.unchanged) == doc.nrows - 1);
	}
	csv_doc_free(&doc);
	return 0;
}
