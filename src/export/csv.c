/* The timesheet as CSV: RFC 4180 for scripts (comma, decimal point, CRLF as the RFC says),
 * the same in every language; and the Dutch Excel dialect (semicolon, decimal comma, BOM,
 * CRLF), for people: its column headings and status and absence words in their language. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "zio/export.h"
#include "zio/i18n.h"
#include "zio/units.h"

/* the columns of the canonical CSV: codes, the same in every language */
static const char *const columns[] = {
	"week", "date", "school", "class", "target_group", "provider", "professional", "planned_start",
	"planned_end", "planned_hours", "start", "end", "hours", "status", "reason", "replaced_by",
	"jeugdwet_hours", "wlz_hours", "note",
};

/* the same columns for Dutch Excel: headed for people (as in the Excel export), shown with _() */
static const char *const headings[] = {
	N_("Week"), N_("Date"), N_("School"), N_("Class"), N_("Target group"), N_("Provider"), N_("Professional"),
	N_("Planned start"), N_("Planned end"), N_("Planned hours"), N_("Start"), N_("End"), N_("Hours"),
	N_("Status"), N_("Reason"), N_("Replaced by"), N_("Jeugdwet hours"), N_("Wlz hours"), N_("Note"),
};
_Static_assert(sizeof columns == sizeof headings, "a heading per column");

const char *export_csv_neutral(const char *s, char *buf, size_t len)
{
	/* OWASP: a cell that a spreadsheet would read as a formula starts with a quote instead */
	if (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
		snprintf(buf, len, "'%s", s);
	else
		snprintf(buf, len, "%s", s);
	return buf;
}

static void field(FILE *f, const char *s, char sep, bool first)
{
	char buf[2 * ZIO_NAME_LEN];
	/* copied (with a quote in front) only when it would read as a formula: per cell */
	const char *v = s[0] && strchr("=+-@\t\r", s[0]) ? export_csv_neutral(s, buf, sizeof buf) : s;

	if (!first)
		putc(sep, f);
	if (!strchr(v, sep) && !strpbrk(v, "\"\r\n")) {
		fputs(v, f);
		return;
	}
	putc('"', f);
	for (; *v; v++) {
		if (*v == '"')
			putc('"', f);
		putc(*v, f);
	}
	putc('"', f);
}

static const char *hhmm(int m, char *buf)
{
	if (m < 0) {
		buf[0] = '\0';
		return buf;
	}
	return time_format(m, buf);
}

int export_csv(FILE *f, const struct ts_export *x, enum csv_dialect d, struct zio_err *err)
{
	char sep = d == CSV_NL ? ';' : ',';
	int comma = d == CSV_NL;
	const char *eol = "\r\n";
	char w[WEEK_STR_LEN], ds[DATE_STR_LEN], a[TIME_STR_LEN], b[TIME_STR_LEN], c[TIME_STR_LEN], e[TIME_STR_LEN];
	char h1[32], h2[32], h3[32], h4[32];

	date_format_isoweek(x->week, w);
	if (d == CSV_NL)
		fputs("\xef\xbb\xbf", f);
	for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++)
		field(f, d == CSV_NL ? _(headings[i]) : columns[i], sep, i == 0);
	fputs(eol, f);
	for (size_t i = 0; i < x->nrows; i++) {
		const struct ts_row *r = &x->rows[i];
		const char *status = ts_row_status_name(r->status), *reason = r->reason;
		if (d == CSV_NL) {
			/* words for people; an absence's reason is a code (sick, ...), a cancelled
			 * shift's is free text and stays as typed */
			status = _(status);
			if (r->status == TSR_ABSENT)
				reason = _(reason);
		}
		const char *cells[] = {
			w, date_format(r->date, ds), r->school, r->klass, r->target_group, r->provider, r->professional,
			hhmm(r->planned_start, a), hhmm(r->planned_end, b),
			r->planned_start >= 0 ? units_format_h100(r->planned100, comma, h1, sizeof h1) : "",
			hhmm(r->start, c), hhmm(r->end, e), units_format_h100(r->hours100, comma, h2, sizeof h2),
			status, reason, r->replaced_by,
			units_format_h100(r->jeugdwet100, comma, h3, sizeof h3),
			units_format_h100(r->wlz100, comma, h4, sizeof h4), r->note,
		};
		for (size_t k = 0; k < sizeof cells / sizeof cells[0]; k++)
			field(f, cells[k], sep, k == 0);
		fputs(eol, f);
	}
	if (fflush(f) != 0 || ferror(f))
		return zio_err_set(err, ZIO_EDB, "cannot write the timesheet: %s", zio_strerror(errno ? errno : EIO));
	return ZIO_OK;
}
