/* The first start: with no database, or one without a school, zio does not stop with an
 * error but leads to a working roster: an empty one made from a few questions (the school,
 * its region and school day, a provider, a target group, classes and professionals), or the
 * demo, kept apart from the real database. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zio/demo.h"
#include "zio/roster.h"
#include "tui_internal.h"

enum {
	F_SCHOOL, F_REGION, F_DAY, F_PROVIDER, F_RATE, F_GROUP, F_HOURS, F_CLASSES, F_STAFF, F_COUNT
};

static const char *const regions[] = { N_("zuid"), N_("midden"), N_("noord") };

static void backdrop(struct tui *t)
{
	static const char *const lines[] = {
		N_("Welcome to zio: the rooster of care in school time."),
		"",
		N_("zio plans the fixed care professionals (vaste gezichten) of each class, week by week,"),
		N_("around the school holidays, logs the hours delivered and makes the weekly urenstaat."),
		"",
		N_("There is no roster yet. Answer a few questions to make one, or try the demo first."),
	};
	char where[PATH_MAX + 64];

	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		ui_text(2 + (int)i, 2, COLS - 4, lines[i][0] ? _(lines[i]) : "", false);
	snprintf(where, sizeof where, _("Database: %s"), t->c->db_path);
	ui_text(2 + (int)(sizeof lines / sizeof lines[0]) + 1, 2, COLS - 4, where, false);
}

/* "Merels, Mussen" -> each name, trimmed; fn returns non-zero to stop. */
static int each_name(const char *list, int (*fn)(const char *name, void *ctx), void *ctx)
{
	char buf[ZIO_NAME_LEN], *save = NULL;
	int rc = 0;

	snprintf(buf, sizeof buf, "%s", list);
	for (char *p = strtok_r(buf, ",;", &save); p && !rc; p = strtok_r(NULL, ",;", &save)) {
		char *e;
		while (*p == ' ')
			p++;
		e = p + strlen(p);
		while (e > p && e[-1] == ' ')
			*--e = '\0';
		if (*p)
			rc = fn(p, ctx);
	}
	return rc;
}

/* a school, provider or target group must have a name: say so at once, not at the end */
static int check_name(const char *v, struct zio_err *err)
{
	return text_check_name(v, N_("the name"), err);
}

static int check_day(const char *v, struct zio_err *err)
{
	int a, b;
	return time_parse_range(v, &a, &b, err);
}

static int check_rate(const char *v, struct zio_err *err)
{
	int64_t c;
	return *v ? units_parse_euro(v, _("the hourly rate"), &c, err) : ZIO_OK;
}

static int check_hours(const char *v, struct zio_err *err)
{
	int m;
	return units_parse_hours(v, 168, _("the weekly hours"), &m, err);
}

static int check_list(const char *v, struct zio_err *err)
{
	if (!*v)
		return zio_err_set(err, ZIO_EUSAGE, "names, separated by commas");
	return text_check_short(v, _("the list"), err);
}

struct build {
	struct store *st;
	struct school school;
	struct provider provider;
	struct target_group group;
	int64_t class_ids[64], staff_ids[64];
	int nclasses, nstaff;
	struct date today;
	struct zio_err *err;
};

static int add_class(const char *name, void *ctx)
{
	struct build *b = ctx;
	struct class k = { .school_id = b->school.id, .group_id = b->group.id, .weekly_minutes = -1 };

	if (b->nclasses == 64)
		return zio_err_set(b->err, ZIO_EUSAGE, "at most 64 classes here; add more later with zio class add");
	snprintf(k.name, sizeof k.name, "%s", name);
	if (store_class_insert(b->st, &k, b->err))
		return b->err->code;
	b->class_ids[b->nclasses++] = k.id;
	return 0;
}

static int add_staff(const char *name, void *ctx)
{
	struct build *b = ctx;
	struct professional p = { .provider_id = b->provider.id, .contract_minutes = 24 * 60 };

	if (b->nstaff == 64)
		return zio_err_set(b->err, ZIO_EUSAGE, "at most 64 professionals here; add more later with zio staff add");
	snprintf(p.name, sizeof p.name, "%s", name);
	p.active_from = b->today;
	if (store_staff_insert(b->st, &p, b->err))
		return b->err->code;
	b->staff_ids[b->nstaff++] = p.id;
	return 0;
}

