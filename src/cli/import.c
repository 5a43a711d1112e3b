/* zio import classes|staff FILE.csv [--dry-run]: all rows or none. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zio/cli.h"
#include "zio/import.h"

#define G "import"

struct import_job {
	enum import_kind kind;
	const char *path;
	int dry_run;
	struct csv_doc doc;
	struct import_report rep;
	FILE *notes;     /* the dry run's lines, printed only when the whole file went through */
};

static void note(enum import_action action, int line, const char *what, void *ctx)
{
	const struct import_job *job = ctx;
	if (!job->notes)
		return;
	if (action == IMPORT_ADD)
		fprintf(job->notes, _("line %d: add %s\n"), line, what);
	else if (action == IMPORT_CHANGE)
		fprintf(job->notes, _("line %d: change %s\n"), line, what);
	else
		fprintf(job->notes, _("line %d: unchanged %s\n"), line, what);
}

static int run_import(struct cli *c, const struct cli_verb *v, int argc, char **argv, enum import_kind kind)
{
	const char *dry = NULL;
	const struct cli_opt opts[] = { { "dry-run", 0, &dry }, { NULL, 0, NULL } };
	struct import_job job = { .kind = kind };
	struct zio_err err;
	char *pos[1];
	int rc = cli_parse(G, v, argc, argv, opts, 1, 1, pos);

	if (rc)
		return rc;
	job.path = pos[0];
	job.dry_run = dry != NULL;
	zio_err_clear(&err);
	/* Read and check the whole file before the database is touched. */
	if (csv_doc_read(job.path, &job.doc, &err))
		return cli_fail(&err);
	if (cli_open(c, &err) || store_begin(c->st, &err)) {
		csv_doc_free(&job.doc);
		return cli_fail(&err);
	}
	char *notes = NULL;
	size_t notes_len = 0;
	if (job.dry_run && !(job.notes = open_memstream(&notes, &notes_len))) {
		csv_doc_free(&job.doc);
		store_rollback(c->st);
		return ZIO_EDB;
	}
	rc = import_roster(c->st, kind, job.path, &job.doc, note, &job, &job.rep, &err);
	csv_doc_free(&job.doc);
	if (job.notes) {
		fclose(job.notes);
		if (rc == ZIO_OK)
			fputs(notes, stdout);
		free(notes);
	}
	if (rc || job.dry_run) {
		store_rollback(c->st);
		if (rc)
			return cli_fail(&err);
	} else if (store_commit(c->st, &err)) {
		return cli_fail(&err);
	}
	printf(job.dry_run ? _("dry run: %d added, %d changed, %d unchanged (nothing written)\n") :
			     _("%d added, %d changed, %d unchanged\n"), job.rep.added, job.rep.changed, job.rep.unchanged);
	return ZIO_OK;
}

static int import_classes(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return run_import(c, v, argc, argv, IMPORT_CLASSES);
}

static int import_staff(struct cli *c, const struct cli_verb *v, int argc, char **argv)
{
	return run_import(c, v, argc, argv, IMPORT_STAFF);
}

static const struct cli_verb verbs[] = {
	{ "classes", import_classes, N_("FILE.csv [--dry-run]"), N_("add or change classes from a CSV file"),
	  N_("The header row names the columns, in any order:\n"
	  "  school,name,group[,pupils][,hours]\n"
	  "school and group are names (or ids) that exist already; a class of the same school and\n"
	  "name is changed, any other is added. An empty pupils or hours field keeps the current\n"
	  "value; hours 'none' makes the class follow its target group again.\n"
	  "Comma or semicolon separated, UTF-8 (a byte order mark is fine).\n"
	  "The whole file is imported or nothing: an error names FILE:LINE.\n"
	  "  --dry-run         show what would be added or changed, write nothing\n"
	  "\nexample:\n  zio import classes klassen.csv --dry-run") },
	{ "staff", import_staff, N_("FILE.csv [--dry-run]"), N_("add or change professionals from a CSV file"),
	  N_("The header row names the columns, in any order:\n"
	  "  name,provider[,discipline][,contract_hours][,from][,to]\n"
	  "A professional of the same provider and name is changed, any other is added; an empty\n"
	  "field keeps the current value. Dates are YYYY-MM-DD.\n"
	  "The whole file is imported or nothing: an error names FILE:LINE.\n"
	  "  --dry-run         show what would be added or changed, write nothing\n"
	  "\nexample:\n  zio import staff medewerkers.csv") },
	{ NULL, NULL, NULL, NULL, NULL },
};

int cli_import(struct cli *c, int argc, char **argv)
{
	return cli_dispatch(c, G, N_("Import classes or professionals from a CSV file (all rows or none)"),
			    verbs, argc, argv);
}
