/* store: the zio database file: opening and refusing foreign files, the schema and its
 * migrations, and transactions. The only module (with the entity files in src/store/) with SQL. */
#ifndef ZIO_STORE_H
#define ZIO_STORE_H

#include <stdbool.h>
#include <stdint.h>

#include "zio/err.h"

#define ZIO_APPLICATION_ID 0x5a494f31  /* "ZIO1" in the SQLite header */

struct store;  /* opaque: the connection and its prepared statements */

enum store_mode {
	STORE_OPEN,    /* the file must exist and be a zio database; migrated on open */
	STORE_CREATE,  /* the file must not exist; created with mode 0600 and the schema */
};

struct store_options {
	int busy_timeout_ms;  /* 0: the default of 30000 ms */
	long group;           /* >= 0: a new database is made 0660 with this group (0 counts) */
	bool group_set;
};

/* Open or create the database at path. On success *out owns the connection (close with
 * store_close); on failure it is NULL, err says why (ZIO_EDB), and the file is untouched:
 * a file that is not a zio database, or a newer schema than this program knows, is refused
 * before anything is written. */
int store_open(const char *path, enum store_mode mode, const struct store_options *opt,
	       struct store **out, struct zio_err *err);
void store_close(struct store *st);

/* The schema version this program writes, and the one in the open file. */
int store_schema_latest(void);
int store_schema_version(struct store *st);

/* One write transaction (BEGIN IMMEDIATE). Every change is wrapped in begin .. commit, with
 * rollback on any error, so a failed command leaves the database as it was. */
int store_begin(struct store *st, struct zio_err *err);
int store_commit(struct store *st, struct zio_err *err);
void store_rollback(struct store *st);
/* A read transaction: every read until store_close (or rollback) sees one snapshot. */
int store_read_begin(struct store *st, struct zio_err *err);

/* A number that changes when another connection has written to the database: a cheap way
 * for a long-running view to notice other people's changes (PRAGMA data_version). */
int store_data_version(struct store *st, int64_t *v, struct zio_err *err);

/* A consistent copy of the open database at path (online backup API: others may go on
 * working), written to a temporary file and linked into place; an existing path is refused
 * (ZIO_EUSAGE). New file mode 0600. */
int store_backup_to(struct store *st, const char *path, struct zio_err *err);
/* Replace the open database's content with the zio database at path (checked first: a zio
 * file, a schema this program knows, quick_check ok), then migrate it to this version.
 * Other connections see the restored content at their next transaction. */
int store_restore_from(struct store *st, const char *path, struct zio_err *err);
/* The checks of store_restore_from alone, before anything changes. */
int store_backup_check(const char *path, struct zio_err *err);
/* The name of a network filesystem for a statfs f_type ("NFS", "SMB", "FUSE", ...), or NULL
 * for a local one. zio refuses to open a database on a network filesystem. */
const char *store_network_fs_name(long f_type);

/* SQLite library version, for --version. */
const char *store_sqlite_version(void);

#endif
