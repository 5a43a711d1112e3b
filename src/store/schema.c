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
	/* 5: indexes for a national database, where a week's work must read only its own rows:
	 * a class's or school's log entries by class and date (as shift_class_date does for
	 * shifts), and the timesheets of a period by week. */
	{ 5, "CREATE INDEX log_class_date ON log_entry(class_id, date);"
	"CREATE INDEX timesheet_week ON timesheet(week_start);" },
	/* 6: who may change what, and the audit trail. zio writes the user of a write
	 * transaction into the one row of session when it begins and clears it before it
	 * commits; the triggers below refuse what that user's role may not change, and record
	 * every change with the old and new values. Writers other than zio (sqlite3) have no
	 * session: their changes are allowed, and recorded as "(outside zio)". */
	{ 6, "CREATE TABLE app_user ("
	"  id INTEGER PRIMARY KEY,"
	"  login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),"
	"  role TEXT NOT NULL CHECK (role IN ('admin', 'teamlead', 'school', 'contract')),"
	"  provider_id INTEGER REFERENCES provider(id) ON DELETE RESTRICT,"
	"  school_id INTEGER REFERENCES school(id) ON DELETE RESTRICT,"
	"  CHECK ((role = 'teamlead') = (provider_id IS NOT NULL)),"
	"  CHECK ((role = 'school') = (school_id IS NOT NULL))"
	") STRICT;"
	"CREATE TABLE session ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  login TEXT, role TEXT, provider_id INTEGER, school_id INTEGER, at TEXT"
	") STRICT;"
	"INSERT INTO session (id) VALUES (1);"
	"CREATE TABLE audit ("
	"  id INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  login TEXT NOT NULL,"
	"  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),"
	"  entity TEXT NOT NULL,"
	"  entity_id INTEGER NOT NULL,"
	"  old TEXT,"
	"  new TEXT"
	") STRICT;"
	"CREATE INDEX audit_at ON audit(at);"
	"CREATE INDEX audit_entity ON audit(entity, entity_id);"
	"CREATE TRIGGER audit_keep_update BEFORE UPDATE ON audit "
	"  BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;"
	"CREATE TRIGGER audit_keep_delete BEFORE DELETE ON audit "
	"  BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;" },
	{ 6, "CREATE TRIGGER access_school_insert BEFORE INSERT ON school BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_school_update BEFORE UPDATE ON school BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_school_delete BEFORE DELETE ON school BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_school_insert AFTER INSERT ON school BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'school', NEW.id, json_object('name', NEW.name, 'brin', NEW.brin, 'region', NEW.region, 'day_start', NEW.day_start, 'day_end', NEW.day_end, 'good_friday', NEW.good_friday, 'liberation_day', NEW.liberation_day, 'friday_after_ascension', NEW.friday_after_ascension)); END;" },
	{ 6, "CREATE TRIGGER audit_school_update AFTER UPDATE ON school BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'school', NEW.id, json_object('name', OLD.name, 'brin', OLD.brin, 'region', OLD.region, 'day_start', OLD.day_start, 'day_end', OLD.day_end, 'good_friday', OLD.good_friday, 'liberation_day', OLD.liberation_day, 'friday_after_ascension', OLD.friday_after_ascension), json_object('name', NEW.name, 'brin', NEW.brin, 'region', NEW.region, 'day_start', NEW.day_start, 'day_end', NEW.day_end, 'good_friday', NEW.good_friday, 'liberation_day', NEW.liberation_day, 'friday_after_ascension', NEW.friday_after_ascension)); END;" },
	{ 6, "CREATE TRIGGER audit_school_delete AFTER DELETE ON school BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'school', OLD.id, json_object('name', OLD.name, 'brin', OLD.brin, 'region', OLD.region, 'day_start', OLD.day_start, 'day_end', OLD.day_end, 'good_friday', OLD.good_friday, 'liberation_day', OLD.liberation_day, 'friday_after_ascension', OLD.friday_after_ascension)); END;" },
	{ 6, "CREATE TRIGGER access_target_group_insert BEFORE INSERT ON target_group BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_target_group_update BEFORE UPDATE ON target_group BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_target_group_delete BEFORE DELETE ON target_group BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_target_group_insert AFTER INSERT ON target_group BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'target_group', NEW.id, json_object('name', NEW.name, 'weekly_minutes', NEW.weekly_minutes, 'wlz_share_bp', NEW.wlz_share_bp)); END;" },
	{ 6, "CREATE TRIGGER audit_target_group_update AFTER UPDATE ON target_group BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'target_group', NEW.id, json_object('name', OLD.name, 'weekly_minutes', OLD.weekly_minutes, 'wlz_share_bp', OLD.wlz_share_bp), json_object('name', NEW.name, 'weekly_minutes', NEW.weekly_minutes, 'wlz_share_bp', NEW.wlz_share_bp)); END;" },
	{ 6, "CREATE TRIGGER audit_target_group_delete AFTER DELETE ON target_group BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'target_group', OLD.id, json_object('name', OLD.name, 'weekly_minutes', OLD.weekly_minutes, 'wlz_share_bp', OLD.wlz_share_bp)); END;" },
	{ 6, "CREATE TRIGGER access_class_insert BEFORE INSERT ON class BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_class_update BEFORE UPDATE ON class BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_class_delete BEFORE DELETE ON class BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_class_insert AFTER INSERT ON class BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'class', NEW.id, json_object('school_id', NEW.school_id, 'name', NEW.name, 'group_id', NEW.group_id, 'pupils', NEW.pupils, 'weekly_minutes', NEW.weekly_minutes)); END;" },
	{ 6, "CREATE TRIGGER audit_class_update AFTER UPDATE ON class BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'class', NEW.id, json_object('school_id', OLD.school_id, 'name', OLD.name, 'group_id', OLD.group_id, 'pupils', OLD.pupils, 'weekly_minutes', OLD.weekly_minutes), json_object('school_id', NEW.school_id, 'name', NEW.name, 'group_id', NEW.group_id, 'pupils', NEW.pupils, 'weekly_minutes', NEW.weekly_minutes)); END;" },
	{ 6, "CREATE TRIGGER audit_class_delete AFTER DELETE ON class BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'class', OLD.id, json_object('school_id', OLD.school_id, 'name', OLD.name, 'group_id', OLD.group_id, 'pupils', OLD.pupils, 'weekly_minutes', OLD.weekly_minutes)); END;" },
	{ 6, "CREATE TRIGGER access_provider_insert BEFORE INSERT ON provider BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_provider_update BEFORE UPDATE ON provider BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_provider_delete BEFORE DELETE ON provider BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_provider_insert AFTER INSERT ON provider BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'provider', NEW.id, json_object('name', NEW.name, 'rate_cents', NEW.rate_cents)); END;" },
	{ 6, "CREATE TRIGGER audit_provider_update AFTER UPDATE ON provider BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'provider', NEW.id, json_object('name', OLD.name, 'rate_cents', OLD.rate_cents), json_object('name', NEW.name, 'rate_cents', NEW.rate_cents)); END;" },
	{ 6, "CREATE TRIGGER audit_provider_delete AFTER DELETE ON provider BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'provider', OLD.id, json_object('name', OLD.name, 'rate_cents', OLD.rate_cents)); END;" },
	{ 6, "CREATE TRIGGER access_professional_insert BEFORE INSERT ON professional BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND ((NEW.provider_id IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_professional_update BEFORE UPDATE ON professional BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.provider_id IS NOT (SELECT provider_id FROM session)) OR (NEW.provider_id IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_professional_delete BEFORE DELETE ON professional BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.provider_id IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_professional_insert AFTER INSERT ON professional BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'professional', NEW.id, json_object('name', NEW.name, 'provider_id', NEW.provider_id, 'discipline', NEW.discipline, 'contract_minutes', NEW.contract_minutes, 'active_from', NEW.active_from, 'active_to', NEW.active_to)); END;" },
	{ 6, "CREATE TRIGGER audit_professional_update AFTER UPDATE ON professional BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'professional', NEW.id, json_object('name', OLD.name, 'provider_id', OLD.provider_id, 'discipline', OLD.discipline, 'contract_minutes', OLD.contract_minutes, 'active_from', OLD.active_from, 'active_to', OLD.active_to), json_object('name', NEW.name, 'provider_id', NEW.provider_id, 'discipline', NEW.discipline, 'contract_minutes', NEW.contract_minutes, 'active_from', NEW.active_from, 'active_to', NEW.active_to)); END;" },
	{ 6, "CREATE TRIGGER audit_professional_delete AFTER DELETE ON professional BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'professional', OLD.id, json_object('name', OLD.name, 'provider_id', OLD.provider_id, 'discipline', OLD.discipline, 'contract_minutes', OLD.contract_minutes, 'active_from', OLD.active_from, 'active_to', OLD.active_to)); END;" },
	{ 6, "CREATE TRIGGER access_team_member_insert BEFORE INSERT ON team_member BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_team_member_update BEFORE UPDATE ON team_member BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session)) OR ((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_team_member_delete BEFORE DELETE ON team_member BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_team_member_insert AFTER INSERT ON team_member BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'team_member', NEW.id, json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to)); END;" },
	{ 6, "CREATE TRIGGER audit_team_member_update AFTER UPDATE ON team_member BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'team_member', NEW.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to), json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to)); END;" },
	{ 6, "CREATE TRIGGER audit_team_member_delete AFTER DELETE ON team_member BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'team_member', OLD.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to)); END;" },
	{ 6, "CREATE TRIGGER access_closure_insert BEFORE INSERT ON closure BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((NEW.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_closure_update BEFORE UPDATE ON closure BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session)) OR (NEW.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_closure_delete BEFORE DELETE ON closure BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER audit_closure_insert AFTER INSERT ON closure BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'closure', NEW.id, json_object('school_id', NEW.school_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'reason', NEW.reason)); END;" },
	{ 6, "CREATE TRIGGER audit_closure_update AFTER UPDATE ON closure BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'closure', NEW.id, json_object('school_id', OLD.school_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'reason', OLD.reason), json_object('school_id', NEW.school_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'reason', NEW.reason)); END;" },
	{ 6, "CREATE TRIGGER audit_closure_delete AFTER DELETE ON closure BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'closure', OLD.id, json_object('school_id', OLD.school_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'reason', OLD.reason)); END;" },
	{ 6, "CREATE TRIGGER access_holiday_period_insert BEFORE INSERT ON holiday_period BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((NEW.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_holiday_period_update BEFORE UPDATE ON holiday_period BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session)) OR (NEW.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_holiday_period_delete BEFORE DELETE ON holiday_period BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead does not change closures or holidays; the school does') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: a school user changes only the closures and study days of their own school') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER audit_holiday_period_insert AFTER INSERT ON holiday_period BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'holiday_period', NEW.id, json_object('school_year', NEW.school_year, 'kind', NEW.kind, 'region', NEW.region, 'school_id', NEW.school_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to)); END;" },
	{ 6, "CREATE TRIGGER audit_holiday_period_update AFTER UPDATE ON holiday_period BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'holiday_period', NEW.id, json_object('school_year', OLD.school_year, 'kind', OLD.kind, 'region', OLD.region, 'school_id', OLD.school_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to), json_object('school_year', NEW.school_year, 'kind', NEW.kind, 'region', NEW.region, 'school_id', NEW.school_id, 'date_from', NEW.date_from, 'date_to', NEW.date_to)); END;" },
	{ 6, "CREATE TRIGGER audit_holiday_period_delete AFTER DELETE ON holiday_period BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'holiday_period', OLD.id, json_object('school_year', OLD.school_year, 'kind', OLD.kind, 'region', OLD.region, 'school_id', OLD.school_id, 'date_from', OLD.date_from, 'date_to', OLD.date_to)); END;" },
	{ 6, "CREATE TRIGGER access_pattern_insert BEFORE INSERT ON pattern BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_pattern_update BEFORE UPDATE ON pattern BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session)) OR ((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_pattern_delete BEFORE DELETE ON pattern BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_pattern_insert AFTER INSERT ON pattern BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'pattern', NEW.id, json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'weekday', NEW.weekday, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'every', NEW.every, 'anchor', NEW.anchor)); END;" },
	{ 6, "CREATE TRIGGER audit_pattern_update AFTER UPDATE ON pattern BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'pattern', NEW.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'weekday', OLD.weekday, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'every', OLD.every, 'anchor', OLD.anchor), json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'weekday', NEW.weekday, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'valid_from', NEW.valid_from, 'valid_to', NEW.valid_to, 'every', NEW.every, 'anchor', NEW.anchor)); END;" },
	{ 6, "CREATE TRIGGER audit_pattern_delete AFTER DELETE ON pattern BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'pattern', OLD.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'weekday', OLD.weekday, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'valid_from', OLD.valid_from, 'valid_to', OLD.valid_to, 'every', OLD.every, 'anchor', OLD.anchor)); END;" },
	{ 6, "CREATE TRIGGER access_shift_insert BEFORE INSERT ON shift BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_shift_update BEFORE UPDATE ON shift BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session)) OR ((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_shift_delete BEFORE DELETE ON shift BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_shift_insert AFTER INSERT ON shift BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'shift', NEW.id, json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date', NEW.date, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'status', NEW.status, 'cancel_reason', NEW.cancel_reason, 'note', NEW.note, 'override_reason', NEW.override_reason, 'pattern_id', NEW.pattern_id, 'origin_date', NEW.origin_date)); END;" },
	{ 6, "CREATE TRIGGER audit_shift_update AFTER UPDATE ON shift BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'shift', NEW.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date', OLD.date, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'status', OLD.status, 'cancel_reason', OLD.cancel_reason, 'note', OLD.note, 'override_reason', OLD.override_reason, 'pattern_id', OLD.pattern_id, 'origin_date', OLD.origin_date), json_object('professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date', NEW.date, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'status', NEW.status, 'cancel_reason', NEW.cancel_reason, 'note', NEW.note, 'override_reason', NEW.override_reason, 'pattern_id', NEW.pattern_id, 'origin_date', NEW.origin_date)); END;" },
	{ 6, "CREATE TRIGGER audit_shift_delete AFTER DELETE ON shift BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'shift', OLD.id, json_object('professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date', OLD.date, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'status', OLD.status, 'cancel_reason', OLD.cancel_reason, 'note', OLD.note, 'override_reason', OLD.override_reason, 'pattern_id', OLD.pattern_id, 'origin_date', OLD.origin_date)); END;" },
	{ 6, "CREATE TRIGGER access_log_entry_insert BEFORE INSERT ON log_entry BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_log_entry_update BEFORE UPDATE ON log_entry BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session)) OR ((SELECT provider_id FROM professional WHERE id = NEW.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_log_entry_delete BEFORE DELETE ON log_entry BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead changes only the professionals, patterns, shifts and hours of their own provider') WHERE (SELECT role FROM session) = 'teamlead' AND (((SELECT provider_id FROM professional WHERE id = OLD.professional_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user does not plan or log; the provider''s team lead does') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_log_entry_insert AFTER INSERT ON log_entry BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'log_entry', NEW.id, json_object('shift_id', NEW.shift_id, 'professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date', NEW.date, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'kind', NEW.kind, 'reason', NEW.reason, 'replaced_by', NEW.replaced_by, 'note', NEW.note)); END;" },
	{ 6, "CREATE TRIGGER audit_log_entry_update AFTER UPDATE ON log_entry BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'log_entry', NEW.id, json_object('shift_id', OLD.shift_id, 'professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date', OLD.date, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'kind', OLD.kind, 'reason', OLD.reason, 'replaced_by', OLD.replaced_by, 'note', OLD.note), json_object('shift_id', NEW.shift_id, 'professional_id', NEW.professional_id, 'class_id', NEW.class_id, 'date', NEW.date, 'start_min', NEW.start_min, 'end_min', NEW.end_min, 'kind', NEW.kind, 'reason', NEW.reason, 'replaced_by', NEW.replaced_by, 'note', NEW.note)); END;" },
	{ 6, "CREATE TRIGGER audit_log_entry_delete AFTER DELETE ON log_entry BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'log_entry', OLD.id, json_object('shift_id', OLD.shift_id, 'professional_id', OLD.professional_id, 'class_id', OLD.class_id, 'date', OLD.date, 'start_min', OLD.start_min, 'end_min', OLD.end_min, 'kind', OLD.kind, 'reason', OLD.reason, 'replaced_by', OLD.replaced_by, 'note', OLD.note)); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_insert BEFORE INSERT ON timesheet BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((NEW.provider_id IS NOT (SELECT provider_id FROM session) OR NEW.status NOT IN ('draft', 'submitted'))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((NEW.school_id IS NOT (SELECT school_id FROM session) OR NEW.status NOT IN ('approved', 'disputed', 'reopened'))); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_update BEFORE UPDATE ON timesheet BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.provider_id IS NOT (SELECT provider_id FROM session)) OR (NEW.provider_id IS NOT (SELECT provider_id FROM session) OR NEW.status NOT IN ('draft', 'submitted'))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session)) OR (NEW.school_id IS NOT (SELECT school_id FROM session) OR NEW.status NOT IN ('approved', 'disputed', 'reopened'))); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_delete BEFORE DELETE ON timesheet BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.provider_id IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((OLD.school_id IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_insert AFTER INSERT ON timesheet BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'timesheet', NEW.id, json_object('provider_id', NEW.provider_id, 'school_id', NEW.school_id, 'week_start', NEW.week_start, 'status', NEW.status)); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_update AFTER UPDATE ON timesheet BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'timesheet', NEW.id, json_object('provider_id', OLD.provider_id, 'school_id', OLD.school_id, 'week_start', OLD.week_start, 'status', OLD.status), json_object('provider_id', NEW.provider_id, 'school_id', NEW.school_id, 'week_start', NEW.week_start, 'status', NEW.status)); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_delete AFTER DELETE ON timesheet BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'timesheet', OLD.id, json_object('provider_id', OLD.provider_id, 'school_id', OLD.school_id, 'week_start', OLD.week_start, 'status', OLD.status)); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_event_insert BEFORE INSERT ON timesheet_event BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((NEW.status <> 'submitted' OR (SELECT provider_id FROM timesheet WHERE id = NEW.timesheet_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((NEW.status NOT IN ('approved', 'disputed', 'reopened') OR (SELECT school_id FROM timesheet WHERE id = NEW.timesheet_id) IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_event_update BEFORE UPDATE ON timesheet_event BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.status <> 'submitted' OR (SELECT provider_id FROM timesheet WHERE id = OLD.timesheet_id) IS NOT (SELECT provider_id FROM session)) OR (NEW.status <> 'submitted' OR (SELECT provider_id FROM timesheet WHERE id = NEW.timesheet_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((OLD.status NOT IN ('approved', 'disputed', 'reopened') OR (SELECT school_id FROM timesheet WHERE id = OLD.timesheet_id) IS NOT (SELECT school_id FROM session)) OR (NEW.status NOT IN ('approved', 'disputed', 'reopened') OR (SELECT school_id FROM timesheet WHERE id = NEW.timesheet_id) IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER access_timesheet_event_delete BEFORE DELETE ON timesheet_event BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: a team lead submits only their own provider''s timesheets; the school approves them') WHERE (SELECT role FROM session) = 'teamlead' AND ((OLD.status <> 'submitted' OR (SELECT provider_id FROM timesheet WHERE id = OLD.timesheet_id) IS NOT (SELECT provider_id FROM session))); SELECT RAISE(ABORT, 'not allowed: a school user approves, disputes or reopens only their own school''s timesheets') WHERE (SELECT role FROM session) = 'school' AND ((OLD.status NOT IN ('approved', 'disputed', 'reopened') OR (SELECT school_id FROM timesheet WHERE id = OLD.timesheet_id) IS NOT (SELECT school_id FROM session))); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_event_insert AFTER INSERT ON timesheet_event BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'timesheet_event', NEW.id, json_object('timesheet_id', NEW.timesheet_id, 'status', NEW.status, 'reason', NEW.reason)); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_event_update AFTER UPDATE ON timesheet_event BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'timesheet_event', NEW.id, json_object('timesheet_id', OLD.timesheet_id, 'status', OLD.status, 'reason', OLD.reason), json_object('timesheet_id', NEW.timesheet_id, 'status', NEW.status, 'reason', NEW.reason)); END;" },
	{ 6, "CREATE TRIGGER audit_timesheet_event_delete AFTER DELETE ON timesheet_event BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'timesheet_event', OLD.id, json_object('timesheet_id', OLD.timesheet_id, 'status', OLD.status, 'reason', OLD.reason)); END;" },
	{ 6, "CREATE TRIGGER access_app_user_insert BEFORE INSERT ON app_user BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_app_user_update BEFORE UPDATE ON app_user BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER access_app_user_delete BEFORE DELETE ON app_user BEGIN SELECT RAISE(ABORT, 'not allowed: a contract user reads and exports, and changes nothing') WHERE (SELECT role FROM session) = 'contract'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'teamlead'; SELECT RAISE(ABORT, 'not allowed: only an admin changes schools, target groups, classes, providers, holiday dates and users') WHERE (SELECT role FROM session) = 'school'; END;" },
	{ 6, "CREATE TRIGGER audit_app_user_insert AFTER INSERT ON app_user BEGIN INSERT INTO audit (at, login, action, entity, entity_id, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'insert', 'app_user', NEW.id, json_object('login', NEW.login, 'role', NEW.role, 'provider_id', NEW.provider_id, 'school_id', NEW.school_id)); END;" },
	{ 6, "CREATE TRIGGER audit_app_user_update AFTER UPDATE ON app_user BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old, new) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'update', 'app_user', NEW.id, json_object('login', OLD.login, 'role', OLD.role, 'provider_id', OLD.provider_id, 'school_id', OLD.school_id), json_object('login', NEW.login, 'role', NEW.role, 'provider_id', NEW.provider_id, 'school_id', NEW.school_id)); END;" },
	{ 6, "CREATE TRIGGER audit_app_user_delete AFTER DELETE ON app_user BEGIN INSERT INTO audit (at, login, action, entity, entity_id, old) VALUES (coalesce((SELECT at FROM session), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), coalesce((SELECT login FROM session), '(outside zio)'), 'delete', 'app_user', OLD.id, json_object('login', OLD.login, 'role', OLD.role, 'provider_id', OLD.provider_id, 'school_id', OLD.school_id)); END;" },
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
