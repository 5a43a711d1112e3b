/* The planning rules. Messages name who, where, when: a planner reads them in a list of
 * hundreds and must know at once which shift is meant. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/hours.h"
#include "zio/i18n.h"
#include "zio/rules.h"
#include "zio/units.h"

/* The labels describe the shifts a rule finds, as words that follow "3 shifts" (and
 * "3 diensten"): keep them free of a verb or pronoun that would have to agree with the count. */
static const struct { const char *name, *label; enum rule_severity sev; } rules[RULE_COUNT] = {
	[RULE_TIME_ORDER] = { "time-order", N_("with the end not after the start"), RULE_ERROR },
	[RULE_OVERLAP] = { "overlap", N_("overlapping another shift of the same professional"), RULE_ERROR },
	[RULE_INACTIVE] = { "inactive", N_("outside the professional's active dates"), RULE_ERROR },
	[RULE_CLOSED_DAY] = { "closed-day", N_("on a day the school is closed"), RULE_WARNING },
	[RULE_UNKNOWN_DAY] = { "unknown-day", N_("on a day zio has no school holidays for"), RULE_WARNING },
	[RULE_OUTSIDE_DAY] = { "outside-school-day", N_("outside the school day"), RULE_WARNING },
	[RULE_NOT_FIXED] = { "not-fixed-team", N_("by someone outside the class's fixed team"), RULE_WARNING },
	[RULE_OVER_CONTRACT] = { "over-contract", N_("beyond the professional's contract hours that week"), RULE_WARNING },
	[RULE_BUDGET] = { "budget", N_("in a class week outside its budget margin"), RULE_WARNING },
	[RULE_FACES] = { "faces", N_("in a class week with more faces than allowed"), RULE_WARNING },
	[RULE_FUTURE] = { "future", N_("logged before the day itself"), RULE_ERROR },
	[RULE_LOGGED] = { "logged", N_("changed after their hours were logged"), RULE_WARNING },
};

const char *rule_code_name(enum rule_code c)
{
	return c < RULE_COUNT ? rules[c].name : "";
}

const char *rule_code_label(enum rule_code c)
{
	return c < RULE_COUNT ? _(rules[c].label) : "";
}

enum rule_severity rule_severity_of(enum rule_code c)
{
	return c < RULE_COUNT ? rules[c].sev : RULE_ERROR;
}

void findings_free(struct findings *f)
{
	free(f->v);
	memset(f, 0, sizeof *f);
}

bool findings_has_error(const struct findings *f)
{
	return f->errors > 0;
}

int findings_add(struct findings *f, enum rule_code code, const struct shift *s, const char *fmt, ...)
{
	struct finding *x;
	va_list ap;

	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 16;
		struct finding *v = realloc(f->v, cap * sizeof *v);
		if (!v)
			return ZIO_EDB;
		f->v = v;
		f->cap = cap;
	}
	x = &f->v[f->n++];
	memset(x, 0, sizeof *x);
	x->code = code;
	if (s) {
		x->shift_id = s->id;
		x->class_id = s->class_id;
		x->professional_id = s->professional_id;
		x->date = s->date;
	}
	va_start(ap, fmt);
	vsnprintf(x->msg, sizeof x->msg, fmt, ap);
	va_end(ap);
	if (rule_severity_of(code) == RULE_ERROR)
		f->errors++;
	return ZIO_OK;
}

bool rule_times_overlap(int a1, int a2, int b1, int b2)
{
	return a1 < b2 && b1 < a2;
}

/* "Zoë de Vries, SO Egels, 2026-11-24 08:30-12:00" */
static void who(const struct shift *s, char *buf, size_t len)
{
	char d[DATE_STR_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN];
	snprintf(buf, len, "%.100s, %.100s, %s %s-%s", s->professional_name, s->class_name,
		 date_format(s->date, d), time_format(s->start, a), time_format(s->end, b));
}

