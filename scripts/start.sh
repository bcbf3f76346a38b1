#!/usr/bin/env bash
# npm start: install what is missing, build both browsers' extensions, annotate the saved seed
# page in headless Chromium and save a screenshot of the popup.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-all.sh
mkdir -p artifacts
npx tsx scripts/annotate.ts --screenshot artifacts/popup-seed.png "$@"
echo "popup screenshot: artifacts/popup-seed.png" >&2
