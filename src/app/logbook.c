/* Logging hours under the rules, and the sign-off. */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "zio/i18n.h"
#include "zio/logbook.h"

static char user_name[65];

void logbook_set_user(const char *login)
{
	snprintf(user_name, sizeof user_name, "%s", login);
}

const char *logbook_user(void)
{
	const char *u = getenv("USER");
	struct passwd *pw;

	if (user_name[0])
		return user_name;
	if (!u || !*u) {
		pw = getpwuid(getuid());
		u = pw ? pw->pw_name : "unknown";
	}
	snprintf(user_name, sizeof user_name, "%s", u);
	return user_name;
}

void logbook_now(char buf[32])
{
	const char *pin = getenv("ZIO_TODAY");
	struct date d;
	time_t now;
	struct tm tm;

	if (pin && date_parse(pin, &d, NULL) == ZIO_OK) {
		char ds[DATE_STR_LEN];
		snprintf(buf, 32, "%sT12:00:00Z", date_format(d, ds));
		return;
	}
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void stamp(struct log_entry *e)
{
	snprintf(e->logged_by, sizeof e->logged_by, "%s", logbook_user());
	logbook_now(e->logged_at);
}

static int first_error(const struct findings *f, size_t from, struct zio_err *err)
{
	for (size_t i = from; i < f->n; i++)
		if (rule_severity_of(f->v[i].code) == RULE_ERROR)
			return zio_err_set(err, ZIO_ERULE, "%s [%s]", f->v[i].msg, rule_code_name(f->v[i].code));
	return ZIO_OK;
}

/* Judge e: fill its names, gather the facts, run the rules. */
static int judge(struct planner *pl, struct log_entry *e, struct date today, struct findings *out,
		 struct zio_err *err)
{
	struct professional pro;
	struct class k;
	struct cal_day day;
	struct log_filter lf = { 0 };
	struct log_facts f = { 0 };
	struct log_entry *others = NULL;
	size_t n = 0;
	int rc;

	if (store_staff_get(pl->st, e->professional_id, &pro, err) || store_class_get(pl->st, e->class_id, &k, err) ||
	    plan_school_day(pl, k.school_id, e->date, &day, err))
		return err ? err->code : ZIO_EDB;
	snprintf(e->professional_name, sizeof e->professional_name, "%s", pro.name);
	snprintf(e->class_name, sizeof e->class_name, "%s", k.name);
	snprintf(e->school_name, sizeof e->school_name, "%s", k.school_name);
	e->school_id = k.school_id;
	lf.from = lf.to = e->date;
	lf.professional_id = e->professional_id;
	if (store_log_list(pl->st, &lf, &others, &n, err))
		return err ? err->code : ZIO_EDB;
	f.pro = &pro;
	f.day = &day;
	f.day_start = pl->cs.cs.day_start;
	f.day_end = pl->cs.cs.day_end;
	f.others = others;
	f.nothers = n;
	f.today = today;
	rc = rule_check_log(e, &f, out);
	free(others);
	return rc ? zio_err_set(err, ZIO_EDB, "out of memory") : ZIO_OK;
}

int logbook_add(struct planner *pl, struct log_entry *e, struct date today, struct findings *out,
		struct zio_err *err)
{
	size_t mark = out->n;

	if (e->shift_id) {   /* a shift's entry belongs to the shift's class and day */
		struct shift s;
		struct log_filter lf = log_filter_shift(e->shift_id);
		struct log_entry *v = NULL;
		size_t n = 0;
		if (store_shift_get(pl->st, e->shift_id, &s, err))
			return err->code;
		if (store_log_list(pl->st, &lf, &v, &n, err))
			return err->code;
		for (size_t i = 0; i < n; i++)
			if (v[i].kind == LOG_ABSENT && v[i].professional_id == e->professional_id && e->kind == LOG_DELIVERED) {
				zio_err_set(err, ZIO_ERULE, "%s was logged absent for shift %lld; remove that first",
					    v[i].professional_name, (long long)s.id);
				free(v);
				return ZIO_ERULE;
			}
		free(v);
		if (s.class_id != e->class_id || date_cmp(s.date, e->date) != 0)
			return zio_err_set(err, ZIO_EUSAGE, "shift %lld is %s in %s, not this class and day",
					   (long long)s.id, date_format(s.date, (char[DATE_STR_LEN]){ 0 }), s.class_name);
	}
	if (judge(pl, e, today, out, err) || first_error(out, mark, err))
		return err ? err->code : ZIO_EDB;
	stamp(e);
	return store_log_insert(pl->st, e, err);
}

int logbook_update(struct planner *pl, struct log_entry *e, struct date today, struct findings *out,
		   struct zio_err *err)
{
	size_t mark = out->n;

	if (judge(pl, e, today, out, err) || first_error(out, mark, err))
		return err ? err->code : ZIO_EDB;
	stamp(e);
	return store_log_update(pl->st, e, err);
}

int logbook_confirm_week(struct planner *pl, int64_t school_id, int64_t provider_id, struct isoweek w,
			 struct date today, struct confirm_report *r, struct zio_err *err)
{
	struct shift_filter f = { 0 };
	struct shift *shifts = NULL;
	size_t n = 0;
	int rc = ZIO_OK;

	f.from = date_from_isoweek(w, 1);
	f.to = date_from_isoweek(w, 7);
	f.school_id = school_id;
	if (store_shift_list(pl->st, &f, &shifts, &n, err))
		return err ? err->code : ZIO_EDB;
	for (size_t i = 0; i < n && !rc; i++) {
		const struct shift *s = &shifts[i];
		struct log_entry e = { 0 };
		struct professional p;
		int64_t logged;
		size_t mark = r->findings.n;
		struct zio_err e2;

		if (provider_id) {
			if ((rc = store_staff_get(pl->st, s->professional_id, &p, err)))
				break;
			if (p.provider_id != provider_id)
				continue;
		}
		if ((rc = store_log_count_for_shift(pl->st, s->id, &logged, err)))
			break;
		if (logged) {
			r->already++;
			continue;
		}
		if (date_cmp(s->date, today) > 0) {
			r->future++;
			continue;
		}
		e.shift_id = s->id;
		e.professional_id = s->professional_id;
		e.class_id = s->class_id;
		e.date = s->date;
		e.start = s->start;
		e.end = s->end;
		if ((rc = judge(pl, &e, today, &r->findings, err)))
			break;
		if (first_error(&r->findings, mark, &e2)) {
			r->refused++;
			continue;
		}
		stamp(&e);
		if ((rc = store_log_insert(pl->st, &e, err)))
			break;
		r->confirmed++;
	}
	free(shifts);
	return rc;
}

bool logbook_as_planned(const struct shift *s, const struct log_entry *logs, size_t n)
{
	int mine = 0, plain = 0;

	for (size_t i = 0; i < n; i++) {
		const struct log_entry *e = &logs[i];
		if (e->shift_id != s->id)
			continue;
		mine++;
		plain += e->kind == LOG_DELIVERED && e->professional_id == s->professional_id && e->start == s->start &&
			 e->end == s->end && !e->note[0];
	}
	return mine == 1 && plain == 1;
}

int logbook_absent(struct planner *pl, int64_t shift_id, enum absence reason, int64_t replaced_by,
		   int start, int end, const char *note, struct date today, struct findings *out,
		   struct zio_err *err)
{
	struct shift s;
	struct log_entry a = { 0 }, b = { 0 }, *v = NULL;
	struct log_filter lf = log_filter_shift(shift_id);
	size_t n = 0;
	bool as_planned;
	int64_t id;

	if (store_shift_get(pl->st, shift_id, &s, err))
		return err->code;
	if (s.status == SHIFT_CANCELLED)
		return zio_err_set(err, ZIO_ERULE, "shift %lld was cancelled: nobody was expected", (long long)shift_id);
	if (replaced_by == s.professional_id)
		return zio_err_set(err, ZIO_EUSAGE, "a stand-in must be someone else");
	if (store_log_list(pl->st, &lf, &v, &n, err))
		return err->code;
	/* the hours confirmed as planned (zio log confirm) give way to the absence; anything
	 * logged by hand (other times, a note, a stand-in, an absence) is not overwritten */
	as_planned = logbook_as_planned(&s, v, n);
	id = n ? v[0].id : 0;
	free(v);
	if (n && !as_planned)
		return zio_err_set(err, ZIO_ERULE, "shift %lld is logged already (zio log list --week); edit or remove that entry",
				   (long long)shift_id);
	if (n && store_log_delete(pl->st, id, err))
		return err->code;
	a.shift_id = s.id;
	a.professional_id = s.professional_id;
	a.class_id = s.class_id;
	a.date = s.date;
	a.start = s.start;
	a.end = s.end;
	a.kind = LOG_ABSENT;
	a.reason = reason;
	a.replaced_by = replaced_by;
	snprintf(a.note, sizeof a.note, "%s", note ? note : "");
	if (logbook_add(pl, &a, today, out, err))
		return err->code;
	if (!replaced_by)
		return ZIO_OK;
	b.shift_id = s.id;
	b.professional_id = replaced_by;
	b.class_id = s.class_id;
	b.date = s.date;
	b.start = start >= 0 ? start : s.start;
	b.end = start >= 0 ? end : s.end;
	return logbook_add(pl, &b, today, out, err);
}

int logbook_week(struct planner *pl, int64_t school_id, struct isoweek w, struct week_hours *wh,
		 struct zio_err *err)
{
	struct shift_filter f = { .with_cancelled = true };
	struct log_filter lf = { 0 };

	memset(wh, 0, sizeof *wh);
	f.from = lf.from = date_from_isoweek(w, 1);
	f.to = lf.to = date_from_isoweek(w, 7);
	f.school_id = lf.school_id = school_id;
	if (store_shift_list(pl->st, &f, &wh->shifts, &wh->nshifts, err) ||
	    store_log_list(pl->st, &lf, &wh->logs, &wh->nlogs, err)) {
		logbook_week_free(wh);
		return err ? err->code : ZIO_EDB;
	}
	return ZIO_OK;
}

void logbook_week_free(struct week_hours *wh)
{
	free(wh->shifts);
	free(wh->logs);
	memset(wh, 0, sizeof *wh);
}

struct hour_totals logbook_totals(const struct week_hours *wh, bool by_class, int64_t id)
{
	struct hour_totals t = { 0, 0, 0 };

	for (size_t i = 0; i < wh->nshifts; i++) {
		const struct shift *s = &wh->shifts[i];
		if ((by_class ? s->class_id : s->professional_id) == id && s->status == SHIFT_PLANNED)
			t.planned += shift_minutes(s);
	}
	for (size_t i = 0; i < wh->nlogs; i++) {
		const struct log_entry *e = &wh->logs[i];
		if ((by_class ? e->class_id : e->professional_id) != id)
			continue;
		if (e->kind == LOG_DELIVERED)
			t.delivered += e->end - e->start;
		else
			t.absent += e->end - e->start;
	}
	return t;
}

const char *logbook_shift_state(const struct week_hours *wh, const struct shift *s)
{
	bool delivered = false, absent = false;

	if (s->status == SHIFT_CANCELLED)
		return N_("cancelled");
	for (size_t i = 0; i < wh->nlogs; i++) {
		if (wh->logs[i].shift_id != s->id)
			continue;
		if (wh->logs[i].kind == LOG_ABSENT && wh->logs[i].professional_id == s->professional_id)
			absent = true;
		else if (wh->logs[i].professional_id == s->professional_id)
			delivered = true;
	}
	return absent ? N_("absent") : delivered ? N_("delivered") : N_("unlogged");
}

int logbook_timesheet(struct planner *pl, int64_t provider_id, int64_t school_id, struct isoweek w,
		      enum ts_action a, const char *reason, struct date today, struct timesheet *out,
		      struct zio_err *err)
{
	enum ts_status to;
	char at[32], ws[WEEK_STR_LEN];

	if (store_timesheet_get(pl->st, provider_id, school_id, date_from_isoweek(w, 1), out, err) ||
	    ts_transition(out->status, a, reason && *reason, &to, err))
		return err ? err->code : ZIO_EDB;
	if ((a == TS_SUBMIT || a == TS_APPROVE) && date_cmp(date_from_isoweek(w, 1), today) > 0)
		return zio_err_set(err, ZIO_ERULE, "week %s has not begun: its hours cannot be signed off yet",
				   date_format_isoweek(w, ws));
	if (reason && *reason && text_check_short(reason, N_("reason"), err))
		return ZIO_EUSAGE;
	logbook_now(at);
	return store_timesheet_set(pl->st, out, to, logbook_user(), reason, at, err);
}