int rule_check_shift(const struct shift *s, const struct shift_facts *f, struct findings *out)
{
	char w[300], a[TIME_STR_LEN], b[TIME_STR_LEN], d[DATE_STR_LEN];
	int rc = ZIO_OK;

	who(s, w, sizeof w);
	if (s->end <= s->start || s->start < 0 || s->end > 1439)
		return findings_add(out, RULE_TIME_ORDER, s, _("%s: the end is not after the start"), w);
	for (size_t i = 0; i < f->nothers && !rc; i++) {
		const struct shift *o = &f->others[i];
		if (o->id != s->id && o->status == SHIFT_PLANNED &&
		    rule_times_overlap(s->start, s->end, o->start, o->end))
			rc = findings_add(out, RULE_OVERLAP, s, _("%s: overlaps %s-%s in %.100s (%.100s)"), w,
					  time_format(o->start, a), time_format(o->end, b), o->class_name,
					  o->school_name);
	}
	if (f->pro && ((f->pro->active_from.y && date_cmp(s->date, f->pro->active_from) < 0) ||
		       (f->pro->active_to.y && date_cmp(s->date, f->pro->active_to) > 0)))
		rc = rc ? rc : findings_add(out, RULE_INACTIVE, s, _("%s: %.100s is not active on %s"), w,
					    f->pro->name, date_format(s->date, d));
	if (f->day && f->day->status == CAL_CLOSED)
		rc = rc ? rc : findings_add(out, RULE_CLOSED_DAY, s, _("%s: the school is closed (%s)"), w, f->day->reason);
	else if (f->day && f->day->status == CAL_UNKNOWN)
		rc = rc ? rc : findings_add(out, RULE_UNKNOWN_DAY, s, _("%s: %s"), w, f->day->reason);
	else if (f->day && f->day->status == CAL_PARTLY &&
		 rule_times_overlap(s->start, s->end, f->day->closed_start, f->day->closed_end))
		rc = rc ? rc : findings_add(out, RULE_CLOSED_DAY, s, _("%s: the school is closed %s-%s (%s)"), w,
					    time_format(f->day->closed_start, a), time_format(f->day->closed_end, b),
					    f->day->reason);
	if (f->day_end > f->day_start && (s->start < f->day_start || s->end > f->day_end))
		rc = rc ? rc : findings_add(out, RULE_OUTSIDE_DAY, s, _("%s: outside the school day %s-%s"), w,
					    time_format(f->day_start, a), time_format(f->day_end, b));
	if (!f->fixed_member)
		rc = rc ? rc : findings_add(out, RULE_NOT_FIXED, s, _("%s: not in the fixed team of %.100s"), w,
					    s->class_name);
	if (f->pro && f->week_minutes >= 0 && f->pro->contract_minutes > 0 &&
	    f->week_minutes + shift_minutes(s) > f->pro->contract_minutes) {
		char h1[24], h2[24];
		rc = rc ? rc : findings_add(out, RULE_OVER_CONTRACT, s, _("%s: %.100s would have %s hours in week %s, contract %s"),
					    w, f->pro->name,
					    units_format_hours(f->week_minutes + shift_minutes(s), i18n_decimal_comma(), h1, sizeof h1),
					    date_format_isoweek(date_isoweek(s->date), (char[WEEK_STR_LEN]){ 0 }),
					    units_format_hours(f->pro->contract_minutes, i18n_decimal_comma(), h2, sizeof h2));
	}
	return rc;
}

int rule_check_staff_week(const struct professional *p, struct isoweek w, int64_t minutes,
			  struct findings *out)
{
	char h1[24], h2[24], ws[WEEK_STR_LEN];
	struct shift s = { 0 };

	if (p->contract_minutes <= 0 || minutes <= p->contract_minutes)
		return ZIO_OK;
	s.professional_id = p->id;
	s.date = date_from_isoweek(w, 1);
	return findings_add(out, RULE_OVER_CONTRACT, &s, _("%.100s: %s hours planned in week %s, contract %s"),
			    p->name, units_format_hours(minutes, i18n_decimal_comma(), h1, sizeof h1), date_format_isoweek(w, ws),
			    units_format_hours(p->contract_minutes, i18n_decimal_comma(), h2, sizeof h2));
}

