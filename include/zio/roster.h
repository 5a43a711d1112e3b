/* roster: the entities of a ZiO roster (schools, target groups, classes, providers,
 * professionals and the fixed teams of classes) and their storage. No pupil data, by design. */
#ifndef ZIO_ROSTER_H
#define ZIO_ROSTER_H

#include <stdbool.h>
#include <stdint.h>

#include "zio/date.h"
#include "zio/err.h"
#include "zio/store.h"
#include "zio/text.h"
#include "zio/units.h"

enum school_choice { CHOICE_DEFAULT = 0, CHOICE_CLOSED, CHOICE_OPEN };

struct school {
	int64_t id;
	char name[ZIO_NAME_LEN];
	char brin[8];         /* "" when not given */
	enum region region;
	int day_start, day_end;  /* minutes since midnight */
	/* Public-holiday choices of this school; zero means "as the config says". */
	enum school_choice good_friday, liberation_day, friday_after_ascension;
};

struct target_group {       /* doelgroep */
	int64_t id;
	char name[ZIO_NAME_LEN];
	int weekly_minutes;     /* standard weekly care per class */
	int wlz_share_bp;       /* Wlz share in basis points, 0..10000 */
};

struct class {
	int64_t id;
	int64_t school_id, group_id;
	char name[ZIO_NAME_LEN];
	int pupils;
	int weekly_minutes;     /* override, or -1 to follow the target group */
	/* filled by reads */
	char school_name[ZIO_NAME_LEN], group_name[ZIO_NAME_LEN];
	int budget_minutes;     /* the effective weekly budget */
};

struct provider {           /* zorgaanbieder */
	int64_t id;
	char name[ZIO_NAME_LEN];
	int64_t rate_cents;     /* hourly rate, or -1 when not set */
};

struct professional {
	int64_t id;
	int64_t provider_id;
	char name[ZIO_NAME_LEN];
	char discipline[ZIO_NAME_LEN];  /* free text: begeleider, verzorgende, ... */
	int contract_minutes;           /* per week */
	struct date active_from, active_to;  /* y == 0: open-ended */
	char provider_name[ZIO_NAME_LEN];    /* filled by reads */
};

struct team_member {        /* one of the "vaste gezichten" of a class */
	int64_t id;
	int64_t professional_id, class_id;
	struct date from, to;   /* y == 0: open-ended */
	/* filled by reads */
	char professional_name[ZIO_NAME_LEN], class_name[ZIO_NAME_LEN], school_name[ZIO_NAME_LEN];
};

/* Filters for lists and lookups; 0 means any. */
struct roster_filter {
	int64_t school_id, group_id, provider_id, class_id, professional_id;
};

/* Rules every school, group, class, professional and membership must satisfy, whatever path
 * it comes by (CLI, import, TUI): names, ranges, date order. The store's writes call them. */
int roster_check_school(const struct school *s, struct zio_err *err);
int roster_check_group(const struct target_group *g, struct zio_err *err);
int roster_check_class(const struct class *c, struct zio_err *err);
int roster_check_provider(const struct provider *p, struct zio_err *err);
int roster_check_staff(const struct professional *p, struct zio_err *err);
int roster_check_team(const struct team_member *t, struct zio_err *err);

/* Find an entity by exact name or by numeric id. An unknown name is ZIO_EUSAGE with a message
 * that lists close candidates; a name that matches several (a class at two schools, a
 * professional at two providers) is ZIO_EUSAGE listing them all, with how to pick one. */
int store_school_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err);
int store_group_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err);
int store_provider_resolve(struct store *st, const char *key, int64_t *id, struct zio_err *err);
int store_class_resolve(struct store *st, const char *key, int64_t school_id, int64_t *id,
			struct zio_err *err);
int store_staff_resolve(struct store *st, const char *key, int64_t provider_id, int64_t *id,
			struct zio_err *err);

/* Exact lookups by natural key for imports: *id is 0 when there is no such row. */
int store_class_find(struct store *st, int64_t school_id, const char *name, int64_t *id,
		     struct zio_err *err);
int store_staff_find(struct store *st, int64_t provider_id, const char *name, int64_t *id,
		     struct zio_err *err);

/* Reads fill *out; ZIO_EUSAGE when the id does not exist. */
int store_school_get(struct store *st, int64_t id, struct school *out, struct zio_err *err);
int store_group_get(struct store *st, int64_t id, struct target_group *out, struct zio_err *err);
int store_class_get(struct store *st, int64_t id, struct class *out, struct zio_err *err);
int store_provider_get(struct store *st, int64_t id, struct provider *out, struct zio_err *err);
int store_staff_get(struct store *st, int64_t id, struct professional *out, struct zio_err *err);

/* Iterate in name order; fn returns non-zero to stop (that value is returned). */
int store_school_each(struct store *st, int (*fn)(const struct school *, void *), void *ctx,
		      struct zio_err *err);
int store_group_each(struct store *st, int (*fn)(const struct target_group *, void *), void *ctx,
		     struct zio_err *err);
int store_class_each(struct store *st, const struct roster_filter *f,
		     int (*fn)(const struct class *, void *), void *ctx, struct zio_err *err);
int store_provider_each(struct store *st, int (*fn)(const struct provider *, void *), void *ctx,
			struct zio_err *err);
int store_staff_each(struct store *st, const struct roster_filter *f,
		     int (*fn)(const struct professional *, void *), void *ctx, struct zio_err *err);
int store_team_each(struct store *st, const struct roster_filter *f,
		    int (*fn)(const struct team_member *, void *), void *ctx, struct zio_err *err);

/* Writes: the caller wraps them in store_begin/store_commit. Inserts set ->id.
 * A duplicate name is ZIO_ERULE; removing something still referenced is ZIO_ERULE with what
 * refers to it. */
int store_school_insert(struct store *st, struct school *s, struct zio_err *err);
int store_school_update(struct store *st, const struct school *s, struct zio_err *err);
int store_school_delete(struct store *st, int64_t id, struct zio_err *err);
int store_group_insert(struct store *st, struct target_group *g, struct zio_err *err);
int store_group_update(struct store *st, const struct target_group *g, struct zio_err *err);
int store_group_delete(struct store *st, int64_t id, struct zio_err *err);
int store_class_insert(struct store *st, struct class *c, struct zio_err *err);
int store_class_update(struct store *st, const struct class *c, struct zio_err *err);
int store_class_delete(struct store *st, int64_t id, struct zio_err *err);
int store_provider_insert(struct store *st, struct provider *p, struct zio_err *err);
int store_provider_update(struct store *st, const struct provider *p, struct zio_err *err);
int store_provider_delete(struct store *st, int64_t id, struct zio_err *err);
int store_staff_insert(struct store *st, struct professional *p, struct zio_err *err);
int store_staff_update(struct store *st, const struct professional *p, struct zio_err *err);
int store_staff_delete(struct store *st, int64_t id, struct zio_err *err);
/* Refuses (ZIO_ERULE) a membership of the same professional and class whose dates overlap. */
int store_team_insert(struct store *st, struct team_member *t, struct zio_err *err);
int store_team_delete(struct store *st, int64_t id, struct zio_err *err);
/* The id of the membership of professional in class (the only one, or the one open on `on`). */
int store_team_find(struct store *st, int64_t professional_id, int64_t class_id, int64_t *id,
		    struct zio_err *err);

/* Row counts for a summary: schools, groups, classes, providers, professionals, memberships. */
struct roster_counts {
	int64_t schools, groups, classes, providers, professionals, team_members;
};
int store_roster_counts(struct store *st, struct roster_counts *out, struct zio_err *err);

#endif
