/* Unit tests for the audit trail as people read it: audit_describe (src/core/audit.c) turns
 * the columns the triggers record into labels and values in the user's language, and
 * store_audit_each (src/store/user.c) hands it the changed columns with the names that
 * references point to. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zio/access.h"
#include "zio/config.h"
#include "zio/demo.h"
#include "zio/i18n.h"
#include "zio/shift.h"
#include "zio/store.h"

#define ok(call, err) do { if ((call) != ZIO_OK) fail_msg("%s: %s", #call, (err)->msg); } while (0)

static struct audit_row row(const char *action, const char *entity)
{
	struct audit_row r;

	memset(&r, 0, sizeof r);
	snprintf(r.action, sizeof r.action, "%s", action);
	snprintf(r.entity, sizeof r.entity, "%s", entity);
	return r;
}

static void field(struct audit_row *r, const char *key, const char *old, const char *new, const char *ref)
{
	r->fields[r->nfields++] = (struct audit_field){ key, old, new, "", ref };
}

/* An update names each changed column by its label and shows times, hours and words. */
static void test_describe_update(void **state)
{
	struct audit_row r = row("update", "shift");
	char buf[512];

	(void)state;
	i18n_init("en");
	field(&r, "start_min", "510", "540", "");
	field(&r, "note", "", "later", "");
	field(&r, "status", "planned", "cancelled", "");
	assert_string_equal(audit_describe(&r, buf, sizeof buf),
			    "start 08:30 -> 09:00, note - -> later, status planned -> cancelled");
	i18n_init("nl");
	assert_string_equal(audit_describe(&r, buf, sizeof buf),
			    "begin 08:30 -> 09:00, notitie - -> later, status gepland -> geannuleerd");
	i18n_init("en");
}

/* An insert lists the filled columns; references show the name, or the id when it is gone. */
static void test_describe_insert(void **state)
{
	struct audit_row r = row("insert", "professional");
	char buf[512];

	(void)state;
	i18n_init("nl");
	field(&r, "name", "", "Zoë", "");
	field(&r, "provider_id", "", "2", "Zorggroep Horizon");
	field(&r, "contract_minutes", "", "1950", "");
	assert_string_equal(audit_describe(&r, buf, sizeof buf),
			    "naam Zoë, zorgaanbieder Zorggroep Horizon, contracturen 32,50 u");
	r = row("delete", "pattern");
	field(&r, "class_id", "", "7", "");
	field(&r, "weekday", "", "3", "");
	field(&r, "frobnicate", "", "x", "");
	assert_string_equal(audit_describe(&r, buf, sizeof buf), "klas 7, weekdag wo, frobnicate x");
	r = row("update", "school");
	field(&r, "good_friday", "", "1", "");
	field(&r, "rate_cents", "5850", "6000", "");
	assert_string_equal(audit_describe(&r, buf, sizeof buf),
			    "Goede Vrijdag standaard -> dicht, tarief € 58,50 -> € 60,00");
	assert_string_equal(audit_word("log_entry"), "uurregistratie");
	assert_string_equal(audit_word("something"), "something");
	i18n_init("en");
}

/* A short buffer cuts the line and keeps it terminated. */
static void test_describe_short_buffer(void **state)
{
	struct audit_row r = row("insert", "class");
	char buf[8];

	(void)state;
	field(&r, "name", "", "a long class name", "");
	assert_string_equal(audit_describe(&r, buf, sizeof buf), "name a ");
}

/* A cut never splits a UTF-8 character; amounts beyond reason (another program's write) are
 * shown as they are; only "(outside zio)" of the logins is translated. */
static void test_describe_edges(void **state)
{
	struct audit_row r = row("insert", "class");
	char buf[9];

	(void)state;
	i18n_init("en");
	field(&r, "name", "", "\xc3\xa9\xc3\xa9\xc3\xa9", "");   /* "name ééé": 11 bytes */
	assert_string_equal(audit_describe(&r, buf, sizeof buf), "name \xc3\xa9");
	r = row("insert", "professional");
	field(&r, "contract_minutes", "", "9223372036854775807", "");
	{
		char big[128];
		assert_string_equal(audit_describe(&r, big, sizeof big), "contract hours 9223372036854775807");
	}
	i18n_init("nl");
	assert_string_equal(audit_login("(outside zio)"), "(buiten zio)");
	assert_string_equal(audit_login("school"), "school");
	i18n_init("en");
}

struct last {
	char line[512];
	int n;
};

static int keep_line(const struct audit_row *r, void *ctx)
{
	struct last *l = ctx;

	if (!l->n++)
		audit_describe(r, l->line, sizeof l->line);
	return 0;
}

/* Through the store: an edited shift's row carries only the changed columns, and the class
 * and professional ids of an insert come with their names. */
static void test_store_round_trip(void **state)
{
	char dir[] = "/tmp/zio-audit-XXXXXX", path[64];
	struct config cfg;
	struct store *st = NULL;
	struct zio_err err;
	struct shift s;
	struct last l = { .n = 0 };
	struct audit_filter f = { .entity = "shift", .limit = 1, .newest_first = true };
	struct date today;

	(void)state;
	i18n_init("en");
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/zio.db", dir);
	config_defaults(&cfg);
	ok(date_parse("2026-11-23", &today, &err), &err);
	ok(store_open(path, STORE_CREATE, NULL, &st, &err), &err);
	ok(store_begin(st, &err), &err);
	ok(demo_fill(st, &cfg, today, &err), &err);
	ok(store_commit(st, &err), &err);

	ok(store_shift_get(st, 1, &s, &err), &err);
	s.start = 9 * 60;
	snprintf(s.note, sizeof s.note, "%s", "later");
	ok(store_begin(st, &err), &err);
	ok(store_shift_update(st, &s, &err), &err);
	ok(store_commit(st, &err), &err);
	ok(store_audit_each(st, &f, keep_line, &l, &err), &err);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.line, "start 08:30 -> 09:00, note - -> later");

	l.n = 0;
	f.entity = "team_member";
	f.newest_first = false;
	ok(store_audit_each(st, &f, keep_line, &l, &err), &err);
	assert_non_null(strstr(l.line, "professional Ümit Yılmaz, class SO Egels, from 2026-08-01"));
	store_close(st);
	unlink(path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_describe_update),
		cmocka_unit_test(test_describe_insert),
		cmocka_unit_test(test_describe_short_buffer),
		cmocka_unit_test(test_describe_edges),
		cmocka_unit_test(test_store_round_trip),
	};

	setenv("ZIO_DATADIR", "share", 0);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
