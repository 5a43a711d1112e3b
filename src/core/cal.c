/* Is the school open? One function answers it for every other part of zio. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cal.h"
#include "zio/i18n.h"

static const char *const holiday_names[HOL_COUNT] = {
	"herfstvakantie", "kerstvakantie", "voorjaarsvakantie", "meivakantie", "zomervakantie",
};

const char *holiday_name(enum holiday h)
{
	return h >= 0 && h < HOL_COUNT ? holiday_names[h] : "";
}

int holiday_parse_name(const char *s, enum holiday *out, struct zio_err *err)
{
	for (int h = 0; h < HOL_COUNT; h++)
		if (strcmp(s, holiday_names[h]) == 0) {
			*out = (enum holiday)h;
			return ZIO_OK;
		}
	return zio_err_set(err, ZIO_EUSAGE,
			   "unknown holiday '%s': expected herfstvakantie, kerstvakantie, voorjaarsvakantie, "
			   "meivakantie or zomervakantie", s);
}

/* Where each holiday of school year sy can fall: wide enough for every published year and
 * for schools that move their spring holiday to carnival, narrow enough that a missing
 * holiday makes only those weeks unknown. */
static void holiday_window(int sy, enum holiday h, struct date *from, struct date *to)
{
	static const int win[HOL_COUNT][6] = {
		/* from: year offset, month, day; to: year offset, month, day */
		{ 0, 10, 1, 0, 11, 5 },
		{ 0, 12, 12, 1, 1, 12 },
		{ 1, 2, 1, 1, 3, 15 },
		{ 1, 4, 12, 1, 5, 20 },
		{ 1, 6, 25, 1, 9, 10 },
	};
	*from = (struct date){ sy + win[h][0], win[h][1], win[h][2] };
	*to = (struct date){ sy + win[h][3], win[h][4], win[h][5] };
}

int holiday_check(const struct holiday_period *p, struct zio_err *err)
{
	struct date wf, wt;
	char a[DATE_STR_LEN], b[DATE_STR_LEN], sy[SCHOOLYEAR_STR_LEN];

	if (p->school_year < 1900 || p->school_year > 9000)
		return zio_err_set(err, ZIO_EUSAGE, "school year out of range");
	date_format_school_year(p->school_year, sy);
	if (date_cmp(p->from, p->to) > 0)
		return zio_err_set(err, ZIO_EUSAGE, "%s %s: %s is after %s", holiday_name(p->kind), sy,
				   date_format(p->from, a), date_format(p->to, b));
	if (date_diff(p->from, p->to) > 70)
		return zio_err_set(err, ZIO_EUSAGE, "%s %s: longer than ten weeks", holiday_name(p->kind), sy);
	holiday_window(p->school_year, p->kind, &wf, &wt);
	if (date_cmp(p->from, wf) < 0 || date_cmp(p->to, wt) > 0)
		return zio_err_set(err, ZIO_EUSAGE, "%s %s must lie between %s and %s", holiday_name(p->kind),
				   sy, date_format(wf, a), date_format(wt, b));
	return ZIO_OK;
}

int holiday_set_put(struct holiday_set *hs, const struct holiday_period *p, struct zio_err *err)
{
	for (size_t i = 0; i < hs->n; i++) {
		struct holiday_period *q = &hs->v[i];
		if (q->school_year == p->school_year && q->kind == p->kind && q->region == p->region &&
		    q->school_id == p->school_id) {
			*q = *p;
			return ZIO_OK;
		}
	}
	if (hs->n == hs->cap) {
		size_t cap = hs->cap ? hs->cap * 2 : 64;
		struct holiday_period *v = realloc(hs->v, cap * sizeof *v);
		if (!v)
			return zio_err_set(err, ZIO_EDB, "out of memory");
		hs->v = v;
		hs->cap = cap;
	}
	hs->v[hs->n++] = *p;
	return ZIO_OK;
}

const struct holiday_period *holiday_set_find(const struct holiday_set *hs, int school_year,
					      enum holiday kind, enum region region, int64_t school_id)
{
	for (size_t i = 0; i < hs->n; i++) {
		const struct holiday_period *q = &hs->v[i];
		if (q->school_year == school_year && q->kind == kind && q->school_id == school_id &&
		    (school_id != 0 || q->region == region))
			return q;
	}
	return NULL;
}

void holiday_set_free(struct holiday_set *hs)
{
	free(hs->v);
	*hs = (struct holiday_set){ 0 };
}

int closure_check(const struct closure *c, struct zio_err *err)
{
	if (text_check_name(c->reason, N_("reason"), err))
		return ZIO_EUSAGE;
	if (!c->from.y || !c->to.y || date_cmp(c->from, c->to) > 0)
		return zio_err_set(err, ZIO_EUSAGE, "closure: the last day is before the first");
	if (date_diff(c->from, c->to) > 366)
		return zio_err_set(err, ZIO_EUSAGE, "closure: longer than a year");
	if ((c->start < 0) != (c->end < 0) || (c->start >= 0 && c->end <= c->start))
		return zio_err_set(err, ZIO_EUSAGE, "closure: the end time must be after the start time");
	return ZIO_OK;
}

