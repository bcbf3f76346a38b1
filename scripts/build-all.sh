#!/usr/bin/env bash
# Builds the shipped extensions (Chrome MV3, Firefox MV2) and the automation builds the tests
# and the command line load (same code plus a host permission; see wxt.config.ts).
# Quiet on success (one line per build); the full log on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in chrome firefox; do
  for mode in shipped automation; do
    if ! log=$(THREADWISE_BUILD=$([ "$mode" = automation ] && echo automation || echo "") npx wxt build -b "$target" 2>&1); then
      echo "$log" >&2
      echo "build: $target ($mode) FAILED" >&2
      exit 1
    fi
    echo "build: $target ($mode) $(echo "$log" | grep -o 'Total size: .*' | tr -s ' ')" >&2
  done
done
