/* zio export timesheet: the week's urenstaat for the contract manager. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/export.h"
#include "zio/roster.h"
#include "zio/shift.h"

#define G "export"

/* "FILE: what went wrong": the writers know the stream, not its name. */
static void name_file(const char *path, struct zio_err *err)
{
	char msg[ZIO_ERR_MAX];

	snprintf(msg, sizeof msg, "%s", err->msg);
	zio_err_set(err, err->code, "%s: %s", path, msg);
}

static int export_timesheet(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *week = NULL, *provider = NULL, *school = NULL, *format = NULL, *out = NULL;
	const struct cli_opt opts[] = {
		{ "week", 1, &week }, { "provider", 1, &provider }, { "school", 1, &school },
		{ "format", 1, &format }, { "o", 1, &out }, { "output", 1, &out }, { NULL, 0, NULL },
	};
	struct ts_export x;
	struct zio_err err;
	struct isoweek w;
	int64_t provider_id = 0, school_id = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);
	enum { F_CSV, F_CSV_NL, F_XLSX, F_PDF } fmt;

	if (rc)
		return rc;
	if (!week)
		return cli_usage(G, v->name, "missing --week W");
	if (!format || !strcmp(format, "csv"))
		fmt = F_CSV;
	else if (!strcmp(format, "csv-nl"))
		fmt = F_CSV_NL;
	else if (!strcmp(format, "xlsx"))
		fmt = F_XLSX;
	else if (!strcmp(format, "pdf"))
		fmt = F_PDF;
	else
		return cli_usage(G, v->name, "invalid format '%s': expected csv, csv-nl, xlsx or pdf", format);
	if ((fmt == F_XLSX || fmt == F_PDF) && !out)
		return cli_usage(G, v->name, "--format %s needs -o FILE", format);
	zio_err_clear(&err);
	if (date_parse_isoweek(week, &w, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (cli_open_read(c, &err) || (provider && store_provider_resolve(c->st, provider, &provider_id, &err)) ||
	    (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    export_collect(c->st, w, provider_id, school_id, &x, &err))
		return cli_fail(&err);
	if (fmt == F_XLSX)
		rc = export_xlsx(out, &x, &err);
	else if (fmt == F_PDF)
		rc = export_pdf(out, &x, &err);
	else if (!out || !strcmp(out, "-"))
		rc = export_csv(stdout, &x, fmt == F_CSV_NL ? CSV_NL : CSV_PLAIN, &err);
	else {
		struct atomic_file a;
		if (!(rc = atomic_open(&a, out, &err))) {
			rc = export_csv(a.f, &x, fmt == F_CSV_NL ? CSV_NL : CSV_PLAIN, &err);
			if (rc) {
				atomic_abort(&a);
				name_file(out, &err);
			}
			else
				rc = atomic_commit(&a, &err);
		}
	}
	if (rc == ZIO_OK && out && strcmp(out, "-")) {
		char rows[64], sheets[64];
		snprintf(rows, sizeof rows, _n("%zu row", "%zu rows", x.nrows), x.nrows);
		snprintf(sheets, sizeof sheets, _n("%zu timesheet", "%zu timesheets", x.nsheets), x.nsheets);
		/* TRANSLATORS: the file, "12 rows" and "1 timesheet" */
		fprintf(stderr, _("wrote %s: %s, %s\n"), out, rows, sheets);
	}
	ts_export_free(&x);
	return rc ? cli_fail(&err) : ZIO_OK;
}

static int export_bundle_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *week = NULL, *provider = NULL, *school = NULL, *out = NULL;
	const struct cli_opt opts[] = {
		{ "week", 1, &week }, { "provider", 1, &provider }, { "school", 1, &school }, { "out", 1, &out },
		{ NULL, 0, NULL },
	};
	struct ts_export x;
	struct zio_err err;
	struct isoweek w;
	int64_t provider_id = 0, school_id = 0;
	size_t folders = 0;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc)
		return rc;
	if (!week || !out)
		return cli_usage(G, v->name, "give --week W and --out DIR");
	zio_err_clear(&err);
	if (date_parse_isoweek(week, &w, &err))
		return cli_usage(G, v->name, "%s", err.msg);
	if (cli_open_read(c, &err) || (provider && store_provider_resolve(c->st, provider, &provider_id, &err)) ||
	    (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    export_collect(c->st, w, provider_id, school_id, &x, &err))
		return cli_fail(&err);
	rc = export_bundle(out, &x, &folders, &err);
	ts_export_free(&x);
	if (rc)
		return cli_fail(&err);
	printf(_n("wrote %zu folder in %s: urenstaat.pdf, .xlsx, .csv and a MANIFEST each\n",
		  "wrote %zu folders in %s: urenstaat.pdf, .xlsx, .csv and a MANIFEST each\n", folders), folders, out);
	return ZIO_OK;
}

/* zio export ical: the shifts of a professional or a class as an iCalendar file. */
static int export_ical_cmd(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	const char *staff = NULL, *klass = NULL, *school = NULL, *week = NULL, *from = NULL, *to = NULL,
		   *out = NULL;
	const struct cli_opt opts[] = {
		{ "staff", 1, &staff }, { "class", 1, &klass }, { "school", 1, &school }, { "week", 1, &week },
		{ "from", 1, &from }, { "to", 1, &to }, { "o", 1, &out }, { "output", 1, &out },
		{ NULL, 0, NULL },
	};
	struct shift_filter f = { .with_cancelled = true };
	struct shift *shifts = NULL;
	size_t n = 0;
	struct zio_err err;
	int rc = cli_parse(G, v, argc, argv, opts, 0, 0, NULL);

	if (rc || (rc = cli_parse_period(G, v->name, week, from, to, NULL, &f.from, &f.to)))
		return rc;
	if (!staff && !klass)
		return cli_usage(G, v->name, "missing --staff NAME or --class C");
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &f.school_id, &err)) ||
	    (klass && store_class_resolve(c->st, klass, f.school_id, &f.class_id, &err)) ||
	    (staff && store_staff_resolve(c->st, staff, 0, &f.professional_id, &err)) ||
	    store_shift_list(c->st, &f, &shifts, &n, &err))
		return cli_fail(&err);
	if (!out || !strcmp(out, "-"))
		rc = export_ical(stdout, shifts, n, NULL, &err);
	else {
		struct atomic_file a;
		if (!(rc = atomic_open(&a, out, &err))) {
			rc = export_ical(a.f, shifts, n, NULL, &err);
			if (rc) {
				atomic_abort(&a);
				name_file(out, &err);
			}
			else
				rc = atomic_commit(&a, &err);
		}
	}
	if (rc == ZIO_OK && out && strcmp(out, "-"))
		fprintf(stderr, _n("wrote %s: %zu event\n", "wrote %s: %zu events\n", n), out, n);
	free(shifts);
	return rc ? cli_fail(&err) : ZIO_OK;
}

