/* text: checks on user-given names and free text (valid UTF-8, no control characters, a sane
 * length) and their width on a terminal, so lists and screens line up with names like "Zoë". */
#ifndef ZIO_TEXT_H
#define ZIO_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "zio/err.h"

#define ZIO_NAME_LEN 256   /* bytes, NUL included: names of schools, classes, people */
#define ZIO_TEXT_LEN 1024  /* bytes, NUL included: notes and reasons */

/* Check a name: not empty, no leading or trailing space, valid UTF-8, no control
 * characters, shorter than ZIO_NAME_LEN bytes. `what` names the field in the message; it is
 * translated with _(), so mark it with N_(). */
int text_check_name(const char *s, const char *what, struct zio_err *err);
/* The same for free text up to ZIO_TEXT_LEN bytes; may be empty. */
int text_check_note(const char *s, const char *what, struct zio_err *err);
/* A short text, like a note on a shift: may be empty, shorter than ZIO_NAME_LEN bytes. */
int text_check_short(const char *s, const char *what, struct zio_err *err);

bool text_is_utf8(const char *s, size_t len);
/* Control characters become '?': C0, DEL and the C1 range U+0080..U+009F (which many
 * terminals obey like ESC), so that stored or typed text cannot steer a terminal. */
void text_clean(char *s);

/* Columns the string takes on a terminal (wide CJK characters 2, combining marks 0);
 * invalid bytes count as one column each. Needs no locale. */
int text_width(const char *s);

/* Length in bytes of the longest prefix of s that fits in `cols` columns, never splitting a
 * UTF-8 sequence; *used receives that prefix's width. */
size_t text_fit(const char *s, int cols, int *used);

/* Initials of a name for narrow cells: the first letter of each word that does not start
 * with a lower-case ASCII letter, so "Jan van der Berg" gives "JB" and "Ümit Yılmaz" "ÜY". */
void text_initials(const char *name, char *buf, size_t len);

/* True when s is a positive decimal integer (an id, not a name). */
bool text_is_id(const char *s);

#endif
