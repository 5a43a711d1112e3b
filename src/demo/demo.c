/* The demo region, written through the same store functions as every other change.
 * All names are invented; any likeness to a real school is chance. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/calstore.h"
#include "zio/demo.h"
#include "zio/logbook.h"
#include "zio/plan.h"
#include "zio/roster.h"
#include "zio/shift.h"

static const struct { const char *name; int hours; int wlz_bp; } groups[] = {
	{ "EMB", 32 * 60, 8500 },                         /* ernstig meervoudig beperkt */
	{ "ZML jong", 20 * 60, 4000 },
	{ "ZML midden- en bovenbouw", 16 * 60, 3500 },
	{ "LG/LZ", 18 * 60, 3000 },                       /* lichamelijk gehandicapt / langdurig ziek */
	{ "Autisme (cluster 4)", 12 * 60, 1000 },
	{ "Gedrag en psychiatrie", 10 * 60, 500 },
	{ "VSO arbeidsmarkt", 6 * 60, 1500 },
	{ "VSO dagbesteding", 24 * 60, 7000 },
};

/* Classes per school: name, target group index, pupils. */
struct demo_class { const char *name; int group; int pupils; };

static const struct demo_class zuid_classes[] = {
	{ "SO Egels", 0, 7 }, { "SO Vossen", 0, 6 }, { "SO Uilen", 1, 10 }, { "SO Dassen", 1, 11 },
	{ "SO Reigers", 2, 12 }, { "SO Otters", 2, 12 }, { "SO Bevers", 3, 9 }, { "SO Hazen", 3, 10 },
	{ "SO Merels", 4, 8 }, { "SO Mussen", 4, 8 }, { "SO Spechten", 5, 9 }, { "SO Zwaluwen", 5, 9 },
	{ "VSO 1A", 2, 13 }, { "VSO 1B", 3, 11 }, { "VSO 2A", 4, 10 }, { "VSO 2B", 5, 10 },
	{ "VSO 3 arbeid", 6, 14 }, { "VSO 4 arbeid", 6, 14 }, { "VSO dagbesteding 1", 7, 8 },
	{ "VSO dagbesteding 2", 7, 8 }, { "VSO EMB", 0, 6 }, { "Instroomgroep", 1, 9 },
};

static const struct demo_class noord_classes[] = {
	{ "Groep Zon", 0, 6 }, { "Groep Maan", 1, 9 }, { "Groep Ster", 1, 10 }, { "Groep Wolk", 2, 12 },
	{ "Groep Regenboog", 2, 11 }, { "Groep Wind", 3, 10 }, { "Groep Golf", 4, 8 },
	{ "Groep Duin", 4, 9 }, { "Groep Eiland", 5, 8 }, { "Groep Haven", 5, 9 },
	{ "VSO Noord 1", 2, 12 }, { "VSO Noord 2", 3, 11 }, { "VSO Noord 3", 6, 14 },
	{ "VSO Noord 4", 6, 13 }, { "VSO Noord dagbesteding", 7, 7 }, { "VSO Noord EMB", 0, 6 },
	{ "Observatiegroep", 5, 7 }, { "Kleutergroep Noord", 1, 10 },
};

static const char *const staff_names[] = {
	"Ümit Yılmaz", "Zoë de Vries", "Jan van der Berg", "Fatima El Amrani", "Sanne Jansen",
	"Daan Bakker", "Lotte Visser", "Noah Smit", "Emma Meijer", "Sem de Boer",
	"Julia Mulder", "Lucas de Groot", "Saar Bos", "Finn Vos", "Tess Peters",
	"Milan Hendriks", "Anouk van Dijk", "Bram van Leeuwen", "Iris Dekker", "Ruben Brouwer",
	"Noor de Wit", "Thijs Dijkstra", "Fenna Smits", "Jesse de Graaf", "Eva van der Meer",
	"Mohamed Ouali", "Chloë Verbeek", "Sven Kok", "Hanneke Jacobs", "Özlem Kaya",
	"Gijs van den Heuvel", "Maud Willems", "Stijn Koster", "Liv Hoekstra", "René Mertens",
};
#define NSTAFF (int)(sizeof staff_names / sizeof staff_names[0])
#define HORIZON 17   /* the first 17 work for Zorggroep Horizon, the rest for Samen Verder */
#define LEAVER 17    /* leaves in the middle of the school year */

