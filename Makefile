# VendorDesk: `make run` builds and opens the app; `make test` runs every test. Both install what
# is missing first (Debian packages, the Wails CLI, npm packages).
WAILS := .tools/bin/wails
TAGS  := webkit2_41
export PATH := $(CURDIR)/.tools/bin:$(PATH)

.PHONY: deps run build test test-go test-frontend e2e smoke windows bench

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

# Benchmarks at 10,000 customers, 30,000 contacts, 100,000 communications.
bench:
	go test -run '^$$' -bench . -benchtime 2s ./backend/...
