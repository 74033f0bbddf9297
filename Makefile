# The README's quick start: `make report` writes the default report into output/,
# `make test` runs the tests. Each installs cairo's headers first when they are missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
OUTPUT ?= output

.PHONY: report test golden deps browser browser-check clean

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

## test: run the whole test suite (debug build)
test: deps
	swift test

## golden: rewrite Tests/Golden/default-report/ (summary.json, ledger.csv) from the default
## report, written by the debug build the tests use; for an intended change only: review the
## diff, then commit it (Tests/README.md)
GOLDEN := Tests/Golden/default-report
golden: deps
	swift build --product hedge-report
	rm -rf .build/golden
	"$$(swift build --show-bin-path)/hedge-report" report --quiet --output .build/golden
	cp .build/golden/summary.json .build/golden/ledger.csv $(GOLDEN)/
	@git --no-pager diff --stat -- $(GOLDEN) 2>/dev/null || true

clean:
	rm -rf .build
	find $(OUTPUT) -mindepth 1 ! -name .gitkeep -exec rm -rf {} +

## bench: our speed beside QuantLib's and numpy's, measured back to back in one run, and
## against the issues' budgets where there is no peer (Benchmarks/README.md); installs the
## peers' Python packages when they are missing. hedge-report is built for default-report.
PYTHON ?= python3
.PHONY: bench
bench: deps
	@$(PYTHON) -c "import QuantLib, numpy, scipy" 2>/dev/null || $(PYTHON) -m pip install --quiet QuantLib numpy scipy
	swift build -c release --product hedge-bench
	swift build -c release --product hedge-report
	"$$(swift build -c release --show-bin-path)/hedge-bench" --python "$(PYTHON)" --peers Benchmarks/peers $(BENCH_FLAGS)