static const char *const disciplines[] = { "begeleider", "verzorgende", "begeleider", "verpleegkundige" };
static const int contract_hours[] = { 32, 24, 28, 36, 20, 32, 24 };

/* Half-day slots of a school week; which professional is busy in which. */
struct demo_load {
	int64_t busy[NSTAFF][5][2];   /* class id per weekday and half, 0 when free */
	int minutes[NSTAFF];
};

/* A member of the team free in that half-day and within contract, in turn; -1 if none. */
static int demo_free_member(const int *team, int nteam, int n, int day, int h, int len,
			    const struct demo_load *load)
{
	for (int i = 0; i < nteam; i++) {
		int who = team[(i + n) % nteam];
		if (!load->busy[who][day][h] && load->minutes[who] + len <= contract_hours[who % 7] * 60)
			return who;
	}
	return -1;
}

/* A class's weekly pattern: half-days (morning, afternoon) up to its budget. Each half-day
 * goes to a member of the class's team who is free then and within contract; while the team
 * has fewer than three, a free colleague of the provider (the least loaded) joins it. So the
 * fixed team follows from the plan, and every class keeps to three faces at most. */
static int demo_patterns(struct store *st, const int64_t *staff_ids, const struct class *k, int day_start,
			 int day_end, int base, int pool, struct date from, struct demo_load *load,
			 struct zio_err *err)
{
	int half[2][2] = { { day_start, 12 * 60 }, { 12 * 60, day_end } };
	int team[3], nteam = 0, planned = 0;

	/* Take half-days while they keep the week within 5% of the budget. */
	for (int n = 0; n < 10 && planned < k->budget_minutes * 95 / 100; n++) {
		int day = n % 5, h = n / 5, len = half[h][1] - half[h][0], pick = -1;
		if (planned + len > k->budget_minutes * 105 / 100)
			len = (k->budget_minutes - planned) / 15 * 15;   /* a shorter last shift */
		if (len < 60)
			continue;
		/* bigger classes get a team of three, smaller ones two */
		int want = k->budget_minutes >= 20 * 60 ? 3 : 2;
		if (nteam >= want)
			pick = demo_free_member(team, nteam, n, day, h, len, load);
		if (pick < 0 && nteam < 3) {
			for (int j = 0; j < pool; j++) {   /* the least loaded free colleague joins */
				int c = base + j, member = 0;
				for (int m = 0; m < nteam; m++)
					member |= team[m] == c;
				if (c != LEAVER && !member && !load->busy[c][day][h] &&
				    load->minutes[c] + len <= contract_hours[c % 7] * 60 &&
				    (pick < 0 || load->minutes[c] < load->minutes[pick]))
					pick = c;
			}
			if (pick >= 0)
				team[nteam++] = pick;
		}
		if (pick < 0)
			pick = demo_free_member(team, nteam, n, day, h, len, load);
		if (pick < 0)
			continue;
		load->busy[pick][day][h] = k->id;
		load->minutes[pick] += len;
		planned += len;
		struct pattern p = { .professional_id = staff_ids[pick], .class_id = k->id, .weekday = day + 1,
				     .start = half[h][0], .end = half[h][0] + len, .every = 1 };
		if (store_pattern_insert(st, &p, err))
			return err->code;
	}
	for (int i = 0; nteam < 2 && i < pool; i++) {   /* a team has at least two */
		int who = base + (int)((k->id * 7 + i) % pool), dup = who == LEAVER;
		for (int j = 0; j < nteam; j++)
			dup |= team[j] == who;
		if (!dup)
			team[nteam++] = who;
	}
	for (int i = 0; i < nteam; i++) {
		struct team_member t = { .professional_id = staff_ids[team[i]], .class_id = k->id, .from = from };
		if (store_team_insert(st, &t, err))
			return err->code;
	}
	return ZIO_OK;
}

