/* The audit trail for people: the columns the triggers record, with labels and values in the
 * user's language, so that no table or column name reaches the screen. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/access.h"
#include "zio/date.h"
#include "zio/i18n.h"
#include "zio/units.h"

/* The trail's words: actions, kinds of record, and the writer of changes made by other programs. */
static const char *const audit_words[] = {
	N_("insert"), N_("update"), N_("delete"), N_("shift"), N_("log_entry"), N_("timesheet"),
	N_("timesheet_event"), N_("professional"), N_("pattern"), N_("team_member"), N_("class"),
	N_("school"), N_("target_group"), N_("provider"), N_("closure"), N_("holiday_period"),
	N_("app_user"), N_("(outside zio)"),
};

const char *audit_login(const char *login)
{
	return !strcmp(login, "(outside zio)") ? _("(outside zio)") : login;
}

const char *audit_word(const char *w)
{
	for (size_t i = 0; i < sizeof audit_words / sizeof audit_words[0]; i++)
		if (!strcmp(w, audit_words[i]))
			return _(audit_words[i]);
	return w;
}

enum field_kind {
	FK_TEXT,      /* as stored: names, dates, notes */
	FK_TIME,      /* minutes since midnight: 08:30 */
	FK_HOURS,     /* minutes: 12,50 h */
	FK_EURO,      /* cents */
	FK_PERCENT,   /* basis points */
	FK_CLOSED,    /* school's holiday choice: 1 closed, 0 open, none the default */
	FK_WEEKDAY,   /* 1 .. 7 */
	FK_WORD,      /* a code zio writes (planned, sick, submitted, teamlead): translated */
	FK_REF,       /* the id of another record: its name where it still exists */
};

struct field_spec {
	const char *entity;   /* NULL: any record */
	const char *key;
	const char *label;
	enum field_kind kind;
};

/* Entity-specific entries first: the first match wins. */
static const struct field_spec specs[] = {
	{ "log_entry", "kind", N_("kind"), FK_WORD },
	{ "log_entry", "reason", N_("absence"), FK_WORD },
	{ "holiday_period", "kind", N_("holiday"), FK_TEXT },
	{ "app_user", "role", N_("role"), FK_WORD },
	{ "timesheet_event", "status", N_("status"), FK_WORD },
	{ "timesheet_event", "at", N_("when"), FK_TEXT },
	{ "timesheet_event", "by_user", N_("by"), FK_TEXT },
	{ NULL, "name", N_("name"), FK_TEXT },
	{ NULL, "brin", N_("BRIN"), FK_TEXT },
	{ NULL, "region", N_("region"), FK_TEXT },
	{ NULL, "day_start", N_("school day from"), FK_TIME },
	{ NULL, "day_end", N_("school day until"), FK_TIME },
	{ NULL, "good_friday", N_("Good Friday"), FK_CLOSED },
	{ NULL, "liberation_day", N_("Liberation Day"), FK_CLOSED },
	{ NULL, "friday_after_ascension", N_("Friday after Ascension"), FK_CLOSED },
	{ NULL, "weekly_minutes", N_("hours a week"), FK_HOURS },
	{ NULL, "wlz_share_bp", N_("Wlz share"), FK_PERCENT },
	{ NULL, "school_id", N_("school"), FK_REF },
	{ NULL, "group_id", N_("target group"), FK_REF },
	{ NULL, "pupils", N_("pupils"), FK_TEXT },
	{ NULL, "rate_cents", N_("rate"), FK_EURO },
	{ NULL, "provider_id", N_("provider"), FK_REF },
	{ NULL, "discipline", N_("discipline"), FK_TEXT },
	{ NULL, "contract_minutes", N_("contract hours"), FK_HOURS },
	{ NULL, "active_from", N_("active from"), FK_TEXT },
	{ NULL, "active_to", N_("active until"), FK_TEXT },
	{ NULL, "professional_id", N_("professional"), FK_REF },
	{ NULL, "class_id", N_("class"), FK_REF },
	{ NULL, "date_from", N_("from"), FK_TEXT },
	{ NULL, "date_to", N_("until"), FK_TEXT },
	{ NULL, "school_year", N_("school year"), FK_TEXT },
	{ NULL, "start_min", N_("start"), FK_TIME },
	{ NULL, "end_min", N_("end"), FK_TIME },
	{ NULL, "reason", N_("reason"), FK_TEXT },
	{ NULL, "weekday", N_("weekday"), FK_WEEKDAY },
	{ NULL, "valid_from", N_("valid from"), FK_TEXT },
	{ NULL, "valid_to", N_("valid until"), FK_TEXT },
	{ NULL, "every", N_("every (weeks)"), FK_TEXT },
	{ NULL, "anchor", N_("first week"), FK_TEXT },
	{ NULL, "date", N_("date"), FK_TEXT },
	{ NULL, "status", N_("status"), FK_WORD },
	{ NULL, "cancel_reason", N_("reason cancelled"), FK_TEXT },
	{ NULL, "note", N_("note"), FK_TEXT },
	{ NULL, "override_reason", N_("reason for the exception"), FK_TEXT },
	{ NULL, "pattern_id", N_("pattern"), FK_TEXT },
	{ NULL, "origin_date", N_("planned date"), FK_TEXT },
	{ NULL, "shift_id", N_("shift"), FK_TEXT },
	{ NULL, "replaced_by", N_("replaced by"), FK_REF },
	{ NULL, "logged_by", N_("logged by"), FK_TEXT },
	{ NULL, "logged_at", N_("logged at"), FK_TEXT },
	{ NULL, "week_start", N_("week of"), FK_TEXT },
	{ NULL, "timesheet_id", N_("timesheet"), FK_TEXT },
	{ NULL, "login", N_("login"), FK_TEXT },
};

