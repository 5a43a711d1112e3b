/* pubhol: Dutch public holidays (feestdagen), computed for any year rather than typed in,
 * and the education rules for which of them close a school. */
#ifndef ZIO_PUBHOL_H
#define ZIO_PUBHOL_H

#include <stdbool.h>

#include "zio/date.h"

enum pubhol_kind {
	PUBHOL_NONE = 0,
	PUBHOL_NEW_YEAR,          /* Nieuwjaarsdag, 1 January */
	PUBHOL_GOOD_FRIDAY,       /* Goede Vrijdag */
	PUBHOL_EASTER_SUNDAY,     /* Eerste Paasdag */
	PUBHOL_EASTER_MONDAY,     /* Tweede Paasdag */
	PUBHOL_KINGS_DAY,         /* Koningsdag: 27 April, 26 April when the 27th is a Sunday */
	PUBHOL_LIBERATION_DAY,    /* Bevrijdingsdag, 5 May */
	PUBHOL_ASCENSION,         /* Hemelvaartsdag, Easter + 39 */
	PUBHOL_FRIDAY_AFTER_ASCENSION, /* not a public holiday; some schools close */
	PUBHOL_WHIT_SUNDAY,       /* Eerste Pinksterdag, Easter + 49 */
	PUBHOL_WHIT_MONDAY,       /* Tweede Pinksterdag, Easter + 50 */
	PUBHOL_CHRISTMAS,         /* Eerste Kerstdag, 25 December */
	PUBHOL_BOXING_DAY,        /* Tweede Kerstdag, 26 December */
};

/* Easter Sunday of year y (Gregorian computus), 1583 <= y <= 9999. */
struct date pubhol_easter(int y);

/* Which holiday falls on d, PUBHOL_NONE if none. When 5 May is also Ascension Day or the
 * Friday after it, Ascension Day wins over Bevrijdingsdag, which wins over that Friday. */
enum pubhol_kind pubhol_on(struct date d);

/* The Dutch name as users know it ("Koningsdag", "Tweede Paasdag", ...). */
const char *pubhol_name(enum pubhol_kind k);

/* The three closures each school chooses. */
struct pubhol_policy {
	bool liberation_day_closed;         /* default true */
	bool good_friday_closed;            /* default true */
	bool friday_after_ascension_closed; /* default false */
};

/* Is a school closed on d because of a public holiday under policy p (NULL: the defaults
 * above)? Returns the kind that closes it, or PUBHOL_NONE. Weekends are not this function's
 * business. */
enum pubhol_kind pubhol_closes_school(struct date d, const struct pubhol_policy *p);

#endif
