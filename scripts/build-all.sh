#!/usr/bin/env bash
# Builds the shipped extensions (Chrome MV3, Firefox MV2) and the automation builds the tests
# and the command line load (same code plus a host permission; see wxt.config.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
for target in chrome firefox; do
  THREADWISE_BUILD= npx wxt build -b "$target" >&2
  THREADWISE_BUILD=automation npx wxt build -b "$target" >&2
done
