/* Unit tests for src/import: CSV files into rows with their line numbers (csv.c), and the
 * imports of classes and staff into a roster (roster.c). Every CSV file is written by the test
 * into its own folder under /tmp, removed afterwards. */
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

#include "zio/import.h"
#include "zio/roster.h"

struct fixture {
	char dir[64];
	char file[160];       /* the last CSV written */
	struct store *st;     /* for the import tests */
	int64_t wilgenhoek, noorderlicht, emb, zml, horizon, samen;
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/zio-test-import.XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	*state = f;
	return 0;
}

/* A roster with two schools, two target groups and two providers. */
static int setup_roster(void **state)
{
	struct fixture *f;
	struct zio_err err;
	char path[128];
	struct school s1 = { 0, "De Wilgenhoek", "", REGION_ZUID, 510, 900 };
	struct school s2 = { 0, "Het Noorderlicht", "", REGION_NOORD, 495, 885 };
	struct target_group g1 = { 0, "EMB", 32 * 60, 8500 }, g2 = { 0, "ZML", 20 * 60, 4000 };
	struct provider p1 = { 0, "Zorggroep Horizon", 5850 }, p2 = { 0, "Stichting Samen Verder", -1 };

	if (setup(state))
		return -1;
	f = *state;
	snprintf(path, sizeof path, "%s/zio.db", f->dir);
	if (store_open(path, STORE_CREATE, NULL, &f->st, &err) || store_school_insert(f->st, &s1, &err) ||
	    store_school_insert(f->st, &s2, &err) || store_group_insert(f->st, &g1, &err) ||
	    store_group_insert(f->st, &g2, &err) || store_provider_insert(f->st, &p1, &err) ||
	    store_provider_insert(f->st, &p2, &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	f->wilgenhoek = s1.id;
	f->noorderlicht = s2.id;
	f->emb = g1.id;
	f->zml = g2.id;
	f->horizon = p1.id;
	f->samen = p2.id;
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

/* Write len bytes (NULs allowed) to dir/name; f->file holds the path. */
static const char *write_csv_n(struct fixture *f, const char *name, const char *data, size_t len)
{
	FILE *fp;

	snprintf(f->file, sizeof f->file, "%s/%s", f->dir, name);
	fp = fopen(f->file, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
	return f->file;
}

static const char *write_csv(struct fixture *f, const char *name, const char *text)
{
	return write_csv_n(f, name, text, strlen(text));
}

static void ok(int rc, const struct zio_err *err)
{
	if (rc != ZIO_OK)
		fail_msg("status %d: %s", rc, err->msg);
}

/* Read a CSV that must parse. */
static void read_ok(const char *path, struct csv_doc *doc)
{
	struct zio_err err;

	zio_err_clear(&err);
	ok(csv_doc_read(path, doc, &err), &err);
}

static void assert_row(const struct csv_doc *doc, size_t i, int line, int nfields, ...)
{
	va_list ap;

	assert_true(i < doc->nrows);
	if (doc->rows[i].line != line)
		fail_msg("row %zu starts on line %d, want %d", i, doc->rows[i].line, line);
	if (doc->rows[i].nfields != nfields)
		fail_msg("row %zu has %d fields, want %d", i, doc->rows[i].nfields, nfields);
	va_start(ap, nfields);
	for (int k = 0; k < nfields; k++) {
		const char *want = va_arg(ap, const char *);

		if (strcmp(doc->rows[i].fields[k], want) != 0)
			fail_msg("row %zu field %d is '%s', want '%s'", i, k, doc->rows[i].fields[k], want);
	}
	va_end(ap);
}

/* The CSV must be refused with `code` and a message that starts "PATH:LINE: " and holds want. */
static void assert_csv_fails(const char *path, int code, int line, const char *want)
{
	struct csv_doc doc = { 7, NULL, 7 };
	struct zio_err err;
	char prefix[256];
	int rc;

	zio_err_clear(&err);
	rc = csv_doc_read(path, &doc, &err);
	if (rc != code || err.code != code)
		fail_msg("%s: got status %d (%s), want %d", path, rc, err.msg, code);
	snprintf(prefix, sizeof prefix, "%s:%d: ", path, line);
	if (strncmp(err.msg, prefix, strlen(prefix)) != 0)
		fail_msg("message '%s' should start with '%s'", err.msg, prefix);
	if (want && !strstr(err.msg, want))
		fail_msg("message '%s' lacks '%s'", err.msg, want);
	assert_null(strchr(err.msg, '\n'));
	/* nothing left to free */
	assert_int_equal(doc.nrows, 0);
	assert_null(doc.rows);
}

/* --- csv_doc_read --------------------------------------------------------------------------- */

static void test_csv_comma_and_semicolon(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;

	read_ok(write_csv(f, "comma.csv", "school,name,group\nDe Wilgenhoek,SO Egels,EMB\n"
					  "Het Noorderlicht,Groep Zon,ZML\n"), &doc);
	assert_int_equal(doc.nrows, 3);
	assert_row(&doc, 0, 1, 3, "school", "name", "group");
	assert_row(&doc, 1, 2, 3, "De Wilgenhoek", "SO Egels", "EMB");
	assert_row(&doc, 2, 3, 3, "Het Noorderlicht", "Groep Zon", "ZML");
	csv_doc_free(&doc);
	assert_int_equal(doc.nrows, 0);
	assert_null(doc.rows);

	/* Dutch Excel: semicolons, and then commas are decimal commas inside fields */
	read_ok(write_csv(f, "semi.csv", "name;provider;contract_hours\nZoë de Vries;Horizon;24,5\n"), &doc);
	assert_int_equal(doc.nrows, 2);
	assert_row(&doc, 0, 1, 3, "name", "provider", "contract_hours");
	assert_row(&doc, 1, 2, 3, "Zoë de Vries", "Horizon", "24,5");
	csv_doc_free(&doc);

	/* the header decides: with a comma in it, the file is comma separated */
	read_ok(write_csv(f, "mixed.csv", "a,b;c\n1,2;3\n"), &doc);
	assert_row(&doc, 0, 1, 2, "a", "b;c");
	assert_row(&doc, 1, 2, 2, "1", "2;3");
	csv_doc_free(&doc);

	/* one column, no separator at all */
	read_ok(write_csv(f, "one.csv", "name\nZoë\n"), &doc);
	assert_row(&doc, 1, 2, 1, "Zoë");
	csv_doc_free(&doc);

	/* empty fields are fields */
	read_ok(write_csv(f, "empty-fields.csv", "a,b,c\n,,\nx,,\n"), &doc);
	assert_row(&doc, 1, 2, 3, "", "", "");
	assert_row(&doc, 2, 3, 3, "x", "", "");
	csv_doc_free(&doc);
}

static void test_csv_bom(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;

	read_ok(write_csv(f, "bom.csv", "\xef\xbb\xbfschool,name\nDe Wilgenhoek,SO Egels\n"), &doc);
	assert_row(&doc, 0, 1, 2, "school", "name");
	assert_row(&doc, 1, 2, 2, "De Wilgenhoek", "SO Egels");
	csv_doc_free(&doc);

	read_ok(write_csv(f, "bom-semi.csv", "\xef\xbb\xbfschool;name\r\nDe Wilgenhoek;SO Egels\r\n"), &doc);
	assert_row(&doc, 0, 1, 2, "school", "name");
	assert_row(&doc, 1, 2, 2, "De Wilgenhoek", "SO Egels");
	csv_doc_free(&doc);

	/* only the first line can carry a BOM; a BOM alone is an empty file */
	assert_csv_fails(write_csv(f, "bom-only.csv", "\xef\xbb\xbf"), ZIO_EUSAGE, 1, "empty");
}

static void test_csv_quotes_and_lines(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;

	read_ok(write_csv(f, "quotes.csv",
			  "name,note,x\n"                          /* 1 */
			  "\"Jansen, Sanne\",\"multi\nline\nfield\",3\n" /* 2-4 */
			  "\"say \"\"hi\"\"\",plain,4\n"           /* 5 */
			  "next,row,5\n"                           /* 6 */
			  "\"\",\"\",\"\"\n"                       /* 7: quoted empty fields */
			  "\"a\"\"\",\";\",\"\n\"\n"),             /* 8-9 */
		&doc);
	assert_int_equal(doc.nrows, 6);
	assert_row(&doc, 0, 1, 3, "name", "note", "x");
	assert_row(&doc, 1, 2, 3, "Jansen, Sanne", "multi\nline\nfield", "3");
	assert_row(&doc, 2, 5, 3, "say \"hi\"", "plain", "4");
	assert_row(&doc, 3, 6, 3, "next", "row", "5");
	assert_row(&doc, 4, 7, 3, "", "", "");
	assert_row(&doc, 5, 8, 3, "a\"", ";", "\n");
	csv_doc_free(&doc);

	/* a multi-line first field: the record starts where the field starts */
	read_ok(write_csv(f, "first.csv", "\"first\nfield\",x\n\"q\n\nr\",1\nz,2"), &doc);
	assert_int_equal(doc.nrows, 3);
	assert_row(&doc, 0, 1, 2, "first\nfield", "x");
	assert_row(&doc, 1, 3, 2, "q\n\nr", "1");
	assert_row(&doc, 2, 6, 2, "z", "2");    /* and no newline at the end of the file */
	csv_doc_free(&doc);
}

static void test_csv_blank_lines_and_crlf(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;

	read_ok(write_csv(f, "blank.csv", "a,b\n\n1,2\n\n\n3,4\n\n"), &doc);
	assert_int_equal(doc.nrows, 3);
	assert_row(&doc, 0, 1, 2, "a", "b");
	assert_row(&doc, 1, 3, 2, "1", "2");
	assert_row(&doc, 2, 6, 2, "3", "4");
	csv_doc_free(&doc);

	read_ok(write_csv(f, "crlf.csv", "a,b\r\n1,2\r\n\r\n3,4\r\n"), &doc);
	assert_int_equal(doc.nrows, 3);
	assert_row(&doc, 0, 1, 2, "a", "b");
	assert_row(&doc, 1, 2, 2, "1", "2");
	assert_row(&doc, 2, 4, 2, "3", "4");
	csv_doc_free(&doc);

	/* CRLF inside a quoted field, then the next record's line */
	read_ok(write_csv(f, "crlf-multi.csv", "a,b\r\n\"x\r\ny\",2\r\n3,4\r\n"), &doc);
	assert_int_equal(doc.nrows, 3);
	assert_int_equal(doc.rows[1].line, 2);
	assert_int_equal(doc.rows[1].fields[0][0], 'x');
	assert_int_equal(doc.rows[1].fields[0][strlen(doc.rows[1].fields[0]) - 1], 'y');
	assert_row(&doc, 2, 4, 2, "3", "4");
	csv_doc_free(&doc);
}

static void test_csv_bad_content(void **state)
{
	struct fixture *f = *state;

	/* junk after a closing quote (strict RFC 4180) */
	assert_csv_fails(write_csv(f, "junk.csv", "a,b\n1,2\n3,\"x\"y\n"), ZIO_EUSAGE, 3, NULL);
	/* not UTF-8 (Latin-1 é), on line 3 */
	assert_csv_fails(write_csv(f, "latin1.csv", "a,b\n1,2\n3,caf\xe9\n"), ZIO_EUSAGE, 3, "UTF-8");
	assert_csv_fails(write_csv(f, "latin1-head.csv", "caf\xe9,b\n"), ZIO_EUSAGE, 1, "UTF-8");
	/* a NUL byte */
	assert_csv_fails(write_csv_n(f, "nul.csv", "a,b\n1,x\0y\n", 10), ZIO_EUSAGE, 2, "NUL");
	/* empty files */
	assert_csv_fails(write_csv(f, "empty.csv", ""), ZIO_EUSAGE, 1, "empty");
	assert_csv_fails(write_csv(f, "blank-only.csv", "\n\r\n\n"), ZIO_EUSAGE, 1, "empty");
}

/* An unclosed quote swallows the rest of the file; the line that helps is the one where the
 * quoted field opens, not the last line of the file. */
static void test_csv_unclosed_quote(void **state)
{
	struct fixture *f = *state;

	assert_csv_fails(write_csv(f, "open2.csv", "a,b\n1,\"x\n"), ZIO_EUSAGE, 2, "quoted field");
	assert_csv_fails(write_csv(f, "open.csv", "a,b\n1,\"open\n2,3\n4,5\n"), ZIO_EUSAGE, 2,
			 "quoted field");
	assert_csv_fails(write_csv(f, "open3.csv", "a,b\n1,2\n\"Jansen, Sanne,3\n4,5\n6,7\n"),
			 ZIO_EUSAGE, 3, "quoted field");
}

static void test_csv_limits(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;
	char *text = malloc(8192);
	size_t n;

	assert_non_null(text);
	/* 64 fields are fine, 65 are not */
	strcpy(text, "a,b\n");
	for (int i = 0; i < 64; i++)
		strcat(text, i ? ",x" : "x");
	strcat(text, "\n");
	read_ok(write_csv(f, "64.csv", text), &doc);
	assert_int_equal(doc.rows[1].nfields, 64);
	csv_doc_free(&doc);
	strcpy(text, "a,b\n");
	for (int i = 0; i < 65; i++)
		strcat(text, i ? ",x" : "x");
	strcat(text, "\n");
	assert_csv_fails(write_csv(f, "65.csv", text), ZIO_EUSAGE, 2, "too many fields");

	/* a field of 4096 bytes is fine, of 4097 not */
	strcpy(text, "a,b\n1,");
	n = strlen(text);
	memset(text + n, 'x', 4096);
	strcpy(text + n + 4096, "\n");
	read_ok(write_csv(f, "4096.csv", text), &doc);
	assert_int_equal(strlen(doc.rows[1].fields[1]), 4096);
	csv_doc_free(&doc);
	strcpy(text, "a,b\n1,2\n3,");
	n = strlen(text);
	memset(text + n, 'x', 4097);
	strcpy(text + n + 4097, "\n");
	assert_csv_fails(write_csv(f, "4097.csv", text), ZIO_EUSAGE, 3, "too long");
	free(text);
}

static void test_csv_unreadable(void **state)
{
	struct fixture *f = *state;
	struct csv_doc doc;
	struct zio_err err;
	char path[128];

	snprintf(path, sizeof path, "%s/none.csv", f->dir);
	zio_err_clear(&err);
	assert_int_equal(csv_doc_read(path, &doc, &err), ZIO_EDB);
	assert_int_equal(err.code, ZIO_EDB);
	assert_non_null(strstr(err.msg, path));
	assert_int_equal(doc.nrows, 0);
	/* err may be NULL */
	assert_int_equal(csv_doc_read(path, &doc, NULL), ZIO_EDB);
}

/* --- import_roster ------------------------------------------------------------------------ */

struct notes {
	char text[2048];
};

static void note_cb(enum import_action action, int line, const char *what, void *ctx)
{
	struct notes *nt = ctx;
	size_t used = strlen(nt->text);
	static const char *const names[] = { "add", "change", "same" };

	snprintf(nt->text + used, sizeof nt->text - used, "%d %s %s\n", line, names[action], what);
}

/* Read path and import it; returns the status, fills rep, err and the notes. */
static int import_file(struct fixture *f, enum import_kind kind, const char *path,
		       struct import_report *rep, struct notes *nt, struct zio_err *err)
{
	struct csv_doc doc;
	int rc;

	read_ok(path, &doc);
	if (nt)
		nt->text[0] = '\0';
	zio_err_clear(err);
	rc = import_roster(f->st, kind, path, &doc, nt ? note_cb : NULL, nt, rep, err);
	csv_doc_free(&doc);
	return rc;
}

/* Import in a transaction that must succeed and is committed. */
static void import_commit(struct fixture *f, enum import_kind kind, const char *path,
			  struct import_report *rep, struct notes *nt)
{
	struct zio_err err;

	ok(store_begin(f->st, &err), &err);
	if (import_file(f, kind, path, rep, nt, &err) != ZIO_OK) {
		store_rollback(f->st);
		fail_msg("import of %s failed: %s", path, err.msg);
	}
	ok(store_commit(f->st, &err), &err);
}

static void assert_report(const struct import_report *rep, int added, int changed, int unchanged)
{
	if (rep->added != added || rep->changed != changed || rep->unchanged != unchanged)
		fail_msg("import: %d added, %d changed, %d unchanged; want %d, %d, %d", rep->added,
			 rep->changed, rep->unchanged, added, changed, unchanged);
}

/* The import must fail with `code` and a message "PATH:LINE: ..." holding want; the caller's
 * rollback leaves the roster as it was. */
static void assert_import_fails(struct fixture *f, enum import_kind kind, const char *path, int code,
				int line, const char *want)
{
	struct import_report rep;
	struct roster_counts before, after;
	struct zio_err err;
	char prefix[256];
	int rc;

	ok(store_roster_counts(f->st, &before, &err), &err);
	ok(store_begin(f->st, &err), &err);
	rc = import_file(f, kind, path, &rep, NULL, &err);
	store_rollback(f->st);
	if (rc != code || err.code != code)
		fail_msg("%s: got status %d (%s), want %d", path, rc, err.msg, code);
	snprintf(prefix, sizeof prefix, "%s:%d: ", path, line);
	if (strncmp(err.msg, prefix, strlen(prefix)) != 0)
		fail_msg("message '%s' should start with '%s'", err.msg, prefix);
	if (want && !strstr(err.msg, want))
		fail_msg("message '%s' lacks '%s'", err.msg, want);
	assert_null(strchr(err.msg, '\n'));
	ok(store_roster_counts(f->st, &after, &err), &err);
	assert_memory_equal(&before, &after, sizeof before);
}

static struct class get_class(struct fixture *f, int64_t school, const char *name)
{
	struct class c;
	struct zio_err err;
	int64_t id;

	ok(store_class_find(f->st, school, name, &id, &err), &err);
	if (id == 0)
		fail_msg("no class '%s'", name);
	ok(store_class_get(f->st, id, &c, &err), &err);
	return c;
}

static struct professional get_staff(struct fixture *f, int64_t provider, const char *name)
{
	struct professional p;
	struct zio_err err;
	int64_t id;

	ok(store_staff_find(f->st, provider, name, &id, &err), &err);
	if (id == 0)
		fail_msg("no professional '%s'", name);
	ok(store_staff_get(f->st, id, &p, &err), &err);
	return p;
}

static void test_import_classes(void **state)
{
	struct fixture *f = *state;
	struct import_report rep;
	struct notes nt;
	struct class c;
	const char *path;
	char want[512];

	path = write_csv(f, "classes.csv",
			 "school,name,group,pupils,hours\n"
			 "De Wilgenhoek,SO Egels,EMB,7,\n"
			 "\n"
			 "De Wilgenhoek,SO Vossen,ZML,10,\"22,5\"\n"
			 "Het Noorderlicht,Groep Zon,EMB,,\n");
	import_commit(f, IMPORT_CLASSES, path, &rep, &nt);
	assert_report(&rep, 3, 0, 0);
	assert_string_equal(nt.text, "2 add class 'SO Egels' at 'De Wilgenhoek'\n"
				     "4 add class 'SO Vossen' at 'De Wilgenhoek'\n"
				     "5 add class 'Groep Zon' at 'Het Noorderlicht'\n");
	c = get_class(f, f->wilgenhoek, "SO Egels");
	assert_int_equal(c.group_id, f->emb);
	assert_int_equal(c.pupils, 7);
	assert_int_equal(c.weekly_minutes, -1);
	assert_int_equal(c.budget_minutes, 32 * 60);
	c = get_class(f, f->wilgenhoek, "SO Vossen");
	assert_int_equal(c.group_id, f->zml);
	assert_int_equal(c.pupils, 10);
	assert_int_equal(c.weekly_minutes, 22 * 60 + 30);
	c = get_class(f, f->noorderlicht, "Groep Zon");
	assert_int_equal(c.pupils, 0);
	assert_int_equal(c.weekly_minutes, -1);

	/* the same file again changes nothing */
	import_commit(f, IMPORT_CLASSES, path, &rep, &nt);
	assert_report(&rep, 0, 0, 3);
	assert_non_null(strstr(nt.text, "2 same class 'SO Egels'"));

	/* other column order, semicolons, a BOM; an absent or empty optional field keeps the value */
	path = write_csv(f, "classes2.csv",
			 "\xef\xbb\xbfName;School;Group;Hours\r\n"
			 "SO Egels;De Wilgenhoek;EMB;20\r\n"
			 "SO Vossen;De Wilgenhoek;ZML;none\r\n"
			 "Groep Zon;Het Noorderlicht;EMB;\r\n"
			 "Nieuw;Het Noorderlicht;ZML;\r\n");
	import_commit(f, IMPORT_CLASSES, path, &rep, &nt);
	assert_report(&rep, 1, 2, 1);
	snprintf(want, sizeof want, "2 change class 'SO Egels' at 'De Wilgenhoek'\n"
				    "3 change class 'SO Vossen' at 'De Wilgenhoek'\n"
				    "4 same class 'Groep Zon' at 'Het Noorderlicht'\n"
				    "5 add class 'Nieuw' at 'Het Noorderlicht'\n");
	assert_string_equal(nt.text, want);
	c = get_class(f, f->wilgenhoek, "SO Egels");
	assert_int_equal(c.weekly_minutes, 20 * 60);
	assert_int_equal(c.pupils, 7);
	c = get_class(f, f->wilgenhoek, "SO Vossen");
	assert_int_equal(c.weekly_minutes, -1);
	assert_int_equal(c.budget_minutes, 20 * 60);
	c = get_class(f, f->noorderlicht, "Nieuw");
	assert_int_equal(c.group_id, f->zml);

	/* a new group or pupil count is a change; the school by id works too */
	{
		char text[256];

		snprintf(text, sizeof text, "school,name,group,pupils\n%lld,Groep Zon,ZML,6\n",
			 (long long)f->noorderlicht);
		path = write_csv(f, "classes3.csv", text);
	}
	import_commit(f, IMPORT_CLASSES, path, &rep, NULL);
	assert_report(&rep, 0, 1, 0);
	c = get_class(f, f->noorderlicht, "Groep Zon");
	assert_int_equal(c.group_id, f->zml);
	assert_int_equal(c.pupils, 6);
}

static void test_import_classes_errors(void **state)
{
	struct fixture *f = *state;
	const char *p;

	/* unknown school, after a blank line and a multi-line field elsewhere */
	p = write_csv(f, "e1.csv", "school,name,group\n"
				    "De Wilgenhoek,SO Egels,EMB\n"
				    "\n"
				    "Zonnebloem,Groep 1,EMB\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 4, "Zonnebloem");
	p = write_csv(f, "e1b.csv", "school,name,group\n"
				     "\"De Wilgenhoek\",\"SO Egels\",\"EMB\"\n"
				     "Het Noorderlicht,Groep 1,ZML\n"
				     "De Wilgenhoek,SO Dassen,Onbekend\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 4, "Onbekend");
	/* wrong field counts */
	p = write_csv(f, "e2.csv", "school,name,group\nDe Wilgenhoek,SO Egels\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 2, "2 fields");
	p = write_csv(f, "e2b.csv", "school,name,group\nDe Wilgenhoek,SO Egels,EMB\n"
				     "De Wilgenhoek,SO Vossen,EMB,12\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 3, "4 fields");
	/* header problems are on line 1 */
	p = write_csv(f, "e3.csv", "school,name\nDe Wilgenhoek,SO Egels\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 1, "missing column 'group'");
	p = write_csv(f, "e4.csv", "school,name,group,teacher\nDe Wilgenhoek,SO Egels,EMB,Piet\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 1, "unknown column 'teacher'");
	p = write_csv(f, "e5.csv", "school,name,group,Name\nDe Wilgenhoek,SO Egels,EMB,x\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 1, "twice");
	p = write_csv(f, "e6.csv", "school,name,group,\nDe Wilgenhoek,SO Egels,EMB,\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 1, "unknown column");
	/* bad values */
	p = write_csv(f, "e7.csv", "school,name,group,pupils\nDe Wilgenhoek,SO Egels,EMB,veel\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 2, "pupils");
	p = write_csv(f, "e8.csv", "school,name,group,hours\nDe Wilgenhoek,SO Egels,EMB,169\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 2, "hours");
	p = write_csv(f, "e9.csv", "school,name,group\nDe Wilgenhoek,,EMB\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 2, "empty");
	p = write_csv(f, "e10.csv", "school,name,group\nDe Wilgenhoek,\"SO\nEgels\",EMB\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 2, "control");
	/* a duplicate within the file: the second row finds the first */
	p = write_csv(f, "dup.csv", "school,name,group\nDe Wilgenhoek,SO Egels,EMB\n"
				     "De Wilgenhoek,SO Egels,EMB\n");
	{
		struct import_report rep;

		import_commit(f, IMPORT_CLASSES, p, &rep, NULL);
		assert_report(&rep, 1, 0, 1);
	}
	/* the staff columns are not class columns */
	p = write_csv(f, "e11.csv", "name,provider\nZoë,Zorggroep Horizon\n");
	assert_import_fails(f, IMPORT_CLASSES, p, ZIO_EUSAGE, 1, "provider");
}

static void test_import_staff(void **state)
{
	struct fixture *f = *state;
	struct import_report rep;
	struct notes nt;
	struct professional p;
	char buf[DATE_STR_LEN];
	const char *path;

	path = write_csv(f, "staff.csv",
			 "name,provider,discipline,contract_hours,from,to\n"
			 "Zoë de Vries,Zorggroep Horizon,begeleider,32,2026-08-01,\n"
			 "\"Jansen, Sanne\",Stichting Samen Verder,,24.5,,2027-07-31\n"
			 "Ümit Yılmaz,Zorggroep Horizon,verzorgende,,,\n");
	import_commit(f, IMPORT_STAFF, path, &rep, &nt);
	assert_report(&rep, 3, 0, 0);
	assert_string_equal(nt.text, "2 add professional 'Zoë de Vries' of 'Zorggroep Horizon'\n"
				     "3 add professional 'Jansen, Sanne' of 'Stichting Samen Verder'\n"
				     "4 add professional 'Ümit Yılmaz' of 'Zorggroep Horizon'\n");
	p = get_staff(f, f->horizon, "Zoë de Vries");
	assert_string_equal(p.discipline, "begeleider");
	assert_int_equal(p.contract_minutes, 32 * 60);
	assert_string_equal(date_format(p.active_from, buf), "2026-08-01");
	assert_int_equal(p.active_to.y, 0);
	p = get_staff(f, f->samen, "Jansen, Sanne");
	assert_string_equal(p.discipline, "");
	assert_int_equal(p.contract_minutes, 24 * 60 + 30);
	assert_int_equal(p.active_from.y, 0);
	assert_string_equal(date_format(p.active_to, buf), "2027-07-31");
	p = get_staff(f, f->horizon, "Ümit Yılmaz");
	assert_int_equal(p.contract_minutes, 0);

	import_commit(f, IMPORT_STAFF, path, &rep, NULL);
	assert_report(&rep, 0, 0, 3);

	/* fewer columns: only what is given changes */
	path = write_csv(f, "staff2.csv",
			 "provider;name;to\n"
			 "Zorggroep Horizon;Zoë de Vries;2027-01-31\n"
			 "Stichting Samen Verder;Jansen, Sanne;2027-07-31\n"
			 "Stichting Samen Verder;Zoë de Vries;\n");   /* same name, other provider */
	import_commit(f, IMPORT_STAFF, path, &rep, &nt);
	assert_report(&rep, 1, 1, 1);
	assert_string_equal(nt.text, "2 change professional 'Zoë de Vries' of 'Zorggroep Horizon'\n"
				     "3 same professional 'Jansen, Sanne' of 'Stichting Samen Verder'\n"
				     "4 add professional 'Zoë de Vries' of 'Stichting Samen Verder'\n");
	p = get_staff(f, f->horizon, "Zoë de Vries");
	assert_string_equal(date_format(p.active_to, buf), "2027-01-31");
	assert_string_equal(date_format(p.active_from, buf), "2026-08-01");
	assert_string_equal(p.discipline, "begeleider");
	assert_int_equal(p.contract_minutes, 32 * 60);
}

static void test_import_staff_errors(void **state)
{
	struct fixture *f = *state;
	const char *p;

	p = write_csv(f, "s1.csv", "name,provider\nZoë de Vries,Zorggroep Horizon\n"
				    "Jan van der Berg,Zorgbureau Nergens\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 3, "Zorgbureau Nergens");
	p = write_csv(f, "s2.csv", "name,provider,from\nZoë de Vries,Zorggroep Horizon,2026-02-30\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 2, "2026-02-30");
	p = write_csv(f, "s3.csv", "name,provider,from,to\n"
				    "Zoë de Vries,Zorggroep Horizon,2026-08-01,2026-07-31\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 2, "before");
	p = write_csv(f, "s4.csv", "name,provider,contract_hours\nZoë de Vries,Zorggroep Horizon,61\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 2, "contract_hours");
	p = write_csv(f, "s5.csv", "name,discipline\nZoë de Vries,begeleider\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 1, "missing column 'provider'");
	p = write_csv(f, "s6.csv", "name,provider,group\nZoë de Vries,Zorggroep Horizon,EMB\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 1, "unknown column 'group'");
	p = write_csv(f, "s7.csv", "name,provider,Provider\nZoë,Zorggroep Horizon,Zorggroep Horizon\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 1, "twice");
	p = write_csv(f, "s9.csv", "name,provider\nJan,Zorggroep Horizon\n\"multi\nline\",Zorggroep Horizon\n"
				    "Piet,Zorggroep Horizon,x\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 3, "control");
	p = write_csv(f, "s10.csv", "name,provider\nJan,Zorggroep Horizon\n\"Kees\",\"Zorggroep Horizon\"\n"
				     "\"Piet\nJansen\",Zorggroep Horizon,x\n");
	assert_import_fails(f, IMPORT_STAFF, p, ZIO_EUSAGE, 4, "3 fields");
}

/* err.h promises one-line messages; a field quoted into a message must not bring its
 * newlines or terminal escapes along (the CLI prints err.msg to the terminal as it is). */
static void test_import_messages_stay_one_line(void **state)
{
	struct fixture *f = *state;
	struct import_report rep;
	struct zio_err err;
	const char *p;
	int rc;

	p = write_csv(f, "nl.csv", "name,provider\n\"Zoë\",\"Zorggroep\nHorizon\"\n");
	ok(store_begin(f->st, &err), &err);
	rc = import_file(f, IMPORT_STAFF, p, &rep, NULL, &err);
	store_rollback(f->st);
	assert_int_equal(rc, ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, p));
	if (strchr(err.msg, '\n'))
		fail_msg("message holds a raw newline from the file: %s", err.msg);
}

static void test_import_messages_no_escapes(void **state)
{
	struct fixture *f = *state;
	struct import_report rep;
	struct zio_err err;
	const char *p;
	int rc;

	p = write_csv(f, "esc.csv", "school,name,group\n\"\x1b]0;pwned\x07\x1b[2J\",SO Egels,EMB\n");
	ok(store_begin(f->st, &err), &err);
	rc = import_file(f, IMPORT_CLASSES, p, &rep, NULL, &err);
	store_rollback(f->st);
	assert_int_equal(rc, ZIO_EUSAGE);
	for (const char *c = err.msg; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			fail_msg("message holds control character 0x%02x from the file", (unsigned char)*c);
}

/* The header names of import_columns() are the ones the import accepts. */
static void test_import_columns(void **state)
{
	(void)state;
	assert_string_equal(import_columns(IMPORT_CLASSES), "school,name,group[,pupils][,hours]");
	assert_string_equal(import_columns(IMPORT_STAFF),
			    "name,provider[,discipline][,contract_hours][,from][,to]");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_csv_comma_and_semicolon, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_bom, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_quotes_and_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_blank_lines_and_crlf, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_bad_content, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_unclosed_quote, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_limits, setup, teardown),
		cmocka_unit_test_setup_teardown(test_csv_unreadable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_classes, setup_roster, teardown),
		cmocka_unit_test_setup_teardown(test_import_classes_errors, setup_roster, teardown),
		cmocka_unit_test_setup_teardown(test_import_staff, setup_roster, teardown),
		cmocka_unit_test_setup_teardown(test_import_staff_errors, setup_roster, teardown),
		cmocka_unit_test_setup_teardown(test_import_messages_stay_one_line, setup_roster, teardown),
		cmocka_unit_test_setup_teardown(test_import_messages_no_escapes, setup_roster, teardown),
		cmocka_unit_test(test_import_columns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