/* The school's own dates for a holiday when it moved it, else its region's. */
static const struct holiday_period *holiday_for(const struct holiday_set *hs, const struct cal_school *s,
						int sy, enum holiday h)
{
	const struct holiday_period *p = s->id ? holiday_set_find(hs, sy, h, REGION_NONE, s->id) : NULL;
	return p ? p : holiday_set_find(hs, sy, h, s->region, 0);
}

static bool within(struct date d, struct date from, struct date to)
{
	return date_cmp(d, from) >= 0 && date_cmp(d, to) <= 0;
}

/* reason = "what" or "what (qualifier)"; cut to fit, never mid-character. */
static void set(struct cal_day *out, enum cal_status st, const char *what, const char *qual)
{
	size_t n;

	out->status = st;
	n = text_fit(what, CAL_REASON_LEN - 40, NULL);
	snprintf(out->reason, sizeof out->reason, "%.*s%s%.30s%s", (int)n, what, qual ? " (" : "",
		 qual ? qual : "", qual ? ")" : "");
}

void cal_school_day(const struct holiday_set *hs, const struct cal_school *s, struct date d,
		    struct cal_day *out)
{
	int sy = date_school_year(d), known = 0;
	/* The summer holiday of the previous school year reaches into August. */
	const struct { int sy; enum holiday h; } cands[] = {
		{ sy - 1, HOL_ZOMER }, { sy, HOL_HERFST }, { sy, HOL_KERST }, { sy, HOL_VOORJAAR },
		{ sy, HOL_MEI }, { sy, HOL_ZOMER },
	};
	enum pubhol_kind ph;
	char syname[SCHOOLYEAR_STR_LEN];
	const struct closure *part = NULL;

	memset(out, 0, sizeof *out);
	out->weekend = date_weekday(d) >= 6;
	/* A school holiday names every day it covers, its weekends and public holidays too. */
	for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
		const struct holiday_period *p = holiday_for(hs, s, cands[i].sy, cands[i].h);
		if (p && cands[i].sy == sy)
			known++;
		if (p && within(d, p->from, p->to)) {
			if (p->school_id)
				set(out, CAL_CLOSED, holiday_name(p->kind), _("school's own dates"));
			else
				set(out, CAL_CLOSED, holiday_name(p->kind), units_region_name(p->region));
			return;
		}
	}
	if (out->weekend) {
		set(out, CAL_CLOSED, _("weekend"), NULL);
		return;
	}
	if ((ph = pubhol_closes_school(d, &s->policy)) != PUBHOL_NONE) {
		set(out, CAL_CLOSED, pubhol_name(ph), NULL);
		return;
	}
	for (size_t i = 0; i < s->nclosures; i++) {
		const struct closure *c = &s->closures[i];
		if (!within(d, c->from, c->to))
			continue;
		if (c->start < 0 || (c->start <= s->day_start && c->end >= s->day_end)) {
			set(out, CAL_CLOSED, c->reason, NULL);
			return;
		}
		if (!part)
			part = c;
	}
	if (known == 0) {
		date_format_school_year(sy, syname);
		snprintf(out->reason, sizeof out->reason,
			 _("school holidays unknown for %s: run zio holidays import"), syname);
		out->status = CAL_UNKNOWN;
		return;
	}
	for (size_t i = 0; i < sizeof cands / sizeof cands[0]; i++) {
		struct date wf, wt;
		if (holiday_for(hs, s, cands[i].sy, cands[i].h))
			continue;
		holiday_window(cands[i].sy, cands[i].h, &wf, &wt);
		if (within(d, wf, wt)) {
			date_format_school_year(cands[i].sy, syname);
			snprintf(out->reason, sizeof out->reason,
				 _("%s %s (%s) not known: run zio holidays import"), holiday_name(cands[i].h),
				 syname, units_region_name(s->region));
			out->status = CAL_UNKNOWN;
			return;
		}
	}
	if (part) {
		out->status = CAL_PARTLY;
		out->closed_start = part->start;
		out->closed_end = part->end;
		set(out, CAL_PARTLY, part->reason, NULL);
		return;
	}
	out->status = CAL_OPEN;
}

int cal_holidays_known(const struct holiday_set *hs, const struct cal_school *s, int school_year)
{
	int n = 0;

	for (int h = 0; h < HOL_COUNT; h++)
		n += holiday_for(hs, s, school_year, (enum holiday)h) != NULL;
	return n;
}

bool cal_is_school_open(const struct holiday_set *hs, const struct cal_school *s, struct date d, int min)
{
	struct cal_day day;

	cal_school_day(hs, s, d, &day);
	if (day.status != CAL_OPEN && day.status != CAL_PARTLY)
		return false;
	if (min < s->day_start || min >= s->day_end)
		return false;
	return day.status == CAL_OPEN || min < day.closed_start || min >= day.closed_end;
}

struct date cal_first_unknown(const struct holiday_set *hs, const struct cal_school *s,
			      struct date from, int horizon)
{
	struct cal_day day;

	for (int i = 0; i <= horizon; i++) {
		struct date d = date_add_days(from, i);
		cal_school_day(hs, s, d, &day);
		if (day.status == CAL_UNKNOWN)
			return d;
	}
	return (struct date){ 0, 0, 0 };
}
