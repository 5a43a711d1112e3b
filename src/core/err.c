#include <stdarg.h>
#include <stdio.h>

#include "zio/err.h"
#include "zio/i18n.h"
#include "zio/text.h"

int zio_err_set(struct zio_err *err, int code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof err->msg, i18n_text(fmt), ap);   /* the Dutch catalogue has them */
		va_end(ap);
		/* Messages quote user input; keep them one line and free of escape sequences. */
		text_clean(err->msg);
		err->code = code;
	}
	return code;
}

void zio_err_clear(struct zio_err *err)
{
	if (err) {
		err->code = ZIO_OK;
		err->msg[0] = '\0';
	}
}
