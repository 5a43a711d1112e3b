/* CSV files into memory through libcsv, keeping the line each record starts on so that every
 * error can say FILE:LINE. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "zio/import.h"
#include "zio/text.h"

#define CSV_FIELD_MAX 4096
#define CSV_FIELDS_MAX 64

struct reader {
	struct csv_doc *doc;
	const char *path;
	long line;           /* physical line being fed */
	long rec_start;      /* the line the record being read started on */
	struct csv_row cur;  /* the record being built */
	int cur_cap;
	struct zio_err *err;
	bool failed;
};

static void fail(struct reader *r, long line, const char *msg)
{
	if (!r->failed)
		zio_err_set(r->err, ZIO_EUSAGE, "%s:%ld: %s", r->path, line, msg);
	r->failed = true;
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct reader *r = ctx;
	char *copy;

	if (r->failed)
		return;
	if (r->cur.nfields == 0)
		r->cur.line = (int)r->rec_start;
	if (len > CSV_FIELD_MAX) {
		fail(r, r->line, "field too long (more than 4096 bytes)");
		return;
	}
	if (memchr(data, '\0', len)) {
		fail(r, r->line, "NUL byte in a field: is this a text file?");
		return;
	}
	if (!text_is_utf8(data, len)) {
		fail(r, r->line, "not valid UTF-8 (save the file as CSV UTF-8)");
		return;
	}
	if (r->cur.nfields == CSV_FIELDS_MAX) {
		fail(r, r->line, "too many fields (more than 64)");
		return;
	}
	if (r->cur.nfields == r->cur_cap) {
		int cap = r->cur_cap ? r->cur_cap * 2 : 8;
		char **f = realloc(r->cur.fields, (size_t)cap * sizeof *f);
		if (!f) {
			fail(r, r->line, "out of memory");
			return;
		}
		r->cur.fields = f;
		r->cur_cap = cap;
	}
	copy = malloc(len + 1);
	if (!copy) {
		fail(r, r->line, "out of memory");
		return;
	}
	memcpy(copy, data, len);
	copy[len] = '\0';
	r->cur.fields[r->cur.nfields++] = copy;
}

static void on_record(int term, void *ctx)
{
	struct reader *r = ctx;
	struct csv_doc *d = r->doc;

	(void)term;
	if (r->failed)
		return;
	if (d->nrows == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		struct csv_row *rows = realloc(d->rows, cap * sizeof *rows);
		if (!rows) {
			fail(r, r->line, "out of memory");
			return;
		}
		d->rows = rows;
		d->cap = cap;
	}
	d->rows[d->nrows++] = r->cur;
	r->cur = (struct csv_row){ 0 };
	r->cur_cap = 0;
}

void csv_doc_free(struct csv_doc *doc)
{
	for (size_t i = 0; i < doc->nrows; i++) {
		for (int k = 0; k < doc->rows[i].nfields; k++)
			free(doc->rows[i].fields[k]);
		free(doc->rows[i].fields);
	}
	free(doc->rows);
	*doc = (struct csv_doc){ 0 };
}

int csv_doc_read(const char *path, struct csv_doc *doc, struct zio_err *err)
{
	struct csv_parser p;
	struct reader r = { .doc = doc, .path = path, .err = err };
	FILE *f;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;

	*doc = (struct csv_doc){ 0 };
	f = fopen(path, "rb");
	if (!f)
		return zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, strerror(errno));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fclose(f);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	while (!r.failed && (n = getline(&buf, &cap, f)) > 0) {
		char *data = buf;
		r.line++;
		/* libcsv's pstate 0 is ROW_NOT_BEGUN: this line starts a new record. */
		if (p.pstate == 0)
			r.rec_start = r.line;
		if (r.line == 1) {
			if (n >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
				data += 3, n -= 3;
			/* Dutch Excel saves CSV with semicolons. */
			if (memchr(data, ';', (size_t)n) && !memchr(data, ',', (size_t)n))
				csv_set_delim(&p, ';');
		}
		if (csv_parse(&p, data, (size_t)n, on_field, on_record, &r) != (size_t)n && !r.failed)
			fail(&r, r.line, csv_error(&p) == CSV_EPARSE
						 ? "a quote (\") inside a field that does not start with one; "
						   "quote the whole field and double the quote"
						 : csv_strerror(csv_error(&p)));
	}
	if (!r.failed && ferror(f))
		zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, strerror(errno)), r.failed = true;
	if (!r.failed && csv_fini(&p, on_field, on_record, &r) != 0)
		fail(&r, r.rec_start, "a quoted field is not closed");
	csv_free(&p);
	free(buf);
	fclose(f);
	for (int k = 0; k < r.cur.nfields; k++)
		free(r.cur.fields[k]);
	free(r.cur.fields);
	if (!r.failed && doc->nrows == 0)
		fail(&r, 1, "empty file: expected a header row");
	if (r.failed) {
		csv_doc_free(doc);
		return err ? err->code : ZIO_EUSAGE;
	}
	return ZIO_OK;
}
