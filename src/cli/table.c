/* Lists for people (aligned columns, measured by display width so "Zoë" lines up) and for
 * scripts (RFC 4180 CSV with a header row). */
#include <errno.h>
#include <stdio.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/text.h"

struct cli_table {
	enum cli_format fmt;
	int ncols;
	size_t nrows, cap;
	char **cells;     /* nrows * ncols, row 0 the headers (text format only) */
	int *width;
	int failed;
};

void cli_csv_field(FILE *f, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	putc('"', f);
	for (; *s; s++) {
		if (*s == '"')
			putc('"', f);
		putc(*s, f);
	}
	putc('"', f);
}

static void csv_row(int n, const char *const *cells)
{
	for (int i = 0; i < n; i++) {
		if (i)
			putchar(',');
		cli_csv_field(stdout, cells[i] ? cells[i] : "");
	}
	putchar('\n');
}

/* Words that zio's core returns in English (absence_name, ts_status_name, shift_status_name,
 * role_name, report_level_name) and the CLI shows translated in text output: listed here so
 * that xgettext finds them. */
static const char *const core_words[] __attribute__((unused)) = {
	N_("sick"), N_("leave"), N_("training"), N_("other"),
	N_("draft"), N_("submitted"), N_("approved"), N_("disputed"), N_("reopened"),
	N_("planned"), N_("cancelled"),
	N_("admin"), N_("teamlead"), N_("school"), N_("contract"),
	N_("class"), N_("group"), N_("total"),
};

const char *cli_word(enum cli_format fmt, const char *s)
{
	return fmt == CLI_TEXT && s && *s ? _(s) : s;
}

bool cli_comma(enum cli_format fmt)
{
	return fmt == CLI_TEXT && i18n_decimal_comma();
}

char *cli_decimal(enum cli_format fmt, char *num)
{
	if (cli_comma(fmt))
		for (char *p = num; *p; p++)
			if (*p == '.')
				*p = ',';
	return num;
}

enum cli_format cli_table_format(const struct cli_table *t)
{
	return t->fmt;
}

struct cli_table *cli_table_new(enum cli_format fmt, int ncols, const char *const *headers)
{
	struct cli_table *t = calloc(1, sizeof *t);
	const char *head[64];

	if (!t)
		return NULL;
	t->fmt = fmt;
	t->ncols = ncols;
	if (fmt == CLI_CSV) {   /* the header row of a CSV stays English: scripts read it */
		csv_row(ncols, headers);
		return t;
	}
	for (int i = 0; i < ncols && i < 64; i++)
		head[i] = _(headers[i]);
	t->width = calloc((size_t)ncols, sizeof *t->width);
	if (ncols > 64 || !t->width || cli_table_row(t, head)) {
		free(t->width);
		free(t);
		return NULL;
	}
	return t;
}

int cli_table_row(struct cli_table *t, const char *const *cells)
{
	if (t->fmt == CLI_CSV) {
		csv_row(t->ncols, cells);
		return ZIO_OK;
	}
	if (t->nrows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 32;
		char **p = realloc(t->cells, cap * (size_t)t->ncols * sizeof *p);
		if (!p)
			return t->failed = ZIO_EDB;
		t->cells = p;
		t->cap = cap;
	}
	for (int i = 0; i < t->ncols; i++) {
		char *s = strdup(cells[i] ? cells[i] : "");
		int w;
		if (!s)
			return t->failed = ZIO_EDB;
		text_clean(s);   /* never control characters to the terminal, whatever is stored */
		t->cells[t->nrows * (size_t)t->ncols + (size_t)i] = s;
		w = text_width(s);
		if (w > t->width[i])
			t->width[i] = w;
	}
	t->nrows++;
	return ZIO_OK;
}

int cli_table_finish(struct cli_table *t)
{
	int rc;

	if (!t)
		return ZIO_EDB;
	for (size_t r = 0; r < t->nrows; r++) {
		for (int i = 0; i < t->ncols; i++) {
			const char *s = t->cells[r * (size_t)t->ncols + (size_t)i];
			int last = i == t->ncols - 1;
			bool more = false;
			for (int k = i + 1; k < t->ncols && !last; k++)
				more |= t->cells[r * (size_t)t->ncols + (size_t)k][0] != '\0';
			fputs(s, stdout);
			if (more)
				printf("%*s", t->width[i] - text_width(s) + 2, "");
			else
				break;
		}
		putchar('\n');
	}
	if (t->fmt == CLI_TEXT && t->nrows == 1)
		printf("%s\n", _("(none)"));
	for (size_t k = 0; k < t->nrows * (size_t)t->ncols; k++)
		free(t->cells[k]);
	rc = t->failed;
	free(t->cells);
	free(t->width);
	free(t);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, _("zio: cannot write output: %s\n"), zio_strerror(errno));
		return ZIO_EDB;
	}
	return rc;
}
