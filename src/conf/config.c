/* zio.ini through iniparser, driven by one table of keys so that defaults, parsing and the
 * "unknown key" check cannot drift apart. */
#include <grp.h>
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser.h>

#include "zio/config.h"
#include "zio/i18n.h"
#include "zio/date.h"

typedef int (*config_parse_fn)(const char *value, void *target, struct zio_err *err);

struct config_key {
	const char *section, *key;
	config_parse_fn parse;
	size_t offset;   /* into struct config */
};

static int parse_path(const char *v, void *t, struct zio_err *err)
{
	char *out = t;
	const char *home = getenv("HOME");

	if (v[0] == '~' && (v[1] == '/' || v[1] == '\0')) {
		if (!home || !*home)
			return zio_err_set(err, ZIO_EUSAGE, "'~' used but HOME is not set");
		if ((size_t)snprintf(out, PATH_MAX, "%s%s", home, v + 1) >= PATH_MAX)
			return zio_err_set(err, ZIO_EUSAGE, "path too long");
		return ZIO_OK;
	}
	if (strlen(v) >= PATH_MAX)
		return zio_err_set(err, ZIO_EUSAGE, "path too long");
	strcpy(out, v);
	return ZIO_OK;
}

static int parse_timeout(const char *v, void *t, struct zio_err *err)
{
	char *end;
	long ms = strtol(v, &end, 10);
	if (*v == '\0' || *end || ms < 1 || ms > 600000)
		return zio_err_set(err, ZIO_EUSAGE, "expected milliseconds from 1 to 600000, got '%s'", v);
	*(int *)t = (int)ms;
	return ZIO_OK;
}

static int parse_small(const char *v, void *t, struct zio_err *err)
{
	char *end;
	long n = strtol(v, &end, 10);
	if (*v == '\0' || *end || n < 0 || n > 100)
		return zio_err_set(err, ZIO_EUSAGE, "expected a whole number from 0 to 100, got '%s'", v);
	*(int *)t = (int)n;
	return ZIO_OK;
}

static int parse_name(const char *v, void *t, struct zio_err *err)
{
	if (*v && text_check_name(v, N_("school name"), err))
		return ZIO_EUSAGE;
	snprintf(t, ZIO_NAME_LEN, "%s", v);
	return ZIO_OK;
}

static int parse_day(const char *v, void *t, struct zio_err *err)
{
	int *range = t;  /* day_start, day_end are adjacent */
	return time_parse_range(v, &range[0], &range[1], err);
}

static int parse_open_closed(const char *v, void *t, struct zio_err *err)
{
	if (strcasecmp(v, "closed") == 0)
		*(bool *)t = true;
	else if (strcasecmp(v, "open") == 0)
		*(bool *)t = false;
	else
		return zio_err_set(err, ZIO_EUSAGE, "expected open or closed, got '%s'", v);
	return ZIO_OK;
}

static int parse_language(const char *v, void *t, struct zio_err *err)
{
	if (strcasecmp(v, "auto") && strcasecmp(v, "nl") && strcasecmp(v, "en"))
		return zio_err_set(err, ZIO_EUSAGE, "expected auto, nl or en, got '%s'", v);
	snprintf(t, 8, "%s", strcasecmp(v, "auto") == 0 ? "auto" : strcasecmp(v, "nl") == 0 ? "nl" : "en");
	return ZIO_OK;
}

static int parse_theme(const char *v, void *t, struct zio_err *err)
{
	if (strcasecmp(v, "default") && strcasecmp(v, "contrast") && strcasecmp(v, "mono"))
		return zio_err_set(err, ZIO_EUSAGE, "expected default, contrast or mono, got '%s'", v);
	snprintf(t, 16, "%s", !strcasecmp(v, "default") ? "default" : !strcasecmp(v, "contrast") ? "contrast" : "mono");
	return ZIO_OK;
}

/* A Unix group that shares the database: it must exist here. */
static int parse_group(const char *v, void *t, struct zio_err *err)
{
	struct group g, *found = NULL;
	char buf[4096];

	if (getgrnam_r(v, &g, buf, sizeof buf, &found) != 0 || !found)
		return zio_err_set(err, ZIO_EUSAGE, "no group '%s' on this system", v);
	*(long *)t = (long)found->gr_gid;
	return ZIO_OK;
}

static int parse_tristate(const char *v, void *t, struct zio_err *err)
{
	if (strcasecmp(v, "auto") == 0)
		*(enum config_tristate *)t = CONFIG_AUTO;
	else if (strcasecmp(v, "yes") == 0)
		*(enum config_tristate *)t = CONFIG_YES;
	else if (strcasecmp(v, "no") == 0)
		*(enum config_tristate *)t = CONFIG_NO;
	else
		return zio_err_set(err, ZIO_EUSAGE, "expected auto, yes or no, got '%s'", v);
	return ZIO_OK;
}

