#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

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

/* The system's errors that a user of zio meets (files, disks, permissions), in the user's
 * language: glibc's own texts follow LC_MESSAGES, which zio keeps in C for Dutch. */
static const struct {
	int e;
	const char *text;
} sys_errors[] = {
	{ ENOENT, N_("no such file or folder") },
	{ EACCES, N_("permission denied") },
	{ EPERM, N_("operation not permitted") },
	{ ENOSPC, N_("no space left on the disk") },
	{ EDQUOT, N_("disk quota exceeded") },
	{ EFBIG, N_("file too large") },
	{ EROFS, N_("the disk is read-only") },
	{ EEXIST, N_("it already exists") },
	{ EISDIR, N_("it is a folder") },
	{ ENOTDIR, N_("a part of the path is not a folder") },
	{ ENAMETOOLONG, N_("the name is too long") },
	{ ELOOP, N_("too many symbolic links") },
	{ EIO, N_("input/output error (a failing disk?)") },
	{ ENOMEM, N_("out of memory") },
	{ EMFILE, N_("too many open files") },
	{ ENFILE, N_("too many open files in the system") },
	{ EBUSY, N_("the file is busy") },
	{ ETXTBSY, N_("the file is busy") },
	{ EXDEV, N_("cannot move across file systems") },
	{ ENOTEMPTY, N_("the folder is not empty") },
	{ EINVAL, N_("invalid argument") },
	{ EAGAIN, N_("temporarily unavailable; try again") },
	{ EINTR, N_("interrupted") },
	{ ESTALE, N_("stale network file handle") },
	{ ENXIO, N_("no such device") },
	{ ENODEV, N_("no such device") },
	{ EPIPE, N_("the reading end was closed") },
};

const char *zio_strerror(int e)
{
	static char other[128];

	for (size_t i = 0; i < sizeof sys_errors / sizeof sys_errors[0]; i++)
		if (sys_errors[i].e == e)
			return i18n_text(sys_errors[i].text);
	/* a rare one: the number, to look up, and the system's own words */
	snprintf(other, sizeof other, i18n_text(N_("system error %d (%s)")), e, strerror(e));
	return other;
}
