/* Choosing the language and binding the catalogue. glibc's gettext ignores LANGUAGE when
 * the messages locale is "C", and a fresh Debian has no nl_NL locale: so zio decides the
 * language itself and, for Dutch, runs the messages category in C.UTF-8 (which gettext does
 * not ignore) with LANGUAGE=nl. */
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "zio/config.h"
#include "zio/i18n.h"

static enum i18n_lang lang = I18N_EN;

static bool is_dutch(const char *v)
{
	return v && (!strncmp(v, "nl", 2) && (v[2] == '\0' || v[2] == '_' || v[2] == '.' || v[2] == ':' || v[2] == '@'));
}

static enum i18n_lang from_environment(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

	/* the first that is set decides, as for gettext */
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return is_dutch(v) ? I18N_NL : I18N_EN;
	}
	return I18N_EN;
}

enum i18n_lang i18n_init(const char *forced)
{
	char mo[PATH_MAX], *cut;
	const char *cur;

	if (forced && !strcmp(forced, "nl"))
		lang = I18N_NL;
	else if (forced && !strcmp(forced, "en"))
		lang = I18N_EN;
	else
		lang = from_environment();
	if (lang != I18N_NL)
		return lang;
	/* share/locale/nl/LC_MESSAGES/zio.mo, found like the other data files */
	if (config_data_file("locale/nl/LC_MESSAGES/zio.mo", mo, sizeof mo, NULL) != ZIO_OK) {
		lang = I18N_EN;   /* no catalogue: English rather than half a language */
		return lang;
	}
	cut = strstr(mo, "/nl/LC_MESSAGES/zio.mo");
	if (cut)
		*cut = '\0';
	cur = setlocale(LC_MESSAGES, "");
	if (!cur || !strcmp(cur, "C") || !strcmp(cur, "POSIX"))
		setlocale(LC_MESSAGES, "C.UTF-8");
	setenv("LANGUAGE", "nl", 1);
	bindtextdomain("zio", mo);
	bind_textdomain_codeset("zio", "UTF-8");
	return lang;
}

enum i18n_lang i18n_lang(void)
{
	return lang;
}

const char *i18n_text(const char *msgid)
{
	return lang == I18N_NL && msgid && *msgid ? dgettext("zio", msgid) : msgid;
}

const char *i18n_ntext(const char *singular, const char *plural, unsigned long n)
{
	if (lang == I18N_NL && singular && *singular && plural)
		return dngettext("zio", singular, plural, n);
	return n == 1 ? singular : plural;
}

bool i18n_decimal_comma(void)
{
	return lang == I18N_NL;
}