/* The weeks before today logged: about one shift in forty a sick day, most of them with a
 * stand-in of the same provider who was free then; the last three weeks approved, the one
 * before today's submitted, and this week logged up to today. */
static int demo_hours(struct store *st, struct planner *pl, const struct school *schools, struct date today,
		      struct zio_err *err)
{
	struct isoweek now = date_isoweek(today), w = date_isoweek(date_school_year_start(date_school_year(today)));
	struct professional pros[64];
	struct findings fs = { 0 };
	int npros = 0, k = 0, rc = ZIO_OK;

	for (int64_t id = 1; npros < NSTAFF && id < 1000; id++)
		if (store_staff_get(st, id, &pros[npros], err) == ZIO_OK)
			npros++;
	zio_err_clear(err);
	for (; !rc && (w.year < now.year || (w.year == now.year && w.week <= now.week)); w = date_isoweek_add(w, 1)) {
		for (int s = 0; s < 2 && !rc; s++) {
			struct shift_filter f = { 0 };
			struct shift *v = NULL;
			size_t n = 0;
			struct confirm_report r = { 0 };

			f.from = date_from_isoweek(w, 1);
			f.to = date_from_isoweek(w, 7);
			f.school_id = schools[s].id;
			if ((rc = store_shift_list(st, &f, &v, &n, err)))
				break;
			for (size_t i = 0; i < n && !rc; i++) {
				struct zio_err e;
				if (date_cmp(v[i].date, today) >= 0 || ++k % 41)
					continue;
				/* a stand-in of the same provider, if one is free; else nobody */
				int tried = ZIO_ERULE;
				for (int j = 0; j < npros && tried != ZIO_OK; j++) {
					struct professional me;
					if (pros[j].id == v[i].professional_id || store_staff_get(st, v[i].professional_id, &me, &e) ||
					    pros[j].provider_id != me.provider_id || (k / 41 + j) % 3)
						continue;
					tried = logbook_absent(pl, v[i].id, ABSENCE_SICK, pros[j].id, -1, -1, "", today, &fs, &e);
					if (tried != ZIO_OK && tried != ZIO_ERULE)
						rc = zio_err_set(err, tried, "%s", e.msg);
				}
				if (!rc && tried != ZIO_OK)
					tried = logbook_absent(pl, v[i].id, k % 2 ? ABSENCE_SICK : ABSENCE_LEAVE, 0, -1, -1, "",
							       today, &fs, &e);
			}
			free(v);
			if (!rc)
				rc = logbook_confirm_week(pl, schools[s].id, 0, w, today, &r, err);
			findings_free(&r.findings);
		}
	}
	findings_free(&fs);
	if (!rc)   /* before the sign-off locks the weeks */
		rc = store_hours_backdate(st, err);
	/* the sign-off of the last weeks, for every provider at every school */
	for (int back = 4; !rc && back >= 1; back--) {
		struct isoweek sw = date_isoweek_add(now, -back);
		for (int s = 0; s < 2 && !rc; s++)
			for (int64_t prov = 1; prov <= 2 && !rc; prov++) {
				struct timesheet ts;
				rc = logbook_timesheet(pl, prov, schools[s].id, sw, TS_SUBMIT, NULL, today, &ts, err);
				if (!rc && back > 1)
					rc = logbook_timesheet(pl, prov, schools[s].id, sw, TS_APPROVE, NULL, today, &ts, err);
			}
	}
	return rc;
}

/* Study days, the school year's shifts from the patterns, and a few findings on purpose:
 * next week a stand-in outside the fixed team and a Saturday that takes someone over contract. */
