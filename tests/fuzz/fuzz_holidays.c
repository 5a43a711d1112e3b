/* libFuzzer target: the school holiday file (src/import/holidays.c, read with iniparser), as
 * zio holidays import reads it. It must be refused with one "FILE:LINE: message" line, or give
 * holiday periods that pass holiday_check. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "util.h"
#include "zio/cal.h"
#include "zio/import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct holiday_set hs = { 0 };
	struct zio_err err;
	const char *path = fuzz_file(data, size);

	zio_err_clear(&err);
	if (holidays_ini_read(path, &hs, &err) != ZIO_OK) {
		FUZZ_ASSERT(err.code == ZIO_EUSAGE || err.code == ZIO_EDB);
		FUZZ_ASSERT(err.msg[0] != '\0');
		FUZZ_ASSERT(strstr(err.msg, path) != NULL || strcmp(err.msg, "out of memory") == 0);
		FUZZ_ASSERT(strchr(err.msg, '\n') == NULL && strchr(err.msg, '\r') == NULL);
		FUZZ_ASSERT(strchr(err.msg, '\033') == NULL);
		FUZZ_ASSERT(hs.n == 0 || hs.v != NULL);
	} else {
		for (size_t i = 0; i < hs.n; i++) {
			struct zio_err e;
			FUZZ_ASSERT(holiday_check(&hs.v[i], &e) == ZIO_OK);
			FUZZ_ASSERT(hs.v[i].region != REGION_NONE && hs.v[i].school_id == 0);
		}
	}
	holiday_set_free(&hs);
	return 0;
}
