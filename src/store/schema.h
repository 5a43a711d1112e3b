/* The compiled-in migrations (internal to src/store/). */
#ifndef ZIO_STORE_SCHEMA_H
#define ZIO_STORE_SCHEMA_H
int schema_count(void);
/* Part `part` (0, 1, ...) of the SQL that takes the database from version-1 to version;
 * NULL after the last part. All parts of a version run in one transaction. */
const char *schema_migration(int version, int part);
#endif