#define OFF(field) offsetof(struct config, field)
static const struct config_key keys[] = {
	{ "database", "path", parse_path, OFF(db_path) },
	{ "database", "busy_timeout", parse_timeout, OFF(busy_timeout_ms) },
	{ "database", "group", parse_group, OFF(db_group) },
	{ "school", "default", parse_name, OFF(school) },
	{ "school", "day", parse_day, OFF(day_start) },
	{ "school", "good_friday", parse_open_closed, OFF(holidays.good_friday_closed) },
	{ "school", "liberation_day", parse_open_closed, OFF(holidays.liberation_day_closed) },
	{ "school", "friday_after_ascension", parse_open_closed,
	  OFF(holidays.friday_after_ascension_closed) },
	{ "export", "dir", parse_path, OFF(export_dir) },
	{ "rules", "max_faces", parse_small, OFF(max_faces) },
	{ "rules", "budget_margin", parse_small, OFF(budget_margin) },
	{ "ui", "language", parse_language, OFF(language) },
	{ "ui", "color", parse_tristate, OFF(color) },
	{ "ui", "theme", parse_theme, OFF(theme) },
};
#define NKEYS (sizeof keys / sizeof keys[0])

void config_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->busy_timeout_ms = 30000;
	cfg->db_group = -1;
	cfg->day_start = 8 * 60 + 30;
	cfg->day_end = 15 * 60;
	cfg->holidays.liberation_day_closed = true;
	cfg->holidays.good_friday_closed = true;
	cfg->holidays.friday_after_ascension_closed = false;
	cfg->max_faces = 3;
	cfg->budget_margin = 10;
	strcpy(cfg->language, "auto");
	strcpy(cfg->theme, "default");
	cfg->color = CONFIG_AUTO;
}

static bool known_section(const char *sec)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcasecmp(keys[i].section, sec) == 0)
			return true;
	return false;
}

/* iniparser reports syntax errors through a printf-like callback; keep the first one. */
static char ini_error[256];
static int ini_error_cb(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int ini_error_cb(const char *fmt, ...)
{
	if (!ini_error[0]) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(ini_error, sizeof ini_error, fmt, ap);
		va_end(ap);
		ini_error[strcspn(ini_error, "\n")] = '\0';
	}
	return 0;
}

static int check_keys(dictionary *d, const char *file, struct zio_err *err)
{
	int nsec = iniparser_getnsec(d);

	for (int i = 0; i < nsec; i++) {
		const char *sec = iniparser_getsecname(d, i);
		int nk = iniparser_getsecnkeys(d, sec);
		const char **names;

		if (!known_section(sec))
			return zio_err_set(err, ZIO_EUSAGE, "%s: unknown section [%s]", file, sec);
		if (nk <= 0)
			continue;
		names = calloc((size_t)nk, sizeof *names);
		if (!names)
			return zio_err_set(err, ZIO_EDB, "out of memory");
		iniparser_getseckeys(d, sec, names);
		for (int k = 0; k < nk; k++) {
			const char *colon = strchr(names[k], ':');
			const char *key = colon ? colon + 1 : names[k];  /* "section:key" */
			bool ok = false;
			for (size_t j = 0; j < NKEYS; j++)
				ok |= strcasecmp(keys[j].section, sec) == 0 && strcasecmp(keys[j].key, key) == 0;
			if (!ok) {
				zio_err_set(err, ZIO_EUSAGE, "%s: [%s] unknown key '%s'", file, sec, key);
				free(names);
				return ZIO_EUSAGE;
			}
		}
		free(names);
	}
	return ZIO_OK;
}

/* Candidate i (0, 1) of the default config file: $XDG_CONFIG_HOME/zio/zio.ini, then
 * ~/.config/zio/zio.ini. Returns -1 when that candidate does not apply. */
static int config_candidate(int i, char *out, size_t len)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	int n = -1;

	if (i == 0 && xdg && *xdg == '/')
		n = snprintf(out, len, "%s/zio/zio.ini", xdg);
	else if (i == 1 && home && *home)
		n = snprintf(out, len, "%s/.config/zio/zio.ini", home);
	return n > 0 && (size_t)n < len ? 0 : -1;
}

int config_default_path(char *out, size_t len)
{
	return config_candidate(0, out, len) == 0 ? 0 : config_candidate(1, out, len);
}

/* The first default config file that exists; -1 when none does. */
static int config_find(char *out, size_t len)
{
	for (int i = 0; i < 2; i++)
		if (config_candidate(i, out, len) == 0 && access(out, F_OK) == 0)
			return 0;
	return -1;
}

/* iniparser files keys found before any [section] under no section, where nobody would look
 * for them; refuse them with their line. */
