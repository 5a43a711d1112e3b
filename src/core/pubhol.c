/* pubhol: Dutch public holidays, computed from the date of Easter and a few fixed days, and which
 * of them close a school. */
#include "zio/pubhol.h"

#include <stddef.h>

/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
struct date pubhol_easter(int y)
{
	int a = y % 19;           /* place in the 19-year lunar (Metonic) cycle */
	int b = y / 100, c = y % 100;
	int d = b / 4, e = b % 4;
	int f = (b + 8) / 25;
	int g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30;   /* epact: age of the moon */
	int i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7; /* days to the next Sunday */
	int m = (a + 11 * h + 22 * l) / 451;
	struct date r;

	r.m = (h + l - 7 * m + 114) / 31;
	r.d = (h + l - 7 * m + 114) % 31 + 1;
	r.y = y;
	return r;
}

/* Koningsdag moves to Saturday the 26th when the 27th is a Sunday. */
static struct date pubhol_kings_day(int y)
{
	struct date d = { y, 4, 27 };

	if (date_weekday(d) == 7)
		d.d = 26;
	return d;
}

/* Is d the holiday k? easter is the day number of Easter Sunday in d's year. */
static bool pubhol_is(struct date d, long easter, enum pubhol_kind k)
{
	long off = date_to_days(d) - easter;

	switch (k) {
	case PUBHOL_NEW_YEAR: return d.m == 1 && d.d == 1;
	case PUBHOL_GOOD_FRIDAY: return off == -2;
	case PUBHOL_EASTER_SUNDAY: return off == 0;
	case PUBHOL_EASTER_MONDAY: return off == 1;
	case PUBHOL_KINGS_DAY: return date_cmp(d, pubhol_kings_day(d.y)) == 0;
	case PUBHOL_LIBERATION_DAY: return d.m == 5 && d.d == 5;
	case PUBHOL_ASCENSION: return off == 39;
	case PUBHOL_FRIDAY_AFTER_ASCENSION: return off == 40;
	case PUBHOL_WHIT_SUNDAY: return off == 49;
	case PUBHOL_WHIT_MONDAY: return off == 50;
	case PUBHOL_CHRISTMAS: return d.m == 12 && d.d == 25;
	case PUBHOL_BOXING_DAY: return d.m == 12 && d.d == 26;
	case PUBHOL_NONE: break;
	}
	return false;
}

/* The order in which a day's holiday is reported. Two can share a day: 5 May is also
 * Ascension (e.g. 2016) or the Friday after it (e.g. 2062) in some years. Ascension wins over
 * Bevrijdingsdag because it closes every school, and Bevrijdingsdag wins over the Friday after
 * Ascension because it is an actual public holiday. */
static const enum pubhol_kind pubhol_order[] = {
	PUBHOL_NEW_YEAR, PUBHOL_GOOD_FRIDAY, PUBHOL_EASTER_SUNDAY, PUBHOL_EASTER_MONDAY,
	PUBHOL_KINGS_DAY, PUBHOL_ASCENSION, PUBHOL_LIBERATION_DAY,
	PUBHOL_FRIDAY_AFTER_ASCENSION, PUBHOL_WHIT_SUNDAY, PUBHOL_WHIT_MONDAY,
	PUBHOL_CHRISTMAS, PUBHOL_BOXING_DAY,
};

#define PUBHOL_COUNT (sizeof(pubhol_order) / sizeof(pubhol_order[0]))

enum pubhol_kind pubhol_on(struct date d)
{
	long easter = date_to_days(pubhol_easter(d.y));

	for (size_t i = 0; i < PUBHOL_COUNT; i++)
		if (pubhol_is(d, easter, pubhol_order[i]))
			return pubhol_order[i];
	return PUBHOL_NONE;
}

const char *pubhol_name(enum pubhol_kind k)
{
	switch (k) {
	case PUBHOL_NEW_YEAR: return "Nieuwjaarsdag";
	case PUBHOL_GOOD_FRIDAY: return "Goede Vrijdag";
	case PUBHOL_EASTER_SUNDAY: return "Eerste Paasdag";
	case PUBHOL_EASTER_MONDAY: return "Tweede Paasdag";
	case PUBHOL_KINGS_DAY: return "Koningsdag";
	case PUBHOL_LIBERATION_DAY: return "Bevrijdingsdag";
	case PUBHOL_ASCENSION: return "Hemelvaartsdag";
	case PUBHOL_FRIDAY_AFTER_ASCENSION: return "vrijdag na Hemelvaart";
	case PUBHOL_WHIT_SUNDAY: return "Eerste Pinksterdag";
	case PUBHOL_WHIT_MONDAY: return "Tweede Pinksterdag";
	case PUBHOL_CHRISTMAS: return "Eerste Kerstdag";
	case PUBHOL_BOXING_DAY: return "Tweede Kerstdag";
	case PUBHOL_NONE: break;
	}
	return "";
}

/* Does policy p close schools on holiday k? The three optional days follow the policy; every
 * other holiday always closes. */
static bool pubhol_policy_closes(enum pubhol_kind k, const struct pubhol_policy *p)
{
	static const struct pubhol_policy defaults = { true, true, false };

	if (!p)
		p = &defaults;
	switch (k) {
	case PUBHOL_LIBERATION_DAY: return p->liberation_day_closed;
	case PUBHOL_GOOD_FRIDAY: return p->good_friday_closed;
	case PUBHOL_FRIDAY_AFTER_ASCENSION: return p->friday_after_ascension_closed;
	case PUBHOL_NONE: return false;
	default: return true;
	}
}

enum pubhol_kind pubhol_closes_school(struct date d, const struct pubhol_policy *p)
{
	long easter = date_to_days(pubhol_easter(d.y));

	/* Look at every holiday on d, not just the one pubhol_on reports: on a shared day the
	 * policy may open one of them and close the other. */
	for (size_t i = 0; i < PUBHOL_COUNT; i++)
		if (pubhol_is(d, easter, pubhol_order[i]) && pubhol_policy_closes(pubhol_order[i], p))
			return pubhol_order[i];
	return PUBHOL_NONE;
}
