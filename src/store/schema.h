/* The compiled-in migrations (internal to src/store/). */
#ifndef ZIO_STORE_SCHEMA_H
#define ZIO_STORE_SCHEMA_H
int schema_count(void);
/* SQL that takes the database from version-1 to version; NULL when out of range. */
const char *schema_migration(int version);
#endif
