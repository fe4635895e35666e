#!/usr/bin/env bash
# Installs what tests/engines/ needs to run the end-to-end core in Firefox ESR and WebKitGTK over
# W3C WebDriver: Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver + MiniBrowser) and xvfb,
# and geckodriver from crates.io. Idempotent: present tools (at the pinned version) are skipped;
# every network step is retried through tools/retry.
set -euo pipefail
cd "$(dirname "$0")/.."

GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PATH"

# Prints WebKitWebDriver's path: on PATH, or under Debian's webkit2gtk library folder.
find_webkit_driver() {
  command -v WebKitWebDriver 2>/dev/null && return 0
  local f
  for f in /usr/bin/WebKitWebDriver /usr/lib/*-linux-gnu/webkit2gtk-4.*/WebKitWebDriver; do
    [ -x "$f" ] && { echo "$f"; return 0; }
  done
  return 1
}

if command -v firefox-esr >/dev/null && find_webkit_driver >/dev/null && command -v xvfb-run >/dev/null; then
  echo "setup-engines: firefox-esr, WebKitWebDriver and xvfb-run present"
else
  echo "setup-engines: installing firefox-esr webkit2gtk-driver xvfb"
  tools/retry apt-get update -qq
  DEBIAN_FRONTEND=noninteractive tools/retry apt-get install -y -qq --no-install-recommends \
    firefox-esr webkit2gtk-driver xvfb xauth
fi
echo "setup-engines: WebKitWebDriver at $(find_webkit_driver)"

if [ "$(geckodriver --version 2>/dev/null | head -n1 | awk '{print $2}')" = "$GECKODRIVER_VERSION" ]; then
  echo "setup-engines: geckodriver $GECKODRIVER_VERSION present"
else
  echo "setup-engines: installing geckodriver $GECKODRIVER_VERSION"
  tools/retry cargo install --force --locked "geckodriver@$GECKODRIVER_VERSION" \
    || tools/retry cargo install --force "geckodriver@$GECKODRIVER_VERSION"
fi
