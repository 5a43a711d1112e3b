/* Gathering one school's calendar from the file, the database and the config. */
#include <stdlib.h>
#include <string.h>

#include "zio/calendar.h"
#include "zio/calstore.h"
#include "zio/import.h"

int calendar_open(struct calendar *cal, struct store *st, struct zio_err *err)
{
	memset(cal, 0, sizeof *cal);
	if (config_data_file(CALENDAR_FILE, cal->file, sizeof cal->file, err) ||
	    holidays_ini_read(cal->file, &cal->hs, err) || store_holiday_load(st, &cal->hs, err)) {
		holiday_set_free(&cal->hs);
		return err ? err->code : ZIO_EDB;
	}
	return ZIO_OK;
}

void calendar_close(struct calendar *cal)
{
	holiday_set_free(&cal->hs);
}

static bool choice(enum school_choice c, bool dflt)
{
	return c == CHOICE_DEFAULT ? dflt : c == CHOICE_CLOSED;
}

struct pubhol_policy calendar_policy(const struct school *s, const struct config *cfg)
{
	struct pubhol_policy p;

	p.good_friday_closed = choice(s->good_friday, cfg->holidays.good_friday_closed);
	p.liberation_day_closed = choice(s->liberation_day, cfg->holidays.liberation_day_closed);
	p.friday_after_ascension_closed = choice(s->friday_after_ascension,
						 cfg->holidays.friday_after_ascension_closed);
	return p;
}

int calendar_school_load(struct store *st, const struct config *cfg, int64_t school_id, struct date from,
			 struct date to, struct calendar_school *out, struct zio_err *err)
{
	memset(out, 0, sizeof *out);
	if (store_school_get(st, school_id, &out->school, err) ||
	    store_closure_list(st, school_id, from, to, &out->closures, &out->nclosures, err))
		return err ? err->code : ZIO_EDB;
	out->cs.id = school_id;
	out->cs.region = out->school.region;
	out->cs.day_start = out->school.day_start;
	out->cs.day_end = out->school.day_end;
	out->cs.policy = calendar_policy(&out->school, cfg);
	out->cs.closures = out->closures;
	out->cs.nclosures = out->nclosures;
	return ZIO_OK;
}

void calendar_school_free(struct calendar_school *cs)
{
	free(cs->closures);
	memset(cs, 0, sizeof *cs);
}

bool calendar_runs_out(const struct calendar *cal, const struct cal_school *s, struct date today,
		       struct date *until)
{
	*until = cal_first_unknown(&cal->hs, s, today, 183);
	return until->y != 0;
}
