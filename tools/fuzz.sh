#!/usr/bin/env bash
# Coverage-guided fuzzing of the content and URL-hash parsers with cargo fuzz (libFuzzer), for a
# fixed time per target. cargo fuzz needs a nightly toolchain: where this machine has none, say
# so and stop (the property tests in tests/ still cover the parsers).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
CARGO_FUZZ_VERSION=0.13.1

# Never let rustup try to download a toolchain (there is no network for that here).
export RUSTUP_AUTO_INSTALL=0
if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: skipped: no nightly Rust toolchain on this machine (cargo fuzz needs one)"
  exit 0
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  tools/retry cargo install --force --locked cargo-fuzz@$CARGO_FUZZ_VERSION
fi
for target in content_parse hash_parse; do
  corpus="target/fuzz-corpus/$target"
  mkdir -p "$corpus"
  log="target/fuzz-$target.log"
  if (cd fuzz && cargo +nightly fuzz run "$target" "../$corpus" "seeds/$target" -- -max_total_time="$SECONDS_PER_TARGET") >"$log" 2>&1; then
    echo "fuzz: $target: $(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
  else
    echo "fuzz: $target FAILED"; tail -n 40 "$log"; exit 1
  fi
done