static const struct cli_verb verbs[] = {
	{ "timesheet", export_timesheet,
	  N_("--week W [--provider P] [--school S] [--format csv|csv-nl|xlsx|pdf] [-o FILE]"),
	  N_("the week's timesheet (urenstaat) for the contract manager"),
	  N_("  --format csv      RFC 4180: comma, decimal point, UTF-8, CRLF (default; standard output)\n"
	  "  --format csv-nl   for Dutch Excel: semicolon, decimal comma, UTF-8 with BOM, CRLF\n"
	  "  --format xlsx     a workbook: a sheet per school, totals as formulas (needs -o)\n"
	  "  --format pdf      an A4 page per provider and school with signature lines (needs -o)\n"
	  "  -o, --output FILE written to a temporary file and renamed: never half-written\n"
	  "Rows: every log entry (delivered, absent, a stand-in's, extra care) and every planned\n"
	  "shift without one (unlogged, cancelled). Columns: week,date,school,class,target_group,\n"
	  "provider,professional,planned_start,planned_end,planned_hours,start,end,hours,status,\n"
	  "reason,replaced_by,jeugdwet_hours,wlz_hours,note. jeugdwet_hours + wlz_hours = hours,\n"
	  "split by the target group's Wlz share. Cells that a spreadsheet would take for a\n"
	  "formula (= + - @) start with a quote.\n"
	  "\nexample:\n  zio export timesheet --week 2026-W47 --provider \"Zorggroep Horizon\" --format xlsx -o urenstaat.xlsx") },
	{ "bundle", export_bundle_cmd, N_("--week W [--provider P] [--school S] --out DIR"),
	  N_("what a provider sends the contract manager: PDF, Excel, CSV and a MANIFEST per school"),
	  N_("  --out DIR         the folder (made if needed); one folder WEEK-PROVIDER-SCHOOL in it per\n"
	  "                    provider and school, with urenstaat.pdf, urenstaat.xlsx, urenstaat.csv\n"
	  "                    and a MANIFEST: totals per class, Jeugdwet/Wlz, the sign-off, SHA-256s\n"
	  "\nexample:\n  zio export bundle --week 2026-W47 --provider \"Zorggroep Horizon\" --out naar-contractmanager") },
	{ "ical", export_ical_cmd,
	  N_("--staff NAME | --class C [--school S] [--week W | --from DATE --to DATE] [-o FILE]"),
	  N_("shifts as an iCalendar file (.ics) for a phone or agenda"),
	  N_("  --staff NAME      the shifts of one professional (at every school)\n"
	  "  --class C         the shifts of one class (with --staff: only theirs in that class)\n"
	  "  --school S        picks the class when several schools have one of that name\n"
	  "  --week W, --from DATE --to DATE   the period (default: the current week)\n"
	  "  -o, --output FILE written to a temporary file and renamed: never half-written\n"
	  "RFC 5545, CRLF: a VTIMEZONE Europe/Amsterdam and an event per shift with local times\n"
	  "(TZID=Europe/Amsterdam), SUMMARY \"class · school\", the professional and the note as\n"
	  "DESCRIPTION, STATUS:CANCELLED for a cancelled shift. The UID (shift-ID@zio) stays the\n"
	  "same between exports, so an agenda that imports the file again updates its events.\n"
	  "\nexample:\n  zio export ical --staff \"Zoë de Vries\" --from 2026-11-16 --to 2026-12-18 -o zoe.ics") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_export(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Exports for the contract manager"), verbs, argc, argv);
}
