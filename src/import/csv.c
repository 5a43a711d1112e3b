/* CSV files into memory through libcsv, keeping the line each record starts on so that every
 * error can say FILE:LINE. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "zio/i18n.h"
#include "zio/import.h"
#include "zio/text.h"

#define CSV_FIELD_MAX 4096
#define CSV_FIELDS_MAX 64
/* Limits that keep a wrong or hostile file (a binary, /dev/zero, a dump of millions of rows)
 * from taking all memory or time: a line of 64 quoted fields of 4096 bytes fits easily. */
#define CSV_LINE_MAX (1L << 20)
#define CSV_BYTES_MAX (32L << 20)
#define CSV_ROWS_MAX 100000        /* data rows, the header not counted (in a message too) */

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
		zio_err_set(r->err, ZIO_EUSAGE, "%s:%ld: %s", r->path, line, _(msg));   /* msg: N_ */
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
		fail(r, r->rec_start, N_("field too long (more than 4096 bytes)"));
		return;
	}
	if (memchr(data, '\0', len)) {
		fail(r, r->rec_start, N_("NUL byte in a field: is this a text file?"));
		return;
	}
	if (!text_is_utf8(data, len)) {
		fail(r, r->rec_start, N_("not valid UTF-8 (save the file as CSV UTF-8)"));
		return;
	}
	if (r->cur.nfields == CSV_FIELDS_MAX) {
		fail(r, r->rec_start, N_("too many fields (more than 64)"));
		return;
	}
	if (r->cur.nfields == r->cur_cap) {
		int cap = r->cur_cap ? r->cur_cap * 2 : 8;
		char **f = realloc(r->cur.fields, (size_t)cap * sizeof *f);
		if (!f) {
			fail(r, r->rec_start, N_("out of memory"));
			return;
		}
		r->cur.fields = f;
		r->cur_cap = cap;
	}
	copy = malloc(len + 1);
	if (!copy) {
		fail(r, r->rec_start, N_("out of memory"));
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
	if (d->nrows > CSV_ROWS_MAX) {
		fail(r, r->cur.line, N_("too many rows (more than 100000): split the file"));
		return;
	}
	if (d->nrows == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 64;
		struct csv_row *rows = realloc(d->rows, cap * sizeof *rows);
		if (!rows) {
			fail(r, r->rec_start, N_("out of memory"));
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

/* getline with limits: the next line (with its newline) into *buf; its length, 0 at the end
 * of the file, -1 when the line is longer than CSV_LINE_MAX or the file longer than
 * CSV_BYTES_MAX (*total counts the bytes read), -2 when out of memory. NUL bytes are kept. */
static long read_line(FILE *f, char **buf, size_t *cap, long *total)
{
	long n = 0;
	int c;

	while ((c = getc_unlocked(f)) != EOF) {
		if (n >= CSV_LINE_MAX || ++*total > CSV_BYTES_MAX)
			return -1;
		if ((size_t)n + 2 > *cap) {
			size_t ncap = *cap ? *cap * 2 : 4096;
			char *nb = realloc(*buf, ncap);
			if (!nb)
				return -2;
			*buf = nb;
			*cap = ncap;
		}
		(*buf)[n++] = (char)c;
		if (c == '\n')
			break;
	}
	return n;
}

int csv_doc_read(const char *path, struct csv_doc *doc, struct zio_err *err)
{
	struct csv_parser p;
	struct reader r = { .doc = doc, .path = path, .err = err };
	FILE *f;
	char *buf = NULL;
	size_t cap = 0;
	long n, total = 0;

	*doc = (struct csv_doc){ 0 };
	f = fopen(path, "rb");
	if (!f)
		return zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, zio_strerror(errno));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		fclose(f);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	while (!r.failed && (n = read_line(f, &buf, &cap, &total)) != 0) {
		char *data = buf;
		r.line++;
		if (n < 0) {
			fail(&r, r.line, n == -2 ? N_("out of memory")
				  : total > CSV_BYTES_MAX ? N_("file too large (more than 32 MiB): is this the right file?")
				  : N_("line too long (more than 1 MiB): is this a CSV file?"));
			break;
		}
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
						 ? N_("a quote (\") inside a field that does not start with one; "
						      "quote the whole field and double the quote")
					 : csv_error(&p) == CSV_ETOOBIG ? N_("a field is too large")
					 : N_("out of memory"));
	}
	if (!r.failed && ferror(f))
		zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, zio_strerror(errno)), r.failed = true;
	if (!r.failed && csv_fini(&p, on_field, on_record, &r) != 0)
		fail(&r, r.rec_start, N_("a quoted field is not closed"));
	csv_free(&p);
	free(buf);
	fclose(f);
	for (int k = 0; k < r.cur.nfields; k++)
		free(r.cur.fields[k]);
	free(r.cur.fields);
	if (!r.failed && doc->nrows == 0)
		fail(&r, 1, N_("empty file: expected a header row"));
	if (r.failed) {
		csv_doc_free(doc);
		return err ? err->code : ZIO_EUSAGE;
	}
	return ZIO_OK;
}
