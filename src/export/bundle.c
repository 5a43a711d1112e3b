/* What a provider sends the contract manager each week: per provider x school a folder with
 * the PDF, the Excel and the CSV of the same figures and a MANIFEST with the totals per class,
 * the Jeugdwet/Wlz split, the sign-off and a SHA-256 of each file. The MANIFEST is for people:
 * its words and decimal separator follow the user's language; its checksum lines keep the
 * form sha256sum -c reads (the hash, two spaces, the file's name) in every language. */
#include <errno.h>
#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "zio/export.h"
#include "zio/i18n.h"
#include "zio/units.h"

/* A folder name a person can type: no slashes or spaces. */
static void safe_name(const char *s, char *buf, size_t len)
{
	snprintf(buf, len, "%s", s);
	for (char *p = buf; *p; p++)
		if (*p == '/' || *p == ' ' || *p == '\\' || (unsigned char)*p < 0x20)
			*p = '-';
}

static int sha256_file(const char *path, char *hex, size_t len, struct zio_err *err)
{
	gchar *data = NULL;
	gsize n = 0;
	gchar *sum;

	if (!g_file_get_contents(path, &data, &n, NULL))
		return zio_err_set(err, ZIO_EDB, "cannot read back %s", path);
	sum = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)data, n);
	snprintf(hex, len, "%s", sum ? sum : "");
	g_free(sum);
	g_free(data);
	return ZIO_OK;
}

static int write_csv(const char *path, const struct ts_export *one, struct zio_err *err)
{
	struct atomic_file a;
	int rc = atomic_open(&a, path, err);

	if (rc)
		return rc;
	if ((rc = export_csv(a.f, one, CSV_PLAIN, err))) {
		atomic_abort(&a);
		return rc;
	}
	return atomic_commit(&a, err);
}

static int manifest(const char *dir, const struct ts_export *one, const char *const *files, size_t nfiles,
		    struct zio_err *err)
{
	const struct ts_sheet *s = &one->sheets[0];
	const char *st = _(ts_status_name(s->status.status)), *by = s->status.last_by, *at = s->status.last_at;
	char path[4400], ws[WEEK_STR_LEN], a[32], b[32], c[32], d[32], e[32];
	int comma = i18n_decimal_comma();
	struct atomic_file af;
	int rc;

	snprintf(path, sizeof path, "%s/MANIFEST", dir);
	if ((rc = atomic_open(&af, path, err)))
		return rc;
	fprintf(af.f, "%s\n", _("zio timesheet bundle"));
	fprintf(af.f, _("week: %s (%s to %s)\n"), date_format_isoweek(one->week, ws),
		date_format(date_from_isoweek(one->week, 1), a), date_format(date_from_isoweek(one->week, 7), b));
	fprintf(af.f, _("provider: %s\n"), s->provider);
	fprintf(af.f, _("school: %s\n"), s->school);
	if (by[0] && at[0])
		fprintf(af.f, _("status: %s by %s at %s\n"), st, by, at);
	else if (by[0])
		fprintf(af.f, _("status: %s by %s\n"), st, by);
	else if (at[0])
		fprintf(af.f, _("status: %s at %s\n"), st, at);
	else
		fprintf(af.f, _("status: %s\n"), st);
	units_format_h100(export_hours100(s->planned_minutes), comma, a, sizeof a);
	units_format_h100(s->hours100, comma, b, sizeof b);
	units_format_h100(export_hours100(s->absent_minutes), comma, c, sizeof c);
	units_format_h100(s->jeugdwet100, comma, d, sizeof d);
	units_format_h100(s->wlz100, comma, e, sizeof e);
	fprintf(af.f, _("total: planned %s h, delivered %s h, absent %s h, jeugdwet %s h, wlz %s h\n"), a, b, c, d, e);
	fprintf(af.f, "\n%s\n", _("class\tplanned\tdelivered\tabsent\tjeugdwet\twlz"));
	/* per class, in the order of the rows */
	for (size_t i = 0; i < one->nrows; i++) {
		const struct ts_row *r = &one->rows[i];
		int64_t p = 0, del = 0, ab = 0, jw = 0, wl = 0;
		bool seen = false;
		for (size_t k = 0; k < i && !seen; k++)
			seen = one->rows[k].class_id == r->class_id;
		if (seen)
			continue;
		for (size_t k = i; k < one->nrows; k++) {
			const struct ts_row *q = &one->rows[k];
			if (q->class_id != r->class_id)
				continue;
			p += q->planned_minutes;
			del += q->hours100;
			ab += q->status == TSR_ABSENT ? q->end - q->start : 0;
			jw += q->jeugdwet100;
			wl += q->wlz100;
		}
		units_format_h100(export_hours100(p), comma, a, sizeof a);
		units_format_h100(del, comma, b, sizeof b);
		units_format_h100(export_hours100(ab), comma, c, sizeof c);
		units_format_h100(jw, comma, d, sizeof d);
		units_format_h100(wl, comma, e, sizeof e);
		fprintf(af.f, "%s\t%s\t%s\t%s\t%s\t%s\n", r->klass, a, b, c, d, e);
	}
	fprintf(af.f, "\n%s\n", _("files (sha256):"));
	for (size_t i = 0; i < nfiles && !rc; i++) {
		char fp[4400], hex[80];
		snprintf(fp, sizeof fp, "%s/%s", dir, files[i]);
		/* never translated: the form sha256sum -c reads */
		if (!(rc = sha256_file(fp, hex, sizeof hex, err)))
			fprintf(af.f, "%s  %s\n", hex, files[i]);
	}
	if (rc) {
		atomic_abort(&af);
		return rc;
	}
	return atomic_commit(&af, err);
}

