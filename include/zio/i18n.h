/* i18n: the language of what zio says (English in the source, Dutch from the catalogue
 * share/locale/nl.po), chosen by the config or the environment, and the decimal comma. */
#ifndef ZIO_I18N_H
#define ZIO_I18N_H

#include <stdbool.h>

enum i18n_lang { I18N_EN, I18N_NL };

/* Mark a string for translation and translate it now (_), or only mark it (N_) for a table
 * translated later with _(). */
#define _(s) i18n_text(s)
#define N_(s) (s)

/* Pick the language: `forced` is the config's [ui] language (auto, nl, en); auto follows
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG. Works without any nl_NL locale installed: zio
 * binds its catalogue itself. May be called again once the config is read. */
enum i18n_lang i18n_init(const char *forced);
enum i18n_lang i18n_lang(void);
const char *i18n_text(const char *msgid) __attribute__((format_arg(1)));
/* Dutch output writes decimals with a comma (the canonical CSV never does). */
bool i18n_decimal_comma(void);

#endif