static const struct field_spec *spec_find(const char *entity, const char *key)
{
	for (size_t i = 0; i < sizeof specs / sizeof specs[0]; i++)
		if ((!specs[i].entity || !strcmp(specs[i].entity, entity)) && !strcmp(specs[i].key, key))
			return &specs[i];
	return NULL;
}

/* A whole number as stored, or false when the text is not one (a write by another program). */
static int as_int(const char *v, long long *out)
{
	char *end;

	if (!*v)
		return 0;
	errno = 0;
	*out = strtoll(v, &end, 10);
	/* beyond any real amount (a write by another program): shown as it is */
	return *end == '\0' && errno != ERANGE && *out > -1000000000000000LL && *out < 1000000000000000LL;
}

/* The value for people; "-" for none. Returns a pointer into buf or to a constant. */
static const char *value_text(enum field_kind kind, const char *v, const char *ref, char *buf, size_t len)
{
	long long n;
	char t[32];

	if (kind == FK_CLOSED)
		return !*v ? _("default") : !strcmp(v, "1") ? _("closed") : !strcmp(v, "0") ? _("open") : v;
	if (!*v)
		return "-";
	switch (kind) {
	case FK_TIME:
		if (as_int(v, &n) && n >= 0 && n <= 24 * 60)
			return time_format((int)n, buf);
		break;
	case FK_HOURS:
		if (as_int(v, &n)) {
			/* TRANSLATORS: hours, as in "32.00 h"; Dutch writes "u" */
			snprintf(buf, len, _("%s h"), units_format_hours(n, i18n_decimal_comma(), t, sizeof t));
			return buf;
		}
		break;
	case FK_EURO:
		if (as_int(v, &n)) {
			snprintf(buf, len, "€ %s", units_format_h100(n, i18n_decimal_comma(), t, sizeof t));
			return buf;
		}
		break;
	case FK_PERCENT:
		if (as_int(v, &n)) {
			snprintf(buf, len, "%s%%", units_format_h100(n, i18n_decimal_comma(), t, sizeof t));
			return buf;
		}
		break;
	case FK_WEEKDAY:
		if (as_int(v, &n) && n >= 1 && n <= 7)
			return _(date_weekday_name((int)n));
		break;
	case FK_WORD:
		return _(v);
	case FK_REF:
		return *ref ? ref : v;
	default:
		break;
	}
	return v;
}

/* Append to buf at *used, keeping it terminated and cutting at the end. */
static void put(char *buf, size_t len, size_t *used, const char *s)
{
	size_t n = strlen(s);

	if (*used + 1 >= len)
		return;
	if (n > len - 1 - *used) {   /* cut, but never inside a UTF-8 character */
		n = len - 1 - *used;
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(buf + *used, s, n);
	*used += n;
	buf[*used] = '\0';
}

char *audit_describe(const struct audit_row *r, char *buf, size_t len)
{
	size_t used = 0;
	int first = 1;

	if (!len)
		return buf;
	buf[0] = '\0';
	for (int i = 0; i < r->nfields; i++) {
		const struct audit_field *f = &r->fields[i];
		const struct field_spec *sp = spec_find(r->entity, f->key);
		enum field_kind kind = sp ? sp->kind : FK_TEXT;
		char a[ZIO_NAME_LEN], b[ZIO_NAME_LEN];

		if (!first)
			put(buf, len, &used, ", ");
		first = 0;
		/* a column this version does not know (a newer zio wrote it) keeps its own name */
		put(buf, len, &used, sp ? _(sp->label) : f->key);
		put(buf, len, &used, " ");
		if (!strcmp(r->action, "update")) {
			put(buf, len, &used, value_text(kind, f->old, f->old_ref, a, sizeof a));
			put(buf, len, &used, " -> ");
		}
		put(buf, len, &used, value_text(kind, f->new, f->new_ref, b, sizeof b));
	}
	return buf;
}
