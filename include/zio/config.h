/* config: the user's settings from zio.ini ([database], [school], [export], [ui]), their
 * defaults, and where the config and database files live (XDG base directories). */
#ifndef ZIO_CONFIG_H
#define ZIO_CONFIG_H

#include <limits.h>
#include <stdbool.h>

#include "zio/err.h"
#include "zio/pubhol.h"
#include "zio/text.h"

enum config_tristate { CONFIG_AUTO = 0, CONFIG_YES, CONFIG_NO };

struct config {
	char file[PATH_MAX];       /* the file read, "" when none */
	/* [database] */
	char db_path[PATH_MAX];    /* path = ...; "" for the default */
	int busy_timeout_ms;       /* busy_timeout = milliseconds */
	long db_group;             /* group = NAME: new databases 0660 with that group; -1: none */
	/* [school] */
	char school[ZIO_NAME_LEN]; /* default = name of the school zio opens on */
	int day_start, day_end;    /* day = 08:30-15:00, for new schools */
	struct pubhol_policy holidays; /* good_friday, liberation_day, friday_after_ascension */
	/* [export] */
	char export_dir[PATH_MAX]; /* dir = folder for exports; "" for the current directory */
	/* [rules] */
	int max_faces;             /* max_faces = 3: distinct professionals per class and week */
	int budget_margin;         /* budget_margin = 10: percent a class's week may differ */
	/* [ui] */
	char language[8];          /* auto, nl, en */
	enum config_tristate color;
	char theme[16];            /* default, contrast, mono */
};

/* Fill cfg with the built-in defaults. */
void config_defaults(struct config *cfg);

/* Load the config: `explicit_path` when given (it must exist), else the first of
 * $XDG_CONFIG_HOME/zio/zio.ini and ~/.config/zio/zio.ini that exists (none is fine).
 * A syntax error ("FILE:LINE: ..."), an unknown section or key, or a bad value
 * ("FILE: [section] key: message") fails the whole load with ZIO_EUSAGE; an unreadable
 * file with ZIO_EDB. */
int config_load(struct config *cfg, const char *explicit_path, struct zio_err *err);

/* The database path: `cli_path` (--db), else $ZIO_DB, else [database] path, else
 * $XDG_DATA_HOME/zio/zio.db (~/.local/share/zio/zio.db). */
int config_db_path(const struct config *cfg, const char *cli_path, char *out, size_t len,
		   struct zio_err *err);

/* The default config file location (for messages and the man page). */
int config_default_path(char *out, size_t len);

/* mkdir -p the folder that will hold `file`, mode 0700 for new folders. */
int config_make_parent(const char *file, struct zio_err *err);

/* Find a data file shipped under share/ (rel like "holidays/nl-school-holidays.ini"):
 * $ZIO_DATADIR/rel, else the source tree's share/rel next to a binary run from build/,
 * else the installed PREFIX/share/zio/rel. ZIO_EDB with the places tried when none exists. */
int config_data_file(const char *rel, char *out, size_t len, struct zio_err *err);

#endif
