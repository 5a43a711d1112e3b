/* err: the status codes every zio function returns and the one-line message it fills.
 * The codes are the program's exit codes, so a caller can pass them straight to exit(). */
#ifndef ZIO_ERR_H
#define ZIO_ERR_H

enum zio_status {
	ZIO_OK = 0,      /* success */
	ZIO_ERULE = 1,   /* a rule refused the change, or a check found problems */
	ZIO_EUSAGE = 2,  /* bad usage or bad input (argument, file content) */
	ZIO_EDB = 3,     /* database or file error */
	ZIO_EPERM = 4,   /* the user's role does not allow it, or the user is not known */
};

#define ZIO_ERR_MAX 512

struct zio_err {
	int code;                 /* one of enum zio_status */
	char msg[ZIO_ERR_MAX];    /* one line, no trailing newline, no "zio:" prefix */
};

/* Fill err (may be NULL) with code and a printf-style message; returns code,
 * so a caller can write `return zio_err_set(err, ZIO_EUSAGE, "...")`. */
int zio_err_set(struct zio_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* A system error (errno) as a short phrase in the user's language, for messages like
 * "cannot write F: %s". The common ones are translated; a rare one keeps its number. The
 * text is valid until the next call. */
const char *zio_strerror(int e);

/* Clear err (may be NULL) to ZIO_OK and an empty message. */
void zio_err_clear(struct zio_err *err);

#endif
