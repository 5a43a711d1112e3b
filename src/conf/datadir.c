/* Where the files under share/ are: set by ZIO_DATADIR, next to a binary run from the source
 * tree (build/zio -> share/), or where make install put them. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zio/config.h"

#ifndef ZIO_DATADIR
#define ZIO_DATADIR "/usr/local/share/zio"
#endif

static int try(const char *dir, const char *rel, char *out, size_t len)
{
	int n = snprintf(out, len, "%s/%s", dir, rel);
	return n > 0 && (size_t)n < len && access(out, R_OK) == 0;
}

int config_data_file(const char *rel, char *out, size_t len, struct zio_err *err)
{
	const char *env = getenv("ZIO_DATADIR");
	char exe[PATH_MAX], dir[PATH_MAX + 16];
	ssize_t n;

	if (env && *env)
		return try(env, rel, out, len) ? ZIO_OK
					       : zio_err_set(err, ZIO_EDB, "%s/%s not found (ZIO_DATADIR)", env, rel);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			snprintf(dir, sizeof dir, "%s/../share", exe);
			if (try(dir, rel, out, len))
				return ZIO_OK;
		}
	}
	if (try(ZIO_DATADIR, rel, out, len))
		return ZIO_OK;
	return zio_err_set(err, ZIO_EDB, "%s not found in %s (set ZIO_DATADIR to the folder that holds it)",
			   rel, ZIO_DATADIR);
}