static int demo_rooster(struct store *st, const struct config *cfg, struct date today,
			const struct school *schools, const int64_t *staff_ids, const int64_t *zuid_ids,
			const struct demo_load *load, struct zio_err *err)
{
	int sy = date_school_year(today);
	struct date year_start = date_school_year_start(sy);
	struct closure c1 = { 0, schools[0].id, { sy, 10, 8 }, { sy, 10, 8 }, -1, -1, "studiedag: teamtraining" };
	struct isoweek w = date_isoweek_add(date_isoweek(today), 1);
	struct findings fs = { 0 };
	struct planner pl;
	struct shift x;
	int rc;

	/* the second Wednesday of October; a study afternoon on the first Thursday of March */
	while (date_weekday(c1.from) != 3)
		c1.from = c1.to = date_add_days(c1.from, 1);
	if ((rc = store_closure_insert(st, &c1, err)))
		return rc;
	c1 = (struct closure){ 0, schools[1].id, { sy + 1, 3, 1 }, { sy + 1, 3, 1 }, 12 * 60, 15 * 60, "studiemiddag" };
	while (date_weekday(c1.from) != 4)
		c1.from = c1.to = date_add_days(c1.from, 1);
	if ((rc = store_closure_insert(st, &c1, err)) || (rc = planner_open(&pl, st, cfg, err)))
		return rc;
	for (int s = 0; s < 2 && !rc; s++) {
		struct plan_report r = { 0 };
		rc = plan_fill(&pl, schools[s].id, year_start, date_school_year_end(sy), &r, err);
		plan_report_free(&r);
	}
	/* a stand-in from the other provider; the first one free that afternoon */
	for (int who = NSTAFF - 1, tried = ZIO_ERULE; !rc && who >= HORIZON && tried == ZIO_ERULE; who--) {
		struct zio_err e;
		x = (struct shift){ .professional_id = staff_ids[who], .class_id = zuid_ids[0],
				    .date = date_from_isoweek(w, 2), .start = 13 * 60, .end = 15 * 60 };
		snprintf(x.override_reason, sizeof x.override_reason, "%s", "invaller: vaste kracht op cursus");
		tried = plan_shift_add(&pl, &x, &fs, &e);
		if (tried != ZIO_OK && tried != ZIO_ERULE)
			rc = zio_err_set(err, tried, "%s", e.msg);
	}
	if (!rc) {
		/* the busiest professional of Horizon gets a Saturday open day in a class of theirs */
		int busiest = 0, extra;
		int64_t klass = zuid_ids[0];
		struct zio_err e;
		for (int i = 1; i < HORIZON; i++)
			if (load->minutes[i] * 100 / (contract_hours[i % 7] * 60) >
			    load->minutes[busiest] * 100 / (contract_hours[busiest % 7] * 60))
				busiest = i;
		for (int wd = 0; wd < 5; wd++)
			for (int h = 0; h < 2; h++)
				if (load->busy[busiest][wd][h])
					klass = load->busy[busiest][wd][h];
		extra = contract_hours[busiest % 7] * 60 - load->minutes[busiest] + 90;
		x = (struct shift){ .professional_id = staff_ids[busiest], .class_id = klass,
				    .date = date_from_isoweek(w, 6), .start = 9 * 60,
				    .end = 9 * 60 + (extra < 120 ? 120 : extra > 420 ? 420 : extra) };
		snprintf(x.note, sizeof x.note, "%s", "zaterdag: open dag");
		int tried = plan_shift_add(&pl, &x, &fs, &e);
		if (tried != ZIO_OK && tried != ZIO_ERULE)
			rc = zio_err_set(err, tried, "%s", e.msg);
	}
	findings_free(&fs);
	if (!rc)
		rc = demo_hours(st, &pl, schools, today, err);
	planner_close(&pl);
	return rc;
}

