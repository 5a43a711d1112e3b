/* The schema, compiled in: migration N takes a database from user_version N-1 to N.
 * Never edit a released migration; add a new one. */
#include "schema.h"

static const char *const migrations[] = {
	/* 1: the roster */
	"CREATE TABLE school ("
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
	"CREATE INDEX team_member_class ON team_member(class_id);",

	/* 2: the calendar: each school's public-holiday choices (NULL: the config's default),
	 * imported school holidays and a school's own dates for one, closures (studiedagen). */
	"ALTER TABLE school ADD COLUMN good_friday INTEGER CHECK (good_friday IN (0, 1));"
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
	"CREATE INDEX closure_school_date ON closure(school_id, date_to, date_from);",
};

int schema_count(void)
{
	return (int)(sizeof migrations / sizeof migrations[0]);
}

const char *schema_migration(int version)
{
	return version >= 1 && version <= schema_count() ? migrations[version - 1] : 0;
}
