# zio: care-in-school-time rosters (ZiO). See README.md.
#   make            build build/zio
#   make check      build and run every test (unit, CLI, TUI, crash, stress)
#   make demo       install what is missing, build, open zio on a fresh demo database
#   make deps       install the Debian packages the build and tests need (apt-get)
#   make install    PREFIX=/usr/local DESTDIR=
#   make SANITIZE=1 check   the same with AddressSanitizer and UBSan
#   make check-valgrind   a few TUI tests and CLI commands with zio under valgrind memcheck
#   make fuzz       build the libFuzzer targets (clang) and run each FUZZ_SECONDS (30)
#   make lint       cppcheck over src/ and tests/fuzz/
#   make bench      time zio on a school, a region and the whole country (build/bench/)

PREFIX   ?= /usr/local
BINDIR   ?= $(PREFIX)/bin
DATADIR  ?= $(PREFIX)/share
MANDIR   ?= $(DATADIR)/man
SANITIZE ?= 0   # 1: ASan + UBSan build
DEBUG    ?= 0   # 1: -O0 -g3
VERSION  := 0.1.0

CC       ?= cc
PKG_CONFIG ?= pkg-config
B        := build

# Libraries without a .pc file on Debian get their flags spelled out.
# xlsxwriter: the Excel timesheet; pangocairo: the PDF one (Dutch diacritics need pango).
PKGS     := ncursesw sqlite3 xlsxwriter pangocairo libical
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
INI_CFLAGS := $(shell $(PKG_CONFIG) --cflags iniparser 2>/dev/null || echo -I/usr/include/iniparser)
INI_LIBS   := $(shell $(PKG_CONFIG) --libs iniparser 2>/dev/null || echo -liniparser)
CSV_LIBS   := -lcsv
CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

WARN     := -Wall -Wextra -Wshadow -Wpedantic -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
            -Wno-missing-field-initializers -Werror
HARDEN   := -fstack-protector-strong -fPIE -D_FORTIFY_SOURCE=2
OPT      := -O2 -g
ifeq ($(strip $(DEBUG)),1)
OPT      := -O0 -g3
HARDEN   := -fstack-protector-strong -fPIE
endif
ifeq ($(strip $(SANITIZE)),1)
OPT      := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined
HARDEN   := -fPIE
SAN_LD   := -fsanitize=address,undefined
endif

ZIO_CPPFLAGS := -std=c11 -D_GNU_SOURCE -Iinclude -DZIO_VERSION='"$(VERSION)"' \
                -DZIO_DATADIR='"$(DATADIR)/zio"'
ALL_CFLAGS := $(ZIO_CPPFLAGS) $(WARN) $(HARDEN) $(OPT) $(PKG_CFLAGS) $(INI_CFLAGS) $(CFLAGS)
ALL_LDFLAGS := -pie -Wl,-z,relro,-z,now $(SAN_LD) $(LDFLAGS)
LIBS     := $(PKG_LIBS) $(INI_LIBS) $(CSV_LIBS) -lm

