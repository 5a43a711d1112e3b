/* i18n: the language of what zio says (English in the source, Dutch from the catalogue
 * share/locale/nl.po), chosen by the config or the environment, and the decimal comma. */
#ifndef ZIO_I18N_H
#define ZIO_I18N_H

#include <stdbool.h>

enum i18n_lang { I18N_EN, I18N_NL };

/* Mark a string for translation and translate it now (_), or only mark it (N_) for a table
 * translated later with _(). _n(singular, plural, n) is a message with a count: the form
 * that goes with n ("%d shift added" for 1, "%d shifts added" otherwise), translated now;
 * pass n to the format as well. */
#define _(s) i18n_text(s)
#define N_(s) (s)
#define _n(s, p, n) i18n_ntext(s, p, n)

/* Pick the language: `forced` is the config's [ui] language (auto, nl, en); auto follows
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG. Works without any nl_NL locale installed: zio
 * binds its catalogue itself. May be called again once the config is read. */
enum i18n_lang i18n_init(const char *forced);
enum i18n_lang i18n_lang(void);
const char *i18n_text(const char *msgid) __attribute__((format_arg(1)));
/* The singular or plural form for the count n, in the user's language. */
const char *i18n_ntext(const char *singular, const char *plural, unsigned long n)
	__attribute__((format_arg(1), format_arg(2)));
/* Dutch output writes decimals with a comma (the canonical CSV never does). */
bool i18n_decimal_comma(void);

#endif
