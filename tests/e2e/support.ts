/** Shared steps of the end-to-end tests: open a page, open the popup for its tab, read its state. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionBrowser, PageHandle } from '../../scripts/lib/extension-browser';
import { ROOT } from '../../scripts/lib/paths';
import { TabState } from '../../utils/schema';

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

/** The popup phases after which nothing more happens without the user. */
export const SETTLED = ['ready', 'unsupported', 'error'];

export async function waitForSettledPopup(popup: PageHandle): Promise<string> {
  await popup.waitFor((phases: string[]) => phases.includes(document.body.dataset.phase ?? ''), SETTLED, 30_000);
  return popup.evaluate(() => document.body.dataset.phase ?? '', null);
}

/** Reads the tab's state from inside an extension page, as the popup itself does. */
export async function readTabState(popup: PageHandle, tabId: number): Promise<TabState | null> {
  const raw = await popup.evaluate((id: number) => {
    const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (scope.browser ?? scope.chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    return api.runtime.sendMessage({ type: 'get-tab-state', tabId: id });
  }, tabId);
  return TabState.nullable().parse(raw);
}

export interface Analysed {
  page: PageHandle;
  popup: PageHandle;
  tabId: number;
  phase: string;
}

export async function openAndAnalyse(browser: ExtensionBrowser, url: string): Promise<Analysed> {
  const page = await browser.openPage(url);
  const tabId = await browser.tabIdOf(page.url());
  const popup = await browser.openPopup(tabId);
  const phase = await waitForSettledPopup(popup);
  return { page, popup, tabId, phase };
}
