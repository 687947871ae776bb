# timeline: turn news articles into a queryable event timeline stored in SQLite.
#
# make demo     - build in release mode, load the bundled sample articles into timeline.db, print the timeline
# make test     - run every test (unit, store, CLI and end-to-end) with Swift Testing
# make build    - release build of .build/release/timeline
# make lint     - swift format lint --strict over Sources, Tests, Benchmarks and Package.swift
# make format   - rewrite the sources in place with swift format
# make score    - score the extractor on ../shared/corpus and ../shared/seed with ../shared/eval/score.py
# make score-check - fail when a score falls below the floor recorded in accuracy-floor.json
# make score-heldout - score the extractor on the held-out articles in eval/heldout (never tune on them)
# make readme   - regenerate the README's command transcripts from real runs
# make help-snapshots - regenerate the pinned --help texts of the tests after a deliberate change
# make bench    - benchmark suite (BENCHMARKS.md): BENCH_N articles (default 100000) against the C baseline
# make bench-ci - the same suite on 200 articles, to keep it working (no timing checks)
# make test-reliability - kill, concurrency, full-disk and large-input trials through the release binary (README: Reliability)
# make test-sanitize - the test suite under AddressSanitizer, then ThreadSanitizer
# make fuzz     - libFuzzer over every reader and the extractor, FUZZ_SECONDS (default 600) per stage
# make fuzz-ci  - the same for 10 s per stage (60 s in all), as CI runs it
# make deps     - install the system libraries (libsqlite3-dev, libxml2-dev, pkg-config) when missing
# make clean    - remove build products and the demo database

SWIFT ?= swift
# Release builds link the Swift runtime and Foundation statically: a dynamically linked timeline spends a third of a
# short query (`timeline events --on D`) in the dynamic loader, binding 26 shared libraries (BENCHMARKS.md).
RELEASE_FLAGS ?= -c release --static-swift-stdlib
SHARED ?= ../shared
DB ?= timeline.db
BIN := .build/release/timeline
SYSTEM_PACKAGES := libsqlite3-dev libxml2-dev pkg-config

BENCH_N ?= 100000
BENCH_QUERIES ?= 1000
BENCH_LARGE_MB ?= 50
BENCH_REPEAT ?= 3
BENCH_DIR := .build/bench
BASELINE := $(BENCH_DIR)/timeline-baseline
CC ?= cc

.PHONY: default demo test build lint format score score-check score-heldout readme help-snapshots deps clean bench \
	bench-ci bench-build bench-tools test-reliability reliability-ci test-sanitize fuzz fuzz-ci fuzz-build

default: test

deps:
	@if pkg-config --exists sqlite3 libxml-2.0 2>/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing $(SYSTEM_PACKAGES) with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES); \
	else \
		echo "Missing system libraries. Install them with:"; \
		echo "  sudo apt-get install -y $(SYSTEM_PACKAGES)"; \
		exit 1; \
	fi

build: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product timeline

test: deps
	$(SWIFT) test

demo: build
	@$(BIN) load samples --db $(DB)
	@$(BIN) events --db $(DB)

lint:
	$(SWIFT) format lint --strict -r Sources Tests Benchmarks Fuzz Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Fuzz Package.swift

score: build
	python3 $(SHARED)/eval/score.py --timeline $(BIN) --gold $(SHARED)/corpus/gold \
		--articles $(SHARED)/corpus --articles $(SHARED)/seed --details

score-check: build
	python3 scripts/score_floor.py --timeline $(BIN) --shared $(SHARED) --floor accuracy-floor.json
	python3 scripts/score_floor.py --timeline $(BIN) --shared $(SHARED) --floor heldout-floor.json \
		--gold eval/heldout/gold --articles eval/heldout/articles

score-heldout: build
	python3 $(SHARED)/eval/score.py --timeline $(BIN) --gold eval/heldout/gold --articles eval/heldout/articles

readme: build
	python3 scripts/readme.py --timeline $(BIN) --write README.md

