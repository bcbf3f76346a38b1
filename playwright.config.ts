import { defineConfig } from '@playwright/test';

// The end-to-end tests drive the browsers themselves (tests/e2e/support), Chromium through
// Playwright and Firefox through puppeteer-core; Playwright Test is the runner for both.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'artifacts/playwright.json' }]],
});
