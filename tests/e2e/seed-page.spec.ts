/**
 * The whole path on the saved seed page, in real Chromium and real Firefox with the built
 * extension: content script → background worker → popup, in-page labels, click-to-scroll.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { ARTIFACTS_DIR, type BrowserName } from '../../scripts/lib/paths';
import { serveDirectory, type StaticServer } from '../../scripts/lib/serve';
import { AnalysisResult } from '../../utils/schema';
import { waitForSettledPopup } from '../../scripts/lib/analyse-url';
import { openAndAnalyse, readSeedExpectation, readTabState, SEEDS_DIR } from './support';

const expected = readSeedExpectation('russia-belarus-union');
const SCREENSHOTS = resolve(ARTIFACTS_DIR, 'screenshots');

for (const browserName of ['chromium', 'firefox'] as BrowserName[]) {
  test.describe(`${browserName}: saved seed page`, () => {
    test.describe.configure({ mode: 'serial' });
    let browser: ExtensionBrowser;
    let server: StaticServer;

    test.beforeAll(async () => {
      server = await serveDirectory(SEEDS_DIR);
      browser = await launchExtensionBrowser(browserName);
    });
    test.afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('popup shows the reply tree with marks and reasons; labels on the page; click scrolls to the comment', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, server.url('russia-belarus-union/page.html'));
      expect(phase).toBe('ready');

      // The result the popup shows is a valid analysis result for this page.
      const state = await readTabState(popup, tabId);
      expect(state?.status).toBe('ready');
      const result = AnalysisResult.parse(state?.result);
      expect(result.article?.title).toBe(expected.title);
      expect(result.article?.lang).toBe('en');
      expect(result.comments.map((c) => c.id)).toEqual(expected.comments.map((c) => c.id));
      expect(result.comments.map((c) => c.parentId)).toEqual(expected.comments.map((c) => c.parentId));
      expect(result.comments.map((c) => c.text)).toEqual(expected.comments.map((c) => c.text));
      for (const [i, comment] of result.comments.entries()) {
        const want = expected.comments[i]!;
        const kinds = comment.marks.map((m) => m.kind);
        const allowed = new Set([...want.marks, ...(want.mayMark ?? [])]);
        for (const kind of want.marks) expect(kinds, `${want.label} must be marked ${kind}`).toContain(kind);
        for (const kind of kinds) expect(allowed.has(kind), `${want.label} must not be marked ${kind}`).toBe(true);
        for (const mark of comment.marks) expect(mark.reason.length).toBeGreaterThan(10);
      }

      // What the popup renders.
      const rendered = await popup.evaluate(() => ({
        title: document.querySelector('.article h2')?.textContent,
        counts: Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.summary [data-count]')].map((li) => [li.dataset.count, Number(li.querySelector('b')?.textContent)]),
        ),
        nodes: [...document.querySelectorAll<HTMLElement>('.tree .node')].map((li) => ({
          id: li.dataset.commentId,
          depth: Number(li.dataset.depth),
          marks: li.dataset.marks,
          reasons: [...li.querySelectorAll('.mark .reason')].map((r) => r.textContent),
        })),
      }), null);
      const offTopic = result.comments.filter((c) => c.marks.some((m) => m.kind === 'off-topic')).length;
      expect(rendered.title).toBe(expected.title);
      expect(rendered.counts).toEqual({ comments: 14, threads: 4, deepest: 6, 'off-topic': offTopic, 'link-only': 1 });
      expect(offTopic === 3 || offTopic === 4).toBe(true);
      const depthOf = new Map<string, number>();
      for (const c of expected.comments) depthOf.set(c.id, c.parentId === null ? 0 : depthOf.get(c.parentId)! + 1);
      expect(rendered.nodes.map((n) => [n.id, n.depth])).toEqual(expected.comments.map((c) => [c.id, depthOf.get(c.id)]));
      for (const [i, node] of rendered.nodes.entries()) {
        expect(node.reasons).toEqual(result.comments[i]!.marks.map((m) => m.reason));
      }

      // In the page: one label per marked comment, inside that comment, reason in its shadow root.
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('threadwise-label')].map((label) => ({
          id: label.dataset.commentId ?? '',
          inside: !!label.dataset.commentId && !!document.getElementById(label.dataset.commentId)?.contains(label),
          text: label.shadowRoot?.textContent ?? '',
          lightText: label.textContent,
        })),
      null);
      const marked = result.comments.filter((c) => c.marks.length > 0);
      expect(labels.map((l) => l.id).sort()).toEqual(marked.map((c) => c.id).sort());
      for (const label of labels) {
        expect(label.inside).toBe(true);
        expect(label.lightText).toBe('');
        const comment = marked.find((c) => c.id === label.id)!;
        for (const mark of comment.marks) expect(label.text).toContain(mark.reason);
      }

      // Click a comment in the popup: the page scrolls to it and highlights it.
      const target = expected.comments.find((c) => c.label === 'C13')!;
      await page.evaluate(() => window.scrollTo(0, 0), null);
      expect(await page.evaluate(() => window.scrollY, null)).toBe(0);
      await popup.click(`.node[data-comment-id="${target.id}"] > .row`);
      await page.waitFor(
        (id: string) => {
          const rect = document.getElementById(id)?.getBoundingClientRect();
          return (
            window.scrollY > 0 &&
            !!rect &&
            rect.top < window.innerHeight &&
            rect.bottom > 0 &&
            document.querySelector('threadwise-highlight') !== null
          );
        },
        target.id,
      );

      mkdirSync(SCREENSHOTS, { recursive: true });
      await popup.screenshot(resolve(SCREENSHOTS, `seed-${browserName}-light.png`));
      await popup.close();
      await page.close();
    });

    test('a page without comments says so plainly', async () => {
      const { page, popup, tabId, phase } = await openAndAnalyse(browser, server.url('article-without-comments/page.html'));
      expect(phase).toBe('ready');
      const state = await readTabState(popup, tabId);
      expect(state?.result?.comments).toEqual([]);
      expect(state?.result?.article?.title).toContain('cycle lanes');
      const headline = await popup.evaluate(() => document.querySelector('.state .headline')?.textContent, null);
      expect(headline).toBe('No comments found on this page');
      expect(await page.evaluate(() => document.querySelectorAll('threadwise-label').length, null)).toBe(0);
      await popup.close();
      await page.close();
    });

    test('a page the browser keeps from extensions is reported as such', async () => {
      const url = browserName === 'chromium' ? 'chrome://version/' : 'about:robots';
      const page = await browser.openPage(url);
      const tabId = await browser.tabIdOf(page.url());
      const popup = await browser.openPopup(tabId);
      const phase = await waitForSettledPopup(popup);
      const shown = await popup.evaluate(() => document.querySelector('.state')?.textContent, null);
      expect(phase, shown ?? '').toBe('unsupported');
      const headline = await popup.evaluate(() => document.querySelector('.state .headline')?.textContent, null);
      expect(headline).toBe('This page cannot be analysed');
      await popup.close();
      await page.close();
    });
  });
}
