/* Unit tests for src/conf/config.c: zio.ini through iniparser, its defaults, its refusals, and
 * where the config and database files live. Every test writes its ini files into a fresh
 * folder under /tmp and points HOME and the XDG variables there, so the user's own config is
 * never read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <ftw.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/config.h"

struct fixture {
	char dir[64];   /* the temporary folder, also $HOME */
};

static int rm_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)sb;
	(void)type;
	(void)ftw;
	return remove(path);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/zio-test-config.XXXXXX");
	if (!mkdtemp(f->dir)) {
		free(f);
		return -1;
	}
	setenv("HOME", f->dir, 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_DATA_HOME");
	unsetenv("ZIO_DB");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	int rc = nftw(f->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);

	free(f);
	return rc;
}

/* Write `text` to dir/name (creating dir/sub folders is the caller's job); returns the path in
 * a static buffer. */
static const char *write_file(const struct fixture *f, const char *name, const char *text)
{
	static char path[PATH_MAX];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", f->dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	return path;
}

static void assert_defaults(const struct config *c)
{
	assert_string_equal(c->db_path, "");
	assert_int_equal(c->busy_timeout_ms, 30000);
	assert_string_equal(c->school, "");
	assert_int_equal(c->day_start, 8 * 60 + 30);
	assert_int_equal(c->day_end, 15 * 60);
	assert_true(c->holidays.good_friday_closed);
	assert_true(c->holidays.liberation_day_closed);
	assert_false(c->holidays.friday_after_ascension_closed);
	assert_string_equal(c->export_dir, "");
	assert_string_equal(c->language, "auto");
	assert_int_equal(c->color, CONFIG_AUTO);
}

/* A config struct filled with a marker, to show that a failed load leaves it alone. */
static void mark(struct config *c)
{
	memset(c, 0, sizeof *c);
	strcpy(c->language, "XX");
	c->busy_timeout_ms = -42;
}

static void assert_marked(const struct config *c)
{
	assert_string_equal(c->language, "XX");
	assert_int_equal(c->busy_timeout_ms, -42);
}

/* Load path and expect failure with `code` and a message holding each of the strings. */
static void assert_load_fails(const char *path, int code, const char *const *want)
{
	struct config cfg;
	struct zio_err err;
	int rc;

	mark(&cfg);
	zio_err_clear(&err);
	rc = config_load(&cfg, path, &err);
	if (rc != code || err.code != code)
		fail_msg("%s: got status %d (err %d: %s), want %d", path, rc, err.code, err.msg, code);
	for (; *want; want++)
		if (!strstr(err.msg, *want))
			fail_msg("%s: message '%s' lacks '%s'", path, err.msg, *want);
	if (strchr(err.msg, '\n'))
		fail_msg("message is not one line: %s", err.msg);
	assert_marked(&cfg);
}

static void test_defaults(void **state)
{
	struct config cfg;
	struct zio_err err;

	(void)state;
	config_defaults(&cfg);
	assert_defaults(&cfg);
	assert_string_equal(cfg.file, "");
	/* no config file at all: defaults, no error */
	mark(&cfg);
	assert_int_equal(config_load(&cfg, NULL, &err), ZIO_OK);
	assert_defaults(&cfg);
	assert_string_equal(cfg.file, "");
}

static void test_empty_and_absent_keys(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	const char *p;

	p = write_file(f, "empty.ini", "");
	mark(&cfg);
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_defaults(&cfg);
	assert_string_equal(cfg.file, p);

	p = write_file(f, "some.ini", "; only a comment\n# and another\n\n[ui]\nlanguage = nl\n");
	mark(&cfg);
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.language, "nl");
	assert_int_equal(cfg.busy_timeout_ms, 30000);
	assert_int_equal(cfg.day_start, 510);
	assert_true(cfg.holidays.good_friday_closed);
	assert_int_equal(cfg.color, CONFIG_AUTO);
}

