#include <string.h>
#include <wchar.h>

#include "zio/text.h"

/* Decode one UTF-8 sequence; returns its length, or 0 when invalid (overlong,
 * surrogate, beyond U+10FFFF or truncated). */
static size_t utf8_decode(const unsigned char *p, size_t left, unsigned *cp)
{
	unsigned c = p[0];
	size_t n;
	unsigned min;

	if (c < 0x80) { *cp = c; return 1; }
	if ((c & 0xe0) == 0xc0) { n = 2; *cp = c & 0x1f; min = 0x80; }
	else if ((c & 0xf0) == 0xe0) { n = 3; *cp = c & 0x0f; min = 0x800; }
	else if ((c & 0xf8) == 0xf0) { n = 4; *cp = c & 0x07; min = 0x10000; }
	else return 0;
	if (n > left)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (p[i] & 0x3f);
	}
	if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
		return 0;
	return n;
}

bool text_is_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	unsigned cp;

	while (i < len) {
		size_t n = utf8_decode(p + i, len - i, &cp);
		if (n == 0)
			return false;
		i += n;
	}
	return true;
}

/* Terminal width of a code point without relying on the locale: zero for combining marks,
 * two for East Asian wide ranges and emoji, one otherwise. */
static int cp_width(unsigned cp)
{
	if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
	    (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
	    (cp >= 0xfe20 && cp <= 0xfe2f) || cp == 0x200b || cp == 0x200c || cp == 0x200d ||
	    (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) ||
	    (cp >= 0x3041 && cp <= 0x33ff) || (cp >= 0x3400 && cp <= 0x4dbf) ||
	    (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
	    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
	    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd))
		return 2;
	return 1;
}

size_t text_fit(const char *s, int cols, int *used)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0;
	int w = 0;

	while (i < len) {
		unsigned cp;
		size_t n = utf8_decode(p + i, len - i, &cp);
		int cw = n ? cp_width(cp) : 1;
		if (n == 0)
			n = 1;
		if (w + cw > cols)
			break;
		w += cw;
		i += n;
	}
	if (used)
		*used = w;
	return i;
}

int text_width(const char *s)
{
	int w;
	text_fit(s, 1 << 30, &w);
	return w;
}

static int check_text(const char *s, size_t max, bool allow_empty, const char *what,
		      struct zio_err *err)
{
	size_t len = strlen(s);

	if (len == 0 && !allow_empty)
		return zio_err_set(err, ZIO_EUSAGE, "%s must not be empty", what);
	if (len >= max)
		return zio_err_set(err, ZIO_EUSAGE, "%s is too long (%zu bytes, at most %zu)", what,
				   len, max - 1);
	if (!text_is_utf8(s, len))
		return zio_err_set(err, ZIO_EUSAGE, "%s is not valid UTF-8", what);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		/* C0 controls and DEL; C1 controls are U+0080..U+009F, encoded as C2 80..C2 9F. */
		if (c < 0x20 || c == 0x7f || (c == 0xc2 && i + 1 < len &&
					     (unsigned char)s[i + 1] >= 0x80 &&
					     (unsigned char)s[i + 1] <= 0x9f))
			return zio_err_set(err, ZIO_EUSAGE, "%s contains a control character", what);
	}
	if (len && (s[0] == ' ' || s[len - 1] == ' '))
		return zio_err_set(err, ZIO_EUSAGE, "%s must not start or end with a space", what);
	return ZIO_OK;
}

int text_check_name(const char *s, const char *what, struct zio_err *err)
{
	return check_text(s, ZIO_NAME_LEN, false, what, err);
}

int text_check_note(const char *s, const char *what, struct zio_err *err)
{
	return check_text(s, ZIO_TEXT_LEN, true, what, err);
}

bool text_is_id(const char *s)
{
	if (!*s || *s == '0' || strlen(s) > 15)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}