int demo_fill(struct store *st, const struct config *cfg, struct date today, struct zio_err *err)
{
	int sy = date_school_year(today);
	struct date year_start = date_school_year_start(sy);
	struct school schools[2] = {
		{ 0, "De Wilgenhoek", "99ZA", REGION_ZUID, 8 * 60 + 30, 15 * 60 },
		{ 0, "Het Noorderlicht", "99ZB", REGION_NOORD, 8 * 60 + 15, 14 * 60 + 45 },
	};
	struct provider providers[2] = {
		{ 0, "Zorggroep Horizon", 5850 },
		{ 0, "Stichting Samen Verder", 6120 },
	};
	int64_t group_ids[8], staff_ids[NSTAFF];
	int64_t zuid_ids[sizeof zuid_classes / sizeof zuid_classes[0]];
	int64_t noord_ids[sizeof noord_classes / sizeof noord_classes[0]];
	const int nzuid = (int)(sizeof zuid_ids / sizeof zuid_ids[0]);
	const int nnoord = (int)(sizeof noord_ids / sizeof noord_ids[0]);

	for (int i = 0; i < 2; i++)
		if (store_school_insert(st, &schools[i], err) || store_provider_insert(st, &providers[i], err))
			return err->code;
	for (int i = 0; i < 8; i++) {
		struct target_group g = { 0 };
		snprintf(g.name, sizeof g.name, "%s", groups[i].name);
		g.weekly_minutes = groups[i].hours;
		g.wlz_share_bp = groups[i].wlz_bp;
		if (store_group_insert(st, &g, err))
			return err->code;
		group_ids[i] = g.id;
	}
	for (int s = 0; s < 2; s++) {
		const struct demo_class *list = s ? noord_classes : zuid_classes;
		int n = s ? nnoord : nzuid;
		int64_t *ids = s ? noord_ids : zuid_ids;
		for (int i = 0; i < n; i++) {
			struct class k = { .school_id = schools[s].id, .group_id = group_ids[list[i].group],
					   .pupils = list[i].pupils, .weekly_minutes = -1 };
			snprintf(k.name, sizeof k.name, "%s", list[i].name);
			/* One class deviates from its group's volume, as the seeds allow. */
			if (s == 0 && i == 2)
				k.weekly_minutes = 22 * 60 + 30;
			if (store_class_insert(st, &k, err))
				return err->code;
			ids[i] = k.id;
		}
	}
	/* Horizon serves De Wilgenhoek (the first 17 professionals); Samen Verder serves Het
	 * Noorderlicht and the last two classes of De Wilgenhoek (the other 18). */
	for (int i = 0; i < NSTAFF; i++) {
		struct professional p = { .provider_id = providers[i < HORIZON ? 0 : 1].id,
					  .contract_minutes = contract_hours[i % 7] * 60,
					  .active_from = year_start };
		snprintf(p.name, sizeof p.name, "%s", staff_names[i]);
		snprintf(p.discipline, sizeof p.discipline, "%s", disciplines[i % 4]);
		if (i == LEAVER)   /* someone who leaves mid-year: no patterns, the history stays */
			p.active_to = date_add_days(date_school_year_start(sy + 1), -183);
		if (store_staff_insert(st, &p, err))
			return err->code;
		staff_ids[i] = p.id;
	}
	/* The weekly pattern of every class, and its fixed team of 2-3 from it. */
	static struct demo_load load;
	memset(&load, 0, sizeof load);
	for (int s = 0; s < 2; s++) {
		int n = s ? nnoord : nzuid;
		int64_t *ids = s ? noord_ids : zuid_ids;
		for (int i = 0; i < n; i++) {
			int horizon = s == 0 && i < nzuid - 2;
			struct class k;
			if (store_class_get(st, ids[i], &k, err) ||
			    demo_patterns(st, staff_ids, &k, schools[s].day_start, schools[s].day_end,
					  horizon ? 0 : HORIZON, horizon ? HORIZON : NSTAFF - HORIZON, year_start, &load,
					  err))
				return err->code;
		}
	}
	/* Study days, then the school year's rooster from the patterns. */
	return demo_rooster(st, cfg, today, schools, staff_ids, zuid_ids, &load, err);
}
