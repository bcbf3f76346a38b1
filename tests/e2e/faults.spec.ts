/**
 * Faults, in real Chromium and Firefox with the built extension: the background worker stopped
 * between analysis and popup, and while the popup waits for a page too busy to answer;
 * navigation inside a single-page site; reloads; a closed tab; the
 * extension reloaded under an open page; a page that never finishes loading, with a comment
 * frame that never answers.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForSettledPopup } from '../../scripts/lib/analyse-url';
import { launchExtensionBrowser, type ExtensionBrowser, type PageHandle } from '../../scripts/lib/extension-browser';
import type { BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { singlePageSite, streamedPageStart } from './hostile-pages';
import { openAndAnalyse, readSeedExpectation, readTabState, SEEDS_DIR } from './support';

const seed = readSeedExpectation('russia-belarus-union');

/** A server whose page sends its start and then never ends, with an iframe that never answers. */
async function serveNeverEnding(): Promise<{ url: string; close: () => Promise<void> }> {
  const open: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    open.push(res);
    if (req.url === '/stream.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // Browsers wait for some bytes before they render: pad the start past that.
      res.write(`${streamedPageStart('/never-frame.html')}<!-- ${' '.repeat(4096)} -->\n`);
    }
    // Anything else (the comment frame) never gets even a status line.
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/stream.html`,
    close: () =>
      new Promise<void>((done) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Whether storage.session still holds anything about the tab (read from an extension page). */
function sessionKeysOf(popup: PageHandle, tabId: number): Promise<string[]> {
  return popup.evaluate(async (id: number) => {
    const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (scope.browser ?? scope.chrome) as { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
    const all = await api.storage.session.get(null);
    return Object.keys(all).filter((key) => key === `tab:${id}` || key === `frames:${id}`);
  }, tabId);
}

function labelCount(page: PageHandle): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('threadwise-label').length, null);
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: faults`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;
    let spaServer: StaticServer;
    let spaDir: string;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      spaDir = mkdtempSync(join(tmpdir(), 'threadwise-spa-'));
      writeFileSync(join(spaDir, 'spa.html'), singlePageSite());
      spaServer = await serveDirectory(spaDir);
      browser = await launchExtensionBrowser(browserName);
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
      await spaServer?.close();
      rmSync(spaDir, { recursive: true, force: true });
    });

    test('the background worker stopped between analysis and popup: the popup still shows the result', async () => {
      test.skip(browserName === 'firefox', 'Firefox runs the MV2 background as a persistent page: there is no worker to stop');
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      await popup.close();
      await browser.stopBackground!();
      const again = await browser.openPopup(tabId);
      expect(await waitForSettledPopup(again)).toBe('ready');
      expect(await again.evaluate(() => document.querySelectorAll('.tree .node').length, null)).toBe(seed.comments.length);
      // And the stopped worker starts again for the next request: re-analyse works.
      const before = (await readTabState(again, tabId))?.updatedAt ?? 0;
      await browser.stopBackground!();
      await again.click('[data-action="reanalyse"]');
      // The new analysis, not the result shown before the click: a newer state, ready.
      await expect
        .poll(async () => {
          const state = await readTabState(again, tabId);
          return state?.status === 'ready' && state.updatedAt > before;
        })
        .toBe(true);
      await again.waitFor(() => document.body.dataset.phase === 'ready' && document.querySelectorAll('.tree .node').length > 0, null);
      await again.close();
      await page.close();
    });

    test('navigation inside a single-page site drops the old result and analyses the new page', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, spaServer.url('spa.html'));
      expect(phase).toBe('ready');
      expect((await readTabState(popup, tabId))?.result?.comments.map((c) => c.id)).toEqual(['comment-101', 'comment-102']);
      await page.waitFor(() => document.querySelectorAll('threadwise-label').length === 1, null);

      await page.evaluate(() => (window as unknown as { go(n: number): void }).go(2), null);
      // The open popup follows: it shows the new story's comments, not the old ones.
      await popup.waitFor(
        () => {
          const ids = [...document.querySelectorAll<HTMLElement>('.tree .node')].map((n) => n.dataset.commentId).join();
          return ids === 'comment-201,comment-202,comment-203' && document.querySelector('.article h2')?.textContent === 'Ferry timetable changes for the winter';
        },
        null,
        20_000,
      );
      const state = await readTabState(popup, tabId);
      expect(state?.result?.url).toMatch(/\?story=2$/);
      // The old page's label is gone; the new page gets its own (the off-topic football comment).
      await page.waitFor(() => !document.querySelector('threadwise-label[data-comment-id="comment-102"]'), null);
      await popup.close();
      // A popup opened afresh shows the new page too.
      const fresh = await browser.openPopup(tabId);
      expect(await waitForSettledPopup(fresh)).toBe('ready');
      expect(await fresh.evaluate(() => document.querySelector('.article h2')?.textContent, null)).toBe('Ferry timetable changes for the winter');
      await fresh.close();
      await page.close();
    });

    test('a reload drops the result and the labels; the popup then analyses the reloaded page', async () => {
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      await page.waitFor(() => document.querySelectorAll('threadwise-label').length > 0, null);
      await popup.close();
      await page.reload();
      expect(await labelCount(page)).toBe(0);
      const probe = await browser.openPopup(tabId);
      // The popup itself asks for a new analysis: wait for that one, not a stale result.
      expect(await waitForSettledPopup(probe)).toBe('ready');
      const state = await readTabState(probe, tabId);
      expect(state?.result?.comments).toHaveLength(seed.comments.length);
      await page.waitFor(() => document.querySelectorAll('threadwise-label').length > 0, null);
      await probe.close();
      await page.close();
    });

    test('a closed tab leaves nothing behind', async () => {
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      expect(await sessionKeysOf(popup, tabId)).toContain(`tab:${tabId}`);
      await page.close();
      await popup.waitFor(
        (id: number) => {
          const scope = globalThis as unknown as { browser?: unknown; chrome?: unknown };
          const api = (scope.browser ?? scope.chrome) as { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
          return api.storage.session.get(null).then((all) => !(`tab:${id}` in all) && !(`frames:${id}` in all));
        },
        tabId,
      );
      await popup.close();
    });

    test('a page that never finishes loading, with a comment frame that never answers: the popup shows what arrived and says more is loading', async () => {
      const never = await serveNeverEnding();
      try {
        const page = await browser.openPage(never.url, { waitUntil: 'started' });
        await page.waitFor(() => document.querySelectorAll('li.comment').length === 3, null);
        const tabId = await browser.tabIdOf(never.url);
        const started = Date.now();
        const popup = await browser.openPopup(tabId);
        expect(await waitForSettledPopup(popup, 15_000)).toBe('ready');
        expect(Date.now() - started).toBeLessThan(12_000);
        const shown = await popup.evaluate(
          () => ({
            ids: [...document.querySelectorAll<HTMLElement>('.tree .node')].map((n) => n.dataset.commentId),
            status: document.querySelector('.status-line')?.textContent ?? '',
          }),
          null,
        );
        expect(shown.ids).toEqual(['comment-501', 'comment-502', 'comment-503']);
        expect(shown.status).toContain('still loading');
        expect(await page.evaluate(() => document.readyState, null)).not.toBe('complete');
        await popup.close();
        await page.close();
      } finally {
        await never.close();
      }
    });

    test('the background worker stopped while the page is too busy to answer: the popup still says so in time', async () => {
      test.skip(browserName === 'firefox', 'Firefox runs the MV2 background as a persistent page: there is no worker to stop');
      const url = server.url('russia-belarus-union/page.html');
      const page = await browser.openPage(url);
      const tabId = await browser.tabIdOf(url);
      // The page's main thread is busy for 40 s, far past the wait's deadline (10 s after the ask)
      // even on a loaded machine: the content script cannot run, so nothing reports.
      await page.evaluate(() => {
        setTimeout(() => {
          const end = Date.now() + 40_000;
          while (Date.now() < end) {
            // busy
          }
        }, 0);
      }, null);
      const popup = await browser.openPopup(tabId);
      await popup.waitFor(() => document.body.dataset.phase === 'analysing', null);
      // Chrome stops an idle worker after 30 s: the timer that ends the wait (10 s) is lost with it.
      await browser.stopBackground!();
      // Without the popup's own asks the tab would stay "analysing" until the page frees itself
      // (then 'ready', after 40 s); the wait ends at its deadline instead (one ask's delay later).
      expect(await waitForSettledPopup(popup, 30_000)).toBe('error');
      expect(await popup.evaluate(() => document.body.innerText, null)).toContain('did not answer in time');
      await popup.close();
      await page.close();
    });

    test('the extension reloaded under an open page: the old content script removes its labels and stops quietly', async () => {
      test.skip(browserName === 'firefox', 'Firefox unloads a reloaded add-on\'s content scripts itself; the extension cannot be reloaded over BiDi here');
      // A browser of its own: the reload restarts the extension for everything open in it.
      const own = await launchExtensionBrowser(browserName);
      try {
        const { page, popup } = await openAndAnalyse(own, server.url('russia-belarus-union/page.html'));
        await page.waitFor(() => document.querySelectorAll('threadwise-label').length > 0, null);
        const errorsBefore = page.errors?.length ?? 0;
        // A mark on the document: it must still be there after, so the page was not reloaded.
        await page.evaluate(() => void (document.documentElement.dataset.sameDocument = 'yes'), null);
        // From an extension page, as an update does it: the whole extension restarts.
        await popup.evaluate(() => {
          setTimeout(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(), 10);
        }, null).catch(() => undefined);
        await page.waitFor(() => document.querySelectorAll('threadwise-label').length === 0, null, 10_000);
        // The page keeps working, and nothing was thrown in it.
        expect(await page.evaluate(() => document.documentElement.dataset.sameDocument, null)).toBe('yes');
        expect(await page.evaluate(() => document.querySelectorAll('li.comment').length, null)).toBe(seed.comments.length);
        expect(page.errors?.slice(errorsBefore) ?? []).toEqual([]);
        await page.close();
      } finally {
        await own.close();
      }
    });
  });
}
