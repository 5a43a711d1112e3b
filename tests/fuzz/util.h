/* Helpers shared by the libFuzzer targets (tests/fuzz/fuzz_*.c, built by make fuzz). */
#ifndef ZIO_FUZZ_UTIL_H
#define ZIO_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* The input as a file the library can open by name: an in-memory file (memfd) rewritten for
 * every input, named /proc/self/fd/N. Aborts when it cannot be made. */
const char *fuzz_file(const uint8_t *data, size_t size);

/* The input as a NUL-terminated string (a copy; free it). */
char *fuzz_string(const uint8_t *data, size_t size);

/* abort() with a message when cond is false: a broken invariant is a finding. */
#define FUZZ_ASSERT(cond) \
	((cond) ? (void)0 : fuzz_fail(__FILE__, __LINE__, #cond))
void fuzz_fail(const char *file, int line, const char *what) __attribute__((noreturn));

#endif
