/* The school holiday file, read with iniparser. iniparser gives no line numbers for values,
 * so a second pass over the text finds the line of a bad key for the error message. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <iniparser.h>

#include "zio/cal.h"
#include "zio/i18n.h"
#include "zio/import.h"
#include "zio/text.h"

/* The shipped file has about 130 lines of at most 300 bytes; iniparser reads lines of up to
 * 1024 bytes, and the time it takes grows with the square of the number of keys. */
#define INI_LINE_MAX 1000
#define INI_LINES_MAX 10000

/* Trim in place; returns the start. */
static char *trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* The line of `key` in [sec] (or of the section header when key is NULL); 0 if not found. */
static int find_line(const char *path, const char *sec, const char *key)
{
	FILE *f = fopen(path, "r");
	char buf[1024], cur[256] = "";
	int line = 0, found = 0;

	if (!f)
		return 0;
	while (!found && fgets(buf, sizeof buf, f)) {
		char *s = trim(buf);
		line++;
		if (*s == '[') {
			char *end = strchr(s, ']');
			if (end)
				*end = '\0';
			snprintf(cur, sizeof cur, "%s", trim(s + 1));
			if (!key && strcasecmp(cur, sec) == 0)
				found = line;
		} else if (key && strcasecmp(cur, sec) == 0) {
			char *eq = strchr(s, '=');
			if (eq) {
				*eq = '\0';
				if (strcasecmp(trim(s), key) == 0)
					found = line;
			}
		}
	}
	fclose(f);
	return found;
}

static char ini_error[512];
static int ini_error_cb(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int ini_error_cb(const char *fmt, ...)
{
	if (!ini_error[0]) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(ini_error, sizeof ini_error, fmt, ap);
		va_end(ap);
	}
	return 0;
}

/* "FIRST..LAST" */
static int parse_range(const char *v, struct date *from, struct date *to, struct zio_err *err)
{
	char a[16], b[16];
	const char *dots = strstr(v, "..");

	if (!dots || dots - v >= (long)sizeof a || strlen(dots + 2) >= sizeof b)
		return zio_err_set(err, ZIO_EUSAGE, "expected FIRST..LAST as YYYY-MM-DD..YYYY-MM-DD, got '%s'", v);
	memcpy(a, v, (size_t)(dots - v));
	a[dots - v] = '\0';
	strcpy(b, dots + 2);
	if (date_parse(trim(a), from, err) || date_parse(trim(b), to, err))
		return ZIO_EUSAGE;
	return ZIO_OK;
}

static int read_section(dictionary *d, const char *path, const char *sec, struct holiday_set *hs,
			struct zio_err *err)
{
	char yname[64], hname[64], full[300];
	struct holiday_period p = { 0 };
	struct zio_err e;
	int nk = iniparser_getsecnkeys(d, sec);
	const char **keys;

	char extra;

	if (sscanf(sec, "%63s %63s %c", yname, hname, &extra) != 2 ||
	    date_parse_school_year(yname, &p.school_year, &e) || holiday_parse_name(hname, &p.kind, &e))
		return zio_err_set(err, ZIO_EUSAGE, "%s:%d: unknown section [%s]: expected [YYYY-YYYY holiday], "
				   "like [2026-2027 herfstvakantie]", path, find_line(path, sec, NULL), sec);
	if (nk <= 0)
		return ZIO_OK;
	keys = calloc((size_t)nk, sizeof *keys);
	if (!keys)
		return zio_err_set(err, ZIO_EDB, "out of memory");
	iniparser_getseckeys(d, sec, keys);
	for (int k = 0; k < nk; k++) {
		const char *key = strchr(keys[k], ':') ? strchr(keys[k], ':') + 1 : keys[k];
		const char *v = iniparser_getstring(d, keys[k], "");

		snprintf(full, sizeof full, "%s", v);
		if (units_parse_region(key, &p.region, &e) || parse_range(trim(full), &p.from, &p.to, &e) ||
		    holiday_check(&p, &e) || holiday_set_put(hs, &p, &e)) {
			zio_err_set(err, ZIO_EUSAGE, "%s:%d: %s", path, find_line(path, sec, key), e.msg);
			free(keys);
			return ZIO_EUSAGE;
		}
	}
	free(keys);
	return ZIO_OK;
}

