# VendorDesk: `make run` builds and opens the app; `make test` runs every test; `make bench` prints
# the timings beside their budgets. All install what is missing first (Debian packages, the Wails
# CLI, npm packages). The test command asserts no timing: a shared, loaded machine would fail it.
WAILS := .tools/bin/wails
TAGS  := webkit2_41
SHELL := bash
export PATH := $(CURDIR)/.tools/bin:$(PATH)

.PHONY: deps run build test test-go test-frontend e2e smoke windows bench bench-go bench-browser first-paint memory bench-table fuzz crash

deps:
	bash scripts/deps.sh

build: deps
	cd frontend && npm run build
	$(WAILS) build -m -s -tags $(TAGS)

run: build
	./build/bin/vendordesk

test: deps test-go test-frontend e2e smoke windows

test-go:
	go vet ./...
	go test ./...

test-frontend:
	cd frontend && npm test
	cd frontend && npm run build

# The user flows in Chromium on a fresh database (needs test-frontend's build).
e2e:
	bash scripts/e2e.sh

smoke:
	$(WAILS) build -m -s -tags $(TAGS)
	git diff --exit-code --stat -- frontend/src/wailsjs || (echo "The committed wailsjs bindings are stale: commit the regenerated ones." && exit 1)
	bash scripts/smoke.sh
	bash scripts/window-starts.sh

# Cross-compiles the Windows .exe so a broken Windows build is caught on Linux.
windows:
	$(WAILS) build -m -s -skipbindings -platform windows/amd64 -o vendordesk.exe
	@ls -l build/bin/vendordesk.exe

# Benchmarks: the Go ones at 10,000 customers, 30,000 contacts, 100,000 communications, 50,000
# requirements, 20,000 deployments and 100,000 tickets (with the seed of that data set), then the
# browser timings on a file seeded by scripts/seed, the window's start-up and the memory; last,
# ONE table of them all beside their floors and budgets (scripts/benchtable). Each part's output
# is kept in build/bench/ (the table reads it there; `make bench-table` prints it again).
bench: deps bench-go bench-browser first-paint memory bench-table

BENCHLOG := build/bench
# The large data set's benchmarks take minutes each: far past go test's default 10-minute limit.
# pipefail: a failing part fails make although its output goes through tee.
bench-go:
	@mkdir -p $(BENCHLOG)
	set -o pipefail; go test -run '^$$' -bench . -benchtime 2s -benchmem -timeout 90m ./backend/... | tee $(BENCHLOG)/go.txt

bench-browser:
	@mkdir -p $(BENCHLOG)
	cd frontend && npm run build
	set -o pipefail; bash scripts/bench-browser.sh | tee $(BENCHLOG)/browser.txt

# The real window's first screen on the large data set, timed from outside under Xvfb.
first-paint: build
	@mkdir -p $(BENCHLOG)
	set -o pipefail; bash scripts/first-paint.sh | tee $(BENCHLOG)/first-paint.txt

# The whole app's memory (PSS of the Go process and the web view, the Go heap) on the large data
# set, after a visit to its main screens in the real window under Xvfb.
memory: build
	@mkdir -p $(BENCHLOG)
	set -o pipefail; bash scripts/memory.sh | tee $(BENCHLOG)/memory.txt

# The one table of the last `make bench` (of whichever parts of it ran).
bench-table:
	cat $(BENCHLOG)/*.txt | go run ./scripts/benchtable

# Fuzzing of what reads files from outside (an export to import, a backup to restore), FUZZTIME
# each; their committed corpora in backend/bolt/testdata/fuzz also run in `make test`.
FUZZTIME ?= 3m
fuzz:
	go test -run '^$$' -fuzz '^FuzzReadExport$$' -fuzztime $(FUZZTIME) ./backend/bolt
	go test -run '^$$' -fuzz '^FuzzCheckBackup$$' -fuzztime $(FUZZTIME) ./backend/bolt

# The crash harness with 1,000 kills (make test runs it with 200): a writer killed with SIGKILL at
# random moments, then every acknowledged write and the full check of the file.
crash:
	VENDORDESK_CRASH_CYCLES=1000 go test -count=1 -run '^TestCrashHarness$$' -v -timeout 30m ./backend/bolt
