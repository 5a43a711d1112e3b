/* import: reading CSV files (libcsv) into rows with their line numbers, and the imports of
 * classes and staff that add or change roster rows from them, all or nothing. */
#ifndef ZIO_IMPORT_H
#define ZIO_IMPORT_H

#include <stddef.h>

#include "zio/err.h"
#include "zio/store.h"

struct csv_row {
	int line;        /* physical line where the record starts, 1-based */
	int nfields;
	char **fields;   /* UTF-8, NUL-terminated */
};

struct csv_doc {
	size_t nrows;    /* rows[0] is the header */
	struct csv_row *rows;
	size_t cap;
};

/* Read a whole CSV file: comma or semicolon separated (guessed from the header line), an
 * optional UTF-8 byte order mark, quotes as RFC 4180. Every field must be valid UTF-8 without
 * NUL bytes, at most 4096 bytes; at most 64 fields, 100,000 data rows, lines of 1 MiB
 * and files of 32 MiB. Errors are "FILE:LINE: message" (ZIO_EUSAGE for bad content, ZIO_EDB
 * when the file cannot be read). Free with csv_doc_free. */
int csv_doc_read(const char *path, struct csv_doc *doc, struct zio_err *err);
void csv_doc_free(struct csv_doc *doc);

enum import_kind { IMPORT_CLASSES, IMPORT_STAFF };
enum import_action { IMPORT_ADD, IMPORT_CHANGE, IMPORT_SAME };

struct import_report {
	int added, changed, unchanged;
};

/* Called for every data row with what the import does to it; `what` names the row. */
typedef void (*import_note_fn)(enum import_action action, int line, const char *what, void *ctx);

/* The header names each kind accepts, for help texts: required ones first. */
const char *import_columns(enum import_kind kind);

/* Add or change the rows of doc. The caller holds the transaction and rolls back on failure
 * (or for a dry run). Errors name the file and line: "FILE:LINE: message". */
int import_roster(struct store *st, enum import_kind kind, const char *path, const struct csv_doc *doc,
		  import_note_fn note, void *ctx, struct import_report *rep, struct zio_err *err);

struct holiday_set;

/* Read a school holiday file (the format of share/holidays/nl-school-holidays.ini: sections
 * "[2026-2027 herfstvakantie]" with keys noord, midden, zuid = FIRST..LAST) into hs. It must be
 * a regular, non-empty UTF-8 text file of at most 10,000 lines of 1000 bytes. Every period is
 * checked; the first problem fails the whole file as "FILE:LINE: message". */
int holidays_ini_read(const char *path, struct holiday_set *hs, struct zio_err *err);

#endif