/* What iniparser does not check, line by line, before it reads the file: a text file (no NUL
 * bytes, valid UTF-8, no control characters but tabs and CRLF line ends) of sane size, and no
 * quote left open (iniparser would take `zuid = "2026-10-10..2026-10-18` as if it were closed).
 * Also that the file is not empty and is a regular file (it is read three times). */
static int check_text(const char *path, struct zio_err *err)
{
	struct stat sb;
	char buf[INI_LINE_MAX + 2], ctl[96];
	int line = 0, content = 0, c = 0;
	FILE *f = fopen(path, "rb");

	if (!f)
		return zio_err_set(err, ZIO_EDB, "cannot read %s: %s", path, zio_strerror(errno));
	if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		fclose(f);
		return zio_err_set(err, ZIO_EDB, "cannot read %s: not a regular file", path);
	}
	while (c != EOF) {
		size_t n = 0, quotes = 0, first = 0;
		const char *why = NULL;

		while ((c = getc_unlocked(f)) != EOF && c != '\n' && n <= INI_LINE_MAX)
			buf[n++] = (char)c;
		if (n == 0 && c == EOF)
			break;
		line++;
		if (n > INI_LINE_MAX)
			why = N_("line too long (more than 1000 bytes): is this a holiday file?");
		else if (line > INI_LINES_MAX)
			why = N_("too many lines (more than 10000): is this a holiday file?");
		else if (memchr(buf, '\0', n))
			why = N_("NUL byte: is this a text file?");
		else if (!text_is_utf8(buf, n))
			why = N_("not valid UTF-8 (save the file as UTF-8)");
		if (!why) {
			if (n > 0 && buf[n - 1] == '\r')
				n--;
			for (size_t i = 0; i < n && !why; i++) {
				unsigned char u = (unsigned char)buf[i];
				if ((u < 0x20 && u != '\t') || u == 0x7f ||
				    (u == 0xc2 && i + 1 < n && (unsigned char)buf[i + 1] <= 0x9f)) {
					snprintf(ctl, sizeof ctl, _("a control character (U+%04X): only tabs, spaces "
						   "and printable text are allowed"), u == 0xc2 ? (unsigned char)buf[i + 1] : u);
					why = ctl;
				}
				quotes += u == '"';
			}
			while (first < n && (buf[first] == ' ' || buf[first] == '\t'))
				first++;
			if (!why && quotes % 2 && buf[first] != ';' && buf[first] != '#')
				why = N_("a quote (\") is not closed");
			content |= first < n;
		}
		if (why) {
			fclose(f);
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: %s", path, line, _(why));   /* why: N_ */
		}
	}
	if (ferror(f)) {
		fclose(f);
		return zio_err_set(err, ZIO_EDB, "cannot read %s", path);
	}
	fclose(f);
	if (!content)
		return zio_err_set(err, ZIO_EUSAGE, "%s:1: empty file: expected sections like "
				   "[2026-2027 herfstvakantie] with noord, midden, zuid = FIRST..LAST", path);
	return ZIO_OK;
}

int holidays_ini_read(const char *path, struct holiday_set *hs, struct zio_err *err)
{
	dictionary *d;
	int nsec, line = 0;

	if (check_text(path, err))
		return err ? err->code : ZIO_EUSAGE;
	ini_error[0] = '\0';
	iniparser_set_error_callback(ini_error_cb);
	d = iniparser_load(path);
	if (!d || ini_error[0]) {
		const char *at = strstr(ini_error, path);   /* "syntax error in PATH (LINE):" */
		if (at)
			sscanf(at + strlen(path), " (%d)", &line);
		if (d)
			iniparser_freedict(d);
		if (ini_error[0])
			return zio_err_set(err, ZIO_EUSAGE, "%s:%d: syntax error (expected [section] or key = value)",
					   path, line);
		return zio_err_set(err, ZIO_EDB, "cannot read %s", path);
	}
	nsec = iniparser_getnsec(d);
	for (int i = 0; i < nsec; i++) {
		const char *sec = iniparser_getsecname(d, i);
		if (strcasecmp(sec, "regions") == 0 || strcasecmp(sec, "municipalities") == 0)
			continue;
		if (read_section(d, path, sec, hs, err)) {
			iniparser_freedict(d);
			return err ? err->code : ZIO_EUSAGE;
		}
	}
	iniparser_freedict(d);
	return ZIO_OK;
}