static void test_theme(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	const char *p;

	config_defaults(&cfg);
	assert_string_equal(cfg.theme, "default");
	p = write_file(f, "theme.ini", "[ui]\ntheme = Contrast\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.theme, "contrast");
	p = write_file(f, "mono.ini", "[ui]\ntheme = mono\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.theme, "mono");
	p = write_file(f, "neon.ini", "[ui]\ntheme = neon\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "theme"));
	assert_non_null(strstr(err.msg, "neon"));
}

static void test_every_key(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	char want[PATH_MAX];
	const char *p = write_file(f, "full.ini",
		"[database]\n"
		"path = /srv/zio/roster.db\n"
		"busy_timeout = 250\n"
		"\n"
		"[school]\n"
		"default = De Wilgenhoek\n"
		"day = 08:15-14:45\n"
		"good_friday = open\n"
		"liberation_day = Open\n"
		"friday_after_ascension = closed\n"
		"\n"
		"[export]\n"
		"dir = ~/exports\n"
		"\n"
		"[ui]\n"
		"language = en\n"
		"color = no\n");

	(void)state;
	mark(&cfg);
	zio_err_clear(&err);
	if (config_load(&cfg, p, &err) != ZIO_OK)
		fail_msg("load failed: %s", err.msg);
	assert_string_equal(cfg.file, p);
	assert_string_equal(cfg.db_path, "/srv/zio/roster.db");
	assert_int_equal(cfg.busy_timeout_ms, 250);
	assert_string_equal(cfg.school, "De Wilgenhoek");
	assert_int_equal(cfg.day_start, 8 * 60 + 15);
	assert_int_equal(cfg.day_end, 14 * 60 + 45);
	assert_false(cfg.holidays.good_friday_closed);
	assert_false(cfg.holidays.liberation_day_closed);
	assert_true(cfg.holidays.friday_after_ascension_closed);
	snprintf(want, sizeof want, "%s/exports", f->dir);
	assert_string_equal(cfg.export_dir, want);
	assert_string_equal(cfg.language, "en");
	assert_int_equal(cfg.color, CONFIG_NO);

	p = write_file(f, "more.ini", "[ui]\ncolor = yes\nlanguage = auto\n"
				      "[school]\ngood_friday = CLOSED\nday = 8:00-9:00\n"
				      "[database]\nbusy_timeout = 1\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_int_equal(cfg.color, CONFIG_YES);
	assert_string_equal(cfg.language, "auto");
	assert_true(cfg.holidays.good_friday_closed);
	assert_int_equal(cfg.day_start, 480);
	assert_int_equal(cfg.day_end, 540);
	assert_int_equal(cfg.busy_timeout_ms, 1);
	assert_string_equal(cfg.db_path, "");   /* a new load starts from the defaults */

	p = write_file(f, "auto.ini", "[ui]\ncolor = AUTO\n[database]\nbusy_timeout = 600000\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_int_equal(cfg.color, CONFIG_AUTO);
	assert_int_equal(cfg.busy_timeout_ms, 600000);
}

/* Section and key names are matched without regard to case (iniparser lowercases them). */
static void test_case_of_names(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	const char *p = write_file(f, "case.ini", "[UI]\nLanguage = nl\nCOLOR = yes\n");

	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.language, "nl");
	assert_int_equal(cfg.color, CONFIG_YES);
}

static void test_default_location(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	char dir[PATH_MAX], want[PATH_MAX], got[PATH_MAX];

	/* ~/.config/zio/zio.ini */
	snprintf(dir, sizeof dir, "%s/.config", f->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(dir, sizeof dir, "%s/.config/zio", f->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	write_file(f, ".config/zio/zio.ini", "[ui]\nlanguage = nl\n");
	snprintf(want, sizeof want, "%s/.config/zio/zio.ini", f->dir);
	assert_int_equal(config_default_path(got, sizeof got), 0);
	assert_string_equal(got, want);
	assert_int_equal(config_load(&cfg, NULL, &err), ZIO_OK);
	assert_string_equal(cfg.language, "nl");
	assert_string_equal(cfg.file, want);

	/* $XDG_CONFIG_HOME wins when absolute */
	snprintf(dir, sizeof dir, "%s/xdg", f->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	snprintf(dir, sizeof dir, "%s/xdg/zio", f->dir);
	assert_int_equal(mkdir(dir, 0700), 0);
	write_file(f, "xdg/zio/zio.ini", "[ui]\nlanguage = en\n");
	snprintf(dir, sizeof dir, "%s/xdg", f->dir);
	setenv("XDG_CONFIG_HOME", dir, 1);
	snprintf(want, sizeof want, "%s/xdg/zio/zio.ini", f->dir);
	assert_int_equal(config_default_path(got, sizeof got), 0);
	assert_string_equal(got, want);
	assert_int_equal(config_load(&cfg, NULL, &err), ZIO_OK);
	assert_string_equal(cfg.language, "en");
	assert_string_equal(cfg.file, want);

	/* a relative XDG_CONFIG_HOME is ignored, as the XDG spec says */
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	snprintf(want, sizeof want, "%s/.config/zio/zio.ini", f->dir);
	assert_int_equal(config_default_path(got, sizeof got), 0);
	assert_string_equal(got, want);

	/* a bad default file fails like an explicit one */
	write_file(f, ".config/zio/zio.ini", "[ui]\nlanguage = fr\n");
	mark(&cfg);
	assert_int_equal(config_load(&cfg, NULL, &err), ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, want));
	assert_marked(&cfg);
	unsetenv("XDG_CONFIG_HOME");

	/* no HOME and no XDG: no default path, and loading gives the defaults */
	unsetenv("HOME");
	assert_int_equal(config_default_path(got, sizeof got), -1);
	assert_int_equal(config_load(&cfg, NULL, &err), ZIO_OK);
	assert_defaults(&cfg);
	setenv("HOME", f->dir, 1);
	/* a buffer too small is an error, not a truncated path */
	assert_int_equal(config_default_path(got, 8), -1);
}

static void test_unknown_section(void **state)
{
	struct fixture *f = *state;
	const char *p = write_file(f, "sec.ini", "[ui]\nlanguage = nl\n[colours]\nfg = red\n");
	const char *want[] = { p, "[colours]", "section", NULL };

	assert_load_fails(p, ZIO_EUSAGE, want);
	p = write_file(f, "sec2.ini", "[holidays]\n");
	{
		const char *want2[] = { p, "holidays", NULL };
		assert_load_fails(p, ZIO_EUSAGE, want2);
	}
}

static void test_unknown_key(void **state)
{
	struct fixture *f = *state;
	const char *p = write_file(f, "key.ini", "[ui]\nlanguage = nl\ncolour = yes\n");
	const char *want[] = { p, "colour", "[ui]", NULL };

	assert_load_fails(p, ZIO_EUSAGE, want);
	/* a key of another section is unknown here */
	p = write_file(f, "key2.ini", "[database]\nlanguage = nl\n");
	{
		const char *want2[] = { p, "language", "[database]", NULL };
		assert_load_fails(p, ZIO_EUSAGE, want2);
	}
}

/* A key before the first section belongs to no section zio knows: refused, not ignored. */
static void test_key_outside_section(void **state)
{
	struct fixture *f = *state;
	const char *p = write_file(f, "global.ini", "language = nl\n[ui]\ncolor = yes\n");
	const char *want[] = { p, "language", NULL };

	assert_load_fails(p, ZIO_EUSAGE, want);
}

static void test_bad_values(void **state)
{
	static const struct {
		const char *section, *key, *value;
	} bad[] = {
		{ "school", "day", "15:00-08:30" },
		{ "school", "day", "08:30" },
		{ "school", "day", "8-15" },
		{ "ui", "color", "blue" },
		{ "ui", "color", "true" },
		{ "ui", "language", "fr" },
		{ "ui", "language", "NL_nl" },
		{ "database", "busy_timeout", "-1" },
		{ "database", "busy_timeout", "600001" },
		{ "database", "busy_timeout", "5s" },
		{ "database", "busy_timeout", "99999999999999999999" },
		{ "school", "good_friday", "maybe" },
		{ "school", "liberation_day", "yes" },
		{ "school", "friday_after_ascension", "1" },
		{ "school", "default", "\" De Wilgenhoek\"" },
		{ "school", "default", "caf\xe9" },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char text[256], sec[64];
		const char *p;

		snprintf(text, sizeof text, "[%s]\n%s = %s\n", bad[i].section, bad[i].key, bad[i].value);
		snprintf(sec, sizeof sec, "[%s]", bad[i].section);
		p = write_file(f, "bad.ini", text);
		{
			const char *want[] = { p, sec, bad[i].key, NULL };
			assert_load_fails(p, ZIO_EUSAGE, want);
		}
	}
	/* the message also says what was wrong with the value */
	{
		const char *p = write_file(f, "day.ini", "[school]\nday = 15:00-08:30\n");
		const char *want[] = { p, "[school]", "day", "15:00-08:30", NULL };
		assert_load_fails(p, ZIO_EUSAGE, want);
	}
	{
		const char *p = write_file(f, "col.ini", "[ui]\ncolor = blue\n");
		const char *want[] = { p, "[ui]", "color", "blue", NULL };
		assert_load_fails(p, ZIO_EUSAGE, want);
	}
}

static void test_missing_or_unreadable(void **state)
{
	struct fixture *f = *state;
	char path[PATH_MAX];

	snprintf(path, sizeof path, "%s/nope.ini", f->dir);
	{
		const char *want[] = { path, NULL };
		assert_load_fails(path, ZIO_EDB, want);
	}
	/* a file without read permission (root ignores permissions: skip the check then) */
	if (geteuid() != 0) {
		const char *p = write_file(f, "secret.ini", "[ui]\nlanguage = nl\n");
		const char *want[] = { p, NULL };

		assert_int_equal(chmod(p, 0), 0);
		assert_load_fails(p, ZIO_EDB, want);
	}
}

/* A folder given as the config file (zio --config ~/.config/zio) cannot be read as one: it
 * must fail like an unreadable file, not load as an empty config. */
static void test_folder_as_config(void **state)
{
	struct fixture *f = *state;
	char path[PATH_MAX];

	snprintf(path, sizeof path, "%s/folder.ini", f->dir);
	assert_int_equal(mkdir(path, 0700), 0);
	{
		const char *want[] = { path, NULL };
		assert_load_fails(path, ZIO_EDB, want);
	}
}

/* iniparser 4.1 rejects these lines (it returns no dictionary); zio must refuse the file as
 * bad content (ZIO_EUSAGE, as config.h promises for a syntax error), naming file and line. */
static void test_syntax_errors(void **state)
{
	static const struct {
		const char *text;
		int line;
	} bad[] = {
		{ "[ui]\nlanguage = nl\n[broken\n", 3 },
		{ "[ui]\nlanguage = nl\ncolor\n", 3 },
		{ "[ui]\nno equals sign here\n", 2 },
		{ "[ui]\n= nl\n", 2 },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		const char *p = write_file(f, "syntax.ini", bad[i].text);
		struct config cfg;
		struct zio_err err;
		char l1[16], l2[16], l3[16];
		int rc;

		mark(&cfg);
		zio_err_clear(&err);
		rc = config_load(&cfg, p, &err);
		if (rc != ZIO_EUSAGE || err.code != ZIO_EUSAGE)
			fail_msg("syntax error %zu: got status %d (%s), want %d (ZIO_EUSAGE)", i, rc,
				 err.msg, ZIO_EUSAGE);
		assert_non_null(strstr(err.msg, p));
		snprintf(l1, sizeof l1, "(%d)", bad[i].line);
		snprintf(l2, sizeof l2, ":%d", bad[i].line);
		snprintf(l3, sizeof l3, "line %d", bad[i].line);
		if (!strstr(err.msg, l1) && !strstr(err.msg, l2) && !strstr(err.msg, l3))
			fail_msg("syntax error message does not name line %d: %s", bad[i].line, err.msg);
		assert_null(strchr(err.msg, '\n'));
		assert_marked(&cfg);
	}
}

static void test_tilde(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	char want[PATH_MAX];
	const char *p;

	p = write_file(f, "tilde.ini", "[database]\npath = ~/data/zio.db\n[export]\ndir = ~\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	snprintf(want, sizeof want, "%s/data/zio.db", f->dir);
	assert_string_equal(cfg.db_path, want);
	assert_string_equal(cfg.export_dir, f->dir);

	/* only "~" and "~/" are expanded */
	p = write_file(f, "tilde2.ini", "[database]\npath = ~other/zio.db\n[export]\ndir = /x/~/y\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.db_path, "~other/zio.db");
	assert_string_equal(cfg.export_dir, "/x/~/y");

	/* HOME changes what ~ means */
	setenv("HOME", "/home/teamlead", 1);
	p = write_file(f, "tilde3.ini", "[database]\npath = ~/zio.db\n");
	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	assert_string_equal(cfg.db_path, "/home/teamlead/zio.db");

	/* ~ without HOME cannot be expanded */
	unsetenv("HOME");
	{
		const char *want2[] = { p, "[database]", "path", "HOME", NULL };
		assert_load_fails(p, ZIO_EUSAGE, want2);
	}
	setenv("HOME", f->dir, 1);
}

static void test_db_path(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	char out[PATH_MAX], want[PATH_MAX];

	config_defaults(&cfg);
	/* HOME only */
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	snprintf(want, sizeof want, "%s/.local/share/zio/zio.db", f->dir);
	assert_string_equal(out, want);
	/* XDG_DATA_HOME over HOME; a relative one is ignored */
	setenv("XDG_DATA_HOME", "/data/xdg", 1);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "/data/xdg/zio/zio.db");
	setenv("XDG_DATA_HOME", "rel/xdg", 1);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, want);
	setenv("XDG_DATA_HOME", "/data/xdg", 1);
	/* [database] path over XDG */
	strcpy(cfg.db_path, "/etc-config/roster.db");
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "/etc-config/roster.db");
	/* $ZIO_DB over the config; an empty one is ignored */
	setenv("ZIO_DB", "", 1);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "/etc-config/roster.db");
	setenv("ZIO_DB", "/env/zio.db", 1);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "/env/zio.db");
	/* --db over everything; an empty one is ignored */
	assert_int_equal(config_db_path(&cfg, "cli.db", out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "cli.db");
	assert_int_equal(config_db_path(&cfg, "", out, sizeof out, &err), ZIO_OK);
	assert_string_equal(out, "/env/zio.db");
	/* nothing at all */
	unsetenv("ZIO_DB");
	unsetenv("XDG_DATA_HOME");
	unsetenv("HOME");
	cfg.db_path[0] = '\0';
	zio_err_clear(&err);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_EUSAGE);
	assert_int_equal(err.code, ZIO_EUSAGE);
	assert_non_null(strstr(err.msg, "HOME"));
	setenv("HOME", f->dir, 1);
	/* too small a buffer is an error */
	assert_int_equal(config_db_path(&cfg, "/a/rather/long/path.db", out, 8, &err), ZIO_EUSAGE);
}

/* The db path from a loaded file, end to end. */
static void test_db_path_from_file(void **state)
{
	struct fixture *f = *state;
	struct config cfg;
	struct zio_err err;
	char out[PATH_MAX], want[PATH_MAX];
	const char *p = write_file(f, "db.ini", "[database]\npath = ~/roster.db\n");

	assert_int_equal(config_load(&cfg, p, &err), ZIO_OK);
	setenv("XDG_DATA_HOME", "/data/xdg", 1);
	assert_int_equal(config_db_path(&cfg, NULL, out, sizeof out, &err), ZIO_OK);
	snprintf(want, sizeof want, "%s/roster.db", f->dir);
	assert_string_equal(out, want);
	unsetenv("XDG_DATA_HOME");
}

static void test_make_parent(void **state)
{
	struct fixture *f = *state;
	struct zio_err err;
	char file[PATH_MAX], dir[PATH_MAX];
	struct stat sb;
	mode_t old = umask(022);

	snprintf(file, sizeof file, "%s/a/b/c/zio.db", f->dir);
	assert_int_equal(config_make_parent(file, &err), ZIO_OK);
	snprintf(dir, sizeof dir, "%s/a/b/c", f->dir);
	assert_int_equal(stat(dir, &sb), 0);
	assert_true(S_ISDIR(sb.st_mode));
	assert_int_equal(sb.st_mode & 0777, 0700);
	snprintf(dir, sizeof dir, "%s/a", f->dir);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(file, &sb), -1);   /* the file itself is not made */
	/* again: the folders exist, fine */
	assert_int_equal(config_make_parent(file, &err), ZIO_OK);
	/* a plain file in the way */
	write_file(f, "plain", "x");
	snprintf(file, sizeof file, "%s/plain/sub/zio.db", f->dir);
	zio_err_clear(&err);
	assert_int_equal(config_make_parent(file, &err), ZIO_EDB);
	assert_non_null(strstr(err.msg, "plain"));
	/* no folder part */
	assert_int_equal(config_make_parent("zio.db", &err), ZIO_OK);
	umask(old);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_defaults, setup, teardown),
		cmocka_unit_test_setup_teardown(test_empty_and_absent_keys, setup, teardown),
		cmocka_unit_test_setup_teardown(test_theme, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_key, setup, teardown),
		cmocka_unit_test_setup_teardown(test_case_of_names, setup, teardown),
		cmocka_unit_test_setup_teardown(test_default_location, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_section, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_key, setup, teardown),
		cmocka_unit_test_setup_teardown(test_key_outside_section, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_values, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_or_unreadable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_folder_as_config, setup, teardown),
		cmocka_unit_test_setup_teardown(test_syntax_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_tilde, setup, teardown),
		cmocka_unit_test_setup_teardown(test_db_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_db_path_from_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_make_parent, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