# The C baseline: the same inserts and queries through the raw SQLite C API, built against the system sqlite3.
$(BASELINE): Benchmarks/c-baseline/timeline_baseline.c
	@mkdir -p $(BENCH_DIR)
	$(CC) -O2 -Wall -Wextra -std=c11 -o $@ $< $$(pkg-config --cflags --libs sqlite3) -lm

# GNU time (peak memory), taskset (one-core runs) and the sqlite3 shell (figure 5), installed like `make deps`.
BENCH_PACKAGES := time util-linux sqlite3

bench-tools:
	@if [ -x /usr/bin/time ] && command -v taskset >/dev/null && command -v sqlite3 >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing $(BENCH_PACKAGES) with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BENCH_PACKAGES); \
	else \
		echo "Missing benchmark tools. Install them with:"; \
		echo "  sudo apt-get install -y $(BENCH_PACKAGES)"; \
		exit 1; \
	fi

bench-build: deps bench-tools $(BASELINE)
	$(SWIFT) build $(RELEASE_FLAGS) --product timeline
	$(SWIFT) build $(RELEASE_FLAGS) --product BenchmarkRunner

bench: bench-build
	.build/release/BenchmarkRunner --articles $(BENCH_N) --queries $(BENCH_QUERIES) \
		--large-article-mb $(BENCH_LARGE_MB) --repeat $(BENCH_REPEAT) --work $(BENCH_DIR) --baseline $(BASELINE)

bench-ci: bench-build
	.build/release/BenchmarkRunner --articles 200 --queries 20 --large-article-mb 1 --repeat 1 \
		--work $(BENCH_DIR)/ci --baseline $(BASELINE)

# Reliability (README: Reliability). CRASH_TRIALS kills of a load at random moments, CONCURRENCY_ROUNDS rounds of
# four loaders and two readers on one database, a full and a read-only filesystem (tmpfs; skipped when not root),
# an article of LARGE_MB megabytes and an NDJSON file of NDJSON_ARTICLES articles (peak memory must stay flat).
CRASH_TRIALS ?= 100
CONCURRENCY_ROUNDS ?= 10
LARGE_MB ?= 50
NDJSON_ARTICLES ?= 100000

test-reliability: build
	python3 scripts/reliability.py crash --trials $(CRASH_TRIALS)
	python3 scripts/reliability.py concurrency --rounds $(CONCURRENCY_ROUNDS)
	python3 scripts/reliability.py disk
	bash scripts/robustness.sh $(BIN) $(LARGE_MB) $(NDJSON_ARTICLES)

reliability-ci:
	$(MAKE) test-reliability CRASH_TRIALS=10 CONCURRENCY_ROUNDS=2 LARGE_MB=20 NDJSON_ARTICLES=10000

# Each sanitizer needs a build of its own, kept apart from the normal one.
# Leaks reported inside swift-argument-parser's and XCTest's exit paths are suppressed (Tests/lsan-suppressions.txt).
test-sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt:print_suppressions=0 $(SWIFT) test --sanitize=address \
		--scratch-path .build-asan
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan

# libFuzzer (FUZZ_SECONDS per stage): crashes and hangs land in .build-fuzz/artifacts and become regression files
# in Fuzz/Regressions, which the test suite replays.
FUZZ_SECONDS ?= 600
FUZZ_BIN := .build-fuzz/release/TimelineFuzz

fuzz-build: deps
	$(SWIFT) build -c release --sanitize=fuzzer --sanitize=address --product TimelineFuzz --scratch-path .build-fuzz

fuzz: fuzz-build
	bash scripts/fuzz.sh $(FUZZ_BIN) $(FUZZ_SECONDS)

fuzz-ci: fuzz-build
	bash scripts/fuzz.sh $(FUZZ_BIN) 10

help-snapshots:
	UPDATE_HELP=1 $(SWIFT) test --filter HelpTests

clean:
	rm -rf .build .build-fuzz .build-asan .build-tsan $(DB) $(DB)-wal $(DB)-shm
