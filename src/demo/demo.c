/* The demo region, written through the same store functions as every other change.
 * All names are invented; any likeness to a real school is chance. */
#include <stdio.h>
#include <string.h>

#include "zio/demo.h"
#include "zio/roster.h"

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

static const char *const disciplines[] = { "begeleider", "verzorgende", "begeleider", "verpleegkundige" };
static const int contract_hours[] = { 32, 24, 28, 36, 20, 32, 24 };

int demo_fill(struct store *st, struct date today, struct zio_err *err)
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
	/* Horizon serves De Wilgenhoek (first 20 professionals); Samen Verder serves Het
	 * Noorderlicht and the last two classes of De Wilgenhoek (the other 15). */
	for (int i = 0; i < NSTAFF; i++) {
		struct professional p = { .provider_id = providers[i < 20 ? 0 : 1].id,
					  .contract_minutes = contract_hours[i % 7] * 60,
					  .active_from = year_start };
		snprintf(p.name, sizeof p.name, "%s", staff_names[i]);
		snprintf(p.discipline, sizeof p.discipline, "%s", disciplines[i % 4]);
		if (i == 17)   /* someone who leaves mid-year */
			p.active_to = date_add_days(date_school_year_start(sy + 1), -183);
		if (store_staff_insert(st, &p, err))
			return err->code;
		staff_ids[i] = p.id;
	}
	/* Fixed teams of 2-3: classes take consecutive professionals of their provider, so each
	 * professional is a fixed face in two or three classes. */
	for (int s = 0; s < 2; s++) {
		int n = s ? nnoord : nzuid;
		int64_t *ids = s ? noord_ids : zuid_ids;
		for (int i = 0; i < n; i++) {
			int horizon = s == 0 && i < nzuid - 2;
			int base = horizon ? 0 : 20, pool = horizon ? 20 : 15;
			int idx = s == 0 ? i : i + 2;   /* Samen Verder's classes, counted across schools */
			int size = 2 + (i % 3 == 0);
			for (int k = 0; k < size; k++) {
				struct team_member t = { .class_id = ids[i], .from = year_start };
				t.professional_id = staff_ids[base + (idx * 2 + k) % pool];
				if (store_team_insert(st, &t, err))
					return err->code;
			}
		}
	}
	return ZIO_OK;
}
