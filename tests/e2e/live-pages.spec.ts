/**
 * Where comments live and when they arrive, in real Chromium and Firefox: comments rendered 2 s
 * after load and behind "Load more" (the popup follows without the user doing anything),
 * comments inside open and closed shadow roots, and comments in a cross-origin iframe.
 */
import { expect, test } from '@playwright/test';
import { launchExtensionBrowser, type ExtensionBrowser, type PageHandle } from '../../scripts/lib/extension-browser';
import type { BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { openAndAnalyse, readTabState, SEEDS_DIR } from './support';

function summaryCount(popup: PageHandle): Promise<number> {
  return popup.evaluate(() => Number(document.querySelector('[data-count="comments"] b')?.textContent ?? -1), null);
}

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: comments that arrive later or live elsewhere`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;
    let otherOrigin: StaticServer;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      // A second port is a second origin: the comment frame is cross-origin, as Disqus is.
      otherOrigin = await serveDirectory(SEEDS_DIR);
      browser = await launchExtensionBrowser(browserName);
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
      await otherOrigin?.close();
    });

    test('a thread rendered after load, then "Load more": the popup follows by itself', async () => {
      const { page, popup, tabId } = await openAndAnalyse(browser, server.url('live-lazy-thread/page.html'));
      // The thread appears 2 s after load; the popup updates without being touched.
      await popup.waitFor(() => Number(document.querySelector('[data-count="comments"] b')?.textContent) === 3, null, 20_000);
      await popup.waitFor(() => !!document.querySelector('.loading-more'), null);
      const first = await readTabState(popup, tabId);
      expect(first?.result?.comments.map((c) => [c.id, c.parentId])).toEqual([
        ['comment-501', null],
        ['comment-502', 'comment-501'],
        ['comment-503', null],
      ]);
      expect(first?.result?.moreLoading).toBe(true);

      await page.click('#load-more');
      await popup.waitFor(() => Number(document.querySelector('[data-count="comments"] b')?.textContent) === 5, null, 20_000);
      // The button is gone and the page has been quiet: nothing more is loading.
      await popup.waitFor(() => !document.querySelector('.loading-more'), null, 20_000);
      expect(await summaryCount(popup)).toBe(5);
      await popup.close();
      await page.close();
    });

    test('comments inside open and closed shadow roots', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, server.url('live-shadow-comments/page.html'));
      expect(phase).toBe('ready');
      const state = await readTabState(popup, tabId);
      const comments = state?.result?.comments ?? [];
      expect(comments.map((c) => c.text)).toEqual([
        'A ferry every twenty minutes in the morning will make the crossing to work so much easier.',
        'The morning ferries were packed all year, the new timetable is overdue.',
        'The last ferry at eleven finally lets island people see a film in town.',
        'Shame the weekend crossings keep the old timetable until the summer.',
        'The port authority said weekend ferry numbers did not grow, so the old timetable stays.',
      ]);
      expect(comments.map((c) => c.depth)).toEqual([0, 1, 0, 0, 1]);
      expect(comments.map((c) => c.author)).toEqual(['islander', 'deckhand_jo', 'night_owl', 'weekend_sailor', 'port_watcher']);

      // Jumping to a comment inside the closed shadow root works too.
      await page.evaluate(() => window.scrollTo(0, 0), null);
      await popup.click(`.node[data-comment-id="${comments[4]!.id}"] > .row`);
      await page.waitFor(() => !!document.querySelector('threadwise-highlight'), null);
      expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent ?? '', null)).toBe('');
      await popup.close();
      await page.close();
    });

    test('comments in a cross-origin comment frame are merged with the page', async () => {
      const embed = otherOrigin.url('live-comment-frame/embed.html');
      const url = `${server.url('live-comment-frame/page.html')}?embed=${encodeURIComponent(embed)}`;
      const page = await browser.openPage(url);
      await page.waitFor(() => document.querySelector<HTMLIFrameElement>('iframe')?.dataset.loaded === 'yes', null);
      const tabId = await browser.tabIdOf(page.url());
      const popup = await browser.openPopup(tabId);
      await popup.waitFor(() => Number(document.querySelector('[data-count="comments"] b')?.textContent) === 3, null, 20_000);
      const state = await readTabState(popup, tabId);
      const result = state!.result!;
      expect(result.article?.title).toBe('Market square to close to cars on Saturdays');
      expect(result.comments.map((c) => c.text)).toEqual([
        'Closing the market square to cars on Saturdays gives the market room to grow.',
        'Deliveries before eight on a Saturday are fine for the market vans.',
        'The car park behind the station is already full on market Saturdays.',
      ]);
      // Ids carry the frame they came from; the reply keeps its parent.
      expect(result.comments.every((c) => /^f\d+:/.test(c.id))).toBe(true);
      expect(result.comments[1]!.parentId).toBe(result.comments[0]!.id);
      // Clicking a frame comment asks that frame to show it: no "no longer on the page" notice.
      await popup.click(`.node[data-comment-id="${result.comments[2]!.id}"] > .row`);
      await popup.waitFor(() => document.body.dataset.phase === 'ready', null);
      expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent ?? '', null)).toBe('');
      await popup.close();
      await page.close();
    });
  });
}
