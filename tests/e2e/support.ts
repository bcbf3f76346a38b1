/** Shared steps of the end-to-end tests: open a page, open the popup for its tab, read its state. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionBrowser, OpenPageOptions, PageHandle } from '../../scripts/lib/extension-browser';
import { ROOT } from '../../scripts/lib/paths';
import { readTabState, waitForSettledPopup } from '../../scripts/lib/analyse-url';

export const SEEDS_DIR = resolve(ROOT, 'seeds');

export interface SeedExpectation {
  title: string;
  lang: string;
  comments: Array<{
    id: string;
    label: string;
    parentId: string | null;
    author: string;
    text: string;
    marks: Array<'off-topic' | 'link-only'>;
    mayMark?: Array<'off-topic' | 'link-only'>;
  }>;
}

export function readSeedExpectation(name: string): SeedExpectation {
  return JSON.parse(readFileSync(resolve(SEEDS_DIR, name, 'expected.json'), 'utf8')) as SeedExpectation;
}

export { readTabState };

export interface Analysed {
  page: PageHandle;
  popup: PageHandle;
  tabId: number;
  phase: string;
}

/** `settleMs`: how long the popup may take to show a result (default: waitForSettledPopup's). */
export async function openAndAnalyse(
  browser: ExtensionBrowser,
  url: string,
  open: OpenPageOptions & { settleMs?: number; idleFirst?: boolean } = {},
): Promise<Analysed> {
  const { settleMs, idleFirst, ...openOptions } = open;
  const page = await browser.openPage(url, openOptions);
  // A huge page may keep its main thread busy laying out well after "load": with `idleFirst` the
  // popup opens once the page's main thread is idle (bounded by the idle callback's own timeout;
  // the busy-page case has a test of its own).
  if (idleFirst) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 30_000 })), null);
  const tabId = await browser.tabIdOf(page.url());
  const popup = await browser.openPopup(tabId);
  const phase = await waitForSettledPopup(popup, settleMs);
  return { page, popup, tabId, phase };
}
