#include <string.h>
#include <wchar.h>

#include "zio/i18n.h"
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

/* East Asian Wide and Fullwidth ranges (Unicode 15, EastAsianWidth.txt, W and F), emoji
 * included; sorted for a binary search. */
static const unsigned wide[][2] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a }, { 0x23e9, 0x23ec },
	{ 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 }, { 0x25fd, 0x25fe }, { 0x2614, 0x2615 },
	{ 0x2648, 0x2653 }, { 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 }, { 0x26ce, 0x26ce },
	{ 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea }, { 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 },
	{ 0x26fa, 0x26fa }, { 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b },
	{ 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e }, { 0x2753, 0x2755 },
	{ 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf },
	{ 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff }, { 0xa000, 0xa4cf },
	{ 0xa960, 0xa97f }, { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe10, 0xfe19 },
	{ 0xfe30, 0xfe6f }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x16fe4 },
	{ 0x17000, 0x18cd5 }, { 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 }, { 0x1f0cf, 0x1f0cf },
	{ 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a }, { 0x1f200, 0x1f251 }, { 0x1f260, 0x1f265 },
	{ 0x1f300, 0x1f320 }, { 0x1f32d, 0x1f335 }, { 0x1f337, 0x1f37c }, { 0x1f37e, 0x1f393 },
	{ 0x1f3a0, 0x1f3ca }, { 0x1f3cf, 0x1f3d3 }, { 0x1f3e0, 0x1f3f0 }, { 0x1f3f4, 0x1f3f4 },
	{ 0x1f3f8, 0x1f43e }, { 0x1f440, 0x1f440 }, { 0x1f442, 0x1f4fc }, { 0x1f4ff, 0x1f53d },
	{ 0x1f54b, 0x1f54e }, { 0x1f550, 0x1f567 }, { 0x1f57a, 0x1f57a }, { 0x1f595, 0x1f596 },
	{ 0x1f5a4, 0x1f5a4 }, { 0x1f5fb, 0x1f64f }, { 0x1f680, 0x1f6c5 }, { 0x1f6cc, 0x1f6cc },
	{ 0x1f6d0, 0x1f6d2 }, { 0x1f6d5, 0x1f6d7 }, { 0x1f6dc, 0x1f6df }, { 0x1f6eb, 0x1f6ec },
	{ 0x1f6f4, 0x1f6fc }, { 0x1f7e0, 0x1f7eb }, { 0x1f7f0, 0x1f7f0 }, { 0x1f90c, 0x1f93a },
	{ 0x1f93c, 0x1f945 }, { 0x1f947, 0x1f9ff }, { 0x1fa70, 0x1faff }, { 0x20000, 0x2fffd },
	{ 0x30000, 0x3fffd },
};

static bool in_table(unsigned cp, const unsigned (*t)[2], size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp < t[mid][0])
			hi = mid;
		else if (cp > t[mid][1])
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

/* Terminal width of a code point without relying on the locale: zero for combining marks
 * and joiners, two for wide characters, one otherwise. */
static int cp_width(unsigned cp)
{
	if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) ||
	    (cp >= 0x1dc0 && cp <= 0x1dff) || (cp >= 0x20d0 && cp <= 0x20ff) ||
	    (cp >= 0xfe20 && cp <= 0xfe2f) || cp == 0x200b || cp == 0x200c || cp == 0x200d ||
	    (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	return in_table(cp, wide, sizeof wide / sizeof wide[0]) ? 2 : 1;
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

	what = _(what);   /* callers mark their field names with N_ (or pass them translated) */
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

int text_check_short(const char *s, const char *what, struct zio_err *err)
{
	return check_text(s, ZIO_NAME_LEN, true, what, err);
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

void text_initials(const char *name, char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t n = 0, total = strlen(name);
	bool word_start = true;

	if (len == 0)
		return;
	for (size_t i = 0; i < total;) {
		unsigned cp;
		size_t k = utf8_decode(p + i, total - i, &cp);
		if (k == 0)
			k = 1;
		if (p[i] == ' ' || p[i] == '-') {
			word_start = true;
		} else {
			if (word_start && !(p[i] >= 'a' && p[i] <= 'z') && n + k < len) {
				memcpy(buf + n, p + i, k);
				n += k;
			}
			word_start = false;
		}
		i += k;
	}
	buf[n] = '\0';
}

void text_clean(char *s)
{
	char *w = s;

	for (const unsigned char *r = (const unsigned char *)s; *r; r++) {
		if (*r < 0x20 || *r == 0x7f) {
			*w++ = '?';
		} else if (*r == 0xc2 && r[1] >= 0x80 && r[1] <= 0x9f) {
			*w++ = '?';
			r++;
		} else {
			*w++ = (char)*r;
		}
	}
	*w = '\0';
}
