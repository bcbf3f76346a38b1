#!/usr/bin/env bash
# Installs whatever is missing for building and testing: node modules, and Debian's Chromium
# and Firefox ESR (unless CHROMIUM_PATH / FIREFOX_PATH point at browsers of the machine's own).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing node modules (npm ci)…" >&2
  npm ci --no-audit --no-fund --loglevel=error >&2
fi

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/lib/chromium/chromium ]; then missing+=(chromium); fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then missing+=(firefox-esr); fi
# The German language pack: the end-to-end tests check the extension's own German in Firefox,
# which follows the browser's UI language only for languages the browser has.
if [ -z "${FIREFOX_PATH:-}" ] && ! ls /usr/lib/firefox-esr/browser/extensions/langpack-de@* >/dev/null 2>&1; then missing+=(firefox-esr-l10n-de); fi
# Screenshots need real fonts; Debian's browsers do not always pull them in.
if ! fc-list 2>/dev/null | grep -qi 'dejavu\|liberation'; then missing+=(fonts-dejavu-core fonts-liberation); fi
if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${missing[*]} with apt-get…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "setup: missing ${missing[*]}: install them (apt-get install ${missing[*]}) or set CHROMIUM_PATH / FIREFOX_PATH" >&2
    exit 1
  fi
fi