static const char *const bundle_files[] = { "urenstaat.pdf", "urenstaat.xlsx", "urenstaat.csv", "MANIFEST" };

/* A folder of the bundle and its four files (only those: anything else stays). */
static int remove_folder(const char *dir)
{
	char path[4400];

	for (size_t k = 0; k < sizeof bundle_files / sizeof bundle_files[0]; k++) {
		snprintf(path, sizeof path, "%s/%s", dir, bundle_files[k]);
		unlink(path);
	}
	return rmdir(dir);
}

/* Every folder is made inside a temporary folder in DIR and moved into place only when all
 * of them are complete: a failure (disk full) leaves the bundle as it was, not half of it. */
int export_bundle(const char *out, const struct ts_export *x, size_t *folders, struct zio_err *err)
{
	char ws[WEEK_STR_LEN], tmp[4200];
	char (*names)[3 * ZIO_NAME_LEN] = NULL;
	size_t made = 0;
	bool created;
	int rc = ZIO_OK;

	*folders = 0;
	created = mkdir(out, 0750) == 0;
	if (!created && errno != EEXIST)
		return zio_err_set(err, ZIO_EDB, "cannot create %s: %s", out, zio_strerror(errno));
	snprintf(tmp, sizeof tmp, "%s/.zio-XXXXXX", out);
	if (!mkdtemp(tmp)) {
		rc = zio_err_set(err, ZIO_EDB, "cannot write in %s: %s", out, zio_strerror(errno));
		if (created)
			rmdir(out);
		return rc;
	}
	if (x->nsheets && !(names = calloc(x->nsheets, sizeof *names))) {
		rmdir(tmp);
		if (created)
			rmdir(out);
		return zio_err_set(err, ZIO_EDB, "out of memory");
	}
	date_format_isoweek(x->week, ws);
	for (size_t i = 0; i < x->nsheets && !rc; i++) {
		struct ts_export one = *x;
		struct ts_sheet sh = x->sheets[i];
		char dir[4200], p1[64 + ZIO_NAME_LEN], p2[64 + ZIO_NAME_LEN], path[4600];

		one.rows = &x->rows[sh.first];
		one.nrows = sh.count;
		sh.first = 0;
		one.sheets = &sh;
		one.nsheets = 1;
		safe_name(sh.provider, p1, sizeof p1);
		safe_name(sh.school, p2, sizeof p2);
		if (snprintf(names[i], sizeof names[i], "%s-%s-%s", ws, p1, p2) >= (int)sizeof names[i] ||
		    snprintf(dir, sizeof dir, "%s/%s", tmp, names[i]) >= (int)sizeof dir - 64) {
			rc = zio_err_set(err, ZIO_EUSAGE, "%s: path too long", out);
			break;
		}
		if (mkdir(dir, 0750) != 0) {
			rc = zio_err_set(err, ZIO_EDB, "cannot create %s: %s", dir, zio_strerror(errno));
			break;
		}
		made = i + 1;
		snprintf(path, sizeof path, "%s/%s", dir, bundle_files[0]);
		rc = export_pdf(path, &one, err);
		snprintf(path, sizeof path, "%s/%s", dir, bundle_files[1]);
		if (!rc)
			rc = export_xlsx(path, &one, err);
		snprintf(path, sizeof path, "%s/%s", dir, bundle_files[2]);
		if (!rc)
			rc = write_csv(path, &one, err);
		if (!rc)
			rc = manifest(dir, &one, bundle_files, 3, err);
	}
	for (size_t i = 0; i < made; i++) {
		char from[4500], to[4500];
		snprintf(from, sizeof from, "%s/%s", tmp, names[i]);
		snprintf(to, sizeof to, "%s/%s", out, names[i]);
		if (rc) {
			remove_folder(from);
			continue;
		}
		/* an earlier export of the same week is replaced */
		if (rename(from, to) != 0 && (errno == ENOTEMPTY || errno == EEXIST) && remove_folder(to) == 0)
			rename(from, to);
		if (access(from, F_OK) == 0) {
			rc = zio_err_set(err, ZIO_EDB, "cannot replace %s: %s", to, zio_strerror(errno));
			remove_folder(from);
		} else {
			(*folders)++;
		}
	}
	rmdir(tmp);
	if (rc && created)
		rmdir(out);   /* a folder this export made: gone again */
	free(names);
	return rc;
}
