/* Files that appear whole or not at all: a temporary file in the target's folder (so the
 * rename is atomic), fsync, rename. A symlink planted at the target is replaced, not
 * followed; the temporary name is unpredictable (mkstemp). */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zio/export.h"

int atomic_open(struct atomic_file *a, const char *path, struct zio_err *err)
{
	char dir[4096];
	int n;

	memset(a, 0, sizeof *a);
	a->fd = -1;
	if (!*path || strlen(path) >= sizeof a->path - 32)
		return zio_err_set(err, ZIO_EUSAGE, "invalid output file name");
	snprintf(a->path, sizeof a->path, "%s", path);
	snprintf(dir, sizeof dir, "%s", path);
	n = snprintf(a->tmp, sizeof a->tmp, "%s/.zio-XXXXXX", dirname(dir));
	if (n < 0 || (size_t)n >= sizeof a->tmp)
		return zio_err_set(err, ZIO_EUSAGE, "output path too long");
	a->fd = mkstemp(a->tmp);
	if (a->fd < 0)
		return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", path, zio_strerror(errno));
	if (fchmod(a->fd, 0640) != 0 || !(a->f = fdopen(a->fd, "wb"))) {
		int e = errno;
		close(a->fd);
		unlink(a->tmp);
		a->fd = -1;
		return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", path, zio_strerror(e));
	}
	return ZIO_OK;
}

int atomic_commit(struct atomic_file *a, struct zio_err *err)
{
	int fd;

	if (a->f) {
		if (fflush(a->f) != 0 || ferror(a->f) || fsync(fileno(a->f)) != 0) {
			int e = errno;
			atomic_abort(a);
			return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", a->path, zio_strerror(e ? e : EIO));
		}
		if (fclose(a->f) != 0) {
			int e = errno;
			a->f = NULL;
			atomic_abort(a);
			return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", a->path, zio_strerror(e));
		}
		a->f = NULL;
	} else if ((fd = open(a->tmp, O_RDONLY | O_CLOEXEC)) >= 0) {   /* written by a library */
		int bad = fsync(fd);
		close(fd);
		if (bad) {
			atomic_abort(a);
			return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", a->path, zio_strerror(errno));
		}
	}
	if (chmod(a->tmp, 0640) != 0 || rename(a->tmp, a->path) != 0) {
		int e = errno;
		atomic_abort(a);
		return zio_err_set(err, ZIO_EDB, "cannot write %s: %s", a->path, zio_strerror(e));
	}
	a->tmp[0] = '\0';
	return ZIO_OK;
}

void atomic_abort(struct atomic_file *a)
{
	if (a->f)
		fclose(a->f);
	a->f = NULL;
	if (a->tmp[0])
		unlink(a->tmp);
	a->tmp[0] = '\0';
}