static int check_sectionless(const char *path, struct zio_err *err)
{
	FILE *f = fopen(path, "r");
	char buf[1024];
	int line = 0;

	if (!f)
		return ZIO_OK;
	while (fgets(buf, sizeof buf, f)) {
		char *s = buf;
		line++;
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '[')
			break;
		if (*s && *s != ';' && *s != '#' && *s != '\n' && *s != '\r') {
			size_t n = strcspn(s, " \t=\r\n");
			fclose(f);
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: key '%.*s' is outside any [section]", path,
					   line, (int)(n > 64 ? 64 : n), s);
		}
	}
	fclose(f);
	return ZIO_OK;
}

int config_load(struct config *cfg, const char *explicit_path, struct zio_err *err)
{
	char path[PATH_MAX];
	struct config tmp;
	dictionary *d;

	config_defaults(&tmp);
	if (explicit_path) {
		if (strlen(explicit_path) >= sizeof path)
			return zio_err_set(err, ZIO_EUSAGE, "config path too long");
		strcpy(path, explicit_path);
		if (access(path, R_OK) != 0)
			return zio_err_set(err, ZIO_EDB, "cannot read config %s: %s", path, zio_strerror(errno));
	} else if (config_find(path, sizeof path) != 0) {
		*cfg = tmp;
		return ZIO_OK;   /* no config file: defaults */
	} else if (access(path, R_OK) != 0) {
		return zio_err_set(err, ZIO_EDB, "cannot read config %s: %s", path, zio_strerror(errno));
	}
	{
		struct stat sb;
		if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode))
			return zio_err_set(err, ZIO_EDB, "config %s is not a regular file", path);
	}
	if (check_sectionless(path, err))
		return ZIO_EUSAGE;

	ini_error[0] = '\0';
	iniparser_set_error_callback(ini_error_cb);
	d = iniparser_load(path);
	if (!d || ini_error[0]) {
		const char *at = strstr(ini_error, path);   /* "syntax error in PATH (LINE):" */
		int line = 0;
		if (at)
			sscanf(at + strlen(path), " (%d)", &line);
		if (d)
			iniparser_freedict(d);
		if (ini_error[0])
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: syntax error (expected [section] or key = value)",
					   path, line);
		return zio_err_set(err, ZIO_EDB, "cannot read config %s", path);
	}
	if (check_keys(d, path, err)) {
		iniparser_freedict(d);
		return err ? err->code : ZIO_EUSAGE;
	}
	for (size_t i = 0; i < NKEYS; i++) {
		char full[64];
		const char *v;
		struct zio_err e;

		snprintf(full, sizeof full, "%s:%s", keys[i].section, keys[i].key);
		v = iniparser_getstring(d, full, NULL);
		if (!v)
			continue;
		if (keys[i].parse(v, (char *)&tmp + keys[i].offset, &e)) {
			zio_err_set(err, ZIO_EUSAGE, "%s: [%s] %s: %s", path, keys[i].section, keys[i].key,
				    e.msg);
			iniparser_freedict(d);
			return ZIO_EUSAGE;
		}
	}
	iniparser_freedict(d);
	snprintf(tmp.file, sizeof tmp.file, "%s", path);
	*cfg = tmp;
	return ZIO_OK;
}

int config_db_path(const struct config *cfg, const char *cli_path, char *out, size_t len,
		   struct zio_err *err)
{
	const char *env = getenv("ZIO_DB"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	int n;

	if (cli_path && *cli_path)
		n = snprintf(out, len, "%s", cli_path);
	else if (env && *env)
		n = snprintf(out, len, "%s", env);
	else if (cfg->db_path[0])
		n = snprintf(out, len, "%s", cfg->db_path);
	else if (xdg && *xdg == '/')
		n = snprintf(out, len, "%s/zio/zio.db", xdg);
	else if (home && *home)
		n = snprintf(out, len, "%s/.local/share/zio/zio.db", home);
	else
		return zio_err_set(err, ZIO_EUSAGE, "no database path: set HOME, ZIO_DB or use --db FILE");
	if (n < 0 || (size_t)n >= len)
		return zio_err_set(err, ZIO_EUSAGE, "database path too long");
	return ZIO_OK;
}

int config_make_parent(const char *file, struct zio_err *err)
{
	char dir[PATH_MAX];
	char *slash;

	snprintf(dir, sizeof dir, "%s", file);
	slash = strrchr(dir, '/');
	if (!slash || slash == dir)
		return ZIO_OK;
	*slash = '\0';
	for (char *p = dir + 1; ; p++) {
		if (*p == '/' || *p == '\0') {
			char c = *p;
			*p = '\0';
			if (mkdir(dir, 0700) != 0 && errno != EEXIST)
				return zio_err_set(err, ZIO_EDB, "cannot create folder %s: %s", dir,
						   zio_strerror(errno));
			*p = c;
			if (c == '\0')
				break;
		}
	}
	return ZIO_OK;
}
