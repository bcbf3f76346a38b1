/**
 * One page through the real extension, as a reader would do it: open the page, open the popup
 * for its tab, wait until the popup has settled, read the result the popup shows.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AnalysisResult, MaybeTabState, type TabState } from '../../utils/schema';
import type { ExtensionBrowser, PageHandle } from './extension-browser';

/** How long `--click` waits for its element to appear before going on without it. */
const CLICK_APPEAR_MS = 5_000;
/** Share of `--timeout` the page's load event may take; the rest is left for the analysis. */
const LOAD_SHARE = 0.5;
/** The analysis always gets at least this long, however long the load took. */
const MIN_ANALYSIS_MS = 2_000;

/** The popup phases after which nothing more will happen without the user. */
export const SETTLED_PHASES = ['ready', 'unsupported', 'error'];

/** Waits until the popup has settled and returns its phase. */
export async function waitForSettledPopup(popup: PageHandle, timeoutMs = 30_000): Promise<string> {
  try {
    await popup.waitFor((phases: string[]) => phases.includes(document.body.dataset.phase ?? ''), SETTLED_PHASES, timeoutMs);
  } catch (error) {
    const shown = await popup.evaluate(() => `${document.body.dataset.phase}: ${document.body.innerText.slice(0, 200)}`, null).catch(() => '?');
    throw new Error(`the popup did not settle (${shown})`, { cause: error });
  }
  return popup.evaluate(() => document.body.dataset.phase ?? '', null);
}

export function failure(url: string, error: string): AnalysisResult {
  return { url, article: null, comments: [], timings: { detectMs: 0, analyzeMs: 0 }, error };
}

/** Reads the tab's state from inside an extension page, as the popup itself does. */
export async function readTabState(popup: PageHandle, tabId: number): Promise<TabState | null> {
  const raw = await popup.evaluate((id: number) => {
    const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (scope.browser ?? scope.chrome) as { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    return api.runtime.sendMessage({ type: 'get-tab-state', tabId: id });
  }, tabId);
  const parsed = MaybeTabState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export interface AnalyseOptions {
  clicks: string[];
  waitMs: number;
  timeoutMs: number;
  /** Where to save a PNG of the popup, if anywhere. */
  screenshot?: string | undefined;
}

/**
 * `timeoutMs` bounds the whole: the page's load gets part of it (then the page is read as far as
 * it got) and the analysis the rest. The page stays where it was opened: navigations its scripts
 * start are cancelled (see `OpenPageOptions.stayOnPage`).
 */
export async function analyseUrl(browser: ExtensionBrowser, url: string, options: AnalyseOptions): Promise<AnalysisResult> {
  const deadline = Date.now() + options.timeoutMs;
  let page: PageHandle;
  try {
    page = await browser.openPage(url, { stayOnPage: true, loadTimeoutMs: Math.round(options.timeoutMs * LOAD_SHARE) });
  } catch (error) {
    return failure(url, `could not open the page: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // Lazy sections show their controls late: each selector gets a few seconds to appear.
  for (const selector of options.clicks) {
    const appeared = await page
      .waitFor(
        (s: string) => {
          try {
            const el = document.querySelector(s) as HTMLElement | null;
            return !!el && el.getClientRects().length > 0;
          } catch {
            return false;
          }
        },
        selector,
        CLICK_APPEAR_MS,
      )
      .then(
        () => true,
        () => false,
      );
    if (appeared) await page.click(selector).catch(() => undefined);
  }
  if (options.waitMs > 0) await new Promise((done) => setTimeout(done, options.waitMs));
  let tabId: number;
  let popup: PageHandle;
  try {
    tabId = await browser.tabIdOf(page.url());
    popup = await browser.openPopup(tabId);
  } catch (error) {
    await page.close().catch(() => undefined);
    return failure(url, `could not reach the page's tab: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    try {
      await waitForSettledPopup(popup, Math.max(MIN_ANALYSIS_MS, deadline - Date.now()));
    } catch {
      return failure(url, `no result within ${options.timeoutMs} ms (the page never answered)`);
    }
    if (options.screenshot) {
      await mkdir(dirname(options.screenshot), { recursive: true });
      await popup.screenshot(options.screenshot);
    }
    const state = await readTabState(popup, tabId);
    if (!state) return failure(url, 'the extension returned no result');
    if (state.status !== 'ready' || !state.result) return failure(url, state.reason ?? `analysis ${state.status}`);
    return { ...state.result, url };
  } finally {
    await popup.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

