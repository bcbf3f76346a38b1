/**
 * The popup and the page annotations as a reader uses them, in real Chromium and Firefox:
 * filters, search, collapsing, keyboard, export, settings that persist, badge, dim/collapse on
 * the page with undo, automatic analysis opt-in, a 2,000-comment page, light and dark screenshots.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitForSettledPopup } from '../../scripts/lib/analyse-url';
import { launchExtensionBrowser, type ExtensionBrowser, type PageHandle } from '../../scripts/lib/extension-browser';
import { generateCommentPage } from '../../scripts/lib/generate-page';
import { ARTIFACTS_DIR, type BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { AnalysisResult } from '../../utils/schema';
import { openAndAnalyse, readSeedExpectation, readTabState, SEEDS_DIR } from './support';

const expected = readSeedExpectation('russia-belarus-union');
const idOf = (label: string) => expected.comments.find((c) => c.label === label)!.id;
const SCREENSHOTS = resolve(ARTIFACTS_DIR, 'screenshots');

/** Ids of the rows the popup shows, in order. */
function shownIds(popup: PageHandle): Promise<string[]> {
  return popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.tree .node')].map((n) => n.dataset.commentId ?? ''), null);
}
/** Waits until the popup shows a row set that passes `check` (renders follow clicks asynchronously). */
async function rowsSettle(popup: PageHandle, check: (ids: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  let ids = await shownIds(popup);
  while (!check(ids) && Date.now() < deadline) {
    await popup.waitFor((before: string) => [...document.querySelectorAll<HTMLElement>('.tree .node')].map((n) => n.dataset.commentId ?? '').join() !== before, ids.join(), 5_000).catch(() => undefined);
    ids = await shownIds(popup);
  }
  return ids;
}
const equal = (want: string[]) => (ids: string[]) => ids.join() === want.join();
/** The comment row that has keyboard focus, once focus has settled on `expected`. */
async function focusedId(popup: PageHandle, expected: string): Promise<string | undefined> {
  await popup.waitFor((id: string) => (document.activeElement as HTMLElement | null)?.dataset.commentId === id, expected, 5_000).catch(() => undefined);
  return popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.commentId, null);
}
function badgeText(popup: PageHandle, tabId: number): Promise<string> {
  return popup.evaluate((id: number) => {
    const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (scope.browser ?? scope.chrome) as Record<string, { getBadgeText(d: object): Promise<string> } | undefined>;
    return (api.action ?? api.browserAction)!.getBadgeText({ tabId: id });
  }, tabId);
}
/** Waits until the extension has (or has not) registered its content script for automatic analysis. */
function autoRegistered(popup: PageHandle, registered: boolean): Promise<void> {
  return popup.waitFor((want: boolean) => {
    const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (scope.browser ?? scope.chrome) as { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
    return api.scripting.getRegisteredContentScripts().then((scripts) => scripts.length > 0 === want);
  }, registered);
}
/** Whether the text of a comment (its own body, not its replies') is visible on the page. */
function bodyVisible(page: PageHandle, commentId: string): Promise<boolean> {
  return page.evaluate((id: string) => {
    const item = document.getElementById(id);
    const body = item?.querySelector(':scope > .comment-body .comment-content, :scope .comment-content');
    return !!body && (body as HTMLElement).checkVisibility({ opacityProperty: false } as never);
  }, commentId);
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: popup and page annotations`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;
    let generatedServer: StaticServer;
    let generatedDir: string;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      generatedDir = mkdtempSync(join(tmpdir(), 'threadwise-generated-'));
      writeFileSync(join(generatedDir, 'large.html'), generateCommentPage(2_000).html);
      generatedServer = await serveDirectory(generatedDir);
      browser = await launchExtensionBrowser(browserName);
      mkdirSync(SCREENSHOTS, { recursive: true });
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
      await generatedServer?.close();
      rmSync(generatedDir, { recursive: true, force: true });
    });

    test('filters, search, collapsing and keyboard navigation', async () => {
      const { page, popup } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      const all = expected.comments.map((c) => c.id);
      expect(await shownIds(popup)).toEqual(all);

      await popup.click('[data-filter="off-topic"]');
      const offTopicRows = await rowsSettle(popup, (ids) => ids.length < all.length);
      expect(offTopicRows.slice(0, 4)).toEqual(['C1', 'C2', 'C3', 'C4'].map(idOf));
      expect(offTopicRows).toEqual(expect.arrayContaining(['C5', 'C6', 'C7'].map(idOf)));
      const contextRows = await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('.node.context')].map((n) => n.dataset.commentId), null);
      expect(contextRows).toEqual(expect.arrayContaining(['C1', 'C2', 'C3'].map(idOf)));
      await popup.click('[data-filter="link-only"]');
      expect(await rowsSettle(popup, equal(['C8', 'C9'].map(idOf)))).toEqual(['C8', 'C9'].map(idOf));
      await popup.click('[data-filter="unmarked"]');
      const unmarked = await rowsSettle(popup, (ids) => ids.length > 2);
      expect(unmarked).not.toContain(idOf('C9'));
      expect(unmarked).not.toContain(idOf('C7'));
      await popup.click('[data-filter="all"]');
      await rowsSettle(popup, equal(all));

      await popup.fill('input.search', 'Lennon');
      await popup.waitFor((id: string) => document.querySelectorAll('.tree .node').length === 7 && !!document.querySelector(`[data-comment-id="${id}"]`), idOf('C7'));
      await popup.fill('input.search', 'balticbreeze');
      await popup.waitFor(() => document.querySelectorAll('.tree .node').length === 2, null);
      expect(await shownIds(popup)).toEqual(['C10', 'C13'].map(idOf));
      await popup.fill('input.search', '');
      await popup.waitFor((n: number) => document.querySelectorAll('.tree .node').length === n, all.length);

      // Collapse one thread with its twisty, then all, then expand all.
      await popup.click(`[data-comment-id="${idOf('C10')}"] .twisty`);
      expect(await rowsSettle(popup, (ids) => !ids.includes(idOf('C11')))).not.toContain(idOf('C11'));
      const hidden = await popup.evaluate((id: string) => document.querySelector(`[data-comment-id="${id}"] .replies`)?.textContent, idOf('C10'));
      expect(hidden).toBe('3 replies hidden');
      await popup.click('[data-action="collapse-all"]');
      const tops = ['C1', 'C8', 'C10', 'C14'].map(idOf);
      expect(await rowsSettle(popup, equal(tops))).toEqual(tops);
      await popup.click('[data-action="expand-all"]');
      expect(await rowsSettle(popup, equal(all))).toEqual(all);

      // Keyboard: arrows move, Left/Right collapse and expand, Home/End, Enter shows the comment.
      await popup.evaluate(() => (document.querySelector('.tree .node') as HTMLElement).focus(), null);
      expect(await focusedId(popup, idOf('C1'))).toBe(idOf('C1'));
      await popup.press('ArrowDown');
      expect(await focusedId(popup, idOf('C2'))).toBe(idOf('C2'));
      await popup.press('ArrowLeft');
      expect(await rowsSettle(popup, (ids) => !ids.includes(idOf('C3')))).not.toContain(idOf('C3'));
      expect(await popup.evaluate((id: string) => document.querySelector(`[data-comment-id="${id}"]`)?.getAttribute('aria-expanded'), idOf('C2'))).toBe('false');
      await popup.press('ArrowRight');
      expect(await rowsSettle(popup, (ids) => ids.includes(idOf('C3')))).toContain(idOf('C3'));
      await popup.press('ArrowLeft');
      await popup.press('ArrowLeft');
      expect(await focusedId(popup, idOf('C1'))).toBe(idOf('C1'));
      // Right on an open thread moves into it; Right on a closed one opens it.
      await popup.press('ArrowRight');
      expect(await focusedId(popup, idOf('C2'))).toBe(idOf('C2'));
      await popup.press('ArrowRight');
      await popup.waitFor((n: number) => document.querySelectorAll('.tree .node').length === n, all.length);
      await popup.press('End');
      expect(await focusedId(popup, idOf('C14'))).toBe(idOf('C14'));
      await popup.press('Home');
      expect(await focusedId(popup, idOf('C1'))).toBe(idOf('C1'));
      await page.evaluate(() => window.scrollTo(0, 0), null);
      await popup.press('End');
      await popup.press('Enter');
      await page.waitFor(
        (id: string) => {
          const rect = document.getElementById(id)?.getBoundingClientRect();
          return window.scrollY > 0 && !!rect && rect.top < innerHeight && rect.bottom > 0 && !!document.querySelector('threadwise-highlight');
        },
        idOf('C14'),
      );
      const labelled = await popup.evaluate(() => document.querySelector('.tree')?.getAttribute('role') === 'tree' && document.querySelectorAll('[role="treeitem"][aria-label]').length, null);
      expect(labelled).toBe(all.length);
      await popup.close();
      await page.close();
    });

    test('export and copy give the same JSON as the command line; the badge counts marked comments', async () => {
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      const state = await readTabState(popup, tabId);
      const marked = state!.result!.comments.filter((c) => c.marks.length > 0).length;
      await popup.waitFor((id: number) => {
        const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
        const api = (scope.browser ?? scope.chrome) as Record<string, { getBadgeText(d: object): Promise<string> } | undefined>;
        return (api.action ?? api.browserAction)!.getBadgeText({ tabId: id }).then((t) => t !== '');
      }, tabId);
      expect(await badgeText(popup, tabId)).toBe(String(marked));

      await popup.evaluate(() => {
        const w = window as unknown as { exported?: Blob; copied?: string };
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob) => {
          w.exported = blob;
          return original(blob);
        };
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: (text: string) => ((w.copied = text), Promise.resolve()) },
        });
      }, null);
      await popup.click('[data-action="export"]');
      const exported = await popup.evaluate(() => (window as unknown as { exported?: Blob }).exported?.text() ?? '', null);
      await popup.click('[data-action="copy"]');
      await popup.waitFor(() => !!document.querySelector('.notice'), null);
      const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '', null);
      expect(AnalysisResult.parse(JSON.parse(exported))).toEqual(state!.result);
      expect(JSON.parse(copied)).toEqual(state!.result);
      await popup.close();
      await page.close();
    });

    test('settings persist; the page dims or collapses marked comments, with one click to undo', async () => {
      const { page, popup } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      const markedIds = expected.comments.filter((c) => c.marks.length > 0).map((c) => c.id);
      await popup.click('[data-action="settings"]');
      await popup.select('select[name="markedDisplay"]', 'collapse');
      await page.waitFor((n: number) => document.querySelectorAll('threadwise-label[data-display="collapse"]').length >= n, markedIds.length);
      for (const id of markedIds) expect(await bodyVisible(page, id), id).toBe(false);
      expect(await bodyVisible(page, idOf('C13'))).toBe(true);
      expect(await bodyVisible(page, idOf('C4'))).toBe(true);

      // One click on "Show" in the label brings that comment back, and only that one.
      await page.evaluate((id: string) => {
        const label = [...document.querySelectorAll<HTMLElement>('threadwise-label')].find((l) => l.dataset.commentId === id);
        (label?.shadowRoot?.querySelector('.undo') as HTMLButtonElement | null)?.click();
      }, idOf('C7'));
      expect(await bodyVisible(page, idOf('C7'))).toBe(true);
      expect(await bodyVisible(page, idOf('C6'))).toBe(false);

      await popup.select('select[name="markedDisplay"]', 'dim');
      await page.waitFor((n: number) => document.querySelectorAll('threadwise-label[data-display="dim"]').length >= n, markedIds.length);
      for (const id of markedIds) expect(await bodyVisible(page, id)).toBe(true);
      const dimmed = await page.evaluate((id: string) => getComputedStyle(document.getElementById(id)!.querySelector('.comment-content')!.closest('[style*="opacity"]') ?? document.body).opacity, idOf('C9'));
      expect(Number(dimmed)).toBeLessThan(1);

      // Labels off and display normal: the page is exactly as the site made it.
      await popup.select('select[name="markedDisplay"]', 'normal');
      await popup.click('input[name="showLabels"]');
      await page.waitFor(() => document.querySelectorAll('threadwise-label').length === 0, null);
      expect(await page.evaluate(() => document.querySelectorAll('[style*="opacity"], [style*="display: none"]').length, null)).toBe(0);
      await popup.click('input[name="sensitivity"][value="strict"]');
      await popup.close();

      // Reopened, the popup shows the saved settings.
      const tabId = await browser.tabIdOf(page.url());
      const again = await browser.openPopup(tabId);
      await waitForSettledPopup(again);
      await again.click('[data-action="settings"]');
      const saved = await again.evaluate(
        () => ({
          sensitivity: (document.querySelector('input[name="sensitivity"]:checked') as HTMLInputElement | null)?.value,
          labels: (document.querySelector('input[name="showLabels"]') as HTMLInputElement).checked,
          display: (document.querySelector('select[name="markedDisplay"]') as HTMLSelectElement).value,
        }),
        null,
      );
      expect(saved).toEqual({ sensitivity: 'strict', labels: false, display: 'normal' });
      // Back to the defaults for the tests that follow.
      await again.click('input[name="sensitivity"][value="normal"]');
      await again.click('input[name="showLabels"]');
      await page.waitFor(() => document.querySelectorAll('threadwise-label').length > 0, null);
      await again.close();
      await page.close();
    });

    test('automatic analysis runs only on a site the user turned on', async () => {
      const url = server.url('russia-belarus-union/page.html');
      const { page, popup, tabId } = await openAndAnalyse(browser, url);
      await popup.click('[data-action="settings"]');
      await popup.click('input[name="autoAnalyse"]');
      await popup.waitFor(() => document.querySelectorAll('.sites li').length === 1, null);
      await autoRegistered(popup, true);
      await page.close();

      // A new page on that site is analysed without opening the popup: its badge fills in.
      const fresh = await browser.openPage(url);
      const freshTab = await browser.tabIdOf(fresh.url());
      expect(freshTab).not.toBe(tabId);
      await fresh.waitFor(() => document.querySelectorAll('threadwise-label').length > 0, null, 20_000);
      expect(Number(await badgeText(popup, freshTab))).toBeGreaterThan(0);

      // Turned off again, new pages are left alone.
      await popup.click('input[name="autoAnalyse"]');
      await popup.waitFor(() => document.querySelectorAll('.sites li').length === 0, null);
      await autoRegistered(popup, false);
      await fresh.close();
      const untouched = await browser.openPage(server.url('article-without-comments/page.html'));
      const untouchedTab = await browser.tabIdOf(untouched.url());
      const state = await readTabState(popup, untouchedTab);
      expect(state).toBeNull();
      await untouched.close();
      await popup.close();
    });

    test('a 2,000-comment page stays usable; screenshots in light and dark', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, generatedServer.url('large.html'));
      expect(phase).toBe('ready');
      const state = await readTabState(popup, tabId);
      expect(state?.result?.comments).toHaveLength(2_000);
      const count = await popup.evaluate(() => document.querySelector('[data-count="comments"] b')?.textContent, null);
      expect(count).toBe('2000');
      // Huge sections start with threads collapsed; expanding all shows every comment.
      expect(await popup.evaluate(() => document.querySelectorAll('[aria-expanded="false"]').length, null)).toBeGreaterThan(0);
      await popup.click('[data-action="expand-all"]');
      await popup.waitFor(() => document.querySelectorAll('.tree .node').length === 2_000, null, 20_000);
      await popup.click('[data-filter="link-only"]');
      const linkOnly = state!.result!.comments.filter((c) => c.marks.some((m) => m.kind === 'link-only')).length;
      await popup.waitFor((n: number) => document.querySelectorAll('.tree .node:not(.context)').length === n, linkOnly);
      await popup.click('[data-filter="all"]');
      await popup.close();
      await page.close();

      const seed = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      await seed.popup.screenshot(resolve(SCREENSHOTS, `popup-${browserName}-light.png`));
      const light = await seed.popup.evaluate(() => getComputedStyle(document.body).backgroundColor, null);
      await seed.popup.close();
      await seed.page.close();

      // Dark: a browser whose pages prefer dark colours.
      const darkBrowser = await launchExtensionBrowser(browserName, { colorScheme: 'dark' });
      try {
        const dark = await openAndAnalyse(darkBrowser, server.url('russia-belarus-union/page.html'));
        await dark.popup.screenshot(resolve(SCREENSHOTS, `popup-${browserName}-dark.png`));
        const background = await dark.popup.evaluate(() => getComputedStyle(document.body).backgroundColor, null);
        expect(light).toBe('rgb(255, 255, 255)');
        expect(background).not.toBe(light);
      } finally {
        await darkBrowser.close();
      }
    });
  });
}
