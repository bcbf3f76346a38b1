/**
 * Prints the closing line of `npm test`: tests passed and failed across vitest and Playwright,
 * and which steps failed. Exits 1 when any step failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ARTIFACTS_DIR } from './lib/paths';

function readJson(name: string): unknown {
  const path = resolve(ARTIFACTS_DIR, name);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const vitest = readJson('vitest.json') as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number } | null;
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += vitest.numPendingTests ?? 0;
}
const playwright = readJson('playwright.json') as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } } | null;
if (playwright?.stats) {
  passed += playwright.stats.expected ?? 0;
  // A test that passed only on retry is a flaky test, and a flaky test is a defect.
  failed += (playwright.stats.unexpected ?? 0) + (playwright.stats.flaky ?? 0);
  skipped += playwright.stats.skipped ?? 0;
}
/** The tests that failed, with the first line of their error: printed last, where a CI log's tail shows them. */
const failures: string[] = [];
const firstLine = (text: string | undefined): string => (text ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '';
const vitestFiles = (vitest as { testResults?: { name?: string; assertionResults?: { status?: string; fullName?: string; failureMessages?: string[] }[] }[] } | null)?.testResults ?? [];
for (const file of vitestFiles) {
  for (const test of file.assertionResults ?? []) {
    if (test.status === 'failed') failures.push(`vitest ${file.name ?? ''} > ${test.fullName ?? ''}: ${firstLine(test.failureMessages?.[0])}`);
  }
}
interface PlaywrightSuite {
  title?: string;
  file?: string;
  specs?: { title: string; file?: string; line?: number; tests: { status?: string; projectName?: string; results: { status?: string; error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}
function walkPlaywright(suite: PlaywrightSuite, path: string[]): void {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.status === 'unexpected' || test.status === 'flaky') {
        const error = test.results.find((r) => r.error)?.error?.message;
        failures.push(`e2e ${spec.file ?? ''}:${spec.line ?? ''} ${[...path, spec.title].join(' > ')} (${test.status}): ${firstLine(error)}`);
      }
    }
  }
  for (const child of suite.suites ?? []) walkPlaywright(child, [...path, child.title ?? ''].filter((t) => t !== '' && !t.endsWith('.ts')));
}
for (const suite of (playwright as { suites?: PlaywrightSuite[] } | null)?.suites ?? []) walkPlaywright(suite, []);
for (const line of failures) console.log(`failed: ${line}`);
const failedSteps = process.argv.slice(2);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join('; ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
