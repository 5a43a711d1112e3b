/* zio check: every rule finding of a period, for people and for scripts. */
#include <stdio.h>

#include "zio/cli.h"
#include "zio/plan.h"

static const struct cli_verb check_verb = {
	"check", NULL, N_("[--week W | --from DATE --to DATE] [--school S] [--format text|csv]"),
	N_("list the rule findings of a period (default: this week, all schools)"),
	N_("Errors: overlapping shifts of one professional, shifts outside a professional's active\n"
	"dates. Warnings: shifts on closed days or outside the school day, professionals outside\n"
	"the class's fixed team, weeks over a professional's contract hours, classes whose\n"
	"planned week differs from the (pro rata) budget by more than [rules] budget_margin\n"
	"percent, more faces in a class's week than [rules] max_faces. Week rules look at whole\n"
	"ISO weeks only. Exit status 1 when there is an error.\n"
	"  --format csv      severity,code,date,shift,message for scripts\n"
	"\nexample:\n  zio check --week 2026-W48 --school \"De Wilgenhoek\""),
};

int cli_check(struct cli *c, int argc, char **argv)
{
	const char *week = NULL, *from = NULL, *to = NULL, *school = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "week", 1, &week }, { "from", 1, &from }, { "to", 1, &to }, { "school", 1, &school },
		{ "format", 1, &format }, { NULL, 0, NULL },
	};
	struct findings fs = { 0 };
	struct planner pl;
	struct zio_err err;
	struct date a, b;
	enum cli_format fmt;
	int64_t school_id = 0;
	size_t warnings;
	int rc = cli_parse("", &check_verb, argc + 1, argv - 1, opts, 0, 0, NULL);

	if (rc)
		return rc == CLI_HELP_SHOWN ? ZIO_OK : rc;
	if ((rc = cli_parse_format("", "check", format, &fmt)) ||
	    (rc = cli_parse_period("", "check", week, from, to, NULL, &a, &b)))
		return rc;
	zio_err_clear(&err);
	if (cli_open_read(c, &err) || (school && store_school_resolve(c->st, school, &school_id, &err)) ||
	    planner_open(&pl, c->st, &c->cfg, &err))
		return cli_fail(&err);
	rc = plan_check(&pl, school_id, a, b, &fs, &err);
	planner_close(&pl);
	if (rc) {
		findings_free(&fs);
		return cli_fail(&err);
	}
	if (fmt == CLI_CSV) {
		printf("severity,code,date,shift,message\n");
		for (size_t i = 0; i < fs.n; i++) {
			char d[DATE_STR_LEN];
			printf("%s,%s,%s,", rule_severity_of(fs.v[i].code) == RULE_ERROR ? "error" : "warning",
			       rule_code_name(fs.v[i].code), date_format(fs.v[i].date, d));
			if (fs.v[i].shift_id)
				printf("%lld", (long long)fs.v[i].shift_id);
			putchar(',');
			cli_csv_field(stdout, fs.v[i].msg);
			putchar('\n');
		}
	} else {
		cli_print_findings(stdout, &fs, 0);
		warnings = fs.n - fs.errors;
		printf(_n("%zu error, ", "%zu errors, ", fs.errors), fs.errors);
		printf(_n("%zu warning\n", "%zu warnings\n", warnings), warnings);
	}
	rc = findings_has_error(&fs) ? ZIO_ERULE : ZIO_OK;
	findings_free(&fs);
	return rc;
}
