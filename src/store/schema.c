/* The schema, compiled in: migration N takes a database from user_version N-1 to N.
 * Never edit a released migration; add a new one. */
#include <stddef.h>

#include "schema.h"

static const struct step {
	int version;
	const char *sql;
} steps[] = {
	/* 1: the roster */
	{ 1, "CREATE TABLE school ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
	"  brin TEXT UNIQUE CHECK (brin IS NULL OR (length(brin) = 4 AND brin GLOB '[0-9][0-9][A-Z][A-Z]')),"
	"  region TEXT NOT NULL CHECK (region IN ('noord','midden','zuid')),"
	"  day_start INTEGER NOT NULL DEFAULT 510 CHECK (day_start BETWEEN 0 AND 1439),"
	"  day_end INTEGER NOT NULL DEFAULT 900 CHECK (day_end BETWEEN 1 AND 1439 AND day_end > day_start)"
	") STRICT;"
	"CREATE TABLE target_group ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
	"  weekly_minutes INTEGER NOT NULL CHECK (weekly_minutes BETWEEN 0 AND 10080),"
	"  wlz_share_bp INTEGER NOT NULL CHECK (wlz_share_bp BETWEEN 0 AND 10000)"
	") STRICT;"
	"CREATE TABLE class ("
	"  id INTEGER PRIMARY KEY,"
	"  school_id INTEGER NOT NULL REFERENCES school(id) ON DELETE RESTRICT,"
	"  name TEXT NOT NULL CHECK (length(name) > 0),"
	"  group_id INTEGER NOT NULL REFERENCES target_group(id) ON DELETE RESTRICT,"
	"  pupils INTEGER NOT NULL DEFAULT 0 CHECK (pupils BETWEEN 0 AND 1000),"
	"  weekly_minutes INTEGER CHECK (weekly_minutes IS NULL OR weekly_minutes BETWEEN 0 AND 10080),"
	"  UNIQUE (school_id, name)"
	") STRICT;"
	"CREATE INDEX class_group ON class(group_id);"
	"CREATE TABLE provider ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
	"  rate_cents INTEGER CHECK (rate_cents IS NULL OR rate_cents BETWEEN 0 AND 100000000)"
	") STRICT;"
	"CREATE TABLE professional ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL CHECK (length(name) > 0),"
	"  provider_id INTEGER NOT NULL REFERENCES provider(id) ON DELETE RESTRICT,"
	"  discipline TEXT NOT NULL DEFAULT '',"
	"  contract_minutes INTEGER NOT NULL DEFAULT 0 CHECK (contract_minutes BETWEEN 0 AND 3600),"
	"  active_from TEXT CHECK (active_from IS NULL OR active_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  active_to TEXT CHECK (active_to IS NULL OR active_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  CHECK (active_from IS NULL OR active_to IS NULL OR active_to >= active_from),"
	"  UNIQUE (provider_id, name)"
	") STRICT;"
	"CREATE INDEX professional_name ON professional(name);"
	"CREATE TABLE team_member ("
	"  id INTEGER PRIMARY KEY,"
	"  professional_id INTEGER NOT NULL REFERENCES professional(id) ON DELETE CASCADE,"
	"  class_id INTEGER NOT NULL REFERENCES class(id) ON DELETE CASCADE,"
	"  date_from TEXT CHECK (date_from IS NULL OR date_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  date_to TEXT CHECK (date_to IS NULL OR date_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  CHECK (date_from IS NULL OR date_to IS NULL OR date_to >= date_from)"
	") STRICT;"
	"CREATE UNIQUE INDEX team_member_once ON team_member(professional_id, class_id, ifnull(date_from, ''));"
	"CREATE INDEX team_member_class ON team_member(class_id);" },

	/* 2: the calendar: each school's public-holiday choices (NULL: the config's default),
	 * imported school holidays and a school's own dates for one, closures (studiedagen). */
	{ 2, "ALTER TABLE school ADD COLUMN good_friday INTEGER CHECK (good_friday IN (0, 1));"
	"ALTER TABLE school ADD COLUMN liberation_day INTEGER CHECK (liberation_day IN (0, 1));"
	"ALTER TABLE school ADD COLUMN friday_after_ascension INTEGER CHECK (friday_after_ascension IN (0, 1));"
	"CREATE TABLE holiday_period ("
	"  id INTEGER PRIMARY KEY,"
	"  school_year INTEGER NOT NULL CHECK (school_year BETWEEN 1900 AND 9000),"
	"  kind TEXT NOT NULL CHECK (kind IN ('herfstvakantie','kerstvakantie','voorjaarsvakantie','meivakantie','zomervakantie')),"
	"  region TEXT CHECK (region IS NULL OR region IN ('noord','midden','zuid')),"
	"  school_id INTEGER REFERENCES school(id) ON DELETE CASCADE,"
	"  date_from TEXT NOT NULL CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  date_to TEXT NOT NULL CHECK (date_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date_to >= date_from),"
	"  CHECK ((region IS NULL) <> (school_id IS NULL))"
	") STRICT;"
	"CREATE UNIQUE INDEX holiday_period_once ON holiday_period(school_year, kind, ifnull(region, ''), ifnull(school_id, 0));"
	"CREATE TABLE closure ("
	"  id INTEGER PRIMARY KEY,"
	"  school_id INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,"
	"  date_from TEXT NOT NULL CHECK (date_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  date_to TEXT NOT NULL CHECK (date_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date_to >= date_from),"
	"  start_min INTEGER CHECK (start_min IS NULL OR start_min BETWEEN 0 AND 1439),"
	"  end_min INTEGER CHECK (end_min IS NULL OR (end_min BETWEEN 1 AND 1439 AND end_min > start_min)),"
	"  reason TEXT NOT NULL CHECK (length(reason) > 0),"
	"  CHECK ((start_min IS NULL) = (end_min IS NULL))"
	") STRICT;"
	"CREATE INDEX closure_school_date ON closure(school_id, date_to, date_from);" },

	/* 3: the rooster: weekly patterns and the concrete shifts made from them or by hand. */
	{ 3, "CREATE TABLE pattern ("
	"  id INTEGER PRIMARY KEY,"
	"  professional_id INTEGER NOT NULL REFERENCES professional(id) ON DELETE CASCADE,"
	"  class_id INTEGER NOT NULL REFERENCES class(id) ON DELETE CASCADE,"
	"  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),"
	"  start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),"
	"  end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1439 AND end_min > start_min),"
	"  valid_from TEXT CHECK (valid_from IS NULL OR valid_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  valid_to TEXT CHECK (valid_to IS NULL OR valid_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  every INTEGER NOT NULL DEFAULT 1 CHECK (every IN (1, 2)),"
	"  anchor TEXT CHECK (anchor IS NULL OR anchor GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to >= valid_from),"
	"  CHECK (every = 1 OR anchor IS NOT NULL)"
	") STRICT;"
	"CREATE INDEX pattern_class ON pattern(class_id);"
	"CREATE INDEX pattern_professional ON pattern(professional_id);"
	"CREATE TABLE shift ("
	"  id INTEGER PRIMARY KEY,"
	"  professional_id INTEGER NOT NULL REFERENCES professional(id) ON DELETE RESTRICT,"
	"  class_id INTEGER NOT NULL REFERENCES class(id) ON DELETE RESTRICT,"
	"  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),"
	"  end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1439 AND end_min > start_min),"
	"  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled')),"
	"  cancel_reason TEXT,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  override_reason TEXT NOT NULL DEFAULT '',"
	"  pattern_id INTEGER REFERENCES pattern(id) ON DELETE SET NULL,"
	"  origin_date TEXT,"
	"  edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  CHECK (status = 'planned' OR cancel_reason IS NOT NULL)"
	") STRICT;"
	/* A week's work reads by date; a person's day by (professional, date); fill is
	 * idempotent through (pattern, origin date). */
	"CREATE INDEX shift_date_class ON shift(date, class_id);"
	"CREATE INDEX shift_professional_date ON shift(professional_id, date);"
	"CREATE INDEX shift_class_date ON shift(class_id, date);"
	"CREATE UNIQUE INDEX shift_from_pattern ON shift(pattern_id, origin_date) WHERE pattern_id IS NOT NULL;" },

	/* 4: delivered hours and the weekly sign-off. A week is the Monday it starts on:
	 * date(d, '-6 days', 'weekday 1') in SQL, so that the triggers can find it. */
	{ 4, "CREATE TABLE log_entry ("
	"  id INTEGER PRIMARY KEY,"
	"  shift_id INTEGER REFERENCES shift(id) ON DELETE RESTRICT,"
	"  professional_id INTEGER NOT NULL REFERENCES professional(id) ON DELETE RESTRICT,"
	"  class_id INTEGER NOT NULL REFERENCES class(id) ON DELETE RESTRICT,"
	"  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),"
	"  end_min INTEGER NOT NULL CHECK (end_min BETWEEN 1 AND 1439 AND end_min > start_min),"
	"  kind TEXT NOT NULL CHECK (kind IN ('delivered', 'absent')),"
	"  reason TEXT CHECK (reason IS NULL OR reason IN ('sick', 'leave', 'training', 'other')),"
	"  replaced_by INTEGER REFERENCES professional(id) ON DELETE RESTRICT,"
	"  note TEXT NOT NULL DEFAULT '',"
	"  logged_by TEXT NOT NULL,"
	"  logged_at TEXT NOT NULL,"
	"  version INTEGER NOT NULL DEFAULT 1,"
	"  CHECK ((kind = 'absent') = (reason IS NOT NULL)),"
	"  CHECK (kind = 'absent' OR replaced_by IS NULL),"
	"  CHECK (kind = 'delivered' OR shift_id IS NOT NULL)"
	") STRICT;"
	"CREATE INDEX log_date_class ON log_entry(date, class_id);"
	"CREATE INDEX log_professional_date ON log_entry(professional_id, date);"
	"CREATE INDEX log_shift ON log_entry(shift_id);"
	"CREATE TABLE timesheet ("
	"  id INTEGER PRIMARY KEY,"
	"  provider_id INTEGER NOT NULL REFERENCES provider(id) ON DELETE RESTRICT,"
	"  school_id INTEGER NOT NULL REFERENCES school(id) ON DELETE RESTRICT,"
	"  week_start TEXT NOT NULL CHECK (week_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),"
	"  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'disputed', 'reopened')),"
	"  UNIQUE (provider_id, school_id, week_start)"
	") STRICT;"
	"CREATE TABLE timesheet_event ("
	"  id INTEGER PRIMARY KEY,"
	"  timesheet_id INTEGER NOT NULL REFERENCES timesheet(id) ON DELETE CASCADE,"
	"  status TEXT NOT NULL,"
	"  reason TEXT NOT NULL DEFAULT '',"
	"  by_user TEXT NOT NULL,"
	"  at TEXT NOT NULL"
	") STRICT;"
	"CREATE INDEX timesheet_event_sheet ON timesheet_event(timesheet_id);" },
	/* The lock: no shift or log entry of a provider at a school in an approved week can be
	 * added, changed or removed, whoever writes to the file. */
	/* The sign-off guards itself: an approved week changes only with a matching event on
	 * record first (zio writes the event, then the status), and the record is append-only. */
	{ 4, "CREATE TRIGGER timesheet_guard_update BEFORE UPDATE ON timesheet WHEN OLD.status = 'approved' "
	"  AND ((SELECT e.status FROM timesheet_event e WHERE e.timesheet_id = OLD.id ORDER BY e.id DESC LIMIT 1) "
	"       IS NOT NEW.status "
	"    OR (SELECT e.reason FROM timesheet_event e WHERE e.timesheet_id = OLD.id ORDER BY e.id DESC LIMIT 1) = '') "
	"  BEGIN SELECT RAISE(ABORT, 'an approved week is reopened only with a reason on record (zio timesheet reopen --reason)'); END;"
	"CREATE TRIGGER timesheet_guard_delete BEFORE DELETE ON timesheet WHEN OLD.status = 'approved' "
	"  BEGIN SELECT RAISE(ABORT, 'an approved week cannot be removed'); END;"
	"CREATE TRIGGER timesheet_event_keep_update BEFORE UPDATE ON timesheet_event "
	"  BEGIN SELECT RAISE(ABORT, 'the sign-off record (who submitted, approved, disputed or reopened a week, and when) cannot be changed'); END;"
	"CREATE TRIGGER timesheet_event_keep_delete BEFORE DELETE ON timesheet_event "
	"  BEGIN SELECT RAISE(ABORT, 'the sign-off record (who submitted, approved, disputed or reopened a week, and when) cannot be changed'); END;" },
	{ 4, "CREATE VIEW approved_week AS SELECT ts.week_start, p.id AS professional_id, c.id AS class_id "
	"  FROM timesheet ts JOIN professional p ON p.provider_id = ts.provider_id "
	"  JOIN class c ON c.school_id = ts.school_id WHERE ts.status = 'approved';"
	"CREATE TRIGGER shift_lock_insert BEFORE INSERT ON shift WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE a.professional_id = NEW.professional_id AND a.class_id = NEW.class_id "
	"  AND a.week_start = date(NEW.date, '-6 days', 'weekday 1')) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;" },
	/* only what a timesheet is made of: removing a pattern (pattern_id set to NULL) is fine */
	{ 4, "CREATE TRIGGER shift_lock_update BEFORE UPDATE OF professional_id, class_id, date, start_min, end_min, "
	"status, cancel_reason, note, override_reason ON shift WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE (a.professional_id = OLD.professional_id AND a.class_id = OLD.class_id "
	"         AND a.week_start = date(OLD.date, '-6 days', 'weekday 1')) "
	"     OR (a.professional_id = NEW.professional_id AND a.class_id = NEW.class_id "
	"         AND a.week_start = date(NEW.date, '-6 days', 'weekday 1'))) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;"
	"CREATE TRIGGER shift_lock_delete BEFORE DELETE ON shift WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE a.professional_id = OLD.professional_id AND a.class_id = OLD.class_id "
	"  AND a.week_start = date(OLD.date, '-6 days', 'weekday 1')) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;" },
	{ 4, "CREATE TRIGGER log_lock_insert BEFORE INSERT ON log_entry WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE a.professional_id = NEW.professional_id AND a.class_id = NEW.class_id "
	"  AND a.week_start = date(NEW.date, '-6 days', 'weekday 1')) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;" },
	{ 4, "CREATE TRIGGER log_lock_update BEFORE UPDATE ON log_entry WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE (a.professional_id = OLD.professional_id AND a.class_id = OLD.class_id "
	"         AND a.week_start = date(OLD.date, '-6 days', 'weekday 1')) "
	"     OR (a.professional_id = NEW.professional_id AND a.class_id = NEW.class_id "
	"         AND a.week_start = date(NEW.date, '-6 days', 'weekday 1'))) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;"
	"CREATE TRIGGER log_lock_delete BEFORE DELETE ON log_entry WHEN EXISTS (SELECT 1 FROM approved_week a "
	"  WHERE a.professional_id = OLD.professional_id AND a.class_id = OLD.class_id "
	"  AND a.week_start = date(OLD.date, '-6 days', 'weekday 1')) "
	"  BEGIN SELECT RAISE(ABORT, 'that week''s hours are approved: reopen the timesheet first (zio timesheet reopen)'); END;" },
};

#define NSTEPS (sizeof steps / sizeof steps[0])

int schema_count(void)
{
	return steps[NSTEPS - 1].version;
}

const char *schema_migration(int version, int part)
{
	for (size_t i = 0; i < NSTEPS; i++)
		if (steps[i].version == version && part-- == 0)
			return steps[i].sql;
	return 0;
}
