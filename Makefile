# The README's quick start: `make report` writes the default report into output/,
# `make test` runs the tests, `make install` installs the executable. Each installs cairo's
# headers first when they are missing. `make help` lists the targets.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUTPUT ?= output
PREFIX ?= /usr/local

.PHONY: help report test golden install uninstall deps browser browser-check clean

## help: list the targets and what they do
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## deps: install libcairo2-dev (Debian/Ubuntu) unless pkg-config already finds cairo
deps:
	@pkg-config --exists cairo 2>/dev/null || { \
		echo "installing libcairo2-dev and pkg-config"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libcairo2-dev pkg-config; }

## browser: install headless Chromium, for looking at the report and for the browser check
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }

## report: build in release mode and write the default report into $(OUTPUT)/
report: deps
	swift run -c release hedge-report report --output $(OUTPUT)

## browser-check: open the report in output/ in headless Chromium and check it loads clean
browser-check: browser
	scripts/browser-check $(OUTPUT)/report.html $(OUTPUT)/screenshot.png

## test: run the whole test suite: the tests built in debug mode; the end-to-end tests run the
## release executable (built first, the one `make report` and `make install` use)
test: deps
	swift build -c release --product hedge-report
	HEDGE_REPORT_EXECUTABLE="$$(swift build -c release --show-bin-path)/hedge-report" swift test

## golden: rewrite Tests/Golden/default-report/ (summary.json, ledger.csv) from the default
## report, written by the release executable the end-to-end tests run; for an intended change
## only: review the diff, then commit it (Tests/README.md)
GOLDEN := Tests/Golden/default-report
golden: deps
	swift build -c release --product hedge-report
	rm -rf .build/golden
	"$$(swift build -c release --show-bin-path)/hedge-report" report --quiet --output .build/golden
	cp .build/golden/summary.json .build/golden/ledger.csv $(GOLDEN)/
	@git --no-pager diff --stat -- $(GOLDEN) 2>/dev/null || true

## install: build a stand-alone release executable (the Swift runtime and Foundation linked in
## statically, symbols stripped: it needs no Swift toolchain where it runs, only cairo), copy it
## to $(PREFIX)/bin (default /usr/local) and its bash, zsh and fish completions under $(PREFIX)/share
INSTALL_BUILD := .build/install
install: deps
	swift build -c release --product hedge-report --static-swift-stdlib --scratch-path $(INSTALL_BUILD)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions" "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$$(swift build -c release --scratch-path $(INSTALL_BUILD) --show-bin-path)/hedge-report" "$(DESTDIR)$(PREFIX)/bin/hedge-report"
	strip "$(DESTDIR)$(PREFIX)/bin/hedge-report"
	"$(DESTDIR)$(PREFIX)/bin/hedge-report" --generate-completion-script bash \
		> "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/hedge-report"
	"$(DESTDIR)$(PREFIX)/bin/hedge-report" --generate-completion-script zsh \
		> "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_hedge-report"
	"$(DESTDIR)$(PREFIX)/bin/hedge-report" --generate-completion-script fish \
		> "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/hedge-report.fish"

## uninstall: remove what `make install PREFIX=…` put under $(PREFIX)
uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/hedge-report" "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/hedge-report" \
		"$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_hedge-report" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/hedge-report.fish"

## clean: remove the build folder and the report in $(OUTPUT)/
clean:
	rm -rf .build
	find $(OUTPUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

## bench: our speed beside QuantLib's and numpy's, measured back to back in one run, and
## against the issues' budgets where there is no peer (Benchmarks/README.md). The peers'
## Python packages go into a virtual environment of the benchmarks' own ($(BENCH_VENV)),
## never into the system's Python. hedge-report is built for default-report.
PYTHON ?= python3
BENCH_VENV ?= .build/bench-venv
.PHONY: bench
bench: deps
	@[ -x "$(BENCH_VENV)/bin/python" ] || $(PYTHON) -m venv "$(BENCH_VENV)" || { \
		echo "bench: '$(PYTHON) -m venv' failed; on Debian or Ubuntu: apt-get install python3-venv" >&2; exit 1; }
	@"$(BENCH_VENV)/bin/python" -c "import QuantLib, numpy, scipy" 2>/dev/null || "$(BENCH_VENV)/bin/python" -m pip install --quiet QuantLib numpy scipy
	swift build -c release --product hedge-bench
	swift build -c release --product hedge-report
	"$$(swift build -c release --show-bin-path)/hedge-bench" --python "$(BENCH_VENV)/bin/python" --peers Benchmarks/peers $(BENCH_FLAGS)
