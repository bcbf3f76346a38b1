#!/usr/bin/env bash
# npm test: the one gate. Installs what is missing, then type-check, unit and seed-page tests,
# builds, web-ext lint, end-to-end tests in real Chromium and Firefox, and the corpus
# evaluations (detection; analysis on real threads) when ../shared/corpus is there. Every step runs; the summary says what failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
mkdir -p artifacts
failed=()
step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if ! "$@"; then failed+=("$name"); fi
}
# A command that must end within a time: a synchronous hang (a runaway regular expression, an
# endless loop) blocks a test runner's own per-test timeouts, so the gate stops it and says so
# instead of stalling the CI run. The limits given below are several times what the steps take on a
# 2-core machine.
within() {
  local limit=$1
  shift
  timeout --kill-after=30 "$limit" "$@"
  local rc=$?
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    echo "stopped after ${limit} s. Something hangs: a synchronous loop blocks the runner's own timeouts."
  fi
  return "$rc"
}
step "type-check" npx tsc --noEmit -p .
step "build" bash scripts/build-all.sh
step "unit and seed-page tests" within 900 npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
step "web-ext lint" npx tsx scripts/lint-firefox.ts
step "store packages (npm run zip)" npx tsx scripts/check-packages.ts
step "end-to-end (Chromium, Firefox)" npx playwright test
if [ -d ../shared/corpus ]; then
  if [ -f scripts/eval-corpus.ts ]; then step "corpus evaluation" npx tsx scripts/eval-corpus.ts --check; fi
  step "analysis on real threads (held-out floors)" within 1800 npx tsx scripts/eval-analysis.ts --check
else
  echo "corpus: ../shared/corpus is missing; the corpus evaluation was skipped"
fi
if [ -d ../shared/corpus-dragnet ]; then
  step "dragnet evaluation" npx tsx scripts/eval-corpus.ts --set dragnet --check
else
  echo "dragnet: ../shared/corpus-dragnet is missing; the dragnet evaluation was skipped"
fi
echo
npx tsx scripts/test-summary.ts "${failed[@]}"