/* Everything in one transaction: all of it is there, or nothing. */
static int build_roster(struct tui *t, struct form_field *f, struct build *b, struct zio_err *err)
{
	int rc;

	memset(b, 0, sizeof *b);
	b->st = t->c->st;
	b->err = err;
	b->today = t->today;
	snprintf(b->school.name, sizeof b->school.name, "%s", f[F_SCHOOL].value);
	b->school.region = (enum region)(f[F_REGION].choice == 0 ? REGION_ZUID : f[F_REGION].choice == 1 ? REGION_MIDDEN
											      : REGION_NOORD);
	if ((rc = time_parse_range(f[F_DAY].value, &b->school.day_start, &b->school.day_end, err)))
		return rc;
	snprintf(b->provider.name, sizeof b->provider.name, "%s", f[F_PROVIDER].value);
	b->provider.rate_cents = -1;
	if (f[F_RATE].value[0] && (rc = units_parse_euro(f[F_RATE].value, _("the hourly rate"), &b->provider.rate_cents, err)))
		return rc;
	snprintf(b->group.name, sizeof b->group.name, "%s", f[F_GROUP].value);
	if ((rc = units_parse_hours(f[F_HOURS].value, 168, _("the weekly hours"), &b->group.weekly_minutes, err)))
		return rc;
	if ((rc = store_begin(b->st, err)))
		return rc;
	if ((rc = store_school_insert(b->st, &b->school, err)) || (rc = store_provider_insert(b->st, &b->provider, err)) ||
	    (rc = store_group_insert(b->st, &b->group, err)) || (rc = each_name(f[F_CLASSES].value, add_class, b)) ||
	    (rc = each_name(f[F_STAFF].value, add_staff, b))) {
		store_rollback(b->st);
		return rc;
	}
	/* a first fixed team: the professionals spread over the classes, two per class */
	for (int k = 0; k < b->nclasses && b->nstaff; k++)
		for (int j = 0; j < (b->nstaff > 1 ? 2 : 1); j++) {
			struct team_member m = { .professional_id = b->staff_ids[(2 * k + j) % b->nstaff],
						 .class_id = b->class_ids[k], .from = b->today };
			int64_t have = 0;
			if (store_team_find(b->st, m.professional_id, m.class_id, &have, err) == ZIO_OK && have)
				continue;
			if ((rc = store_team_insert(b->st, &m, err))) {
				store_rollback(b->st);
				return rc;
			}
		}
	return store_commit(b->st, err);
}

static int judge(struct tui *t, struct form_field *f, int n, void *ctx)
{
	struct zio_err err;

	(void)n;
	zio_err_clear(&err);
	if (build_roster(t, f, ctx, &err)) {
		tui_message(t, true, "%s", err.msg);
		return -1;
	}
	return 0;
}

/* The demo goes next to the real database, which stays free for the real roster. */
static int open_demo(struct tui *t, struct zio_err *err)
{
	char path[PATH_MAX];
	const char *slash = strrchr(t->c->db_path, '/');

	if (slash)
		snprintf(path, sizeof path, "%.*s/zio-demo.db", (int)(slash - t->c->db_path), t->c->db_path);
	else
		snprintf(path, sizeof path, "zio-demo.db");
	if (t->c->st) {
		store_close(t->c->st);
		t->c->st = NULL;
	}
	snprintf(t->c->db_path, sizeof t->c->db_path, "%s", path);
	if (access(path, F_OK) == 0)
		return cli_open_path(t->c, STORE_OPEN, err);
	if (cli_open_path(t->c, STORE_CREATE, err))
		return err->code;
	if (store_begin(t->c->st, err) || demo_fill(t->c->st, &t->c->cfg, t->today, err) || store_commit(t->c->st, err)) {
		store_rollback(t->c->st);
		return err->code ? err->code : ZIO_EDB;
	}
	return ZIO_OK;
}

int tui_first_run(struct tui *t, bool have_db, struct zio_err *err)
{
	const char *choices[3];
	struct form_field f[F_COUNT];
	const char *region_items[3];
	struct build b;
	int k;

	t->backdrop = backdrop;
	choices[0] = _("Make a new roster: your school, a provider, classes and professionals");
	choices[1] = _("Open the demo: a made-up region to try zio, kept apart in zio-demo.db");
	choices[2] = _("Quit");
	k = ui_pick(t, _("First start"), choices, 3, 0, -1, NULL);
	if (k < 0 || k == 2 || tui_quitting()) {
		t->backdrop = NULL;
		return zio_err_set(err, ZIO_EUSAGE, "no roster made: start zio again, or run zio init");
	}
	if (k == 1) {
		t->backdrop = NULL;
		return open_demo(t, err);
	}
	if (!have_db && cli_open_path(t->c, STORE_CREATE, err))
		return err->code;
	memset(f, 0, sizeof f);
	for (int i = 0; i < 3; i++)
		region_items[i] = _(regions[i]);
	f[F_SCHOOL] = (struct form_field){ .label = _("School"), .check = check_name };
	f[F_REGION] = (struct form_field){ .label = _("Holiday region"), .items = region_items, .nitems = 3, .sep = -1 };
	f[F_DAY] = (struct form_field){ .label = _("School day"), .check = check_day };
	snprintf(f[F_DAY].value, sizeof f[F_DAY].value, "08:30-15:00");
	f[F_PROVIDER] = (struct form_field){ .label = _("Care provider"), .check = check_name };
	f[F_RATE] = (struct form_field){ .label = _("Rate per hour"), .check = check_rate };
	f[F_GROUP] = (struct form_field){ .label = _("Target group"), .check = check_name };
	f[F_HOURS] = (struct form_field){ .label = _("Hours per week"), .check = check_hours };
	snprintf(f[F_HOURS].value, sizeof f[F_HOURS].value, "12");
	f[F_CLASSES] = (struct form_field){ .label = _("Classes"), .check = check_list };
	f[F_STAFF] = (struct form_field){ .label = _("Professionals"), .check = check_list };
	if (!ui_form(t, _("A new roster (hours per week: the care budget of each class)"), f, F_COUNT, judge, &b)) {
		t->backdrop = NULL;
		return zio_err_set(err, ZIO_EUSAGE,
				   "no school added: start zio again to add one, or use zio school add (the database is %s)",
				   t->c->db_path);
	}
	t->backdrop = NULL;
	return ZIO_OK;
}
