/* cli: the scriptable command line (zio NOUN VERB ...): shared state, option parsing, help,
 * error printing and table output. Only src/cli/ (and src/tui/) print to the user. */
#ifndef ZIO_CLI_H
#define ZIO_CLI_H

#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "zio/access.h"
#include "zio/config.h"
#include "zio/date.h"
#include "zio/err.h"
#include "zio/i18n.h"
#include "zio/store.h"

#define CLI_HELP_SHOWN (-1)  /* cli_parse printed --help: exit 0 */

struct cli {
	const char *db_opt;      /* --db, or NULL */
	const char *config_opt;  /* --config, or NULL */
	struct config cfg;
	char db_path[PATH_MAX];
	struct store *st;        /* opened by cli_open */
	struct actor actor;      /* who is working, set by cli_open */
};

/* One verb of a command group. */
struct cli_verb {
	const char *name;        /* "add" */
	int (*run)(struct cli *c, const struct cli_verb *v, int argc, char **argv);
	const char *usage;       /* after "zio GROUP VERB ": "NAME --region R [--brin CODE]" */
	const char *summary;     /* one line: "add a school" */
	const char *help;        /* options, one per line, then an example */
};

/* An option of a verb: value receives the argument (or "1" for a flag without argument). */
struct cli_opt {
	const char *name;        /* long name without "--" */
	int has_arg;             /* 0 flag, 1 required argument */
	const char **value;
};

/* Parse argv (argv[0] is the verb) against opts (terminated by a {NULL} entry). Positional
 * arguments land in pos (at most max_pos, at least min_pos). Handles -h/--help by printing the
 * verb's help (returns CLI_HELP_SHOWN); a usage error prints one line and returns ZIO_EUSAGE. */
int cli_parse(const char *group, const struct cli_verb *v, int argc, char **argv,
	      const struct cli_opt *opts, int min_pos, int max_pos, char **pos);

/* Run GROUP's verb named argv[0]; with no verb or --help, print the group's help. */
int cli_dispatch(struct cli *c, const char *group, const char *summary,
		 const struct cli_verb *verbs, int argc, char **argv);

/* Open the database named by --db/ZIO_DB/config/default; prints nothing. */
int cli_open(struct cli *c, struct zio_err *err);
/* Open (STORE_OPEN) or create (STORE_CREATE, with its folder) the database at c->db_path,
 * with the config's busy timeout and group, and say who works on it (the actor). */
int cli_open_path(struct cli *c, enum store_mode mode, struct zio_err *err);
/* Open for a command that only reads: everything it prints comes from one snapshot, so a
 * total never disagrees with its rows while others write. */
int cli_open_read(struct cli *c, struct zio_err *err);
/* Copy a value given on the command line into a field of len bytes: a value that does not
 * fit is refused (ZIO_EUSAGE, `what` names it), never cut short. */
int cli_copy_text(char *dst, size_t len, const char *src, const char *what, struct zio_err *err);

/* Print "zio: MESSAGE" to stderr and return err->code. */
int cli_fail(const struct zio_err *err);
/* Print "zio GROUP VERB: MESSAGE (see zio GROUP VERB --help)" and return ZIO_EUSAGE. */
int cli_usage(const char *group, const char *verb, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Run fn(c, ctx, err) inside one transaction; print the error and roll back on failure. */
int cli_write(struct cli *c, int (*fn)(struct cli *c, void *ctx, struct zio_err *err), void *ctx);

/* Today in the Netherlands; ZIO_TODAY=YYYY-MM-DD pins it (tests, demos). */
int cli_today(struct date *d, struct zio_err *err);

/* The school a command is about: `opt` (--school), else [school] default of the config, else
 * the only school in the database; an error asks for --school when there are several. */
int cli_pick_school(struct cli *c, const char *opt, int64_t *id, struct zio_err *err);

/* A period from --week W, --from D --to D or --school-year Y (at most one form); the current
 * ISO week when none is given. Prints a usage error and returns ZIO_EUSAGE when wrong. */
int cli_parse_period(const char *group, const char *verb, const char *week, const char *from,
		     const char *to, const char *year, struct date *a, struct date *b);

struct findings;
/* Print findings, one per line: "error: ..." or "warning: ...", with the rule's code, to f. */
void cli_print_findings(FILE *f, const struct findings *fs, size_t from);

/* Output formats of lists. */
enum cli_format { CLI_TEXT, CLI_CSV };
int cli_parse_format(const char *group, const char *verb, const char *s, enum cli_format *out);

/* A list: buffered for aligned text (by display width), or streamed as RFC 4180 CSV. */
struct cli_table;
struct cli_table *cli_table_new(enum cli_format fmt, int ncols, const char *const *headers);
int cli_table_row(struct cli_table *t, const char *const *cells);
/* Print (text), flush, free; returns ZIO_OK or ZIO_EDB when stdout failed. */
int cli_table_finish(struct cli_table *t);

/* Write one CSV field (quoted when needed) to f. */
void cli_csv_field(FILE *f, const char *s);

/* Text output speaks the user's language, CSV stays English and language-neutral:
 * cli_table_new translates the headers of a text table (mark them with N_()); cli_word
 * translates a word of zio's own (a status, a kind: never a name from the database) in
 * text output only; the decimal comma is for Dutch text output only. */
enum cli_format cli_table_format(const struct cli_table *t);
const char *cli_word(enum cli_format fmt, const char *s);
bool cli_comma(enum cli_format fmt);
/* num (printed with a decimal point) with the decimal comma when cli_comma(fmt); num itself. */
char *cli_decimal(enum cli_format fmt, char *num);

/* The command groups. */
int cli_init(struct cli *c, int argc, char **argv);
int cli_user(struct cli *c, int argc, char **argv);
int cli_audit(struct cli *c, int argc, char **argv);
int cli_backup(struct cli *c, int argc, char **argv);
int cli_restore(struct cli *c, int argc, char **argv);
int cli_school(struct cli *c, int argc, char **argv);
int cli_group(struct cli *c, int argc, char **argv);
int cli_class(struct cli *c, int argc, char **argv);
int cli_provider(struct cli *c, int argc, char **argv);
int cli_staff(struct cli *c, int argc, char **argv);
int cli_team(struct cli *c, int argc, char **argv);
int cli_import(struct cli *c, int argc, char **argv);
int cli_tui(struct cli *c, int argc, char **argv);
int cli_holidays(struct cli *c, int argc, char **argv);
int cli_closure(struct cli *c, int argc, char **argv);
int cli_calendar(struct cli *c, int argc, char **argv);
int cli_pattern(struct cli *c, int argc, char **argv);
int cli_shift(struct cli *c, int argc, char **argv);
int cli_plan(struct cli *c, int argc, char **argv);
int cli_check(struct cli *c, int argc, char **argv);
int cli_week(struct cli *c, int argc, char **argv);
int cli_today_cmd(struct cli *c, int argc, char **argv);
int cli_log(struct cli *c, int argc, char **argv);
int cli_timesheet(struct cli *c, int argc, char **argv);
int cli_export(struct cli *c, int argc, char **argv);
int cli_report(struct cli *c, int argc, char **argv);

#endif
