/* Imports of classes and staff: each row adds a new entity or changes an existing one,
 * matched by its natural key (school + class name; provider + professional's name).
 * An empty optional field keeps the current value of an existing row. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zio/i18n.h"
#include "zio/import.h"
#include "zio/roster.h"
#include "zio/text.h"

enum { COL_MAX = 8 };

static const char *const class_cols[] = { "school", "name", "group", "pupils", "hours", NULL };
static const char *const staff_cols[] = { "name", "provider", "discipline", "contract_hours", "from",
					  "to", NULL };
enum { C_SCHOOL, C_NAME, C_GROUP, C_PUPILS, C_HOURS };
enum { S_NAME, S_PROVIDER, S_DISCIPLINE, S_HOURS, S_FROM, S_TO };

const char *import_columns(enum import_kind kind)
{
	return kind == IMPORT_CLASSES ? "school,name,group[,pupils][,hours]"
				      : "name,provider[,discipline][,contract_hours][,from][,to]";
}

/* Map header names to positions: map[c] is the field index of column c, or -1. */
static int read_header(enum import_kind kind, const char *path, const struct csv_row *h, int *map,
		       struct zio_err *err)
{
	const char *const *cols = kind == IMPORT_CLASSES ? class_cols : staff_cols;
	int required = kind == IMPORT_CLASSES ? 3 : 2, ncols = 0;

	while (cols[ncols])
		ncols++;
	for (int c = 0; c < ncols; c++)
		map[c] = -1;
	for (int i = 0; i < h->nfields; i++) {
		int c = 0;
		while (c < ncols && strcasecmp(h->fields[i], cols[c]))
			c++;
		if (c == ncols)
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: unknown column '%s' (expected %s)", path,
					   h->line, h->fields[i], import_columns(kind));
		if (map[c] >= 0)
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: column '%s' appears twice", path, h->line,
					   cols[c]);
		map[c] = i;
	}
	for (int c = 0; c < required; c++)
		if (map[c] < 0)
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: missing column '%s' (expected %s)", path,
					   h->line, cols[c], import_columns(kind));
	return ZIO_OK;
}

/* The value of column c in row r, "" when the column or the field is absent. */
static const char *field(const struct csv_row *r, const int *map, int c)
{
	return map[c] >= 0 && map[c] < r->nfields ? r->fields[map[c]] : "";
}

static int import_class_row(struct store *st, const struct csv_row *r, const int *map,
			    enum import_action *action, char *what, size_t len, struct zio_err *err)
{
	struct class k = { .weekly_minutes = -1 }, old;
	int64_t id;
	const char *v;

	if (store_school_resolve(st, field(r, map, C_SCHOOL), &k.school_id, err))
		return err->code;
	/* Checked before it is copied: a name too long for k.name is refused, not cut short. */
	if (text_check_name(field(r, map, C_NAME), N_("class name"), err))
		return err->code;
	snprintf(k.name, sizeof k.name, "%s", field(r, map, C_NAME));
	snprintf(what, len, _("class '%s' at '%s'"), k.name, field(r, map, C_SCHOOL));
	if (store_class_find(st, k.school_id, k.name, &id, err))
		return err->code;
	if (id) {
		if (store_class_get(st, id, &old, err))
			return err->code;
		k = old;
	}
	if (store_group_resolve(st, field(r, map, C_GROUP), &k.group_id, err))
		return err->code;
	if (*(v = field(r, map, C_PUPILS)) && units_parse_count(v, 1000, "pupils", &k.pupils, err))
		return err->code;
	if (*(v = field(r, map, C_HOURS))) {
		if (strcasecmp(v, "none") == 0)
			k.weekly_minutes = -1;
		else if (units_parse_hours(v, 168, "hours", &k.weekly_minutes, err))
			return err->code;
	}
	if (!id) {
		*action = IMPORT_ADD;
		return store_class_insert(st, &k, err);
	}
	if (k.group_id == old.group_id && k.pupils == old.pupils && k.weekly_minutes == old.weekly_minutes) {
		*action = IMPORT_SAME;
		return ZIO_OK;
	}
	*action = IMPORT_CHANGE;
	return store_class_update(st, &k, err);
}

static int import_staff_row(struct store *st, const struct csv_row *r, const int *map,
			    enum import_action *action, char *what, size_t len, struct zio_err *err)
{
	struct professional p = { 0 }, old;
	int64_t id;
	const char *v;

	if (store_provider_resolve(st, field(r, map, S_PROVIDER), &p.provider_id, err))
		return err->code;
	if (text_check_name(field(r, map, S_NAME), N_("professional's name"), err))
		return err->code;
	snprintf(p.name, sizeof p.name, "%s", field(r, map, S_NAME));
	snprintf(what, len, _("professional '%s' of '%s'"), p.name, field(r, map, S_PROVIDER));
	if (store_staff_find(st, p.provider_id, p.name, &id, err))
		return err->code;
	if (id) {
		if (store_staff_get(st, id, &old, err))
			return err->code;
		p = old;
	}
	if (*(v = field(r, map, S_DISCIPLINE))) {
		if (text_check_name(v, N_("discipline"), err))
			return err->code;
		snprintf(p.discipline, sizeof p.discipline, "%s", v);
	}
	if (*(v = field(r, map, S_HOURS)) &&
	    units_parse_hours(v, 60, "contract_hours", &p.contract_minutes, err))
		return err->code;
	if (*(v = field(r, map, S_FROM)) && date_parse(v, &p.active_from, err))
		return err->code;
	if (*(v = field(r, map, S_TO)) && date_parse(v, &p.active_to, err))
		return err->code;
	if (!id) {
		*action = IMPORT_ADD;
		return store_staff_insert(st, &p, err);
	}
	if (!strcmp(p.discipline, old.discipline) && p.contract_minutes == old.contract_minutes &&
	    !date_cmp(p.active_from, old.active_from) && !date_cmp(p.active_to, old.active_to)) {
		*action = IMPORT_SAME;
		return ZIO_OK;
	}
	*action = IMPORT_CHANGE;
	return store_staff_update(st, &p, err);
}

int import_roster(struct store *st, enum import_kind kind, const char *path, const struct csv_doc *doc,
		  import_note_fn note, void *ctx, struct import_report *rep, struct zio_err *err)
{
	int map[COL_MAX];

	*rep = (struct import_report){ 0 };
	if (read_header(kind, path, &doc->rows[0], map, err))
		return ZIO_EUSAGE;
	for (size_t i = 1; i < doc->nrows; i++) {
		const struct csv_row *r = &doc->rows[i];
		enum import_action action = IMPORT_SAME;
		char what[2 * ZIO_NAME_LEN + 64] = "";
		struct zio_err e;
		int rc;

		if (r->nfields != doc->rows[0].nfields)
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: %d fields, but the header has %d", path,
					   r->line, r->nfields, doc->rows[0].nfields);
		zio_err_clear(&e);
		rc = kind == IMPORT_CLASSES ? import_class_row(st, r, map, &action, what, sizeof what, &e)
					    : import_staff_row(st, r, map, &action, what, sizeof what, &e);
		if (rc)
			return zio_err_set(err, rc, "%s:%d: %s", path, r->line, e.msg);
		if (action == IMPORT_ADD)
			rep->added++;
		else if (action == IMPORT_CHANGE)
			rep->changed++;
		else
			rep->unchanged++;
		if (note)
			note(action, r->line, what, ctx);
	}
	return ZIO_OK;
}
