/* Log entries and the sign-off as values: names, parsing, the allowed transitions. */
#include <string.h>

#include "zio/hours.h"
#include "zio/i18n.h"

/* The names are stable codes (the database, the CSV, the command line) and stay English; N_
 * marks them so that what shows them to a person can say _(absence_name(a)). */
static const char *const absences[] = { "", N_("sick"), N_("leave"), N_("training"), N_("other") };
static const char *const statuses[] = { N_("draft"), N_("submitted"), N_("approved"), N_("disputed"),
					N_("reopened") };
static const char *const actions[] = { N_("submit"), N_("approve"), N_("dispute"), N_("reopen") };

const char *log_kind_name(enum log_kind k)
{
	return k == LOG_ABSENT ? N_("absent") : N_("delivered");
}

const char *absence_name(enum absence a)
{
	return a >= ABSENCE_NONE && a <= ABSENCE_OTHER ? absences[a] : "";
}

int absence_parse(const char *s, enum absence *out, struct zio_err *err)
{
	for (int a = ABSENCE_SICK; a <= ABSENCE_OTHER; a++)
		if (strcmp(s, absences[a]) == 0) {
			*out = (enum absence)a;
			return ZIO_OK;
		}
	return zio_err_set(err, ZIO_EUSAGE, "invalid reason '%s': expected sick, leave, training or other", s);
}

int log_minutes(const struct log_entry *e)
{
	return e->kind == LOG_DELIVERED ? e->end - e->start : 0;
}

const char *ts_status_name(enum ts_status s)
{
	return s >= TS_DRAFT && s <= TS_REOPENED ? statuses[s] : "";
}

int ts_status_parse(const char *s, enum ts_status *out, struct zio_err *err)
{
	for (int i = TS_DRAFT; i <= TS_REOPENED; i++)
		if (strcmp(s, statuses[i]) == 0) {
			*out = (enum ts_status)i;
			return ZIO_OK;
		}
	return zio_err_set(err, ZIO_EUSAGE,
			   "invalid status '%s': expected draft, submitted, approved, disputed or reopened", s);
}

const char *ts_action_name(enum ts_action a)
{
	return a >= TS_SUBMIT && a <= TS_REOPEN ? actions[a] : "";
}

int ts_transition(enum ts_status from, enum ts_action a, bool has_reason, enum ts_status *to,
		  struct zio_err *err)
{
	switch (a) {
	case TS_SUBMIT:   /* the provider: a draft, a disputed or a reopened week */
		if (from == TS_DRAFT || from == TS_DISPUTED || from == TS_REOPENED) {
			*to = TS_SUBMITTED;
			return ZIO_OK;
		}
		break;
	case TS_APPROVE:  /* the school: only what was submitted */
		if (from == TS_SUBMITTED) {
			*to = TS_APPROVED;
			return ZIO_OK;
		}
		break;
	case TS_DISPUTE:  /* the school sends it back, saying why */
		if (from == TS_SUBMITTED) {
			if (!has_reason)
				return zio_err_set(err, ZIO_EUSAGE, "a dispute needs --reason: what is wrong, per class");
			*to = TS_DISPUTED;
			return ZIO_OK;
		}
		break;
	case TS_REOPEN:   /* an approved week, only with a reason on record */
		if (from == TS_APPROVED) {
			if (!has_reason)
				return zio_err_set(err, ZIO_EUSAGE, "reopening an approved week needs --reason");
			*to = TS_REOPENED;
			return ZIO_OK;
		}
		break;
	}
	/* one whole message per action, so that it translates; the status in the user's language */
	switch (a) {
	case TS_SUBMIT:
		return zio_err_set(err, ZIO_ERULE, "cannot submit a week that is %s", _(ts_status_name(from)));
	case TS_APPROVE:
		return zio_err_set(err, ZIO_ERULE, "cannot approve a week that is %s", _(ts_status_name(from)));
	case TS_DISPUTE:
		return zio_err_set(err, ZIO_ERULE, "cannot dispute a week that is %s", _(ts_status_name(from)));
	case TS_REOPEN:
		break;
	}
	return zio_err_set(err, ZIO_ERULE, "cannot reopen a week that is %s", _(ts_status_name(from)));
}
