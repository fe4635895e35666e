# Peer Roadmap — the four commands: serve, test, dist, bench. Each one installs what is missing
# first (idempotent: present tools at the right version are skipped; network steps are retried).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate exactly: read it from Cargo.lock.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

.PHONY: help setup setup-rust setup-node setup-browser setup-java serve dist package test lint schema test-host test-browser test-e2e test-fuzz setup-engines test-engines bench clean

help:
	@echo "make serve   build and serve the standalone page at http://127.0.0.1:8080/"
	@echo "make test    every test: host, in-browser (wasm-bindgen-test), end-to-end (Playwright)"
	@echo "make dist    release build into dist/"
	@echo "make package npm package (package/, release/*.tgz) and release archive (release/*.zip) from dist/"
	@echo "make bench   the benchmark (numbers, not pass/fail)"

setup: setup-rust setup-node setup-browser

setup-rust:
	@command -v cc >/dev/null && command -v pkg-config >/dev/null && [ -e /usr/include/openssl/ssl.h ] || { \
	  tools/retry apt-get update -qq; DEBIAN_FRONTEND=noninteractive tools/retry apt-get install -y -qq build-essential pkg-config libssl-dev; }
	@grep -q '^wasm_bindgen = "$(WASM_BINDGEN_VERSION)"' Trunk.toml || { echo "Trunk.toml [tools] wasm_bindgen must be $(WASM_BINDGEN_VERSION), the version in Cargo.lock" >&2; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || tools/retry rustup target add wasm32-unknown-unknown
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION)"; \
	  tools/retry cargo install --force --locked wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) \
	  || tools/retry cargo install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION)"; \
	  tools/retry cargo install --force --locked trunk@$(TRUNK_VERSION) \
	  || tools/retry cargo install --force trunk@$(TRUNK_VERSION); fi

# node_modules/.bin/wasm-opt comes from the npm package binaryen (pinned in package-lock.json).
# Node 20.19 or later (Vite 8 and node:zlib's crc32 need it): Debian's own nodejs is older.
setup-node:
	@node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)' \
	  || { echo "Node.js >= 20.19 is needed (found $$(node --version 2>/dev/null || echo none))" >&2; exit 1; }
	@if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/esbuild ] || [ ! -x node_modules/.bin/tsc ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  tools/retry npm ci --no-audit --no-fund; fi

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  tools/retry apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive tools/retry apt-get install -y -qq chromium chromium-driver; fi

# Java for the Nu Html Checker (vnu.jar, from the npm package vnu-jar), which the end-to-end
# tests run on the shipped pages and the rendered DOM (tests/e2e/valid-html.test.mjs).
setup-java:
	@if ! java -version >/dev/null 2>&1; then \
	  tools/retry apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive tools/retry apt-get install -y -qq default-jre-headless; fi

# wasm-bindgen's snippet folders are named after the crate's version and hash, and Trunk copies
# every folder it finds there: a stale one (from an earlier version) would ship in dist/.
dist: setup-rust setup-node
	rm -rf target/wasm-bindgen/release/snippets
	trunk build --release

# The release artefacts from dist/: package/ (the npm package), release/peer-roadmap-X.Y.Z.tgz
# (npm pack), release/peer-roadmap-X.Y.Z.zip and release/SHA256SUMS; prints embed.js's SRI value.
# Reproducible: the zip's times are SOURCE_DATE_EPOCH, by default the last commit's time.
package: dist
	SOURCE_DATE_EPOCH=$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct 2>/dev/null || echo 315532800)} node tools/package.mjs dist .

# A development build with the demo and test pages (www/demo/, never in dist/) at /demo/.
serve: setup-rust setup-node
	PEER_ROADMAP_DEMO=1 trunk serve --dist target/serve-dist

test: setup lint test-host test-browser dist test-e2e test-engines test-fuzz

# Formatting and lints are part of the tests: unformatted code or a clippy warning fails them,
# for the host build and the WebAssembly build alike. The `editor` feature adds the editor page's
# code (src/editor/, its bin and its tests) to what is linted.
lint: setup-rust
	cargo fmt --check
	cargo clippy --locked --all-targets --features editor -- -D warnings
	cargo clippy --locked --all-targets --features editor --target wasm32-unknown-unknown -- -D warnings

# Regenerates schema/content.schema.json from the content types (a host test fails while the
# committed file is stale).
schema:
	cargo run --locked --example write-schema

# With the editor page's pure core and its tests (tests/editor.rs).
test-host:
	cargo test --locked --features editor

test-browser: setup
	cargo test --locked --target wasm32-unknown-unknown --test browser --test content_browser --test panic_hook

test-e2e: setup-node setup-browser setup-java dist
	node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/

# The end-to-end core in Firefox ESR and WebKitGTK, over WebDriver.
setup-engines:
	tools/setup-engines.sh

test-engines: setup-engines dist
	node --test --test-concurrency=1 --test-timeout=300000 tests/engines/

# cargo fuzz on the parsers (skipped, with a message, where no nightly toolchain exists).
test-fuzz:
	tools/fuzz.sh

bench: setup dist
	node bench/run.mjs

clean:
	rm -rf dist target/wasm32-unknown-unknown/release
