/* zio-gen: a made-up but realistic zio database at the scale of one school, one region or the
 * whole country, for make bench (not a user command).
 *
 *   build/zio-gen --scale school|region|national --seed N DB
 *
 * Everything goes through zio's own store functions, one transaction per school. The data is
 * school year 2024-2025 (its holidays and the next year's are in the shipped file; the summer
 * of 2024 is added as zio holidays import would): a weekly pattern per class (about ten shifts
 * of two hours), the fixed team of three it follows from, the year's shifts made from the
 * patterns on the days the school is open, and the hours logged for every week before the
 * school year's midpoint (2025-01-30), with sick days and stand-ins, the weeks signed off
 * (all approved but the last, which is submitted).
 *
 * A region is one town: ten schools and two providers; the country is thirty towns. Each
 * school has 40 classes and 35 professionals (50 nationally: 15,000 in all), four fifths of
 * them with the town's main provider, the rest with the second. The shifts are made here
 * rather than by plan_fill: plan_fill judges every shift against the rules (about 25 us
 * each, more with the audit trail), which for 4.8 million shifts would take longer than the
 * whole benchmark may; the rows are the same (pattern and origin date set, closed days
 * skipped, partly closed days trimmed), and the patterns are built so that no rule error can
 * arise. A connection setting (see gen_tune) keeps each school's transaction in memory. */
#include <errno.h>
#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zio/calstore.h"
#include "zio/config.h"
#include "zio/hours.h"
#include "zio/plan.h"
#include "zio/roster.h"
#include "zio/shift.h"
#include "zio/store.h"

#define GEN_YEAR 2024               /* school year 2024-2025 */
#define GEN_CLASSES 40              /* per school */
#define GEN_MAX_STAFF 50            /* per school */
#define GEN_SCHOOLS_PER_TOWN 10
#define GEN_SLOTS 3                 /* shifts of a school day: early, late morning, afternoon */
#define GEN_MAX_PATTERNS (GEN_CLASSES * 5 * GEN_SLOTS)

struct gen_scale {
	const char *name;
	int schools, staff_per_school;
};

static const struct gen_scale gen_scales[] = {
	{ "school", 1, 35 },
	{ "region", 10, 35 },
	{ "national", 300, 50 },
};

/* Towns and their holiday region; the ten schools of a town are a region with two providers. */
static const struct { const char *name; enum region region; } gen_towns[] = {
	{ "Tilburg", REGION_ZUID }, { "Eindhoven", REGION_ZUID }, { "Breda", REGION_ZUID },
	{ "'s-Hertogenbosch", REGION_ZUID }, { "Maastricht", REGION_ZUID }, { "Venlo", REGION_ZUID },
	{ "Nijmegen", REGION_ZUID }, { "Helmond", REGION_ZUID }, { "Roermond", REGION_ZUID },
	{ "Middelburg", REGION_ZUID }, { "Utrecht", REGION_MIDDEN }, { "Amersfoort", REGION_MIDDEN },
	{ "Den Haag", REGION_MIDDEN }, { "Rotterdam", REGION_MIDDEN }, { "Leiden", REGION_MIDDEN },
	{ "Dordrecht", REGION_MIDDEN }, { "Gouda", REGION_MIDDEN }, { "Delft", REGION_MIDDEN },
	{ "Almere", REGION_MIDDEN }, { "Lelystad", REGION_MIDDEN }, { "Amsterdam", REGION_NOORD },
	{ "Enschede", REGION_NOORD }, { "Hoogeveen", REGION_NOORD }, { "Groningen", REGION_NOORD },
	{ "Leeuwarden", REGION_NOORD }, { "Zwolle", REGION_NOORD }, { "Alkmaar", REGION_NOORD },
	{ "Haarlem", REGION_NOORD }, { "Assen", REGION_NOORD }, { "Emmen", REGION_NOORD },
};
#define GEN_TOWNS (int)(sizeof gen_towns / sizeof gen_towns[0])

static const char *const gen_school_names[GEN_SCHOOLS_PER_TOWN] = {
	"De Wilgenhoek", "Het Noorderlicht", "De Regenboog", "De Zonnewijzer", "Het Kompas",
	"De Brug", "De Vlinder", "Het Anker", "De Sterrenwacht", "De Klimop",
};