int rule_check_class_week(const struct class_week *w, int margin_pct, int max_faces, struct findings *out)
{
	char h1[24], h2[24], ws[WEEK_STR_LEN];
	struct shift s = { 0 };
	double budget = w->klass->budget_minutes * w->open_share;
	double margin = budget * margin_pct / 100.0;
	int rc = ZIO_OK;

	s.class_id = w->klass->id;
	s.date = date_from_isoweek(w->week, 1);
	date_format_isoweek(w->week, ws);
	if (w->open_share > 0 && (w->planned_minutes > budget + margin || w->planned_minutes < budget - margin))
		rc = findings_add(out, RULE_BUDGET, &s, _("%.100s (%.100s), week %s: %s hours planned, budget %s (margin %d%%)"),
				  w->klass->name, w->klass->school_name, ws,
				  units_format_hours(w->planned_minutes, i18n_decimal_comma(), h1, sizeof h1),
				  units_format_hours((int64_t)(budget + 0.5), i18n_decimal_comma(), h2, sizeof h2), margin_pct);
	if (!rc && max_faces > 0 && w->faces > max_faces)
		rc = findings_add(out, RULE_FACES, &s, _("%.100s (%.100s), week %s: %d different professionals, at most %d"),
				  w->klass->name, w->klass->school_name, ws, w->faces, max_faces);
	return rc;
}

int rule_check_log(const struct log_entry *e, const struct log_facts *f, struct findings *out)
{
	struct shift as = { 0 };   /* the entry as a shift, for the finding's ids and names */
	char w[300], a[TIME_STR_LEN], b[TIME_STR_LEN], d[DATE_STR_LEN];
	int rc = ZIO_OK;

	as.id = e->shift_id;
	as.professional_id = e->professional_id;
	as.class_id = e->class_id;
	as.date = e->date;
	as.start = e->start;
	as.end = e->end;
	snprintf(as.professional_name, sizeof as.professional_name, "%s", e->professional_name);
	snprintf(as.class_name, sizeof as.class_name, "%s", e->class_name);
	who(&as, w, sizeof w);
	if (e->end <= e->start || e->start < 0 || e->end > 1439)
		return findings_add(out, RULE_TIME_ORDER, &as, _("%s: the end is not after the start"), w);
	if (f->today.y && date_cmp(e->date, f->today) > 0)
		return findings_add(out, RULE_FUTURE, &as, _("%s: hours cannot be logged before the day (today is %s)"), w,
				    date_format(f->today, d));
	for (size_t i = 0; i < f->nothers && !rc && e->kind == LOG_DELIVERED; i++) {
		const struct log_entry *o = &f->others[i];
		if (o->id != e->id && o->kind == LOG_DELIVERED && rule_times_overlap(e->start, e->end, o->start, o->end))
			rc = findings_add(out, RULE_OVERLAP, &as, _("%s: overlaps the logged %s-%s in %.100s"), w,
					  time_format(o->start, a), time_format(o->end, b), o->class_name);
	}
	if (f->pro && ((f->pro->active_from.y && date_cmp(e->date, f->pro->active_from) < 0) ||
		       (f->pro->active_to.y && date_cmp(e->date, f->pro->active_to) > 0)))
		rc = rc ? rc : findings_add(out, RULE_INACTIVE, &as, _("%s: %.100s is not active on %s"), w, f->pro->name,
					    date_format(e->date, d));
	if (e->kind == LOG_DELIVERED && f->day && (f->day->status == CAL_CLOSED || f->day->status == CAL_UNKNOWN))
		rc = rc ? rc : findings_add(out, RULE_CLOSED_DAY, &as, f->day->status == CAL_CLOSED
					    ? _("%s: logged on a day the school is closed (%s)")
					    : _("%s: logged on a day the school is maybe closed (%s)"), w, f->day->reason);
	if (e->kind == LOG_DELIVERED && f->day_end > f->day_start && (e->start < f->day_start || e->end > f->day_end))
		rc = rc ? rc : findings_add(out, RULE_OUTSIDE_DAY, &as, _("%s: outside the school day %s-%s"), w,
					    time_format(f->day_start, a), time_format(f->day_end, b));
	return rc;
}