CORE_SRC  := $(wildcard src/core/*.c)
LIB_SRC   := $(CORE_SRC) $(wildcard src/store/*.c src/conf/*.c src/import/*.c src/demo/*.c src/app/*.c src/export/*.c)
APP_SRC   := $(wildcard src/cli/*.c src/tui/*.c)
LIB_OBJ   := $(LIB_SRC:%.c=$(B)/%.o)
APP_OBJ   := $(APP_SRC:%.c=$(B)/%.o)
CORE_OBJ  := $(CORE_SRC:%.c=$(B)/%.o)
UNIT_SRC  := $(wildcard tests/unit/test_*.c)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all check check-unit check-cli check-tui check-man check-stress check-crash check-i18n po-update demo deps install uninstall clean

# The Dutch catalogue, compiled where zio finds its data (share/, or PREFIX/share/zio).
MO := share/locale/nl/LC_MESSAGES/zio.mo

all: $(B)/zio $(MO)

$(MO): share/locale/nl.po
	@mkdir -p $(@D)
	msgfmt -c -o $@ $<

# Every marked string translated, nothing fuzzy or obsolete (tests/i18n/check.sh).
check-i18n:
	@sh tests/i18n/check.sh

# After changing strings: merge the new ones into share/locale/nl.po for translation.
po-update:
	@sh tests/i18n/check.sh --update

$(B)/zio: $(APP_OBJ) $(B)/libzio.a
	$(CC) $(ALL_LDFLAGS) -o $@ $(APP_OBJ) $(B)/libzio.a $(LIBS)

$(B)/libzio.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(B)/%.o: %.c $(B)/.flags
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

# Rebuild everything when the flags change (SANITIZE=1 after a plain build, say).
$(B)/.flags: FORCE
	@mkdir -p $(B)
	@echo '$(ALL_CFLAGS) $(ALL_LDFLAGS)' | cmp -s - $@ || echo '$(ALL_CFLAGS) $(ALL_LDFLAGS)' > $@

$(B)/tests/%: tests/unit/%.c $(B)/libzio.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CMOCKA_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(B)/libzio.a $(CMOCKA_LIBS) $(LIBS)

# The stress test runs last and on its own: it keeps every CPU busy, and the TUI tests wait
# for the screen with time-outs.
check: check-unit check-cli check-tui check-man check-crash check-i18n
	@$(MAKE) --no-print-directory check-stress
	@echo "make check: all tests passed"

check-unit: $(UNIT_BIN) $(MO)
	@set -e; for t in $(UNIT_BIN); do echo "== $$t"; ZIO_DATADIR=$(CURDIR)/share $$t; done

check-cli: $(B)/zio $(MO)
	@sh tests/cli/run.sh $(B)/zio

check-tui: $(B)/zio $(MO)
	@sh tests/tui/run.sh $(B)/zio

check-man: $(B)/zio
	@sh tests/man/check.sh $(B)/zio

# zio under valgrind memcheck (tests/valgrind/run.sh), the normal -O2 -g build: a few CLI
# commands and TUI tests; fails on a memory error or a leak with a frame in zio's own code
# (tests/valgrind/check.sh). Library noise is suppressed in tests/valgrind/zio.supp.
.PHONY: check-valgrind
check-valgrind: $(B)/zio $(MO)
	@if [ "$(strip $(SANITIZE))" = 1 ]; then echo "make check-valgrind: not with SANITIZE=1" >&2; exit 2; fi
	@sh tests/valgrind/run.sh $(B)/zio

# Many users at once (tests/stress/run.sh): 8 writers x 500 changes and 4 readers on one
# database; the fault shim below counts how often zio waited for a lock. Under SANITIZE=1,
# where zio is some 3 times slower, 8 x STRESS_CHANGES.
STRESS_CHANGES ?= 150
check-stress: $(B)/zio $(B)/tests/libfaultvfs.so
	@$(if $(filter 1,$(strip $(SANITIZE))),STRESS_SANITIZE=1 STRESS_CHANGES=$(STRESS_CHANGES)) \
	  sh tests/stress/run.sh $(B)/zio $(B)/tests/libfaultvfs.so

# Crashes and I/O faults (tests/crash/): a test-only SQLite VFS shim that zio loads with
# LD_PRELOAD fails the Nth write or sync; and kill -9 at random moments.
SQLITE_CFLAGS := $(shell $(PKG_CONFIG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS   := $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
$(B)/tests/libfaultvfs.so: tests/crash/faultvfs.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_GNU_SOURCE $(WARN) -O2 -g -fPIC -shared $(SQLITE_CFLAGS) -o $@ $< $(SQLITE_LIBS)

check-crash: $(B)/zio $(B)/tests/libfaultvfs.so
	@sh tests/crash/run.sh $(B)/zio $(B)/tests/libfaultvfs.so

# Benchmarks (README, Performance): build/zio-gen makes a school, a region and the whole
# country through zio's store, kept in $(B)/bench/ and made again only when zio-gen changes;
# build/zio-bench times zio on them beside the sqlite3 tool and prints the table.
BENCH_DBS := $(B)/bench/school.db $(B)/bench/region.db $(B)/bench/national.db

.PHONY: bench
bench: $(B)/zio $(B)/zio-bench $(BENCH_DBS)
	ZIO_DATADIR=$(CURDIR)/share $(B)/zio-bench --zio $(B)/zio --dir $(B)/bench

$(B)/zio-gen $(B)/zio-bench: $(B)/zio-%: $(B)/tests/bench/%.o $(B)/libzio.a
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(B)/libzio.a $(LIBS) -lutil

$(B)/bench/%.db: $(B)/zio-gen
	@mkdir -p $(@D)
	ZIO_DATADIR=$(CURDIR)/share $(B)/zio-gen --scale $* --seed 1 $@

# Fuzzing: the libFuzzer targets tests/fuzz/fuzz_*.c (the CSV import, the holiday file, the
# date and time parsers), built with clang and ASan + UBSan in their own folder, each run for
# FUZZ_SECONDS from its seed corpus tests/fuzz/corpus/NAME/ (new inputs go to
# $(B)/fuzz/corpus/NAME/, a crash to $(B)/fuzz/crash-NAME-*). make -j2 fuzz runs two at once.
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 30
FB           := $(B)/fuzz
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  := $(ZIO_CPPFLAGS) $(WARN) -O1 -g -fno-omit-frame-pointer $(FUZZ_SAN) \
                $(PKG_CFLAGS) $(INI_CFLAGS)
FUZZ_NAMES   := $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS    := $(FUZZ_NAMES:%=$(FB)/%)
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(FB)/%.o)

.PHONY: fuzz fuzz-build lint
fuzz-build: $(FUZZ_BINS)

fuzz: $(FUZZ_NAMES:%=fuzz-run-%)
	@echo "make fuzz: no crash in $(FUZZ_SECONDS) s per target ($(FUZZ_NAMES))"

# The log of a run is kept in $(FB)/NAME.log; on a crash its end is shown.
fuzz-run-%: $(FB)/%
	@mkdir -p $(FB)/corpus/$*
	@echo "== fuzz $* ($(FUZZ_SECONDS) s)"
	@if ASAN_OPTIONS=detect_leaks=1:$${ASAN_OPTIONS:-} $(FB)/$* -max_total_time=$(FUZZ_SECONDS) \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$(FB)/crash-$*- \
	    $$(test -f tests/fuzz/$*.dict && echo -dict=tests/fuzz/$*.dict) \
	    $(FB)/corpus/$* tests/fuzz/corpus/$* >$(FB)/$*.log 2>&1; then \
	  awk '/^stat::number_of_executed_units/ { n = $$2 } /^stat::peak_rss_mb/ { m = $$2 } \
	    END { printf "   $*: %s inputs in $(FUZZ_SECONDS) s, no crash (peak %s MB)\n", n, m }' $(FB)/$*.log; \
	else \
	  tail -n 60 $(FB)/$*.log; echo "make fuzz: $* failed (log: $(FB)/$*.log)" >&2; exit 1; \
	fi

$(FUZZ_BINS): $(FB)/%: $(FB)/tests/fuzz/%.o $(FB)/tests/fuzz/util.o $(FB)/libzio.a
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(LIBS)

$(FB)/libzio.a: $(FUZZ_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(FB)/%.o: %.c $(FB)/.flags
	@mkdir -p $(@D)
	@echo "$(FUZZ_CC) (fuzz) $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(FB)/.flags: FORCE
	@mkdir -p $(FB)
	@echo '$(FUZZ_CC) $(FUZZ_CFLAGS)' | cmp -s - $@ || echo '$(FUZZ_CC) $(FUZZ_CFLAGS)' > $@

# Static analysis; every suppression in tests/lint/cppcheck.supp says why.
CPPCHECK ?= cppcheck
lint:
	$(CPPCHECK) --quiet --error-exitcode=1 --enable=warning,portability,performance --std=c11 \
	  --library=posix -Iinclude -D_GNU_SOURCE -DZIO_VERSION='"$(VERSION)"' -DZIO_DATADIR='"$(DATADIR)/zio"' \
	  --inline-suppr --suppressions-list=tests/lint/cppcheck.supp -j2 src tests/fuzz
	@echo "make lint: cppcheck found nothing"

# Installs what is missing, builds, and opens zio on a new demo database in a fresh temporary
# folder: it never touches the user's own database.
demo: deps all
	@d=$$(mktemp -d "$${TMPDIR:-/tmp}/zio-demo.XXXXXX") && \
	  ./$(B)/zio --db "$$d/demo.db" init --demo && \
	  echo "demo database: $$d/demo.db (open it again with: $(B)/zio --db $$d/demo.db)" && \
	  ZIO_DATADIR=$(CURDIR)/share ./$(B)/zio --db "$$d/demo.db"

# Debian packages: build tools, libraries, and what the tests drive (tmux, sqlite3, groff).
DEB_PKGS := gcc make pkg-config libc6-dev libncurses-dev libsqlite3-dev libiniparser-dev \
            libcsv-dev libcmocka-dev gettext sqlite3 tmux groff-base man-db valgrind \
            clang libclang-rt-dev cppcheck \
            libxlsxwriter-dev libcairo2-dev libpango1.0-dev fonts-dejavu-core poppler-utils unzip libical-dev
deps:
	@missing=$$(for p in $(DEB_PKGS); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; \
	  done); \
	if [ -z "$$missing" ]; then echo "make deps: all packages present"; exit 0; fi; \
	echo "make deps: installing" $$missing; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	else echo "make deps: need root or sudo to install:" $$missing >&2; exit 1; fi; \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/zio
	install -m 0755 $(B)/zio $(DESTDIR)$(BINDIR)/zio
	install -m 0644 man/zio.1 $(DESTDIR)$(MANDIR)/man1/zio.1
	install -m 0644 man/zio.ini.5 $(DESTDIR)$(MANDIR)/man5/zio.ini.5
	cp -R share/. $(DESTDIR)$(DATADIR)/zio/
	find $(DESTDIR)$(DATADIR)/zio -type f -exec chmod 0644 {} +

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/zio $(DESTDIR)$(MANDIR)/man1/zio.1 $(DESTDIR)$(MANDIR)/man5/zio.ini.5
	rm -rf $(DESTDIR)$(DATADIR)/zio

clean:
	rm -rf $(B) share/locale/nl

FORCE:

-include $(shell find $(B) -name '*.d' 2>/dev/null)