/* Target groups: name, weekly hours, Wlz share (basis points), shifts a week. Ten shifts a
 * class a week on average, of about 2 h 10 each, so the budgets are near what is planned. */
static const struct { const char *name; int hours, wlz_bp, shifts; } gen_groups[] = {
	{ "EMB", 30, 8500, 14 },
	{ "ZML jong", 24, 4000, 11 },
	{ "ZML midden- en bovenbouw", 22, 3500, 10 },
	{ "LG/LZ", 22, 3000, 10 },
	{ "Autisme (cluster 4)", 20, 1000, 9 },
	{ "Gedrag en psychiatrie", 18, 500, 8 },
	{ "VSO arbeidsmarkt", 15, 1500, 7 },
	{ "VSO dagbesteding", 26, 7000, 12 },
};
#define GEN_GROUPS (int)(sizeof gen_groups / sizeof gen_groups[0])

static const char *const gen_animals[GEN_CLASSES / 2] = {
	"Egels", "Vossen", "Uilen", "Dassen", "Reigers", "Otters", "Bevers", "Hazen", "Merels", "Mussen",
	"Spechten", "Zwaluwen", "Herten", "Wolven", "Beren", "Zwanen", "Kikkers", "Eekhoorns", "Valken",
	"Dolfijnen",
};

static const char *const gen_first[] = {
	"Ümit", "Zoë", "Jan", "Fatima", "Sanne", "Daan", "Lotte", "Noah", "Emma", "Sem", "Julia", "Lucas",
	"Saar", "Finn", "Tess", "Milan", "Anouk", "Bram", "Iris", "Ruben", "Noor", "Thijs", "Fenna", "Jesse",
	"Eva", "Mohamed", "Chloë", "Sven", "Hanneke", "Özlem", "Gijs", "Maud", "Stijn", "Liv", "René", "Sophie",
	"Levi", "Mila", "Luuk", "Yara", "Jasper", "Nina", "Koen", "Fleur", "Mehmet", "Ilse", "Wouter", "Romy",
	"Ayoub", "Esmee", "Joris", "Lieke", "Hamza", "Marit", "Teun", "Demi", "Pim", "Sara", "Rik", "Amira",
};
static const char *const gen_last[] = {
	"Yılmaz", "de Vries", "van der Berg", "El Amrani", "Jansen", "Bakker", "Visser", "Smit", "Meijer",
	"de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "van Leeuwen", "Dekker",
	"Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Ouali", "Verbeek", "Kok",
	"Jacobs", "Kaya", "van den Heuvel", "Willems", "Koster", "Hoekstra", "Mertens", "Janssen", "de Jong",
	"van den Bosch", "Vermeulen", "Schouten", "Prins", "Huisman", "Kuipers", "Post", "Bosman", "Veenstra",
	"Kramer", "van Wijk", "Boer", "Timmermans", "Groen", "Gerritsen", "Sarmo", "Maas", "Verhoeven",
	"Koç", "Lambrechts", "Wouters", "Claassen", "Aydın",
};
#define GEN_FIRST (int)(sizeof gen_first / sizeof gen_first[0])
#define GEN_LAST (int)(sizeof gen_last / sizeof gen_last[0])

static const int gen_contract_hours[] = { 24, 28, 32, 36, 32, 28 };

/* splitmix64: small, fast, and the same numbers on every machine for a seed. */
static uint64_t gen_state;

static uint64_t gen_random(void)
{
	uint64_t z = (gen_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int gen_below(int n)
{
	return (int)(gen_random() % (uint64_t)n);
}

/* A shift kept in memory until its hours are logged: only what the log entry needs. */
struct gen_shift {
	int64_t id;
	int staff, klass;          /* indexes into the school's arrays */
	int day;                   /* days since the school year's first Monday */
	int16_t start, end;
	int8_t weekday, slot;
	bool cancelled;
};

/* One school being made. */
struct gen_school {
	struct school s;
	int64_t provider[2];       /* the town's main and second provider */
	int nstaff;
	int64_t staff_id[GEN_MAX_STAFF];
	int staff_provider[GEN_MAX_STAFF];
	int contract[GEN_MAX_STAFF], load[GEN_MAX_STAFF];   /* minutes a week */
	uint16_t busy[GEN_MAX_STAFF];                        /* bit weekday * 3 + slot */
	int64_t class_id[GEN_CLASSES];
	int class_group[GEN_CLASSES], class_provider[GEN_CLASSES];
	int team[GEN_CLASSES][3];
	int slot_start[GEN_SLOTS], slot_end[GEN_SLOTS];
	struct { int64_t id; int staff, klass, weekday, slot; } pattern[GEN_MAX_PATTERNS];
	int npatterns;
	struct gen_shift *shifts;  /* the shifts before the midpoint, in date order */
	size_t nshifts, capshifts;
};

struct gen_counts {
	int64_t schools, classes, staff, patterns, team, closures, shifts, cancelled, logs, absent, timesheets;
};

struct gen {
	struct store *st;
	struct planner pl;
	struct config cfg;
	const struct gen_scale *scale;
	struct date year_start, year_end, first_monday, log_until;   /* log_until: exclusive */
	int64_t group_id[GEN_GROUPS];
	int64_t *provider_id;       /* two per town */
	int *provider_staff;        /* professionals made so far per provider, for their names */
	struct gen_counts n;
};

static int gen_fail(struct zio_err *err)
{
	fprintf(stderr, "zio-gen: %s\n", err->msg[0] ? err->msg : "failed");
	return err->code ? err->code : ZIO_EDB;
}

static int gen_add_groups(struct gen *g, struct zio_err *err)
{
	for (int i = 0; i < GEN_GROUPS; i++) {
		struct target_group tg = { .weekly_minutes = gen_groups[i].hours * 60,
					   .wlz_share_bp = gen_groups[i].wlz_bp };
		snprintf(tg.name, sizeof tg.name, "%s", gen_groups[i].name);
		if (store_group_insert(g->st, &tg, err))
			return err->code;
		g->group_id[i] = tg.id;
	}
	return ZIO_OK;
}

/* The summer holiday of 2024, which ends before the generated school year starts and is not
 * in the shipped file (it begins with 2024-2025): added as zio holidays import adds a year, so
 * that the first weeks of the school year are known to be open. The published dates. */
static int gen_add_summer(struct gen *g, struct zio_err *err)
{
	static const struct { enum region region; struct date from, to; } summer[] = {
		{ REGION_NOORD, { 2024, 7, 20 }, { 2024, 9, 1 } },
		{ REGION_MIDDEN, { 2024, 7, 13 }, { 2024, 8, 25 } },
		{ REGION_ZUID, { 2024, 7, 6 }, { 2024, 8, 18 } },
	};

	for (size_t i = 0; i < sizeof summer / sizeof summer[0]; i++) {
		struct holiday_period hp = { .school_year = GEN_YEAR - 1, .kind = HOL_ZOMER, .region = summer[i].region,
					     .from = summer[i].from, .to = summer[i].to };
		if (store_holiday_put(g->st, &hp, err))
			return err->code;
	}
	return ZIO_OK;
}

static int gen_add_providers(struct gen *g, int towns, struct zio_err *err)
{
	for (int t = 0; t < towns; t++)
		for (int k = 0; k < 2; k++) {
			struct provider p = { .rate_cents = 5600 + gen_below(800) };
			snprintf(p.name, sizeof p.name, "%s %s", k ? "Stichting Samen Verder" : "Zorggroep Horizon",
				 gen_towns[t].name);
			if (store_provider_insert(g->st, &p, err))
				return err->code;
			g->provider_id[t * 2 + k] = p.id;
		}
	return ZIO_OK;
}

/* Does class c (with n shifts a week) have a shift in this slot of weekday d (0..4)? The
 * shifts of a day take consecutive slots, starting at a different one per class and day. */
static bool gen_class_needs(int c, int n, int d, int slot)
{
	int today = n / 5 + (d < n % 5);
	return ((slot - c - d) % GEN_SLOTS + GEN_SLOTS) % GEN_SLOTS < today;
}

static bool gen_staff_free(const struct gen_school *sc, int p, int d, int slot, int len)
{
	return !(sc->busy[p] & (1u << (d * GEN_SLOTS + slot))) && sc->load[p] + len <= sc->contract[p];
}

/* The weekly patterns: every slot a class needs goes to a free member of its fixed team of
 * three, else to the least loaded free colleague of the same provider (who is then not one of
 * the class's fixed faces: a warning zio check shows, as in real rosters), else stays empty. */
static int gen_plan_patterns(struct gen *g, struct gen_school *sc, struct zio_err *err)
{
	int pool[2][GEN_MAX_STAFF], npool[2] = { 0, 0 }, nclass[2] = { 0, 0 };

	for (int p = 0; p < sc->nstaff; p++)
		pool[sc->staff_provider[p]][npool[sc->staff_provider[p]]++] = p;
	for (int c = 0; c < GEN_CLASSES; c++) {
		int k = sc->class_provider[c], ci = nclass[k]++;
		for (int m = 0; m < 3; m++)
			sc->team[c][m] = pool[k][(ci * 3 + m) % npool[k]];
	}
	for (int d = 0; d < 5; d++)
		for (int slot = 0; slot < GEN_SLOTS; slot++) {
			int len = sc->slot_end[slot] - sc->slot_start[slot];
			for (int i = 0; i < GEN_CLASSES; i++) {
				int c = (i + d * GEN_SLOTS + slot) % GEN_CLASSES, k = sc->class_provider[c], pick = -1;
				if (!gen_class_needs(c, gen_groups[sc->class_group[c]].shifts, d, slot))
					continue;
				for (int m = 0; m < 3 && pick < 0; m++) {
					int p = sc->team[c][(m + d + slot) % 3];
					if (gen_staff_free(sc, p, d, slot, len))
						pick = p;
				}
				for (int j = 0, team_free = pick >= 0; j < npool[k] && !team_free; j++) {
					int p = pool[k][j];
					if (gen_staff_free(sc, p, d, slot, len) && (pick < 0 || sc->load[p] < sc->load[pick]))
						pick = p;
				}
				if (pick < 0)
					continue;
				sc->busy[pick] |= (uint16_t)(1u << (d * GEN_SLOTS + slot));
				sc->load[pick] += len;
				struct pattern pt = { .professional_id = sc->staff_id[pick], .class_id = sc->class_id[c],
						      .weekday = d + 1, .start = sc->slot_start[slot],
						      .end = sc->slot_end[slot], .every = 1 };
				if (store_pattern_insert(g->st, &pt, err))
					return err->code;
				sc->pattern[sc->npatterns].id = pt.id;
				sc->pattern[sc->npatterns].staff = pick;
				sc->pattern[sc->npatterns].klass = c;
				sc->pattern[sc->npatterns].weekday = d + 1;
				sc->pattern[sc->npatterns].slot = slot;
				sc->npatterns++;
				g->n.patterns++;
			}
		}
	for (int c = 0; c < GEN_CLASSES; c++)
		for (int m = 0; m < 3; m++) {
			struct team_member tm = { .professional_id = sc->staff_id[sc->team[c][m]],
						  .class_id = sc->class_id[c], .from = g->year_start };
			if (m > 0 && sc->team[c][m] == sc->team[c][0])
				continue;   /* a tiny pool: nobody twice */
			if (m > 1 && sc->team[c][m] == sc->team[c][1])
				continue;
			if (store_team_insert(g->st, &tm, err))
				return err->code;
			g->n.team++;
		}
	return ZIO_OK;
}

/* The school, its classes and staff, a study day, and the patterns. */
static int gen_add_school(struct gen *g, int index, struct gen_school *sc, struct zio_err *err)
{
	int town = index / GEN_SCHOOLS_PER_TOWN, nmain;
	static const int starts[] = { 8 * 60 + 15, 8 * 60 + 30, 8 * 60 + 45 };
	struct closure study = { .start = -1, .end = -1 };

	memset(sc, 0, offsetof(struct gen_school, shifts));
	sc->nshifts = 0;
	snprintf(sc->s.name, sizeof sc->s.name, "%s %s", gen_school_names[index % GEN_SCHOOLS_PER_TOWN],
		 gen_towns[town].name);
	snprintf(sc->s.brin, sizeof sc->s.brin, "%02d%c%c", index % 100, 'A' + index / 100 % 26, 'A' + index / 2600 % 26);
	sc->s.region = gen_towns[town].region;
	sc->s.day_start = starts[index % 3];
	sc->s.day_end = sc->s.day_start + 6 * 60 + 30;
	if (store_school_insert(g->st, &sc->s, err))
		return err->code;
	g->n.schools++;
	sc->provider[0] = g->provider_id[town * 2];
	sc->provider[1] = g->provider_id[town * 2 + 1];
	/* two hours, two hours, and the rest of the day */
	for (int i = 0; i < GEN_SLOTS; i++) {
		sc->slot_start[i] = sc->s.day_start + i * 120;
		sc->slot_end[i] = i + 1 < GEN_SLOTS ? sc->slot_start[i] + 120 : sc->s.day_end;
	}
	for (int c = 0; c < GEN_CLASSES; c++) {
		struct class k = { .school_id = sc->s.id, .pupils = 6 + gen_below(9), .weekly_minutes = -1 };
		sc->class_group[c] = (c * 5 + index) % GEN_GROUPS;   /* every group as often */
		sc->class_provider[c] = c % 5 == 4;   /* one class in five has the second provider */
		k.group_id = g->group_id[sc->class_group[c]];
		snprintf(k.name, sizeof k.name, "%s %s", c < GEN_CLASSES / 2 ? "SO" : "VSO",
			 gen_animals[c % (GEN_CLASSES / 2)]);
		if (gen_below(20) == 0)   /* now and then a class deviates from its group, as the seeds allow */
			k.weekly_minutes = gen_groups[sc->class_group[c]].hours * 60 + 90;
		if (store_class_insert(g->st, &k, err))
			return err->code;
		sc->class_id[c] = k.id;
		g->n.classes++;
	}
	sc->nstaff = g->scale->staff_per_school;
	nmain = sc->nstaff * 4 / 5;
	for (int p = 0; p < sc->nstaff; p++) {
		int k = p >= nmain, pi = town * 2 + k, c = g->provider_staff[pi]++;
		struct professional pr = { .provider_id = sc->provider[k], .active_from = g->year_start };
		sc->staff_provider[p] = k;
		sc->contract[p] = gen_contract_hours[gen_below((int)(sizeof gen_contract_hours / sizeof gen_contract_hours[0]))] * 60;
		pr.contract_minutes = sc->contract[p];
		/* unique within the provider: a provider has at most 60 x 60 professionals */
		snprintf(pr.name, sizeof pr.name, "%s %s", gen_first[c % GEN_FIRST], gen_last[c / GEN_FIRST % GEN_LAST]);
		snprintf(pr.discipline, sizeof pr.discipline, "%s", p % 4 == 3 ? "verzorgende" : "begeleider");
		if (store_staff_insert(g->st, &pr, err))
			return err->code;
		sc->staff_id[p] = pr.id;
		g->n.staff++;
	}
	/* a study day in the autumn, and at every third school a study afternoon in the spring */
	study.school_id = sc->s.id;
	study.from = study.to = date_add_days(g->first_monday, 7 * (9 + index % 5) + index % 5);
	snprintf(study.reason, sizeof study.reason, "%s", "studiedag: teamtraining");
	if (store_closure_insert(g->st, &study, err))
		return err->code;
	g->n.closures++;
	if (index % 3 == 0) {
		study = (struct closure){ .school_id = sc->s.id, .start = 12 * 60, .end = sc->s.day_end };
		study.from = study.to = date_add_days(g->first_monday, 7 * 30 + 3);
		snprintf(study.reason, sizeof study.reason, "%s", "studiemiddag");
		if (store_closure_insert(g->st, &study, err))
			return err->code;
		g->n.closures++;
	}
	return gen_plan_patterns(g, sc, err);
}

static int gen_keep_shift(struct gen_school *sc, const struct gen_shift *x)
{
	if (sc->nshifts == sc->capshifts) {
		size_t cap = sc->capshifts ? sc->capshifts * 2 : 4096;
		struct gen_shift *v = realloc(sc->shifts, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		sc->shifts = v;
		sc->capshifts = cap;
	}
	sc->shifts[sc->nshifts++] = *x;
	return ZIO_OK;
}

/* The school year's shifts from the patterns, as plan fill makes them. */
static int gen_add_shifts(struct gen *g, struct gen_school *sc, struct zio_err *err)
{
	for (struct date d = g->year_start; date_cmp(d, g->year_end) <= 0; d = date_add_days(d, 1)) {
		int wd = date_weekday(d);
		struct cal_day day;

		if (wd > 5)
			continue;
		if (plan_school_day(&g->pl, sc->s.id, d, &day, err))
			return err->code;
		if (day.status == CAL_CLOSED || day.status == CAL_UNKNOWN)
			continue;
		for (int i = 0; i < sc->npatterns; i++) {
			struct shift s = { 0 };
			struct gen_shift x = { 0 };
			if (sc->pattern[i].weekday != wd)
				continue;
			s.professional_id = sc->staff_id[sc->pattern[i].staff];
			s.class_id = sc->class_id[sc->pattern[i].klass];
			s.date = s.origin = d;
			s.start = sc->slot_start[sc->pattern[i].slot];
			s.end = sc->slot_end[sc->pattern[i].slot];
			s.pattern_id = sc->pattern[i].id;
			if (day.status == CAL_PARTLY && s.start < day.closed_end && day.closed_start < s.end) {
				/* plan fill keeps the open part */
				if (s.start >= day.closed_start && s.end <= day.closed_end)
					continue;
				if (s.start < day.closed_start)
					s.end = day.closed_start;
				else
					s.start = day.closed_end;
			}
			if (gen_below(300) == 0) {   /* a class trip: cancelled by hand */
				s.status = SHIFT_CANCELLED;
				s.edited = true;
				snprintf(s.cancel_reason, sizeof s.cancel_reason, "%s", "klas op schoolreis");
				g->n.cancelled++;
			}
			if (store_shift_insert(g->st, &s, err))
				return err->code;
			g->n.shifts++;
			if (date_cmp(d, g->log_until) >= 0)
				continue;
			x.id = s.id;
			x.staff = sc->pattern[i].staff;
			x.klass = sc->pattern[i].klass;
			x.day = (int)date_diff(g->first_monday, d);
			x.start = (int16_t)s.start;
			x.end = (int16_t)s.end;
			x.weekday = (int8_t)wd;
			x.slot = (int8_t)sc->pattern[i].slot;
			x.cancelled = s.status == SHIFT_CANCELLED;
			if (gen_keep_shift(sc, &x))
				return zio_err_set(err, ZIO_EDB, "out of memory");
		}
	}
	return ZIO_OK;
}

static void gen_stamp(struct log_entry *e, struct date d)
{
	char ds[DATE_STR_LEN];
	snprintf(e->logged_by, sizeof e->logged_by, "%s", "teamleider");
	snprintf(e->logged_at, sizeof e->logged_at, "%sT15:00:00Z", date_format(d, ds));
}

/* A colleague of the same provider free in that slot (by the patterns, and not standing in
 * elsewhere that day already), or -1. */
static int gen_pick_standin(const struct gen_school *sc, const struct gen_shift *x, const uint8_t *standing)
{
	int start = gen_below(sc->nstaff);

	for (int j = 0; j < sc->nstaff; j++) {
		int p = (start + j) % sc->nstaff;
		if (p != x->staff && sc->staff_provider[p] == sc->staff_provider[x->staff] &&
		    !(sc->busy[p] & (1u << ((x->weekday - 1) * GEN_SLOTS + x->slot))) && !(standing[p] & (1u << x->slot)))
			return p;
	}
	return -1;
}

/* The hours of the weeks before the midpoint: delivered as planned, now and then a little
 * shorter, one shift in forty a sick or leave day, mostly with a stand-in; then the
 * sign-off of each week for both providers. */
static int gen_add_hours(struct gen *g, struct gen_school *sc, struct zio_err *err)
{
	uint8_t standing[GEN_MAX_STAFF];
	int nweeks = (int)(date_diff(g->first_monday, g->log_until) / 7), day = -1;
	bool logged[2][64] = { { false } };

	for (size_t i = 0; i < sc->nshifts; i++) {
		const struct gen_shift *x = &sc->shifts[i];
		struct date d = date_add_days(g->first_monday, x->day);
		struct log_entry e = { 0 };
		int r = gen_below(40);

		if (x->day != day) {
			memset(standing, 0, sizeof standing);
			day = x->day;
		}
		if (x->cancelled)
			continue;
		e.shift_id = x->id;
		e.professional_id = sc->staff_id[x->staff];
		e.class_id = sc->class_id[x->klass];
		e.date = d;
		e.start = x->start;
		e.end = x->end;
		gen_stamp(&e, d);
		if (r == 0) {
			int who = gen_below(3) ? gen_pick_standin(sc, x, standing) : -1;
			e.kind = LOG_ABSENT;
			e.reason = gen_below(4) ? ABSENCE_SICK : ABSENCE_LEAVE;
			e.replaced_by = who >= 0 ? sc->staff_id[who] : 0;
			if (store_log_insert(g->st, &e, err))
				return err->code;
			g->n.logs++;
			g->n.absent++;
			if (who < 0)
				continue;
			standing[who] |= (uint8_t)(1u << x->slot);
			e = (struct log_entry){ .shift_id = x->id, .professional_id = sc->staff_id[who],
						.class_id = sc->class_id[x->klass], .date = d, .start = x->start,
						.end = x->end, .kind = LOG_DELIVERED };
			gen_stamp(&e, d);
		} else if (r == 1) {
			e.end -= 15;   /* left a quarter early */
			snprintf(e.note, sizeof e.note, "%s", "eerder weg: tandarts");
		}
		if (store_log_insert(g->st, &e, err))
			return err->code;
		g->n.logs++;
		if (x->day / 7 < 64)
			logged[sc->staff_provider[x->staff]][x->day / 7] = true;
	}
	/* the sign-off: every logged week approved, but the last, which is only submitted */
	for (int w = 0; w < nweeks && w < 64; w++)
		for (int k = 0; k < 2; k++) {
			struct date mon = date_add_days(g->first_monday, 7 * w), next = date_add_days(mon, 8);
			struct timesheet ts = { .provider_id = sc->provider[k], .school_id = sc->s.id, .week_start = mon };
			char at[32], ds[DATE_STR_LEN];
			if (!logged[k][w])
				continue;
			snprintf(at, sizeof at, "%sT10:00:00Z", date_format(next, ds));
			if (store_timesheet_set(g->st, &ts, TS_SUBMITTED, "planner", NULL, at, err))
				return err->code;
			snprintf(at, sizeof at, "%sT16:00:00Z", date_format(date_add_days(next, 1), ds));
			if (w + 1 < nweeks && store_timesheet_set(g->st, &ts, TS_APPROVED, "school", NULL, at, err))
				return err->code;
			g->n.timesheets++;
		}
	return ZIO_OK;
}

/* Every connection opened here gets a large page cache: a school's transaction then stays in
 * memory until its commit instead of spilling pages to the log as it goes, which made half of
 * the generation's time. zio's own small default is right for a person at a terminal. */
static int gen_tune(sqlite3 *db, char **msg, const struct sqlite3_api_routines *api)
{
	(void)msg;
	(void)api;
	return sqlite3_exec(db, "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY", NULL, NULL, NULL);
}

static int gen_usage(void)
{
	fprintf(stderr, "usage: zio-gen --scale school|region|national --seed N DB\n");
	return ZIO_EUSAGE;
}

static int gen_run(struct gen *g, const char *path, struct zio_err *err)
{
	int towns = (g->scale->schools + GEN_SCHOOLS_PER_TOWN - 1) / GEN_SCHOOLS_PER_TOWN;
	struct gen_school *sc = calloc(1, sizeof *sc);
	bool opened = false;
	int rc;

	g->provider_id = calloc((size_t)towns * 2, sizeof *g->provider_id);
	g->provider_staff = calloc((size_t)towns * 2, sizeof *g->provider_staff);
	if (!sc || !g->provider_id || !g->provider_staff) {
		free(sc);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	if ((rc = store_open(path, STORE_CREATE, NULL, &g->st, err)))
		goto done;
	if ((rc = store_begin(g->st, err)) || (rc = gen_add_summer(g, err)) || (rc = gen_add_groups(g, err)) ||
	    (rc = gen_add_providers(g, towns, err)) || (rc = store_commit(g->st, err)))
		goto done;
	/* the calendar with the summer just added */
	if ((rc = planner_open(&g->pl, g->st, &g->cfg, err)))
		goto done;
	opened = true;
	/* one transaction per school: the way a school's year is planned and logged */
	for (int i = 0; i < g->scale->schools && !rc; i++) {
		if ((rc = store_begin(g->st, err)))
			break;
		if ((rc = gen_add_school(g, i, sc, err)) || (rc = gen_add_shifts(g, sc, err)) ||
		    (rc = gen_add_hours(g, sc, err)) || (rc = store_commit(g->st, err)))
			store_rollback(g->st);
		planner_reload(&g->pl);
		if (!rc && (i + 1) % 25 == 0)
			fprintf(stderr, "zio-gen: %d of %d schools\n", i + 1, g->scale->schools);
	}
done:
	if (opened)
		planner_close(&g->pl);
	store_close(g->st);
	g->st = NULL;
	free(sc->shifts);
	free(sc);
	free(g->provider_id);
	free(g->provider_staff);
	return rc;
}

int main(int argc, char **argv)
{
	struct gen g = { 0 };
	const char *scale = NULL, *seed = NULL, *path = NULL;
	char tmp[4096], ds[DATE_STR_LEN];
	struct zio_err err;
	struct stat sb;
	int rc;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--scale") && i + 1 < argc)
			scale = argv[++i];
		else if (!strcmp(argv[i], "--seed") && i + 1 < argc)
			seed = argv[++i];
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else
			return gen_usage();
	}
	if (!scale || !seed || !path)
		return gen_usage();
	for (size_t i = 0; i < sizeof gen_scales / sizeof gen_scales[0]; i++)
		if (!strcmp(scale, gen_scales[i].name))
			g.scale = &gen_scales[i];
	if (!g.scale)
		return gen_usage();
	gen_state = strtoull(seed, NULL, 10);
	config_defaults(&g.cfg);
	g.year_start = date_school_year_start(GEN_YEAR);
	g.year_end = date_school_year_end(GEN_YEAR);
	g.first_monday = g.year_start;
	while (date_weekday(g.first_monday) != 1)
		g.first_monday = date_add_days(g.first_monday, -1);
	/* the midpoint of the school year; hours are logged for the weeks before its week */
	g.log_until = date_add_days(g.year_start, date_diff(g.year_start, g.year_end) / 2);
	g.log_until = date_from_isoweek(date_isoweek(g.log_until), 1);

	/* written under a temporary name and renamed: a half-made file is never taken for a
	 * finished one (make keeps the finished ones between runs) */
	if (snprintf(tmp, sizeof tmp, "%s.tmp", path) >= (int)sizeof tmp)
		return gen_usage();
	for (int i = 0; i < 3; i++) {
		char side[4120];
		snprintf(side, sizeof side, "%s%s", tmp, i == 0 ? "" : i == 1 ? "-wal" : "-shm");
		if (unlink(side) != 0 && errno != ENOENT) {
			fprintf(stderr, "zio-gen: cannot remove %s: %s\n", side, strerror(errno));
			return ZIO_EDB;
		}
	}
	zio_err_clear(&err);
	if (sqlite3_auto_extension((void (*)(void))gen_tune) != SQLITE_OK) {
		fprintf(stderr, "zio-gen: cannot tune the SQLite connection\n");
		return ZIO_EDB;
	}
	if ((rc = gen_run(&g, tmp, &err))) {
		unlink(tmp);
		return gen_fail(&err);
	}
	for (int i = 0; i < 2; i++) {   /* what an older file of that name may have left */
		char side[4120];
		snprintf(side, sizeof side, "%s%s", path, i ? "-shm" : "-wal");
		unlink(side);
	}
	if (rename(tmp, path) != 0 || stat(path, &sb) != 0) {
		fprintf(stderr, "zio-gen: cannot rename %s to %s: %s\n", tmp, path, strerror(errno));
		return ZIO_EDB;
	}
	printf("%s: scale %s, seed %s, school year %d-%d, hours logged until %s\n", path, g.scale->name, seed,
	       GEN_YEAR, GEN_YEAR + 1, date_format(date_add_days(g.log_until, -1), ds));
	printf("  %lld schools, %lld classes, %lld professionals, %lld fixed-team memberships, %lld patterns, "
	       "%lld closures\n", (long long)g.n.schools, (long long)g.n.classes, (long long)g.n.staff,
	       (long long)g.n.team, (long long)g.n.patterns, (long long)g.n.closures);
	printf("  %lld shifts (%lld cancelled), %lld log entries (%lld absent), %lld timesheets; %.1f MB\n",
	       (long long)g.n.shifts, (long long)g.n.cancelled, (long long)g.n.logs, (long long)g.n.absent,
	       (long long)g.n.timesheets, (double)sb.st_size / 1e6);
	return ZIO_OK;
}
